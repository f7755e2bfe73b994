"""Shared plumbing for CLI subcommands: the per-invocation context and parser helpers.

:class:`CliContext` gives handlers lazy access to settings, the database and the services acting
as the chosen user, so commands that need none of these (``extract``) never open a database.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def command_parser(sub: argparse._SubParsersAction, name: str, help: str, **kw: Any) -> argparse.ArgumentParser:
    """Add a subcommand parser that also accepts the global options after the subcommand."""
    from app.cli import add_global_options

    parser = sub.add_parser(name, help=help, description=help, **kw)
    add_global_options(parser, suppress=True)
    return parser


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


class CliContext:
    """What a handler needs, created lazily from the parsed global options."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._settings: Any = None
        self._database: Any = None

    # The full implementation (settings, database, services as user) lands with the foundation.
    def setup_logging(self) -> None:
        pass

    def open_window(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        pass
