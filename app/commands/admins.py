"""``factuurflow admin list|show|edit``; ``admin add`` and ``admin sync`` come with the
connectors (see :mod:`app.commands.admin_import`)."""

from __future__ import annotations

from app.commands.base import command_parser, group_parser, print_json, print_table
from app.services.administrations import PACKAGES
from app.services.dto import to_dict


def register(sub) -> None:
    inner = group_parser(sub, "admin", "Administraties")
    p = command_parser(inner, "list", "Administraties tonen die u mag zien")
    p.add_argument("--search")
    p.set_defaults(handler=list_admins)
    p = command_parser(inner, "show", "Eén administratie tonen")
    p.add_argument("admin", help="code of id")
    p.set_defaults(handler=show)
    p = command_parser(inner, "edit", "Instellingen van een administratie wijzigen")
    p.add_argument("admin", help="code of id")
    p.add_argument("--name")
    p.add_argument("--kvk")
    p.add_argument("--intake-email")
    p.add_argument("--watched-folder")
    p.add_argument("--monthly-target")
    p.add_argument("--auto-booking-limit")
    p.set_defaults(handler=edit)
    _register_import(inner)


def _register_import(inner) -> None:
    try:
        from app.commands import admin_import
    except ImportError:  # pragma: no cover - arrives with the connectors
        return
    admin_import.register_into(inner)


def _short(a) -> dict:
    return {
        "id": a.id,
        "code": a.code,
        "name": a.name,
        "package": a.package,
        "kvk": a.kvk,
        "sync_state": a.sync_state,
        "incomplete_reason": a.incomplete_reason,
    }


def list_admins(args, ctx) -> int:
    admins = ctx.services.administrations.list(args.search)
    if ctx.json:
        print_json([_short(a) for a in admins])
    else:
        print_table(
            [
                [
                    a.id,
                    a.code,
                    a.name,
                    PACKAGES.get(a.package, a.package),
                    a.kvk or "—",
                    a.sync_state,
                ]
                for a in admins
            ],
            ["id", "code", "naam", "pakket", "KvK", "synchronisatie"],
        )
    return 0


def show(args, ctx) -> int:
    a = ctx.services.administrations.get(args.admin)
    if ctx.json:
        print_json(to_dict(a))
    else:
        for k, v in to_dict(a).items():
            print(f"{k:20} {v}")
    return 0


def edit(args, ctx) -> int:
    changes = {
        k: v
        for k, v in {
            "name": args.name,
            "kvk": args.kvk,
            "intake_email": args.intake_email,
            "watched_folder": args.watched_folder,
            "monthly_target": args.monthly_target,
            "auto_booking_limit": args.auto_booking_limit,
        }.items()
        if v is not None
    }
    a = ctx.services.administrations.update(args.admin, **changes)
    print_json(to_dict(a)) if ctx.json else print(f"{a.name} bijgewerkt.")
    return 0
