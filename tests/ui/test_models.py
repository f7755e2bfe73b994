"""Every table model of the window passes pytest-qt's model tester with the demo office's data,
and the shared sort proxy sorts on SortRole and searches every column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_demo import BEHEERDER

from app.ui.pages.administrations import AdministrationTableModel
from app.ui.pages.blocked import BlockedSenderModel
from app.ui.pages.dashboard import OverviewModel
from app.ui.pages.departments import DepartmentTableModel
from app.ui.pages.users import UserTableModel
from app.ui.table_models import RowRole, SortProxy, SortRole


def test_user_model(qtmodeltester, services_as):
    services = services_as(BEHEERDER)
    model = UserTableModel()
    model.set_rows(services.users.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.columnCount() == 5
    first = model.index(0, UserTableModel.COL_NAME)
    assert first.data(RowRole).name == first.data()


def test_department_model(qtmodeltester, services_as):
    model = DepartmentTableModel()
    model.set_rows(services_as(BEHEERDER).departments.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_administration_model(qtmodeltester, services_as):
    model = AdministrationTableModel()
    model.set_rows(services_as(BEHEERDER).administrations.list())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    package = model.index(0, AdministrationTableModel.COL_PACKAGE).data()
    assert package in ("Exact Online", "Twinfield")


def test_blocked_sender_model(qtmodeltester, services_as):
    services = services_as(BEHEERDER)
    services.users.block_sender("spam@reclame.nl", "reclame")
    model = BlockedSenderModel()
    model.set_rows(services.users.blocked_senders())
    qtmodeltester.check(model)
    assert model.index(0, BlockedSenderModel.COL_ADDRESS).data() == "spam@reclame.nl"


def test_overview_model(qtmodeltester, services_as):
    model = OverviewModel()
    model.set_rows(services_as(BEHEERDER).status.overview()["administrations"])
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_proxy_sorts_on_sort_role_and_searches_all_columns(qtmodeltester, services_as):
    model = UserTableModel()
    model.set_rows(services_as(BEHEERDER).users.list())
    proxy = SortProxy(model)
    qtmodeltester.check(proxy)
    proxy.sort(UserTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    keys = [proxy.index(r, 0).data(SortRole) for r in range(proxy.rowCount())]
    assert keys == sorted(keys)
    proxy.search("FATIMA@")
    assert proxy.rowCount() == 1
    assert proxy.row_at(0).email == "fatima@vdbdewit.nl"
    proxy.search("Reviewer")  # the role column
    assert [proxy.row_at(r).email for r in range(proxy.rowCount())] == ["fatima@vdbdewit.nl"]
