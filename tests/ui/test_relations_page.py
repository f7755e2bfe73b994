"""The relation list page (SPEC §7): the model passes qtmodeltester, filters reach the service,
in-place edits of coding rule, questions and KvK round-trip to the service, bulk edit shows the
preview, applies and undoes, and the settings dialog opens from a double-click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_demo import BEHEERDER, REVIEWER

import app.ui.relations.page  # noqa: F401  (registers the page)
from app.ui.relations.model import CodeRole, RelationTableModel

M = RelationTableModel


@pytest.fixture
def relations_page(window_as, settle):
    def make(email: str = BEHEERDER, admin_code: str | None = "BAK"):
        window = window_as(email)
        admin = next(a for a in window.admins if admin_code in (None, a.code))
        window.choose_administration(admin)
        page = window.show_page("relations")
        assert page is not None
        settle()
        return window, page

    return make


def _row_of(page, code):
    for r in range(page.proxy.rowCount()):
        if page.proxy.row_at(r).code == code:
            return r
    raise AssertionError(code)


def test_model_passes_modeltester(qtmodeltester, relations_page):
    _window, page = relations_page()
    assert page.model.rowCount() > 10
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_columns_show_the_service_rows(relations_page):
    _window, page = relations_page()
    services = page.services
    expected = services.relations.find("BAK", "400006")
    r = _row_of(page, "400006")
    cell = lambda c: page.proxy.index(r, c).data()  # noqa: E731
    assert cell(M.COL_NAME) == "Bosman & Partners Accountants B.V. (400006)"
    assert cell(M.COL_TYPE) == "Leverancier"
    assert cell(M.COL_KVK) == "✓"
    assert cell(M.COL_RULE) == "Btw-codering"
    assert cell(M.COL_SPECS) == expected.specifications
    assert "21% 4700" in cell(M.COL_SPECS)
    assert cell(M.COL_QUESTIONS) == "Bij twijfel"
    assert "KvK-nummer" in page.proxy.index(r, M.COL_SETTINGS).data(Qt.ItemDataRole.ToolTipRole)


def test_filters_go_to_the_service(relations_page, settle):
    _window, page = relations_page()
    total = page.model.rowCount()
    page.kvk_filter.setChecked(True)
    settle()
    assert 0 < page.model.rowCount() < total
    assert all(not row.has_kvk for row in page.model.rows)
    page.kvk_filter.setChecked(False)
    page.rule_filter.setCurrentIndex(page.rule_filter.findData("vat"))
    settle()
    assert page.model.rows and all(r.coding_rule == "vat" for r in page.model.rows)
    page.rule_filter.setCurrentIndex(0)
    page.search.setText("bosman")
    page.search_timer.timeout.emit()
    settle()
    assert [r.code for r in page.model.rows] == ["400006"]
    page.search.setText("zzzz-none")
    page.search_timer.timeout.emit()
    settle()
    assert page.holder.currentIndex() == 1
    assert "Geen relaties gevonden" in page.holder.empty.text()


@pytest.mark.parametrize(
    ("column", "value", "check"),
    [
        (M.COL_RULE, "summary", lambda row: row.coding_rule == "summary"),
        (M.COL_QUESTIONS, "never", lambda row: row.questions == "never"),
        (M.COL_KVK, "12345678", lambda row: row.kvk == "12345678"),
    ],
)
def test_in_place_edit_round_trips(relations_page, settle, column, value, check):
    _window, page = relations_page()
    r = _row_of(page, "400019")
    index = page.proxy.index(r, column)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    page.table.edit(index)
    editor = page.table.indexWidget(index) or page.table.focusWidget()
    delegate = page.table.itemDelegateForColumn(column)
    if column == M.COL_KVK:
        editor.setText(value)
    else:
        editor.setCurrentIndex(editor.findData(value))
    delegate.setModelData(editor, page.proxy, index)
    settle()
    stored = page.services.relations.find("BAK", "400019")
    assert check(stored)
    assert page.proxy.index(_row_of(page, "400019"), column).data(CodeRole) == value


def test_in_place_kvk_error_is_shown(relations_page, settle):
    _window, page = relations_page()
    index = page.proxy.index(_row_of(page, "400019"), M.COL_KVK)
    page.proxy.setData(index, "123", Qt.ItemDataRole.EditRole)
    settle()
    assert page.toast.isVisible()
    assert "KvK" in page.toast_text.text()
    assert page.services.relations.find("BAK", "400019").kvk is None


def test_bulk_edit_preview_apply_and_undo(relations_page, settle):
    _window, page = relations_page()
    codes = ["400016", "400017", "400019"]
    before = {c: page.services.relations.find("BAK", c) for c in codes}
    for code in codes:
        index = page.proxy.index(_row_of(page, code), M.COL_CHECK)
        page.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.bulk_button.isEnabled() and "(3)" in page.bulk_button.text()
    dialog = page.open_bulk()
    settle()
    dialog.choose("questions", "always")
    dialog.choose("cost_centre", "100")
    assert not dialog.apply_button.isEnabled()
    dialog.preview_button.click()
    settle()
    assert dialog.preview is not None and dialog.preview.changed_count == 3
    assert dialog.summary.topLevelItemCount() == 3
    assert "3 van 3" in dialog.summary_label.text()
    assert page.services.relations.find("BAK", "400016").questions == "unsure"  # not yet
    dialog.apply_button.click()
    settle()
    for code in codes:
        row = page.services.relations.find("BAK", code)
        assert row.questions == "always" and "kostenplaats 100" in row.specifications
    assert page.toast.isVisible() and page.undo_button.isVisible()
    assert page.model.rows[_row_of(page, "400016")].questions == "always"
    page.undo_button.click()
    settle()
    for code in codes:
        row = page.services.relations.find("BAK", code)
        assert (row.questions, row.specifications) == (
            before[code].questions,
            before[code].specifications,
        )
    assert "ongedaan" in page.toast_text.text()


def test_bulk_preview_error_is_inline(relations_page, settle):
    _window, page = relations_page()
    page.model.set_all_checked(True)
    dialog = page.open_bulk()
    settle()
    dialog.choose("fixed_gl", "9999")
    dialog.preview_button.click()
    settle()
    assert dialog.error.isVisible() and "9999" in dialog.error.text()
    assert not dialog.apply_button.isEnabled()


def test_double_click_name_opens_settings(relations_page, settle):
    _window, page = relations_page()
    assert page.select_relation("400006")
    page._double_clicked(page.table.currentIndex())
    settle()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == "Bosman & Partners Accountants B.V. (400006)"
    assert dialog.form.coding_rule.currentData() == "vat"
    dialog.reject()


def test_reviewer_sees_the_list_read_only(relations_page):
    _window, page = relations_page(REVIEWER, None)
    assert page.model.rowCount() > 0
    index = page.proxy.index(0, M.COL_RULE)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not page.bulk_button.isVisible()
    assert page.table.isColumnHidden(M.COL_CHECK)


def test_kvk_numbers_for_several_relations(relations_page, settle):
    _window, page = relations_page()
    for code in ("400019", "400020"):
        index = page.proxy.index(_row_of(page, code), M.COL_CHECK)
        page.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog = page.open_kvk_numbers()
    ids = {r.code: r.id for r in dialog.rows}
    dialog.edits[ids["400019"]].setText("11112222")
    dialog.edits[ids["400020"]].setText("33334444")
    dialog.save_button.click()
    settle()
    find = page.services.relations.find
    assert (find("BAK", "400019").kvk, find("BAK", "400020").kvk) == ("11112222", "33334444")
    assert page.proxy.index(_row_of(page, "400019"), M.COL_KVK).data() == "✓"
    page.undo_button.click()
    settle()
    assert (find("BAK", "400019").kvk, find("BAK", "400020").kvk) == (None, None)


def test_relation_settings_screen(tmp_path, session_as, monkeypatch):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from app.errors import UserFacingError
    from app.ui.relations import screens
    from app.ui.screens import save_screenshot, screen_names

    assert "relation-settings" in screen_names()
    session = session_as(BEHEERDER)
    admin = session.services.administrations.get("BAK")
    monkeypatch.setitem(screens.options, "relation", "400006")
    out = save_screenshot(
        "relation-settings", session, admin, QSize(1200, 800), tmp_path / "rs.png"
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    monkeypatch.setitem(screens.options, "relation", "NOPE")
    with pytest.raises(UserFacingError, match="NOPE"):
        save_screenshot("relation-settings", session, admin, QSize(800, 600), tmp_path / "x.png")


def test_the_list_speaks_english(relations_page):
    from app.ui.i18n import set_language

    set_language("en")
    _window, page = relations_page()
    r = _row_of(page, "400006")
    assert page.model.headerData(M.COL_RULE, Qt.Orientation.Horizontal) == "Coding rule"
    assert page.proxy.index(r, M.COL_RULE).data() == "VAT coding"
    assert page.proxy.index(r, M.COL_QUESTIONS).data() == "When unsure"
    assert page.proxy.index(r, M.COL_TYPE).data() == "Supplier"
