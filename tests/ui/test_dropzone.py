"""Delivering from the window: only PDFs, images and XML are taken from a dropped folder, a drop
anywhere on the main window goes to the chosen administration (and shows the hub), and the
folder watcher started for the window takes in what lies in a watched folder (catch-up)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from test_hub_support import invoice_files, open_hub
from ui_demo import BEHEERDER

from app.ui.dropzone import WatcherBridge, _WindowDrops, accepted_files, deliveries


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
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a real drop through the window system; here the hook's filter gets it directly
    [drops] = window.findChildren(_WindowDrops)
    assert drops.eventFilter(window, event) and event.isAccepted()
    assert window.current_key == "hub"
    admin_id = window.administration.id
    services = services_as(BEHEERDER)
    qtbot.waitUntil(lambda: services.hub.received_files(admin_id).total == 1, timeout=10_000)
    qtbot.waitUntil(lambda: deliveries().busy.get(admin_id, 0) == 0, timeout=60_000)
    settle()
    [row] = services.hub.received_files(admin_id).rows
    assert (row.original_name, row.origin, row.state) == (path.name, "drag_drop", "processed")


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
