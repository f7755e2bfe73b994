"""The application's one signal hub: pages announce changes here and listen here, so no page
needs a reference to another (``documents``, ``queue``, ``administrations``, ``users``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals that say *what* changed; listeners reload what they show."""

    document_changed = Signal(int)  # document id
    queue_changed = Signal(int)  # administration id
    administrations_changed = Signal()
    users_changed = Signal()
    departments_changed = Signal()
    organisation_changed = Signal()
