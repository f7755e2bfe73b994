"""The application's one signal hub: pages announce changes here and listen here, so no page
needs a reference to another (``documents``, ``queue``, ``administrations``, ``users``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.ui.reading import QueueRefresh


class AppEvents(QObject):
    """Signals that say *what* changed; listeners reload what they show."""

    document_changed = Signal(int)  # document id
    queue_changed = Signal(int)  # administration id
    administrations_changed = Signal()
    users_changed = Signal()
    departments_changed = Signal()
    organisation_changed = Signal()

    # The throttle of ``queue_changed`` (:func:`app.ui.reading.queue_refresh`), made on first use.
    queue_refresh: QueueRefresh | None = None
