"""Shared plumbing for CLI subcommands: the per-invocation context and parser helpers.

:class:`CliContext` gives handlers lazy access to settings, the database and the services acting
as the chosen user, so commands that need none of these (``extract``) never open a database.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.errors import UserFacingError


def command_parser(
    sub: argparse._SubParsersAction, name: str, help: str, **kw: Any
) -> argparse.ArgumentParser:
    """Add a subcommand parser that also accepts the global options after the subcommand."""
    from app.cli import add_global_options

    parser = sub.add_parser(name, help=help, description=help, **kw)
    add_global_options(parser, suppress=True)
    return parser


def group_parser(
    sub: argparse._SubParsersAction, name: str, help: str
) -> argparse._SubParsersAction:
    """A subcommand with its own subcommands (``user add``, ``user list`` ...)."""
    parser = command_parser(sub, name, help)
    inner = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION")
    inner.required = True
    return inner


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[list[Any]], headers: list[str]) -> None:
    """A plain aligned text table for humans."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


class CliContext:
    """What a handler needs, created lazily from the parsed global options."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._app: Any = None
        self._services: Any = None

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def paths(self):
        from app.config import resolve_paths

        return resolve_paths(getattr(self.args, "data_dir", None))

    @property
    def app(self):
        """The AppContext (database opened and migrated on first use)."""
        if self._app is None:
            from app.services.context import AppContext

            self._app = AppContext.open(
                getattr(self.args, "data_dir", None), getattr(self.args, "db", None)
            )
        return self._app

    @property
    def services(self):
        """Services acting as ``--as`` or the organisation's first Beheerder."""
        if self._services is None:
            from app.services.context import Services

            actor = self.app.actor_for(getattr(self.args, "as_user", None))
            self._services = Services(self.app, actor)
        return self._services

    def setup_logging(self) -> None:
        from app.config import setup_logging

        try:
            setup_logging(self.paths)
        except OSError as exc:
            raise UserFacingError(f"Logmap niet schrijfbaar: {exc}") from exc

    def open_window(self) -> int:
        from app.ui.main import run_gui

        return run_gui(self.args)

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
            self._app = None
