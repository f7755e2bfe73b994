"""Master data of one Twinfield office, read through the connector's SOAP plumbing: general
ledger accounts, relations, cost centres and projects are dimensions listed with the Finder
(type ``DIM``, option ``dimtype`` BAS/PNL/CRD/DEB/KPL/PRJ, paged with firstRow/maxRows up to
``TotalRows``); each relation is then read in full with ProcessXml ``<read>`` for its VAT and
KvK numbers, IBANs and address. VAT codes come from the Finder (``VAT``) plus a read each for
percentage and purchase/sales type; journals from the Finder (``TRS``, option ``category``);
periods and their open/closed state from the Period service (``GetYears``, ``GetPeriods``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lxml import etree

from app.connectors import twinfield_xml as tx
from app.connectors.base import (
    CostCentreData,
    GLAccountData,
    GLKind,
    JournalData,
    MasterData,
    PeriodData,
    ProjectData,
    RelationData,
)
from app.connectors.twinfield_soap import XSI_NS, find_local, text_local, twf

if TYPE_CHECKING:
    from app.connectors.twinfield import TwinfieldConnector

FINDER = "/webservices/finder.asmx"
PERIODS = "/webservices/periodservice.svc"


def finder(conn: TwinfieldConnector, office: str, kind: str, **options: str) -> list[list[str]]:
    """All rows of a Finder search, page by page."""
    rows: list[list[str]] = []
    first = 1
    while True:
        operation = twf("Search")
        for name, value in (
            ("type", kind),
            ("pattern", "*"),
            ("field", "0"),
            ("firstRow", str(first)),
            ("maxRows", str(conn.page_size)),
        ):
            twf(name, operation, value)
        opts = twf("options", operation)
        for name, value in {"office": office, **options}.items():
            pair = twf("ArrayOfString", opts)
            twf("string", pair, name)
            twf("string", pair, value)
        answer = conn.call(FINDER, "Search", operation, office)
        messages = find_local(answer, "SearchResult")
        errors = [
            text_local(msg, "Text") or text_local(msg, "Code")
            for msg in (messages if messages is not None else ())
            if text_local(msg, "Type") == "Error"
        ]
        if errors:
            raise ValueError("; ".join(errors))
        data = find_local(answer, "data")
        total = int(text_local(data, "TotalRows") or 0)
        items = find_local(data, "Items")
        page = [[(s.text or "") for s in item] for item in (items if items is not None else ())]
        rows.extend(page)
        first += len(page)
        if not page or len(rows) >= total:
            return rows


def _dims(conn: TwinfieldConnector, office: str, dimtype: str) -> list[tuple[str, str]]:
    return [
        (row[0], row[1] if len(row) > 1 else "")
        for row in finder(conn, office, "DIM", dimtype=dimtype)
    ]


def _relations(conn: TwinfieldConnector, office: str) -> tuple[RelationData, ...]:
    found: dict[str, RelationData] = {}
    for dimtype, kind in (("CRD", "supplier"), ("DEB", "customer")):
        for code, _name in _dims(conn, office, dimtype):
            answer = conn.process(
                tx.read_request("dimensions", office, dimtype=dimtype, code=code), office
            )
            tx.check_result(answer, f"Relatie {code} lezen")
            relation = tx.parse_relation(answer, kind)
            if code in found and found[code].type != kind:
                relation = RelationData(**{**found[code].__dict__, "type": "both"})
            found[code] = relation
    return tuple(found.values())


def _journals(conn: TwinfieldConnector, office: str) -> tuple[JournalData, ...]:
    typed = {}
    for category in ("purchase", "sales"):
        for row in finder(conn, office, "TRS", category=category):
            typed[row[0]] = category
    journals = []
    for row in finder(conn, office, "TRS"):
        code, name = row[0], row[1] if len(row) > 1 else row[0]
        kind = typed.get(code)
        if kind is None:
            text = f"{code} {name}".lower()
            kind = "bank" if any(w in text for w in ("bnk", "bank", "kas")) else "general"
        journals.append(JournalData(code=code, name=name, type=kind, external_id=code))  # type: ignore[arg-type]
    return tuple(journals)


def _period_query(
    conn: TwinfieldConnector, office: str, kind: str, **fields: str
) -> etree._Element:
    # Assumed WCF shape of the Period service: Query(query i:type="GetYears"|"GetPeriods").
    operation = twf("Query")
    query = twf("query", operation)
    query.set(etree.QName(XSI_NS, "type"), kind)
    twf("CompanyCode", query, office)
    for name, value in fields.items():
        twf(name, query, value)
    return find_local(conn.call(PERIODS, "PeriodService/Query", operation, office), "QueryResult")


def _periods(conn: TwinfieldConnector, office: str) -> tuple[PeriodData, ...]:
    out: list[PeriodData] = []
    years = find_local(_period_query(conn, office, "GetYears"), "Years")
    for year_el in years if years is not None else ():
        year = int(year_el.text or 0)
        result = _period_query(conn, office, "GetPeriods", Year=str(year))
        start = date(year, 1, 1)
        periods = find_local(result, "Periods")
        for period in periods if periods is not None else ():
            number = int(text_local(period, "Number") or 0)
            end = datetime.fromisoformat(text_local(period, "EndDate")[:10]).date()
            if not 1 <= number <= 53:  # 0 is the opening balance, 55+ year-end closing
                continue
            is_open = text_local(period, "IsOpen").lower() == "true"
            out.append(PeriodData(year, number, start, end, closed=not is_open))
            start = end + timedelta(days=1)
    return tuple(out)


def fetch(conn: TwinfieldConnector, office: str) -> MasterData:
    """Everything needed to book in ``office``."""
    gl_types: tuple[tuple[str, GLKind], ...] = (("BAS", "balance"), ("PNL", "profit_loss"))
    gl = [
        GLAccountData(code=code, name=name, kind=kind, external_id=code)
        for dimtype, kind in gl_types
        for code, name in _dims(conn, office, dimtype)
    ]
    vat = []
    for row in finder(conn, office, "VAT"):
        answer = conn.process(tx.read_request("vat", office, code=row[0]), office)
        vat.append(tx.parse_vat(answer))
    return MasterData(
        gl_accounts=tuple(gl),
        vat_codes=tuple(vat),
        journals=_journals(conn, office),
        relations=_relations(conn, office),
        cost_centres=tuple(
            CostCentreData(code=c, name=n, external_id=c) for c, n in _dims(conn, office, "KPL")
        ),
        projects=tuple(
            ProjectData(code=c, name=n, external_id=c) for c, n in _dims(conn, office, "PRJ")
        ),
        periods=_periods(conn, office),
    )
