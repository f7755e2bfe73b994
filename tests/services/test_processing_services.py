"""Intake, processing, corrections and splitting through the services and the CLI, on
generated invoices with known truth."""

import json
from decimal import Decimal

import pytest

from app.errors import PermissionDenied
from app.samples.documents import multi_invoice_pdf, other_document
from app.samples.generator import generate_invoice, generate_sales_invoice
from app.samples.office import demo_administrations
from app.services.demo_documents import RECENT, _tamper_total
from app.services.intake import IntakeService

BAK = demo_administrations()[0]


@pytest.fixture
def boss(services_as):
    return services_as("marieke@vdbdewit.nl")


def deliver(services, tmp_path, name, data, admin="BAK"):
    path = tmp_path / name
    path.write_bytes(data)
    [rf] = services.intake.take_in(admin, [path])
    services.processing.process_pending(admin)
    return rf


def only_doc(services, admin="BAK"):
    return services.documents.show(services.documents.queue(admin)[-1].id)


def balanced(detail):
    booked = sum(Decimal(ln.amount) + Decimal(ln.vat_amount) for ln in detail.lines)
    return booked == Decimal(detail.read["total_incl_vat"])


def test_purchase_invoice_is_matched_coded_and_balanced(boss, tmp_path):
    sup = BAK.suppliers[3]
    g = generate_invoice(
        21, supplier=sup, customer=BAK.company, layout="classic", date_range=RECENT
    )
    deliver(boss, tmp_path, "a.pdf", g.pdf)
    d = only_doc(boss)
    assert d.state == "review" and d.type == "purchase"
    assert d.relation_code == sup.code and d.match_method in ("vat", "iban", "kvk")
    assert d.read["invoice_number"] == g.truth["invoice_number"]
    assert d.read["total_incl_vat"] == g.truth["total_incl_vat"]
    assert balanced(d)
    assert all(ln.gl_account == sup.default_gl for ln in d.lines)
    assert d.journal and d.period == (
        int(g.truth["invoice_date"][:4]),
        int(g.truth["invoice_date"][5:7]),
    )


def test_same_bytes_twice_is_a_duplicate_file_not_processed_twice(boss, tmp_path):
    g = generate_invoice(22, supplier=BAK.suppliers[0], customer=BAK.company, date_range=RECENT)
    first = deliver(boss, tmp_path, "a.pdf", g.pdf)
    second = deliver(boss, tmp_path, "kopie.pdf", g.pdf)
    assert second.state == "duplicate" and second.duplicate_of_id == first.id
    assert len(boss.documents.queue("BAK")) == 1
    bak = next(a for a in boss.status.overview()["administrations"] if a["code"] == "BAK")
    assert bak["duplicates"] == 1 and bak["received_files"] == 2


def test_same_invoice_again_in_another_file_is_flagged(boss, tmp_path):
    sup = BAK.suppliers[1]
    a = generate_invoice(
        23, supplier=sup, customer=BAK.company, layout="classic", date_range=RECENT
    )
    b = generate_invoice(23, supplier=sup, customer=BAK.company, layout="modern", date_range=RECENT)
    assert a.truth["invoice_number"] == b.truth["invoice_number"] and a.pdf != b.pdf
    deliver(boss, tmp_path, "a.pdf", a.pdf)
    deliver(boss, tmp_path, "b.pdf", b.pdf)
    codes = {c.code for c in only_doc(boss).comments if c.state == "open"}
    assert "duplicate_invoice" in codes


def test_unknown_supplier_gets_a_new_relation_proposal(boss, tmp_path):
    known = {r.name for r in BAK.relations}
    stranger = next(
        s for a in demo_administrations()[1:] for s in a.suppliers if s.name not in known
    )
    g = generate_invoice(24, supplier=stranger, customer=BAK.company, date_range=RECENT)
    deliver(boss, tmp_path, "x.pdf", g.pdf)
    d = only_doc(boss)
    assert d.relation_code is None
    assert any(c.code == "relation_unknown" and c.state == "open" for c in d.comments)
    proposed = boss.documents.show(d.id).to_json()
    assert (
        d.read.get("proposed_relation", {}).get("vat_number") == stranger.vat_number
        or proposed["supplier"]["vat_number"] == stranger.vat_number
    )


