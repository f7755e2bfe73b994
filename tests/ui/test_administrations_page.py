"""The administrations page: the list, editing settings with inline validation, synchronising,
rights per role, and the add-administration wizard: a Gebruiker is told that only a Beheerder
or Teamleider may sign in to a package, and a Beheerder imports an administration from the
local sandbox of Exact Online end to end (sign in, pick, KvK, import with progress)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from ui_demo import AANLEVERAAR, BEHEERDER, GEBRUIKER, REVIEWER

from app.ui.pages.admin_wizard import AddAdministrationWizard


def _row(page, name_start):
    for r in range(page.proxy.rowCount()):
        if page.proxy.row_at(r).name.startswith(name_start):
            return r
    raise AssertionError(name_start)


def test_list_shows_the_columns(page_as):
    _window, page = page_as("administrations")
    assert page.model.rowCount() == 3
    headers = [
        page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())
    ]
    assert headers == [
        "Naam",
        "Pakket",
        "KvK",
        "Intake-adres",
        "Bewaakte map",
        "Synchronisatie",
        "Laatste sync",
    ]
    row = _row(page, "Installatiebedrijf")
    assert page.proxy.index(row, 1).data() == "Twinfield"
    assert page.proxy.index(row, 2).data().isdigit()


def test_edit_administration_settings(qtbot, page_as, settle, services_as, tmp_path):
    _window, page = page_as("administrations")
    page.table.selectRow(_row(page, "Bakkerij"))
    assert page.edit_button.isEnabled()
    dialog = page.edit_selected()
    dialog.kvk.setText("123")
    dialog.intake.setText("geen adres")
    dialog.limit.setText("twaalf")
    dialog.save()
    assert dialog.errors["kvk"].text() == "Een KvK-nummer heeft 8 cijfers."
    assert dialog.errors["intake"].text() == "Dit is geen geldig e-mailadres."
    assert dialog.errors["limit"].text() == "Dit is geen geldig bedrag."
    dialog.kvk.setText("12345678")
    dialog.intake.setText("bakkerij@inbox.vdbdewit.nl")
    dialog.folder.setText(str(tmp_path))
    dialog.target.setValue(120)
    dialog.limit.setText("1.250,50")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    settle()
    admin = services_as(BEHEERDER).administrations.get(page.proxy.row_at(_row(page, "Bakkerij")).id)
    assert (admin.kvk, admin.intake_email, admin.watched_folder, admin.monthly_target) == (
        "12345678",
        "bakkerij@inbox.vdbdewit.nl",
        str(tmp_path),
        120,
    )
    assert str(admin.auto_booking_limit) == "1250.50"
    assert page.proxy.index(_row(page, "Bakkerij"), 2).data() == "12345678"


def test_sync_reports_an_unconnected_administration(qtbot, page_as, settle, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    _window, page = page_as("administrations")
    page.table.selectRow(0)
    assert page.sync_button.isEnabled()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    settle()
    assert shown and "niet gekoppeld" in shown[0]


def test_roles_without_rights_do_not_get_the_buttons(page_as):
    _w, page = page_as("administrations", REVIEWER)
    assert page.add_button.isHidden()
    assert page.edit_button.isHidden()
    assert page.add_administration() is None
    _w, page = page_as("administrations", GEBRUIKER)
    assert not page.add_button.isHidden()


def test_open_chooses_the_administration(page_as, settle):
    window, page = page_as("administrations", AANLEVERAAR)
    page.table.selectRow(0)
    page.open_button.click()
    settle()
    assert window.administration.id == page.proxy.row_at(0).id
    assert window.current_key == "hub"


def test_wizard_tells_a_gebruiker_who_may_not_sign_in(qtbot, session_as):
    wizard = AddAdministrationWizard(session_as(GEBRUIKER))
    qtbot.addWidget(wizard)
    wizard.show()
    list_ = wizard.package_page.list
    unavailable = [
        list_.item(i)
        for i in range(list_.count())
        if not list_.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert len(unavailable) == 6
    assert all("nog niet beschikbaar" in i.text() for i in unavailable)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.package_page.select("afas")  # not available: cannot be chosen
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.package_page.select("twinfield")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.sign_in_page
    assert wizard.sign_in_page.unavailable.isVisibleTo(wizard)
    assert "Beheerder of Teamleider" in wizard.sign_in_page.unavailable.text()
    assert not wizard.sign_in_page.sign_in_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.fixture
def sandbox_session(app_ctx):
    """A new office (no administrations yet) that talks to the local package sandbox."""
    from app.services import auth, sandbox
    from app.ui.session import UiSession

    actor = auth.setup_organisation(
        app_ctx,
        organisation="Proefkantoor",
        first_name="Bram",
        last_name="Proef",
        email="bram@proef.nl",
        password="geheim123",
    )
    app_ctx.settings.set("sandbox", True)
    yield UiSession.start(app_ctx, actor)
    sandbox.stop_all()


def test_wizard_imports_from_the_sandbox(qtbot, sandbox_session, settle):
    session = sandbox_session
    before = {a.name for a in session.services.administrations.list()}
    changed = []
    session.events.administrations_changed.connect(lambda: changed.append(True))
    wizard = AddAdministrationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wizard.package_page.select("exact_online")
    wizard.next()
    sign_in = wizard.sign_in_page
    assert not sign_in.unavailable.isVisibleTo(wizard)
    assert sign_in.intro.text().startswith("Sandbox")
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign_in.isComplete, timeout=20_000)
    wizard.next()
    select = wizard.select_page
    qtbot.waitUntil(lambda: select.list.count() > 0, timeout=20_000)
    assert not next_button.isEnabled()
    fresh = [
        select.list.item(i)
        for i in range(select.list.count())
        if select.list.item(i).text() not in before
    ]
    assert fresh, "the sandbox offers no administration that is not imported yet"
    select.search.setText(fresh[0].text())
    select.all_box.click()  # ticks only what the search shows
    select.search.clear()
    assert [r.name for r in select.chosen()] == [fresh[0].text()]
    wizard.next()
    kvk = wizard.kvk_page
    assert len(kvk.edits) == 1
    kvk.edits[0].setText("1234567")
    assert kvk.edits[0].property("invalid") == "true"
    assert not next_button.isEnabled()
    assert "1 KvK-nummer(s)" in kvk.error.text()
    kvk.edits[0].setText("1234.5678")
    assert next_button.isEnabled()
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(page.isComplete, timeout=30_000)
    settle()
    assert "1 administratie(s)" in page.status.text()
    assert page.bar.value() == page.bar.maximum()
    assert changed
    imported = {a.name: a for a in session.services.administrations.list()}
    new = imported[fresh[0].text()]
    assert new.kvk == "12345678"
    assert new.sync_state == "ok"
