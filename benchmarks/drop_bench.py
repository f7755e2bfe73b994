"""Benchmark of dropping many files onto the window (a script, not a test).

Creates the demo office in a temporary folder on SQLite, writes ``--files`` realistic invoices
for the demo administration BAK into one folder (text PDFs in every layout, SI-UBL e-invoices
and a few scans), opens the real main window offscreen on the Document Hub and drops the folder
on the Ontvangen bestanden list with a real ``QDropEvent`` (the path a user's drop takes:
``Deliveries.deliver`` with origin ``drag_drop``). It then measures, from the drop:

* when the first received files are visible in Ontvangen bestanden, and when all of them are;
* when every file has been read (the hub's "Bestanden worden gelezen" counter back at 0);
* how often the progress counter changed while reading (visible progress);
* the freeze measure: the gaps between the ticks of a 10 ms ``QTimer`` on the GUI thread during
  the whole run (longest, 99th percentile, median, and how many gaps exceeded 100/250 ms).

With ``--stalls`` a sampler thread records the GUI thread's Python stack whenever the timer has
not ticked for 100 ms, and the report lists the most frequent stall stacks (where to look when
the window freezes). Figures only, no pass/fail.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/drop_bench.py [--files 500]
        [--xml 100] [--scans 5] [--workers N] [--stalls] [--keep]
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import (  # noqa: E402
    QEventLoop,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.context import AppContext, Services  # noqa: E402
from app.services.demo import create_demo_office  # noqa: E402

USER = "marieke@vdbdewit.nl"  # the demo office's Beheerder
ADMIN = "BAK"


# -- the files -------------------------------------------------------------------------------
def write_files(folder: Path, count: int, xml: int, scans: int) -> collections.Counter:
    """``count`` invoices for BAK: ``xml`` SI-UBL e-invoices, ``scans`` scanned PDFs, the rest
    text PDFs (purchase invoices in every layout, some credit notes); all different bytes."""
    from app.samples.degrade import degrade_to_scan
    from app.samples.generator import LAYOUTS, generate_invoice
    from app.samples.office import demo_administrations
    from app.samples.ubl_writer import truth_to_ubl
    from app.services.demo_documents import RECENT

    bak = demo_administrations()[0]
    folder.mkdir(parents=True, exist_ok=True)
    kinds: collections.Counter = collections.Counter()
    xml_every = count / xml if xml else 0
    scan_at = {int(i * count / scans) + 1 for i in range(scans)} if scans else set()
    for i in range(count):
        seed = 70_000 + i
        kind = "credit_note" if i % 11 == 5 else "invoice"
        g = generate_invoice(
            seed,
            supplier=bak.suppliers[i % len(bak.suppliers)],
            customer=bak.company,
            layout=LAYOUTS[i % len(LAYOUTS)],
            kind=kind,
            date_range=RECENT,
        )
        number = "".join(c if c.isalnum() else "-" for c in g.truth["invoice_number"])
        if xml_every and int(i % xml_every) == 0 and kinds["xml"] < xml:
            (folder / f"efactuur_{i:03d}_{number}.xml").write_bytes(truth_to_ubl(g.truth))
            kinds["xml"] += 1
        elif i in scan_at:
            data = degrade_to_scan(g.pdf, dpi=200, seed=seed, rotation_deg=0.6, noise=0.04)
            (folder / f"scan_{i:03d}.pdf").write_bytes(data)
            kinds["scan"] += 1
        else:
            (folder / f"factuur_{i:03d}_{number}.pdf").write_bytes(g.pdf)
            kinds["text pdf"] += 1
    return kinds


# -- the GUI-thread watch --------------------------------------------------------------------
class Ticker:
    """A 10 ms QTimer on the GUI thread; every tick's time is kept."""

    def __init__(self):
        self.ticks: list[float] = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def gaps_ms(self, start: float, end: float) -> list[tuple[float, float]]:
        """(gap in ms, time the gap ended) for the ticks between ``start`` and ``end``."""
        ticks = [t for t in self.ticks if start <= t <= end]
        return [((b - a) * 1000, b) for a, b in zip(ticks, ticks[1:], strict=False)]


