"""Synthetic Dutch and English invoices with known truth, for tests, demos and the benchmark.

:func:`generate_invoice` draws a purchase invoice (or credit note) of one of the demo suppliers to
one of the demo administrations, in one of the named :data:`LAYOUTS`, and returns the PDF bytes
with the exact ``extract --json`` truth. :func:`generate_sales_invoice` does the same with the
administration itself as issuer and one of its customers as addressee. Everything is
deterministic in the seed. Scans and images are made from these PDFs by
:mod:`app.samples.degrade`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.samples.content import InvoiceContent, build_content
from app.samples.foreign import LINE_RATES
from app.samples.html_render import render_html_invoice
from app.samples.layouts import HOLDOUT_LAYOUTS, LAYOUTS, get_style
from app.samples.office import DemoAdministration, demo_administrations
from app.samples.records import Company, DemoRelation
from app.samples.render import render_invoice
from app.samples.wording import Fmt

__all__ = ["HOLDOUT_LAYOUTS", "LAYOUTS", "GeneratedInvoice", "generate_invoice",
           "generate_sales_invoice"]  # fmt: skip

KINDS = ("invoice", "credit_note")

_SALES_ARTICLES: dict[str, tuple[tuple[str, str, Decimal], ...]] = {
    "BAK": (("BR-VK", "Volkoren brood 800 g", Decimal("2.85")),
            ("BR-WIT", "Wit casinobrood 800 g", Decimal("2.60")),
            ("CROIS", "Roomboter croissants", Decimal("0.95")),
            ("APPT", "Appeltaart 12 personen", Decimal("18.50")),
            ("KOFF", "Koffiebroodjes assortiment", Decimal("1.35"))),
    "INS": (("MONT", "Montage-uren monteur", Decimal("58.50")),
            ("CV-OH", "Onderhoud cv-ketel", Decimal("95.00")),
            ("WP-8KW", "Warmtepomp 8 kW incl. montage", Decimal("6450.00")),
            ("MAT", "Klein materiaal", Decimal("37.80")),
            ("VOORR", "Voorrijkosten", Decimal("35.00"))),
    "FYS": (("BEH", "Behandeling fysiotherapie", Decimal("38.50")),
            ("INT", "Intake en onderzoek", Decimal("57.00")),
            ("BF-CON", "Bedrijfsfysiotherapie consult", Decimal("85.00")),
            ("WP-ONDZ", "Werkplekonderzoek", Decimal("145.00"))),
}  # fmt: skip


@dataclass
class GeneratedInvoice:
    pdf: bytes
    truth: dict[str, Any]
    layout: str
    content: InvoiceContent
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def filename(self) -> str:
        safe = "".join(ch if ch.isalnum() else "_" for ch in self.truth["invoice_number"])
        return f"{self.layout}_{safe}.pdf"


def _render(content: InvoiceContent, layout: str) -> GeneratedInvoice:
    style = get_style(layout)
    pdf, pages = (render_html_invoice if style.html else render_invoice)(content, style)
    positive = bool(content.extra.get("positive_amounts"))
    fmt = Fmt(style, content.lang, positive=positive)
    meta = {"amount_style": fmt.amount_style, "date_style": fmt.date_style, "lang": content.lang,
            "regime": content.regime, "labels": "en" if content.lang == "en" else style.labels,
            "positive_amounts": positive}  # fmt: skip
    return GeneratedInvoice(pdf, content.truth(pages), layout, content, meta)


def _pick_layout(rng: random.Random, layout: str | None) -> str:
    if layout is None:
        return rng.choice(LAYOUTS)
    get_style(layout)  # raises KeyError for an unknown name
    return layout


def generate_invoice(
    seed: int,
    *,
    layout: str | None = None,
    supplier: DemoRelation | None = None,
    customer: Company | None = None,
    kind: str = "invoice",
    lang: str | None = None,
    date_range: tuple[date, date] | None = None,
    discount: str | None = None,
    long_descriptions: bool = False,
) -> GeneratedInvoice:
    """A purchase invoice (``kind="invoice"``) or credit note (``"credit_note"``) with truth.

    ``supplier`` may be one of :func:`app.samples.foreign.foreign_suppliers` (charging its own
    country's VAT); ``discount`` (``"line"`` or ``"invoice"``) and ``long_descriptions`` are
    passed to :func:`app.samples.content.build_content`.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    rng = random.Random(f"purchase-invoice:{seed}")
    layout = _pick_layout(rng, layout)
    admins = demo_administrations()
    if supplier is None:
        admin = rng.choice(admins)
        supplier = rng.choice(admin.suppliers)
    else:
        owners = [a for a in admins if any(r.name == supplier.name for r in a.relations)]
        admin = rng.choice(owners or admins)
    customer = customer or admin.company
    lang = lang or supplier.lang
    line_count = rng.randrange(26, 40) if layout == "multipage" else None
    content = build_content(rng, supplier, customer, kind=kind, lang=lang,
                            articles=supplier.articles, default_vat=supplier.default_vat,
                            line_count=line_count, date_range=date_range,
                            line_rates=LINE_RATES if supplier.country != "NL" else None,
                            discount=discount, long_descriptions=long_descriptions)  # fmt: skip
    return _render(content, layout)


def generate_sales_invoice(
    seed: int,
    *,
    administration: DemoAdministration | None = None,
    customer: DemoRelation | None = None,
    layout: str | None = None,
    kind: str = "invoice",
    date_range: tuple[date, date] | None = None,
) -> GeneratedInvoice:
    """An invoice issued by the administration itself to one of its customers."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    rng = random.Random(f"sales-invoice:{seed}")
    layout = _pick_layout(rng, layout)
    admin = administration or rng.choice(demo_administrations())
    customer = customer or rng.choice(admin.customers)
    line_count = rng.randrange(26, 40) if layout == "multipage" else None
    content = build_content(rng, admin.company, customer, kind=kind, lang="nl",
                            articles=_SALES_ARTICLES[admin.company.code],
                            default_vat=customer.default_vat, line_count=line_count,
                            date_range=date_range)  # fmt: skip
    return _render(content, layout)
