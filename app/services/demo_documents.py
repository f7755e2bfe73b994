"""Demo content: documents for every demo administration, taken in through the real intake path.

For each administration: invoices from many of its suppliers in different layouts (dated in the
open periods), a scanned PDF and a phone photo, an e-invoice, a credit note, a sales invoice, a
duplicate file, an invoice whose totals do not add up, one from a supplier the administration
does not know, a non-invoice (order confirmation), and a PDF holding two invoices. So every page
has real content on first start. Generation is deterministic.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pymupdf

from app.models.enums import FileOrigin
from app.services.context import AppContext, Services

RECENT = (date(2026, 10, 1), date(2026, 11, 24))


def _tamper_total(pdf: bytes, total: str) -> bytes:
    """The same invoice with its printed total (in any notation) replaced by a wrong amount."""
    from decimal import Decimal

    digits = total.replace(".", "").lstrip("-")
    wrong = Decimal(total) + 100
    doc = pymupdf.open(stream=pdf, filetype="pdf")
    for page in doc.pages():
        hits = [
            w
            for w in page.get_text("words")
            if "".join(c for c in w[4] if c.isdigit()) == digits and any(p in w[4] for p in ",.")
        ]
        for word in hits:
            rect = pymupdf.Rect(word[:4])
            dutch = "," in word[4][-3:]
            shown = f"{wrong:,.2f}"
            if dutch:
                shown = shown.replace(",", "_").replace(".", ",").replace("_", ".")
            page.add_redact_annot(rect, fill=(1, 1, 1))
            page.apply_redactions()
            page.insert_text((rect.x0, rect.y1 - 2), shown, fontsize=max(6.0, rect.height * 0.75))
    return doc.tobytes()


def demo_files(index: int, demo_admin: Any, others: list[Any]) -> list[tuple[str, bytes]]:
    """(file name, bytes) of the demo documents for one administration."""
    from app.samples.degrade import degrade_to_scan
    from app.samples.documents import multi_invoice_pdf, other_document
    from app.samples.generator import LAYOUTS, generate_invoice, generate_sales_invoice
    from app.samples.ubl_writer import truth_to_ubl

    company = demo_admin.company
    suppliers = list(demo_admin.suppliers)
    files: list[tuple[str, bytes]] = []
    base = 5000 + 100 * index
    for i, sup in enumerate(suppliers[:12]):
        g = generate_invoice(
            base + i,
            supplier=sup,
            customer=company,
            layout=LAYOUTS[(i + index) % len(LAYOUTS)],
            date_range=RECENT,
        )
        files.append((f"{sup.name.split()[0]}_{g.truth['invoice_number']}.pdf", g.pdf))
    scan = generate_invoice(
        base + 40, supplier=suppliers[12 % len(suppliers)], customer=company, date_range=RECENT
    )
    files.append(
        (
            "scan_0001.pdf",
            degrade_to_scan(scan.pdf, dpi=200, seed=base, rotation_deg=0.8, noise=0.05),
        )
    )
    photo = generate_invoice(
        base + 41, supplier=suppliers[13 % len(suppliers)], customer=company, date_range=RECENT
    )
    files.append(
        (
            "IMG_20261112_0931.jpg",
            degrade_to_scan(
                photo.pdf,
                dpi=200,
                seed=base + 1,
                rotation_deg=-1.2,
                noise=0.04,
                as_image=True,
                image_format="jpeg",
            ),
        )
    )
    einv = generate_invoice(
        base + 42, supplier=suppliers[14 % len(suppliers)], customer=company, date_range=RECENT
    )
    files.append((f"einvoice_{einv.truth['invoice_number']}.xml", truth_to_ubl(einv.truth)))
    credit = generate_invoice(
        base + 43, supplier=suppliers[0], customer=company, kind="credit_note", date_range=RECENT
    )
    files.append((f"creditnota_{credit.truth['invoice_number']}.pdf", credit.pdf))
    sales = generate_sales_invoice(base + 44, administration=demo_admin, date_range=RECENT)
    files.append((f"verkoop_{sales.truth['invoice_number']}.pdf", sales.pdf))
    files.append(files[0])  # the same file delivered twice
    wrong = generate_invoice(base + 45, supplier=suppliers[1], customer=company, date_range=RECENT)
    files.append(
        ("factuur_totaal_klopt_niet.pdf", _tamper_total(wrong.pdf, wrong.truth["total_incl_vat"]))
    )
    known = {r.name for r in demo_admin.relations}
    stranger = next(s for o in others for s in o.suppliers if s.name not in known)
    unknown = generate_invoice(base + 46, supplier=stranger, customer=company, date_range=RECENT)
    files.append((f"{stranger.name.split()[0]}_onbekend.pdf", unknown.pdf))
    files.append(("orderbevestiging.pdf", other_document(base + 47).pdf))
    multi = multi_invoice_pdf(
        [base + 48, base + 49], supplier=suppliers[2], customer=company, date_range=RECENT
    )
    files.append(("twee_facturen.pdf", multi.pdf))
    return files


def take_in_demo_documents(app: AppContext) -> dict[str, Any]:
    """Take the demo documents in for every demo administration and process them."""
    from app.samples.office import demo_administrations

    actor = app.actor_for(None)
    services = Services(app, actor)
    admins = demo_administrations()
    counts = {}
    with tempfile.TemporaryDirectory(prefix="factuurflow-demo-") as tmp:
        for index, demo_admin in enumerate(admins):
            code = demo_admin.company.code
            others = [a for a in admins if a is not demo_admin]
            paths = []
            for n, (name, data) in enumerate(demo_files(index, demo_admin, others)):
                folder = Path(tmp) / code / f"{n:02d}"
                folder.mkdir(parents=True)
                path = folder / "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
                path.write_bytes(data)
                paths.append(path)
            origins = [FileOrigin.EMAIL, FileOrigin.DRAG_DROP, FileOrigin.FOLDER, FileOrigin.DEMO]
            for n, path in enumerate(paths):
                services.intake.take_in(code, [path], origin=origins[n % len(origins)])
            report = services.processing.process_pending(code)
            counts[code] = {"files": len(paths), "documents": len(report.documents)}
    connect_demo_to_sandbox(app)
    return {"documents": counts, "workflow": demo_workflow(app)}


def connect_demo_to_sandbox(app: AppContext) -> dict[str, int]:
    """Sign the demo office in to the sandbox packages and link its administrations."""
    from sqlalchemy import select

    from app.models import Administration
    from app.services.sandbox import SANDBOX

    services = Services(app, app.actor_for(None))
    connections = {}
    for package in ("exact_online", "twinfield"):
        conn = services.packages.sign_in(
            package, base_url=SANDBOX, name=f"Sandbox ({package.replace('_', ' ').title()})"
        )
        connections[package] = conn.id
    with app.transaction() as s:
        for admin in s.scalars(select(Administration)):
            admin.connection_id = connections.get(admin.package)
    return connections


def demo_workflow(app: AppContext) -> dict[str, int]:
    """Move some demo documents along: approve, export (some long ago), one export error."""
    from datetime import timedelta

    from sqlalchemy import select, update

    from app.models import Administration, Document
    from app.models.base import utcnow

    services = Services(app, app.actor_for(None))
    counts = {"exported": 0, "export_error": 0, "archived": 0}
    with app.transaction() as s:
        admins = [
            (a.id, a.code) for a in s.scalars(select(Administration).order_by(Administration.id))
        ]
    for n, (admin_id, code) in enumerate(admins):
        ready = [
            r
            for r in services.documents.queue(code, "review")
            if r.open_comments == 0 and r.type != "other" and r.relation_code
        ]
        for outcome in services.export.export(code, [r.id for r in ready[:4]]):
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        others = [
            r
            for r in services.documents.queue(code, "review")
            if r.type == "purchase" and r.relation_code and r.open_comments <= 1
        ]
        if others:  # booked into a period the package has closed: an export error to fix
            doc = others[0]
            services.corrections.correct(
                doc.id, {"invoice_date": "2026-03-16", "period": "2026/03"}
            )
            for outcome in services.export.export(code, [doc.id], force=True):
                counts[outcome.status] = counts.get(outcome.status, 0) + 1
        with app.transaction() as s:  # two of the exported ones were booked twelve days ago
            old = list(
                s.scalars(
                    select(Document.id)
                    .where(Document.administration_id == admin_id, Document.state == "exported")
                    .order_by(Document.id)
                    .limit(2)
                )
            )
            s.execute(
                update(Document)
                .where(Document.id.in_(old))
                .values(exported_at=utcnow() - timedelta(days=12 + n))
            )
        counts["archived"] += services.export.archive_old(admin_id)
    counts.update(_other_states(app, services))
    return counts


def _other_states(app: AppContext, services: Services) -> dict[str, int]:
    """The rest of the workflow, so every state shows somewhere: one document waiting for
    authorisation, one for confirmation, and a rejected one."""
    from sqlalchemy import select

    from app.models import Document
    from app.services.documents import move

    with app.transaction() as s:
        docs = list(
            s.scalars(
                select(Document)
                .where(Document.state == "review", Document.type == "purchase")
                .order_by(Document.administration_id.desc(), Document.id.desc())
                .limit(3)
            )
        )
        if len(docs) < 3:
            return {}
        user = services.actor.user_id
        move(
            s,
            docs[0],
            "to_authorise",
            user_id=user,
            action="authorise.request",
            detail="boven het bedrag dat zonder autorisatie geboekt mag worden",
        )
        move(s, docs[1], "to_authorise", user_id=user, action="authorise.request")
        move(
            s,
            docs[1],
            "to_confirm",
            user_id=user,
            action="authorise.partial",
            detail="geautoriseerd, wacht op bevestiging",
        )
        rejected_id = docs[2].id
    services.documents.reject(rejected_id, "Factuur is voor een andere klant bestemd")
    return {"to_authorise": 1, "to_confirm": 1, "rejected": 1}
