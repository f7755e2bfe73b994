"""Fixtures for the connector tests: a controllable clock shared by the fake and the client
(sleeping advances it, so rate-limit waits and token expiry take no real time), a seeded Exact
Online fake on loopback, and a connector signed in through the real OAuth redirect flow."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from app.connectors.base import config_from_env
from app.connectors.exact import ExactOnlineConnector
from app.connectors.fakes.exact_fake import ExactFake
from app.connectors.http import HttpClient
from app.connectors.oauth import make_pkce, make_state
from app.connectors.tokens import MemoryTokenStore

DIVISION = 100001
CLIENT_ID, CLIENT_SECRET = "test-client", "test-secret"


class FakeClock:
    def __init__(self) -> None:
        self.now_value = float(int(time.time()) // 60 * 60 + 5)  # 5 s into a minute
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.now_value

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now_value += max(0.0, seconds)

    def advance(self, seconds: float) -> None:
        self.now_value += seconds


def seed() -> dict:
    return {
        "divisions": [
            {
                "code": DIVISION,
                "name": "Bakkerij Test B.V.",
                "kvk": "12345678",
                "vat_number": "NL001234567B01",
                "country": "NL",
                "gl_accounts": [
                    {"code": "1600", "name": "Crediteuren", "kind": "balance"},
                    {"code": "4000", "name": "Inkoop grondstoffen", "kind": "profit_loss"},
                    {"code": "4500", "name": "Kantoorkosten", "kind": "profit_loss"},
                    {
                        "code": "4600",
                        "name": "Oude rekening",
                        "kind": "profit_loss",
                        "blocked": True,
                    },
                    {"code": "8000", "name": "Omzet", "kind": "profit_loss"},
                ],
                "vat_codes": [
                    {
                        "code": "IH",
                        "description": "Inkoop btw hoog 21%",
                        "percentage": "21",
                        "kind": "high",
                        "direction": "purchase",
                    },
                    {
                        "code": "IL",
                        "description": "Inkoop btw laag 9%",
                        "percentage": "9",
                        "kind": "low",
                        "direction": "purchase",
                    },
                    {
                        "code": "IVL",
                        "description": "Inkoop btw verlegd 21%",
                        "percentage": "21",
                        "kind": "reverse_charge",
                        "direction": "purchase",
                    },
                    {
                        "code": "IEU",
                        "description": "Inkoop binnen de EU 21%",
                        "percentage": "21",
                        "kind": "icp",
                        "direction": "purchase",
                    },
                    {
                        "code": "IV",
                        "description": "Inkoop vrijgesteld",
                        "percentage": "0",
                        "kind": "exempt",
                        "direction": "purchase",
                    },
                    {
                        "code": "VH",
                        "description": "Verkoop btw hoog 21%",
                        "percentage": "21",
                        "kind": "high",
                        "direction": "sales",
                    },
                    {
                        "code": "VEX",
                        "description": "Verkoop buiten de EU (export)",
                        "percentage": "0",
                        "kind": "export",
                        "direction": "sales",
                    },
                ],
                "journals": [
                    {"code": "60", "name": "Inkoopboek", "type": "purchase"},
                    {"code": "70", "name": "Verkoopboek", "type": "sales"},
                    {"code": "20", "name": "Bank", "type": "bank"},
                ],
                "relations": [
                    {
                        "code": "2001",
                        "name": "Meelfabriek Noord B.V.",
                        "type": "supplier",
                        "kvk": "87654321",
                        "vat_number": "NL123456789B01",
                        "iban": "NL91ABNA0417164300",
                        "city": "Groningen",
                    },
                    {
                        "code": "2002",
                        "name": "Kantoorhuis B.V.",
                        "type": "supplier",
                        "city": "Utrecht",
                    },
                    {"code": "2003", "name": "Energie Direct", "type": "supplier"},
                    {"code": "2004", "name": "Transport Oost", "type": "supplier"},
                    {
                        "code": "1001",
                        "name": "Hotel De Zon",
                        "type": "customer",
                        "city": "Zwolle",
                        "email": "boekhouding@hoteldezon.nl",
                    },
                    {"code": "1002", "name": "Cafe Het Hoekje", "type": "customer"},
                ],
                "cost_centres": [
                    {"code": "100", "name": "Winkel"},
                    {"code": "200", "name": "Bakkerij"},
                ],
                "projects": [{"code": "P01", "name": "Verbouwing"}],
                "periods": [{"year": 2026, "period": p, "closed": p <= 9} for p in range(1, 13)],
            },
            {"code": 100002, "name": "Tweede Administratie B.V.", "kvk": None},
        ]
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def exact_fake(clock):
    fake = ExactFake(
        seed(), page_size=3, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, clock=clock.now
    ).start()
    yield fake
    fake.stop()


@pytest.fixture
def store() -> MemoryTokenStore:
    return MemoryTokenStore()


def make_connector(
    fake,
    store,
    clock,
    *,
    timeout: float = 5.0,
    redirect_uri: str = "http://127.0.0.1:53682/callback",
) -> ExactOnlineConnector:
    config = config_from_env(
        "exact_online",
        {
            "base_url": fake.base_url,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uri": redirect_uri,
        },
        environ={},
    )
    http = HttpClient(timeout=timeout, backoff=0.01, sleep=clock.sleep, clock=clock.now)
    return ExactOnlineConnector(config, store, "exact:test@example.nl", http=http, clock=clock.now)


def sign_in_with_requests(connector: ExactOnlineConnector):
    """Drive the authorize redirect with requests (no browser) and exchange the code."""
    pkce, state = make_pkce(), make_state()
    resp = requests.get(
        connector.authorization_url(state, pkce.challenge), allow_redirects=False, timeout=5
    )
    assert resp.status_code == 302
    query = parse_qs(urlsplit(resp.headers["Location"]).query)
    assert query["state"] == [state]
    return connector.exchange_code(query["code"][0], pkce.verifier)


@pytest.fixture
def connector(exact_fake, store, clock) -> ExactOnlineConnector:
    conn = make_connector(exact_fake, store, clock)
    sign_in_with_requests(conn)
    return conn


@pytest.fixture
def exact_factory(exact_fake, store, clock):
    """``exact_factory(**kw)`` -> a new, not yet signed-in connector on the fake."""
    return lambda **kw: make_connector(exact_fake, store, clock, **kw)


@pytest.fixture
def exact_sign_in():
    """``exact_sign_in(connector)`` -> Tokens, driving the authorize redirect with requests."""
    return sign_in_with_requests
