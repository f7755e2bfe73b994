"""Bad input gives one clear error line per file, never an exception or a hang.

Each hostile or broken file is made here (empty, not-a-PDF named .pdf, truncated and garbage
PDFs, encrypted, 500 pages, a 20000×20000 PNG, a billion-laughs XML, XML that is no invoice)
and must come back from :func:`extract_file` / :func:`extract_bytes` as ``status="error"`` with
the expected message, and the same JSON keys as a good result.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from app.pipeline.extract import extract_bytes, extract_file
from app.pipeline.filetype import image_size, sniff
from app.pipeline.limits import Limits

JSON_KEYS = [
    "file", "status", "error", "source", "pages", "seconds", "document_type", "supplier",
    "customer", "invoice_number", "invoice_date", "due_date", "currency", "total_excl_vat",
    "total_vat", "total_incl_vat", "vat_breakdown", "lines", "payment_reference", "fields",
]  # fmt: skip

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol9;</Invoice>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&xxe;</Invoice>
"""


def _pdf(pages: int = 1, text: str = "Factuur 2026-001 Totaal 121,00") -> bytes:
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page().insert_text((72, 72), text)
    return doc.tobytes()


def _big_png(width: int, height: int) -> bytes:
    """A real, valid 1-bit PNG of the given size (all white, compresses to a few kB)."""
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _error(data: bytes, name: str, limits: Limits | None = None) -> str:
    result = extract_bytes(data, name, **({"limits": limits} if limits else {}))
    assert result.status == "error", result.to_json()
    assert result.invoice is None
    payload = result.to_json()
    assert list(payload) == JSON_KEYS
    assert payload["supplier"] == {"name": None, "kvk": None, "vat_number": None, "iban": None}
    assert "\n" not in payload["error"]
    return payload["error"]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    result = extract_file(path)
    assert (result.status, result.error) == ("error", "Leeg bestand (0 bytes)")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert extract_file(tmp_path / "weg.pdf").error == "Bestand niet gevonden"
    assert extract_file(tmp_path).status == "error"


def test_not_a_pdf_despite_its_name() -> None:
    error = _error(b"Dit is gewoon tekst, geen PDF.\n" * 20, "factuur.pdf")
    assert error.startswith("Geen PDF")


def test_unknown_binary() -> None:
    assert _error(bytes(range(256)) * 4, "data.bin").startswith("Onbekend bestandstype")


def test_garbage_after_pdf_header() -> None:
    assert _error(b"%PDF-1.7\n" + bytes(range(256)) * 8, "kapot.pdf").startswith("Geen PDF")


def test_truncated_pdf() -> None:
    pdf = _pdf()
    error = _error(pdf[: len(pdf) // 2], "afgekapt.pdf")
    assert "beschadigd" in error


def test_encrypted_pdf() -> None:
    doc = pymupdf.open(stream=_pdf(), filetype="pdf")
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="baas")
    assert _error(data, "geheim.pdf") == "PDF is versleuteld met een wachtwoord"


def test_too_many_pages() -> None:
    doc = pymupdf.open()
    for _ in range(500):
        doc.new_page()
    assert _error(doc.tobytes(), "dik.pdf") == "Te veel pagina's (500, maximum 200)"


def test_huge_image_refused_from_its_header() -> None:
    data = _big_png(20000, 20000)
    assert image_size(data) == (20000, 20000)
    error = _error(data, "scan.png")
    assert error.startswith("Afbeelding te groot (20000×20000 pixels")


def test_image_limit_follows_limits() -> None:
    data = _big_png(400, 300)
    error = _error(data, "klein.png", Limits(max_image_pixels=100_000))
    assert error.startswith("Afbeelding te groot (400×300 pixels")


@pytest.mark.parametrize("fmt", ["JPEG", "GIF", "BMP", "TIFF", "WEBP"])
def test_image_size_read_from_every_header(fmt: str) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (123, 45), "white").save(buf, format=fmt)
    assert sniff(buf.getvalue()) == "image"
    assert image_size(buf.getvalue()) == (123, 45)


def test_corrupt_image() -> None:
    assert _error(b"\x89PNG\r\n\x1a\n" + b"\x00" * 10, "kapot.png").startswith("Afbeelding")


def test_xml_bomb_is_refused() -> None:
    assert _error(BILLION_LAUGHS, "bom.xml") == "XML geweigerd: entiteiten/DTD niet toegestaan"


def test_external_entity_is_refused() -> None:
    assert _error(EXTERNAL_ENTITY, "xxe.xml") == "XML geweigerd: entiteiten/DTD niet toegestaan"


def test_xml_over_size_limit() -> None:
    xml = b"<Invoice>" + b" " * 5000 + b"</Invoice>"
    assert _error(xml, "groot.xml", Limits(max_xml_bytes=1000)).startswith("XML te groot")


def test_non_invoice_xml() -> None:
    error = _error(b"<?xml version='1.0'?><note><to>Jan</to></note>", "notitie.xml")
    assert error == "Geen e-factuur: XML met root-element <note> wordt niet herkend"


def test_ubl_order_is_not_an_invoice() -> None:
    order = b'<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>'
    assert "Order" in _error(order, "order.xml")


def test_broken_xml() -> None:
    assert _error(b"<?xml version='1.0'?><Invoice><ID>1</Invo", "half.xml").startswith(
        "Ongeldige XML"
    )


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "groot.pdf"
    path.write_bytes(_pdf())
    result = extract_file(path, limits=Limits(max_file_bytes=100))
    assert result.error.startswith("Bestand te groot")


def test_type_is_decided_by_content_not_extension() -> None:
    xml = (Path("/work/shared/fixtures/einvoice/ubl/peppol-base-example.xml")).read_bytes()
    result = extract_bytes(xml, "scan.pdf")
    assert (result.status, result.invoice.source) == ("ok", "ubl")


def test_multipage_tiff_over_the_page_limit() -> None:
    buf = io.BytesIO()
    pages = [Image.new("1", (20, 20), 1) for _ in range(6)]
    pages[0].save(buf, format="TIFF", save_all=True, append_images=pages[1:])
    error = _error(buf.getvalue(), "stapel.tif", Limits(max_pages=5))
    assert error == "Te veel pagina's (meer dan 5) in deze afbeelding"


def test_html_is_not_mistaken_for_an_xml_bomb() -> None:
    page = b"<!DOCTYPE html><html><body>Uw factuur staat online</body></html>"
    assert _error(page, "factuur.html").startswith("Geen e-factuur: dit is een HTML-bestand")
