"""``factuurflow org show|edit`` (organisation settings), ``factuurflow connection list|remove``
(connected accounting-package accounts) and ``factuurflow archive ADMIN`` (search the archive)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from app.commands.base import command_parser, group_parser, print_json, print_table
from app.errors import InvalidInput
from app.services.dto import to_dict


def register(sub) -> None:
    inner = group_parser(sub, "org", "Organisatie-instellingen")
    command_parser(inner, "show", "Organisatie tonen").set_defaults(handler=org_show)
    p = command_parser(inner, "edit", "Organisatie wijzigen (alleen Beheerder)")
    for opt in ("--name", "--kvk", "--address", "--email-domain", "--monthly-target"):
        p.add_argument(opt)
    p.set_defaults(handler=org_edit)

    inner = group_parser(sub, "connection", "Gekoppelde boekhoudpakketten")
    command_parser(inner, "list", "Koppelingen tonen").set_defaults(handler=connection_list)
    p = command_parser(inner, "remove", "Koppeling verwijderen (tokens worden gewist)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=connection_remove)

    p = command_parser(sub, "archive", "Archief doorzoeken (geëxporteerd, ouder dan 7 dagen)")
    p.add_argument("admin")
    p.add_argument("--relation")
    p.add_argument("--number")
    p.add_argument("--text", help="woorden die in het document staan")
    p.add_argument("--amount-min")
    p.add_argument("--amount-max")
    p.add_argument("--date-from", help="JJJJ-MM-DD")
    p.add_argument("--date-to", help="JJJJ-MM-DD")
    p.set_defaults(handler=archive)


def org_show(args, ctx) -> int:
    org = ctx.services.organisation.get()
    print_json(to_dict(org)) if ctx.json else print(f"{org.name} (KvK {org.kvk or '—'})")
    return 0


def org_edit(args, ctx) -> int:
    changes = {
        k: v
        for k, v in {
            "name": args.name,
            "kvk": args.kvk,
            "address": args.address,
            "email_domain": args.email_domain,
            "monthly_target": args.monthly_target,
        }.items()
        if v is not None
    }
    if not changes:
        raise InvalidInput("Niets te wijzigen: geef minstens één veld op.")
    org = ctx.services.organisation.update(**changes)
    print_json(to_dict(org)) if ctx.json else print(f"{org.name} bijgewerkt.")
    return 0


def connection_list(args, ctx) -> int:
    rows = ctx.services.connections.list()
    if ctx.json:
        print_json([to_dict(c) for c in rows])
    else:
        print_table(
            [[c.id, c.package, c.name, c.state] for c in rows], ["id", "pakket", "naam", "status"]
        )
    return 0


def connection_remove(args, ctx) -> int:
    ctx.services.connections.remove(args.id)
    return 0


def _amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.replace(".", "").replace(",", ".") if "," in text else text)
    except InvalidOperation as exc:
        raise InvalidInput(f"Ongeldig bedrag: {text}") from exc


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(f"Ongeldige datum: {text} (JJJJ-MM-DD)") from exc


def archive(args, ctx) -> int:
    from app.services.archive import ArchiveQuery

    query = ArchiveQuery(
        relation=args.relation,
        number=args.number,
        text=args.text,
        amount_min=_amount(args.amount_min),
        amount_max=_amount(args.amount_max),
        date_from=_day(args.date_from),
        date_to=_day(args.date_to),
    )
    page = ctx.services.archive.search(args.admin, query, limit=1000)
    if ctx.json:
        print_json(
            [
                {
                    "id": r.id,
                    "type": r.type,
                    "invoice_number": r.invoice_number,
                    "invoice_date": r.invoice_date,
                    "relation": r.relation_code,
                    "total_incl_vat": r.total_incl_vat,
                    "exported_at": r.exported_at,
                }
                for r in page.rows
            ]
        )
    else:
        print_table(
            [
                [
                    r.id,
                    r.type,
                    r.invoice_number or "—",
                    r.invoice_date or "—",
                    r.relation_code or "—",
                    r.total_incl_vat,
                    r.exported_at.strftime("%d-%m-%Y"),
                ]
                for r in page.rows
            ],
            ["id", "soort", "nummer", "datum", "relatie", "bedrag", "geëxporteerd"],
        )
    return 0
