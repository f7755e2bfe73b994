"""The Twinfield connector against the Twinfield fake over real HTTP on loopback: sign-in and
cluster discovery, refresh rotation and revocation, offices, master data through the paged
Finder, purchase and sales bookings with their PDF, each refusal with its category, and the
exactly-once path after an answer that came too late."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import date
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from app.connectors.base import (
    Attachment,
    BookingLineData,
    BookingRequest,
    ExportRefused,
    NeedsSignIn,
    TransientError,
    config_from_env,
)
from app.connectors.fakes.twinfield_fake import TwinfieldFake
from app.connectors.fakes.twinfield_fake_data import example_seed
from app.connectors.http import HttpClient
from app.connectors.oauth import make_pkce, sign_in
from app.connectors.tokens import MemoryTokenStore
from app.connectors.twinfield import TwinfieldConnector
from app.connectors.twinfield_soap import SoapClient

CLIENT_ID, CLIENT_SECRET = "factuurflow-test", "s3cret"
PDF = b"%PDF-1.4\n% test invoice\n"


@pytest.fixture(scope="module")
def server():
    fake = TwinfieldFake(seed=example_seed(), client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def fake(server):
    server.reset(example_seed())
    return server


def make_connector(fake, store=None, *, soap_timeout=10.0, **extra):
    overrides = {
        "login_url": fake.base_url,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uri": "http://127.0.0.1:9/callback",
        **extra,
    }
    config = config_from_env("twinfield", overrides=overrides, environ={})
    http = HttpClient(timeout=10.0, sleep=lambda _s: None)
    soap = SoapClient(http.session, timeout=soap_timeout, sleep=lambda _s: None)
    return TwinfieldConnector(
        config, store or MemoryTokenStore(), "twinfield:test", http=http, soap=soap
    )


def browser_sign_in(conn):
    """What the browser does: follow the authorize URL, take the code from the redirect."""
    pkce = make_pkce()
    resp = requests.get(
        conn.authorization_url("st-1", pkce.challenge), allow_redirects=False, timeout=5
    )
    assert resp.status_code == 302
    query = parse_qs(urlsplit(resp.headers["Location"]).query)
    assert query["state"] == ["st-1"]
    return conn.exchange_code(query["code"][0], pkce.verifier)


@pytest.fixture
def conn(fake):
    connector = make_connector(fake)
    browser_sign_in(connector)
    return connector


def purchase(**changes) -> BookingRequest:
    req = BookingRequest(
        kind="purchase",
        journal="INK",
        relation_code="2000",
        invoice_number="2026-0042",
        invoice_date=date(2026, 3, 5),
        due_date=date(2026, 4, 4),
        period=(2026, 3),
        currency="EUR",
        description="Drukwerk maart",
        our_reference="ff-req-0001",
        total_incl_vat=Decimal("172.50"),
        lines=(
            BookingLineData(
                "4000", "Flyers", Decimal("100.00"), "IH", Decimal("21.00"), "100", "P01"
            ),
            BookingLineData("4100", "Huur opslag", Decimal("47.25"), "IL", Decimal("4.25")),
        ),
        attachment=Attachment("2026-0042.pdf", PDF),
    )
    return replace(req, **changes)


# --------------------------------------------------------------------------- sign-in


def test_sign_in_discovers_cluster_and_stores_tokens(fake):
    store = MemoryTokenStore()
    connector = make_connector(fake, store)
    url = connector.authorization_url("abc", make_pkce().challenge)
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(fake.base_url + "/auth/authentication/connect/authorize?")
    assert "offline_access" in query["scope"][0] and "twf.organisation" in query["scope"][0]
    assert query["code_challenge_method"] == ["S256"] and query["nonce"][0]

    tokens = browser_sign_in(connector)

    assert tokens.extra["cluster_url"] == fake.base_url
    assert tokens.extra["organisation"] == "FACTUURFLOW-DEMO"
    assert store.get("twinfield:test").access_token == tokens.access_token


def test_never_signed_in_needs_sign_in(fake):
    with pytest.raises(NeedsSignIn):
        make_connector(fake).list_administrations()


def test_wrong_code_verifier_is_refused(fake):
    connector = make_connector(fake)
    pkce = make_pkce()
    resp = requests.get(
        connector.authorization_url("s", pkce.challenge), allow_redirects=False, timeout=5
    )
    code = parse_qs(urlsplit(resp.headers["Location"]).query)["code"][0]
    with pytest.raises(NeedsSignIn):
        connector.exchange_code(code, make_pkce().verifier)


def test_sign_in_through_the_loopback_receiver(fake):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    redirect = f"http://127.0.0.1:{port}/callback"
    connector = make_connector(fake, redirect_uri=redirect)

    def browser(url: str) -> bool:
        import threading

        threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 5}).start()
        return True

    tokens = sign_in(connector, redirect, timeout=10, open_browser=browser)
    assert tokens.extra["cluster_url"] == fake.base_url


def test_refresh_rotates_the_refresh_token(conn):
    first = conn.keeper.current()
    second = conn.refresh(first)
    assert second.refresh_token != first.refresh_token
    assert second.extra["cluster_url"] == first.extra["cluster_url"]
    with pytest.raises(NeedsSignIn):
        conn.refresh(first)  # the old one was used up


def test_rejected_access_token_is_refreshed_and_retried(conn, fake):
    before = conn.keeper.current()
    fake.expire_access_tokens()
    assert [a.external_id for a in conn.list_administrations()] == ["TF001", "TF002"]
    after = conn.keeper.store.get(conn.keeper.key)
    assert after.access_token != before.access_token
    assert after.refresh_token != before.refresh_token


def test_revoked_refresh_token_needs_sign_in(conn, fake):
    fake.expire_access_tokens()
    fake.revoke_refresh_tokens()
    with pytest.raises(NeedsSignIn):
        conn.list_administrations()
    assert conn.keeper.store.get(conn.keeper.key) is None


def test_sign_out_revokes_at_twinfield(conn, fake):
    refresh_token = conn.keeper.current().refresh_token
    conn.sign_out()
    assert conn.keeper.store.get(conn.keeper.key) is None
    assert refresh_token not in fake.state["oauth"]["refresh"]
    with pytest.raises(NeedsSignIn):
        conn.list_administrations()


# ------------------------------------------------------------------- offices and master data


def test_list_offices(conn):
    offices = conn.list_administrations()
    assert [(o.external_id, o.name) for o in offices] == [
        ("TF001", "Bakkerij De Korenaar B.V."),
        ("TF002", "Garage Van Dijk"),
    ]


def test_master_data_through_paged_finder(fake):
    connector = make_connector(fake, page_size="2")  # every list needs several pages
    browser_sign_in(connector)
    data = connector.fetch_master_data("TF001")

    kinds = {a.code: a.kind for a in data.gl_accounts}
    assert kinds == {
        "1300": "balance",
        "1510": "balance",
        "1600": "balance",
        "4000": "profit_loss",
        "4100": "profit_loss",
        "8000": "profit_loss",
    }
    vat = {v.code: (v.percentage, v.kind, v.direction) for v in data.vat_codes}
    assert vat["IH"] == (Decimal("21"), "high", "purchase")
    assert vat["IL"] == (Decimal("9"), "low", "purchase")
    assert vat["IV"][1] == "reverse_charge"
    assert vat["VH"][2] == "sales"
    assert {j.code: j.type for j in data.journals} == {
        "INK": "purchase",
        "VRK": "sales",
        "BNK": "bank",
        "MEMO": "general",
    }
    relations = {r.code: r for r in data.relations}
    assert set(relations) == {"2000", "2001", "3000", "1000"}
    jansen = relations["2000"]
    assert (jansen.type, jansen.kvk, jansen.vat_number) == (
        "supplier",
        "87654321",
        "NL001234567B01",
    )
    assert jansen.ibans == ("NL91ABNA0417164300",) and jansen.city == "Utrecht"
    assert relations["3000"].type == "both" and relations["3000"].country == "BE"
    assert relations["1000"].type == "customer"
    assert [c.code for c in data.cost_centres] == ["100", "200"]
    assert [p.code for p in data.projects] == ["P01"]
    assert len(data.periods) == 12
    assert data.periods[0].closed and not data.periods[1].closed
    assert data.periods[1].start == date(2026, 2, 1) and data.periods[1].end == date(2026, 2, 28)
    searches = [p for m, p in fake.requests if p.endswith("finder.asmx")]
    assert len(searches) > 12  # more pages than finder types


# --------------------------------------------------------------------------- bookings


def test_purchase_invoice_is_booked_with_its_pdf(conn, fake):
    result = conn.post_booking("TF001", purchase())

    [stored] = fake.transactions("TF001")
    assert (
        result.external_id == f"INK:{stored['number']}" and result.entry_number == stored["number"]
    )
    assert stored["location"] == "final"
    assert stored["header"]["invoicenumber"] == "2026-0042"
    assert stored["header"]["period"] == "2026/03"
    assert stored["header"]["freetext1"] == "ff-req-0001"
    total, flyers, rent = stored["lines"]
    assert (total["dim1"], total["dim2"], total["debitcredit"], total["value"]) == (
        "1600",
        "2000",
        "credit",
        "172.50",
    )
    assert (flyers["dim1"], flyers["dim2"], flyers["dim3"], flyers["vatvalue"]) == (
        "4000",
        "100",
        "P01",
        "21.00",
    )
    assert (rent["debitcredit"], rent["vatcode"]) == ("debit", "IL")
    [doc] = fake.documents("TF001")
    assert result.attachment_id == doc["id"]
    assert (doc["number"], doc["filename"], doc["size"]) == (
        stored["number"],
        "2026-0042.pdf",
        len(PDF),
    )


def test_sales_credit_note_flips_sides(fake):
    connector = make_connector(fake, destiny="temporary")
    browser_sign_in(connector)
    credit = purchase(
        kind="sales",
        journal="VRK",
        relation_code="1000",
        invoice_number="V-7",
        total_incl_vat=Decimal("-60.50"),
        attachment=None,
        lines=(BookingLineData("8000", "Retour", Decimal("-50.00"), "VH", Decimal("-10.50")),),
    )
    result = connector.post_booking("TF001", credit)

    [stored] = fake.transactions("TF001")
    assert stored["location"] == "temporary" and result.attachment_id is None
    total, detail = stored["lines"]
    assert (total["dim1"], total["debitcredit"], total["value"]) == ("1300", "credit", "60.50")
    assert (detail["debitcredit"], detail["value"], detail["vatvalue"]) == (
        "debit",
        "50.00",
        "10.50",
    )


@pytest.mark.parametrize(
    ("changes", "category", "code", "words"),
    [
        (
            {"period": (2026, 1), "invoice_date": date(2026, 1, 9)},
            "document",
            "period_closed",
            "2026/01",
        ),
        ({"relation_code": "9999"}, "relation", "unknown_relation", "9999"),
        ({"total_incl_vat": Decimal("170.00")}, "document", "unbalanced", "balans"),
        ({"journal": "XYZ"}, "document", "unknown_journal", "XYZ"),
    ],
)
def test_refusals_are_mapped_with_their_category(conn, fake, changes, category, code, words):
    with pytest.raises(ExportRefused) as info:
        conn.post_booking("TF001", purchase(**changes))
    assert (info.value.category, info.value.code) == (category, code)
    assert words in info.value.message
    assert fake.transactions("TF001") == [] and fake.documents("TF001") == []


def test_unknown_vat_code_is_a_document_error(conn):
    line = BookingLineData("4000", "x", Decimal("100.00"), "ZZ", Decimal("21.00"))
    with pytest.raises(ExportRefused) as info:
        conn.post_booking("TF001", purchase(lines=(line,), total_incl_vat=Decimal("121.00")))
    assert (info.value.category, info.value.code) == ("document", "unknown_vat_code")


def test_duplicate_invoice_number_per_supplier(conn, fake):
    conn.post_booking("TF001", purchase())
    with pytest.raises(ExportRefused) as info:
        conn.post_booking("TF001", purchase(our_reference="ff-req-0002"))
    assert (info.value.category, info.value.code) == ("document", "duplicate_invoice")
    # the same number from another supplier is fine
    conn.post_booking("TF001", purchase(relation_code="2001", our_reference="ff-req-0003"))
    assert len(fake.transactions("TF001")) == 2


@pytest.mark.parametrize("lost", ["late", "dropped"])
def test_answer_lost_after_store_then_find_booking_finds_it(fake, lost):
    connector = make_connector(fake, soap_timeout=0.5)
    browser_sign_in(connector)
    if lost == "late":
        fake.answer_late(delay=3.0)  # stored, answered after the client's 0.5 s timeout
    else:
        fake.inject("drop_after", path="processxml")  # stored, connection closed unanswered
    with pytest.raises(TransientError):
        connector.post_booking("TF001", purchase())
    [stored] = fake.transactions("TF001")  # it did arrive
    assert fake.documents("TF001") == []

    found = connector.find_booking("TF001", purchase())

    assert found is not None and found.entry_number == stored["number"]
    assert found.external_id == f"INK:{stored['number']}"
    [doc] = fake.documents("TF001")
    assert found.attachment_id == doc["id"]


def test_find_booking_ignores_other_bookings(conn):
    assert conn.find_booking("TF001", purchase()) is None
    conn.post_booking("TF001", purchase(attachment=None))
    assert conn.find_booking("TF001", purchase(our_reference="someone-else")) is None
    assert conn.find_booking("TF001", purchase(relation_code="2001")) is None


def test_server_error_on_a_read_is_retried(conn, fake):
    fake.fail_next(times=2)
    assert len(conn.list_administrations()) == 2


def test_server_error_on_a_post_is_transient_and_books_nothing(conn, fake):
    fake.fail_next(times=1, path="processxml")
    with pytest.raises(TransientError):
        conn.post_booking("TF001", purchase())
    assert fake.transactions("TF001") == []
    assert conn.find_booking("TF001", purchase()) is None
