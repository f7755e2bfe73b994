"""``factuurflow user add|list|edit|deactivate|activate|delete|assign|password`` and
``factuurflow blocked list|add|remove`` (zwarte lijst)."""

from __future__ import annotations

import getpass
import os

from app.commands.base import command_parser, group_parser, print_json, print_table
from app.errors import InvalidInput
from app.models.enums import ROLE_LABELS, USER_STATUS_LABELS, Role, UserStatus
from app.services.dto import to_dict


def register(sub) -> None:
    inner = group_parser(sub, "user", "Gebruikers beheren")
    p = command_parser(inner, "add", "Gebruiker toevoegen")
    _user_fields(p, required=True)
    p.add_argument("--password", help="wachtwoord (anders: FACTUURFLOW_PASSWORD of geen)")
    p.set_defaults(handler=add)
    p = command_parser(inner, "list", "Gebruikers tonen")
    p.add_argument("--search")
    p.set_defaults(handler=list_users)
    p = command_parser(inner, "edit", "Gebruiker wijzigen")
    p.add_argument("user", help="e-mailadres of id")
    _user_fields(p, required=False)
    p.set_defaults(handler=edit)
    for name, fn, text in (
        ("deactivate", deactivate, "Gebruiker deactiveren"),
        ("activate", activate, "Gebruiker weer activeren"),
        ("delete", delete, "Gebruiker verwijderen"),
    ):
        p = command_parser(inner, name, text)
        p.add_argument("user", help="e-mailadres of id")
        p.set_defaults(handler=fn)
    p = command_parser(inner, "assign", "Administraties direct toewijzen (vervangt de lijst)")
    p.add_argument("user")
    p.add_argument("admins", nargs="*", help="administraties (code of id)")
    p.set_defaults(handler=assign)
    p = command_parser(
        inner, "password", "Wachtwoord instellen (vraagt erom, of FACTUURFLOW_PASSWORD)"
    )
    p.add_argument("user")
    p.set_defaults(handler=password)

    inner = group_parser(sub, "blocked", "Zwarte lijst van afzenders")
    command_parser(inner, "list", "Geblokkeerde adressen tonen").set_defaults(handler=blocked_list)
    p = command_parser(inner, "add", "Adres (of @domein) blokkeren")
    p.add_argument("address")
    p.add_argument("--reason")
    p.set_defaults(handler=blocked_add)
    p = command_parser(inner, "remove", "Blokkade opheffen")
    p.add_argument("id", type=int)
    p.set_defaults(handler=blocked_remove)


def _user_fields(p, *, required: bool) -> None:
    p.add_argument("--first-name", required=required)
    p.add_argument("--last-name", required=required)
    p.add_argument("--email", required=required)
    p.add_argument(
        "--role",
        required=required,
        help="beheerder, teamleider, gebruiker, reviewer of aanleveraar",
    )
    p.add_argument("--department", help="naam of id van de afdeling")
    p.add_argument("--language", choices=None, help="nl of en")


def _user_id(ctx, ref: str) -> int:
    if ref.isdigit():
        return int(ref)
    return ctx.services.users.find_by_email(ref).id


def _department_id(ctx, ref: str | None) -> int | None:
    if not ref:
        return None
    return ctx.services.departments.find(ref).id


def _show(ctx, user) -> None:
    if ctx.json:
        print_json(_user_json(user))
    else:
        print(
            f"{user.name} <{user.email}> — {ROLE_LABELS[Role(user.role)][0]}, "
            f"{USER_STATUS_LABELS[UserStatus(user.status)][0]}"
        )


def _user_json(u) -> dict:
    d = to_dict(u)
    d["administration_ids"] = list(u.administration_ids)
    return d


def add(args, ctx) -> int:
    pw = args.password or os.environ.get("FACTUURFLOW_PASSWORD")
    user = ctx.services.users.create(
        first_name=args.first_name,
        last_name=args.last_name,
        email=args.email,
        role=args.role,
        department_id=_department_id(ctx, args.department),
        language=args.language or "nl",
        password=pw,
    )
    _show(ctx, user)
    return 0


def list_users(args, ctx) -> int:
    users = ctx.services.users.list(args.search)
    if ctx.json:
        print_json([_user_json(u) for u in users])
        return 0
    print_table(
        [
            [
                u.id,
                u.name,
                ROLE_LABELS[Role(u.role)][0],
                USER_STATUS_LABELS[UserStatus(u.status)][0],
                u.email,
                u.created_at.strftime("%d-%m-%Y"),
            ]
            for u in users
        ],
        ["id", "naam", "rol", "status", "e-mail", "aangemaakt"],
    )
    return 0


def edit(args, ctx) -> int:
    changes = {
        k: v
        for k, v in {
            "first_name": args.first_name,
            "last_name": args.last_name,
            "email": args.email,
            "role": args.role,
            "language": args.language,
        }.items()
        if v is not None
    }
    if args.department is not None:
        changes["department_id"] = _department_id(ctx, args.department)
    if not changes:
        raise InvalidInput("Niets te wijzigen: geef minstens één veld op.")
    _show(ctx, ctx.services.users.edit(_user_id(ctx, args.user), **changes))
    return 0


def deactivate(args, ctx) -> int:
    _show(ctx, ctx.services.users.deactivate(_user_id(ctx, args.user)))
    return 0


def activate(args, ctx) -> int:
    _show(ctx, ctx.services.users.reactivate(_user_id(ctx, args.user)))
    return 0


def delete(args, ctx) -> int:
    ctx.services.users.delete(_user_id(ctx, args.user))
    if not ctx.json:
        print("Gebruiker verwijderd.")
    return 0


def assign(args, ctx) -> int:
    ids = [ctx.services.administrations.get(a).id for a in args.admins]
    _show(ctx, ctx.services.users.assign_administrations(_user_id(ctx, args.user), ids))
    return 0


def password(args, ctx) -> int:
    pw = os.environ.get("FACTUURFLOW_PASSWORD") or getpass.getpass("Nieuw wachtwoord: ")
    ctx.services.users.set_password(_user_id(ctx, args.user), pw)
    if not ctx.json:
        print("Wachtwoord ingesteld.")
    return 0


def blocked_list(args, ctx) -> int:
    rows = ctx.services.users.blocked_senders()
    if ctx.json:
        print_json([to_dict(b) for b in rows])
    else:
        print_table([[b.id, b.address, b.reason or ""] for b in rows], ["id", "adres", "reden"])
    return 0


def blocked_add(args, ctx) -> int:
    b = ctx.services.users.block_sender(args.address, args.reason)
    print_json(to_dict(b)) if ctx.json else print(f"{b.address} staat op de zwarte lijst.")
    return 0


def blocked_remove(args, ctx) -> int:
    ctx.services.users.unblock_sender(args.id)
    return 0
