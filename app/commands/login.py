"""``factuurflow login EMAIL``: check a user's password (read from FACTUURFLOW_PASSWORD or asked
for) the way the window does, and report the result. Useful for scripts and support."""

from __future__ import annotations

import getpass
import os

from app.commands.base import command_parser, print_json


def register(sub) -> None:
    p = command_parser(sub, "login", "Aanmelding controleren (e-mail + wachtwoord)")
    p.add_argument("email")
    p.set_defaults(handler=login)


def login(args, ctx) -> int:
    from app.services.auth import login as do_login

    password = os.environ.get("FACTUURFLOW_PASSWORD")
    if password is None:
        password = getpass.getpass("Wachtwoord: ")
    actor = do_login(ctx.app, args.email, password)
    if ctx.json:
        print_json({"user_id": actor.user_id, "email": actor.email, "role": actor.role})
    else:
        print(f"Aangemeld als {actor.name} ({actor.role}).")
    return 0
