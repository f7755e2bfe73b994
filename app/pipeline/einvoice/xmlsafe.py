"""Safe XML parsing and small typed accessors shared by the UBL and CII readers.

E-invoices arrive from strangers, so XML is parsed with defusedxml: no DTDs, no entity
declarations, no external references, and a size limit checked before the parser runs. A refused
document raises :class:`ReadError` with a one-line message the user understands ("XML geweigerd:
entiteiten/DTD niet toegestaan"). The accessors turn element text into ``Decimal``, ``date`` and
stripped strings, returning ``None`` for anything missing or unparsable, so the readers stay flat.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from app.pipeline.limits import Limits, ReadError

REFUSED_ENTITIES = "XML geweigerd: entiteiten/DTD niet toegestaan"


def parse_xml(data: bytes, *, limits: Limits) -> Element:
    """Parse untrusted XML bytes into an ElementTree root, refusing DTDs, entities and huge files."""
    if len(data) > limits.max_xml_bytes:
        raise ReadError(
            f"XML te groot ({_mb(len(data))} MB, maximum {_mb(limits.max_xml_bytes)} MB)"
        )
    try:
        return safe_et.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise ReadError(REFUSED_ENTITIES) from exc
    except DefusedXmlException as exc:
        raise ReadError(f"XML geweigerd: {exc}") from exc
    except ParseError as exc:
        raise ReadError(f"Ongeldige XML: {exc}") from exc
    except (ValueError, RecursionError) as exc:  # e.g. an unknown encoding declaration
        raise ReadError(f"Ongeldige XML: {exc}") from exc


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def local_name(tag: str) -> str:
    """``{urn:x}Invoice`` → ``Invoice``."""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    """``{urn:x}Invoice`` → ``urn:x`` (empty when the tag has none)."""
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def text(
    el: Element | None, path: str | None = None, ns: dict[str, str] | None = None
) -> str | None:
    """Stripped text of ``el`` (or of its first descendant at ``path``); ``None`` when empty."""
    if el is None:
        return None
    target = el.find(path, ns) if path else el
    if target is None or target.text is None:
        return None
    value = " ".join(target.text.split())
    return value or None


def decimal(
    el: Element | None, path: str | None = None, ns: dict[str, str] | None = None
) -> Decimal | None:
    """Element text as ``Decimal`` (XML Schema decimal: ``1234.56``); ``None`` when absent/invalid."""
    raw = text(el, path, ns)
    if raw is None:
        return None
    try:
        value = Decimal(raw.replace(" ", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_CII_102 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def iso_date(raw: str | None) -> date | None:
    """``2026-11-27`` (UBL, optionally with a time zone suffix) → ``date``."""
    if not raw:
        return None
    m = _ISO_DATE.match(raw.strip())
    return _make_date(m.groups()) if m else None


def cii_date(raw: str | None, fmt: str | None = None) -> date | None:
    """A CII ``DateTimeString``: format 102 is ``YYYYMMDD``; ISO dates are accepted as well."""
    if not raw:
        return None
    raw = raw.strip()
    m = _CII_102.match(raw)
    if m and fmt in (None, "102"):
        return _make_date(m.groups())
    if fmt == "610" and re.fullmatch(r"\d{6}", raw):  # YYYYMM: the first of that month
        return _make_date((raw[:4], raw[4:6], "01"))
    return iso_date(raw)


def _make_date(parts: tuple[str, ...] | list[str]) -> date | None:
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$")


def iban_or_none(raw: str | None) -> str | None:
    """The account id compacted to an IBAN when it looks like one, else ``None``."""
    if not raw:
        return None
    compact = re.sub(r"[\s.-]", "", raw).upper()
    return compact if _IBAN.match(compact) else None
