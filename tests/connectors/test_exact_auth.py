"""Exact Online sign-in and token life cycle over real HTTP against the fake: the PKCE browser
flow through the loopback receiver, refresh-token rotation, automatic refresh before expiry and
after a 401, revocation turning into NeedsSignIn, and tokens never showing up in logs or errors."""

from __future__ import annotations

import logging
import socket
import threading

import pytest
import requests

from app.connectors.base import NeedsSignIn, TransientError
from app.connectors.oauth import SignInCancelled, make_pkce, sign_in, wait_for_redirect

CLIENT_ID, CLIENT_SECRET = "test-client", "test-secret"  # as in conftest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_browser_sign_in_through_loopback_receiver(exact_fake, exact_factory, store):
    redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    conn = exact_factory(redirect_uri=redirect_uri)
    opened: list[str] = []

    def browser(url: str) -> bool:  # follows the fake's redirect to our receiver, like a browser
        opened.append(url)
        threading.Thread(
            target=requests.get, args=(url,), kwargs={"timeout": 5}, daemon=True
        ).start()
        return True

    tokens = sign_in(conn, redirect_uri, timeout=10, open_browser=browser)
    assert "code_challenge_method=S256" in opened[0]
    assert store.get("exact:test@example.nl") == tokens
    assert [a.external_id for a in conn.list_administrations()] == ["100001", "100002"]


def test_no_browser_prints_the_url(exact_fake, exact_factory, store):
    redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    conn = exact_factory(redirect_uri=redirect_uri)
    shown: list[str] = []

    def show(url: str) -> None:
        shown.append(url)
        threading.Thread(
            target=requests.get, args=(url,), kwargs={"timeout": 5}, daemon=True
        ).start()

    sign_in(conn, redirect_uri, timeout=10, open_browser=lambda url: False, show_url=show)
    assert shown and shown[0].startswith(exact_fake.base_url + "/api/oauth2/auth?")
    assert store.get("exact:test@example.nl") is not None


def test_redirect_with_wrong_state_is_refused():
    port = free_port()
    uri = f"http://127.0.0.1:{port}/callback"

    def attacker(_port: int) -> None:
        threading.Thread(
            target=requests.get,
            args=(f"{uri}?code=abc&state=forged",),
            kwargs={"timeout": 5},
            daemon=True,
        ).start()

    with pytest.raises(SignInCancelled, match="state"):
        wait_for_redirect(uri, "the-real-state", timeout=10, ready=attacker)


def test_wrong_code_verifier_is_refused(exact_factory, store):
    conn = exact_factory()
    pkce = make_pkce()
    resp = requests.get(
        conn.authorization_url("s", pkce.challenge), allow_redirects=False, timeout=5
    )
    code = resp.headers["Location"].split("code=")[1].split("&")[0]
    with pytest.raises(NeedsSignIn):
        conn.exchange_code(code, make_pkce().verifier)
    assert store.get("exact:test@example.nl") is None


def test_refresh_rotates_the_refresh_token(connector, store, exact_fake):
    first = store.get("exact:test@example.nl")
    second = connector.refresh(first)
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token
    assert store.get("exact:test@example.nl") == second
    # the old refresh token is single-use: Exact answers invalid_grant
    resp = requests.post(
        exact_fake.base_url + "/api/oauth2/token",
        timeout=5,
        data={
            "grant_type": "refresh_token",
            "refresh_token": first.refresh_token,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
        },
    )
    assert resp.status_code == 400 and resp.json()["error"] == "invalid_grant"


def test_token_about_to_expire_is_refreshed_before_the_call(connector, store, clock, exact_fake):
    before = store.get("exact:test@example.nl")
    clock.advance(575)  # 25 s left: inside Exact's window (new token allowed after 570 s)
    connector.list_administrations()
    after = store.get("exact:test@example.nl")
    assert after.access_token != before.access_token
    assert exact_fake.requests.count(("POST", "/api/oauth2/token")) == 2  # sign-in + refresh


def test_token_with_time_left_is_not_refreshed(connector, store, clock, exact_fake):
    clock.advance(500)
    connector.list_administrations()
    assert exact_fake.requests.count(("POST", "/api/oauth2/token")) == 1


def test_rejected_access_token_is_refreshed_and_the_call_retried(connector, store, exact_fake):
    before = store.get("exact:test@example.nl")
    exact_fake.expire_access_tokens()
    assert len(connector.list_administrations()) == 2
    assert store.get("exact:test@example.nl").refresh_token != before.refresh_token


def test_revoked_refresh_token_needs_sign_in(connector, store, clock, exact_fake):
    exact_fake.revoke_refresh_tokens()
    clock.advance(590)
    with pytest.raises(NeedsSignIn):
        connector.list_administrations()
    assert store.get("exact:test@example.nl") is None
    with pytest.raises(NeedsSignIn):  # and stays so until the user signs in again
        connector.list_administrations()


def test_tokens_never_reach_logs_or_error_messages(
    exact_fake, exact_factory, exact_sign_in, store, clock, caplog
):
    caplog.set_level(logging.DEBUG)
    conn = exact_factory(timeout=1.0)
    exact_sign_in(conn)
    secrets_seen = [store.get("exact:test@example.nl")]
    conn.refresh(secrets_seen[0])
    secrets_seen.append(store.get("exact:test@example.nl"))
    messages = []
    exact_fake.inject("drop_before", method="GET", path="Divisions", times=4)
    with pytest.raises(TransientError) as transient:
        conn.list_administrations()
    messages.append(str(transient.value))
    exact_fake.revoke_refresh_tokens()
    clock.advance(590)
    with pytest.raises(NeedsSignIn) as needs:
        conn.list_administrations()
    messages.append(str(needs.value))
    text = caplog.text + "\n".join(messages) + "".join(repr(t) for t in secrets_seen)
    for tokens in secrets_seen:
        assert tokens.access_token not in text
        assert tokens.refresh_token not in text
    assert CLIENT_SECRET not in text + repr(conn.config)
    assert "POST /api/oauth2/token" in caplog.text or "/api/oauth2/token" in caplog.text
