"""The middle pages of the add-administration wizard: picking the remote administrations the
signed-in account can see (search, "Alles selecteren") and entering or confirming each one's
KvK number (8 digits, checked as you type).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.errors import UserFacingError
from app.ui.crash import handle_error
from app.ui.service_text import error_text
from app.ui.tasks import run_task
from app.ui.widgets import SearchField, label, set_invalid

REMOTE_ROLE = Qt.ItemDataRole.UserRole


def _kvk_ok(text: str) -> bool:
    return bool(re.fullmatch(r"\d{8}", re.sub(r"[\s.]", "", text)))


class SelectPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setObjectName("selectPage")
        self.setTitle(self.tr("Kies de administraties"))
        self.setSubTitle(self.tr("Dit zijn de administraties die het account kan zien."))
        layout = QVBoxLayout(self)
        self.search = SearchField(self.tr("Zoek administratie…"))
        layout.addWidget(self.search)
        self.all_box = QCheckBox(self.tr("Alles selecteren"))
        layout.addWidget(self.all_box)
        self.list = QListWidget()
        self.list.setObjectName("remoteList")
        layout.addWidget(self.list, 1)
        self.status = label("", "hint", wrap=True)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._filter)
        self.all_box.clicked.connect(self._select_all)
        self.list.itemChanged.connect(lambda _i: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.list.clear()
        self.status.setText(self.tr("Administraties ophalen…"))
        client, handle = self.wiz.client, self.wiz.sign_in_page.handle
        run_task(
            lambda: client.list_remote_administrations(handle),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, remotes: list[Any]) -> None:
        self.list.blockSignals(True)
        for remote in remotes:
            item = QListWidgetItem(remote.name)
            item.setData(REMOTE_ROLE, remote)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.status.setText(
            self.tr("%1 administratie(s) gevonden.").replace("%1", str(len(remotes)))
            if remotes
            else self.tr("Dit account ziet geen administraties.")
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Ophalen is niet gelukt: %1").replace("%1", error_text(exc)))
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _select_all(self, on: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Any]:
        return [
            self.list.item(i).data(REMOTE_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class KvkPage(QWizardPage):
    COL_NAME, COL_KVK = range(2)

    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.remotes: list[Any] = []
        self.edits: list[QLineEdit] = []
        self.setObjectName("kvkPage")
        self.setTitle(self.tr("KvK-nummers"))
        self.setSubTitle(
            self.tr(
                "Vul het KvK-nummer van elke administratie in of controleer "
                "het. Een KvK-nummer heeft 8 cijfers."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("kvkTable")
        self.table.setHorizontalHeaderLabels([self.tr("Administratie"), self.tr("KvK-nummer")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 180)
        layout.addWidget(self.table, 1)
        self.error = label("", "error", wrap=True)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.remotes = self.wiz.select_page.chosen()
        self.edits = []
        self.table.setRowCount(len(self.remotes))
        for row, remote in enumerate(self.remotes):
            name = QTableWidgetItem(remote.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.COL_NAME, name)
            edit = QLineEdit(getattr(remote, "kvk", None) or "")
            edit.setPlaceholderText(self.tr("8 cijfers"))
            edit.textChanged.connect(self._changed)
            self.table.setCellWidget(row, self.COL_KVK, edit)
            self.edits.append(edit)
        self._changed()

    def _changed(self, *_args) -> None:
        bad = 0
        for edit in self.edits:
            ok = _kvk_ok(edit.text())
            set_invalid(edit, bool(edit.text()) and not ok)
            bad += not ok
        self.error.setText(
            self.tr("Nog %1 KvK-nummer(s) ontbreken of hebben geen 8 cijfers.").replace(
                "%1", str(bad)
            )
            if bad
            else ""
        )
        self.completeChanged.emit()

    def selection(self) -> list[dict[str, Any]]:
        return [
            {"external_id": r.external_id, "name": r.name, "kvk": re.sub(r"[\s.]", "", e.text())}
            for r, e in zip(self.remotes, self.edits, strict=True)
        ]

    def isComplete(self) -> bool:
        return bool(self.edits) and all(_kvk_ok(e.text()) for e in self.edits)
