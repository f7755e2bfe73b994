"""Screenshot screens of the relation list: ``relation-settings`` draws the settings dialog of
one relation (``--relation CODE``, default the first relation with VAT coding, else the first)
over the relation list. :data:`options` is filled by the screenshot command.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap

from app.errors import UserFacingError
from app.ui.screens import over_backdrop, register_screen, settle, window_on

options: dict[str, str | None] = {"relation": None}


def relation_settings_screen(session, admin, size: QSize) -> QPixmap:
    from app.ui.relations.page import RelationsPage

    window = window_on(session, "relations", admin, size)
    page = window.page_widget()
    assert isinstance(page, RelationsPage)
    rows = page.model.rows
    code = options.get("relation")
    if code is None:
        target = next((r for r in rows if r.coding_rule == "vat"), rows[0] if rows else None)
        code = target.code if target else None
    if code is None or not page.select_relation(code):
        raise UserFacingError(f"Relatie {code} staat niet in de relatielijst.")
    row = page.current_row()
    assert row is not None
    dialog = page.open_settings(row.id)
    settle(dialog)
    dialog.resize(760, min(size.height() - 40, 820))
    return over_backdrop(window, dialog, size)


register_screen("relation-settings", relation_settings_screen)
