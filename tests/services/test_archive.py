"""The Archive page: only what was exported more than 7 days ago, every search criterion,
sorting and paging in SQL, the original file from the store, and rights."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hubdata import NOW, add_doc, admin_id, relations
from sqlalchemy import update

from app.errors import InvalidInput, NotFound
from app.models import Document
from app.services.archive import ArchiveQuery

BOSS = "marieke@vdbdewit.nl"
OLD = NOW - timedelta(days=30)


@pytest.fixture
def archive(demo_app):
    """BAK with five archived documents of known content, plus some that are not archived."""
    bak = admin_id(demo_app, "BAK")
    rels = relations(demo_app, bak)
    (r1, c1, n1), (r2, c2, n2) = rels[0][:3], rels[1][:3]
    docs = {
        "a": add_doc(
            demo_app,
            bak,
            state="archived",
            relation_id=r1,
            number="2026-0001",
            amount="121.00",
            invoice_date=date(2026, 9, 1),
            exported_at=OLD,
            search_text="Volkorenmeel 25 kg levering week 36",
        ),
        "b": add_doc(
            demo_app,
            bak,
            state="archived",
            relation_id=r1,
            number="2026-0002",
            amount="1210.50",
            invoice_date=date(2026, 9, 15),
            exported_at=OLD + timedelta(days=1),
            search_text="Roggemeel en gist",
            file=False,
        ),
        "c": add_doc(
            demo_app,
            bak,
            state="exported",
            relation_id=r2,
            number="KW-88",
            amount="-50.00",
            invoice_date=date(2026, 10, 1),
            exported_at=OLD + timedelta(days=2),
            search_text="Creditnota 100% korting",
        ),
        "d": add_doc(
            demo_app,
            bak,
            state="archived",
            relation_id=None,
            number="X_1",
            amount=None,
            invoice_date=None,
            exported_at=OLD + timedelta(days=3),
            search_text="Kassabon",
        ),
        "edge": add_doc(
            demo_app,
            bak,
            state="exported",
            number="EDGE-1",
            amount="5.00",
            exported_at=NOW - timedelta(days=7, seconds=1),
        ),
    }
    add_doc(demo_app, bak, state="exported", number="RECENT", exported_at=NOW - timedelta(days=6))
    add_doc(demo_app, bak, state="review", number="REVIEW", search_text="Volkorenmeel")
    add_doc(
        demo_app,
        admin_id(demo_app, "INS"),
        state="archived",
        exported_at=OLD,
        search_text="Volkorenmeel",
    )
    return bak, docs, (c1, n1), (c2, n2)


def ids_of(page):
    return [r.id for r in page.rows]


def test_only_older_exported_documents(services_as, archive):
    bak, docs, *_ = archive
    page = services_as(BOSS).archive.search(bak, now=NOW)
    assert page.total == 5
    assert ids_of(page) == [docs["edge"], docs["d"], docs["c"], docs["b"], docs["a"]]
    # exactly the complement of the hub's 7-day archive tab
    recent = services_as(BOSS).hub.recent_archive(bak, now=NOW)
    assert [r.invoice_number for r in recent.rows] == ["RECENT"]


def test_search_criteria(services_as, archive):
    bak, docs, (c1, n1), (c2, n2) = archive
    svc = services_as(BOSS).archive

    def find(**kw):
        return set(svc.ids(bak, ArchiveQuery(**kw), now=NOW))

    assert find(relation=n1.lower()) == {docs["a"], docs["b"]}
    assert find(relation=c2) == {docs["c"]}
    assert find(number="0002") == {docs["b"]}
    assert find(number="X_1") == {docs["d"]} and find(number="X%") == set()
    assert find(amount_min=Decimal("100"), amount_max=Decimal("1210.50")) == {docs["a"], docs["b"]}
    assert find(amount_max=Decimal("0")) == {docs["c"]}
    assert find(date_from=date(2026, 9, 15), date_to=date(2026, 10, 1)) == {docs["b"], docs["c"]}
    assert find(text="volkorenMEEL week") == {docs["a"]}  # every word, any case
    assert find(text="volkorenmeel gist") == set()
    assert find(text="100%") == {docs["c"]}
    assert find(text="2026-0001") == {docs["a"]}
    assert find(text=c2) == {docs["c"]}
    assert find(type="sales") == set()
    assert find(relation_id=None, text="kassabon") == {docs["d"]}
    with pytest.raises(InvalidInput):
        find(amount_min=Decimal("10"), amount_max=Decimal("1"))
    with pytest.raises(InvalidInput):
        find(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1))


def test_sorting_paging_and_rows(services_as, archive):
    bak, docs, *_ = archive
    svc = services_as(BOSS).archive
    by_amount = svc.ids(bak, sort="amount", descending=False, now=NOW)
    # -50.00, 5.00, 121.00, 1210.50, NULL last (in both directions)
    assert by_amount == [docs["c"], docs["edge"], docs["a"], docs["b"], docs["d"]]
    assert svc.ids(bak, sort="amount", descending=True, now=NOW) == [
        docs["b"],
        docs["a"],
        docs["edge"],
        docs["c"],
        docs["d"],
    ]
    page = svc.search(bak, offset=1, limit=2, sort="invoice_number", descending=False, now=NOW)
    assert page.total == 5 and page.offset == 1
    assert [r.invoice_number for r in page.rows] == ["2026-0002", "EDGE-1"]
    rows = svc.rows([docs["c"], docs["a"], 999_999])
    assert [r.id for r in rows] == [docs["c"], docs["a"]]
    assert rows[0].total_incl_vat == Decimal("-50.00") and rows[0].exported_at == OLD + timedelta(
        days=2
    )


def test_original_comes_from_the_store(demo_app, services_as, archive):
    bak, docs, *_ = archive
    boss = services_as(BOSS)
    rf = boss.intake.take_in_bytes(bak, "bakkerij-factuur.pdf", b"%PDF-1.4 original bytes")
    with demo_app.transaction() as s:
        s.execute(update(Document).where(Document.id == docs["a"]).values(received_file_id=rf.id))
    assert boss.archive.original(docs["a"]) == ("bakkerij-factuur.pdf", b"%PDF-1.4 original bytes")
    with pytest.raises(NotFound):
        boss.archive.original(docs["b"])  # no file kept
    review = add_doc(demo_app, bak, state="review", file_id=rf.id)
    with pytest.raises(NotFound):
        boss.archive.original(review)  # not in the archive
    with pytest.raises(NotFound):
        services_as("fatima@vdbdewit.nl").archive.original(docs["a"])


def test_rights(services_as, archive):
    bak, docs, *_ = archive
    assert services_as("pieter@vdbdewit.nl").archive.search(bak, now=NOW).total == 5
    fatima = services_as("fatima@vdbdewit.nl").archive  # not assigned to BAK
    with pytest.raises(NotFound):
        fatima.search(bak, now=NOW)
    with pytest.raises(NotFound):
        fatima.ids("BAK", now=NOW)
    assert fatima.rows([docs["a"]]) == []
