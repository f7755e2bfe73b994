"""The organisation settings page (Beheerder only): shows the office's data, refuses a KvK
number that is not 8 digits next to the field, and saves through the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_demo import BEHEERDER


def test_edit_organisation(qtbot, page_as, settle, services_as):
    _window, page = page_as("organisation")
    org = services_as(BEHEERDER).organisation.get()
    assert page.name.text() == org.name
    page.kvk.setText("1234")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.kvk_error.isVisibleTo(page)
    assert page.kvk_error.text() == "Een KvK-nummer heeft 8 cijfers."
    page.kvk.setText("8765 4321")
    page.email_domain.setText("nieuwdomein.nl")
    page.monthly_target.setValue(750)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert page.message.text() == "Opgeslagen."
    assert not page.kvk_error.isVisibleTo(page)
    saved = services_as(BEHEERDER).organisation.get()
    assert (saved.kvk, saved.email_domain, saved.monthly_target) == (
        "87654321",
        "nieuwdomein.nl",
        750,
    )
