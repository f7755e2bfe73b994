"""Administration-level processing settings: stored where the processing reads them, checked
against master data, guarded by rights; and the export-without-review rule."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import Administration, GLAccount
from app.services.processing_settings import auto_export_allowed
from app.services.refs import admin_settings


def test_defaults(services_as):
    dto = services_as("marieke@vdbdewit.nl").processing_settings.get("BAK")
    assert (dto.default_gl, dto.auto_booking_limit, dto.authorisation, dto.auto_export) == (
        None,
        None,
        False,
        "never",
    )
    assert dto.confidence_threshold == 0.6


def test_update_is_stored_where_the_processing_reads_it(services_as, demo_app):
    sv = services_as("sanne@vdbdewit.nl")
    dto = sv.processing_settings.update(
        "BAK",
        default_gl="4950",
        rounding_gl="4900",
        auto_booking_limit="1.250,50",
        authorisation="aan",
        auto_export="matched_below_limit",
        purchase_journal="60",
        confidence_threshold="75%",
    )
    assert dto.default_gl_label == "4950 – Overige algemene kosten"
    assert dto.rounding_gl_label == "4900 – Bankkosten"
    assert dto.auto_booking_limit == Decimal("1250.50")
    with demo_app.transaction() as s:
        admin = s.scalar(select(Administration).where(Administration.code == "BAK"))
        read = admin_settings(admin)
        assert admin.settings["auto_export"] == "matched_below_limit"
    assert (read.default_gl, read.rounding_gl, read.purchase_journal) == ("4950", "4900", "60")
    assert read.authorisation is True and read.auto_booking_limit == Decimal("1250.50")
    assert read.confidence_threshold == 0.75
    dto = sv.processing_settings.update("BAK", rounding_gl="", authorisation="uit")
    assert dto.rounding_gl is None and dto.authorisation is False
    assert dto.default_gl == "4950"  # untouched keys stay


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"default_gl": "9999"}, "grootboekrekening 9999 bestaat niet in administratie BAK"),
        ({"purchase_journal": "70"}, "is geen inkoopdagboek"),
        ({"sales_journal": "ZZ"}, "dagboek ZZ bestaat niet"),
        ({"auto_booking_limit": "-5"}, "mag niet negatief"),
        ({"auto_booking_limit": "veel"}, "ongeldig getal"),
        ({"auto_export": "matched_below_limit"}, "pas als er een limiet"),
        ({"auto_export": "always"}, "Onbekende keuze"),
        ({"authorisation": "misschien"}, "kies aan of uit"),
        ({"confidence_threshold": "150"}, "tussen 0 en 100%"),
        ({"colour": "x"}, "Onbekende instelling"),
    ],
)
def test_invalid_changes_are_refused(services_as, changes, message):
    sv = services_as("marieke@vdbdewit.nl")
    with pytest.raises(InvalidInput, match=message):
        sv.processing_settings.update("BAK", **changes)
    assert sv.processing_settings.get("BAK").default_gl is None


def test_blocked_gl_and_clearing_the_limit_under_auto_export(services_as, demo_app):
    sv = services_as("marieke@vdbdewit.nl")
    with demo_app.transaction() as s:
        for g in s.scalars(select(GLAccount).where(GLAccount.code == "4950")):
            g.blocked = True
    with pytest.raises(InvalidInput, match="geblokkeerd"):
        sv.processing_settings.update("INS", default_gl="4950")
    sv.processing_settings.update("INS", auto_booking_limit=500, auto_export="matched_below_limit")
    with pytest.raises(InvalidInput, match="limiet"):
        sv.processing_settings.update("INS", auto_booking_limit="")
    assert sv.processing_settings.get("INS").auto_booking_limit == Decimal("500.00")


def test_rights(services_as):
    with pytest.raises(PermissionDenied):
        services_as("fatima@vdbdewit.nl").processing_settings.update("INS", authorisation=True)
    assert services_as("fatima@vdbdewit.nl").processing_settings.get("INS").auto_export == "never"
    with pytest.raises(NotFound):
        services_as("sanne@vdbdewit.nl").processing_settings.update("FYS", authorisation=True)
    with pytest.raises(NotFound):
        services_as("sanne@vdbdewit.nl").processing_settings.get("FYS")


def test_auto_export_rule():
    base = dict(
        auto_booking_limit=Decimal("1000"),
        authorisation=False,
        open_comments=0,
        relation_matched=True,
        total_incl_vat=Decimal("999.99"),
    )
    assert not auto_export_allowed("never", **base)
    assert auto_export_allowed("matched_below_limit", **base)
    assert auto_export_allowed(
        "matched_below_limit", **{**base, "total_incl_vat": Decimal("-1000")}
    )
    assert not auto_export_allowed(
        "matched_below_limit", **{**base, "total_incl_vat": Decimal("1000.01")}
    )
    assert not auto_export_allowed("matched_below_limit", **{**base, "relation_matched": False})
    assert not auto_export_allowed("matched_below_limit", **{**base, "auto_booking_limit": None})
    assert auto_export_allowed(
        "no_open_comments", **{**base, "relation_matched": False, "total_incl_vat": None}
    )
    assert not auto_export_allowed("no_open_comments", **{**base, "open_comments": 1})
    assert not auto_export_allowed("no_open_comments", **{**base, "authorisation": True})
