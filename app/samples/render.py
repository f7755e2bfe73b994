"""Draws an invoice's content in one layout style onto PDF pages with PyMuPDF.

The page is composed of blocks: header (logo, supplier block, title), customer address block,
invoice data (inline, above, grid), the line table (paginated, header row repeated, "Pagina 1 van
2"), the totals block (on the last page only), notes (VAT regime, payment sentence, G-rekening)
and the footer with KvK / btw / IBAN. Block placement follows the :class:`LayoutStyle`; the
wording comes from :mod:`app.samples.wording`.
"""

from __future__ import annotations

from app.samples import wording as w
from app.samples.canvas import GREY, LIGHT, Canvas
from app.samples.content import InvoiceContent
from app.samples.layouts import LayoutStyle
from app.samples.render_totals import TotalsAndFooter, wrap

__all__ = ["InvoiceRenderer", "render_invoice", "wrap"]

_WEIGHTS = {"code": 62, "description": 0, "qty": 44, "price": 66, "vat": 38, "amount": 72}
_NUMERIC = {"qty", "price", "vat", "amount"}


class InvoiceRenderer(TotalsAndFooter):
    """Lays out one invoice; totals, notes and footer come from :class:`TotalsAndFooter`."""

    def __init__(self, content: InvoiceContent, style: LayoutStyle):
        self.c, self.s = content, style
        self.f = w.Fmt(style, content.lang, positive=content.extra.get("positive_amounts", False))
        self.cv = Canvas(style.family, style.size)
        self.b = style.base
        self.left = 30 if style.size[0] < 500 else 50
        self.right = style.size[0] - self.left
        self.row_h = self.b * 1.9

    # layout helpers -------------------------------------------------------
    def _columns(self) -> list[tuple[str, float, float]]:
        cols = self.s.columns
        widths = {k: max(_WEIGHTS[k], self.cv.text_width(self.f.label(k), self.b, True) + 12)
                  for k in cols if k != "description"}  # fmt: skip
        flex = self.right - self.left - sum(widths.values())
        x, out = self.left, []
        for k in cols:
            width = flex if k == "description" else widths[k]
            out.append((k, x, x + width))
            x += width
        return out

    def _footer_height(self) -> float:
        return {"bar": 40, "columns": 62, "none": 14}[self.s.footer] + 10

    def _totals_height(self) -> float:
        vat_rows = len(self.c.vat_breakdown())
        notes = 5 + (1 if self.c.issuer.g_iban else 0)
        return (vat_rows + 4) * self.b * 1.6 + notes * self.b * 1.4 + 40

    # pages -------------------------------------------------------------------
    def _desc_lines(self, ln) -> list[str]:
        """The description as printed: wrapped onto as many lines of its column as it needs."""
        width = next(x1 - x0 - 8 for k, x0, x1 in self._columns() if k == "description")
        return wrap(self.cv, ln.description, self.b, width) or [""]

    def _row_height(self, ln) -> float:
        return self.row_h + (len(self._desc_lines(ln)) - 1) * self.b * 1.25

    def _fitting(self, rows: list, height: float) -> int:
        """How many of the leading rows fit in ``height`` (at most ``rows_per_page``)."""
        n, used = 0, 0.0
        for ln in rows[: self.s.rows_per_page]:
            used += self._row_height(ln)
            if used > height + 1e-6:
                break
            n += 1
        return n

    def render(self) -> tuple[bytes, int]:
        self.cv.new_page()
        first_top = self._header_first()
        self._below = [ln for ln in self.c.lines if ln.below]
        pages = self._paginate([ln for ln in self.c.lines if not ln.below], first_top)
        total = len(pages)
        for i, page_rows in enumerate(pages, start=1):
            if i > 1:
                self.cv.new_page()
            y = first_top if i == 1 else self._header_next()
            y = self._table(y, page_rows)
            if i == total:
                y = self._below_rows(y)
                self._totals(y + 8)
            else:
                more = (
                    "Continued on next page"
                    if self.c.lang == "en"
                    else "Vervolg op volgende pagina"
                )
                self.cv.text(self.right, y + 14, more, self.b - 1, align="right", color=GREY)
            self._footer(i, total)
        return self.cv.to_bytes(), total

    def _paginate(self, rows: list, first_top: float) -> list[list]:
        """Split the lines over pages; the totals go on the last page with at least one line."""
        pages: list[list] = []
        start = first_top
        bottom = self.s.size[1] - self._footer_height() - 16
        while True:
            usable = bottom - start - self.row_h - self.b * 2
            cap = max(1, self._fitting(rows, usable))
            below = len(self._below) * self.row_h
            room_last = self._fitting(rows, usable - self._totals_height() - below)
            if len(rows) <= min(cap, room_last):
                pages.append(rows)
                return pages
            take = min(cap, len(rows) - 1) if len(rows) > 1 else 0
            pages.append(rows[:take])
            rows = rows[take:]
            start = 90

    # header ------------------------------------------------------------------
    def _supplier_x(self) -> tuple[float, str]:
        if self.s.supplier == "right":
            return self.right, "right"
        if self.s.supplier == "center":
            return (self.left + self.right) / 2, "center"
        return self.left, "left"

    def _header_first(self) -> float:
        cv, c, f, b, s = self.cv, self.c, self.f, self.b, self.s
        top = 40
        if s.logo == "bar":
            cv.logo("bar", 0, 0, c.issuer.name)
            top = 50
        x, align = self._supplier_x()
        if s.logo not in ("none", "bar"):
            lx = x - 40 if align == "right" else x - 18 if align == "center" else x
            cv.logo(s.logo, lx, top - 8, c.issuer.name, size=34)
            top += 38
        y = top + b
        cv.text(x, y, c.issuer.name, b + 4, bold=True, align=align)
        y += b * 1.8
        if s.supplier != "footer":
            block = w.address_lines(c, "issuer", f) + w.contact_lines(c, f)
            if s.footer == "none":
                block += w.identity_lines(c, f)
            y = cv.lines(x, y, block, b, align=align, color=GREY)
        title_x, title_align = (self.left, "left") if align == "right" else (self.right, "right")
        title_y: float = 48 if s.logo == "bar" else 52
        if align == "center":
            title_x, title_align, title_y = self.right, "right", y + b * 2
            y += b * 2.5
        size = {"big": b + 12, "small": b + 3, "boxed": b + 8}[s.title]
        if s.title == "boxed":
            tw = cv.text_width(w.title(c, f), size, True)
            x0 = title_x if title_align == "left" else title_x - tw - 16
            cv.box(x0, title_y - size - 4, x0 + tw + 16, title_y + 6, fill=LIGHT)
            title_x = x0 + 8 if title_align == "left" else title_x - 8
        cv.text(title_x, title_y, w.title(c, f), size, bold=True, align=title_align)
        self._header_bottom = max(y, 150)
        return self._parties_and_meta(self._header_bottom + 10)

    def _header_next(self) -> float:
        cv, b = self.cv, self.b
        cv.text(self.left, 50, self.c.issuer.name, b + 2, bold=True)
        cv.text(self.right, 50, f"{w.title(self.c, self.f)} {self.c.number}", b + 1, align="right")
        cv.hline(self.left, self.right, 60, color=GREY)
        return 90

    def _parties_and_meta(self, y: float) -> float:
        cv, c, f, b, s = self.cv, self.c, self.f, self.b, self.s
        mid = (self.left + self.right) / 2
        cx = mid + 30 if s.customer == "right" else self.left
        rows = [c.customer.name, "t.a.v. crediteurenadministratie" if c.lang == "nl"
                else "Attn. Accounts Payable"] + w.address_lines(c, "customer", f)  # fmt: skip
        vat = w.customer_vat_line(c, f)
        if vat:
            rows.append(vat)
        cv.text(cx, y, rows[0], b + 1, bold=True)
        end_customer = cv.lines(cx, y + b * 1.5, rows[1:], b)
        items = w.meta_items(c, f)
        if s.meta in ("inline_right", "inline_left"):
            if s.meta == "inline_right" and s.customer == "left":
                mx, my = mid + 30, y
            elif s.meta == "inline_right":
                mx, my = self.left, y
            else:
                mx, my = self.left, end_customer + b
            label_w = max(cv.text_width(k, b) for k, _ in items) + 12
            for k, v in items:
                cv.text(mx, my, k, b, color=GREY)
                cv.text(mx + label_w, my, v, b, bold=k == items[0][0])
                my += b * 1.5
            self._meta_end = max(end_customer, my) + b
        else:
            self._meta_end = self._meta_row(end_customer + b * 1.5, items)
        return self._meta_end + 6

    def _meta_row(self, y: float, items: list[tuple[str, str]]) -> float:
        cv, b = self.cv, self.b
        width = (self.right - self.left) / len(items)
        if self.s.meta == "grid":
            cv.box(self.left, y - b - 2, self.right, y + b * 0.6, fill=LIGHT)
            cv.box(self.left, y - b - 2, self.right, y + b * 2.9)
        for i, (k, v) in enumerate(items):
            x = self.left + i * width + 4
            if self.s.meta == "grid" and i:
                cv.vline(x - 4, y - b - 2, y + b * 2.9)
            cv.text(x, y, k.rstrip(":"), b - 1, color=GREY, bold=self.s.meta == "grid")
            cv.text(x, y + b * 2.1, cv.fit(v, b, width - 6), b)
        return y + b * 4

    # table -------------------------------------------------------------------
    def _table(self, y: float, rows: list) -> float:
        cv, f, b, s = self.cv, self.f, self.b, self.s
        cols = self._columns()
        labels = {k: f.label(k) for k in ("code", "description", "qty", "price", "vat", "amount")}
        top = y
        if s.table in ("shaded", "banded"):
            cv.box(self.left, y - b - 3, self.right, y + b * 0.6, fill=LIGHT, color=LIGHT)
        for k, x0, x1 in cols:
            if k in _NUMERIC:
                cv.text(x1 - 4, y, labels[k], b, bold=True, align="right")
            else:
                cv.text(x0 + 4, y, labels[k], b, bold=True)
        y += b * 0.8
        rule = "-" * 200 if s.table == "none" and s.family == "cour" else None
        if rule:
            cv.text(self.left, y + 2, cv.fit(rule, b, self.right - self.left), b)
        elif s.table != "none":
            cv.hline(self.left, self.right, y)
        for n, ln in enumerate(rows):
            y += self.row_h
            if s.table == "banded" and n % 2:
                cv.box(self.left, y - b - 2, self.right, y + b * 0.7, fill=(0.95, 0.95, 0.97),
                       color=(0.95, 0.95, 0.97))  # fmt: skip
            cells = {"code": ln.code, "description": ln.description, "qty": f.qty(ln.quantity),
                     "price": f.price(ln.unit_price), "vat": w.formats.format_rate(ln.vat_rate)
                     + "%", "amount": f.money(ln.amount, symbol=False)}  # fmt: skip
            if self.c.regime in ("reverse_charge", "icp"):
                cells["vat"] = "verl." if self.c.lang == "nl" else "RC"
            extra = self._desc_lines(ln)[1:]
            for k, x0, x1 in cols:
                if k in _NUMERIC:
                    cv.text(x1 - 4, y, cells[k], b, align="right")
                elif k == "description":
                    cv.lines(x0 + 4, y, self._desc_lines(ln), b, leading=1.25)
                else:
                    cv.text(x0 + 4, y, cv.fit(cells[k], b, x1 - x0 - 8), b)
            y += len(extra) * b * 1.25
            if s.table == "grid":
                cv.hline(self.left, self.right, y + b * 0.7, width=0.3)
        y += b
        if s.table == "grid":
            cv.box(self.left, top - b - 3, self.right, y - b * 0.3 + 0.1)
            for _, x0, _ in cols[1:]:
                cv.vline(x0, top - b - 3, y - b * 0.3)
        elif s.table in ("lines", "shaded", "banded"):
            cv.hline(self.left, self.right, y)
        return y + b

    def _below_rows(self, y: float) -> float:
        """Invoice-level discounts between the table and the totals: label and amount."""
        cols = {k: (x0, x1) for k, x0, x1 in self._columns()}
        x0 = cols["description"][0]
        for ln in self._below:
            y += self.row_h
            self.cv.text(x0 + 4, y, ln.description, self.b)
            self.cv.text(cols["amount"][1] - 4, y, self.f.money(ln.amount, symbol=False), self.b,
                         align="right")  # fmt: skip
        return y + (self.b if self._below else 0)


def render_invoice(content: InvoiceContent, style: LayoutStyle) -> tuple[bytes, int]:
    """Render with the drawing renderer; returns (pdf bytes, page count)."""
    return InvoiceRenderer(content, style).render()
