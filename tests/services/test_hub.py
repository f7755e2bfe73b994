"""Document Hub queries: counts, groups, sorting, paging and rights against inserted truth."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hubdata import NOW, add_doc, add_file, admin_id, relations

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.hub_dto import ReviewGroup, humanize_age
from app.services.listing import month_start

BOSS = "marieke@vdbdewit.nl"
LAST_MONTH = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def bak(demo_app):
    return admin_id(demo_app, "BAK")


def test_counters_count_review_states_and_this_month(demo_app, services_as, bak):
    # x (to review now): purchase 3 (review, to_authorise, last month's review), sales 1, other 1
    add_doc(demo_app, bak, comments=("open", "open", "closed"))
    add_doc(demo_app, bak, state="to_authorise")
    add_doc(demo_app, bak, created_at=LAST_MONTH)
    add_doc(demo_app, bak, state="exported", comments=("open",))  # y only; comment not open action
    add_doc(demo_app, bak, state="rejected", comments=("open",))  # neither
    add_doc(demo_app, bak, type="sales", comments=("open",))
    add_doc(
        demo_app, bak, type="sales", state="export_error", created_at=LAST_MONTH, comments=("open",)
    )  # not x, not y, but an open action
    add_doc(demo_app, bak, type="other", state="to_confirm")
    # Amsterdam's November starts at 2026-10-31 23:00 UTC.
    add_doc(
        demo_app,
        bak,
        type="other",
        state="archived",
        created_at=datetime(2026, 10, 31, 23, 30, tzinfo=UTC),
    )
    add_doc(
        demo_app,
        bak,
        type="other",
        state="archived",
        created_at=datetime(2026, 10, 31, 22, 30, tzinfo=UTC),
    )
    add_doc(demo_app, admin_id(demo_app, "INS"), comments=("open",))  # another administration

    c = services_as(BOSS).hub.counters(bak, now=NOW)
    assert (c.purchase_to_review, c.purchase_this_month) == (3, 3)
    assert (c.sales_to_review, c.sales_this_month) == (1, 1)
    assert (c.other_to_review, c.other_this_month) == (1, 2)
    assert c.documents == 5
    assert c.open_actions == 4


def test_month_start_is_amsterdam_midnight():
    assert month_start(NOW) == datetime(2026, 10, 31, 23, 0, tzinfo=UTC)
    assert month_start(datetime(2026, 7, 10, tzinfo=UTC)) == datetime(
        2026, 6, 30, 22, 0, tzinfo=UTC
    )


def test_review_groups_partition_review_documents(demo_app, services_as, bak):
    rels = relations(demo_app, bak)
    open1 = add_doc(demo_app, bak, comments=("open",), amount="50.00", relation_id=rels[1][0])
    mixed = add_doc(
        demo_app, bak, comments=("closed", "open"), amount="300.00", relation_id=rels[0][0]
    )
    none1 = add_doc(demo_app, bak, amount="10.00", number="INV-ALPHA-1")
    none2 = add_doc(demo_app, bak, state="to_authorise", amount=None, number="INV-BETA-2")
    closed = add_doc(demo_app, bak, comments=("closed", "closed"))
    add_doc(demo_app, bak, state="exported")  # not in review
    add_doc(demo_app, bak, state="rejected", comments=("closed",))
    hub = services_as(BOSS).hub

    assert sorted(hub.review_ids(bak, ReviewGroup.OPEN_COMMENTS)) == sorted([open1, mixed])
    assert sorted(hub.review_ids(bak, "none")) == sorted([none1, none2])
    assert hub.review_ids(bak, ReviewGroup.CLOSED_COMMENTS) == [closed]
    # sorted in SQL, NULL amounts last in both directions
    assert hub.review_ids(bak, "open", sort="amount", descending=True) == [mixed, open1]
    assert hub.review_ids(bak, "none", sort="amount") == [none1, none2]
    assert hub.review_ids(bak, "none", sort="amount", descending=True) == [none1, none2]
    # filtered in SQL: invoice number, relation name or code, case-insensitive
    assert hub.review_ids(bak, "none", text="beta") == [none2]
    assert hub.review_ids(bak, "open", text=rels[0][2].upper()) == [mixed]
    assert hub.review_ids(bak, "open", text=rels[1][1]) == [open1]
    assert hub.review_ids(bak, "none", text="100%") == []  # wildcards are literal
    with pytest.raises(InvalidInput):
        hub.review_ids(bak, "open", sort="drop table")

    rows = hub.rows([mixed, closed, open1])
    assert [r.id for r in rows] == [mixed, closed, open1]
    assert (rows[0].open_comments, rows[0].closed_comments) == (1, 1)
    assert (rows[1].open_comments, rows[1].closed_comments) == (0, 2)
    assert rows[0].relation_code == rels[0][1] and rows[0].total_incl_vat == Decimal("300.00")


def test_received_files_page(demo_app, services_as, bak):
    t0 = NOW - timedelta(days=3)
    two = add_file(demo_app, bak, "twee-facturen.pdf", received_at=t0)
    add_doc(demo_app, bak, file_id=two)
    add_doc(demo_app, bak, file_id=two)
    add_doc(demo_app, bak, file_id=two, state="rejected")  # the split original: not counted
    one = add_file(
        demo_app,
        bak,
        "bon.jpg",
        received_at=t0 + timedelta(hours=1),
        origin="email",
        sender="info@leverancier.nl",
    )
    add_doc(demo_app, bak, file_id=one)
    bad = add_file(
        demo_app,
        bak,
        "kapot.pdf",
        received_at=t0 + timedelta(hours=2),
        state="error",
        error="Onbekend bestandstype",
    )
    add_file(demo_app, admin_id(demo_app, "INS"), "ander.pdf")
    hub = services_as(BOSS).hub

    page = hub.received_files(bak)
    assert page.total == 3
    assert [(r.id, r.document_count) for r in page.rows] == [(bad, 0), (one, 1), (two, 2)]
    assert page.rows[0].error == "Onbekend bestandstype" and page.rows[0].state == "error"
    assert page.rows[1].origin == "email" and page.rows[1].sender == "info@leverancier.nl"
    second = hub.received_files(bak, offset=1, limit=1, sort="documents", descending=True)
    assert second.total == 3 and [r.id for r in second.rows] == [one]
    assert [r.id for r in hub.received_files(bak, text="LEVERANCIER").rows] == [one]
    assert hub.received_files(bak, text="bestandstype").total == 1


def test_exports_and_export_errors(demo_app, services_as, bak):
    rels = relations(demo_app, bak)
    t = NOW - timedelta(hours=5)
    ok = add_doc(
        demo_app,
        bak,
        state="exported",
        exported_at=t,
        attempts=(
            {"status": "success", "started_at": t, "finished_at": t, "package_reference": "EO-1"},
        ),
    )
    rel_err = add_doc(
        demo_app,
        bak,
        state="export_error",
        relation_id=rels[2][0],
        number="2026-77",
        attempts=(
            {
                "status": "refused",
                "started_at": t - timedelta(hours=2),
                "error_category": "document",
                "error_message": "oud",
            },
            {
                "status": "refused",
                "started_at": t,
                "error_category": "relation",
                "error_message": "Relatie onbekend in het pakket",
                "error_code": "REL404",
            },
        ),
    )
    doc_err = add_doc(
        demo_app,
        bak,
        state="export_error",
        attempts=(
            {
                "status": "refused",
                "started_at": t - timedelta(hours=1),
                "error_category": "document",
                "error_message": "periode 2017/01 is afgesloten",
            },
        ),
    )
    never_sent = add_doc(demo_app, bak, state="export_error", created_at=t - timedelta(days=1))
    hub = services_as(BOSS).hub

    page = hub.exports(bak)
    assert page.total == 4
    assert [r.document_id for r in page.rows] == [doc_err, rel_err, rel_err, ok]  # newest first
    by_start = hub.exports(bak, sort="started_at", offset=1, limit=2)
    assert by_start.total == 4 and [r.document_id for r in by_start.rows] == [ok, doc_err]
    by_number = hub.exports(bak, sort="invoice_number", descending=False)
    assert [r.invoice_number for r in by_number.rows][:2] == ["2026-77", "2026-77"]
    assert {r.status for r in page.rows} == {"success", "refused"}
    assert hub.exports(bak, status="success").rows[0].package_reference == "EO-1"
    assert hub.exports(bak, text="afgesloten").total == 1

    errors = hub.export_errors(bak)
    assert [e.document_id for e in errors.relation_errors] == [rel_err]
    r = errors.relation_errors[0]
    assert (r.message, r.error_code, r.invoice_number) == (
        "Relatie onbekend in het pakket",
        "REL404",
        "2026-77",
    )
    assert r.relation == f"{rels[2][2]} ({rels[2][1]})"
    assert [e.document_id for e in errors.document_errors] == [doc_err, never_sent]
    assert errors.document_errors[0].message == "periode 2017/01 is afgesloten"
    assert errors.document_errors[1].attempt_id is None


def test_recent_archive_tab(demo_app, services_as, bak):
    recent = add_doc(demo_app, bak, state="exported", exported_at=NOW - timedelta(hours=30))
    archived = add_doc(
        demo_app,
        bak,
        state="archived",
        exported_at=NOW - timedelta(days=2),
        archived_at=NOW - timedelta(days=1),
    )
    add_doc(demo_app, bak, state="archived", exported_at=NOW - timedelta(days=8))  # archive page
    add_doc(
        demo_app,
        bak,
        state="archived",
        exported_at=NOW - timedelta(days=9),
        archived_at=NOW - timedelta(days=1),
    )  # exported long ago: archive page too
    add_doc(demo_app, bak, state="review")
    page = services_as(BOSS).hub.recent_archive(bak, now=NOW)
    assert [r.id for r in page.rows] == [recent, archived]
    assert page.rows[0].age == "30 uur geleden"
    assert page.rows[1].age == "2 dagen geleden"
    ins = admin_id(demo_app, "INS")
    add_doc(demo_app, ins, state="exported", exported_at=NOW - timedelta(minutes=5))
    en = services_as("daan@vdbdewit.nl").hub.recent_archive("INS", now=NOW)  # English user
    assert [r.age for r in en.rows] == ["5 minutes ago"]


@pytest.mark.parametrize(
    ("delta", "nl", "en"),
    [
        (timedelta(seconds=20), "zojuist", "just now"),
        (timedelta(minutes=1), "1 minuut geleden", "1 minute ago"),
        (timedelta(minutes=59), "59 minuten geleden", "59 minutes ago"),
        (timedelta(hours=1), "1 uur geleden", "1 hour ago"),
        (timedelta(hours=30), "30 uur geleden", "30 hours ago"),
        (timedelta(days=2), "2 dagen geleden", "2 days ago"),
        (timedelta(days=15), "2 weken geleden", "2 weeks ago"),
        (timedelta(days=400), "13 maanden geleden", "13 months ago"),
        (timedelta(days=800), "2 jaar geleden", "2 years ago"),
    ],
)
def test_humanize_age(delta, nl, en):
    assert humanize_age(delta) == nl
    assert humanize_age(delta, "en") == en


def test_aanleveraar_sees_received_files_and_archive_only(demo_app, services_as, bak):
    doc = add_doc(demo_app, bak, comments=("open",))
    add_file(demo_app, bak)
    pieter = services_as("pieter@vdbdewit.nl").hub
    assert pieter.received_files(bak).total == 2  # the document's file and the other one
    assert pieter.recent_archive(bak).total == 0
    for call in (
        lambda: pieter.counters(bak),
        lambda: pieter.review_ids(bak, "open"),
        lambda: pieter.rows([doc]),
        lambda: pieter.exports(bak),
        lambda: pieter.export_errors(bak),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_user_cannot_query_administration_not_assigned(demo_app, services_as, bak):
    doc = add_doc(demo_app, bak, comments=("open",))
    fatima = services_as("fatima@vdbdewit.nl").hub  # reviewer of INS and FYS, not BAK
    for call in (
        lambda: fatima.received_files(bak),
        lambda: fatima.counters("BAK"),
        lambda: fatima.review_ids(bak, "open"),
        lambda: fatima.exports(bak),
        lambda: fatima.export_errors(bak),
        lambda: fatima.recent_archive(bak),
    ):
        with pytest.raises(NotFound):
            call()
    assert fatima.rows([doc]) == []  # invisible rows are left out, not leaked
    assert [r.id for r in services_as(BOSS).hub.rows([doc])] == [doc]


def test_invoice_date_sort_and_paging_bounds(demo_app, services_as, bak):
    a = add_doc(demo_app, bak, invoice_date=date(2026, 3, 1))
    b = add_doc(demo_app, bak, invoice_date=date(2026, 1, 1))
    c = add_doc(demo_app, bak, invoice_date=None)
    hub = services_as(BOSS).hub
    assert hub.review_ids(bak, "none", sort="invoice_date") == [b, a, c]
    with pytest.raises(InvalidInput):
        hub.received_files(bak, offset=-1)