class StallSampler(threading.Thread):
    """Records the GUI thread's stack whenever the ticker has been silent for 100 ms."""

    def __init__(self, ticker: Ticker):
        super().__init__(daemon=True)
        self.ticker, self.gui = ticker, threading.main_thread().ident
        self.stacks: collections.Counter = collections.Counter()
        self.running = True

    def run(self) -> None:
        while self.running:
            time.sleep(0.02)
            if time.perf_counter() - self.ticker.ticks[-1] < 0.1:
                continue
            frame = sys._current_frames().get(self.gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            ours = [f for f in stack if "/app/" in f.filename or "drop_bench" in f.filename]
            key = tuple(
                f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in (ours or stack)[-6:]
            )
            self.stacks[key] += 1


# -- the run ---------------------------------------------------------------------------------
def drop(target, paths: list[Path]) -> bool:
    """A real drag enter, move and drop of ``paths`` on ``target``; True when accepted."""
    pos = QPoint(40, 40)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(pos, actions, mime, buttons, mods))
    QApplication.sendEvent(target, QDragMoveEvent(pos, actions, mime, buttons, mods))
    event = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def spin_until(qapp: QApplication, condition, timeout_s: float) -> bool:
    """Run the real event loop (``QEventLoop.exec``) until ``condition()`` holds (checked by a
    20 ms timer) or ``timeout_s`` passed; True when it holds."""
    if condition():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(
        lambda: loop.quit() if condition() or time.perf_counter() > deadline else None
    )
    check.start()
    loop.exec()
    check.stop()
    return bool(condition())


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(args: argparse.Namespace, folder: Path) -> None:
    from app.ui.dropzone import deliveries
    from app.ui.i18n import set_language
    from app.ui.main import ensure_qapplication
    from app.ui.main_window import MainWindow
    from app.ui.session import UiSession
    from app.ui.tasks import pending_tasks

    t = time.perf_counter()
    app = AppContext.open(str(folder / "data"))
    create_demo_office(app)
    if args.workers:
        app.settings.set("workers", args.workers)
    drop_folder = Path(args.files_from) if args.files_from else folder / "drop"
    if args.files_from:
        kinds = collections.Counter(p.suffix for p in drop_folder.iterdir())
        args.files = sum(kinds.values())
    else:
        kinds = write_files(drop_folder, args.files, args.xml, args.scans)
    if args.without_progress:  # the window as it was: no per-file reports from the service
        from app.services.processing import ProcessingService

        original = ProcessingService.process_pending

        def without_progress(self, *a, progress=None, **kw):
            return original(self, *a, **kw)

        ProcessingService.process_pending = without_progress
    print(
        f"{args.files} files written in {time.perf_counter() - t:.1f} s: "
        + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        + f"; reading with {app.settings.get('workers')} worker process(es) on "
        f"{os.cpu_count()} cores"
    )

    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(  # the offscreen platform's "does not support" notes are noise
        lambda kind, ctx, msg: (
            None
            if msg.startswith("This plugin does not support")
            else previous(kind, ctx, msg)
            if previous
            else print(msg, file=sys.stderr)
        )
    )
    qapp = ensure_qapplication()
    set_language("nl")
    session = UiSession.start(app, app.actor_for(USER))
    window = MainWindow(session, restore=False)
    window.resize(1280, 800)
    window.show()
    spin_until(qapp, lambda: bool(window.admins) and pending_tasks() == 0, 30)
    window.choose_administration(next(a for a in window.admins if a.code == ADMIN))
    page = window.show_page("hub")
    received = page.show_tab("received")
    spin_until(qapp, lambda: pending_tasks() == 0, 30)
    model = received.model
    flow = deliveries()
    counts: list[tuple[float, int]] = []
    flow.busy_changed.connect(lambda a: counts.append((time.perf_counter(), flow.busy.get(a, 0))))
    refreshes: list[float] = []
    model.loaded.connect(lambda: refreshes.append(time.perf_counter()))

    ticker = Ticker()
    sampler = StallSampler(ticker) if args.stalls else None
    ticker.timer.start()
    spin_until(qapp, lambda: len(ticker.ticks) > 20, 5)  # the timer runs before the drop
    if sampler:
        sampler.start()

    marks: dict[str, float] = {}
    t0 = time.perf_counter()
    accepted = drop(received.view.viewport(), [drop_folder])
    marks["drop handled"] = time.perf_counter()
    if not accepted:
        raise SystemExit("the drop was refused")

    def watch() -> bool:
        now = time.perf_counter()
        if "first visible" not in marks and model.rowCount() > 0:
            marks["first visible"] = now
        if "all listed" not in marks and model.rowCount() >= args.files:
            marks["all listed"] = now
        if "first shown read" not in marks and any(
            r is not None and r.state in ("processed", "error") for r in model.cache.values()
        ):
            marks["first shown read"] = now
        if counts and "reading started" not in marks:
            marks["reading started"] = counts[0][0]
        if counts and "all read" not in marks and counts[-1][1] == 0 and len(counts) > 1:
            marks["all read"] = counts[-1][0]
        return "all read" in marks and "all listed" in marks and pending_tasks() == 0

    finished = spin_until(qapp, watch, args.timeout)
    spin_until(qapp, lambda: pending_tasks() == 0, 30)
    marks["settled"] = time.perf_counter()
    end = time.perf_counter()
    spin_until(qapp, lambda: time.perf_counter() > end + 0.3, 5)  # a few quiet ticks after the run
    ticker.timer.stop()
    if sampler:
        sampler.running = False

    services = Services(app, app.actor_for(USER))
    states = collections.Counter(f.state for f in services.intake.received(ADMIN, limit=10_000))
    documents = sum(len(f.document_ids) for f in services.intake.received(ADMIN, limit=10_000))

    print(
        f"\nDropped {args.files} files on Ontvangen bestanden ({'' if finished else 'NOT '}"
        f"finished within {args.timeout:.0f} s)"
    )
    print("  from the drop until:")
    for name in (
        "drop handled",
        "first visible",
        "all listed",
        "reading started",
        "first shown read",
        "all read",
        "settled",
    ):
        value = f"{(marks[name] - t0):9.2f} s" if name in marks else "        —"
        print(f"    {name:<18} {value}")
    print(f"  received files by state: {dict(states)}; documents made: {documents}")
    print(
        f"  progress counter changes: {len(counts)} "
        f"(values: {[n for _, n in counts][:6]}{' …' if len(counts) > 6 else ''})"
    )
    print(f"  received-list reloads: {len(refreshes)}")

    phases = [
        ("drop → all listed", t0, marks.get("all listed", end)),
        ("reading", marks.get("reading started", t0), marks.get("all read", end)),
        ("whole run", t0, end),
    ]
    print("  GUI thread (10 ms QTimer) gaps:")
    print(
        f"    {'phase':<20} {'ticks':>6} {'max':>9} {'p99':>9} {'median':>8} "
        f"{'>100 ms':>8} {'>250 ms':>8}"
    )
    for name, start, stop in phases:
        gaps = [g for g, _ in ticker.gaps_ms(start, stop)]
        if not gaps:
            print(f"    {name:<20} {'0':>6}")
            continue
        print(
            f"    {name:<20} {len(gaps) + 1:>6} {max(gaps):>7.0f}ms {percentile(gaps, 99):>7.0f}ms"
            f" {statistics.median(gaps):>6.0f}ms {sum(g > 100 for g in gaps):>8}"
            f" {sum(g > 250 for g in gaps):>8}"
        )
    worst = sorted(ticker.gaps_ms(t0, end), reverse=True)[:5]
    print(
        "  longest gaps (ms @ s after the drop): "
        + ", ".join(f"{g:.0f} @ {at - t0:.2f}" for g, at in worst)
    )
    if sampler and sampler.stacks:
        print("  GUI-thread stacks during stalls (samples every 20 ms while silent > 100 ms):")
        for stack, n in sampler.stacks.most_common(args.stalls_top):
            print(f"    {n:4d} × " + "\n           ← ".join(reversed(stack)))
    window.close()
    app.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--xml", type=int, default=100, help="how many of them are e-invoices")
    ap.add_argument("--scans", type=int, default=5, help="how many of them are scans (OCR)")
    ap.add_argument("--workers", type=int, default=0, help="reading processes (default: setting)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--stalls", action="store_true", help="sample the GUI thread when it stalls")
    ap.add_argument("--stalls-top", type=int, default=8)
    ap.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    ap.add_argument("--files-from", help="drop the files of this folder instead of new ones")
    ap.add_argument(
        "--without-progress",
        action="store_true",
        help="for comparison: the service reports no per-file progress (as before the fix)",
    )
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="drop-bench-"))
    try:
        run(args, folder)
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
