"""What every page gets: the logged-in user's :class:`Services`, the :class:`AppContext` (for
settings and paths) and the :class:`AppEvents` hub, plus a shortcut to ask for a right."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

from app.services.context import Actor, AppContext, Services
from app.services.permissions import Right, has_right
from app.ui.events import AppEvents


@dataclass
class UiSession:
    app: AppContext
    services: Services
    events: AppEvents

    @classmethod
    def start(cls, app: AppContext, actor: Actor, events: AppEvents | None = None) -> UiSession:
        return cls(app, Services(app, actor), events or AppEvents())

    @property
    def actor(self) -> Actor:
        return self.services.actor

    def can(self, right: Right) -> bool:
        return has_right(self.actor.role, right)

    def with_language(self, language: str) -> UiSession:
        """The same user with another interface language (after ``users.edit``)."""
        actor = replace(self.actor, language=language)
        return UiSession(self.app, Services(self.app, actor), self.events)

    def window_settings(self) -> QSettings:
        """Window geometry and last page, kept in the config folder (INI)."""
        return QSettings(str(self.app.paths.config / "window.ini"), QSettings.Format.IniFormat)
