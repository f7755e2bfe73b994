"""``factuurflow bench``: measurement commands for developers and release checks.

``bench extraction`` generates a fresh set of synthetic Dutch/English invoices (text PDFs, 200 dpi
scans, images) plus the public e-invoice samples, reads them with Factuurflow and with
invoice2data in the same run and prints per-kind, per-field accuracy side by side
(:mod:`app.benchmark.extraction`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import command_parser, print_json
from app.errors import UserFacingError


def register(sub: argparse._SubParsersAction) -> None:
    bench = command_parser(sub, "bench", "Benchmarks van de leesmotor (bench extraction)")
    bench_sub = bench.add_subparsers(dest="bench_command", metavar="BENCHMARK")
    bench_sub.required = True
    ext = command_parser(
        bench_sub, "extraction",
        "Vergelijk Factuurflow en invoice2data op verse gegenereerde facturen en e-facturen",
    )  # fmt: skip
    ext.add_argument("--count", type=int, default=20, metavar="N",
                     help="gegenereerde documenten per soort (standaard 20)")  # fmt: skip
    ext.add_argument("--out", metavar="DIR", help="map voor de bestanden en rapporten")
    ext.add_argument("--kinds", default="text,scan,image,einvoice",
                     help="soorten, komma-gescheiden: text,scan,image,einvoice,other")  # fmt: skip
    ext.add_argument("--seed", type=int, default=None, metavar="S", help="basis-seed")
    ext.add_argument("--holdout", action="store_true",
                     help="alleen layouts die nooit in tests of tuning gebruikt zijn")  # fmt: skip
    ext.add_argument("--quiet", action="store_true", help="geen voortgang op stderr")
    ext.set_defaults(handler=bench_extraction)
    learn = command_parser(
        bench_sub, "learning",
        "Leercurve: eerste factuur corrigeren met 'onthoud', daarna de volgende meten",
    )  # fmt: skip
    learn.add_argument("--next", type=int, default=10, metavar="N",
                       help="volgende facturen per layout (standaard 10)")  # fmt: skip
    learn.add_argument("--kind", choices=("text", "scan"), default="text")
    learn.add_argument("--layouts", help="komma-gescheiden layouts (standaard alle)")
    learn.add_argument("--seed", type=int, default=8_100_000)
    learn.set_defaults(handler=bench_learning)


def bench_learning(args: argparse.Namespace, ctx: object) -> int:
    import sys

    from app.benchmark.learning import format_learning, run_learning_curve

    if args.next < 1:
        raise UserFacingError("--next moet minstens 1 zijn")
    layouts = tuple(x.strip() for x in args.layouts.split(",")) if args.layouts else None
    json_out = bool(getattr(args, "json", False))
    report = run_learning_curve(
        next_count=args.next,
        kind=args.kind,
        seed=args.seed,
        layouts=layouts,
        progress=None if json_out else lambda line: print(line, file=sys.stderr, flush=True),
    )
    print_json(report) if json_out else print(format_learning(report))
    return 0


def bench_extraction(args: argparse.Namespace, ctx: object) -> int:
    from app.benchmark.dataset import KINDS
    from app.benchmark.extraction import (
        DEFAULT_SEED,
        format_report,
        run_benchmark,
        stderr_progress,
    )

    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if not kinds or unknown:
        raise UserFacingError(
            f"Onbekende soort(en): {', '.join(unknown) or '(leeg)'}; kies uit {', '.join(KINDS)}"
        )
    if args.count < 1:
        raise UserFacingError("--count moet minstens 1 zijn")
    out = Path(args.out) if args.out else None
    if out is not None and out.exists() and not out.is_dir():
        raise UserFacingError(f"--out is geen map: {out}")
    report = run_benchmark(
        count=args.count,
        kinds=kinds,
        seed=DEFAULT_SEED if args.seed is None else args.seed,
        out=out,
        holdout=args.holdout,
        progress=None if args.quiet or getattr(args, "json", False) else stderr_progress,
    )
    if getattr(args, "json", False):
        print_json(report)
    else:
        print(format_report(report), end="")
    return 0
