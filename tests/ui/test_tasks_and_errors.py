"""Background work and errors: run_task hands results back on the GUI thread, drops results
for a widget that was closed meanwhile, shows a user-facing error as a message and a bug in
the crash dialog (logged with its traceback)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import InvalidInput
from app.ui import crash
from app.ui.tasks import pending_tasks, run_task


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = []
    run_task(
        lambda: threading.current_thread().name,
        lambda name: seen.append((name, threading.current_thread().name)),
    )
    qtbot.waitUntil(lambda: bool(seen))
    worker, receiver = seen[0]
    assert receiver == threading.main_thread().name
    assert worker != receiver


def test_result_for_a_deleted_owner_is_dropped(qtbot):
    owner = QWidget()
    gate = threading.Event()
    seen = []
    run_task(lambda: gate.wait(5) and 42, seen.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0)
    assert seen == []


def test_user_facing_error_becomes_a_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def fail():
        raise InvalidInput("Ongeldig KvK-nummer: '12' (8 cijfers)")

    run_task(fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Ongeldig KvK-nummer: '12' (8 cijfers)"]


def test_bug_goes_to_the_crash_dialog_and_the_log(qtbot, monkeypatch, caplog):
    dialogs = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: dialogs.append(self) or 0)

    def bug():
        return {}["missing"]

    run_task(bug)
    qtbot.waitUntil(lambda: bool(dialogs))
    assert "KeyError: 'missing'" in dialogs[0].details.toPlainText()
    assert "Traceback" in caplog.text
