"""The page registry: which pages the navigation offers, in which section, behind which right,
and how to build them. Later work adds pages with :func:`register_page` (the document hub,
DDP, archive, relation list ...) without touching the main window; the screenshot command
renders any registered page by its key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.services.dto import AdministrationDTO
from app.services.permissions import Right

OFFICE = "office"  # pages of the whole office
ADMINISTRATION = "administration"  # pages of the chosen administration
HIDDEN = "hidden"  # reachable by code (e.g. the DDP), not listed in the navigation

PageFactory = Callable[..., QWidget]


@dataclass(frozen=True)
class PageSpec:
    """One page. ``factory(session, administration)`` builds it; ``title()`` is translated at
    call time; ``right`` (if set) must be held by the user's role for the page to show."""

    key: str
    title: Callable[[], str]
    icon: str
    factory: PageFactory
    section: str = OFFICE
    right: Right | None = None
    order: int = 100

    @property
    def needs_administration(self) -> bool:
        return self.section == ADMINISTRATION


_PAGES: dict[str, PageSpec] = {}


_PLACEHOLDERS: set[str] = set()


def register_page(spec: PageSpec, *, placeholder: bool = False) -> PageSpec:
    """Add a page. A real page replaces a placeholder with the same key whatever the import
    order; a placeholder never replaces a real page; otherwise the later registration wins."""
    if placeholder and spec.key in _PAGES and spec.key not in _PLACEHOLDERS:
        return _PAGES[spec.key]
    if placeholder:
        _PLACEHOLDERS.add(spec.key)
    else:
        _PLACEHOLDERS.discard(spec.key)
    _PAGES[spec.key] = spec
    return spec


def page(key: str) -> PageSpec:
    _load_builtin_pages()
    return _PAGES[key]


def pages(section: str | None = None) -> list[PageSpec]:
    _load_builtin_pages()
    found = [p for p in _PAGES.values() if section is None or p.section == section]
    return sorted(found, key=lambda p: (p.order, p.key))


def allowed(spec: PageSpec, role: str) -> bool:
    from app.services.permissions import has_right

    return spec.right is None or has_right(role, spec.right)


_loaded = False


def _load_builtin_pages() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        import app.ui.pages  # noqa: F401  (registers the built-in pages)


def page_needs_admin(key: str) -> bool:
    return page(key).needs_administration


def build(spec: PageSpec, session, administration: AdministrationDTO | None) -> QWidget:
    return spec.factory(session, administration)
