"""The Verwerkingsinstellingen page: every control round-trips to the service and back,
amounts are read the Dutch way, and a refused value is shown under its own field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from ui_demo import BEHEERDER

import app.ui.pages.processing_settings_page  # noqa: F401  (registers the page)


@pytest.fixture
def settings_page(window_as, settle):
    window = window_as(BEHEERDER)
    admin = next(a for a in window.admins if a.code == "BAK")
    window.choose_administration(admin)
    page = window.show_page("processing-settings")
    settle()
    return page


def test_every_control_round_trips(settings_page, settle, session_as):
    page = settings_page
    assert page.dto is not None and page.save_button.isEnabled()
    page.default_gl.set_code("4300")
    page.rounding_gl.setText("4970")
    page.limit.setText("1.250,50")
    page.authorisation.setChecked(True)
    page.auto_export.setCurrentIndex(page.auto_export.findData("no_open_comments"))
    page.threshold.setValue(65)
    page.save_button.click()
    settle()
    assert page.status.text() == "Opgeslagen."
    stored = page.services.processing_settings.get("BAK")
    assert stored.default_gl == "4300" and stored.rounding_gl == "4970"
    assert stored.auto_booking_limit == Decimal("1250.50")
    assert stored.authorisation is True
    assert stored.auto_export == "no_open_comments"
    assert stored.confidence_threshold == pytest.approx(0.65)
    # and back: a fresh page shows what the service holds
    page.show_settings(page.services.processing_settings.get("BAK"))
    assert page.default_gl.code() == "4300"
    assert page.default_gl.text().startswith("4300 – ")
    assert page.limit.text() == "1.250,50"
    assert page.authorisation.isChecked()
    assert page.auto_export.currentData() == "no_open_comments"
    assert page.threshold.value() == 65
    assert page.changes() == {}
    # clearing the limit and switching authorisation off also reaches the service
    page.limit.setText("")
    page.authorisation.setChecked(False)
    page.save_button.click()
    settle()
    stored = page.services.processing_settings.get("BAK")
    assert stored.auto_booking_limit is None and stored.authorisation is False


def test_refused_value_is_shown_under_its_field(settings_page, settle):
    page = settings_page
    page.default_gl.setText("9999")
    page.save_button.click()
    settle()
    row = page.rows["default_gl"]
    assert row.error.isVisible() and "9999" in row.error.text()
    assert page.services.processing_settings.get("BAK").default_gl is None
    page.default_gl.setText("")
    page.auto_export.setCurrentIndex(page.auto_export.findData("matched_below_limit"))
    page.save_button.click()
    settle()
    assert page.rows["auto_export"].error.isVisible()
    assert page.rows["default_gl"].error.isHidden()


def test_bad_amount_is_refused(settings_page, settle):
    page = settings_page
    page.limit.setText("veel")
    page.save_button.click()
    settle()
    assert page.rows["auto_booking_limit"].error.isVisible()


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("nl", "1.250,50", Decimal("1250.50")),
        ("nl", "1.250", Decimal("1250")),
        ("nl", "99,9", Decimal("99.9")),
        ("en", "1,250.50", Decimal("1250.50")),
        ("en", "1250.5", Decimal("1250.5")),
        ("nl", "", None),
    ],
)
def test_amount_in_the_interface_language(lang, typed, expected):
    from app.ui.i18n import set_language
    from app.ui.pages.processing_settings_page import parse_amount

    set_language(lang)
    assert parse_amount(typed) == expected


def test_english_amount_reaches_the_service(settings_page, settle):
    from app.ui.i18n import set_language

    set_language("en")
    page = settings_page
    page.limit.setText("1,250.50")
    page.save_button.click()
    settle()
    assert page.services.processing_settings.get("BAK").auto_booking_limit == Decimal("1250.50")
    assert page.limit.text() == "1,250.50"
