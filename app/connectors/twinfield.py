"""The Twinfield connector: OpenID Connect sign-in at login.twinfield.com, cluster discovery,
and the SOAP web services on the cluster for offices, master data and bookings.

Sign-in is the authorization code flow with PKCE (scopes ``openid twf.user twf.organisation
twf.organisationUser offline_access``; client id and secret sent as HTTP Basic to the token
endpoint). Every new access token is checked at ``/accesstokenvalidation``, whose
``twf.clusterUrl`` (the host of the organisation's web services) and ``twf.organisationCode``
are kept in ``Tokens.extra``. Tokens live in the token store through a
:class:`~app.connectors.tokens.TokenKeeper`; a SOAP fault saying the token is invalid triggers
one refresh and retry, after which :class:`NeedsSignIn` is raised. Offices and master data:
:mod:`.twinfield_master`. Bookings are ProcessXml ``<transactions>`` (see
:func:`.twinfield_xml.transaction_request`); our reference is stored in the header's free text
field so :meth:`TwinfieldConnector.find_booking` can recognise the booking after a timeout.
The PDF goes to the Documents service once the transaction has a number.
"""

from __future__ import annotations

import base64
import copy
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Any

from lxml import etree

from app.connectors import twinfield_master as master
from app.connectors import twinfield_xml as tx
from app.connectors.base import (
    Attachment,
    BookingRequest,
    ConnectorConfig,
    ConnectorError,
    ExportRefused,
    MasterData,
    NeedsSignIn,
    PostResult,
    RemoteAdministration,
    Tokens,
    TransientError,
)
from app.connectors.http import HttpClient
from app.connectors.oauth import build_authorization_url
from app.connectors.tokens import TokenKeeper, TokenStore
from app.connectors.twinfield_soap import TWF_NS, SoapClient, SoapFault, parse_xml, text_local, twf

log = logging.getLogger(__name__)

SCOPES = "openid twf.user twf.organisation twf.organisationUser offline_access"
VALIDATION_PATH = "/auth/authentication/connect/accesstokenvalidation"
REVOCATION_PATH = "/auth/authentication/connect/revocation"
PROCESSXML = "/webservices/processxml.asmx"
FINDER = "/webservices/finder.asmx"
PERIODS = "/webservices/periodservice.svc"
DOCUMENTS = "/webservices/documentservice.svc"