def test_totals_that_do_not_add_up_are_questioned(boss, tmp_path):
    g = generate_invoice(
        25, supplier=BAK.suppliers[2], customer=BAK.company, layout="classic", date_range=RECENT
    )
    deliver(boss, tmp_path, "x.pdf", _tamper_total(g.pdf, g.truth["total_incl_vat"]))
    d = only_doc(boss)
    assert any(c.code.startswith("totals") for c in d.comments if c.code), [
        c.code for c in d.comments
    ]


def test_sales_invoice_and_other_document(boss, tmp_path):
    g = generate_sales_invoice(26, administration=BAK, date_range=RECENT)
    deliver(boss, tmp_path, "v.pdf", g.pdf)
    assert only_doc(boss).type == "sales"
    deliver(boss, tmp_path, "o.pdf", other_document(27).pdf)
    assert only_doc(boss).type == "other"


def test_pdf_with_two_invoices_is_split(boss, tmp_path):
    multi = multi_invoice_pdf(
        [28, 29], supplier=BAK.suppliers[4], customer=BAK.company, date_range=RECENT
    )
    rf = deliver(boss, tmp_path, "twee.pdf", multi.pdf)
    docs = boss.documents.queue("BAK")
    assert len(docs) == 2
    numbers = sorted(d.invoice_number for d in docs)
    assert numbers == sorted(t["invoice_number"] for t in multi.truths)
    assert rf.id == boss.documents.show(docs[0].id).received_file_id


def test_manual_split(boss, tmp_path):
    g = generate_invoice(
        30, supplier=BAK.suppliers[4], customer=BAK.company, layout="multipage", date_range=RECENT
    )
    deliver(boss, tmp_path, "lang.pdf", g.pdf)
    [doc] = boss.documents.queue("BAK")
    first = boss.documents.show(doc.id)
    pages = first.page_to - first.page_from + 1
    assert pages >= 2
    new = boss.splitting.split(first.id, ["1", f"2-{pages}"])
    assert len(new) == 2 and boss.documents.show(first.id).state == "rejected"
    parts = [boss.documents.show(i) for i in new]
    assert [(p.page_from, p.page_to) for p in parts] == [(1, 1), (2, pages)]
    assert all(p.state == "review" for p in parts)
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput):
        boss.splitting.split(new[1], ["1-5", "3"])


def test_crash_between_store_and_database_loses_and_doubles_nothing(boss, tmp_path, monkeypatch):
    g = generate_invoice(32, supplier=BAK.suppliers[0], customer=BAK.company, date_range=RECENT)
    path = tmp_path / "a.pdf"
    path.write_bytes(g.pdf)
    original = IntakeService._record

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(IntakeService, "_record", crash)
    with pytest.raises(KeyboardInterrupt):
        boss.intake.take_in("BAK", [path])
    stored = [p for p in (boss.app.paths.store).rglob("*") if p.is_file()]
    assert len(stored) == 1  # the bytes are safe
    assert boss.intake.received("BAK") == []
    monkeypatch.setattr(IntakeService, "_record", original)
    boss.intake.take_in("BAK", [path])  # the channel delivers again (the source was kept)
    assert len(boss.intake.received("BAK")) == 1
    assert len([p for p in boss.app.paths.store.rglob("*") if p.is_file()]) == 1


def test_rights_for_intake_and_review(services_as, tmp_path):
    g = generate_invoice(33, supplier=BAK.suppliers[0], customer=BAK.company, date_range=RECENT)
    pieter = services_as("pieter@vdbdewit.nl")  # Aanleveraar, has BAK
    deliver(pieter, tmp_path, "a.pdf", g.pdf)
    doc = pieter.documents.queue("BAK")[0]
    with pytest.raises(PermissionDenied):
        pieter.corrections.correct(doc.id, {"invoice_number": "X"})
    with pytest.raises(PermissionDenied):
        pieter.documents.add_comment(doc.id, "vraag")
    fatima = services_as("fatima@vdbdewit.nl")  # Reviewer, no BAK
    from app.errors import NotFound

    with pytest.raises(NotFound):
        fatima.documents.show(doc.id)


