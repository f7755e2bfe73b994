"""Exactly-once export through the services against the local Exact Online fake over HTTP:
a booking is never made twice and never lost, whatever fails in between."""

import pytest

from app.samples.generator import generate_invoice
from app.samples.office import demo_administrations
from app.services import sandbox
from app.services.context import Services
from app.services.demo_documents import RECENT, connect_demo_to_sandbox
from app.services.export import Crash


@pytest.fixture
def office(demo_app, tmp_path):
    connect_demo_to_sandbox(demo_app)
    services = Services(demo_app, demo_app.actor_for(None))
    yield demo_app, services
    sandbox.stop_all()


def fake_of(app):
    return sandbox.fakes_for(app.paths.data / "sandbox")["exact_online"]


def booked_numbers(app, division):
    return [e.get("YourRef") for e in fake_of(app).data(division)["PurchaseEntries"]]


def ready_document(services, tmp_path, seed):
    bak = demo_administrations()[0]
    g = generate_invoice(
        seed,
        supplier=bak.suppliers[seed % 8],
        customer=bak.company,
        layout="classic",
        date_range=RECENT,
    )
    path = tmp_path / f"inv{seed}.pdf"
    path.write_bytes(g.pdf)
    services.intake.take_in("BAK", [path])
    services.processing.process_pending("BAK")
    doc = services.documents.queue("BAK")[-1]
    services.documents.close_all_comments(doc.id)
    return doc.id, g.truth


def test_export_books_with_pdf_and_is_visible_in_show_and_status(office, tmp_path):
    app, services = office
    doc_id, truth = ready_document(services, tmp_path, 11)
    [outcome] = services.export.export("BAK", [doc_id])
    assert outcome.status == "exported", outcome.message
    detail = services.documents.show(doc_id)
    assert detail.state == "exported"
    assert detail.exports[-1].status == "success" and detail.exports[-1].package_reference
    division = demo_administrations()[0].external_id
    entries = fake_of(app).data(division)["PurchaseEntries"]
    assert [e["YourRef"] for e in entries].count(truth["invoice_number"]) == 1
    entry = next(e for e in entries if e["YourRef"] == truth["invoice_number"])
    assert entry.get("Document"), "the PDF must be attached"
    status = services.status.overview()["administrations"]
    bak = next(a for a in status if a["code"] == "BAK")
    assert bak["documents"]["exported"] == 1 and bak["exports"]["success"] == 1


@pytest.mark.parametrize("crash_at", ["before_call", "after_call"])
def test_crash_at_any_step_never_books_twice(office, tmp_path, crash_at):
    app, services = office
    doc_id, truth = ready_document(services, tmp_path, 12)
    services.export.crash_at = crash_at
    with pytest.raises(Crash):
        services.export.export("BAK", [doc_id])
    assert services.documents.show(doc_id).state == "exporting"
    division = demo_administrations()[0].external_id
    expected_before = 0 if crash_at == "before_call" else 1
    assert booked_numbers(app, division).count(truth["invoice_number"]) == expected_before
    services.export.crash_at = None
    [outcome] = services.export.export("BAK")  # the next run picks the document up again
    assert outcome.status == "exported"
    assert booked_numbers(app, division).count(truth["invoice_number"]) == 1
    attempts = services.documents.show(doc_id).exports
    assert len(attempts) == 1 and attempts[0].status == "success"


def test_connection_lost_after_the_package_stored_it(office, tmp_path):
    app, services = office
    doc_id, truth = ready_document(services, tmp_path, 13)
    fake_of(app).inject("drop_after", method="POST", path="PurchaseEntries$")
    [outcome] = services.export.export("BAK", [doc_id])
    assert outcome.status == "exported"
    division = demo_administrations()[0].external_id
    assert booked_numbers(app, division).count(truth["invoice_number"]) == 1


