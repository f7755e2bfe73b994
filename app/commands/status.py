"""``factuurflow status``: per administration the documents per state, files and duplicates."""

from __future__ import annotations

from app.commands.base import command_parser, print_json, print_table


def register(sub) -> None:
    command_parser(sub, "status", "Overzicht van documenten per administratie").set_defaults(
        handler=status
    )


def status(args, ctx) -> int:
    data = ctx.services.status.overview()
    if ctx.json:
        print_json(data)
        return 0
    rows = []
    for a in data["administrations"]:
        d = a["documents"]
        rows.append(
            [
                a["code"],
                a["name"],
                a["received_files"],
                a["duplicates"],
                d["review"],
                d["export_error"],
                d["exported"] + d["archived"],
            ]
        )
    print_table(
        rows,
        ["code", "administratie", "bestanden", "dubbel", "review", "exportfout", "geëxporteerd"],
    )
    return 0
