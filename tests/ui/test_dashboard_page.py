"""The full dashboard (SPEC §8): figures shown exactly as a known DashboardData holds them,
the administration filter and live refresh reach the service, the monthly target round-trips,
the chart draws one bar per month in proportion, inactive users only for user managers, and
every "Oplossen" link lands on the right page, administration, tab or document."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from ui_demo import BEHEERDER, GEBRUIKER

import app.ui.dashboard.page  # noqa: F401  (registers the page)
import app.ui.pages.processing_settings_page  # noqa: F401
from app.services import dashboard_types as t
from app.ui.dashboard.page import DashboardPage

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def known_data(bak: int, ins: int) -> t.DashboardData:
    review = t.Target("administration", bak, "review")
    return t.DashboardData(
        generated_at=NOW,
        month_start=datetime(2026, 10, 31, 23, 0, tzinfo=UTC),
        administration_ids=(bak, ins),
        files_received=t.CountPanel(1234, datetime(2026, 10, 31, 23, 0, tzinfo=UTC)),
        export_errors=t.CountPanel(7),
        ready_for_review=t.CountPanel(42),
        recent_administrations=t.RecentAdministrationsPanel(
            (t.RecentAdministration(bak, "BAK", "Bakkerij", 22, 19, 1, 2, 18, 3, NOW, review),)
        ),
        open_actions=t.OpenActionsPanel(
            5,
            2,
            (
                t.OpenAction(
                    "export_error",
                    ins,
                    "INS",
                    46,
                    "F-1",
                    "Periode dicht",
                    NOW,
                    t.Target("administration", ins, "export_errors", 46),
                ),
                t.OpenAction(
                    "comment",
                    bak,
                    "BAK",
                    12,
                    None,
                    "Welk project?",
                    NOW,
                    t.Target("document", bak, None, 12),
                ),
            ),
        ),
        processed_per_month=t.ProcessedPerMonthPanel(
            tuple(
                t.MonthCount(2026, mo, f"m{mo}", n)
                for mo, n in zip(range(6, 12), (0, 10, 20, 5, 40, 8), strict=True)
            )
        ),
        monthly_target=t.MonthlyTargetPanel(400, 100, 400, ()),
        incomplete_administrations=t.IncompleteAdministrationsPanel(
            (
                t.IncompleteAdministration(
                    ins,
                    "INS",
                    "Installatie",
                    "Geen btw-codes",
                    "failed",
                    t.Target("administration", ins, "administrations"),
                ),
            )
        ),
        inactive_users=t.InactiveUsersPanel(
            True, (t.InactiveUser(4, "Daan Bakker", "daan@x.nl", "gebruiker", None),)
        ),
        inactive_administrations=t.InactiveAdministrationsPanel(()),
    )


@pytest.fixture
def dashboard(page_as):
    window, page = page_as("dashboard")
    assert isinstance(page, DashboardPage)
    ids = {a.code: a.id for a in window.admins}
    return window, page, ids


def test_models_pass_modeltester(qtmodeltester, dashboard):
    _window, page, ids = dashboard
    page.show_data(known_data(ids["BAK"], ids["INS"]))
    for panel in (page.open_actions, page.recent, page.incomplete, page.users, page.inactive):
        qtmodeltester.check(panel.model)


def test_figures_match_known_data(dashboard):
    _window, page, ids = dashboard
    page.show_data(known_data(ids["BAK"], ids["INS"]))
    assert page.files.value.text() == "1.234"
    assert "01-11-2026" in page.files.caption.text() or "31-10-2026" in page.files.caption.text()
    assert page.errors.value.text() == "7"
    assert page.review.value.text() == "42"
    assert page.target.summary.text() == "100 van 400 documenten (25%)"
    assert page.target.progress.value() == 100 and page.target.progress.maximum() == 400
    assert page.open_actions.badge == "(7)"
    assert "(7)" in page.open_actions.title.text()
    recent = page.recent.model
    assert [recent.index(0, c).data() for c in range(7)] == [
        "Bakkerij",
        "22",
        "19",
        "1",
        "2",
        "18",
        "3",
    ]
    assert page.incomplete.model.index(0, 1).data() == "Geen btw-codes"
    assert page.users.model.index(0, 3).data() == "nooit"
    assert page.inactive.empty.isVisibleTo(page) and not page.inactive.table.isVisibleTo(page)
    assert [n for _label, n in page.chart.bars] == [0, 10, 20, 5, 40, 8]


def test_chart_bars_are_proportional(dashboard):
    _window, page, _ids = dashboard
    page.chart.resize(600, 220)
    page.chart.set_bars([("a", 10), ("b", 20), ("c", 0)])
    rects = page.chart.bar_rects()
    assert len(rects) == 3
    assert rects[1].height() == pytest.approx(2 * rects[0].height())
    assert rects[2].height() == 0
    assert page.chart.grab().width() == 600


def test_live_figures_follow_the_service(dashboard, settle):
    _window, page, ids = dashboard
    service = page.services.dashboard
    assert page.data is not None
    assert page.review.value.text() == str(service.build().ready_for_review.count)
    page.set_selection({ids["BAK"]})
    settle()
    assert page.data.administration_ids == (ids["BAK"],)
    expected = service.build([ids["BAK"]])
    assert page.files.value.text() == str(expected.files_received.count)
    assert "1 van 3" in page.filter_button.text()
    page.set_selection(None)
    settle()
    before = page.data.generated_at
    page.session.events.queue_changed.emit(ids["BAK"])
    assert page.refresh_timer.isActive()
    page.refresh_timer.timeout.emit()
    settle()
    assert page.data.generated_at > before


def test_monthly_target_round_trips(dashboard, settle):
    _window, page, _ids = dashboard
    assert page.target.input_row.isVisibleTo(page)
    page.target.spin.setValue(321)
    page.target.save_button.click()
    settle()
    assert page.services.dashboard.build().monthly_target.organisation_target == 321
    assert page.target.spin.value() == 321


def test_target_of_one_administration(dashboard, settle):
    _window, page, ids = dashboard
    page.set_selection({ids["INS"]})
    settle()
    page.target.spin.setValue(77)
    page.target.save_button.click()
    settle()
    panel = page.services.dashboard.build([ids["INS"]]).monthly_target
    assert [a.target for a in panel.administrations] == [77]


def test_inactive_users_only_for_user_managers(page_as):
    _window, page = page_as("dashboard", GEBRUIKER)
    assert not page.users.isVisibleTo(page)
    assert not page.target.input_row.isVisibleTo(page)  # only a Beheerder sets the office target
    _window, page = page_as("dashboard", BEHEERDER)
    assert page.users.isVisibleTo(page)


def test_oplossen_export_error_opens_hub_tab(dashboard):
    window, page, ids = dashboard
    page.show_data(known_data(ids["BAK"], ids["INS"]))
    row = next(r for r in range(2) if page.open_actions.model.rows[r].kind == "export_error")
    index = page.open_actions.proxy.mapFromSource(page.open_actions.model.index(row, 4))
    assert index.data() == "Oplossen"
    page.open_actions._clicked(index)
    assert window.administration.code == "INS"
    assert window.current_key == "hub"
    hub = window.page_widget()
    if hasattr(hub, "current_tab_key"):
        assert hub.current_tab_key() == "errors"
    assert page.navigator.landed == ("hub", ids["INS"], "export_errors", 46)


def test_oplossen_comment_opens_the_document(dashboard, monkeypatch):
    window, page, ids = dashboard
    page.show_data(known_data(ids["BAK"], ids["INS"]))
    row = next(r for r in range(2) if page.open_actions.model.rows[r].kind == "comment")
    hub_opened = []
    from app.ui import registry

    hub_class = type(registry.page("hub").factory(page.session, window.admins[0]))
    monkeypatch.setattr(
        hub_class,
        "open_document",
        lambda self, ids, i, **kw: hub_opened.append((self.administration.code, ids, i)),
        raising=False,
    )
    requested = []
    page.open_target(t.Target("administration", ids["BAK"], "review"))  # creates the navigator
    page.navigator.document_requested.connect(requested.append)
    page._open(page.open_actions.model, row)
    assert requested == [12]
    assert window.administration.code == "BAK"
    assert hub_opened == [("BAK", [12], 0)]
    assert page.navigator.landed == ("document", ids["BAK"], None, 12)
    opened = []
    monkeypatch.setattr(window, "open_document", opened.append, raising=False)
    page._open(page.open_actions.model, row)
    assert opened == [12] and len(hub_opened) == 1


def test_incomplete_and_recent_links(dashboard, settle):
    window, page, ids = dashboard
    page.show_data(known_data(ids["BAK"], ids["INS"]))
    page.incomplete._clicked(page.incomplete.proxy.index(0, 2))
    assert window.current_key == "administrations"  # where it is synchronised, its KvK set
    settle()
    admins = window.page_widget()
    assert admins.selected() is not None and admins.selected().id == ids["INS"]
    assert admins.sync_button.isEnabled() == (admins.sync is not None)
    assert page.navigator.landed == ("administrations", ids["INS"], "administrations", None)
    window.show_page("dashboard")
    page.recent._clicked(page.recent.proxy.index(0, 0))
    assert window.administration.code == "BAK"
    assert page.navigator.landed == ("hub", ids["BAK"], "review", None)


def test_sync_all_runs_in_the_background(dashboard, settle, monkeypatch):
    _window, page, _ids = dashboard
    calls = []
    from app.services.packages import PackageService

    monkeypatch.setattr(PackageService, "sync_all", lambda self: calls.append(1) or [])
    page.sync_button.click()
    settle()
    assert calls == [1]
    assert page.sync_status.text() == "0 gesynchroniseerd, 0 mislukt."
    assert page.sync_button.isEnabled()


def test_panels_collapse_and_stay_collapsed(dashboard, page_as):
    _window, page, _ids = dashboard
    assert page.chart_panel.body.isVisibleTo(page)
    page.chart_panel.chevron.click()
    assert not page.chart_panel.body.isVisibleTo(page)
    assert page.recent.body.isVisibleTo(page)
    _window2, again = page_as("dashboard")
    assert not again.chart_panel.expanded and again.recent.expanded
    again.chart_panel.chevron.click()
    assert again.chart_panel.body.isVisibleTo(again)


def add_export_errors(app, code: str, n: int) -> list[int]:
    """``n`` documents of ``code`` the package refused, one attempt each, the last one newest;
    odd ones blamed on the relation (relation errors), even ones on the document."""
    from sqlalchemy import select

    from app.models import Administration, Document, ExportAttempt

    ids = []
    with app.transaction() as s:
        admin_id = s.scalar(select(Administration.id).where(Administration.code == code))
        for i in range(n):
            doc = Document(
                administration_id=admin_id,
                type="purchase",
                state="export_error",
                invoice_number=f"EF-{code}-{i:02d}",
                currency="EUR",
                extraction={},
            )
            s.add(doc)
            s.flush()
            at = datetime.now(UTC) - timedelta(hours=n - i)
            s.add(
                ExportAttempt(
                    document_id=doc.id,
                    request_id=uuid.uuid4().hex,
                    status="refused",
                    started_at=at,
                    finished_at=at,
                    error_message=f"Periode {i} is gesloten",
                    error_category="relation" if i % 2 else "document",
                    error_code="period_closed",
                )
            )
            ids.append(doc.id)
    return ids


def _oplossen(page, document_id: int) -> None:
    model = page.open_actions.model
    row = next(r for r, a in enumerate(model.rows) if a.document_id == document_id)
    index = page.open_actions.proxy.mapFromSource(model.index(row, model.COL_LINK))
    assert index.data() == "Oplossen"
    page.open_actions._clicked(index)


@pytest.mark.parametrize("nth, kind", [(10, 1), (21, 0)])  # a document error, a relation error
def test_oplossen_export_error_selects_its_row(dashboard, settle, qtbot, nth, kind):
    window, page, ids = dashboard
    docs = add_export_errors(page.session.app, "INS", 40)
    page.reload()
    settle()
    target = docs[nth]
    _oplossen(page, target)
    settle()
    hub = window.page_widget()
    assert window.administration.code == "INS" and hub.current_tab_key() == "errors"
    errors = hub.tab_widgets["errors"]
    qtbot.waitUntil(lambda: errors.selected() is not None and errors.loading == 0)
    assert errors.kinds.currentIndex() == kind
    assert errors.selected().document_id == target
    view = errors._view()
    assert [i.row() for i in view.selectionModel().selectedRows()] == [view.current_row()]
    shown = view.visualRect(view.currentIndex())
    assert QRect(view.viewport().rect()).contains(shown.center())  # scrolled to it
    assert errors.message.text() == f"Periode {nth} is gesloten [period_closed]"
    assert errors.reexport.isEnabled() and errors.fix.isEnabled()
    assert not errors.notice.isVisibleTo(errors)
    errors.refresh()  # a reload (e.g. another document changed) keeps the row selected
    settle()
    assert errors.selected().document_id == target


def test_oplossen_of_an_error_already_solved(dashboard, settle, qtbot):
    window, page, ids = dashboard
    docs = add_export_errors(page.session.app, "INS", 3)
    page.reload()
    settle()
    with page.session.app.transaction() as s:
        from app.models import Document

        s.get(Document, docs[1]).state = "exported"  # someone re-exported it meanwhile
    _oplossen(page, docs[1])
    settle()
    errors = window.page_widget().tab_widgets["errors"]
    qtbot.waitUntil(lambda: errors.loading == 0)
    assert errors.notice.isVisibleTo(errors)
    assert "niet (meer)" in errors.notice.text()
    assert errors.selected() is not None  # the first of the others, as usual
    errors.select_document(docs[2])
    assert errors.selected().document_id == docs[2]
    assert not errors.notice.isVisibleTo(errors)
