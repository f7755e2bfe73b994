"""The Twinfield fake itself, spoken to with raw HTTP and hand-written SOAP, so its behaviour
does not rest on the connector's own XML: the login endpoints, SOAP faults, Finder paging and
errors, transaction validation and numbering, the state file, and the demo seed."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from lxml import etree

from app.connectors.fakes.twinfield_fake import TwinfieldFake
from app.connectors.fakes.twinfield_fake_data import SeedAdministration, example_seed

AUTH = "/auth/authentication/connect"
ENVELOPE = (
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
    'xmlns:tw="http://www.twinfield.com/"><soap:Header><tw:Header>'
    "<tw:AccessToken>{token}</tw:AccessToken><tw:CompanyCode>{office}</tw:CompanyCode>"
    "</tw:Header></soap:Header><soap:Body>{body}</soap:Body></soap:Envelope>"
)


@pytest.fixture(scope="module")
def server():
    fake = TwinfieldFake(seed=example_seed(), client_id="cid", client_secret="sec").start()
    yield fake
    fake.stop()


@pytest.fixture
def fake(server):
    server.reset(example_seed())
    return server


def get_token(fake) -> str:
    resp = requests.get(
        fake.base_url + AUTH + "/authorize",
        params={
            "client_id": "cid",
            "redirect_uri": "http://127.0.0.1:9/cb",
            "response_type": "code",
            "state": "xyz",
            "scope": "openid",
        },
        allow_redirects=False,
        timeout=5,
    )
    code = parse_qs(urlsplit(resp.headers["Location"]).query)["code"][0]
    token = requests.post(
        fake.base_url + AUTH + "/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": "http://127.0.0.1:9/cb",
        },
        auth=("cid", "sec"),
        timeout=5,
    )
    assert token.status_code == 200
    return token.json()["access_token"]


def soap(fake, service: str, body: str, token: str, office: str = "TF001") -> requests.Response:
    return requests.post(
        f"{fake.base_url}/webservices/{service}",
        data=ENVELOPE.format(token=token, office=office, body=body).encode(),
        headers={"Content-Type": "text/xml; charset=utf-8"},
        timeout=5,
    )


def process(fake, token: str, xml: str, office: str = "TF001") -> etree._Element:
    body = (
        f"<tw:ProcessXmlString><tw:xmlRequest>{escape(xml)}</tw:xmlRequest></tw:ProcessXmlString>"
    )
    resp = soap(fake, "processxml.asmx", body, token, office)
    assert resp.status_code == 200, resp.text
    result = etree.fromstring(resp.content).find(
        ".//{http://www.twinfield.com/}ProcessXmlStringResult"
    )
    return etree.fromstring(result.text.encode())


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_login_host(fake):
    resp = requests.get(
        fake.base_url + AUTH + "/authorize",
        params={"client_id": "other", "redirect_uri": "http://x/cb", "response_type": "code"},
        allow_redirects=False,
        timeout=5,
    )
    assert resp.status_code == 400
    bad_secret = requests.post(
        fake.base_url + AUTH + "/token",
        data={"grant_type": "refresh_token"},
        auth=("cid", "wrong"),
        timeout=5,
    )
    assert bad_secret.status_code == 401
    token = get_token(fake)
    info = requests.get(
        fake.base_url + AUTH + "/accesstokenvalidation", params={"token": token}, timeout=5
    )
    assert info.json()["twf.clusterUrl"] == fake.base_url
    bogus = requests.get(
        fake.base_url + AUTH + "/accesstokenvalidation", params={"token": "nope"}, timeout=5
    )
    assert bogus.status_code == 400


def test_soap_faults_for_bad_token_and_missing_company(fake):
    resp = soap(
        fake,
        "processxml.asmx",
        "<tw:ProcessXmlString><tw:xmlRequest/></tw:ProcessXmlString>",
        "nope",
    )
    assert resp.status_code == 500 and b"Token invalid" in resp.content
    token = get_token(fake)
    read = "<read><type>dimensions</type><dimtype>CRD</dimtype><code>2000</code></read>"
    body = (
        f"<tw:ProcessXmlString><tw:xmlRequest>{escape(read)}</tw:xmlRequest></tw:ProcessXmlString>"
    )
    resp = soap(fake, "processxml.asmx", body, token, office="")
    assert resp.status_code == 500 and b"Company ontbreekt" in resp.content


def search(fake, token, kind, first, rows, **options):
    opts = "".join(
        f"<tw:ArrayOfString><tw:string>{k}</tw:string><tw:string>{v}</tw:string></tw:ArrayOfString>"
        for k, v in options.items()
    )
    body = (
        f"<tw:Search><tw:type>{kind}</tw:type><tw:pattern>*</tw:pattern><tw:field>0</tw:field>"
        f"<tw:firstRow>{first}</tw:firstRow><tw:maxRows>{rows}</tw:maxRows>"
        f"<tw:options>{opts}</tw:options></tw:Search>"
    )
    resp = soap(fake, "finder.asmx", body, token)
    return etree.fromstring(resp.content)


def test_finder_pages_and_errors(fake):
    token = get_token(fake)
    ns = {"t": "http://www.twinfield.com/"}
    pages = [search(fake, token, "DIM", first, 2, dimtype="CRD") for first in (1, 3)]
    assert [p.findtext(".//t:TotalRows", namespaces=ns) for p in pages] == ["3", "3"]
    codes = [s.text for p in pages for s in p.findall(".//t:Items/t:ArrayOfString/t:string[1]", ns)]
    assert codes == ["2000", "2001", "3000"]
    bad = search(fake, token, "XYZ", 1, 10)
    assert bad.findtext(".//t:MessageOfErrorCodes/t:Code", namespaces=ns) == "InvalidFinderType"
    no_dimtype = search(fake, token, "DIM", 1, 10)
    assert (
        no_dimtype.findtext(".//t:MessageOfErrorCodes/t:Code", namespaces=ns) == "OptionMandatory"
    )


TRANSACTION = (
    '<transactions><transaction destiny="final"><header><office>TF001</office><code>INK</code>'
    "<date>20260310</date><period>2026/03</period><invoicenumber>{inv}</invoicenumber></header>"
    '<lines><line type="total"><dim1>1600</dim1><dim2>2000</dim2><debitcredit>credit</debitcredit>'
    '<value>121.00</value></line><line type="detail"><dim1>{gl}</dim1><debitcredit>debit'
    "</debitcredit><value>100.00</value><vatcode>IH</vatcode></line></lines></transaction>"
    "</transactions>"
)


def test_transactions_are_validated_and_numbered(fake):
    token = get_token(fake)
    refused = process(fake, token, TRANSACTION.format(inv="A1", gl="9999"))
    assert refused.get("result") == "0"
    dim1 = refused.find(".//line[@type='detail']/dim1")
    assert dim1.get("msgtype") == "error" and "9999" in dim1.get("msg")
    assert fake.transactions("TF001") == []

    first = process(fake, token, TRANSACTION.format(inv="A1", gl="4000"))
    second = process(fake, token, TRANSACTION.format(inv="A2", gl="4000"))
    assert first.get("result") == second.get("result") == "1"
    numbers = [t["number"] for t in fake.transactions("TF001")]
    assert numbers == ["202600001", "202600002"]
    assert second.findtext(".//header/number") == "202600002"
    # VAT computed from the code's percentage when no vatvalue is sent
    assert fake.transactions("TF001")[0]["lines"][1]["vatcode"] == "IH"


def test_state_file_keeps_the_books(tmp_path):
    state = tmp_path / "twinfield.json"
    first = TwinfieldFake(seed=example_seed(), state_file=state).start()
    first.set_period("TF001", 2026, 3, closed=True)
    first.stop()
    second = TwinfieldFake(seed=[SeedAdministration("OTHER", "Other")], state_file=state).start()
    try:
        assert set(second.offices) == {"TF001", "TF002"}
        assert second.offices["TF001"]["periods"]["2026/03"]["closed"] is True
    finally:
        second.stop()


def test_demo_seed_is_synced_completely(tmp_path):
    pytest.importorskip("app.samples.office")
    from app.connectors.base import config_from_env
    from app.connectors.oauth import make_pkce
    from app.connectors.tokens import MemoryTokenStore
    from app.connectors.twinfield import TwinfieldConnector

    fake = TwinfieldFake().start()
    try:
        [office] = list(fake.offices)
        config = config_from_env("twinfield", overrides={"login_url": fake.base_url}, environ={})
        conn = TwinfieldConnector(config, MemoryTokenStore(), "demo")
        pkce = make_pkce()
        resp = requests.get(
            conn.authorization_url("s", pkce.challenge), allow_redirects=False, timeout=5
        )
        conn.exchange_code(
            parse_qs(urlsplit(resp.headers["Location"]).query)["code"][0], pkce.verifier
        )
        data = conn.fetch_master_data(office)
        dims = fake.offices[office]["dims"]
        assert len(data.gl_accounts) == len(dims["BAS"]) + len(dims["PNL"])
        assert {r.code for r in data.relations} == set(dims["CRD"]) | set(dims["DEB"])
        assert len(data.vat_codes) == len(fake.offices[office]["vat"])
        assert all(
            v.percentage == Decimal(fake.offices[office]["vat"][v.code]["percentage"])
            for v in data.vat_codes
        )
        assert len(data.periods) == len(fake.offices[office]["periods"])
        assert any(r.ibans for r in data.relations)
    finally:
        fake.stop()


def test_process_xml_document_takes_the_request_as_xml(fake):
    token = get_token(fake)
    body = (
        "<tw:ProcessXmlDocument><tw:xmlRequest><list><type>offices</type></list>"
        "</tw:xmlRequest></tw:ProcessXmlDocument>"
    )
    resp = soap(fake, "processxml.asmx", body, token, office="")
    assert resp.status_code == 200
    offices = etree.fromstring(resp.content).findall(".//offices/office")
    assert [(o.text, o.get("name")) for o in offices] == [
        ("TF001", "Bakkerij De Korenaar B.V."),
        ("TF002", "Garage Van Dijk"),
    ]
