"""The ``factuurflow`` command: without a subcommand it opens the window, with one it is the
headless face of the same services.

Global options ``--data-dir`` and ``--db`` choose the data folder and database, ``--as EMAIL``
acts as that user (default: the organisation's first Beheerder), ``--json`` prints data as JSON.
Subcommands live in :mod:`app.commands` (one module per group, discovered automatically). This
module never imports Qt; the ``gui`` path imports :mod:`app.ui` lazily.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from app import __version__
from app.errors import UserFacingError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factuurflow",
        description="Factuurflow: facturen lezen, coderen en boeken voor accountantskantoren.",
    )
    parser.add_argument("--version", action="version", version=f"factuurflow {__version__}")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.commands as commands_pkg

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"app.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """Global options, accepted before or after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="data folder (default: the platform's user data folder)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="SQLAlchemy database URL (default: SQLite in the data folder)",
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="EMAIL",
        default=default,
        help="act as this user (default: the first Beheerder)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print data as JSON",
    )


def main(argv: Sequence[str] | None = None) -> int:
    from app.commands.base import CliContext

    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext(args)
    try:
        ctx.setup_logging()
        handler = getattr(args, "handler", None)
        if handler is None:
            return ctx.open_window()
        return int(handler(args, ctx) or 0)
    except UserFacingError as exc:
        print(f"factuurflow: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factuurflow: afgebroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
