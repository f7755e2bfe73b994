"""Helpers for the Document Hub, DDP and Archive window tests: real generated invoices taken in
and read for the demo administration BAK, and the hub page of a window opened on BAK. (No tests
here; the name keeps it among the issue-7 test files.)
"""

from __future__ import annotations

from pathlib import Path

from app.samples.generator import generate_invoice
from app.samples.office import demo_administrations
from app.services.demo_documents import RECENT


def invoice_files(folder: Path, seeds: range, layout: str = "classic") -> list[Path]:
    bak = demo_administrations()[0]
    paths = []
    for seed in seeds:
        g = generate_invoice(
            seed,
            supplier=bak.suppliers[seed % 8],
            customer=bak.company,
            layout=layout,
            date_range=RECENT,
        )
        path = folder / f"factuur-{seed}.pdf"
        path.write_bytes(g.pdf)
        paths.append(path)
    return paths


def read_invoices(services, folder: Path, seeds: range) -> list[int]:
    """Take in and read invoices for BAK; returns the new document ids."""
    folder.mkdir(parents=True, exist_ok=True)
    services.intake.take_in("BAK", invoice_files(folder, seeds))
    return list(services.processing.process_pending("BAK").documents)


def open_hub(window, settle, code: str = "BAK"):
    admin = next(a for a in window.admins if a.code == code)
    window.choose_administration(admin)
    page = window.show_page("hub")
    settle()
    return page
