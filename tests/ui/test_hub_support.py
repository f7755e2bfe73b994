"""Helpers for the Document Hub, DDP and Archive window tests: real generated invoices taken in
and read for the demo administration BAK, and the hub page of a window opened on BAK. (No tests
here; the name keeps it among the issue-7 test files.)
"""

from __future__ import annotations

from pathlib import Path

from app.samples.generator import generate_invoice
from app.samples.office import demo_administrations
from app.services.demo_documents import RECENT


def invoice_files(folder: Path, seeds: range, layout: str = "classic") -> list[Path]:
    bak = demo_administrations()[0]
    paths = []
    for seed in seeds:
        g = generate_invoice(
            seed,
            supplier=bak.suppliers[seed % 8],
            customer=bak.company,
            layout=layout,
            date_range=RECENT,
        )
        path = folder / f"factuur-{seed}.pdf"
        path.write_bytes(g.pdf)
        paths.append(path)
    return paths


def read_invoices(services, folder: Path, seeds: range) -> list[int]:
    """Take in and read invoices for BAK; returns the new document ids."""
    folder.mkdir(parents=True, exist_ok=True)
    services.intake.take_in("BAK", invoice_files(folder, seeds))
    return list(services.processing.process_pending("BAK").documents)


def open_hub(window, settle, code: str = "BAK"):
    admin = next(a for a in window.admins if a.code == code)
    window.choose_administration(admin)
    page = window.show_page("hub")
    settle()
    return page


def drag_files(target, paths: list[Path], pos=None, *, drop: bool = True):
    """Drag ``paths`` onto ``target`` the way the window system does: a real QDragEnterEvent,
    QDragMoveEvent and QDropEvent (or QDragLeaveEvent) sent through QApplication.sendEvent, so
    Qt's own routing decides who gets them (an accepted enter makes its receiver the drop
    target). Returns the (enter, move, drop-or-leave) events."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    pos = pos if pos is not None else QPoint(20, 20)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    last = QDropEvent(QPointF(pos), actions, mime, buttons, mods) if drop else QDragLeaveEvent()
    QApplication.sendEvent(target, last)
    return enter, move, last
