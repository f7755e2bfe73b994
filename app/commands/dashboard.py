"""``factuurflow dashboard [--admin CODE ...] [--month-target N [--for ADMIN]]``: the ten
dashboard panels (SPEC.md §8) of the acting user as text or JSON, and setting a monthly target."""

from __future__ import annotations

from app.commands.base import command_parser, print_json, print_table
from app.services.dto import to_dict


def register(sub) -> None:
    p = command_parser(sub, "dashboard", "Dashboard: cijfers en open acties van uw administraties")
    p.add_argument(
        "--admin",
        action="append",
        default=[],
        metavar="ADMIN",
        help="alleen deze administratie(s) (code of id; herhaalbaar)",
    )
    p.add_argument(
        "--month-target",
        metavar="N",
        help="maanddoel instellen (organisatie, of met --for één administratie)",
    )
    p.add_argument("--for", dest="target_admin", metavar="ADMIN")
    p.set_defaults(handler=dashboard)


def dashboard(args, ctx) -> int:
    sv = ctx.services
    if args.month_target is not None:
        sv.dashboard.set_monthly_target(args.month_target, args.target_admin)
    ids = [sv.administrations.get(a).id for a in args.admin] or None
    d = sv.dashboard.build(ids)
    if ctx.json:
        print_json(to_dict(d))
        return 0
    print(f"Bestanden ontvangen deze maand: {d.files_received.count}")
    print(f"Documenten met exportfouten:    {d.export_errors.count}")
    print(f"Klaar voor review:              {d.ready_for_review.count}")
    t = d.monthly_target
    print(
        f"Maanddoel: {t.done} van {t.target or '—'}"
        + (f" ({t.percentage}%)" if t.percentage is not None else "")
    )
    print(
        "Verwerkt per maand: "
        + ", ".join(f"{m.label}: {m.count}" for m in d.processed_per_month.months)
    )
    if d.recent_administrations.rows:
        print()
        print_table(
            [
                [
                    r.code,
                    r.received_this_month,
                    r.in_progress_this_month,
                    r.to_authorise,
                    r.to_confirm,
                    r.review,
                    r.export_errors,
                    r.last_visit.strftime("%d-%m %H:%M"),
                ]
                for r in d.recent_administrations.rows
            ],
            [
                "administratie",
                "ontvangen",
                "in behandeling",
                "autoriseren",
                "bevestigen",
                "review",
                "exportfouten",
                "laatst bezocht",
            ],
        )
    if d.open_actions.items:
        print(f"\nOpen acties ({d.open_actions.total}):")
        for a in d.open_actions.items[:20]:
            print(f"  {a.administration_code:8} document {a.document_id:<8} {a.text}")
    for r in d.incomplete_administrations.rows:
        print(f"Onvolledig: {r.code} – {r.reason}")
    for u in d.inactive_users.rows:
        print(f"Inactieve gebruiker: {u.name} <{u.email}>")
    for a in d.inactive_administrations.rows:
        print(f"Inactieve administratie: {a.code} – {a.name}")
    return 0
