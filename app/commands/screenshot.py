"""``factuurflow screenshot PAGE OUT.png``: render a page of the window offscreen with the
current data (a fresh data folder gets the demo office first), as ``--as`` or the first
Beheerder, in ``--lang`` (default: that user's language), at ``--size`` (default 1440x900).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.commands.base import command_parser
from app.errors import InvalidInput


def register(sub) -> None:
    p = command_parser(sub, "screenshot", "Een pagina van het venster als PNG opslaan")
    p.add_argument(
        "page",
        metavar="PAGE",
        help="login, dashboard, administrations, add-administration, users, "
        "user-edit, departments, organisation, hub, relations, "
        "processing-settings, archive, ...",
    )
    p.add_argument("out", metavar="OUT.png", help="doelbestand (PNG)")
    p.add_argument("--admin", metavar="ADMIN", help="administratie (code, id of naam)")
    p.add_argument("--lang", choices=["nl", "en"], help="taal (standaard die van de gebruiker)")
    p.add_argument("--size", default="1440x900", help="breedte x hoogte (standaard 1440x900)")
    p.add_argument(
        "--doc", type=int, metavar="DOC", help="document voor ddp (standaard: eerste in review)"
    )
    p.add_argument("--relation", metavar="CODE", help="relatie voor relation-settings (code)")
    p.set_defaults(handler=screenshot)


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m:
        raise InvalidInput(f"Ongeldige grootte: {text!r} (bijvoorbeeld 1440x900)")
    return int(m.group(1)), int(m.group(2))


def screenshot(args, ctx) -> int:
    width, height = parse_size(args.size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from app.services import auth

    if auth.needs_setup(ctx.app):
        from app.services.demo import create_demo_office

        create_demo_office(ctx.app)
    services = ctx.services
    from PySide6.QtCore import QSize

    from app.ui.i18n import set_language
    from app.ui.main import ensure_qapplication
    from app.ui.screens import save_screenshot
    from app.ui.session import UiSession

    ensure_qapplication()
    lang = args.lang or services.actor.language
    set_language(lang)
    session = UiSession.start(ctx.app, replace(services.actor, language=lang))
    from app.ui import registry
    from app.ui.hub import screens as hub_screens

    registry.pages()  # the pages register their own screens (hub-*, ddp, ...) when loaded
    hub_screens.DDP_DOC = args.doc
    from app.ui.relations import screens as relation_screens

    relation_screens.options["relation"] = args.relation
    admin = _administration(session.services, args.admin, args.page)
    out = save_screenshot(args.page, session, admin, QSize(width, height), Path(args.out))
    if not ctx.json:
        print(f"{out} ({width}x{height}, {lang})")
    return 0


def _administration(services, ref: str | None, page: str):
    from app.errors import NotFound
    from app.ui import registry

    if ref:
        try:
            return services.administrations.get(ref)
        except NotFound:
            found = services.administrations.list(search=ref)
            if not found:
                raise
            return found[0]
    try:
        needs = registry.page(page).needs_administration
    except KeyError:
        needs = False
    if needs:
        admins = services.administrations.list()
        return admins[0] if admins else None
    return None
