"""Delivering to an administration in the navigation and seeing the watched folders' problems.

Files dragged onto one of the recent administrations in the navigation go to *that*
administration (not the chosen one): the row under the cursor is highlighted while dragging and
the status bar says what was received. A role without the right to deliver is refused while
dragging, with the reason; an administration that is no longer visible is refused by the
service, with a clear message. A watched folder that is missing, and a file moved to "fout",
show as a banner on the Ontvangen bestanden tab and in the status bar, not only in the log.

All drags are real QDragEnterEvent/QDragMoveEvent/QDropEvent objects sent with
QApplication.sendEvent to the list's viewport.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from test_hub_support import drag_files, invoice_files, open_hub
from ui_demo import AANLEVERAAR, BEHEERDER, GEBRUIKER

from app.models.enums import Role
from app.services import permissions
from app.services.permissions import Right
from app.ui.dropzone import deliveries
from app.ui.folder_watch import folder_problems


def _recent_row(window, code: str):
    recent = window.recent_admins
    admin = next(a for a in recent.administrations() if a.code == code)
    row = recent.row_of(admin.id)
    return recent, admin, recent.visualItemRect(recent.item(row)).center(), row


def _wait_recent(window, qtbot, settle, codes: set[str]) -> None:
    qtbot.waitUntil(
        lambda: codes <= {a.code for a in window.recent_admins.administrations()}, timeout=10_000
    )
    settle()


def test_files_dropped_on_an_administration_in_the_navigation_go_there(
    window_as, services_as, settle, qtbot, tmp_path
):
    window = window_as()
    page = open_hub(window, settle, "BAK")  # BAK is the chosen administration
    _wait_recent(window, qtbot, settle, {"BAK", "INS"})
    assert window.recent_admins.isVisible() and window.recent_title.isVisible()
    recent, ins, at, row = _recent_row(window, "INS")
    paths = invoice_files(tmp_path, range(11, 14))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(at, actions, *args)
    QApplication.sendEvent(recent.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, actions, *args)
    QApplication.sendEvent(recent.viewport(), move)
    assert move.isAccepted() and move.dropAction() == Qt.DropAction.CopyAction
    # the target row is highlighted and the status bar says where the files will go
    assert recent.drop_row == row and recent.item(row).isSelected()
    assert (
        window.status.currentMessage() == f"Loslaten om de bestanden aan te leveren voor {ins.name}"
    )
    drop = QDropEvent(at.toPointF(), actions, *args)
    QApplication.sendEvent(recent.viewport(), drop)
    assert drop.isAccepted()
    assert recent.drop_row is None and not recent.selectedItems()
    services = services_as(BEHEERDER)
    qtbot.waitUntil(lambda: services.hub.received_files("INS").total == 3, timeout=10_000)
    qtbot.waitUntil(lambda: deliveries().busy.get(ins.id, 0) == 0, timeout=60_000)
    settle()
    qtbot.waitUntil(lambda: "ontvangen" in window.status.currentMessage(), timeout=10_000)
    assert window.status.currentMessage() == f"3 bestanden ontvangen voor {ins.name}."
    rows = services.hub.received_files("INS").rows
    assert {r.origin for r in rows} == {"drag_drop"}
    assert {r.original_name for r in rows} == {p.name for p in paths}
    assert services.hub.received_files("BAK").total == 0  # not the chosen administration
    assert window.administration.code == "BAK" and window.page_widget() is page


def test_clicking_a_recent_administration_opens_it(window_as, settle, qtbot):
    window = window_as()
    _wait_recent(window, qtbot, settle, {"BAK", "INS", "FYS"})
    recent, fys, at, _row = _recent_row(window, "FYS")
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.administration.id == fys.id
    settle()
    qtbot.waitUntil(lambda: recent.administrations()[0].code == "FYS", timeout=10_000)
    settle()


def test_a_role_without_the_right_to_deliver_is_refused_while_dragging(
    window_as, services_as, settle, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setitem(
        permissions.ROLE_RIGHTS, Role.AANLEVERAAR, frozenset({Right.ACCESS_ARCHIVE})
    )
    window = window_as(AANLEVERAAR)
    _wait_recent(window, qtbot, settle, {"BAK"})
    recent, _bak, at, row = _recent_row(window, "BAK")
    paths = invoice_files(tmp_path, range(3, 4))
    enter, move, leave = drag_files(recent.viewport(), paths, at, drop=False)
    assert not move.isAccepted() and recent.drop_row is None
    assert window.status.currentMessage() == (
        "Geen toegang: de rol Aanleveraar mag geen documenten aanleveren."
    )
    _enter, _move, drop = drag_files(recent.viewport(), paths, at)
    assert not drop.isAccepted()
    settle()
    assert services_as(BEHEERDER).hub.received_files("BAK").total == 0


def test_an_administration_no_longer_visible_is_refused_with_a_message(
    window_as, services_as, settle, qtbot, tmp_path, monkeypatch
):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window = window_as(GEBRUIKER)  # Team MKB: BAK and INS
    _wait_recent(window, qtbot, settle, {"BAK", "INS"})
    recent, ins, at, _row = _recent_row(window, "INS")
    admin = services_as(BEHEERDER)
    team = admin.departments.find("Team MKB")
    admin.departments.assign(team.id, remove=[ins.id])  # meanwhile, by the office manager
    _enter, _move, drop = drag_files(recent.viewport(), invoice_files(tmp_path, range(3, 4)), at)
    assert drop.isAccepted()  # the window still showed it; the service says no
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    settle()
    assert "niet zichtbaar" in warnings[0]
    message = window.status.currentMessage()
    assert message.startswith(f"Niet aangeleverd voor {ins.name}: ") and "niet zichtbaar" in message
    assert admin.hub.received_files("INS").total == 0


def test_only_other_files_dropped_says_nothing_was_delivered(window_as, settle, qtbot, tmp_path):
    window = window_as()
    _wait_recent(window, qtbot, settle, {"BAK"})
    recent, _bak, at, _row = _recent_row(window, "BAK")
    note = tmp_path / "notities.txt"
    note.write_text("geen factuur")
    drag_files(recent.viewport(), [note], at)
    assert "niets aangeleverd" in window.status.currentMessage()
    settle()


# -- the watched folders' problems in the window ---------------------------------------------


def test_a_missing_watched_folder_shows_on_the_received_tab_and_in_the_status_bar(
    services_as, window_as, settle, qtbot, tmp_path
):
    services = services_as(BEHEERDER)
    inbox = tmp_path / "scans-bakkerij"
    services.administrations.update("BAK", watched_folder=str(inbox))  # not there (yet)
    window = window_as()
    bak = services.administrations.get("BAK")
    qtbot.waitUntil(lambda: bool(folder_problems().of(bak.id)), timeout=10_000)
    assert "bestaat niet" in window.status.currentMessage()
    assert window.status.currentMessage().startswith(bak.name)
    page = open_hub(window, settle)
    received = page.show_tab("received")
    banner = received.banner
    assert banner.isVisible() and str(inbox) in banner.text.text()
    assert banner.title.text() == "Probleem met de bewaakte map"
    index = page.tabs.indexOf(received)
    assert not page.tabs.tabIcon(index).isNull()
    # the user creates the folder and tries again: watched, the banner goes
    inbox.mkdir()
    [path] = invoice_files(inbox, range(5, 6))
    banner.retry_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert page.tabs.tabIcon(index).isNull()
    qtbot.waitUntil(lambda: not path.exists(), timeout=30_000)  # taken in and moved aside
    qtbot.waitUntil(lambda: received.model.rowCount() == 1, timeout=10_000)
    window.folder_watcher.stop()
    settle()


def test_a_file_moved_to_fout_shows_on_the_received_tab(
    services_as, window_as, settle, qtbot, tmp_path
):
    services = services_as(BEHEERDER)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "kapot.pdf").write_bytes(b"%PDF-1.4 dit is geen echte pdf")
    services.administrations.update("BAK", watched_folder=str(inbox))
    window = window_as()
    bak = services.administrations.get("BAK")
    qtbot.waitUntil(lambda: bool(folder_problems().of(bak.id)), timeout=30_000)
    assert (inbox / "fout" / "kapot.pdf").exists()
    [problem] = folder_problems().of(bak.id)
    assert problem.file is not None
    assert problem.message.startswith("kapot.pdf kon niet worden gelezen en staat nu in de map")
    qtbot.waitUntil(lambda: "kapot.pdf" in window.status.currentMessage(), timeout=10_000)
    page = open_hub(window, settle)
    received = page.show_tab("received")
    settle()
    banner = received.banner
    assert banner.isVisible() and "kapot.pdf" in banner.text.text()
    assert not banner.retry_button.isVisible()  # the folder itself is fine
    assert received.model.rowCount() == 1
    qtbot.mouseClick(banner.hide_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and folder_problems().of(bak.id) == []
    window.folder_watcher.stop()
    settle()
