"""The bar above the relation list that reports what a change did ("3 relatie(s) gewijzigd.")
with an "Ongedaan maken" button while an undo token is at hand, or shows a refused in-place
edit in red. It stays until closed or replaced.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from app.ui.widgets import button, label


class UndoToast(QFrame):
    """``undo_button.clicked`` is connected by the page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 8, 8)
        self.text = label("", wrap=True)
        self.text.setObjectName("toastText")
        row.addWidget(self.text, 1)
        self.undo_button = button(self.tr("Ongedaan maken"))
        self.undo_button.setObjectName("undoButton")
        row.addWidget(self.undo_button)
        close = button("✕", "link")
        close.setToolTip(self.tr("Sluiten"))
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.hide()

    def show_message(self, text: str, *, undo: bool = False, error: bool = False) -> None:
        self.text.setText(text)
        self.text.setProperty("role", "error" if error else "")
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        self.undo_button.setVisible(undo)
        self.show()
