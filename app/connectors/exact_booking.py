"""Booking in Exact Online, exactly once: purchase and sales entries (``purchaseentry/
PurchaseEntries``, ``salesentry/SalesEntries``) with the invoice PDF as a document attachment
(``documents/Documents`` + ``documents/DocumentAttachments``, base64 in ``Attachment``), and
finding a booking again by journal + invoice number (``YourRef``) confirmed by Factuurflow's
request id in the description. A mixin of :class:`app.connectors.exact.ExactOnlineConnector`,
which supplies ``_call`` and ``_get_all``.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from app.connectors import exact_mapping as m
from app.connectors.base import BookingRequest, ExportRefused, PostResult

log = logging.getLogger(__name__)


class ExactBookings:
    """post_booking / find_booking for the Exact Online connector."""

    def _call(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        raise NotImplementedError

    def _get_all(self, path: str, select: str, filter: str | None = None) -> list[dict]:
        raise NotImplementedError

    def post_booking(self, external_id: str, req: BookingRequest) -> PostResult:
        """Book one entry. Raises ExportRefused (nothing booked), TransientError (outcome
        unknown: call find_booking before trying again) or NeedsSignIn."""
        m.check_balance(req)
        div = int(external_id)
        relation_id = req.relation_external_id or self._relation_id(div, req)
        gl_ids = self._ids_by_code(
            div,
            "financial/GLAccounts",
            {ln.gl_account for ln in req.lines},
            "unknown_gl_account",
            "Grootboekrekening",
        )
        project_ids = self._ids_by_code(
            div,
            "project/Projects",
            {ln.project for ln in req.lines if ln.project},
            "unknown_project",
            "Project",
        )
        document_id, attachment_id = (
            self._ensure_document(div, req, relation_id) if req.attachment else (None, None)
        )
        body = m.entry_body(req, relation_id, gl_ids, project_ids, document_id)
        payload = self._call("POST", f"{div}/{m.ENTRY_RESOURCE[req.kind]}", json=body)
        entry = payload.get("d", {})
        log.info("Booked %s entry %s in division %s", req.kind, entry.get("EntryNumber"), div)
        return PostResult(
            str(entry["EntryID"]), _str_or_none(entry.get("EntryNumber")), attachment_id
        )

    def find_booking(self, external_id: str, req: BookingRequest) -> PostResult | None:
        """The entry booked for ``req`` (matched on journal + invoice number, confirmed by our
        reference in the description), or None."""
        div = int(external_id)
        flt = f"Journal eq {m.odata_str(req.journal)} and YourRef eq {m.odata_str(req.invoice_number)}"
        tag = m.reference_tag(req.our_reference)
        for row in self._get_all(
            f"{div}/{m.ENTRY_RESOURCE[req.kind]}", "EntryID,EntryNumber,Description,Document", flt
        ):
            if tag in (row.get("Description") or "").split():
                attachment_id = None
                if row.get("Document"):
                    atts = self._get_all(
                        f"{div}/documents/DocumentAttachments",
                        "ID",
                        f"Document eq guid'{row['Document']}'",
                    )
                    attachment_id = str(atts[0]["ID"]) if atts else None
                return PostResult(
                    str(row["EntryID"]), _str_or_none(row.get("EntryNumber")), attachment_id
                )
        return None

    def _relation_id(self, div: int, req: BookingRequest) -> str:
        flag = "IsSupplier" if req.kind == "purchase" else "IsSales"
        rows = self._get_all(
            f"{div}/crm/Accounts",
            "ID",
            f"Code eq {m.account_code_literal(req.relation_code)} and {flag} eq true",
        )
        if not rows:
            who = "Leverancier" if req.kind == "purchase" else "Klant"
            raise ExportRefused(
                f"{who} {req.relation_code} bestaat niet in Exact Online.",
                "relation",
                "unknown_relation",
            )
        return str(rows[0]["ID"])

    def _ids_by_code(
        self, div: int, resource: str, codes: Iterable[str], error_code: str, label: str
    ) -> dict[str, str]:
        wanted = sorted(set(codes))
        if not wanted:
            return {}
        found: dict[str, str] = {}
        for i in range(0, len(wanted), 20):  # keep the URL short
            flt = " or ".join(f"Code eq {m.odata_str(c)}" for c in wanted[i : i + 20])
            for row in self._get_all(f"{div}/{resource}", "ID,Code", flt):
                found[str(row["Code"]).strip()] = str(row["ID"])
        missing = [c for c in wanted if c not in found]
        if missing:
            raise ExportRefused(
                f"{label} {', '.join(missing)} bestaat niet in Exact Online.",
                "document",
                error_code,
            )
        return found

    def _ensure_document(self, div: int, req: BookingRequest, relation_id: str) -> tuple[str, str]:
        """The document holding the invoice PDF, reusing one a lost earlier attempt created
        (found by its subject, which carries our reference)."""
        assert req.attachment is not None
        subject = f"{req.invoice_number} {m.reference_tag(req.our_reference)}"
        docs = self._get_all(
            f"{div}/documents/Documents", "ID", f"Subject eq {m.odata_str(subject)}"
        )
        if docs:
            document_id = str(docs[0]["ID"])
            atts = self._get_all(
                f"{div}/documents/DocumentAttachments", "ID", f"Document eq guid'{document_id}'"
            )
            if atts:
                return document_id, str(atts[0]["ID"])
        else:
            doc = self._call(
                "POST",
                f"{div}/documents/Documents",
                json={
                    "Subject": subject,
                    "Type": m.DOCUMENT_TYPE[req.kind],
                    "Account": relation_id,
                    "DocumentDate": req.invoice_date.isoformat(),
                },
            )
            document_id = str(doc["d"]["ID"])
        att = self._call(
            "POST",
            f"{div}/documents/DocumentAttachments",
            json={
                "Document": document_id,
                "FileName": req.attachment.filename,
                "Attachment": base64.b64encode(req.attachment.content).decode("ascii"),
            },
        )
        return document_id, str(att["d"]["ID"])


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
