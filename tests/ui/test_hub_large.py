"""A 100,000-document administration opening its Review tab through the real Qt page: the
administration is bulk-filled with :func:`benchmarks.hub_bench.fill` (the benchmark's data
builder), chosen in the window, and the test waits until the counters and the first rows of the
three groups are on screen. It checks that what is shown is right (counters and group sizes as
the service says, first rows filled in) and that the lazy models hold only a block of rows, not
all of them. The wall time is measured and *reported* — printed in the test summary and written
to ``review_tab_100k.txt`` in the test's tmp folder — never asserted (the machine is shared).
``benchmarks/hub_bench.py --qt`` measures the same offscreen, median of several runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from ui_demo import GEBRUIKER

from app.ui.hub.lazy_model import BLOCK

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from hub_bench import fill, review_tab_shown  # noqa: E402

DOCUMENTS = 100_000


@pytest.mark.slow
def test_review_tab_of_a_100k_document_administration(
    demo_app, services_as, window_as, settle, qtbot, tmp_path, capsys
):
    started = time.perf_counter()
    fill(demo_app, "BAK", DOCUMENTS)
    build = time.perf_counter() - started
    services = services_as(GEBRUIKER)  # Team MKB: sees BAK, reviews
    bak = services.administrations.get("BAK")
    counters = services.hub.counters(bak.id)
    sizes = {g: len(services.hub.review_ids(bak.id, g)) for g in ("open", "none", "closed")}
    assert services.hub.received_files(bak.id, limit=1).total == DOCUMENTS  # one file each
    window = window_as(GEBRUIKER)
    admin = next(a for a in window.admins if a.code == "BAK")

    started = time.perf_counter()
    window.choose_administration(admin)  # builds the hub; its first tab is Review
    page = window.page_widget()
    review = page.tab_widgets["review"]
    qtbot.waitUntil(lambda: review_tab_shown(review, counters, sizes), timeout=60_000)
    elapsed = time.perf_counter() - started

    assert page.current_tab_key() == "review" and review.isVisible()
    assert review.cards["purchase"].value.text() == (
        f"{counters.purchase_to_review}/{counters.purchase_this_month}"
    )
    expected_first = {g: services.hub.review_ids(bak.id, g)[:3] for g in sizes}
    for group, model in review.models.items():
        assert model.rowCount() == sizes[group]
        assert model.ids[:3] == expected_first[group]
        if model.total:
            first = model.index(0, model.COL_NUMBER).data()
            assert first and first != "…"
        # lazy: all the ids of the group, but only the rows on screen (a block or two) fetched
        assert len(model.ids) == model.total and len(model.cache) <= 2 * BLOCK
    assert max(sizes.values()) > 2 * BLOCK  # so the groups really are larger than the cache
    title = review.titles["open"].text()
    assert title.endswith(f"({sizes['open']})")
    report = (
        f"Review tab of a {DOCUMENTS:,}-document administration (groups {sizes}) shown through "
        f"the Qt page in {elapsed * 1000:.0f} ms (data built in {build:.1f} s)"
    )
    (tmp_path / "review_tab_100k.txt").write_text(report + "\n", encoding="utf-8")
    with capsys.disabled():
        print(f"\n{report}")
    settle()
