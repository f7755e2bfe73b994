"""``factuurflow admin add PACKAGE`` (sign in, choose, confirm KvK, import) and
``factuurflow admin sync ADMIN|--all``; registered under ``admin`` by :mod:`app.commands.admins`."""

from __future__ import annotations

from app.commands.base import command_parser, print_json, print_table
from app.errors import InvalidInput


def register_into(inner) -> None:
    p = command_parser(inner, "add", "Administraties importeren uit een boekhoudpakket")
    p.add_argument(
        "package",
        help="exact_online, twinfield, afas, accountview, unit4, "
        "visma_eaccounting, visma_net of snelstart",
    )
    p.add_argument(
        "--no-browser",
        action="store_true",
        help="geen browser openen: toon de aanmeldlink en wacht op het antwoord",
    )
    p.add_argument(
        "--division",
        action="append",
        default=[],
        metavar="ID",
        help="te importeren administratie (herhaalbaar; standaard: vragen)",
    )
    p.add_argument(
        "--kvk",
        action="append",
        default=[],
        metavar="KVK",
        help="KvK-nummer per --division, in dezelfde volgorde",
    )
    p.add_argument("--sandbox", action="store_true", help="de lokale sandbox gebruiken")
    p.add_argument("--connection", type=int, help="bestaande koppeling gebruiken (id)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconden wachten op aanmelden")
    p.set_defaults(handler=add)
    p = command_parser(inner, "sync", "Stamgegevens synchroniseren")
    p.add_argument("admin", nargs="?", help="administratie (code of id)")
    p.add_argument("--all", action="store_true", help="alle zichtbare administraties")
    p.set_defaults(handler=sync)


def add(args, ctx) -> int:
    from app.connectors.oauth import sign_in
    from app.services.sandbox import SANDBOX

    packages = ctx.services.packages
    if args.connection:
        connection_id = args.connection
    else:
        base_url = SANDBOX if args.sandbox else None

        def interactive(connector):
            config = connector.config
            return sign_in(
                connector,
                config.redirect_uri,
                timeout=args.timeout,
                open_browser=(lambda url: False)
                if args.no_browser
                else __import__("webbrowser").open,
            )

        connection_id = packages.sign_in(
            args.package, base_url=base_url, interactive=interactive
        ).id
    remote = packages.remote_administrations(connection_id)
    if not args.division:
        if ctx.json:
            print_json(
                {"connection": connection_id, "administrations": [r.__dict__ for r in remote]}
            )
            return 0
        print_table([[r.external_id, r.name, r.kvk or "—"] for r in remote], ["id", "naam", "KvK"])
        print(f"Kies met --connection {connection_id} --division ID [--kvk KVK] ...")
        return 0
    if args.kvk and len(args.kvk) != len(args.division):
        raise InvalidInput("Geef per --division één --kvk op (of geen).")
    kvks = args.kvk or [None] * len(args.division)
    imported = packages.import_administrations(
        connection_id,
        list(zip(args.division, kvks, strict=True)),
        progress=None if ctx.json else lambda n, total, name: print(f"[{n}/{total}] {name} ..."),
    )
    if ctx.json:
        print_json(
            [
                {
                    "id": a.id,
                    "code": a.code,
                    "name": a.name,
                    "package": a.package,
                    "kvk": a.kvk,
                    "incomplete_reason": a.incomplete_reason,
                }
                for a in imported
            ]
        )
    else:
        for a in imported:
            print(
                f"{a.code}: {a.name} geïmporteerd"
                + (f" — onvolledig: {a.incomplete_reason}" if a.incomplete_reason else "")
            )
    return 0


def sync(args, ctx) -> int:
    packages = ctx.services.packages
    if args.all:
        results = packages.sync_all()
    elif args.admin:
        results = [packages.sync(args.admin)]
    else:
        raise InvalidInput("Geef een administratie op, of --all.")
    if ctx.json:
        print_json(
            [
                {
                    "code": r.administration.code,
                    "sync_state": r.administration.sync_state,
                    "counts": r.counts,
                    "error": r.error,
                    "incomplete_reason": r.administration.incomplete_reason,
                }
                for r in results
            ]
        )
    else:
        for r in results:
            a = r.administration
            status = r.error or ", ".join(f"{k} {v}" for k, v in r.counts.items())
            print(
                f"{a.code}: {status}"
                + (f" — onvolledig: {a.incomplete_reason}" if a.incomplete_reason else "")
            )
    return 0 if all(r.error is None for r in results) else 1
