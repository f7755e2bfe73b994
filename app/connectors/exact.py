"""The Exact Online connector: OAuth 2.0 sign-in and rotating refresh tokens, the division list
(``current/Me`` + ``system/Divisions``), the master-data sync (GL accounts, VAT codes, journals,
accounts with their bank accounts, cost centres, projects, financial periods) and the REST
plumbing (fresh token per call, one refresh-and-retry on 401, ``__next`` paging, Exact's error
shape). Booking exactly once lives in :mod:`.exact_booking`, record mapping in
:mod:`.exact_mapping`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from app.connectors import exact_mapping as m
from app.connectors.base import (
    ConnectorConfig,
    ConnectorError,
    MasterData,
    NeedsSignIn,
    RemoteAdministration,
    Tokens,
)
from app.connectors.exact_booking import ExactBookings
from app.connectors.http import HttpClient, follow_pages
from app.connectors.oauth import build_authorization_url
from app.connectors.tokens import TokenKeeper, TokenStore

log = logging.getLogger(__name__)

# Exact's fair-use rule: a new access token only after 570 s of its 600 s life, so refresh
# when it expires within 30 s (not the framework's default 60 s, which would be too early).
EXACT_REFRESH_MARGIN = 30.0


class ExactOnlineConnector(ExactBookings):
    """Exact Online for one signed-in account; ``external_id`` is the division code."""

    package = "exact_online"

    def __init__(
        self,
        config: ConnectorConfig,
        token_store: TokenStore,
        account_key: str,
        *,
        http: HttpClient | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.http = http or HttpClient(clock=clock)
        self.clock = clock
        self.keeper = TokenKeeper(
            token_store, account_key, self._refresh_grant, clock, EXACT_REFRESH_MARGIN
        )

    # ------------------------------------------------------------------ OAuth
    def authorization_url(self, state: str, code_challenge: str) -> str:
        c = self.config
        return build_authorization_url(
            c.auth_url, c.client_id, c.redirect_uri, state, code_challenge
        )

    def exchange_code(self, code: str, code_verifier: str) -> Tokens:
        tokens = self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": self.config.redirect_uri,
                "code_verifier": code_verifier,
            }
        )
        self.keeper.save(tokens)
        return tokens

    def refresh(self, tokens: Tokens) -> Tokens:
        """Refresh now and store the rotated tokens (invalid_grant -> NeedsSignIn)."""
        return self.keeper.refresh_now(tokens)

    def _refresh_grant(self, tokens: Tokens) -> Tokens:
        return self._token_request(
            {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
        )

    def _token_request(self, form: dict[str, str]) -> Tokens:
        form = {
            **form,
            "client_id": self.config.client_id,
            "client_secret": self.config.client_secret,
        }
        resp = self.http.request(
            "POST", self.config.token_url, data=form, headers={"Accept": "application/json"}
        )
        try:
            payload = resp.json()
        except ValueError:
            payload = {}
        if resp.status_code == 400 and payload.get("error") == "invalid_grant":
            raise NeedsSignIn(
                "De aanmelding bij Exact Online is verlopen of ingetrokken; meld opnieuw aan."
            )
        if resp.status_code in (400, 401):
            raise ConnectorError(
                f"Exact Online weigerde de aanmelding ({payload.get('error')}); "
                "controleer client-id, secret en redirect-URI."
            )
        if not resp.ok or "access_token" not in payload:
            raise ConnectorError(f"Exact Online gaf geen tokens (HTTP {resp.status_code}).")
        # expires_in arrives as a string ("600").
        expires_in = float(payload.get("expires_in") or 600)
        return Tokens(
            payload["access_token"], payload.get("refresh_token", ""), self.clock() + expires_in
        )

    # ------------------------------------------------------------------ REST plumbing
    def _url(self, path: str) -> str:
        return path if path.startswith("http") else f"{self.config.base_url}/api/v1/{path}"

    def _call(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        """One API call with a fresh token; a 401 refreshes once and retries (safe even for a
        POST: a 401 is answered before anything is processed)."""
        for attempt in (1, 2):
            tokens = self.keeper.current()
            headers = {
                "Authorization": f"Bearer {tokens.access_token}",
                "Accept": "application/json",
            }
            resp = self.http.request(
                method, self._url(path), headers=headers, params=params, json=json
            )
            if resp.status_code == 401 and attempt == 1:
                self.keeper.force_refresh(tokens.access_token)
                continue
            break
        try:
            payload = resp.json() if resp.content else {}
        except ValueError:
            payload = {}
        if resp.ok:
            return payload
        message = m.error_message(payload, f"HTTP {resp.status_code}")
        if resp.status_code == 401:
            raise NeedsSignIn("Exact Online accepteert de aanmelding niet meer; meld opnieuw aan.")
        if resp.status_code == 400 and method == "POST":
            raise m.refusal(message)
        if resp.status_code == 403:
            raise ConnectorError(f"Geen toegang tot deze Exact-administratie: {message}")
        raise ConnectorError(f"Exact Online: {message} (HTTP {resp.status_code})")

    def _get_all(self, path: str, select: str, filter: str | None = None) -> list[dict]:
        params = {"$select": select}
        if filter:
            params["$filter"] = filter

        def parse(payload: Any) -> tuple[list[Any], str | None]:
            d = payload.get("d", {}) if isinstance(payload, dict) else {}
            if isinstance(d, list):  # some Exact resources answer a bare array
                return d, None
            return d.get("results", []), d.get("__next")

        return list(follow_pages(lambda u, p: self._call("GET", u, params=p), path, parse, params))

    # ------------------------------------------------------------------ administrations
    def list_administrations(self) -> list[RemoteAdministration]:
        me = self._get_all("current/Me", "CurrentDivision")
        if not me:
            raise ConnectorError("Exact Online gaf geen huidige divisie terug.")
        current = me[0]["CurrentDivision"]
        # Assumption: system/Divisions lists the divisions this user may open; the brief's
        # ChamberOfCommerce is read when the division record carries it (else the user enters it).
        rows = self._get_all(
            f"{current}/system/Divisions", "Code,Description,ChamberOfCommerce,VATNumber,Country"
        )
        return [
            RemoteAdministration(
                str(r["Code"]),
                r.get("Description") or str(r["Code"]),
                r.get("ChamberOfCommerce") or None,
                r.get("VATNumber") or None,
                (r.get("Country") or "NL").strip(),
            )
            for r in rows
        ]

    def fetch_master_data(self, external_id: str) -> MasterData:
        div = int(external_id)
        banks: dict[str, list[str]] = {}
        for b in self._get_all(
            f"{div}/crm/BankAccounts", "Account,BankAccount,Type", "Type eq 'A'"
        ):
            if b.get("BankAccount"):
                banks.setdefault(str(b["Account"]).lower(), []).append(b["BankAccount"])
        accounts = self._get_all(
            f"{div}/crm/Accounts",
            "ID,Code,Name,IsSupplier,IsSales,Status,Country,ChamberOfCommerce,VATNumber,Email,City",
            "IsSupplier eq true or IsSales eq true",
        )
        today = datetime.fromtimestamp(self.clock(), UTC).date()
        # Assumption: financial/FinancialPeriods documents no "closed" flag, so every period
        # is reported open; a booking in a closed period comes back as ExportRefused with code
        # "period_closed", which the sync can record.
        return MasterData(
            gl_accounts=tuple(
                m.gl_account(r)
                for r in self._get_all(
                    f"{div}/financial/GLAccounts", "ID,Code,Description,BalanceType,IsBlocked"
                )
            ),
            vat_codes=tuple(
                m.vat_code(r)
                for r in self._get_all(
                    f"{div}/vat/VATCodes",
                    "ID,Code,Description,Percentage,Type,Charged,"
                    "EUSalesListing,VATTransactionType,IsBlocked",
                )
            ),
            journals=tuple(
                m.journal(r)
                for r in self._get_all(f"{div}/financial/Journals", "ID,Code,Description,Type")
            ),
            relations=tuple(
                m.relation(r, tuple(banks.get(str(r["ID"]).lower(), ()))) for r in accounts
            ),
            cost_centres=tuple(
                m.cost_centre(r)
                for r in self._get_all(f"{div}/hrm/Costcenters", "ID,Code,Description,Active")
            ),
            projects=tuple(
                m.project(r, today)
                for r in self._get_all(f"{div}/project/Projects", "ID,Code,Description,EndDate")
            ),
            periods=tuple(
                sorted(
                    (
                        m.period(r)
                        for r in self._get_all(
                            f"{div}/financial/FinancialPeriods",
                            "FinYear,FinPeriod,StartDate,EndDate",
                        )
                    ),
                    key=lambda p: (p.year, p.period),
                )
            ),
        )
