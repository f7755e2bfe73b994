"""Benchmark of the Document Hub on a large administration (a script, not a test).

Creates the demo office in a temporary folder on SQLite, bulk-inserts one administration with
100,000 documents (received files, comments and export attempts with a realistic spread of
states, types, relations and dates over 18 months), then measures what opening the Review tab
costs — the counters, the sorted ids of the three review groups and the rows of the first 50 of
each — plus the other hub tabs and an archive search, and prints the median of several runs.

With ``--qt`` it measures instead what the user waits for: the Review tab opened through the
real Qt page (the main window, offscreen), from choosing the administration until the counters
and the first rows of the three groups are on screen (:func:`review_tab_shown`; the window test
``tests/ui/test_hub_large.py`` uses the same builder and check).

    .venv/bin/python benchmarks/hub_bench.py [--documents 100000] [--runs 7] [--keep] [--qt]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from app.models import (  # noqa: E402
    Administration,
    Comment,
    Document,
    ExportAttempt,
    ReceivedFile,
    Relation,
)
from app.services.archive import ArchiveQuery  # noqa: E402
from app.services.context import AppContext, Services  # noqa: E402
from app.services.demo import create_demo_office  # noqa: E402

PROFILES = {  # state weights: an office keeping up, and one with a large review backlog
    "realistic": [
        ("archived", 80),
        ("exported", 6),
        ("review", 4),
        ("to_authorise", 1),
        ("to_confirm", 0.5),
        ("export_error", 1.5),
        ("rejected", 4),
        ("processing", 1),
        ("received", 2),
    ],
    "backlog": [
        ("archived", 70),
        ("exported", 6),
        ("review", 12),
        ("to_authorise", 2),
        ("to_confirm", 1),
        ("export_error", 2),
        ("rejected", 4),
        ("processing", 1),
        ("received", 2),
    ],
}
TYPES = [("purchase", 75), ("sales", 20), ("other", 5)]
WORDS = (
    "levering",
    "factuur",
    "bloem",
    "meel",
    "gist",
    "transport",
    "huur",
    "energie",
    "onderhoud",
    "abonnement",
    "verpakking",
    "boter",
    "suiker",
    "week",
    "order",
    "btw",
)
BATCH = 5000


def pick(rng: random.Random, weighted):
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def fill(app: AppContext, code: str, count: int, seed: int = 7, profile: str = "realistic") -> None:
    """Bulk-insert ``count`` documents (one received file each) into administration ``code``."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with app.transaction() as s:
        admin = s.scalar(select(Administration.id).where(Administration.code == code))
        rels = list(
            s.execute(select(Relation.id, Relation.name).where(Relation.administration_id == admin))
        )
        next_file = (s.scalar(select(ReceivedFile.id).order_by(ReceivedFile.id.desc())) or 0) + 1
        next_doc = (s.scalar(select(Document.id).order_by(Document.id.desc())) or 0) + 1
    for start in range(0, count, BATCH):
        files, docs, comments, attempts = [], [], [], []
        for i in range(start, min(count, start + BATCH)):
            fid, did = next_file + i, next_doc + i
            age = timedelta(minutes=rng.randrange(0, 18 * 30 * 24 * 60))
            received = now - age
            state, doc_type = pick(rng, PROFILES[profile]), pick(rng, TYPES)
            if age < timedelta(days=20) and state == "archived":
                state = rng.choice(["review", "exported", "archived"])
            rel_id, rel_name = rng.choice(rels) if rng.random() > 0.05 else (None, "")
            text = " ".join(rng.choice(WORDS) for _ in range(120))
            exported = (
                received + timedelta(hours=rng.randrange(1, 240))
                if state in ("exported", "archived")
                else None
            )
            files.append(
                dict(
                    id=fid,
                    administration_id=admin,
                    sha256=hashlib.sha256(b"%d" % fid).hexdigest(),
                    size=rng.randrange(20_000, 900_000),
                    origin=rng.choice(["email", "folder", "drag_drop", "manual_upload"]),
                    original_name=f"scan_{fid}.pdf",
                    received_at=received,
                    state="processed",
                    processed_at=received,
                )
            )
            docs.append(
                dict(
                    id=did,
                    administration_id=admin,
                    received_file_id=fid,
                    page_from=1,
                    page_to=1,
                    type=doc_type,
                    is_credit_note=rng.random() < 0.04,
                    state=state,
                    source="pdf",
                    relation_id=rel_id,
                    invoice_number=f"{received:%Y}-{did:06d}",
                    invoice_date=(received - timedelta(days=rng.randrange(0, 20))).date(),
                    currency="EUR",
                    total_incl_vat=Decimal(rng.randrange(500, 500_000)) / 100,
                    extraction={"page_texts": [text]},
                    search_text=f"{rel_name} {text}",
                    created_at=received,
                    updated_at=exported or received,
                    exported_at=exported,
                    archived_at=exported + timedelta(days=1) if state == "archived" else None,
                    version=1,
                )
            )
            r = rng.random()
            kinds = ["open"] * rng.randrange(1, 4) if r < 0.4 else ["closed"] if r < 0.6 else []
            if state in ("exported", "archived"):
                kinds = ["closed"] if r < 0.3 else []
            comments += [
                dict(
                    document_id=did,
                    text="Totaal klopt niet",
                    state=k,
                    code="totals",
                    created_at=received,
                )
                for k in kinds
            ]
            if exported or state == "export_error":
                ok = state != "export_error"
                attempts.append(
                    dict(
                        document_id=did,
                        request_id=f"req-{did}",
                        status="success" if ok else "refused",
                        started_at=exported or received,
                        finished_at=exported or received,
                        error_message=None if ok else "Periode 2025/01 is afgesloten",
                        error_category=None if ok else rng.choice(["relation", "document"]),
                    )
                )
        with app.transaction() as s:
            s.execute(insert(ReceivedFile), files)
            s.execute(insert(Document), docs)
            if comments:
                s.execute(insert(Comment), comments)
            if attempts:
                s.execute(insert(ExportAttempt), attempts)


