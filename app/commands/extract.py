"""``factuurflow extract FILE... [--json] [--jobs N]``: read invoices and show what was read.

Needs no database: every file goes through :func:`app.pipeline.extract.extract_file` (in this
process) or, with ``--jobs N``, through the process pool of :mod:`app.pipeline.batch`, which holds
each file to its time limit and survives crashing workers. With ``--json`` every input file gives
exactly one JSON object on one line, in input order; without it a short readable summary.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from app.commands.base import command_parser, print_json

EPILOG = """\
Uitvoer: per invoerbestand precies één resultaat, in de volgorde van de invoer. Met --json is
dat één JSON-object per regel met de sleutels file, status ("ok" of "error"), error, source,
pages, seconds, document_type, supplier, customer, invoice_number, invoice_date, due_date,
currency, total_excl_vat, total_vat, total_incl_vat, vat_breakdown, lines, payment_reference
en fields (null waar onbekend).

Zonder --jobs wordt alles in dit proces gelezen (alleen pagina- en pixellimieten). Met --jobs N
leest een pool van N processen; een bestand dat langer duurt dan de tijdslimiet of het
leesproces laat crashen krijgt status "error" en de rest gaat gewoon door.

Exitcode: 0 zodra elk bestand een resultaat kreeg, ook als dat resultaat status "error" heeft
(onleesbaar, versleuteld, niet gevonden, ...); 2 bij een fout in de aanroep zelf.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command_parser(
        subparsers,
        "extract",
        help="facturen lezen (PDF, scan, afbeelding, UBL/CII/Factur-X) en de gegevens tonen",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="te lezen bestand(en)")
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="lees met N parallelle processen, met tijdslimiet per bestand",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDEN",
        help="tijdslimiet per bestand bij --jobs (standaard 120)",
    )
    parser.set_defaults(handler=run)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("moet 1 of meer zijn")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen getal: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("moet groter dan 0 zijn")
    return value


def run(args: argparse.Namespace, ctx: Any) -> int:
    from dataclasses import replace

    from app.pipeline.limits import DEFAULT_LIMITS

    limits = DEFAULT_LIMITS
    if args.timeout:
        limits = replace(limits, seconds_per_file=args.timeout)
    as_json = bool(getattr(args, "json", False))
    for result in _results(args.files, args.jobs, limits):
        if as_json:
            print_json(result.to_json())
        else:
            sys.stdout.write(summary(result.to_json()) + "\n")
        sys.stdout.flush()
    return 0


def _results(files: list[str], jobs: int | None, limits: Any) -> Iterator[Any]:
    if jobs:
        from app.pipeline.batch import extract_many

        yield from extract_many(files, jobs=jobs, limits=limits)
        return
    from app.pipeline.extract import extract_file

    for name in files:
        yield extract_file(name, limits=limits)


def summary(data: dict[str, Any]) -> str:
    """A few readable lines for one result (the ``--json`` object as input)."""
    if data["status"] != "ok":
        return f"{data['file']}: FOUT: {data['error']}"
    pages = data["pages"]
    head = f"{data['file']}: ok ({data['source']}"
    if pages:
        head += f", {pages} pagina" if pages == 1 else f", {pages} pagina's"
    head += f", {data['seconds']:.2f} s)"
    kind = {"credit_note": "Creditnota", "other": "Document"}.get(data["document_type"], "Factuur")
    lines = [head, f"  {kind} {data['invoice_number'] or '?'}"]
    dates = [f"datum {data['invoice_date']}" if data["invoice_date"] else ""]
    dates.append(f"vervalt {data['due_date']}" if data["due_date"] else "")
    if any(dates):
        lines[-1] += " (" + ", ".join(d for d in dates if d) + ")"
    for label, party in (("Leverancier", data["supplier"]), ("Klant", data["customer"])):
        ids = [
            f"{k} {party[key]}"
            for k, key in (("KvK", "kvk"), ("btw", "vat_number"), ("IBAN", "iban"))
            if party.get(key)
        ]
        extra = f" ({', '.join(ids)})" if ids else ""
        lines.append(f"  {label}: {party['name'] or '?'}{extra}")
    cur = data["currency"] or ""
    lines.append(
        f"  Totaal: {cur} {data['total_excl_vat'] or '?'} excl. + {data['total_vat'] or '?'} btw"
        f" = {data['total_incl_vat'] or '?'}"
    )
    for vat in data["vat_breakdown"]:
        lines.append(f"    btw {vat['rate']}%: {vat['amount']} over {vat['base']}")
    if data["lines"]:
        lines.append(f"  {len(data['lines'])} regel(s)")
    if data["payment_reference"]:
        lines.append(f"  Betalingskenmerk: {data['payment_reference']}")
    return "\n".join(lines)
