"""``factuurflow relation list|show|add|edit|bulk|kvk|undo``: the relation list of an administration and
its processing settings (SPEC.md §7) from the terminal, through the same service as the page.

``edit`` and ``bulk`` share the setting options; an empty value clears a setting (``--gl ""``),
``--vat-gl 21=4300`` sets one rate, ``--set FIELD=VALUE`` reaches every other setting
(``--set article_groups.brood=7100``). ``bulk`` prints what changes per relation and the token
for ``relation undo``; ``--dry-run`` only shows the preview. ``add`` creates a relation; with
``--from-doc DOC`` its fields come from the document's read (proposed) relation and the document
then gets the new relation (re-proposing the booking).
"""

from __future__ import annotations

import argparse

from app.commands.base import command_parser, group_parser, print_json, print_table
from app.errors import InvalidInput
from app.pipeline.processing_types import CODING_RULES, QUESTION_MODES
from app.services.dto import to_dict

# option dest -> settings key
SIMPLE = {
    "rule": "coding_rule",
    "gl": "fixed_gl",
    "questions": "questions",
    "cost_centre": "cost_centre",
    "project": "project",
    "discount_kind": "discount_kind",
    "discount_value": "discount_value",
    "discount_gl": "discount_gl",
    "dual_keywords": "dual_keywords",
    "column_split": "column_split",
    "partner_mode": "partner_mode",
    "partner_code": "partner_code",
    "project_mode": "project_mode",
    "intercompany_relation": "intercompany_relation",
    "intercompany_account": "intercompany_account",
    "allowed_rates": "allowed_vat_rates",
}


def register(sub) -> None:
    inner = group_parser(sub, "relation", "Relatielijst en verwerkingsinstellingen per relatie")
    p = command_parser(inner, "list", "Relaties van een administratie")
    p.add_argument("admin", help="administratie (code of id)")
    p.add_argument("--type", help="leverancier/supplier, klant/customer of both")
    p.add_argument("--rule", help="coderingsregel (" + ", ".join(CODING_RULES) + ")")
    p.add_argument("--missing-kvk", action="store_true", help="alleen relaties zonder KvK")
    p.add_argument("--search", help="zoek in naam, code en KvK")
    p.add_argument("--inactive", action="store_true", help="ook vervallen relaties")
    p.set_defaults(handler=list_relations)

    p = command_parser(inner, "show", "Alle instellingen van één relatie")
    p.add_argument("admin")
    p.add_argument("code", help="relatiecode")
    p.set_defaults(handler=show)

    p = command_parser(inner, "add", "Nieuwe relatie (eventueel uit de gelezen gegevens)")
    p.add_argument("admin")
    p.add_argument("--name", help="naam (verplicht, tenzij --from-doc)")
    p.add_argument("--code", help="relatiecode (standaard de eerstvolgende vrije)")
    p.add_argument("--type", help="leverancier/supplier (standaard), klant/customer of both")
    p.add_argument("--kvk", help="KvK-nummer (8 cijfers)")
    p.add_argument("--vat", help="btw-nummer, bijv. NL123456789B01")
    p.add_argument("--iban", help="IBAN")
    p.add_argument("--country", help="landcode, bijv. NL")
    p.add_argument("--email", help="e-mailadres")
    p.add_argument(
        "--from-doc",
        type=int,
        metavar="DOC",
        help="gegevens uit dit document nemen en de relatie op het document zetten",
    )
    p.set_defaults(handler=add)

    p = command_parser(inner, "edit", "Instellingen van één relatie wijzigen")
    p.add_argument("admin")
    p.add_argument("code")
    p.add_argument("--kvk", help="KvK-nummer (8 cijfers; leeg wist)")
    _setting_options(p)
    p.set_defaults(handler=edit)

    p = command_parser(inner, "bulk", "Dezelfde instellingen voor meerdere relaties")
    p.add_argument("admin")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--dry-run", action="store_true", help="alleen tonen wat er verandert")
    _setting_options(p)
    p.set_defaults(handler=bulk)

    p = command_parser(inner, "kvk", "KvK-nummers van een of meer relaties invullen")
    p.add_argument("admin")
    p.add_argument("numbers", nargs="+", metavar="CODE=KVK")
    p.set_defaults(handler=kvk)

    p = command_parser(inner, "undo", "Een bulkwijziging of KvK-wijziging ongedaan maken")
    p.add_argument("token")
    p.add_argument(
        "--force", action="store_true", help="ook als relaties daarna nog gewijzigd zijn"
    )
    p.set_defaults(handler=undo)


