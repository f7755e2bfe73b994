"""The lower part of a rendered invoice: totals block, VAT table, notes and page footer.

A mixin for :class:`app.samples.render.InvoiceRenderer` (which provides the canvas ``cv``, the
content ``c``, the style ``s``, the notation ``f``, the base size ``b`` and the margins). Totals
come as a right-aligned block, a VAT table per rate next to the block, one inline line or a box;
notes hold the VAT regime sentence, the payment sentence (or a betalingskenmerk box) and the
G-rekening note; the footer carries the supplier's KvK, btw-id, IBAN and BIC as a bar or in
three columns, plus "Pagina i van n".
"""

from __future__ import annotations

from typing import Any

from app.samples import wording as w
from app.samples.canvas import GREY, LIGHT, Canvas


def wrap(cv: Canvas, text: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width``."""
    out, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and cv.text_width(trial, size) > width:
            out.append(line)
            line = word
        else:
            line = trial
    return out + ([line] if line else [])


class TotalsAndFooter:
    cv: Canvas
    c: Any
    s: Any
    f: Any
    b: float
    left: float
    right: float

    def _footer_height(self) -> float:
        raise NotImplementedError

    # totals ------------------------------------------------------------------
    def _totals(self, y: float) -> None:
        cv, c, f, b, s = self.cv, self.c, self.f, self.b, self.s
        vats = c.vat_breakdown()
        zero_label = {"reverse_charge": "Btw verlegd", "icp": "Btw 0% (ICP)",
                      "exempt": "Vrijgesteld", "zero": "Btw 0%"}  # fmt: skip
        if c.lang == "en":
            zero_label = {"reverse_charge": "VAT reverse charged", "icp": "VAT 0% (ICP)",
                          "exempt": "VAT exempt", "zero": "VAT 0%"}  # fmt: skip
        vat_rows = []
        for rate, base, amount in vats:
            if c.regime != "normal":
                label = zero_label[c.regime]
            elif s.totals == "block":
                label = (
                    f"{f.label('vat_on', rate=w.formats.format_rate(rate))} {f.money(base, False)}"
                )
            else:
                label = f.label("vat_on", rate=w.formats.format_rate(rate))
            vat_rows.append((label, f.money(amount)))
        block = [(f.label("total_excl"), f.money(c.total_excl))] + vat_rows
        total_row = (f.label("total"), f.money(c.total_incl))
        if s.totals == "inline":
            parts = block + [total_row]
            y += b * 1.5
            text = "    ".join(f"{k} {v}" for k, v in parts)
            for line in wrap(cv, text, b, self.right - self.left):
                cv.text(self.left, y, line, b, bold=True)
                y += b * 1.5
        else:
            if s.totals == "vat_table":
                self._vat_table(y, vats)
            lx = self.right - 215
            if s.totals == "boxed":
                height = (len(block) + 1) * b * 1.6 + b * 1.8
                cv.box(lx - 8, y, self.right + 4, y + height)
                cv.box(lx - 8, y + height - b * 2.2, self.right + 4, y + height, fill=LIGHT)
            y += b * 1.6
            for k, v in block:
                cv.text(lx, y, k, b)
                cv.text(self.right, y, v, b, align="right")
                y += b * 1.6
            if s.totals != "boxed":
                cv.hline(lx, self.right, y - b * 0.9)
            y += b * 0.4
            cv.text(lx, y, total_row[0], b + 1, bold=True)
            cv.text(self.right, y, total_row[1], b + 1, bold=True, align="right")
            y += b * 2.5
        self._notes(max(y, self._vat_table_end if s.totals == "vat_table" else y) + b)

    _vat_table_end = 0.0

    def _vat_table(self, y: float, vats: list) -> None:
        cv, f, b = self.cv, self.f, self.b
        x = [self.left, self.left + 50, self.left + 140, self.left + 220]
        y += b * 1.6
        heads = [f.label("vat"), f.label("base"), f.label("vat_amount")]
        cv.text(x[0], y, heads[0], b - 0.5, bold=True)
        cv.text(x[2], y, heads[1], b - 0.5, bold=True, align="right")
        cv.text(x[3], y, heads[2], b - 0.5, bold=True, align="right")
        cv.hline(x[0], x[3], y + 3, width=0.4)
        for rate, base, amount in vats:
            y += b * 1.5
            cv.text(x[0], y, w.formats.format_rate(rate) + "%", b)
            cv.text(x[2], y, f.money(base, symbol=False), b, align="right")
            cv.text(x[3], y, f.money(amount, symbol=False), b, align="right")
        self._vat_table_end = y + b

    def _notes(self, y: float) -> None:
        cv, c, f, b, s = self.cv, self.c, self.f, self.b, self.s
        notes = [n for n in (w.regime_note(c, f),) if n]
        pay = w.payment_sentences(c, f)
        if c.kenmerk and s.payment == "box" and c.kind == "invoice":
            cv.box(self.left, y - b - 4, self.left + 230, y + b * 2.2, fill=LIGHT)
            cv.text(self.left + 6, y, "Betalingskenmerk", b - 1, color=GREY)
            cv.text(self.left + 6, y + b * 1.5, w.kenmerk_text(c.payment_reference or ""), b + 1,
                    bold=True)  # fmt: skip
            y += b * 4
        g_note = w.g_account_note(c, f)
        for text in notes + [" ".join(pay)] + ([g_note] if g_note else []):
            for line in wrap(cv, text, b, self.right - self.left):
                cv.text(self.left, y, line, b)
                y += b * 1.4
            y += b * 0.4

    # footer ------------------------------------------------------------------
    def _footer(self, page: int, total: int) -> None:
        cv, c, f, b, s = self.cv, self.c, self.f, self.b, self.s
        height = self.s.size[1]
        if total > 1 or s.page_numbers:
            label = f.label("page", i=page, n=total)
            cv.text(self.right, height - self._footer_height() - 2, label, b - 1, align="right")
        small = b - 1.5
        if s.footer == "bar":
            y = height - 42
            cv.hline(self.left, self.right, y - small * 1.4, color=GREY)
            first = [
                c.issuer.name,
                *w.address_lines(c, "issuer", f)[:2],
                *w.contact_lines(c, f)[:1],
            ]
            cv.text((self.left + self.right) / 2, y, " · ".join(first), small, align="center",
                    color=GREY)  # fmt: skip
            ids = " | ".join(w.identity_lines(c, f))
            cv.text((self.left + self.right) / 2, y + small * 1.5, ids, small, align="center",
                    color=GREY)  # fmt: skip
        elif s.footer == "columns":
            y = height - 62
            cv.hline(self.left, self.right, y - small * 1.5, color=GREY)
            third = (self.right - self.left) / 3
            blocks = [[c.issuer.name, *w.address_lines(c, "issuer", f)], w.contact_lines(c, f),
                      w.identity_lines(c, f)]  # fmt: skip
            for i, rows in enumerate(blocks):
                cv.lines(self.left + i * third, y, rows, small, color=GREY)
