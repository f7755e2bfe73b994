"""Renders an invoice from HTML with a PyMuPDF :class:`pymupdf.Story` (flowing, multi-page).

A second rendering path next to :mod:`app.samples.render`: the text is laid out by MuPDF's HTML
engine (its own fonts, table cells, wrapping), so the extracted word order and spacing differ
from the hand-placed layouts. Footer and "Pagina i van n" are stamped on each page afterwards.
"""

from __future__ import annotations

import html
import io

import pymupdf

from app.samples import wording as w
from app.samples.canvas import GREY, font
from app.samples.content import InvoiceContent
from app.samples.formats import format_rate
from app.samples.layouts import LayoutStyle

_CSS = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 20pt; margin: 0 0 6pt 0; }
.sup { font-size: 12pt; font-weight: bold; }
td, th { padding: 2pt 4pt; font-size: 9pt; }
th { text-align: left; background-color: #e6e6e6; }
.num { text-align: right; }
table.lines { width: 100%; border-collapse: collapse; }
table.grid td, table.grid th { border: 0.5pt solid black; }
tr.odd td { background-color: #f2f2f7; }
.tot td { font-weight: bold; }
"""


def _e(s: object) -> str:
    return html.escape(str(s))


def _html(c: InvoiceContent, s: LayoutStyle, f: w.Fmt) -> str:
    sup = [_e(x) for x in w.address_lines(c, "issuer", f) + w.contact_lines(c, f)]
    cust = [_e(c.customer.name)] + [_e(x) for x in w.address_lines(c, "customer", f)]
    vat_line = w.customer_vat_line(c, f)
    if vat_line:
        cust.append(_e(vat_line))
    meta = "".join(
        f"<tr><td>{_e(k)}</td><td><b>{_e(v)}</b></td></tr>" for k, v in w.meta_items(c, f)
    )
    heads = "".join(
        f"<th class='num'>{_e(f.label(k))}</th>"
        if k != "description"
        else f"<th>{_e(f.label(k))}</th>"
        for k in ("description", "qty", "price", "vat", "amount")
    )
    rows = []
    for i, ln in enumerate(c.lines):
        if ln.below:  # an invoice-level discount: a label and an amount under the lines
            rows.append(f"<tr><td>{_e(ln.description)}</td><td></td><td></td><td></td>"
                        f"<td class='num'>{_e(f.money(ln.amount, symbol=False))}</td></tr>")  # fmt: skip
            continue
        vat = format_rate(ln.vat_rate) + "%" if c.regime == "normal" else "0%"
        rows.append(
            f"<tr class='{'odd' if i % 2 and s.table == 'banded' else 'even'}'>"
            f"<td>{_e(ln.description)}</td><td class='num'>{_e(f.qty(ln.quantity))}</td>"
            f"<td class='num'>{_e(f.price(ln.unit_price))}</td><td class='num'>{_e(vat)}</td>"
            f"<td class='num'>{_e(f.money(ln.amount, symbol=False))}</td></tr>"
        )
    totals = [(f.label("total_excl"), f.money(c.total_excl))]
    for rate, base, amount in c.vat_breakdown():
        label = (
            f.label("vat_on", rate=format_rate(rate))
            + f" ({f.label('base')} {f.money(base, False)})"
        )
        totals.append((label, f.money(amount)))
    tot_rows = "".join(f"<tr><td>{_e(k)}</td><td class='num'>{_e(v)}</td></tr>" for k, v in totals)
    tot_rows += (f"<tr class='tot'><td>{_e(f.label('total'))}</td>"
                 f"<td class='num'>{_e(f.money(c.total_incl))}</td></tr>")  # fmt: skip
    notes = [n for n in (w.regime_note(c, f), " ".join(w.payment_sentences(c, f)),
                         w.g_account_note(c, f)) if n]  # fmt: skip
    grid = "lines grid" if s.table == "grid" else "lines"
    return f"""
<table style="width:100%"><tr>
<td style="width:60%"><p class="sup">{_e(c.issuer.name)}</p><p>{"<br>".join(sup)}</p></td>
<td style="text-align:right"><h1>{_e(w.title(c, f))}</h1></td></tr></table>
<table style="width:100%"><tr><td style="width:55%"><p>{"<br>".join(cust)}</p></td>
<td><table>{meta}</table></td></tr></table>
<p></p>
<table class="{grid}"><tr>{heads}</tr>{"".join(rows)}</table>
<p></p>
<table style="width:100%"><tr><td style="width:45%"></td><td><table style="width:100%">{tot_rows}</table></td></tr></table>
{"".join(f"<p>{_e(n)}</p>" for n in notes)}
"""


def render_html_invoice(c: InvoiceContent, s: LayoutStyle) -> tuple[bytes, int]:
    f = w.Fmt(s, c.lang, positive=c.extra.get("positive_amounts", False))
    story = pymupdf.Story(html=_html(c, s, f), user_css=_CSS)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    mediabox = pymupdf.Rect(0, 0, *s.size)
    where = mediabox + (50, 45, -50, -80)
    more = 1
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    total = doc.page_count
    ids = " | ".join(w.identity_lines(c, f))
    helv = font("helv")
    for i in range(1, total + 1):
        page = doc[i - 1]
        page.wrap_contents()  # the Story leaves its transformation active; isolate it
        tw = pymupdf.TextWriter(page.rect)
        y = s.size[1] - 50
        tw.append((50, y), c.issuer.name + " · " + " · ".join(w.address_lines(c, "issuer", f)),
                  font=helv, fontsize=7)  # fmt: skip
        tw.append((50, y + 10), ids, font=helv, fontsize=7)
        if s.page_numbers or total > 1:
            label = f.label("page", i=i, n=total)
            tw.append((s.size[0] - 50 - helv.text_length(label, 8), y - 14), label, font=helv,
                      fontsize=8)  # fmt: skip
        tw.write_text(page, color=GREY)
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data, total