def _setting_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rule", help="coderingsregel (" + ", ".join(CODING_RULES) + ")")
    p.add_argument("--gl", help="vaste grootboekrekening")
    p.add_argument(
        "--vat-gl",
        action="append",
        default=[],
        metavar="TARIEF=GB",
        help="grootboekrekening per btw-tarief, bijv. 21=4300 (herhaalbaar)",
    )
    p.add_argument(
        "--vat-code",
        action="append",
        default=[],
        metavar="TARIEF=CODE",
        help="btw-code per tarief, bijv. 21=IH (herhaalbaar)",
    )
    p.add_argument("--questions", help="vragen: " + ", ".join(QUESTION_MODES))
    p.add_argument("--cost-centre", help="kostenplaats")
    p.add_argument("--project", help="project")
    p.add_argument("--discount-kind", help="none, percentage, fixed, difference")
    p.add_argument("--discount-value")
    p.add_argument("--discount-gl")
    p.add_argument("--dual-keywords", help="trefwoorden duale relatie, komma-gescheiden")
    p.add_argument("--column-split", help="kolom splitsen, bijv. 60=4300,40=4310")
    p.add_argument("--partner-mode", help="relation, gl, manual")
    p.add_argument("--partner-code")
    p.add_argument("--project-mode", help="relation, gl, manual")
    p.add_argument("--intercompany-relation", help="rekening-courant: relatiecode")
    p.add_argument("--intercompany-account", help="rekening-courant: grootboekrekening")
    p.add_argument("--allowed-rates", help="toegestane btw-tarieven, bijv. 9,21")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="elke andere instelling, bijv. article_groups.brood=7100",
    )


def _pairs(items: list[str], what: str) -> list[tuple[str, str]]:
    out = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"{what}: verwacht SLEUTEL=WAARDE, niet {item!r}")
        out.append((key.strip(), value.strip()))
    return out


def changes_from(args) -> dict:
    changes: dict = {
        key: getattr(args, dest)
        for dest, key in SIMPLE.items()
        if getattr(args, dest, None) is not None
    }
    changes.update({f"vat_gl.{k}": v for k, v in _pairs(args.vat_gl, "--vat-gl")})
    changes.update({f"default_vat_codes.{k}": v for k, v in _pairs(args.vat_code, "--vat-code")})
    changes.update(dict(_pairs(args.set, "--set")))
    if getattr(args, "kvk", None) is not None:
        changes["kvk"] = args.kvk
    if not changes:
        raise InvalidInput("Geef minstens één instelling op om te wijzigen (zie --help).")
    return changes


def _row(r) -> dict:
    d = to_dict(r)
    d["advanced"] = [a["key"] for a in d["advanced"]]
    d["advanced_tooltips"] = {a.key: a.tooltip for a in r.advanced}
    return d


def list_relations(args, ctx) -> int:
    rows = ctx.services.relations.list(
        args.admin,
        search=args.search,
        type=args.type,
        coding_rule=args.rule,
        missing_kvk=args.missing_kvk,
        include_inactive=args.inactive,
    )
    if ctx.json:
        print_json([_row(r) for r in rows])
    else:
        print_table(
            [
                [
                    r.display,
                    r.type_label,
                    r.country or "",
                    r.kvk_mark,
                    r.coding_rule_label,
                    r.specifications,
                    r.questions_label,
                    ", ".join(a.label for a in r.advanced),
                ]
                for r in rows
            ],
            [
                "relatie",
                "type",
                "land",
                "KvK",
                "codering",
                "specificaties",
                "vragen",
                "instellingen",
            ],
        )
    return 0


