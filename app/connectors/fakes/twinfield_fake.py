"""A local fake of Twinfield for tests and the sandbox, on the shared :class:`FakeServer`.

It plays both of Twinfield's hosts on one port: the login host (OpenID Connect authorization
code flow at ``/auth/authentication/connect/authorize`` that approves at once and redirects,
``/token`` with refresh-token rotation, ``/revocation``, and ``/accesstokenvalidation`` whose
``twf.clusterUrl`` is the fake's own URL) and the cluster: the ProcessXml SOAP service
(:mod:`.twinfield_fake_soap`) and the Finder, Period and Documents services
(:mod:`.twinfield_fake_services`), all checking the ``AccessToken`` and ``CompanyCode``
header. It is seeded from the demo office's Twinfield administrations or from an explicit seed.
Besides the base class's fault injection there are helpers for what tests need: expire access
tokens, revoke refresh tokens, close a period, answer 500s, and store a transaction but answer
too late. Run ``python -m app.connectors.fakes.twinfield_fake`` for a sandbox server.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import secrets
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from app.connectors.fakes import twinfield_fake_services as services
from app.connectors.fakes import twinfield_fake_soap as soap
from app.connectors.fakes.server import FakeRequest, FakeResponse, FakeServer
from app.connectors.fakes.twinfield_fake_data import demo_seed, initial_state

AUTH = "/auth/authentication/connect"
SOAP_SERVICES = {
    "processxml.asmx": soap.process_xml,
    "finder.asmx": services.finder_search,
    "periodservice.svc": services.period_query,
    "documentservice.svc": services.document_upload,
}
TOKEN_INVALID = "Access denied. Token invalid."


class TwinfieldFake(FakeServer):
    """Twinfield login host and cluster on one loopback port."""

    name = "twinfield"

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: Iterable[Any] | None = None,
        state_file: str | Path | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_lifetime: int = 3600,
    ) -> None:
        if host != "127.0.0.1":
            raise ValueError("the fake only listens on 127.0.0.1")
        super().__init__(port=port, state_path=state_file)
        self.state = initial_state(demo_seed() if seed is None else seed)
        self.client_id, self.client_secret = client_id, client_secret
        self.token_lifetime = token_lifetime
        self.route("GET", AUTH + "/authorize", self._authorize)
        self.route("POST", AUTH + "/token", self._token)
        self.route("POST", AUTH + "/revocation", self._revoke)
        self.route("GET", AUTH + "/accesstokenvalidation", self._validate)
        self.route("POST", r"/webservices/(?P<service>[a-z]+\.(?:asmx|svc))", self._soap)

    # ------------------------------------------------------------------ test helpers
    def reset(self, seed: Iterable[Any] | None = None) -> None:
        """Back to a freshly seeded state: no tokens, bookings, faults or request log."""
        with self.lock:
            self.state = initial_state(demo_seed() if seed is None else seed)
            self.requests.clear()
            self.clear_faults()

    @property
    def offices(self) -> dict[str, Any]:
        return self.state["offices"]

    def transactions(self, office: str) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.offices[office]["transactions"])

    def documents(self, office: str) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.offices[office]["documents"])

    def set_period(self, office: str, year: int, period: int, *, closed: bool) -> None:
        with self.lock:
            entry = self.offices[office]["periods"].setdefault(
                f"{year}/{period:02d}", {"closed": closed, "end": f"{year}-{period:02d}-28"}
            )
            entry["closed"] = closed

    def expire_access_tokens(self) -> None:
        with self.lock:
            for entry in self.state["oauth"]["access"].values():
                entry["exp"] = 0

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.state["oauth"]["refresh"].clear()

    def fail_next(self, times: int = 1, status: int = 500, path: str = r"/webservices/") -> None:
        """Answer the next ``times`` matching requests with ``status`` and no work done."""
        self.inject("status", path=path, times=times, status=status, body=b"Server Error")

    def answer_late(self, delay: float, path: str = r"processxml") -> None:
        """Handle (and so store) the next matching request, then wait ``delay`` seconds before
        answering: longer than the client's timeout, the booking exists but the client timed
        out."""
        self.inject("delay_after", path=path, delay=delay)

    # ------------------------------------------------------------------ OAuth / OpenID Connect
    def _authorize(self, req: FakeRequest) -> FakeResponse:
        q = req.query
        redirect = q.get("redirect_uri", "")
        if q.get("response_type") != "code" or not redirect:
            return FakeResponse.text("invalid_request", 400)
        if self.client_id and q.get("client_id") != self.client_id:
            return FakeResponse.text("unauthorized_client", 400)
        code = secrets.token_urlsafe(16)
        self.state["oauth"]["codes"][code] = {
            "client_id": q.get("client_id", ""),
            "redirect_uri": redirect,
            "challenge": q.get("code_challenge", ""),
            "scope": q.get("scope", ""),
        }
        sep = "&" if "?" in redirect else "?"
        return FakeResponse.redirect(
            f"{redirect}{sep}{urlencode({'code': code, 'state': q.get('state', '')})}"
        )

    def _client_ok(self, req: FakeRequest, form: dict[str, str]) -> bool:
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        auth = req.headers.get("authorization", "")
        if auth.lower().startswith("basic "):
            decoded = base64.b64decode(auth[6:]).decode("utf-8")
            client_id, _, secret = decoded.partition(":")
        if self.client_id and client_id != self.client_id:
            return False
        return not (self.client_secret and secret != self.client_secret)

    def _token(self, req: FakeRequest) -> FakeResponse:
        form = req.form()
        if not self._client_ok(req, form):
            return FakeResponse.json({"error": "invalid_client"}, 401)
        oauth = self.state["oauth"]
        grant = form.get("grant_type")
        if grant == "authorization_code":
            entry = oauth["codes"].pop(form.get("code", ""), None)
            if entry is None or entry["redirect_uri"] != form.get("redirect_uri"):
                return FakeResponse.json({"error": "invalid_grant"}, 400)
            if entry["challenge"]:
                digest = hashlib.sha256(form.get("code_verifier", "").encode("ascii")).digest()
                expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
                if expected != entry["challenge"]:
                    return FakeResponse.json({"error": "invalid_grant"}, 400)
            grant_id, scope = secrets.token_hex(8), entry["scope"]
        elif grant == "refresh_token":
            entry = oauth["refresh"].pop(form.get("refresh_token", ""), None)  # rotation
            if entry is None:
                return FakeResponse.json({"error": "invalid_grant"}, 400)
            grant_id, scope = entry["grant"], entry["scope"]
        else:
            return FakeResponse.json({"error": "unsupported_grant_type"}, 400)
        access, refresh = secrets.token_hex(24), secrets.token_hex(24)
        oauth["access"][access] = {"exp": time.time() + self.token_lifetime, "grant": grant_id}
        oauth["refresh"][refresh] = {"grant": grant_id, "scope": scope}
        return FakeResponse.json(
            {
                "access_token": access,
                "refresh_token": refresh,
                "expires_in": self.token_lifetime,
                "token_type": "Bearer",
                "id_token": "fake-id-token",
            }
        )

    def _revoke(self, req: FakeRequest) -> FakeResponse:
        token = req.form().get("token", "")
        oauth = self.state["oauth"]
        entry = oauth["refresh"].pop(token, None) or oauth["access"].pop(token, None)
        if entry is not None:  # revoking a grant ends all its tokens
            for table in (oauth["refresh"], oauth["access"]):
                for key in [k for k, v in table.items() if v["grant"] == entry["grant"]]:
                    del table[key]
        return FakeResponse(200)

    def _access_ok(self, token: str) -> bool:
        entry = self.state["oauth"]["access"].get(token)
        return entry is not None and entry["exp"] > time.time()

    def _validate(self, req: FakeRequest) -> FakeResponse:
        token = req.query.get("token", "")
        if not self._access_ok(token):
            return FakeResponse.json({"Message": "The access token is invalid or expired."}, 400)
        exp = self.state["oauth"]["access"][token]["exp"]
        return FakeResponse.json(
            {
                "iss": self.base_url + "/auth/authentication",
                "aud": self.base_url + "/auth/authentication/resources",
                "exp": int(exp),
                "client_id": self.client_id or "factuurflow",
                "scope": [
                    "openid",
                    "twf.user",
                    "twf.organisation",
                    "twf.organisationUser",
                    "offline_access",
                ],
                "twf.organisationCode": self.state["organisation"],
                "twf.organisationId": "6b2a3c4d-0000-4000-8000-000000000001",
                "twf.organisationUserCode": "FACTUURFLOW",
                "twf.clusterUrl": self.base_url,
            }
        )

    # ------------------------------------------------------------------ SOAP services
    def _soap(self, req: FakeRequest) -> FakeResponse:
        handler = SOAP_SERVICES.get(req.match.group("service") if req.match else "")
        if handler is None:
            return FakeResponse.text("Not found", 404)
        try:
            header, operation = soap.parse_envelope(req.body)
            if not self._access_ok(header.get("AccessToken", "")):
                raise soap.SoapFault(TOKEN_INVALID)
            body = handler(self.state, operation, header.get("CompanyCode", ""))
        except soap.SoapFault as fault:
            return FakeResponse(500, soap.fault_envelope(fault), _XML)
        return FakeResponse(200, body, _XML)


_XML = {"Content-Type": "text/xml; charset=utf-8"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the Twinfield fake (sandbox)")
    parser.add_argument("--port", type=int, default=8770)
    parser.add_argument("--state-file", default=None)
    args = parser.parse_args(argv)
    fake = TwinfieldFake(port=args.port, state_file=args.state_file).start()
    print(f"Twinfield fake on {fake.base_url} (login URL and cluster); Ctrl+C stops it")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
