"""The connector framework without a package: configuration from settings and environment,
the package registry, token stores (keyring as one JSON entry), the refresh-when-expiring rule,
PKCE, and the HTTP layer's retry rules (never a blind POST retry) against a tiny local server."""

from __future__ import annotations

import re
import socket

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.connectors import PACKAGES, get_connector
from app.connectors.base import NeedsSignIn, Tokens, TransientError, config_from_env
from app.connectors.exact import ExactOnlineConnector
from app.connectors.fakes.server import FakeResponse, FakeServer
from app.connectors.http import HttpClient, follow_pages
from app.connectors.oauth import build_authorization_url, make_pkce
from app.connectors.registry import PackageNotAvailable
from app.connectors.tokens import KeyringTokenStore, MemoryTokenStore, TokenKeeper


def test_config_defaults_environment_and_overrides():
    cfg = config_from_env("exact_online", environ={})
    assert cfg.base_url == "https://start.exactonline.nl"
    assert cfg.auth_url == "https://start.exactonline.nl/api/oauth2/auth"
    assert cfg.token_url == "https://start.exactonline.nl/api/oauth2/token"
    env = {
        "FACTUURFLOW_EXACT_URL": "http://127.0.0.1:9000/",
        "FACTUURFLOW_EXACT_CLIENT_ID": "cid",
        "FACTUURFLOW_EXACT_CLIENT_SECRET": "s3cr3t",
        "FACTUURFLOW_EXACT_REDIRECT_URI": "http://127.0.0.1:1/cb",
    }
    cfg = config_from_env("exact_online", environ=env)
    assert (cfg.base_url, cfg.client_id, cfg.client_secret) == (
        "http://127.0.0.1:9000",
        "cid",
        "s3cr3t",
    )
    assert cfg.token_url == "http://127.0.0.1:9000/api/oauth2/token"  # follows the base URL
    assert "s3cr3t" not in repr(cfg)
    cfg = config_from_env("exact_online", {"client_id": "from-settings"}, environ=env)
    assert cfg.client_id == "from-settings"
    tw = config_from_env(
        "twinfield", environ={"FACTUURFLOW_TWINFIELD_LOGIN_URL": "http://127.0.0.1:2"}
    )
    assert tw.extra["login_url"] == "http://127.0.0.1:2"
    assert tw.auth_url.startswith("http://127.0.0.1:2/")
    with pytest.raises(ValueError):
        config_from_env("quickbooks", environ={})


def test_registry_lists_all_eight_packages_and_builds_exact():
    assert [p.key for p in PACKAGES] == [
        "exact_online",
        "twinfield",
        "afas",
        "accountview",
        "unit4",
        "visma_eaccounting",
        "visma_net",
        "snelstart",
    ]
    assert {p.key for p in PACKAGES if p.implemented} == {"exact_online", "twinfield"}
    conn = get_connector(
        "exact_online", config_from_env("exact_online", environ={}), MemoryTokenStore(), "exact:a"
    )
    assert isinstance(conn, ExactOnlineConnector) and conn.package == "exact_online"
    with pytest.raises(PackageNotAvailable, match="AFAS Online is nog niet beschikbaar"):
        get_connector("afas", config_from_env("afas", environ={}), MemoryTokenStore(), "afas:a")
    with pytest.raises(PackageNotAvailable):
        get_connector(
            "quickbooks", config_from_env("exact_online", environ={}), MemoryTokenStore(), "x"
        )


class _DictKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


def test_keyring_store_keeps_the_whole_tokens_as_one_entry():
    previous = keyring.get_keyring()
    backend = _DictKeyring()
    keyring.set_keyring(backend)
    try:
        store = KeyringTokenStore()
        tokens = Tokens("acc", "ref", 123.0, {"cluster": "https://eu.example"})
        store.set("twinfield:a", tokens)
        assert list(backend.entries) == [("factuurflow", "twinfield:a")]
        assert store.get("twinfield:a") == tokens
        store.delete("twinfield:a")
        store.delete("twinfield:a")  # deleting twice is fine
        assert store.get("twinfield:a") is None
    finally:
        keyring.set_keyring(previous)


def test_token_keeper_refreshes_only_inside_the_margin():
    store, now = MemoryTokenStore(), [1000.0]
    calls: list[str] = []

    def refresh(t: Tokens) -> Tokens:
        calls.append(t.refresh_token)
        return Tokens("acc2", "ref2", now[0] + 600)

    keeper = TokenKeeper(store, "k", refresh, clock=lambda: now[0])
    with pytest.raises(NeedsSignIn):
        keeper.current()
    store.set("k", Tokens("acc1", "ref1", 1100.0))
    assert keeper.current().access_token == "acc1" and calls == []  # 100 s left
    now[0] = 1041.0  # 59 s left
    assert keeper.current().access_token == "acc2" and calls == ["ref1"]
    assert store.get("k").refresh_token == "ref2"


