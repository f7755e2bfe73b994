"""Exact Online administrations and master data over real HTTP against the fake: every
resource read to the end through ``__next`` paging, mapped to the connector dataclasses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.connectors.base import RemoteAdministration


def test_list_administrations(connector):
    admins = connector.list_administrations()
    assert admins == [
        RemoteAdministration("100001", "Bakkerij Test B.V.", "12345678", "NL001234567B01", "NL"),
        RemoteAdministration("100002", "Tweede Administratie B.V.", None, None, "NL"),
    ]


def test_full_master_data_sync_follows_paging(connector, exact_fake):
    data = connector.fetch_master_data("100001")
    assert sorted(g.code for g in data.gl_accounts) == ["1600", "4000", "4500", "4600", "8000"]
    gl = {g.code: g for g in data.gl_accounts}
    assert gl["1600"].kind == "balance" and gl["4000"].kind == "profit_loss"
    assert gl["4600"].blocked and not gl["4500"].blocked
    assert all(g.external_id for g in data.gl_accounts)

    vat = {v.code: v for v in data.vat_codes}
    assert len(vat) == 7
    assert vat["IH"].percentage == Decimal("21") and vat["IH"].kind == "high"
    assert vat["IH"].direction == "purchase" and vat["VH"].direction == "sales"
    assert vat["IL"].percentage == Decimal("9") and vat["IL"].kind == "low"
    assert vat["IVL"].kind == "reverse_charge"
    assert vat["IEU"].kind == "icp"
    assert vat["IV"].kind == "exempt"
    assert vat["VEX"].kind == "export"

    assert {(j.code, j.type) for j in data.journals} == {
        ("60", "purchase"),
        ("70", "sales"),
        ("20", "bank"),
    }

    rel = {r.code: r for r in data.relations}
    assert len(rel) == 6
    meel = rel["2001"]
    assert meel.type == "supplier" and meel.name == "Meelfabriek Noord B.V."
    assert meel.kvk == "87654321" and meel.vat_number == "NL123456789B01"
    assert meel.ibans == ("NL91ABNA0417164300",) and meel.city == "Groningen"
    assert rel["1001"].type == "customer" and rel["1001"].email == "boekhouding@hoteldezon.nl"
    assert rel["2002"].ibans == ()

    assert {(c.code, c.name) for c in data.cost_centres} == {("100", "Winkel"), ("200", "Bakkerij")}
    assert [(p.code, p.blocked) for p in data.projects] == [("P01", False)]
    assert [(p.year, p.period) for p in data.periods] == [(2026, n) for n in range(1, 13)]
    assert data.periods[0].start == date(2026, 1, 1) and data.periods[1].end == date(2026, 2, 28)


def test_paging_reads_every_page(connector, exact_fake):
    pages_before = len(exact_fake.requests)
    data = connector.fetch_master_data("100001")
    gl_calls = [p for m, p in exact_fake.requests[pages_before:] if p.endswith("/GLAccounts")]
    assert len(gl_calls) == 2  # 5 accounts, 3 per page
    assert len(data.relations) == 6
