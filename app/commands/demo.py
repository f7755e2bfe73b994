"""``factuurflow demo``: create a realistic demo office in an empty database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.commands.base import command_parser, print_json

if TYPE_CHECKING:
    from app.services.context import AppContext


def register(sub) -> None:
    p = command_parser(
        sub,
        "demo",
        "Demokantoor aanmaken (gebruikers, afdelingen, administraties, stamgegevens en documenten)",
    )
    p.add_argument(
        "--no-documents", action="store_true", help="alleen stamgegevens, geen documenten innemen"
    )
    p.set_defaults(handler=demo)


def demo(args, ctx) -> int:
    from app.services.demo import create_demo_office

    summary = create_demo_office(ctx.app)
    extra: dict[str, Any] = {}
    if not args.no_documents:
        take_in: Callable[[AppContext], dict[str, Any]] | None
        try:
            from app.services.demo_documents import take_in_demo_documents as take_in
        except ImportError:  # arrives with the processing services
            take_in = None
        if take_in is not None:
            extra = take_in(ctx.app)
    if ctx.json:
        print_json(
            {
                "organisation": summary.organisation,
                "users": summary.users,
                "administrations": summary.administrations,
                "password": summary.password,
                **extra,
            }
        )
    else:
        print(f"Demokantoor '{summary.organisation}' aangemaakt.")
        print(f"Administraties: {', '.join(summary.administrations)}")
        print(f"Gebruikers (wachtwoord '{summary.password}'):")
        for email in summary.users:
            print(f"  {email}")
    return 0
