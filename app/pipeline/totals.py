"""Invoice totals and VAT breakdown, chosen by arithmetic cross-checks between labelled amounts.

Given the labelled amounts (:mod:`app.pipeline.amounts`), the VAT rows with a percentage make the
per-rate breakdown, and among all candidates the combination is chosen that adds up (net + VAT =
total, VAT = Σ per rate, each rate × base ≈ amount within rounding, the lines summing to the net),
with label strength and position (later on the document wins) as tie breakers; the confidence of
each total says how well it was confirmed. Arithmetic only chooses between printed amounts: when
the page prints a labelled total (or net) that does not add up, that printed value is reported
with a low confidence, never a consistent value computed in its place, so that validation
questions it. An unreadable VAT amount is derived from net and total at a known rate, and when no
labels are readable (a poor scan) a search for three amounts that add up at a known VAT rate is
the fallback. The known rates are those of the supplier's country (:mod:`app.pipeline.vat_rates`,
Dutch by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product

from app.pipeline.amounts import CENT, NET, TOL, TOTAL, VAT, ZERO_VAT, Amount, bbox_of
from app.pipeline.invoice import VatLine
from app.pipeline.parse_values import find_amounts
from app.pipeline.vat_rates import VAT_RATES
from app.pipeline.words import Layout

__all__ = ["CENT", "TOL", "Amount", "Totals", "choose", "rate_ok", "zero_vat_text"]


@dataclass
class Totals:
    net: Decimal | None = None
    vat: Decimal | None = None
    total: Decimal | None = None
    breakdown: list[VatLine] = field(default_factory=list)
    sources: dict[str, Amount] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)


def rate_ok(rate: Decimal, base: Decimal, amount: Decimal) -> bool:
    return abs((base * rate / 100).quantize(CENT) - amount) <= TOL


_DUTCH = VAT_RATES["NL"]


def choose(
    amounts: list[Amount],
    *,
    zero_vat: bool,
    lines_sum: Decimal | None,
    rates: tuple[Decimal, ...] = _DUTCH,
) -> Totals:
    """Pick net, VAT and total (and the per-rate breakdown) that agree with each other.

    ``rates`` are the non-zero VAT rates of the supplier's country (:func:`rates_for`).
    """
    nets = [a for a in amounts if a.kind == NET]
    totals = [a for a in amounts if a.kind == TOTAL]
    vat_all = [a for a in amounts if a.kind == VAT]
    rated = _breakdown_rows(vat_all)
    vat_plain = [a for a in vat_all if a.rate is None]
    vat_opts: list[tuple[Decimal, float, Amount | None]] = [
        (a.value, a.strength, a) for a in vat_plain
    ]
    if rated:
        s = sum((a.value for a in rated), Decimal(0))
        vat_opts.append(
            (s, 0.85 if len(rated) > 1 else 0.8, rated[-1] if len(rated) == 1 else None)
        )
    nonzero = any(a.value != 0 for a in vat_all)
    vat_opts.append((Decimal(0), 0.6 if zero_vat else (-1.5 if nonzero else 0.1), None))
    n_opts: list[Amount | None] = [*nets, None]
    if lines_sum is not None and all(abs(a.value - lines_sum) > CENT for a in nets):
        # the net as the sum of the lines, for when the printed net is unreadable
        n_opts.append(Amount(lines_sum, NET, 0.3, 0, (0.0, 0.0, 0.0, 0.0), 0, label="lines"))
    # a printed total is reported as printed: no computed total in its place
    t_opts: list[Amount | None] = [*totals] if totals else [None]
    n_max = max((a.order for a in amounts), default=1) or 1
    best, best_score = None, -1e9
    combos = list(product(n_opts, vat_opts, t_opts))
    for n_a in nets:  # VAT unreadable but net and total are: the difference at a known rate
        for t_a in totals:
            diff = t_a.value - n_a.value
            if diff and any(rate_ok(r, n_a.value, diff) for r in rates):
                combos.append((n_a, (diff, 0.3, None), t_a))
    for n, (vv, vs, va), t in combos:
        if n is None and t is None:
            continue
        score = vs
        if n is not None:
            score += n.strength + 0.3 * n.order / n_max
        elif nets:
            score -= 1.5  # a net computed while the page prints one
        if t is not None:
            score += t.strength + 0.3 * t.order / n_max
        if n is not None and t is not None:
            if abs(n.value + vv - t.value) <= CENT:
                score += 3
            else:
                score -= 2
            if n.order > t.order and n.page == t.page:
                score -= 0.3
        net_v = n.value if n is not None else (t.value - vv if t is not None else None)
        if lines_sum is not None and net_v is not None and abs(lines_sum - net_v) <= CENT:
            score += 1
        single = rated[0] if len(rated) == 1 and rated[0].base is None else None
        if (
            single is not None
            and net_v is not None
            and rate_ok(single.rate or Decimal(0), net_v, vv)
        ):
            score += 0.5
        if score > best_score:
            best, best_score = (n, (vv, vs, va), t), score
    res = Totals()
    if best is None:
        return res
    n, (vv, vs, va), t = best
    res.vat = vv
    res.net = n.value if n is not None else (t.value - vv if t is not None else None)
    res.total = t.value if t is not None else (res.net + vv if res.net is not None else None)
    agree = n is not None and t is not None and abs(n.value + vv - t.value) <= CENT
    base_conf = 0.97 if agree else 0.6
    if n is not None and n.label != "lines":
        res.sources["total_excl_vat"] = _strongest(n, nets)
    if t is not None:
        res.sources["total_incl_vat"] = _strongest(t, totals)
    if va is not None:
        res.sources["total_vat"] = va
    res.confidence = {
        "total_excl_vat": base_conf if n is not None else base_conf * 0.8,
        "total_vat": base_conf if va is not None or vv == 0 else base_conf * 0.9,
        "total_incl_vat": base_conf if t is not None else base_conf * 0.8,
    }
    res.breakdown = _make_breakdown(rated, res.net, vv, zero_vat, rates)
    return res


def _strongest(chosen: Amount, same_kind: list[Amount]) -> Amount:
    """Of the candidates with the chosen value, the one with the strongest label (the totals
    block rather than the payment sentence), for the box shown to the user."""
    equal = [a for a in same_kind if a.value == chosen.value]
    return max(equal, key=lambda a: (a.strength, a.order)) if equal else chosen


def _breakdown_rows(vat_all: list[Amount]) -> list[Amount]:
    """Per-rate VAT rows; the last occurrence of each rate wins (totals sit at the end)."""
    by_rate: dict[Decimal, Amount] = {}
    for a in vat_all:
        if a.rate is not None:
            by_rate[a.rate] = a
    return sorted(by_rate.values(), key=lambda a: -a.rate if a.rate is not None else 0)


def _fits(a: Amount, base: Decimal | None, net: Decimal) -> bool:
    return base is None or rate_ok(a.rate or Decimal(0), net, a.value)


def _make_breakdown(
    rated: list[Amount],
    net: Decimal | None,
    vat: Decimal,
    zero_vat: bool,
    rates: tuple[Decimal, ...],
) -> list[VatLine]:
    if rated and abs(sum((a.value for a in rated), Decimal(0)) - vat) <= CENT:
        out = []
        for a in rated:
            base = a.base
            if len(rated) == 1 and net is not None and base != net and _fits(a, base, net):
                base = net  # one rate: its base is the net total (a misread base loses)
            if base is None and a.rate:
                base = (a.value * 100 / a.rate).quantize(CENT)
            out.append(VatLine(rate=a.rate or Decimal(0), base=base or Decimal(0), amount=a.value))
        return out
    if net is None:
        return []
    if vat == 0:
        cat = "AE" if zero_vat else "Z"
        return [VatLine(rate=Decimal(0), base=net, amount=Decimal(0), category=cat)]
    for r in rates:
        if rate_ok(r, net, vat):
            return [VatLine(rate=r, base=net, amount=vat)]
    return []


def zero_vat_text(text: str) -> bool:
    return bool(ZERO_VAT.search(text))


def arithmetic_fallback(layouts: list[Layout], rates: tuple[Decimal, ...] = _DUTCH) -> Totals:
    """Three amounts a + b = c with b = rate × a (one of ``rates``), from the whole document."""
    vals: list[tuple[Decimal, int, tuple[float, float, float, float], int]] = []
    order = 0
    for layout in layouts:
        for line in layout.lines:
            for v, s, e in find_amounts(line.text):
                ws = line.words_in_span(s, e)
                order += 1
                if v > 0 and ws:
                    vals.append((v, line.page, bbox_of(ws), order))
    uniq = sorted({v[0] for v in vals}, reverse=True)[:40]
    res = Totals()
    for c in uniq:
        for a in uniq:
            if a >= c:
                continue
            b = c - a
            for r in rates:
                if rate_ok(r, a, b) and b in uniq:
                    res.net, res.vat, res.total = a, b, c
                    res.breakdown = [VatLine(rate=r, base=a, amount=b)]
                    res.confidence = dict.fromkeys(
                        ("total_excl_vat", "total_vat", "total_incl_vat"), 0.6
                    )
                    for key, val in (
                        ("total_excl_vat", a),
                        ("total_vat", b),
                        ("total_incl_vat", c),
                    ):
                        src = [x for x in vals if x[0] == val][-1]
                        res.sources[key] = Amount(val, None, 0.5, src[1], src[2], src[3])
                    return res
    return res
