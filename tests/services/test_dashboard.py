"""Dashboard figures against a hand-built office whose every count is known, including the
Europe/Amsterdam month boundary, the Oplossen targets, the administration filter and rights."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import NotFound, PermissionDenied
from app.models import (
    Administration,
    AdministrationVisit,
    Comment,
    Document,
    ExportAttempt,
    ReceivedFile,
    User,
)
from app.services.dashboard import make_clock
from app.services.dashboard_types import Target

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)  # local month starts 2026-10-31 23:00 UTC
OLD = datetime(2025, 1, 1, tzinfo=UTC)


def at(y, m, d, h=12, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=UTC)


# key: (admin, state, created_at, exported_at, updated_at)
DOCS = {
    "d1": ("BAK", "review", at(2026, 11, 3), None, None),
    "d2": ("BAK", "review", at(2026, 10, 20), None, None),
    "d3": ("BAK", "export_error", at(2026, 11, 5), None, at(2026, 11, 10)),
    "d4": ("BAK", "to_authorise", at(2026, 11, 6), None, None),
    "d5": ("BAK", "exported", at(2026, 10, 31, 23, 10), at(2026, 11, 2), None),  # 1 Nov local
    "d6": ("BAK", "archived", at(2026, 9, 1), at(2026, 9, 3), None),
    "d7": ("BAK", "exported", at(2026, 5, 1), at(2026, 5, 20), None),  # before the 6 months
    "d8": ("BAK", "exported", at(2026, 5, 20), at(2026, 5, 31, 22, 30), None),  # 1 Jun local
    "d9": ("BAK", "rejected", at(2026, 11, 7), None, None),
    "d10": ("BAK", "processing", at(2026, 11, 14), None, None),
    "e1": ("INS", "review", at(2026, 11, 1), None, None),
    "e2": ("INS", "review", at(2026, 11, 2), None, None),
    "e3": ("INS", "to_confirm", at(2026, 11, 3), None, None),
    "e4": ("INS", "export_error", at(2026, 10, 1), None, at(2026, 11, 12)),
    "e5": ("INS", "exported", at(2026, 11, 9), at(2026, 11, 10), None),
    "e6": ("INS", "exported", at(2026, 10, 14), at(2026, 10, 15), None),
    "f1": ("FYS", "review", at(2026, 11, 4), None, None),
    "f2": ("FYS", "exported", at(2026, 11, 4), at(2026, 11, 5), None),
    "f3": ("FYS", "export_error", at(2026, 10, 2), None, at(2026, 11, 1)),
}
FILES = [
    ("BAK", at(2026, 11, 1, 10)),
    ("BAK", at(2026, 10, 31, 23, 30)),
    ("BAK", at(2026, 10, 31, 22, 30)),
    ("BAK", at(2026, 10, 10)),
    ("INS", at(2026, 11, 14)),
    ("INS", at(2026, 11, 14, 13)),
    ("FYS", at(2026, 11, 2)),
]
COMMENTS = [
    ("d1", "open", at(2026, 11, 4), "Totaal klopt niet"),
    ("d1", "closed", at(2026, 11, 5), "Gesloten vraag"),
    ("d5", "open", at(2026, 11, 6), "Op geëxporteerd document"),
    ("e3", "open", at(2026, 11, 13), "Welk project?"),
    ("f1", "open", at(2026, 11, 14), "IBAN wijkt af"),
]
EXTRA = [f"X{i:02d}" for i in range(1, 11)]


@pytest.fixture
def office(demo_app):
    """The demo office plus ten old administrations and the documents above; returns ids."""
    with demo_app.transaction() as s:
        admins = {a.code: a for a in s.scalars(select(Administration))}
        for code in EXTRA:
            admins[code] = Administration(
                code=code, name=f"Klant {code}", package="twinfield", settings={}, created_at=OLD
            )
            s.add(admins[code])
        for code in ("BAK", "INS", "FYS"):
            admins[code].created_at = OLD
        admins["X01"].incomplete_reason = "Geen btw-codes"
        admins["X02"].sync_state = "needs_sign_in"
        admins["X03"].sync_state, admins["X03"].sync_error = "failed", "time-out"
        s.flush()
        users = {u.first_name: u for u in s.scalars(select(User))}
        logins = {"Marieke": 1, "Joost": 10, "Sanne": 1, "Daan": 200, "Fatima": 153, "Linda": 300}
        for name, u in users.items():
            u.created_at = NOW - timedelta(days=400)
            u.last_login_at = NOW - timedelta(days=logins[name]) if name in logins else None
        users["Pieter"].created_at = NOW - timedelta(days=250)  # never logged in
        docs = {}
        for key, (code, state, created, exported, updated) in DOCS.items():
            docs[key] = Document(
                administration_id=admins[code].id,
                state=state,
                invoice_number=key.upper(),
                created_at=created,
                exported_at=exported,
                updated_at=updated or created,
            )
        s.add_all(docs.values())
        for i, (code, received) in enumerate(FILES):
            s.add(
                ReceivedFile(
                    administration_id=admins[code].id,
                    sha256=f"{i:064d}",
                    size=1,
                    origin="cli",
                    original_name=f"f{i}.pdf",
                    received_at=received,
                )
            )
        s.flush()
        for key, state, created, text in COMMENTS:
            s.add(Comment(document_id=docs[key].id, state=state, created_at=created, text=text))
        s.add_all(
            [
                ExportAttempt(
                    document_id=docs["d3"].id,
                    request_id="r1",
                    status="refused",
                    started_at=at(2026, 11, 8),
                    error_message="Oude fout",
                ),
                ExportAttempt(
                    document_id=docs["d3"].id,
                    request_id="r2",
                    status="refused",
                    started_at=at(2026, 11, 10),
                    finished_at=at(2026, 11, 10),
                    error_message="Periode 2026/10 is gesloten",
                ),
                ExportAttempt(
                    document_id=docs["f3"].id,
                    request_id="r3",
                    status="refused",
                    started_at=at(2026, 11, 1),
                    error_message="Relatie onbekend",
                ),
            ]
        )
        marieke = users["Marieke"].id
        order = ["BAK", "INS", "FYS", *EXTRA[:7]]
        for hours, code in enumerate(order, start=1):
            s.add(
                AdministrationVisit(
                    user_id=marieke,
                    administration_id=admins[code].id,
                    visited_at=NOW - timedelta(hours=hours),
                )
            )
        s.add(
            AdministrationVisit(
                user_id=marieke,
                administration_id=admins["X08"].id,
                visited_at=NOW - timedelta(days=200),
            )
        )
        s.add(
            AdministrationVisit(
                user_id=users["Joost"].id,
                administration_id=admins["X09"].id,
                visited_at=NOW - timedelta(days=2),
            )
        )
        s.add(
            AdministrationVisit(
                user_id=users["Sanne"].id,
                administration_id=admins["INS"].id,
                visited_at=NOW - timedelta(days=3),
            )
        )
        return {
            "admin": {c: a.id for c, a in admins.items()},
            "doc": {k: d.id for k, d in docs.items()},
        }


def test_clock_follows_the_amsterdam_calendar():
    clock = make_clock(NOW)
    assert clock.month_start == at(2026, 10, 31, 23, 0)
    assert [(y, m) for y, m, _, _ in clock.months] == [
        (2026, 6),
        (2026, 7),
        (2026, 8),
        (2026, 9),
        (2026, 10),
        (2026, 11),
    ]
    assert clock.months[0][2] == at(2026, 5, 31, 22, 0)  # CEST
    assert clock.six_months_ago == at(2026, 5, 15, 11, 0)  # 13:00 local, CET → CEST


def test_whole_office_figures(services_as, office):
    d = services_as("marieke@vdbdewit.nl").dashboard.build(now=NOW)
    assert len(d.administration_ids) == 13
    assert d.files_received.count == 5
    assert d.export_errors.count == 3
    assert d.ready_for_review.count == 5
    assert [(m.label, m.count) for m in d.processed_per_month.months] == [
        ("jun 2026", 1),
        ("jul 2026", 0),
        ("aug 2026", 0),
        ("sep 2026", 1),
        ("okt 2026", 1),
        ("nov 2026", 3),
    ]
    t = d.monthly_target
    assert (t.target, t.done, t.organisation_target, t.percentage) == (400, 3, 400, 1)
    assert [(a.code, a.target, a.done) for a in t.administrations] == [
        ("BAK", 150, 1),
        ("FYS", 80, 1),
        ("INS", 120, 1),
    ]
    assert [(r.code, r.reason) for r in d.incomplete_administrations.rows] == [
        ("X01", "Geen btw-codes"),
        ("X02", "Opnieuw aanmelden bij het pakket nodig"),
        ("X03", "Synchronisatie mislukt: time-out"),
    ]
    assert all(
        r.target == Target("administration", office["admin"][r.code], "administrations")
        for r in d.incomplete_administrations.rows
    )
    assert d.inactive_users.allowed
    assert sorted(u.name for u in d.inactive_users.rows) == ["Daan Bakker", "Pieter Visser"]
    assert [(a.code, a.last_visit is None) for a in d.inactive_administrations.rows] == [
        ("X08", False),
        ("X10", True),
    ]


def test_recent_administrations(services_as, office):
    rows = services_as("marieke@vdbdewit.nl").dashboard.build(now=NOW).recent_administrations.rows
    assert [r.code for r in rows] == ["BAK", "INS", "FYS", *EXTRA[:7]]
    bak, ins = rows[0], rows[1]
    assert (
        bak.received_this_month,
        bak.in_progress_this_month,
        bak.to_authorise,
        bak.to_confirm,
        bak.review,
        bak.export_errors,
    ) == (6, 4, 1, 0, 2, 1)
    assert (
        ins.received_this_month,
        ins.in_progress_this_month,
        ins.to_authorise,
        ins.to_confirm,
        ins.review,
        ins.export_errors,
    ) == (4, 3, 0, 1, 2, 1)  # e5 done
    assert bak.last_visit == NOW - timedelta(hours=1)
    assert bak.target == Target("administration", office["admin"]["BAK"], "review")


def test_open_actions_and_their_oplossen_targets(services_as, office):
    panel = services_as("marieke@vdbdewit.nl").dashboard.build(now=NOW).open_actions
    assert (panel.open_comments, panel.export_errors, panel.total) == (3, 3, 6)
    doc, admin = office["doc"], office["admin"]
    expected = [
        ("comment", "f1", "FYS", "IBAN wijkt af"),
        ("comment", "e3", "INS", "Welk project?"),
        ("export_error", "e4", "INS", "Export geweigerd door het pakket"),
        ("export_error", "d3", "BAK", "Periode 2026/10 is gesloten"),
        ("comment", "d1", "BAK", "Totaal klopt niet"),
        ("export_error", "f3", "FYS", "Relatie onbekend"),
    ]
    assert [(i.kind, i.document_id, i.administration_code, i.text) for i in panel.items] == [
        (k, doc[key], code, text) for k, key, code, text in expected
    ]
    for item, (kind, key, code, _) in zip(panel.items, expected, strict=True):
        if kind == "comment":
            assert item.target == Target("document", admin[code], None, doc[key])
        else:
            assert item.target == Target("administration", admin[code], "errors", doc[key])
    limited = services_as("marieke@vdbdewit.nl").dashboard.build(now=NOW, action_limit=2)
    assert [i.document_id for i in limited.open_actions.items] == [doc["f1"], doc["e3"]]


@pytest.mark.parametrize("backlog", [False, True])
def test_export_errors_ordered_by_the_last_refusal(
    services_as, office, demo_app, monkeypatch, backlog
):
    """Newest refusal first, whichever plan answers (a few errors: per document; a backlog: a
    walk over the refused attempts); an edit after the refusal does not move the error up."""
    from app.services import dashboard_queries as q

    doc = office["doc"]
    with demo_app.transaction() as s:
        s.get(Document, doc["f3"]).updated_at = at(2026, 11, 14)  # edited, not re-exported
        for i in range(6):  # refused, since fixed and exported: the walk skips them
            s.add(
                ExportAttempt(
                    document_id=doc["e5"],
                    request_id=f"old{i}",
                    status="refused",
                    started_at=at(2026, 11, 9, i),
                )
            )
    if backlog:
        monkeypatch.setattr(q, "DOCUMENT_DRIVEN_MAX", 0)
    builds = [
        services_as("marieke@vdbdewit.nl").dashboard.build(now=NOW, action_limit=n) for n in (50, 1)
    ]
    errors = [i for i in builds[0].open_actions.items if i.kind == "export_error"]
    with_attempts = [(i.document_id, i.at) for i in errors if i.document_id != doc["e4"]]
    assert with_attempts == [(doc["d3"], at(2026, 11, 10)), (doc["f3"], at(2026, 11, 1))]
    if not backlog:  # without any attempt: from its last change
        assert [i.document_id for i in errors] == [doc["e4"], doc["d3"], doc["f3"]]
    limited = [i.document_id for i in builds[1].open_actions.items]
    assert limited == [doc["f1"]]


def test_filter_on_one_administration(services_as, office):
    bak = office["admin"]["BAK"]
    d = services_as("marieke@vdbdewit.nl").dashboard.build([bak], now=NOW)
    assert d.administration_ids == (bak,)
    assert (d.files_received.count, d.export_errors.count, d.ready_for_review.count) == (2, 1, 2)
    assert (d.open_actions.open_comments, d.open_actions.export_errors) == (1, 1)
    assert [m.count for m in d.processed_per_month.months] == [1, 0, 0, 1, 0, 1]
    assert (d.monthly_target.target, d.monthly_target.done) == (150, 1)
    assert [r.code for r in d.recent_administrations.rows] == ["BAK"]
    assert not d.incomplete_administrations.rows and not d.inactive_administrations.rows


def test_a_gebruiker_sees_only_her_administrations(services_as, office):
    sanne = services_as("sanne@vdbdewit.nl")  # Team MKB: BAK and INS
    d = sanne.dashboard.build(now=NOW)
    assert set(d.administration_ids) == {office["admin"]["BAK"], office["admin"]["INS"]}
    assert (d.files_received.count, d.export_errors.count, d.ready_for_review.count) == (4, 2, 4)
    assert (d.monthly_target.target, d.monthly_target.done) == (270, 2)
    assert [r.code for r in d.recent_administrations.rows] == ["INS"]
    assert d.inactive_users == type(d.inactive_users)(False, ())
    with pytest.raises(NotFound):
        sanne.dashboard.build([office["admin"]["FYS"]], now=NOW)
    joost = services_as("joost@vdbdewit.nl").dashboard.build(now=NOW)  # Teamleider
    assert joost.inactive_users.allowed and len(joost.inactive_users.rows) == 2


def test_set_monthly_target(services_as, office):
    boss, sanne = services_as("marieke@vdbdewit.nl"), services_as("sanne@vdbdewit.nl")
    assert boss.dashboard.set_monthly_target("500") == 500
    with pytest.raises(PermissionDenied):
        sanne.dashboard.set_monthly_target(100)
    assert sanne.dashboard.set_monthly_target(90, "BAK") == 90
    with pytest.raises(NotFound):
        sanne.dashboard.set_monthly_target(90, "FYS")
    with pytest.raises(PermissionDenied):
        services_as("fatima@vdbdewit.nl").dashboard.set_monthly_target(90, "INS")
    d = boss.dashboard.build(now=NOW)
    assert d.monthly_target.target == 500
    assert next(a.target for a in d.monthly_target.administrations if a.code == "BAK") == 90
