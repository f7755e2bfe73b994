"""Dropping 500 files at once on Ontvangen bestanden: every file is listed with a state, the hub
shows the reading go down file by file to 0, every file ends read or with a clear error, nothing
is lost, and the GUI thread's event loop keeps running while the files are read (a 10 ms timer
on the GUI thread keeps ticking; counted, never timed). The files are small e-invoices (cheap to
read) plus a few broken ones. The timings are in benchmarks/drop_bench.py.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from test_hub_support import drag_files, open_hub
from ui_demo import BEHEERDER

from app.samples.generator import generate_invoice
from app.samples.office import demo_administrations
from app.samples.ubl_writer import truth_to_ubl
from app.services.demo_documents import RECENT
from app.ui.dropzone import INTAKE_CHUNK, deliveries
from app.ui.hub import labels
from app.ui.hub.models import ReceivedFilesModel

FILES = 500
BROKEN = 5  # of which not an e-invoice at all: they must end as a clear error


def small_einvoices(folder: Path) -> set[str]:
    """FILES different SI-UBL invoices of BAK's suppliers (BROKEN of them unreadable)."""
    bak = demo_administrations()[0]
    truths = [
        generate_invoice(
            900 + n, supplier=bak.suppliers[n], customer=bak.company, date_range=RECENT
        ).truth
        for n in range(8)
    ]
    folder.mkdir()
    names = set()
    for i in range(FILES):
        name = f"efactuur-{i:03d}.xml"
        if i % (FILES // BROKEN) == 7:
            (folder / name).write_text(f"<Invoice>kapot {i}</Invoice>")
        else:
            truth = copy.deepcopy(truths[i % len(truths)])
            truth["invoice_number"] = f"DROP-{i:04d}"
            (folder / name).write_bytes(truth_to_ubl(truth))
        names.add(name)
    return names


def test_500_dropped_files_are_listed_read_and_the_window_keeps_going(
    services_as, window_as, settle, qtbot, tmp_path, monkeypatch
):
    services = services_as(BEHEERDER)
    page = open_hub(window_as(BEHEERDER), settle)
    received = page.tab_widgets["received"]
    model = received.model
    names = small_einvoices(tmp_path / "drop")
    flow, admin_id = deliveries(), page.admin_id
    intake = page.session.services.intake
    chunks: list[int] = []  # files per intake call
    take_in = intake.take_in

    def counted_take_in(admin, files, **kw):
        chunks.append(len(files))
        return take_in(admin, files, **kw)

    monkeypatch.setattr(intake, "take_in", counted_take_in)

    counts: list[int] = []  # the hub's "Bestanden worden gelezen" counter, every change
    bar: list[tuple[bool, int, int]] = []  # the progress bar: visible, value, maximum
    ticks: list[int] = []  # how many counter changes had happened at each timer tick
    refreshes: list[int] = []
    delivered: list[int] = []  # how many list refreshes had happened when intake was done

    def stored(aid: int, _files: int, _duplicates: int) -> None:
        if aid == admin_id:
            delivered.append(len(refreshes))

    def busy(aid: int) -> None:
        if aid == admin_id:
            counts.append(flow.busy.get(aid, 0))
            progress = received.progress
            bar.append((progress.isVisible(), progress.value(), progress.maximum()))

    flow.busy_changed.connect(busy)  # the process-wide Deliveries outlives this window
    flow.delivered.connect(stored)
    try:
        page.session.events.queue_changed.connect(
            lambda aid: refreshes.append(len(counts)) if aid == admin_id else None
        )
        ticker = QTimer(page)
        ticker.setInterval(10)
        ticker.timeout.connect(lambda: ticks.append(len(counts)))
        ticker.start()

        enter, _move, drop = drag_files(received.view.viewport(), [tmp_path / "drop"])
        assert enter.isAccepted() and drop.isAccepted()

        # every file is listed, with a state, while they are still being read
        qtbot.waitUntil(lambda: model.rowCount() == FILES, timeout=30_000)
        qtbot.waitUntil(lambda: bool(counts) and counts[-1] == 0, timeout=120_000)
        settle(30_000)
        ticker.stop()
    finally:
        flow.busy_changed.disconnect(busy)
        flow.delivered.disconnect(stored)

    # the list was refreshed while the files were still being stored (a chunk at a time), not
    # only once all 500 were in: the first refresh comes after the first chunk
    assert delivered and delivered[0] >= 2
    assert sum(chunks) == FILES and max(chunks) == INTAKE_CHUNK < FILES
    # the counter went up to all files, then down one step per file read, and ends at 0
    assert max(counts) == FILES
    reading = counts[counts.index(FILES) :]
    assert reading == sorted(reading, reverse=True)
    assert len(set(reading)) > FILES // 2, "the counter must go down while files are read"
    assert reading[-1] == 0 and flow.busy.get(admin_id) == 0
    # the bar showed it (filling up towards all files) and is hidden when done
    shown = [(value, maximum) for visible, value, maximum in bar if visible]
    assert shown and all(maximum == FILES for _value, maximum in shown)
    assert [value for value, _max in shown] == sorted(value for value, _max in shown)
    assert not received.progress.isVisible() and not received.progress_label.isVisible()

    # the GUI event loop kept running while the files were read: the timer ticked between
    # progress reports, not only before the first and after the last one
    during = [n for n in ticks if 0 < n < len(counts) - 1]
    assert len(during) > 10 and len(set(during)) > 10
    # the lists were refreshed throttled, not once per file read
    assert len(refreshes) < FILES // 2

    # nothing lost: the list holds exactly the dropped files, each read or with a clear error
    for row in range(model.rowCount()):  # ask for every row, as scrolling through would
        model.data(model.index(row, ReceivedFilesModel.COL_NAME))
    qtbot.waitUntil(lambda: len(model.cache) == FILES, timeout=30_000)
    rows = model.rows()
    assert {r.original_name for r in rows} == names
    assert {r.origin for r in rows} == {"drag_drop"}
    states = {r.original_name: r.state for r in rows}
    assert set(states.values()) <= {"processed", "error"}
    errors = [r for r in rows if r.state == "error"]
    assert len(errors) == BROKEN and all(r.error for r in errors)
    assert all(r.document_count == 1 for r in rows if r.state == "processed")
    for row in range(model.rowCount()):  # what the list shows
        text = model.data(
            model.index(row, ReceivedFilesModel.COL_STATE), Qt.ItemDataRole.DisplayRole
        )
        assert text in (labels.file_state("processed"), labels.file_state("error"))
    # and the database agrees
    files = services.intake.received("BAK", limit=10_000)
    assert sorted(f.original_name for f in files) == sorted(names)
    assert {f.original_name: f.state for f in files} == states