def show(args, ctx) -> int:
    row = ctx.services.relations.find(args.admin, args.code)
    dto = ctx.services.relations.get_settings(row.id)
    if ctx.json:
        print_json({**to_dict(dto), "row": _row(dto.row)})
    else:
        print(f"{row.display}  {row.type_label}  KvK {row.kvk or '—'}")
        for key, value in dto.settings.to_dict().items():
            print(f"  {key:24} {value}")
    return 0


def _print_summary(ctx, preview, token: str | None) -> None:
    if ctx.json:
        print_json(
            {
                "token": token,
                "changed": preview.changed_count,
                "relations": [to_dict(r) for r in preview.relations],
            }
        )
        return
    rows = [
        [r.code, r.name, c.label, c.before, c.after] for r in preview.relations for c in r.changes
    ]
    if rows:
        print_table(rows, ["code", "relatie", "instelling", "was", "wordt"])
    print(
        f"{preview.changed_count} van {len(preview.relations)} relaties gewijzigd"
        if token
        else f"{preview.changed_count} van {len(preview.relations)} relaties "
        "zouden wijzigen (proefrun)"
    )
    if token:
        print(f"Ongedaan maken: factuurflow relation undo {token}")


def add(args, ctx) -> int:
    fields = {
        "name": args.name,
        "type": args.type,
        "kvk": args.kvk,
        "vat_number": args.vat,
        "iban": args.iban,
        "country": args.country,
        "email": args.email,
    }
    if args.from_doc is not None:
        detail = ctx.services.documents.show(args.from_doc)
        if detail.administration_code != args.admin and str(detail.administration_id) != str(
            args.admin
        ):
            raise InvalidInput(
                f"Document {args.from_doc} hoort bij administratie "
                f"{detail.administration_code}, niet bij {args.admin}."
            )
        read = dict((detail.read or {}).get("proposed_relation") or {})
        fields = {k: v if v not in (None, "") else read.get(k) for k, v in fields.items()}
        fields["address"] = read.get("address")
    if not fields.get("name"):
        raise InvalidInput("Geef een naam op (--name).")
    fields["type"] = fields.get("type") or "supplier"
    row = ctx.services.relations.create(args.admin, code=args.code, **fields)
    corrected = None
    if args.from_doc is not None:
        corrected = ctx.services.corrections.correct(args.from_doc, {"relation": row.code})
    if ctx.json:
        print_json(
            {**_row(row), "document": args.from_doc, "document_updated": corrected is not None}
        )
    else:
        print(f"Relatie {row.display} aangemaakt ({row.type_label}; KvK {row.kvk or '—'}).")
        if corrected is not None:
            print(f"Document {args.from_doc} heeft nu relatie {row.code}.")
    return 0


def edit(args, ctx) -> int:
    rel = ctx.services.relations
    row = rel.find(args.admin, args.code)
    dto = rel.update_settings(row.id, changes_from(args))
    if ctx.json:
        print_json({**to_dict(dto), "row": _row(dto.row)})
    else:
        r = dto.row
        print(
            f"{r.display} bijgewerkt: {r.coding_rule_label}; {r.specifications}; "
            f"vragen {r.questions_label.lower()}; KvK {r.kvk or '—'}"
        )
    return 0


def _ids(ctx, admin, codes) -> list[int]:
    return [ctx.services.relations.find(admin, c).id for c in codes]


def bulk(args, ctx) -> int:
    changes, ids = changes_from(args), _ids(ctx, args.admin, args.codes)
    if args.dry_run:
        _print_summary(ctx, ctx.services.relations.preview_bulk(ids, changes), None)
    else:
        result = ctx.services.relations.apply_bulk(ids, changes)
        _print_summary(ctx, result.preview, result.token)
    return 0


def kvk(args, ctx) -> int:
    pairs = _pairs(args.numbers, "KvK")
    ids = _ids(ctx, args.admin, [c for c, _ in pairs])
    result = ctx.services.relations.set_kvk_numbers(
        {i: number for i, (_, number) in zip(ids, pairs, strict=True)}
    )
    _print_summary(ctx, result.preview, result.token)
    return 0


def undo(args, ctx) -> int:
    result = ctx.services.relations.undo(args.token, force=args.force)
    if ctx.json:
        print_json(to_dict(result))
    else:
        print(f"{len(result.restored)} relaties teruggezet.")
    return 0