def measure(label: str, fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    median = statistics.median(times)
    print(f"  {label:<52} median {median:8.1f} ms   (min {min(times):.1f}, max {max(times):.1f})")
    return median


def open_review_tab(svc: Services, admin_id: int) -> None:
    svc.hub.counters(admin_id)
    for group in ("open", "none", "closed"):
        ids = svc.hub.review_ids(admin_id, group)
        svc.hub.rows(ids[:50])


def review_tab_shown(review, counters, sizes: dict[str, int]) -> bool:
    """The Review tab shows the counters and, for every group, its size and first row."""
    from app.ui.i18n import format_number

    if review.cards["documents"].value.text() != format_number(counters.documents):
        return False
    for group, model in review.models.items():
        if model.total != sizes[group]:
            return False
        if model.total and (model.row_at(0) is None or review.views[group].rowAt(0) != 0):
            return False
    return True


def measure_qt(app: AppContext, email: str, runs: int) -> float:
    """Median ms from choosing BAK in the window until its Review tab is shown (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from app.ui.session import UiSession
    from app.ui.tasks import wait_for_tasks
    from app.ui.theme import apply_theme

    qapp = QApplication.instance() or QApplication([])
    apply_theme(qapp)
    session = UiSession.start(app, app.actor_for(email))
    svc = session.services
    bak, other = svc.administrations.get("BAK"), svc.administrations.get("INS")
    counters = svc.hub.counters(bak.id)
    sizes = {g: len(svc.hub.review_ids(bak.id, g)) for g in ("open", "none", "closed")}
    window = MainWindow(session, restore=False)
    window.resize(1440, 900)
    window.show()
    wait_for_tasks(30_000)
    times = []
    for _ in range(runs):
        window.choose_administration(other)  # drops BAK's hub page, so each run builds it anew
        wait_for_tasks(60_000)
        t = time.perf_counter()
        window.choose_administration(bak)
        review = window.page_widget().tab_widgets["review"]
        deadline = t + 120
        while not review_tab_shown(review, counters, sizes) and time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        times.append((time.perf_counter() - t) * 1000)
        wait_for_tasks(60_000)
    window.close()
    median = statistics.median(times)
    print(
        f"  Review tab through the Qt page (offscreen), groups {sizes}:\n"
        f"    median {median:8.1f} ms   (min {min(times):.1f}, max {max(times):.1f}; "
        f"{runs} runs: {', '.join(f'{x:.0f}' for x in times)})"
    )
    return median


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--profile", choices=sorted(PROFILES), default="realistic")
    ap.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    ap.add_argument(
        "--qt",
        action="store_true",
        help="measure opening the Review tab through the Qt page (offscreen)",
    )
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="hub-bench-"))
    try:
        app = AppContext.open(str(folder))
        create_demo_office(app)
        t = time.perf_counter()
        fill(app, "BAK", args.documents, profile=args.profile)
        fill(app, "INS", args.documents // 20, seed=8)
        print(
            f"profile {args.profile}: inserted {args.documents:,} documents into BAK (+{args.documents // 20:,} in INS)"
            f" in {time.perf_counter() - t:.1f} s; database "
            f"{app.paths.database.stat().st_size / 1e6:.0f} MB in {folder}"
        )
        svc = Services(app, app.actor_for("sanne@vdbdewit.nl"))  # a Gebruiker, BAK via team
        bak = svc.administrations.get("BAK").id
        c = svc.hub.counters(bak)
        sizes = {g: len(svc.hub.review_ids(bak, g)) for g in ("open", "none", "closed")}
        print(f"counters: {c}\ngroup sizes: {sizes}\nmedian of {args.runs} runs:")
        if args.qt:
            measure(
                "Review tab (services only): counters + 3 groups' ids + 3 x 50 rows",
                lambda: open_review_tab(svc, bak),
                args.runs,
            )
            measure_qt(app, "sanne@vdbdewit.nl", args.runs)
            app.close()
            return 0
        measure(
            "Review tab: counters + 3 groups' ids + 3 x 50 rows",
            lambda: open_review_tab(svc, bak),
            args.runs,
        )
        measure("  counters", lambda: svc.hub.counters(bak), args.runs)
        measure(
            "  review_ids(open comments), by arrival (id)",
            lambda: svc.hub.review_ids(bak, "open"),
            args.runs,
        )
        measure(
            "  review_ids(open comments), by received_at",
            lambda: svc.hub.review_ids(bak, "open", sort="received_at"),
            args.runs,
        )
        measure(
            "  review_ids(no comments), by relation desc",
            lambda: svc.hub.review_ids(bak, "none", sort="relation", descending=True),
            args.runs,
        )
        measure(
            "  review_ids(open) filtered 'bakkerij'",
            lambda: svc.hub.review_ids(bak, "open", text="bakkerij"),
            args.runs,
        )
        ids = svc.hub.review_ids(bak, "open")
        measure("  rows(50)", lambda: svc.hub.rows(ids[:50]), args.runs)
        measure("Received files: first page of 100", lambda: svc.hub.received_files(bak), args.runs)
        measure(
            "Received files: sorted by documents, page 10",
            lambda: svc.hub.received_files(bak, offset=900, sort="documents"),
            args.runs,
        )
        measure("Export tab: first page of 100", lambda: svc.hub.exports(bak), args.runs)
        measure("Export errors", lambda: svc.hub.export_errors(bak), args.runs)
        measure(
            "Archive tab (last 7 days), first page", lambda: svc.hub.recent_archive(bak), args.runs
        )
        measure("Archive page: ids, no criteria", lambda: svc.archive.ids(bak), args.runs)
        measure(
            "Archive page: full text 'bloem gist', page 1",
            lambda: svc.archive.search(bak, ArchiveQuery(text="bloem gist")),
            args.runs,
        )
        measure(
            "Archive page: amount + date range, page 1",
            lambda: svc.archive.search(
                bak,
                ArchiveQuery(
                    amount_min=Decimal(100),
                    amount_max=Decimal(500),
                    date_from=date.today() - timedelta(days=200),
                ),
            ),
            args.runs,
        )
        app.close()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
