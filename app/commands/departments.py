"""``factuurflow department add|list|rename|delete|assign``."""

from __future__ import annotations

from app.commands.base import command_parser, group_parser, print_json, print_table
from app.services.dto import to_dict


def register(sub) -> None:
    inner = group_parser(sub, "department", "Afdelingen beheren")
    p = command_parser(inner, "add", "Afdeling toevoegen")
    p.add_argument("name")
    p.set_defaults(handler=add)
    command_parser(inner, "list", "Afdelingen tonen").set_defaults(handler=list_departments)
    p = command_parser(inner, "rename", "Afdeling hernoemen")
    p.add_argument("department")
    p.add_argument("name")
    p.set_defaults(handler=rename)
    p = command_parser(inner, "delete", "Afdeling verwijderen")
    p.add_argument("department")
    p.set_defaults(handler=delete)
    p = command_parser(
        inner, "assign", "Administraties toevoegen aan of verwijderen uit een afdeling"
    )
    p.add_argument("department")
    p.add_argument("admins", nargs="*", help="administraties (code of id) om toe te voegen")
    p.add_argument(
        "--remove", nargs="*", default=[], metavar="ADMIN", help="administraties om te verwijderen"
    )
    p.set_defaults(handler=assign)


def _json(d) -> dict:
    out = to_dict(d)
    out["administration_ids"] = list(d.administration_ids)
    return out


def _show(ctx, d) -> None:
    if ctx.json:
        print_json(_json(d))
    else:
        print(f"{d.name}: {d.administration_count} administraties, {d.user_count} gebruikers")


def add(args, ctx) -> int:
    _show(ctx, ctx.services.departments.create(args.name))
    return 0


def list_departments(args, ctx) -> int:
    deps = ctx.services.departments.list()
    if ctx.json:
        print_json([_json(d) for d in deps])
    else:
        print_table(
            [
                [
                    d.id,
                    d.name,
                    d.administration_count,
                    d.user_count,
                    d.created_at.strftime("%d-%m-%Y"),
                ]
                for d in deps
            ],
            ["id", "naam", "administraties", "gebruikers", "aangemaakt"],
        )
    return 0


def rename(args, ctx) -> int:
    dep = ctx.services.departments.find(args.department)
    _show(ctx, ctx.services.departments.rename(dep.id, args.name))
    return 0


def delete(args, ctx) -> int:
    ctx.services.departments.delete(ctx.services.departments.find(args.department).id)
    return 0


def assign(args, ctx) -> int:
    dep = ctx.services.departments.find(args.department)
    admins = ctx.services.administrations
    add = [admins.get(a).id for a in args.admins]
    remove = [admins.get(a).id for a in args.remove]
    _show(ctx, ctx.services.departments.assign(dep.id, add=add, remove=remove))
    return 0
