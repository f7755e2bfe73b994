"""``factuurflow export ADMIN [--doc DOC ...] [--force]``: book documents into the package."""

from __future__ import annotations

from app.commands.base import command_parser, print_json


def register(sub) -> None:
    p = command_parser(sub, "export", "Documenten boeken in het boekhoudpakket (met de PDF)")
    p.add_argument("admin", help="administratie (code of id)")
    p.add_argument(
        "--doc",
        type=int,
        action="append",
        default=[],
        help="alleen dit document (herhaalbaar); standaard alles wat klaarstaat",
    )
    p.add_argument("--force", action="store_true", help="ook met open vragen exporteren")
    p.set_defaults(handler=export)
    p = command_parser(sub, "approve", "Document autoriseren (goedkeuren voor export)")
    p.add_argument("doc", type=int)
    p.set_defaults(handler=approve)


def export(args, ctx) -> int:
    outcomes = ctx.services.export.export(args.admin, args.doc or None, force=args.force)
    if ctx.json:
        print_json([o.__dict__ for o in outcomes])
    else:
        labels = {
            "exported": "geboekt",
            "export_error": "exportfout",
            "unknown": "onbekend",
            "skipped": "overgeslagen",
        }
        for o in outcomes:
            extra = o.package_reference or o.message or ""
            print(f"document {o.document_id}: {labels.get(o.status, o.status)} {extra}".rstrip())
    return 0 if all(o.status != "export_error" for o in outcomes) or not args.doc else 1


def approve(args, ctx) -> int:
    detail = ctx.services.documents.approve(args.doc)
    print_json(detail.to_json()) if ctx.json else print(f"Document {detail.id}: {detail.state}")
    return 0
