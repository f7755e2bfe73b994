"""A local fake of Exact Online's OAuth 2.0 and REST API (``/api/v1/{division}/...``) for tests
and the sandbox. It auto-approves the authorize step (redirecting with ``code`` and ``state``),
issues 10-minute access tokens (``expires_in`` "600") and single-use rotating refresh tokens,
answers the read resources with Exact's ``{"d": {"results": [...], "__next": url}}`` paging
(``$filter``/``$select``/``$skiptoken``), enforces a per-minute and daily call limit with 429
and Exact's ``X-RateLimit-*`` headers (resets in epoch milliseconds), and books purchase and
sales entries, documents and attachments (:mod:`.exact_fake_books`). Tests steer it with
:meth:`revoke_refresh_tokens`, :meth:`expire_access_tokens`, :meth:`close_period` and the
fault injection of :class:`~app.connectors.fakes.server.FakeServer`. Like Exact, it derives an
entry's total from its lines (the header ``AmountFC`` is read-only), so it has no "unbalanced"
refusal: the connector must catch that before sending.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from app.connectors.fakes import exact_fake_books as books
from app.connectors.fakes.exact_fake_data import build_state, minimal_seed, seed_from_demo
from app.connectors.fakes.odata import (
    ODataError,
    apply_select,
    compile_filter,
    parse_skiptoken,
    to_exact_date,
)
from app.connectors.fakes.server import FakeRequest, FakeResponse, FakeServer

RESOURCES = {
    ("financial", "GLAccounts"),
    ("vat", "VATCodes"),
    ("financial", "Journals"),
    ("crm", "Accounts"),
    ("crm", "BankAccounts"),
    ("hrm", "Costcenters"),
    ("project", "Projects"),
    ("financial", "FinancialPeriods"),
    ("purchaseentry", "PurchaseEntries"),
    ("salesentry", "SalesEntries"),
    ("documents", "Documents"),
    ("documents", "DocumentAttachments"),
}
_KEYS = {"PurchaseEntries": "EntryID", "SalesEntries": "EntryID"}
_DATE_FIELDS = {"EntryDate", "DueDate", "StartDate", "EndDate", "DocumentDate", "Created"}


class ExactFake(FakeServer):
    """Exact Online on 127.0.0.1; see the module docstring. ``clock`` drives token expiry and
    rate-limit windows so tests can move time without sleeping."""

    name = "exact"

    def __init__(
        self,
        seed: dict[str, Any] | None = None,
        *,
        port: int = 0,
        state_path: str | Path | None = None,
        page_size: int = 60,
        calls_per_minute: int = 60,
        calls_per_day: int = 5000,
        client_id: str = "factuurflow-sandbox",
        client_secret: str = "sandbox-secret",
        token_lifetime: int = 600,
        clock: Callable[[], float] = time.time,
    ):
        super().__init__(port=port, state_path=state_path)
        self.page_size = page_size
        self.calls_per_minute = calls_per_minute
        self.calls_per_day = calls_per_day
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_lifetime = token_lifetime
        self.clock = clock
        self.state = build_state(seed or seed_from_demo() or minimal_seed())
        self.state["oauth"] = {"codes": {}, "access": {}, "refresh": {}}
        self._window = {"minute_end": 0.0, "minute_used": 0, "day_end": 0.0, "day_used": 0}
        self.route("GET", r"/api/oauth2/auth", self._authorize)
        self.route("POST", r"/api/oauth2/token", self._token)
        self.route("GET", r"/api/v1/current/Me", self._me)
        self.route("GET", r"/api/v1/(\d+)/system/(Divisions|AllDivisions)", self._divisions)
        self.route("GET", r"/api/v1/(\d+)/(\w+)/(\w+)", self._collection)
        self.route("POST", r"/api/v1/(\d+)/(\w+)/(\w+)", self._create)

    # ------------------------------------------------------------------ test controls
    def data(self, division: int | str) -> dict[str, list[dict[str, Any]]]:
        return self.state["data"][str(division)]

    @property
    def division_codes(self) -> list[int]:
        return [int(k) for k in self.state["divisions"]]

    def close_period(self, division: int | str, year: int, period: int) -> None:
        with self.lock:
            self.state["closed_periods"][str(division)].append([year, period])

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.state["oauth"]["refresh"].clear()

    def expire_access_tokens(self) -> None:
        with self.lock:
            for info in self.state["oauth"]["access"].values():
                info["expires_at"] = 0

    def attachment_bytes(self, division: int | str, document_id: str) -> list[tuple[str, bytes]]:
        return [
            (a["FileName"], base64.b64decode(a["Attachment"]))
            for a in self.data(division)["DocumentAttachments"]
            if a["Document"] == document_id.lower()
        ]

    # ------------------------------------------------------------------ OAuth
    def _authorize(self, req: FakeRequest) -> FakeResponse:
        q = req.query
        if q.get("client_id") != self.client_id or q.get("response_type") != "code":
            return FakeResponse.text("invalid client_id or response_type", 400)
        if not q.get("redirect_uri"):
            return FakeResponse.text("missing redirect_uri", 400)
        code = secrets.token_urlsafe(24)
        self.state["oauth"]["codes"][code] = {
            "redirect_uri": q["redirect_uri"],
            "challenge": q.get("code_challenge"),
            "expires_at": self.clock() + 600,
        }
        params = {"code": code, **({"state": q["state"]} if "state" in q else {})}
        sep = "&" if "?" in q["redirect_uri"] else "?"
        return FakeResponse.redirect(q["redirect_uri"] + sep + urlencode(params))

    def _token(self, req: FakeRequest) -> FakeResponse:
        form = req.form()
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return FakeResponse.json({"error": "invalid_client"}, 401)
        oauth = self.state["oauth"]
        grant = form.get("grant_type")
        if grant == "authorization_code":
            info = oauth["codes"].pop(form.get("code", ""), None)
            if not info or info["expires_at"] < self.clock():
                return _grant_error("authorization code invalid or expired")
            if info["redirect_uri"] != form.get("redirect_uri"):
                return _grant_error("redirect_uri mismatch")
            if info["challenge"] and _s256(form.get("code_verifier", "")) != info["challenge"]:
                return _grant_error("code_verifier does not match code_challenge")
        elif grant == "refresh_token":
            if oauth["refresh"].pop(form.get("refresh_token", ""), None) is None:
                return _grant_error("refresh token invalid, expired or revoked")
        else:
            return FakeResponse.json({"error": "unsupported_grant_type"}, 400)
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        oauth["access"][access] = {"expires_at": self.clock() + self.token_lifetime}
        oauth["refresh"][refresh] = {"issued_at": self.clock()}
        return FakeResponse.json(
            {
                "access_token": access,
                "token_type": "bearer",
                "expires_in": str(self.token_lifetime),
                "refresh_token": refresh,
            },
            headers={"Cache-Control": "no-store"},
        )

    # ------------------------------------------------------------------ API plumbing
    def dispatch(self, req: FakeRequest) -> FakeResponse:
        if not req.path.startswith("/api/v1/"):
            return super().dispatch(req)
        with self.lock:
            token = req.headers.get("authorization", "")[len("Bearer ") :]
            info = self.state["oauth"]["access"].get(token)
            if not token or info is None or info["expires_at"] <= self.clock():
                status, body = books.error("Access token is invalid or expired.", 401)
                return FakeResponse.json(body, status, {"WWW-Authenticate": "Bearer"})
            limited, headers = self._count_call()
        if limited:
            status, body = books.error("API rate limit exceeded.", 429)
            return FakeResponse.json(body, status, headers)
        resp = super().dispatch(req)
        resp.headers.update(headers)
        return resp

    def _count_call(self) -> tuple[bool, dict[str, str]]:
        now, w = self.clock(), self._window
        if now >= w["minute_end"]:
            w["minute_end"], w["minute_used"] = (int(now // 60) + 1) * 60.0, 0
        if now >= w["day_end"]:
            w["day_end"], w["day_used"] = (int(now // 86400) + 1) * 86400.0, 0
        limited = w["minute_used"] >= self.calls_per_minute or w["day_used"] >= self.calls_per_day
        if not limited:
            w["minute_used"] += 1
            w["day_used"] += 1
        headers = {
            "X-RateLimit-Limit": str(self.calls_per_day),
            "X-RateLimit-Remaining": str(max(0, self.calls_per_day - w["day_used"])),
            "X-RateLimit-Reset": str(int(w["day_end"] * 1000)),
            "X-RateLimit-Minutely-Limit": str(self.calls_per_minute),
            "X-RateLimit-Minutely-Remaining": str(max(0, self.calls_per_minute - w["minute_used"])),
            "X-RateLimit-Minutely-Reset": str(int(w["minute_end"] * 1000)),
        }
        return limited, headers

    def _division_data(self, req: FakeRequest) -> dict[str, list[dict]] | None:
        assert req.match is not None
        return self.state["data"].get(req.match.group(1))

    def _me(self, req: FakeRequest) -> FakeResponse:
        return FakeResponse.json(
            {
                "d": {
                    "results": [
                        {
                            "CurrentDivision": self.state["current_division"],
                            "FullName": "Sandbox Gebruiker",
                            "UserID": "00000000-0000-0000-0000-000000000001",
                            "UserName": "sandbox",
                            "__metadata": {
                                "uri": f"{self.base_url}/api/v1/current/Me(guid'0')",
                                "type": "Exact.Web.Api.System.Me",
                            },
                        }
                    ]
                }
            }
        )

    def _divisions(self, req: FakeRequest) -> FakeResponse:
        if self._division_data(req) is None:
            return _not_found(req)
        rows = [dict(d) for d in self.state["divisions"].values()]
        return self._page(req, rows, "Code", "Divisions")

    def _collection(self, req: FakeRequest) -> FakeResponse:
        assert req.match is not None
        data, service, name = self._division_data(req), req.match.group(2), req.match.group(3)
        if data is None or (service, name) not in RESOURCES:
            return _not_found(req)
        rows = data[name]
        if name == "DocumentAttachments":
            rows = [{k: v for k, v in r.items() if k != "Attachment"} for r in rows]
        return self._page(req, rows, _KEYS.get(name, "ID"), name)

    def _page(self, req: FakeRequest, rows: list[dict], key: str, type_name: str) -> FakeResponse:
        try:
            keep = compile_filter(req.query.get("$filter"))
            selected = [r for r in rows if keep(r)]
        except ODataError as exc:
            return FakeResponse.json(books.error(str(exc))[1], 400)
        selected.sort(key=lambda r: r[key])
        after = parse_skiptoken(req.query.get("$skiptoken"))
        if after is not None:
            selected = (
                [r for r in selected if str(r[key]).lower() > after.lower()]
                if key != "Code"
                else [r for r in selected if int(r[key]) > int(after)]
            )
        size = min(self.page_size, int(req.query.get("$top") or self.page_size))
        page, more = selected[:size], len(selected) > size and "$top" not in req.query
        results = []
        for row in page:
            out = {k: (to_exact_date(v) if k in _DATE_FIELDS and v else v) for k, v in row.items()}
            out = apply_select(out, req.query.get("$select"))
            ident = f"guid'{row[key]}'" if key != "Code" else str(row[key])
            out["__metadata"] = {
                "uri": f"{self.base_url}{req.path}({ident})",
                "type": f"Exact.Web.Api.Models.{type_name}",
            }
            results.append(out)
        d: dict[str, Any] = {"results": results}
        if more:
            last = page[-1][key]
            query = {k: v for k, v in req.query.items() if k != "$skiptoken"}
            query["$skiptoken"] = f"guid'{last}'" if key != "Code" else str(last)
            d["__next"] = f"{self.base_url}{req.path}?{urlencode(query)}"
        return FakeResponse.json({"d": d})

    def _create(self, req: FakeRequest) -> FakeResponse:
        assert req.match is not None
        div, service, name = req.match.groups()
        data = self._division_data(req)
        if data is None:
            return _not_found(req)
        try:
            body = req.json()
        except ValueError:
            return FakeResponse.json(books.error("Ongeldige JSON.")[1], 400)
        now = datetime.fromtimestamp(self.clock(), UTC).replace(tzinfo=None)
        counters = self.state["counters"][div]
        if (service, name) == ("purchaseentry", "PurchaseEntries"):
            status, out = books.post_entry(
                "purchase", data, self.state["closed_periods"][div], counters, body, now
            )
        elif (service, name) == ("salesentry", "SalesEntries"):
            status, out = books.post_entry(
                "sales", data, self.state["closed_periods"][div], counters, body, now
            )
        elif (service, name) == ("documents", "Documents"):
            status, out = books.post_document(data, counters, body, now)
        elif (service, name) == ("documents", "DocumentAttachments"):
            status, out = books.post_attachment(data, body, self.base_url)
        else:
            return _not_found(req)
        if status == 201 and isinstance(out.get("d"), dict):
            out = {
                "d": {
                    k: (to_exact_date(v) if k in _DATE_FIELDS and v else v)
                    for k, v in out["d"].items()
                }
            }
        return FakeResponse.json(out, status)


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _grant_error(description: str) -> FakeResponse:
    return FakeResponse.json({"error": "invalid_grant", "error_description": description}, 400)


def _not_found(req: FakeRequest) -> FakeResponse:
    status, body = books.error(f"Resource not found: {req.path}", 404)
    return FakeResponse.json(body, status)
