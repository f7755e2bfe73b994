"""The named visual layouts of generated invoices.

A :class:`LayoutStyle` is a bundle of house-style choices: font family, wording of the labels,
amount and date notation, where the supplier and customer blocks sit (header left/right or
supplier in the footer), how the invoice data is laid out (label left of value, label above
value, a boxed grid), the line table (grid, rules, shading, no lines; column order), the totals
block (simple block, VAT table per rate, one line, box), the footer and the payment sentence.
:data:`LAYOUTS` are used by tests and tuning; :data:`HOLDOUT_LAYOUTS` only by the benchmark's
``--holdout`` run so readers are also measured on layouts nobody tuned against.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class LayoutStyle:
    name: str
    family: str = "helv"  # helv | tiro | cour
    labels: str = "nl_full"  # key of formats.LABEL_SETS (English invoices use "en")
    amount: str = "nl"  # formats.AMOUNT_STYLES
    date: str = "dmy_dash"  # formats.DATE_STYLES
    en_amount: str = "en"
    en_date: str = "long"
    logo: str = "circle"  # circle | rects | triangle | bar | none
    supplier: str = "left"  # left | right | footer | center
    customer: str = "left"  # left | right
    meta: str = "inline_right"  # inline_right | inline_left | above | grid
    colon: bool = True
    table: str = "lines"  # grid | lines | shaded | none | banded
    columns: tuple[str, ...] = ("description", "qty", "price", "vat", "amount")
    totals: str = "block"  # block | vat_table | inline | boxed
    footer: str = "bar"  # bar | columns | none
    payment: str = "ovv"  # ovv | short | box
    page_numbers: bool = False
    size: tuple[float, float] = (595, 842)
    base: float = 9
    title: str = "big"  # big | small | boxed
    due_as_term: bool = False  # print "Betalingstermijn 30 dagen" instead of a due date
    html: bool = False  # rendered with a PyMuPDF Story from HTML
    rows_per_page: int = 30


_BASE = LayoutStyle(name="classic")

LAYOUT_STYLES: dict[str, LayoutStyle] = {
    s.name: s
    for s in (
        _BASE,
        replace(_BASE, name="modern", labels="nl_short", amount="eur_sign", date="long",
                en_amount="en_sign", logo="bar", supplier="right", meta="above", table="shaded",
                columns=("code", "description", "qty", "price", "amount"), totals="vat_table",
                footer="columns"),
        replace(_BASE, name="formal", family="tiro", labels="nl_plain", amount="eur_code",
                date="dmy_dot", en_amount="eur_code", en_date="dmy_dot", logo="none",
                supplier="right", meta="inline_left", colon=False,
                columns=("qty", "description", "price", "vat", "amount"), base=10),
        replace(_BASE, name="dotmatrix", family="cour", amount="nl_plain", date="iso",
                en_date="iso", logo="none", table="none",
                columns=("code", "description", "qty", "price", "amount"), footer="none",
                payment="short", base=8.5),
        replace(_BASE, name="footer_supplier", labels="nl_short", date="dmy_slash",
                en_date="dmy_slash", logo="rects", supplier="footer", meta="grid", table="grid",
                totals="boxed", footer="columns"),
        replace(_BASE, name="utility", amount="eur_sign", date="long", en_amount="en_sign",
                logo="triangle", columns=("description", "qty", "price", "amount"),
                totals="vat_table", payment="box"),
        replace(_BASE, name="compact_right", family="tiro", labels="nl_short", logo="circle",
                supplier="right", customer="right", meta="above", table="grid",
                columns=("qty", "code", "description", "price", "amount"), totals="inline"),
        replace(_BASE, name="boxed", labels="nl_plain", amount="eur_code", logo="rects",
                meta="grid", table="grid",
                columns=("code", "description", "qty", "price", "vat", "amount"),
                totals="boxed", footer="columns", title="boxed"),
        replace(_BASE, name="letter", amount="en_sign", date="dmy_slash", logo="bar",
                table="shaded", size=(612, 792), page_numbers=True, due_as_term=True),
        replace(_BASE, name="minimal", labels="nl_short", amount="nl_sign_tight", logo="none",
                supplier="right", meta="inline_left", table="none", totals="inline",
                page_numbers=True, title="small", payment="short"),
        replace(_BASE, name="narrow", family="cour", amount="nl", date="dmy_dot",
                logo="none", supplier="center", customer="left", table="none",
                columns=("description", "qty", "amount"), footer="none", size=(420, 595),
                base=7.5, rows_per_page=18),
        replace(_BASE, name="two_rows", family="tiro", date="dmy_slash", logo="triangle",
                meta="above", table="lines", totals="vat_table", footer="columns",
                due_as_term=True),
        replace(_BASE, name="multipage", labels="nl_short", amount="eur_sign", logo="circle",
                table="lines", page_numbers=True, rows_per_page=14),
        replace(_BASE, name="html_table", html=True, labels="nl_full", amount="nl",
                date="long", table="grid", page_numbers=True),
    )
}  # fmt: skip

HOLDOUT_STYLES: dict[str, LayoutStyle] = {
    s.name: s
    for s in (
        replace(_BASE, name="holdout_banded", labels="nl_alt", amount="eur_code",
                date="dmy_slash_short", en_date="dmy_slash_short", logo="rects",
                supplier="right", customer="left", meta="grid", table="banded",
                columns=("code", "qty", "description", "vat", "price", "amount"),
                totals="vat_table", footer="columns"),
        replace(_BASE, name="holdout_serif_above", family="tiro", labels="nl_alt",
                amount="nl_sign_tight", date="long", logo="triangle", meta="above",
                table="none", totals="boxed", footer="bar", payment="box", title="small"),
        replace(_BASE, name="holdout_html", html=True, labels="nl_alt", amount="eur_sign",
                date="dmy_dot", table="banded", page_numbers=True, due_as_term=True),
    )
}  # fmt: skip

LAYOUTS: tuple[str, ...] = tuple(LAYOUT_STYLES)
HOLDOUT_LAYOUTS: tuple[str, ...] = tuple(HOLDOUT_STYLES)


def get_style(name: str) -> LayoutStyle:
    if name in LAYOUT_STYLES:
        return LAYOUT_STYLES[name]
    if name in HOLDOUT_STYLES:
        return HOLDOUT_STYLES[name]
    raise KeyError(f"unknown layout {name!r}; choose from {', '.join(LAYOUTS + HOLDOUT_LAYOUTS)}")
