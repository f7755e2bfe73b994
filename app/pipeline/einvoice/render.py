"""A readable A4 PDF for an e-invoice that arrived as XML only, so the document viewer can show it.

:func:`render_einvoice_pdf` lays out an :class:`InvoiceData` in Dutch (supplier and customer,
invoice details, lines, VAT per rate, totals, reverse-charge note) as HTML and lets PyMuPDF's
``Story`` flow it over as many A4 pages as needed, then stamps a page number and the origin on
each page. Amounts are shown in Dutch notation (1.234,56), dates as 27-11-2026.
"""

from __future__ import annotations

import html
import io
from datetime import date
from decimal import Decimal

import pymupdf

from app.pipeline.invoice import InvoiceData, Party

CSS = """
* { font-family: sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; color: #1f3b57; }
h2 { font-size: 10pt; margin: 10pt 0 3pt 0; color: #1f3b57; }
p.sub { color: #666; margin: 0 0 8pt 0; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 2pt 4pt; vertical-align: top; }
th { text-align: left; border-bottom: 1px solid #888; background-color: #eef2f6; }
td.num, th.num { text-align: right; }
tr.total td { font-weight: bold; border-top: 1px solid #888; }
p.note { margin-top: 10pt; font-weight: bold; }
"""

SOURCE_NAMES = {"ubl": "UBL", "cii": "UN/CEFACT CII"}


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def nl_amount(value: Decimal | None) -> str:
    """``Decimal('-1234.5')`` → ``-1.234,50``; empty for ``None``."""
    if value is None:
        return ""
    english = f"{Decimal(value):,.2f}"
    return english.replace(",", "_").replace(".", ",").replace("_", ".")


def nl_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", ",")


def nl_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _party_html(title: str, party: Party, *, with_iban: bool) -> str:
    rows = [f"<b>{_e(party.name or '(onbekend)')}</b>"]
    if party.address:
        rows.append(_e(party.address))
    for label, value in (
        ("KvK", party.kvk),
        ("Btw-nummer", party.vat_number),
        ("IBAN", party.iban if with_iban else None),
        ("E-mail", party.email),
    ):
        if value:
            rows.append(f"{label}: {_e(value)}")
    return f"<h2>{title}</h2>" + "<br/>".join(rows)


def invoice_html(inv: InvoiceData) -> str:
    """The HTML body of the rendering (also handy for tests and previews)."""
    credit = inv.document_type == "credit_note"
    title = "Creditnota" if credit else "Factuur"
    cur = _e(inv.currency or "")
    parts = [
        f"<h1>{title} {_e(inv.invoice_number or '')}</h1>",
        f"<p class='sub'>Weergave van een elektronische factuur "
        f"({_e(SOURCE_NAMES.get(inv.source or '', inv.source or 'XML'))})</p>",
        "<table><tr>",
        f"<td width='50%'>{_party_html('Leverancier', inv.supplier, with_iban=True)}</td>",
        f"<td width='50%'>{_party_html('Klant', inv.customer, with_iban=False)}</td>",
        "</tr></table>",
        "<h2>Gegevens</h2><table>",
    ]
    for label, value in (
        ("Factuurnummer", inv.invoice_number),
        ("Factuurdatum", nl_date(inv.invoice_date)),
        ("Vervaldatum", nl_date(inv.due_date)),
        ("Valuta", inv.currency),
        ("Betalingskenmerk", inv.payment_reference),
    ):
        if value:
            parts.append(f"<tr><td width='30%'>{label}</td><td>{_e(value)}</td></tr>")
    parts.append("</table>")
    if inv.lines:
        parts.append(
            "<h2>Regels</h2><table><tr><th>Omschrijving</th><th class='num'>Aantal</th>"
            "<th class='num'>Prijs</th><th class='num'>Btw %</th><th class='num'>Bedrag</th></tr>"
        )
        for ln in inv.lines:
            parts.append(
                f"<tr><td>{_e(ln.description)}</td><td class='num'>{nl_number(ln.quantity)}</td>"
                f"<td class='num'>{nl_amount(ln.unit_price)}</td>"
                f"<td class='num'>{nl_number(ln.vat_rate)}</td>"
                f"<td class='num'>{nl_amount(ln.amount)}</td></tr>"
            )
        parts.append("</table>")
    if inv.vat_breakdown:
        parts.append(
            "<h2>Btw-specificatie</h2><table><tr><th>Tarief</th><th>Categorie</th>"
            "<th class='num'>Grondslag</th><th class='num'>Btw</th></tr>"
        )
        for v in inv.vat_breakdown:
            parts.append(
                f"<tr><td>{nl_number(v.rate)}%</td><td>{_e(v.category or '')}</td>"
                f"<td class='num'>{nl_amount(v.base)}</td><td class='num'>{nl_amount(v.amount)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("<h2>Totalen</h2><table>")
    totals = (
        ("Totaal excl. btw", nl_amount(inv.total_excl_vat), ""),
        ("Btw", nl_amount(inv.total_vat), ""),
        ("Totaal incl. btw", nl_amount(inv.total_incl_vat), " class='total'"),
    )
    for label, amount, css in totals:
        parts.append(
            f"<tr{css}><td width='70%'>{label}</td><td class='num'>{cur} {amount}</td></tr>"
        )
    parts.append("</table>")
    if inv.reverse_charge:
        parts.append("<p class='note'>Btw verlegd naar de afnemer.</p>")
    return "".join(parts)


def render_einvoice_pdf(inv: InvoiceData) -> bytes:
    """A clean A4 PDF (Dutch labels) showing everything the e-invoice states."""
    story = pymupdf.Story(html=invoice_html(inv), user_css=CSS)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (50, 50, -50, -60)
    more = 1
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    with pymupdf.open(stream=buffer.getvalue(), filetype="pdf") as doc:
        doc.set_metadata(
            {"title": f"Factuur {inv.invoice_number or ''}".strip(), "creator": "Factuurflow"}
        )
        for page in doc:
            footer = f"Pagina {page.number + 1} van {doc.page_count}"
            page.insert_text((50, page.rect.height - 30), footer, fontsize=8, color=(0.4, 0.4, 0.4))
        return doc.tobytes(garbage=3, deflate=True)
