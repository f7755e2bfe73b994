"""The Exact Online fake itself, spoken to with plain requests: it must answer like the
documented API (error shape, ``__next`` paging that keeps ``$filter``/``$select``, OData
operators, 401 without a valid token, dates as ``/Date(ms)/``), or the connector tests prove
nothing."""

from __future__ import annotations

import pytest
import requests

from app.connectors.fakes.odata import ODataError, compile_filter


@pytest.fixture
def api(exact_fake, exact_factory, exact_sign_in):
    tokens = exact_sign_in(exact_factory())
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {tokens.access_token}"
    return lambda path, **params: session.get(
        f"{exact_fake.base_url}/api/v1/100001/{path}", params=params, timeout=5
    )


def test_without_a_valid_token_the_api_answers_401_in_exacts_error_shape(exact_fake):
    resp = requests.get(
        exact_fake.base_url + "/api/v1/100001/financial/GLAccounts",
        timeout=5,
        headers={"Authorization": "Bearer nonsense"},
    )
    assert resp.status_code == 401
    error = resp.json()["error"]
    assert error["code"] == "" and set(error["message"]) == {"lang", "value"}


def test_next_links_keep_filter_and_select_until_the_last_page(api):
    page = api(
        "financial/FinancialPeriods",
        **{"$select": "FinPeriod,StartDate", "$filter": "FinYear eq 2026 and FinPeriod ge 4"},
    )
    seen = []
    while True:
        d = page.json()["d"]
        seen += [r["FinPeriod"] for r in d["results"]]
        assert all(set(r) == {"FinPeriod", "StartDate", "__metadata"} for r in d["results"])
        if "__next" not in d:
            break
        page = requests.get(d["__next"], headers=page.request.headers, timeout=5)
    assert sorted(seen) == list(range(4, 13)) and len(seen) == 9
    assert page.json()["d"]["results"][0]["StartDate"].startswith("/Date(")


def test_relation_codes_are_right_aligned_in_18_characters(api):
    rows = api(
        "crm/Accounts", **{"$filter": "Code eq '              2001'", "$select": "Code,Name"}
    ).json()["d"]["results"]
    assert [(r["Code"], r["Name"]) for r in rows] == [(" " * 14 + "2001", "Meelfabriek Noord B.V.")]
    assert api("crm/Accounts", **{"$filter": "Code eq '2001'"}).json()["d"]["results"] == []


def test_a_bad_filter_is_a_400(api):
    resp = api("financial/GLAccounts", **{"$filter": "Code eq"})
    assert resp.status_code == 400 and resp.json()["error"]["message"]["value"]


@pytest.mark.parametrize(
    ("expr", "row", "expected"),
    [
        ("A eq 'x' or B eq 1 and C eq 2", {"A": "x", "B": 0, "C": 0}, True),  # and binds tighter
        ("(A eq 'x' or B eq 1) and C eq 2", {"A": "x", "B": 0, "C": 0}, False),
        ("Name eq 'O''Brien'", {"Name": "O'Brien"}, True),
        (
            "Document eq guid'ABCDEF00-0000-4000-8000-000000000000'",
            {"Document": "abcdef00-0000-4000-8000-000000000000"},
            True,
        ),
        ("substringof('ff:req-1', Description) eq true", {"Description": "FF:req-1 Meel"}, True),
        ("not IsBlocked eq true", {"IsBlocked": False}, True),
        ("EntryDate ge datetime'2026-10-01'", {"EntryDate": "2026-10-14"}, True),
    ],
)
def test_odata_filter_semantics(expr, row, expected):
    assert compile_filter(expr)(row) is expected


def test_odata_unknown_function_is_an_error():
    with pytest.raises(ODataError):
        compile_filter("frobnicate(Code) eq 1")


def test_default_seed_is_the_demo_offices_exact_administrations():
    office = pytest.importorskip("app.samples.office")
    from app.connectors.fakes.exact_fake import ExactFake

    wanted = [a for a in office.demo_administrations() if a.package == "exact_online"]
    fake = ExactFake()  # not started: the seed is built in the constructor
    assert len(fake.division_codes) == len(wanted) > 0
    names = {d["Description"] for d in fake.state["divisions"].values()}
    assert names == {a.company.name for a in wanted}
    first = wanted[0]
    data = next(
        fake.data(c)
        for c in fake.division_codes
        if fake.state["divisions"][str(c)]["Description"] == first.company.name
    )
    assert len(data["GLAccounts"]) == len(first.gl_accounts)
    assert len(data["Accounts"]) == len(first.relations)
