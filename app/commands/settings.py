"""``factuurflow settings show|edit ADMIN``: an administration's processing settings
(verwerkingsinstellingen: default coding, automatic-booking limit, authorisation step, export
without review, rounding account, journals) through :mod:`app.services.processing_settings`.
An empty value clears a setting (``--rounding-gl ""``)."""

from __future__ import annotations

from app.commands.base import command_parser, group_parser, print_json
from app.errors import InvalidInput
from app.services.dto import to_dict
from app.services.processing_settings import AUTO_EXPORT_OPTIONS

OPTIONS = {
    "default_gl": "standaardcodering: grootboekrekening voor ongecodeerde regels",
    "rounding_gl": "grootboekrekening voor afrondingsverschillen",
    "auto_booking_limit": "limiet automatisch boeken (bedrag incl. btw)",
    "authorisation": "autorisatiestap aan of uit",
    "auto_export": "exporteren zonder review: " + ", ".join(AUTO_EXPORT_OPTIONS),
    "purchase_journal": "inkoopdagboek (code)",
    "sales_journal": "verkoopdagboek (code)",
    "confidence_threshold": "zekerheidsdrempel, 0-1 of percentage",
}


def register(sub) -> None:
    inner = group_parser(sub, "settings", "Verwerkingsinstellingen van een administratie")
    p = command_parser(inner, "show", "Verwerkingsinstellingen tonen")
    p.add_argument("admin", help="administratie (code of id)")
    p.set_defaults(handler=show)
    p = command_parser(inner, "edit", "Verwerkingsinstellingen wijzigen")
    p.add_argument("admin", help="administratie (code of id)")
    for key, help_text in OPTIONS.items():
        p.add_argument("--" + key.replace("_", "-"), dest=key, help=help_text)
    p.set_defaults(handler=edit)


def _print(ctx, dto) -> None:
    if ctx.json:
        print_json(to_dict(dto))
        return
    limit = f"€ {dto.auto_booking_limit}" if dto.auto_booking_limit is not None else "—"
    for label, value in (
        ("Administratie", dto.administration_code),
        ("Standaardcodering", dto.default_gl_label),
        ("Afrondingsrekening", dto.rounding_gl_label),
        ("Limiet automatisch boeken", limit),
        ("Autorisatiestap", "aan" if dto.authorisation else "uit"),
        ("Exporteren zonder review", dto.auto_export_label),
        ("Inkoopdagboek", dto.purchase_journal or "—"),
        ("Verkoopdagboek", dto.sales_journal or "—"),
        ("Zekerheidsdrempel", f"{round(dto.confidence_threshold * 100)}%"),
    ):
        print(f"{label:28} {value}")


def show(args, ctx) -> int:
    _print(ctx, ctx.services.processing_settings.get(args.admin))
    return 0


def edit(args, ctx) -> int:
    changes = {k: getattr(args, k) for k in OPTIONS if getattr(args, k) is not None}
    if not changes:
        raise InvalidInput("Geef minstens één instelling op om te wijzigen (zie --help).")
    _print(ctx, ctx.services.processing_settings.update(args.admin, **changes))
    return 0
