"""Headless document flow: ``intake``, ``process``, ``queue``, ``show``, ``comment``,
``correct``, ``split`` and ``reject``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.commands.base import command_parser, group_parser, print_json, print_table
from app.models.enums import DOCUMENT_STATE_LABELS, DocumentState, FileOrigin


def register(sub) -> None:
    p = command_parser(sub, "intake", "Bestanden innemen voor een administratie en verwerken")
    p.add_argument("admin", help="administratie (code of id)")
    p.add_argument("files", nargs="+", type=Path, help="bestanden of mappen")
    p.add_argument(
        "--origin",
        default=FileOrigin.CLI.value,
        choices=[o.value for o in FileOrigin],
        help="herkomst (standaard cli)",
    )
    p.add_argument("--sender", help="afzender (e-mail), gecontroleerd tegen de zwarte lijst")
    p.add_argument(
        "--no-wait",
        action="store_true",
        help="direct terugkeren; de verwerking loopt op de achtergrond door",
    )
    p.add_argument("--jobs", type=int, help="aantal processen voor het lezen")
    p.set_defaults(handler=intake)

    p = command_parser(sub, "process", "Ontvangen, nog niet verwerkte bestanden verwerken")
    p.add_argument("admin", nargs="?", help="administratie (standaard: alle zichtbare)")
    p.add_argument("--jobs", type=int)
    p.set_defaults(handler=process)

    p = command_parser(sub, "queue", "Documenten van een administratie")
    p.add_argument("admin")
    p.add_argument(
        "--state", help="alleen deze status (" + ", ".join(s.value for s in DocumentState) + ")"
    )
    p.set_defaults(handler=queue)

    p = command_parser(sub, "show", "Eén document: gelezen velden, boeking, vragen, historie")
    p.add_argument("doc", type=int)
    p.set_defaults(handler=show)

    inner = group_parser(sub, "comment", "Opmerkingen en vragen bij een document")
    p = command_parser(inner, "add", "Opmerking toevoegen")
    p.add_argument("doc", type=int)
    p.add_argument("text")
    p.add_argument("--field")
    p.set_defaults(handler=comment_add)
    p = command_parser(inner, "reply", "Antwoorden op een opmerking")
    p.add_argument("comment", type=int)
    p.add_argument("text")
    p.set_defaults(handler=comment_reply)
    p = command_parser(inner, "close", "Opmerking sluiten (met optioneel antwoord)")
    p.add_argument("comment", type=int)
    p.add_argument("--answer")
    p.set_defaults(handler=comment_close)
    p = command_parser(inner, "reopen", "Opmerking heropenen")
    p.add_argument("comment", type=int)
    p.set_defaults(handler=comment_reopen)

    p = command_parser(sub, "correct", "Velden van een document corrigeren (veld=waarde ...)")
    p.add_argument("doc", type=int)
    p.add_argument(
        "changes",
        nargs="+",
        metavar="FIELD=VALUE",
        help="bijv. invoice_number=F-123 total_incl_vat=1.234,56 relation=400012 "
        "line.1.gl_account=4300",
    )
    p.add_argument(
        "--remember", action="store_true", help="onthoud voor de volgende factuur van deze relatie"
    )
    p.set_defaults(handler=correct)

    p = command_parser(sub, "split", "Document splitsen in paginabereiken (bijv. 1-2 3)")
    p.add_argument("doc", type=int)
    p.add_argument("pages", nargs="+")
    p.set_defaults(handler=split)

    p = command_parser(sub, "reject", "Document afwijzen")
    p.add_argument("doc", type=int)
    p.add_argument("--reason")
    p.set_defaults(handler=reject)


def _print_doc(ctx, detail) -> None:
    from app.services.processing import HEADER_VALUES  # (keeps the reader out of CLI start-up)

    if ctx.json:
        print_json(detail.to_json())
        return
    r = detail.read
    label = DOCUMENT_STATE_LABELS[DocumentState(detail.state)][0]
    print(f"Document {detail.id} ({detail.type}, {label}) — {detail.original_name or ''}")
    print(
        f"  relatie       {detail.relation_code or '—'} {detail.relation_name or ''}"
        f"{f' ({detail.match_method}, {detail.match_score:.2f})' if detail.match_score else ''}"
    )
    for key in HEADER_VALUES:
        print(f"  {key:14}{r.get(key) or '—'}")
    period = f"{detail.period[0]}/{detail.period[1]:02d}" if detail.period else "—"
    print(f"  boeking       dagboek {detail.journal or '—'}, periode {period}")
    for ln in detail.lines:
        print(
            f"    {ln.gl_account or '????':8} {ln.amount:>12} btw {ln.vat_code or '—':6} "
            f"{ln.vat_amount:>10}  {ln.description or ''}"
        )
    for c in detail.comments:
        print(f"  [{c.state}] #{c.id} {c.text}")


def intake(args, ctx) -> int:
    files = ctx.services.intake.take_in(
        args.admin, args.files, origin=args.origin, sender=args.sender
    )
    if args.no_wait:
        _process_in_background(args)
        if ctx.json:
            print_json({"files": [_file_json(f) for f in files], "processing": "background"})
        else:
            print(f"{len(files)} bestand(en) ontvangen; verwerking loopt op de achtergrond.")
        return 0
    ids = [f.id for f in files if f.state == "stored"]
    if ids:
        ctx.services.processing.process_pending(args.admin, jobs=args.jobs, file_ids=ids)
    received = {f.id: f for f in ctx.services.intake.received(args.admin, limit=len(files) + 500)}
    result = [received.get(f.id, f) for f in files]
    if ctx.json:
        print_json({"files": [_file_json(f) for f in result]})
    else:
        for f in result:
            docs = ", ".join(str(d) for d in f.document_ids) or "—"
            extra = f" — {f.error}" if f.error else ""
            print(f"{f.original_name}: {f.state}, documenten {docs}{extra}")
    return 0


def _file_json(f) -> dict:
    return {
        "id": f.id,
        "name": f.original_name,
        "state": f.state,
        "error": f.error,
        "duplicate_of": f.duplicate_of_id,
        "documents": list(f.document_ids),
        "sha256": f.sha256,
    }


def _process_in_background(args) -> None:
    cmd = [sys.executable, "-m", "app.cli"]
    for opt, value in (
        ("--data-dir", getattr(args, "data_dir", None)),
        ("--db", getattr(args, "db", None)),
        ("--as", getattr(args, "as_user", None)),
    ):
        if value:
            cmd += [opt, value]
    cmd += ["process", str(args.admin)]
    subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=dict(os.environ),
    )


def process(args, ctx) -> int:
    report = ctx.services.processing.process_pending(args.admin, jobs=args.jobs)
    if ctx.json:
        print_json(
            {
                "files": report.files,
                "documents": report.documents,
                "errors": [{"file": f, "error": e} for f, e in report.errors],
            }
        )
    else:
        print(
            f"{report.files} bestand(en) verwerkt, {len(report.documents)} document(en), "
            f"{len(report.errors)} fout(en)"
        )
    return 0


def queue(args, ctx) -> int:
    rows = ctx.services.documents.queue(args.admin, args.state)
    if ctx.json:
        print_json([r.to_json() for r in rows])
        return 0
    print_table(
        [
            [
                r.id,
                DOCUMENT_STATE_LABELS[DocumentState(r.state)][0],
                r.type,
                r.relation_code or "—",
                r.invoice_number or "—",
                r.invoice_date.strftime("%d-%m-%Y") if r.invoice_date else "—",
                r.total_incl_vat if r.total_incl_vat is not None else "—",
                r.open_comments,
            ]
            for r in rows
        ],
        ["id", "status", "soort", "relatie", "factuurnr.", "datum", "totaal", "vragen"],
    )
    return 0


def show(args, ctx) -> int:
    _print_doc(ctx, ctx.services.documents.show(args.doc))
    return 0


def comment_add(args, ctx) -> int:
    _print_doc(ctx, ctx.services.documents.add_comment(args.doc, args.text, args.field))
    return 0


def comment_reply(args, ctx) -> int:
    _print_doc(ctx, ctx.services.documents.reply(args.comment, args.text))
    return 0


def comment_close(args, ctx) -> int:
    _print_doc(ctx, ctx.services.documents.close_comment(args.comment, args.answer))
    return 0


def comment_reopen(args, ctx) -> int:
    _print_doc(ctx, ctx.services.documents.reopen_comment(args.comment))
    return 0


def correct(args, ctx) -> int:
    changes = {}
    for item in args.changes:
        key, sep, value = item.partition("=")
        if not sep:
            from app.errors import InvalidInput

            raise InvalidInput(f"Schrijf veld=waarde, niet '{item}'.")
        changes[key.strip()] = value
    result = ctx.services.corrections.correct(args.doc, changes, remember=args.remember)
    if ctx.json:
        print_json(
            {
                **result.detail.to_json(),
                "learned": list(result.learned),
                "not_learned": list(result.not_learned),
            }
        )
    else:
        _print_doc(ctx, result.detail)
        if args.remember:
            print(f"Onthouden: {', '.join(result.learned) or '(alleen codering)'}")
            if result.not_learned:
                print(f"Niet op het document gevonden: {', '.join(result.not_learned)}")
    return 0


def split(args, ctx) -> int:
    ids = ctx.services.splitting.split(args.doc, args.pages)
    print_json({"documents": ids}) if ctx.json else print(
        "Gesplitst in documenten " + ", ".join(str(i) for i in ids)
    )
    return 0


def reject(args, ctx) -> int:
    _print_doc(ctx, ctx.services.documents.reject(args.doc, args.reason))
    return 0
