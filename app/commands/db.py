"""``factuurflow db upgrade|current``: run the database migrations, show the revision."""

from __future__ import annotations

from app.commands.base import command_parser, group_parser, print_json


def register(sub) -> None:
    inner = group_parser(sub, "db", "Database-migraties")
    command_parser(inner, "upgrade", "Database bijwerken naar het nieuwste schema").set_defaults(
        handler=upgrade
    )
    command_parser(inner, "current", "Huidige schemaversie tonen").set_defaults(handler=current)


def upgrade(args, ctx) -> int:
    from app.models.db import current_revision

    app = ctx.app  # opening the app runs the migrations
    rev = current_revision(app.engine)
    if ctx.json:
        print_json({"revision": rev})
    else:
        print(f"Database bijgewerkt (schema {rev}).")
    return 0


def current(args, ctx) -> int:
    from app.models.db import create_db_engine, current_revision, head_revision, sqlite_url

    url = getattr(args, "db", None) or sqlite_url(ctx.paths.database)
    engine = create_db_engine(url)
    try:
        rev, head = current_revision(engine), head_revision()
    finally:
        engine.dispose()
    if ctx.json:
        print_json({"revision": rev, "head": head})
    else:
        print(f"schema {rev or '(leeg)'}; nieuwste {head}")
    return 0