def test_token_keeper_forgets_tokens_the_package_rejected():
    store = MemoryTokenStore()
    store.set("k", Tokens("acc", "ref", 1.0))

    def refresh(t: Tokens) -> Tokens:
        raise NeedsSignIn("invalid_grant")

    with pytest.raises(NeedsSignIn):
        TokenKeeper(store, "k", refresh, clock=lambda: 100.0).current()
    assert store.get("k") is None


def test_pkce_and_authorization_url():
    pair = make_pkce()
    assert 43 <= len(pair.verifier) <= 128 and re.fullmatch(r"[A-Za-z0-9_-]+", pair.verifier)
    assert (
        re.fullmatch(r"[A-Za-z0-9_-]{43}", pair.challenge)
        and pair.challenge != make_pkce().challenge
    )
    url = build_authorization_url(
        "http://h/auth", "cid", "http://127.0.0.1:1/cb", "st", pair.challenge
    )
    assert "code_challenge_method=S256" in url and "state=st" in url and "response_type=code" in url


@pytest.fixture
def echo_server():
    server = FakeServer()
    server.route("GET", r"/items", lambda req: FakeResponse.json({"ok": True}))
    server.route("POST", r"/items", lambda req: FakeResponse.json({"created": True}, 201))
    server.start()
    yield server
    server.stop()


def _client(sleeps: list[float], **kw) -> HttpClient:
    return HttpClient(backoff=0.01, sleep=sleeps.append, **kw)


def test_post_with_unknown_outcome_is_not_retried(echo_server):
    sleeps: list[float] = []
    echo_server.inject("drop_after", method="POST", path="/items")
    with pytest.raises(TransientError, match="onbekend"):
        _client(sleeps).request("POST", echo_server.base_url + "/items", json={})
    assert echo_server.requests.count(("POST", "/items")) == 1 and sleeps == []


def test_post_answered_with_5xx_is_not_retried(echo_server):
    echo_server.inject("status", method="POST", path="/items", status=502)
    with pytest.raises(TransientError):
        _client([]).request("POST", echo_server.base_url + "/items", json={})
    assert echo_server.requests.count(("POST", "/items")) == 1


def test_get_is_retried_after_dropped_connections(echo_server):
    sleeps: list[float] = []
    echo_server.inject("drop_before", method="GET", times=2)
    resp = _client(sleeps).request("GET", echo_server.base_url + "/items")
    assert resp.json() == {"ok": True} and sleeps == [0.01, 0.02]


def test_post_that_never_reached_the_server_is_retried():
    with socket.socket() as s:  # a port nobody listens on: connection refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleeps: list[float] = []
    with pytest.raises(TransientError, match="niet bereikbaar"):
        _client(sleeps, max_retries=2).request("POST", f"http://127.0.0.1:{port}/items", json={})
    assert sleeps == [0.01, 0.02]


def test_follow_pages_reads_to_the_end_and_stops_on_a_repeated_link():
    pages = {"p1": ([1, 2], "p2"), "p2": ([3], "p3"), "p3": ([4], "p2")}
    seen_params = []

    def get(url, params):
        seen_params.append(params)
        return url

    assert list(follow_pages(get, "p1", lambda key: pages[key], {"$select": "ID"})) == [1, 2, 3, 4]
    assert seen_params == [{"$select": "ID"}, None, None]


def test_missing_keyring_is_a_clear_error_without_the_token():
    from keyring.backends.fail import Keyring as FailKeyring

    from app.connectors.base import ConnectorError

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(ConnectorError, match="wachtwoordbeheer") as err:
            KeyringTokenStore().set("exact:a", Tokens("very-secret-access", "very-secret-refresh"))
        assert "very-secret" not in str(err.value)
    finally:
        keyring.set_keyring(previous)


def test_redirect_port_in_use_is_a_clear_error():
    from app.connectors.oauth import SignInCancelled, wait_for_redirect

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(SignInCancelled, match=str(port)):
            wait_for_redirect(f"http://127.0.0.1:{port}/callback", "state", timeout=1)


def test_export_refused_keeps_category_and_code_when_pickled():
    import pickle

    from app.connectors.base import ExportRefused

    err = pickle.loads(
        pickle.dumps(
            ExportRefused("Boekperiode 2017/01 is afgesloten.", "document", "period_closed")
        )
    )
    assert (str(err), err.category, err.code) == (
        "Boekperiode 2017/01 is afgesloten.",
        "document",
        "period_closed",
    )