class TwinfieldConnector:
    """Twinfield for one signed-in account; ``external_id`` of an administration is its office
    code. ``config.extra`` may set ``login_url``, ``destiny`` ("final" books at once,
    "temporary" leaves a concept booking), ``creditors_account``/``debtors_account`` (the
    control accounts of the total line, default 1600/1300) and ``page_size`` of the finder."""

    package = "twinfield"

    def __init__(
        self,
        config: ConnectorConfig,
        token_store: TokenStore,
        account_key: str,
        *,
        http: HttpClient | None = None,
        soap: SoapClient | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        extra = dict(config.extra)
        self.login_url = extra.get("login_url", "https://login.twinfield.com").rstrip("/")
        self.destiny = extra.get("destiny", "final")
        self.creditors_account = extra.get("creditors_account", "1600")
        self.debtors_account = extra.get("debtors_account", "1300")
        self.page_size = int(extra.get("page_size", "100"))
        self.http = http or HttpClient()
        self.soap = soap or SoapClient(self.http.session)
        self._clock = clock
        self.keeper = TokenKeeper(token_store, account_key, self.refresh, clock=clock)

    # ------------------------------------------------------------------ sign-in
    def authorization_url(self, state: str, code_challenge: str) -> str:
        return build_authorization_url(
            self.config.auth_url,
            self.config.client_id,
            self.config.redirect_uri,
            state,
            code_challenge,
            scope=SCOPES,
            nonce=secrets.token_urlsafe(16),  # Twinfield requires a nonce
        )

    def exchange_code(self, code: str, code_verifier: str) -> Tokens:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.config.redirect_uri,
            "code_verifier": code_verifier,
        }
        tokens = self._with_cluster(self._token_request(form), refresh_token="")
        self.keeper.save(tokens)
        return tokens

    def refresh(self, tokens: Tokens) -> Tokens:
        form = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
        return self._with_cluster(self._token_request(form), tokens.refresh_token)

    def sign_out(self) -> None:
        """Revoke the refresh token at Twinfield (best effort) and forget the tokens."""
        tokens = self.keeper.store.get(self.keeper.key)
        if tokens is not None and tokens.refresh_token:
            try:
                self.http.request(
                    "POST",
                    self.login_url + REVOCATION_PATH,
                    data={"token": tokens.refresh_token, "token_type_hint": "refresh_token"},
                    headers=self._client_auth(),
                )
            except TransientError:
                log.warning("Revoking the Twinfield refresh token failed; forgetting it anyway")
        self.keeper.store.delete(self.keeper.key)

    def _client_auth(self) -> dict[str, str]:
        pair = f"{self.config.client_id}:{self.config.client_secret}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}

    def _token_request(self, form: Mapping[str, str]) -> dict[str, Any]:
        resp = self.http.request(
            "POST", self.config.token_url, data=dict(form), headers=self._client_auth()
        )
        try:
            data = resp.json()
        except ValueError:
            data = {}
        if resp.status_code == 400 and data.get("error") == "invalid_grant":
            raise NeedsSignIn(
                "De aanmelding bij Twinfield is verlopen of ingetrokken; meld opnieuw aan."
            )
        if resp.status_code >= 400 or "access_token" not in data:
            raise ConnectorError(
                f"Twinfield weigerde de aanmelding ({data.get('error') or resp.status_code})."
            )
        return data

    def _with_cluster(self, data: Mapping[str, Any], refresh_token: str) -> Tokens:
        """Tokens from a token answer, with the cluster found by validating the access token."""
        resp = self.http.request(
            "GET", self.login_url + VALIDATION_PATH, params={"token": data["access_token"]}
        )
        if resp.status_code != 200:
            raise NeedsSignIn("Twinfield keurde het toegangstoken af; meld opnieuw aan.")
        try:
            info = resp.json()
        except ValueError:
            info = {}
        cluster = str(info.get("twf.clusterUrl") or "").rstrip("/")
        if not cluster:
            raise ConnectorError("Twinfield gaf geen cluster voor deze organisatie.")
        return Tokens(
            access_token=data["access_token"],
            refresh_token=data.get("refresh_token") or refresh_token,
            expires_at=self._clock() + float(data.get("expires_in") or 3600),
            extra={
                "cluster_url": cluster,
                "organisation": str(info.get("twf.organisationCode") or ""),
            },
        )

    # ------------------------------------------------------------------ SOAP plumbing
    def call(
        self,
        service: str,
        action: str,
        operation: etree._Element,
        office: str,
        *,
        idempotent: bool = True,
    ) -> etree._Element:
        """One SOAP call with the current tokens; refreshes once when the token is rejected."""
        tokens = self.keeper.current()
        for attempt in (1, 2):
            header = {"AccessToken": tokens.access_token, "CompanyCode": office}
            cluster = tokens.extra.get("cluster_url") or self.config.base_url
            url = cluster.rstrip("/") + service
            try:
                return self.soap.call(
                    url, TWF_NS + action, copy.deepcopy(operation), header, idempotent=idempotent
                )
            except SoapFault as fault:
                if not fault.token_rejected:
                    raise
                if attempt == 2:
                    raise NeedsSignIn(
                        "Twinfield weigert het toegangstoken; meld opnieuw aan."
                    ) from None
                tokens = self.keeper.force_refresh(tokens.access_token)
        raise AssertionError("unreachable")

    def process(self, request: etree._Element, office: str, *, idempotent: bool = True):
        """ProcessXmlString: send one XML request, return the parsed XML answer."""
        operation = twf("ProcessXmlString")
        twf("xmlRequest", operation, tx.to_string(request))
        answer = self.call(PROCESSXML, "ProcessXmlString", operation, office, idempotent=idempotent)
        try:
            return parse_xml(text_local(answer, "ProcessXmlStringResult"))
        except (ValueError, etree.XMLSyntaxError):
            raise TransientError("Twinfield gaf een onleesbaar antwoord.") from None

    # ------------------------------------------------------------------ offices and master data
    def list_administrations(self) -> list[RemoteAdministration]:
        # The one request Twinfield accepts without a CompanyCode in the header.
        try:
            offices = tx.parse_offices(self.process(tx.list_offices(), ""))
        except (SoapFault, ValueError) as exc:
            raise ConnectorError(f"Administraties ophalen uit Twinfield mislukt: {exc}") from exc
        return [RemoteAdministration(external_id=code, name=name) for code, name in offices]

    def fetch_master_data(self, external_id: str) -> MasterData:
        try:
            return master.fetch(self, external_id)
        except (SoapFault, ValueError) as exc:
            raise ConnectorError(f"Stamgegevens ophalen uit Twinfield mislukt: {exc}") from exc

    # ------------------------------------------------------------------ bookings
    def post_booking(self, external_id: str, req: BookingRequest) -> PostResult:
        control = self.creditors_account if req.kind == "purchase" else self.debtors_account
        request = tx.transaction_request(
            req, external_id, destiny=self.destiny, control_account=control
        )
        try:
            answer = self.process(request, external_id, idempotent=False)
        except SoapFault as fault:
            raise ExportRefused(fault.message, "document", "refused") from None
        trs = answer.find("transaction") if answer.tag == "transactions" else answer
        if trs is None or trs.get("result") != "1":
            raise tx.refusal(trs if trs is not None else answer)
        booked = tx.transaction_reference(trs)
        code, number = booked["code"], booked["number"]
        result = PostResult(external_id=f"{code}:{number}", entry_number=number)
        return self._with_attachment(external_id, result, code, number, req.attachment)

    def find_booking(self, external_id: str, req: BookingRequest) -> PostResult | None:
        """The booking made for ``req`` (same journal, relation, invoice number and our
        reference in the header), or None. When found and ``req`` has an attachment, the PDF
        is uploaded too: after a lost answer the upload cannot have happened."""
        filters = {
            "fin.trs.head.code": req.journal,
            "fin.trs.line.invnumber": req.invoice_number,
            "fin.trs.line.dim2": req.relation_code,
        }
        shown = ("fin.trs.head.code", "fin.trs.head.number")
        try:
            keys = tx.browse_keys(
                self.process(tx.browse_request(external_id, filters, shown), external_id)
            )
            for code, number in keys:
                read = tx.read_request("transaction", external_id, code=code, number=number)
                found = tx.transaction_reference(self.process(read, external_id))
                if found["reference"] == req.our_reference:
                    result = PostResult(external_id=f"{code}:{number}", entry_number=number)
                    return self._with_attachment(external_id, result, code, number, req.attachment)
        except (SoapFault, ValueError) as exc:
            raise ConnectorError(f"Zoeken naar de boeking in Twinfield mislukt: {exc}") from exc
        return None

    def attach(self, external_id: str, code: str, number: str, attachment: Attachment) -> str:
        """Upload ``attachment`` for transaction ``code``/``number``; returns the document id.

        Assumed Documents service shape (its operations are not in the public docs we could
        read): ``Upload(request{CompanyCode, TransactionCode, TransactionNumber, FileName,
        ContentType, Content})`` answering ``UploadResult{DocumentId}``.
        """
        operation = twf("Upload")
        request = twf("request", operation)
        for name, value in (
            ("CompanyCode", external_id),
            ("TransactionCode", code),
            ("TransactionNumber", number),
            ("FileName", attachment.filename),
            ("ContentType", attachment.mime),
            ("Content", base64.b64encode(attachment.content).decode("ascii")),
        ):
            twf(name, request, value)
        answer = self.call(
            DOCUMENTS, "DocumentService/Upload", operation, external_id, idempotent=False
        )
        return text_local(answer, "UploadResult", "DocumentId")

    def _with_attachment(
        self, office: str, result: PostResult, code: str, number: str, attachment: Attachment | None
    ) -> PostResult:
        if attachment is None:
            return result
        try:
            doc_id = self.attach(office, code, number, attachment)
        except (SoapFault, TransientError) as exc:
            # The booking stands; a missing PDF must not turn it into an export error.
            log.warning("PDF for Twinfield booking %s %s not attached: %s", code, number, exc)
            return result
        return PostResult(result.external_id, result.entry_number, doc_id or None)