def test_correct_reproposes_and_remembers(boss, tmp_path):
    sup = BAK.suppliers[5]
    g = generate_invoice(34, supplier=sup, customer=BAK.company, layout="boxed", date_range=RECENT)
    deliver(boss, tmp_path, "a.pdf", g.pdf)
    d = only_doc(boss)
    result = boss.corrections.correct(
        d.id,
        {"invoice_number": g.truth["invoice_number"], "line.1.gl_account": "4300"},
        remember=True,
    )
    assert "invoice_number" not in result.learned  # read right already: nothing to remember
    assert result.detail.lines[0].gl_account == "4300"
    assert "invoice_number" in result.detail.corrected_fields
    assert any(e.action == "remember" for e in result.detail.history)


def test_learning_reads_an_unknown_label_after_one_correction(boss, tmp_path):
    """A supplier printing its invoice number under a label the reader does not know."""
    import pymupdf

    sup = BAK.suppliers[6]

    def pdf(number: str, amount: str, shift: float) -> bytes:
        doc = pymupdf.open()
        page = doc.new_page()
        y = 60 + shift
        for text in (
            sup.name,
            f"{sup.address}, {sup.postcode} {sup.city}",
            f"Btw-nummer {sup.vat_number}   KvK {sup.kvk}",
            f"IBAN {sup.iban}",
        ):
            page.insert_text((50, y), text, fontsize=10)
            y += 14
        page.insert_text((50, y + 30), f"Aan: {BAK.company.name}", fontsize=10)
        page.insert_text((320, y + 80), "Stuk-ID", fontsize=10)
        page.insert_text((400, y + 80), number, fontsize=10)
        page.insert_text((320, y + 94), "Datum", fontsize=10)
        page.insert_text((400, y + 94), "12-11-2026", fontsize=10)
        page.insert_text((50, y + 140), "Levering bloem", fontsize=10)
        page.insert_text((400, y + 140), amount, fontsize=10)
        page.insert_text((300, y + 180), "Totaal te betalen", fontsize=10)
        page.insert_text((400, y + 180), amount, fontsize=10)
        return doc.tobytes()

    deliver(boss, tmp_path, "a.pdf", pdf("QX-2026-0415", "€ 121,00", 0))
    first = only_doc(boss)
    assert first.relation_code == sup.code
    boss.corrections.correct(first.id, {"invoice_number": "QX-2026-0415"}, remember=True)
    deliver(boss, tmp_path, "b.pdf", pdf("QX-2026-0533", "€ 242,00", 25))
    assert only_doc(boss).read["invoice_number"] == "QX-2026-0533"


def test_cli_flow(cli, tmp_path):
    assert cli("demo", "--no-documents")[0] == 0
    g = generate_invoice(35, supplier=BAK.suppliers[0], customer=BAK.company, date_range=RECENT)
    path = tmp_path / "a.pdf"
    path.write_bytes(g.pdf)
    code, out, err = cli("intake", "BAK", str(path), "--json")
    assert code == 0, err
    doc_id = json.loads(out)["files"][0]["documents"][0]
    code, out, _ = cli("queue", "BAK", "--json")
    row = json.loads(out)[0]
    assert set(row) == {
        "id",
        "state",
        "type",
        "relation",
        "invoice_number",
        "invoice_date",
        "total_incl_vat",
        "open_comments",
    }
    code, out, _ = cli("show", str(doc_id), "--json")
    shown = json.loads(out)
    for key in (
        "supplier",
        "customer",
        "invoice_number",
        "total_incl_vat",
        "vat_breakdown",
        "lines",
        "fields",
        "relation",
        "booking",
        "comments",
        "state",
        "history",
    ):
        assert key in shown
    total = sum(
        Decimal(ln["amount"]) + Decimal(ln["vat_amount"]) for ln in shown["booking"]["lines"]
    )
    assert total == Decimal(shown["total_incl_vat"])
    code, out, _ = cli("comment", "add", str(doc_id), "Klopt de btw?", "--json")
    comment = json.loads(out)["comments"][-1]
    assert comment["state"] == "open"
    code, out, _ = cli("comment", "close", str(comment["id"]), "--answer", "Ja", "--json")
    assert json.loads(out)["comments"][-1]["state"] == "closed"
    code, out, err = cli("correct", str(doc_id), "total_incl_vat=abc")
    assert code != 0 and "geen bedrag" in err
