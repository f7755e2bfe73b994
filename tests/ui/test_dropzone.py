"""Delivering from the window: only PDFs, images and XML are taken from a dropped folder, a drop
anywhere on the main window goes to the chosen administration (and shows the hub), and the
folder watcher started for the window takes in what lies in a watched folder (catch-up).

The drops are real QDragEnterEvent/QDragMoveEvent/QDropEvent objects sent with
QApplication.sendEvent (``test_hub_support.drag_files``): Qt delivers a drop only to the widget
that accepted the drag's enter event, exactly as with a drag from the file manager, so these
tests go through ``dragEnterEvent`` → ``dropEvent`` (and the window's event filter)."""

from __future__ import annotations

from test_hub_support import drag_files, invoice_files, open_hub
from ui_demo import BEHEERDER

from app.ui.dropzone import accepted_files, deliveries
from app.ui.folder_watch import WatcherBridge


def test_only_invoice_files_are_accepted(tmp_path):
    folder = tmp_path / "map"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.pdf", "b.PNG", "c.xml", "sub/d.tiff", "e.txt", "Thumbs.db", "~$f.pdf"):
        (folder / name).write_bytes(b"x")
    names = sorted(p.name for p in accepted_files([folder]))
    assert names == ["a.pdf", "b.PNG", "c.xml", "d.tiff"]


def test_drop_on_the_window_goes_to_the_chosen_administration(
    window_as, settle, qtbot, tmp_path, services_as
):
    window = window_as()
    open_hub(window, settle)
    window.show_page("dashboard")
    [path] = invoice_files(tmp_path, range(3, 4))
    assert window.acceptDrops()  # the main window's hook (app.ui.dropzone.install_on)
    page = window.page_widget()  # the dashboard does not take drops: they reach the window
    assert not page.acceptDrops()
    enter, move, drop = drag_files(page, [path])
    assert enter.isAccepted() and move.isAccepted() and drop.isAccepted()
    assert window.current_key == "hub"
    admin_id = window.administration.id
    services = services_as(BEHEERDER)
    qtbot.waitUntil(lambda: services.hub.received_files(admin_id).total == 1, timeout=10_000)
    qtbot.waitUntil(lambda: deliveries().busy.get(admin_id, 0) == 0, timeout=60_000)
    settle()
    [row] = services.hub.received_files(admin_id).rows
    assert (row.original_name, row.origin, row.state) == (path.name, "drag_drop", "processed")
    assert window.status.currentMessage() == (
        f"1 bestand ontvangen voor {window.administration.name}."
    )


def test_a_drag_without_a_chosen_administration_is_refused_with_a_hint(window_as, qtbot, tmp_path):
    window = window_as()
    assert window.administration is None
    [path] = invoice_files(tmp_path, range(3, 4))
    enter, _move, drop = drag_files(window.page_widget(), [path])
    assert not enter.isAccepted() and not drop.isAccepted()
    assert window.status.isVisible()
    assert "Kies eerst een administratie" in window.status.currentMessage()


def test_watched_folder_is_taken_in_when_the_window_opens(
    session_as, services_as, settle, qtbot, tmp_path
):
    services = services_as(BEHEERDER)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    services.administrations.update("BAK", watched_folder=str(inbox))
    [path] = invoice_files(inbox, range(5, 6))
    session = session_as()
    taken = []
    session.events.queue_changed.connect(taken.append)
    bridge = WatcherBridge(session)
    try:
        bridge.start()
        admin_id = services.administrations.get("BAK").id
        qtbot.waitUntil(lambda: admin_id in taken, timeout=30_000)
        rows = services.hub.received_files("BAK").rows
        assert [(r.original_name, r.origin) for r in rows] == [(path.name, "folder")]
        assert not path.exists()  # moved out of the way after intake
    finally:
        bridge.stop()
        settle()
