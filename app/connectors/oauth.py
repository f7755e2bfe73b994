"""OAuth 2.0 authorization-code sign-in for desktop use: PKCE (S256) verifier/challenge and state,
building the authorization URL, a one-shot loopback receiver for the redirect
(:func:`wait_for_redirect`, a tiny ``http.server`` on the redirect URI's port that checks the
state) and :func:`sign_in`, which opens the system browser (or prints the URL when no browser can
be opened), waits for the code and lets the connector exchange it for tokens.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from app.connectors.base import Connector, NeedsSignIn, Tokens
from app.errors import UserFacingError


@dataclass(frozen=True)
class PkcePair:
    verifier: str
    challenge: str


def make_pkce() -> PkcePair:
    """A fresh code verifier (43+ chars) and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)[:96]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return PkcePair(verifier, challenge)


def make_state() -> str:
    return secrets.token_urlsafe(24)


def build_authorization_url(
    auth_url: str,
    client_id: str,
    redirect_uri: str,
    state: str,
    code_challenge: str,
    **extra: str,
) -> str:
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
        **extra,
    }
    sep = "&" if "?" in auth_url else "?"
    return auth_url + sep + urlencode(params)


class SignInCancelled(UserFacingError):
    """The browser sign-in failed, was refused or timed out."""


_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Factuurflow</title></head>"
    "<body style='font-family:sans-serif'><h2>{title}</h2><p>{text}</p></body></html>"
)


def wait_for_redirect(
    redirect_uri: str,
    state: str,
    timeout: float = 300.0,
    ready: Callable[[int], None] | None = None,
) -> str:
    """Serve the redirect URI's host/port once and return the authorization code.

    Requests to other paths are answered 404 and ignored; a wrong state or an ``error``
    parameter ends the wait with :class:`SignInCancelled`. ``ready(port)`` is called once the
    socket listens (port 0 in the redirect URI picks a free one; useful in tests).
    """
    parts = urlsplit(redirect_uri)
    host = parts.hostname or "127.0.0.1"
    port = parts.port or 80
    path = parts.path or "/"
    result: dict[str, Any] = {}
    done = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # the query string carries the code; never log it

        def do_GET(self) -> None:
            req = urlsplit(self.path)
            if req.path != path:
                self._reply(404, "Niet gevonden", "")
                return
            query = {k: v[-1] for k, v in parse_qs(req.query).items()}
            if query.get("state") != state:
                result["error"] = "De aanmelding is geweigerd (onjuiste state)."
            elif "error" in query:
                result["error"] = f"Aanmelden mislukt: {query.get('error')}"
            elif not query.get("code"):
                result["error"] = "Aanmelden mislukt: geen autorisatiecode ontvangen."
            else:
                result["code"] = query["code"]
            if "code" in result:
                self._reply(
                    200, "Aangemeld", "U kunt dit venster sluiten en terug naar Factuurflow."
                )
            else:
                self._reply(400, "Aanmelden mislukt", result["error"])
            done.set()

        def _reply(self, status: int, title: str, text: str) -> None:
            body = _PAGE.format(title=title, text=text).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    try:
        server = HTTPServer((host, port), Handler)
    except OSError as exc:
        raise SignInCancelled(
            f"Kan de aanmelding niet ontvangen op {host}:{port} ({exc.strerror or exc}); "
            "is Factuurflow al aan het aanmelden?"
        ) from None
    server.timeout = 0.2
    try:
        if ready:
            ready(server.server_address[1])
        deadline = threading.Event()
        timer = threading.Timer(timeout, deadline.set)
        timer.daemon = True
        timer.start()
        try:
            while not done.is_set() and not deadline.is_set():
                server.handle_request()
        finally:
            timer.cancel()
    finally:
        server.server_close()
    if "code" in result:
        return result["code"]
    raise SignInCancelled(result.get("error", "Aanmelden is niet op tijd afgerond."))


def sign_in(
    connector: Connector,
    redirect_uri: str,
    timeout: float = 300.0,
    open_browser: Callable[[str], bool] = webbrowser.open,
    show_url: Callable[[str], None] = lambda url: print(
        f"Open deze link in uw browser om aan te melden:\n{url}", flush=True
    ),
) -> Tokens:
    """Run the whole browser sign-in; the connector stores and returns the tokens."""
    pkce = make_pkce()
    state = make_state()
    url = connector.authorization_url(state, pkce.challenge)

    def _open(_port: int) -> None:
        try:
            opened = open_browser(url)
        except Exception:  # webbrowser raises various errors on headless systems
            opened = False
        if not opened:
            show_url(url)

    code = wait_for_redirect(redirect_uri, state, timeout, ready=_open)
    try:
        return connector.exchange_code(code, pkce.verifier)
    except NeedsSignIn as exc:
        raise SignInCancelled(str(exc)) from None
