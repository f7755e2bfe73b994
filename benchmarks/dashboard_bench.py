"""Dashboard benchmark (a script, not a test): 100 administrations and 1,000,000 documents with
received files, comments, export errors and visits in a temporary SQLite database (and
PostgreSQL when ``FACTUURFLOW_TEST_PG_URL`` is set), then the median time of every dashboard
query and of the whole ``DashboardData`` for three selections: a Beheerder (all
administrations), a Gebruiker (30 administrations) and one administration. It runs twice: with
the indexes the models define now, then with the extra indexes proposed in :data:`PROPOSED`.

Usage: ``.venv/bin/python benchmarks/dashboard_bench.py [--documents N] [--runs 7] [--keep]``.
Target: the whole dashboard under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, text  # noqa: E402

from app.models import Administration, Organisation, User  # noqa: E402
from app.services import dashboard_queries as q  # noqa: E402
from app.services.context import AppContext, Services, actor_of  # noqa: E402
from app.services.dashboard import make_clock  # noqa: E402

ADMINS, USERS, GEBRUIKER_ADMINS = 100, 50, 30
PROPOSED = {
    "ix_documents_admin_state_id": "documents (administration_id, state, id)",  # replaces
    # ix_documents_admin_state: same lead columns, and PostgreSQL can count index-only
    "ix_documents_admin_created": "documents (administration_id, created_at, state)",
    "ix_documents_admin_exported": "documents (administration_id, exported_at)",
    "ix_received_files_admin_received": "received_files (administration_id, received_at)",
    "ix_comments_state_document": "comments (state, document_id)",
}
DOC_COLS = (
    "id",
    "administration_id",
    "received_file_id",
    "type",
    "is_credit_note",
    "state",
    "invoice_number",
    "extraction",
    "created_at",
    "updated_at",
    "exported_at",
    "version",
)
FILE_COLS = (
    "id",
    "administration_id",
    "sha256",
    "size",
    "origin",
    "original_name",
    "received_at",
    "state",
)
COMMENT_COLS = ("id", "document_id", "text", "state", "created_at")
ATTEMPT_COLS = ("id", "document_id", "request_id", "status", "started_at", "error_message")


def fmt(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f")


STATES_BY_AGE = {  # (max age in days, state weights)
    "realistic": (
        (
            14,
            {
                "review": 30,
                "processing": 3,
                "to_authorise": 4,
                "to_confirm": 4,
                "export_error": 3,
                "exported": 56,
            },
        ),
        (60, {"exported": 95, "review": 2, "export_error": 1, "rejected": 2}),
        (10**6, {"exported": 62, "archived": 35, "rejected": 3}),
    ),
    "heavy": (
        (
            30,
            {
                "review": 40,
                "processing": 5,
                "to_authorise": 5,
                "to_confirm": 5,
                "export_error": 5,
                "exported": 40,
            },
        ),
        (10**6, {"exported": 60, "archived": 35, "rejected": 3, "review": 1, "export_error": 1}),
    ),
}


def generate(n_docs: int, now: datetime, backlog: str = "realistic", seed: int = 42):
    """Rows of documents, received files, comments and export attempts (as tuples)."""
    rnd = random.Random(seed)
    docs, files, comments, attempts = [], [], [], []
    span = 730 * 86400
    bands = [
        (days * 86400, [s for s, w in weights.items() for _ in range(w)])
        for days, weights in STATES_BY_AGE[backlog]
    ]
    for i in range(1, n_docs + 1):
        age = rnd.random() ** 1.3 * span  # somewhat more recent documents than old ones
        created = now - timedelta(seconds=age)
        admin = 1 + int(rnd.random() ** 1.5 * ADMINS)  # some administrations are much busier
        state = rnd.choice(next(states for limit, states in bands if age < limit))
        exported = (
            created + timedelta(hours=rnd.randint(2, 120))
            if state in ("exported", "archived")
            else None
        )
        if exported and exported > now:
            exported = now - timedelta(minutes=1)
        ts = fmt(created)
        files.append(
            (
                i,
                admin,
                f"{i:064x}",
                1000,
                "email",
                f"f{i}.pdf",
                fmt(created - timedelta(minutes=2)),
                "processed",
            )
        )
        docs.append(
            (
                i,
                admin,
                i,
                "purchase",
                False,
                state,
                f"F{i}",
                "{}",
                ts,
                ts,
                fmt(exported) if exported else None,
                1,
            )
        )
        if rnd.random() < 0.10:
            open_ = state not in ("exported", "archived", "rejected") or rnd.random() < 0.1
            comments.append(
                (
                    len(comments) + 1,
                    i,
                    "Totaal klopt niet",
                    "open" if open_ and rnd.random() < 0.6 else "closed",
                    ts,
                )
            )
        if state == "export_error":
            attempts.append(
                (len(attempts) + 1, i, uuid.UUID(int=i).hex, "refused", ts, "Periode is gesloten")
            )
    return docs, files, comments, attempts


def setup_small(ctx: AppContext, now: datetime) -> tuple[int, int]:
    """Organisation, administrations, users, assignments and visits; returns (boss, gebruiker)."""
    rnd = random.Random(7)
    with ctx.transaction() as s:
        s.add(Organisation(name="Benchkantoor", monthly_target=40000))
        admins = [
            Administration(
                code=f"A{i:03d}",
                name=f"Administratie {i:03d}",
                package="twinfield",
                settings={},
                monthly_target=400,
                incomplete_reason="Geen btw-codes" if i % 17 == 0 else None,
                created_at=now - timedelta(days=900),
            )
            for i in range(1, ADMINS + 1)
        ]
        s.add_all(admins)
        users = [
            User(
                first_name="Gebruiker",
                last_name=str(i),
                email=f"u{i}@bench.nl",
                role="beheerder" if i == 0 else "gebruiker",
                status="actief",
                last_login_at=now - timedelta(days=rnd.randint(0, 400)),
                created_at=now - timedelta(days=900),
            )
            for i in range(USERS)
        ]
        s.add_all(users)
        s.flush()
        users[1].administrations = admins[:GEBRUIKER_ADMINS]
        for u in users:
            for a in rnd.sample(admins, 20):
                s.execute(
                    text(
                        "INSERT INTO administration_visits (user_id, administration_id, "
                        "visited_at) VALUES (:u, :a, :t)"
                    ),
                    {"u": u.id, "a": a.id, "t": now - timedelta(days=rnd.randint(0, 300))},
                )
        return users[0].id, users[1].id


def load_sqlite(path: Path, data) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    for table, cols, rows in (
        ("received_files", FILE_COLS, data[1]),
        ("documents", DOC_COLS, data[0]),
        ("comments", COMMENT_COLS, data[2]),
        ("export_attempts", ATTEMPT_COLS, data[3]),
    ):
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        conn.executemany(sql, rows)
    conn.commit()
    conn.close()


def load_pg(url: str, data) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")  # the generated timestamps are naive UTC
        for table, cols, rows in (
            ("received_files", FILE_COLS, data[1]),
            ("documents", DOC_COLS, data[0]),
            ("comments", COMMENT_COLS, data[2]),
            ("export_attempts", ATTEMPT_COLS, data[3]),
        ):
            with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        conn.commit()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # the steady state autovacuum reaches


def timed(fn, runs: int) -> tuple[float, float]:
    """(first run, median of the next ``runs``) in milliseconds."""
    t0 = time.perf_counter()
    fn()
    first = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return first, statistics.median(times)


def measure(ctx: AppContext, boss_id: int, gebruiker_id: int, runs: int, now: datetime) -> None:
    with ctx.transaction() as s:
        boss = actor_of(s.get(User, boss_id))
        gebruiker = actor_of(s.get(User, gebruiker_id))
    for label, actor, ids in (
        ("Beheerder, alle 100", boss, None),
        (f"Gebruiker, {GEBRUIKER_ADMINS} administraties", gebruiker, None),
        ("Beheerder, filter 1 administratie", boss, [1]),
    ):
        print(f"\n  {label}")
        measure_selection(ctx, Services(ctx, actor), ids, runs, now)


def measure_selection(ctx: AppContext, sv: Services, ids, runs: int, now: datetime) -> None:
    clock = make_clock(now)
    user_id = sv.actor.user_id
    with ctx.transaction() as s:
        scope = sv.dashboard.scope(s, ids)
        waiting = q.waiting_counts(s, scope)
        errors = q.state_total(waiting, q.D.EXPORT_ERROR).count  # chooses the plan
        panels = {
            "waiting_counts (2, 3, 4)": lambda: q.waiting_counts(s, scope),
            "files_received (1)": lambda: q.files_received(s, scope, clock),
            "recent_administrations (4)": lambda: q.recent_administrations(
                s, scope, clock, user_id, waiting
            ),
            "open_actions (5)": lambda: q.open_actions(s, scope, errors, 50),
            "processed_per_month (6)": lambda: q.processed_per_month(s, scope, clock),
            "monthly_target (7)": lambda: q.monthly_target(s, scope, clock),
            "incomplete_administrations (8)": lambda: q.incomplete_administrations(s, scope),
            "inactive_users (9)": lambda: q.inactive_users(s, clock),
            "inactive_administrations (10)": lambda: q.inactive_administrations(s, scope, clock),
        }
        for name, fn in panels.items():
            first, median = timed(fn, runs)
            print(f"    {name:34} first {first:8.1f} ms   median {median:8.1f} ms")
    first, median = timed(lambda: sv.dashboard.build(ids, now=now), runs)
    print(
        f"    {'DashboardData (build, all panels)':34} first {first:8.1f} ms   "
        f"median {median:8.1f} ms   {'OK' if median < 200 else 'ABOVE 200 ms TARGET'}"
    )


def add_proposed(ctx: AppContext) -> None:
    with ctx.engine.begin() as conn:
        for name, target in PROPOSED.items():
            conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {target}"))
    if ctx.engine.dialect.name == "postgresql":
        with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def run(db: str, url: str, n_docs: int, runs: int, data_dir: str, backlog: str) -> None:
    now = datetime.now(UTC)
    t0 = time.perf_counter()
    ctx = AppContext.open(data_dir, url)
    boss_id, gebruiker_id = setup_small(ctx, now)
    data = generate(n_docs, now, backlog)
    t1 = time.perf_counter()
    if db == "sqlite":
        ctx.engine.dispose()
        load_sqlite(Path(url.split("///", 1)[1]), data)
    else:
        load_pg(url, data)
    t2 = time.perf_counter()
    with ctx.transaction() as s:
        counts = {
            t: s.scalar(select(text("count(*)")).select_from(text(t)))
            for t in (
                "documents",
                "received_files",
                "comments",
                "export_attempts",
                "administration_visits",
            )
        }
        waiting = dict(
            s.execute(text("SELECT state, count(*) FROM documents GROUP BY state")).all()
        )
    print(
        f"[{db}] {backlog} backlog, generated in {t1 - t0:.1f} s, loaded in {t2 - t1:.1f} s: "
        f"{counts}\n  documents per state: {dict(sorted(waiting.items()))}"
    )
    print(f"[{db}] with the indexes of the models:")
    measure(ctx, boss_id, gebruiker_id, runs, now)
    add_proposed(ctx)
    print(f"\n[{db}] with the proposed indexes ({', '.join(PROPOSED)}):")
    measure(ctx, boss_id, gebruiker_id, runs, now)
    ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--backlog",
        choices=sorted(STATES_BY_AGE),
        default="realistic",
        help="realistic: only the last weeks still in the workflow; heavy: 7%% "
        "of all documents waiting, also very old ones",
    )
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="ff-dashboard-bench-")
    try:
        if not args.skip_sqlite:
            run(
                "sqlite",
                f"sqlite+pysqlite:///{tmp}/bench.db",
                args.documents,
                args.runs,
                f"{tmp}/sqlite",
                args.backlog,
            )
        pg = os.environ.get("FACTUURFLOW_TEST_PG_URL")
        if pg:
            import psycopg
            from sqlalchemy.engine import make_url

            base = make_url(pg)
            name = f"ff_bench_{uuid.uuid4().hex[:8]}"
            admin_dsn = base.set(drivername="postgresql", database="postgres").render_as_string(
                hide_password=False
            )
            with psycopg.connect(admin_dsn, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            try:
                url = base.set(drivername="postgresql+psycopg", database=name).render_as_string(
                    hide_password=False
                )
                print()
                run("postgresql", url, args.documents, args.runs, f"{tmp}/pg", args.backlog)
            finally:
                if args.keep:
                    print(f"kept PostgreSQL database {name}")
                else:
                    with psycopg.connect(admin_dsn, autocommit=True) as conn:
                        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