def test_refusal_becomes_export_error_then_reexport_after_fix(office, tmp_path):
    app, services = office
    doc_id, truth = ready_document(services, tmp_path, 14)
    division = demo_administrations()[0].external_id
    detail = services.documents.show(doc_id)
    fake_of(app).close_period(division, *detail.period)
    [outcome] = services.export.export("BAK", [doc_id])
    assert outcome.status == "export_error"
    detail = services.documents.show(doc_id)
    assert detail.state == "export_error"
    assert detail.exports[-1].error_category == "document"
    assert "afgesloten" in detail.exports[-1].error_message
    year, period = detail.period
    nxt = f"{year}/{period + 1:02d}" if period < 12 else f"{year + 1}/01"
    services.corrections.correct(doc_id, {"period": nxt})
    services.documents.close_all_comments(doc_id)
    [outcome] = services.export.export("BAK", [doc_id])
    assert outcome.status == "exported"
    assert booked_numbers(app, division).count(truth["invoice_number"]) == 1


def test_missing_relation_is_a_relation_error_without_calling_the_package(office, tmp_path):
    app, services = office
    doc_id, truth = ready_document(services, tmp_path, 15)
    from app.models import Document

    with app.transaction() as s:
        s.get(Document, doc_id).relation_id = None
    [outcome] = services.export.export("BAK", [doc_id])
    assert outcome.status == "export_error"
    assert services.documents.show(doc_id).exports[-1].error_category == "relation"
    division = demo_administrations()[0].external_id
    assert truth["invoice_number"] not in booked_numbers(app, division)


def test_open_questions_block_an_explicit_export(office, tmp_path):
    app, services = office
    bak = demo_administrations()[0]
    g = generate_invoice(16, supplier=bak.suppliers[0], customer=bak.company, date_range=RECENT)
    path = tmp_path / "x.pdf"
    path.write_bytes(g.pdf)
    services.intake.take_in("BAK", [path])
    services.processing.process_pending("BAK")
    doc = services.documents.queue("BAK")[-1]
    services.documents.add_comment(doc.id, "Klopt het bedrag?")
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput, match="open"):
        services.export.export("BAK", [doc.id])


def test_sync_and_import_from_the_sandbox(office):
    app, services = office
    result = services.packages.sync("BAK")
    assert result.error is None and result.counts["relations"] >= 30
    assert result.administration.sync_state == "ok"
    ins = services.packages.sync("INS")  # Twinfield
    assert ins.error is None and ins.counts["gl_accounts"] > 20


def test_documents_allowed_without_review_are_booked_automatically(office, tmp_path):
    app, services = office
    services.processing_settings.update("BAK", auto_export="no_open_comments")
    services.administrations.update("BAK", settings={"confidence_threshold": 0.0})
    bak = demo_administrations()[0]
    g = generate_invoice(
        17, supplier=bak.suppliers[0], customer=bak.company, layout="classic", date_range=RECENT
    )
    path = tmp_path / "auto.pdf"
    path.write_bytes(g.pdf)
    [rf] = services.intake.take_in("BAK", [path])
    report = services.processing.process_pending("BAK", file_ids=[rf.id])
    doc = services.documents.show(report.documents[0])
    assert doc.open_comments == 0, [c.text for c in doc.comments]
    assert report.auto_exported == [doc.id] and doc.state == "exported"
    assert booked_numbers(app, bak.external_id).count(g.truth["invoice_number"]) == 1
    # With a question open, the same setting leaves the document for a person.
    services.administrations.update("BAK", settings={"confidence_threshold": 1.01})
    g2 = generate_invoice(
        18, supplier=bak.suppliers[0], customer=bak.company, layout="classic", date_range=RECENT
    )
    path.write_bytes(g2.pdf)
    [rf] = services.intake.take_in("BAK", [path])
    report = services.processing.process_pending("BAK", file_ids=[rf.id])
    assert report.auto_exported == []
    assert services.documents.show(report.documents[0]).state == "review"
