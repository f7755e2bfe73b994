"""Watched inbox folders end to end on temporary folders: a file that appears is taken in, read
and moved to verwerkt/; garbage goes to fout/ with its reason; a file still being written is not
taken; the catch-up scan takes what arrived while the app was closed."""

from __future__ import annotations

import hashlib
import time
from datetime import date
from pathlib import Path

import pytest

from app.errors import NotFound, UserFacingError
from app.samples.generator import generate_invoice
from app.samples.office import demo_administrations
from app.services.context import Services
from app.services.watcher import DONE_DIR, ERROR_DIR, FolderWatcher
from app.services.watcher_files import free_name, move_aside

BOSS = "marieke@vdbdewit.nl"
DELIVERER = "pieter@vdbdewit.nl"  # the Aanleveraar of BAK
DEADLINE = 180.0  # seconds; reading spawns worker processes on a shared machine


def bak_invoice(seed: int) -> bytes:
    demo = next(d for d in demo_administrations() if d.company.code == "BAK")
    inv = generate_invoice(
        seed,
        supplier=demo.suppliers[seed % len(demo.suppliers)],
        customer=demo.company,
        layout="classic",
        date_range=(date(2026, 10, 1), date(2026, 11, 20)),
    )
    return inv.pdf


@pytest.fixture
def inbox(demo_app, tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    Services(demo_app, demo_app.actor_for(BOSS)).administrations.update(
        "BAK", watched_folder=str(folder)
    )
    return folder


@pytest.fixture
def bak(demo_app) -> int:
    return Services(demo_app, demo_app.actor_for(BOSS)).administrations.get("BAK").id


def wait_for(condition, deadline: float = DEADLINE) -> None:
    end = time.monotonic() + deadline
    while not condition():
        assert time.monotonic() < end, "timed out waiting for the watcher"
        time.sleep(0.05)


def received(demo_app, bak):
    return Services(demo_app, demo_app.actor_for(BOSS)).hub.received_files(bak).rows


@pytest.mark.parametrize("polling", [False, True], ids=["events", "polling"])
def test_changes_are_noticed_by_the_observer(demo_app, inbox, bak, polling):
    # No rescans and a settle time never reached: only the observer can put it in pending.
    watcher = FolderWatcher(
        demo_app,
        lambda: demo_app.actor_for(DELIVERER),
        settle_seconds=3600,
        poll_interval=0.05,
        rescan_seconds=None,
        polling=polling,
    )
    watcher.watch(bak)
    watcher.start()
    path = inbox / "nieuw.pdf"
    try:
        (inbox / "Thumbs.db").write_bytes(b"system")
        end = time.monotonic() + DEADLINE
        while path not in watcher.pending:
            assert time.monotonic() < end, "the observer never reported the file"
            with path.open("ab") as fh:  # (re)written until the observer is surely running
                fh.write(b"x")
            time.sleep(0.05)
    finally:
        watcher.stop()
    assert watcher.pending == [path] and path.exists()  # noticed, not taken: still changing


def test_file_appears_is_read_and_moved(demo_app, inbox, bak):
    taken, failed = [], []
    watcher = FolderWatcher(
        demo_app,
        lambda: demo_app.actor_for(DELIVERER),
        settle_seconds=0.3,
        poll_interval=0.05,
        rescan_seconds=0.5,
        on_file_taken=lambda a, rf: taken.append((a, rf)),
        on_file_failed=lambda a, p, why: failed.append((a, p, why)),
    )
    watcher.watch(bak)
    watcher.start()
    try:
        (inbox / "factuur.pdf").write_bytes(bak_invoice(1))
        (inbox / "kapot.pdf").write_bytes(b"dit is geen pdf")
        (inbox / "Thumbs.db").write_bytes(b"system")
        wait_for(
            lambda: (
                (inbox / DONE_DIR / "factuur.pdf").exists()
                and (inbox / ERROR_DIR / "kapot.pdf").exists()
            )
        )
    finally:
        watcher.stop()
    assert not watcher.running
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == ["Thumbs.db"]
    rows = {r.original_name: r for r in received(demo_app, bak)}
    assert set(rows) == {"factuur.pdf", "kapot.pdf"}
    good, bad = rows["factuur.pdf"], rows["kapot.pdf"]
    assert (good.origin, good.state, good.document_count) == ("folder", "processed", 1)
    assert (bad.origin, bad.state, bad.document_count) == ("folder", "error", 0)
    reason = (inbox / ERROR_DIR / "kapot.pdf.reden.txt").read_text("utf-8")
    assert reason.splitlines()[0] == bad.error and "Onbekend bestandstype" in reason
    assert sorted(taken) == sorted([(bak, good.id), (bak, bad.id)])
    assert failed == [(bak, inbox / ERROR_DIR / "kapot.pdf", bad.error)]


def test_file_still_being_written_is_not_taken(demo_app, inbox, bak):
    now = [0.0]
    watcher = FolderWatcher(
        demo_app, lambda: demo_app.actor_for(DELIVERER), settle_seconds=1.0, clock=lambda: now[0]
    )
    data = bak_invoice(2)
    path = inbox / "groot.pdf"
    with path.open("wb") as fh:
        fh.write(data[:1000])
        fh.flush()
        watcher.notice(bak, path)
        assert watcher.tick() == []  # first look
        now[0] = 10.0
        fh.write(data[1000:2000])
        fh.flush()
        assert watcher.tick() == []  # grew since the last look: wait again
        fh.write(data[2000:])
    now[0] = 10.5
    assert watcher.tick() == []  # changed again (rest written and closed)
    now[0] = 11.0
    assert watcher.tick() == []  # stable for 0.5 s only
    assert path.exists() and received(demo_app, bak) == ()
    now[0] = 11.6
    outcomes = watcher.tick()
    assert [(o.name, o.state, o.moved_to) for o in outcomes] == [
        ("groot.pdf", "processed", inbox / DONE_DIR / "groot.pdf")
    ]
    (row,) = received(demo_app, bak)
    assert row.id == outcomes[0].received_file_id and row.document_count == 1
    digest = hashlib.sha256(data).hexdigest()
    assert (demo_app.paths.store / digest[:2] / digest[2:4] / digest).read_bytes() == data
    assert watcher.pending == []


def test_catch_up_scan_with_duplicates_and_name_clashes(demo_app, inbox, bak):
    data = bak_invoice(3)
    (inbox / DONE_DIR).mkdir()
    (inbox / DONE_DIR / "factuur.pdf").write_bytes(b"an older file of the same name")
    (inbox / "factuur.pdf").write_bytes(data)  # arrived while the app was closed
    for name in ("Thumbs.db", "~$factuur.pdf", ".verborgen.pdf", "bezig.part"):
        (inbox / name).write_bytes(b"x")
    watcher = FolderWatcher(demo_app, lambda: demo_app.actor_for(DELIVERER), settle_seconds=0.1)

    (first,) = watcher.scan_once(bak)
    assert (first.state, first.moved_to) == ("processed", inbox / DONE_DIR / "factuur (2).pdf")
    assert (inbox / DONE_DIR / "factuur.pdf").read_bytes() == b"an older file of the same name"
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [
        ".verborgen.pdf",
        "Thumbs.db",
        "bezig.part",
        "~$factuur.pdf",
    ]

    (inbox / "factuur.pdf").write_bytes(data)  # the same file delivered again
    (again,) = watcher.scan_once(bak)
    assert (again.state, again.moved_to) == ("duplicate", inbox / DONE_DIR / "factuur (3).pdf")
    rows = received(demo_app, bak)
    assert [(r.state, r.duplicate_of_id) for r in rows] == [
        ("duplicate", first.received_file_id),
        ("processed", None),
    ]
    assert watcher.scan_once(bak) == []


def test_error_folder_never_overwrites(tmp_path):
    (tmp_path / ERROR_DIR).mkdir()
    (tmp_path / ERROR_DIR / "a.pdf.reden.txt").write_text("oude reden")
    (tmp_path / "a.pdf").write_bytes(b"nieuw")
    moved = move_aside(tmp_path / "a.pdf", ERROR_DIR, "Bestand te groot")
    assert moved == tmp_path / ERROR_DIR / "a (2).pdf" and moved.read_bytes() == b"nieuw"
    assert (
        (tmp_path / ERROR_DIR / "a (2).pdf.reden.txt")
        .read_text("utf-8")
        .startswith("Bestand te groot\n")
    )
    assert (tmp_path / ERROR_DIR / "a.pdf.reden.txt").read_text() == "oude reden"
    assert free_name(tmp_path / ERROR_DIR, "b") == tmp_path / ERROR_DIR / "b"


def test_watch_checks_folder_and_visibility(demo_app, inbox, bak, tmp_path):
    boss = Services(demo_app, demo_app.actor_for(BOSS))
    fatima = FolderWatcher(demo_app, lambda: demo_app.actor_for("fatima@vdbdewit.nl"))
    with pytest.raises(NotFound):
        fatima.watch(bak)  # BAK is not assigned to her
    watcher_errors = []
    watcher = FolderWatcher(
        demo_app,
        lambda: demo_app.actor_for(BOSS),
        on_error=lambda a, msg: watcher_errors.append((a, msg)),
    )
    with pytest.raises(UserFacingError):
        watcher.watch(boss.administrations.get("FYS").id)  # no folder set
    ins = boss.administrations.update("INS", watched_folder=str(tmp_path / "weg")).id
    (inbox / "al-aanwezig.pdf").write_bytes(b"%PDF-1.4")
    assert watcher.watch_all(catch_up=False) == [bak]
    assert watcher.folders == {bak: inbox.resolve()} and watcher.pending == []
    assert watcher.watch_all() == [bak]
    assert watcher.pending == [inbox / "al-aanwezig.pdf"]
    assert [a for a, _ in watcher_errors] == [ins, ins] and "bestaat niet" in watcher_errors[0][1]


def test_file_refused_for_the_user_is_left_and_not_retried_unchanged(demo_app, inbox, bak):
    who = [BOSS]
    errors = []
    watcher = FolderWatcher(
        demo_app,
        lambda: demo_app.actor_for(who[0]),
        settle_seconds=0.0,
        on_error=lambda a, msg: errors.append((a, msg)),
    )
    watcher.watch(bak)
    path = inbox / "factuur.pdf"
    path.write_bytes(b"%PDF-1.4 iets")
    who[0] = "fatima@vdbdewit.nl"  # the logged-in user changed and does not see BAK
    (outcome,) = watcher.take(bak, [path])
    assert (outcome.state, outcome.moved_to, outcome.received_file_id) == ("refused", None, None)
    assert path.exists() and [a for a, _ in errors] == [bak]
    watcher.notice(bak, path)
    assert watcher.pending == []  # unchanged since it was refused
    path.write_bytes(b"%PDF-1.4 iets anders")
    watcher.notice(bak, path)
    assert watcher.pending == [path]
    assert received(demo_app, bak) == ()
