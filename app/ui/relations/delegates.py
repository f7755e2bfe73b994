"""Item delegates of the relation list: a drop-down for the coding rule and the questions
column, an 8-digit field for the KvK number (in-place edit on double-click) and the painter of
the advanced-setting badges in the "Instellingen" column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, QRect, QRegularExpression, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.relations import labels
from app.ui.relations.model import BadgesRole, CodeRole
from app.ui.table_models import Index


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``choices()`` (code → translated label); writes the code back."""

    def __init__(self, choices: Callable[[], dict[str, str]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("cellChoice")
        for code, text in self.choices().items():
            combo.addItem(text, code)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(CodeRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class KvkDelegate(QStyledItemDelegate):
    """A line edit that only takes up to 8 digits; empty clears the KvK number."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setObjectName("cellKvk")
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
        edit.setPlaceholderText("12345678")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(index.data(CodeRole) or "")

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)


class BadgeDelegate(QStyledItemDelegate):
    """Small round badges, one per advanced setting (the tooltip names them)."""

    SIZE = 20

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        keys = index.data(BadgesRole) or []
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.75, 6.5))
        font.setBold(True)
        painter.setFont(font)
        x = option.rect.left() + 8
        y = option.rect.center().y() - self.SIZE // 2
        for key in keys:
            glyph, colour = labels.BADGES.get(key, ("?", "#5f6b7a"))
            rect = QRect(x, y, self.SIZE + (6 if len(glyph) > 1 else 0), self.SIZE)
            painter.setPen(Qt.PenStyle.NoPen)
            base = QColor(colour)
            soft = QColor(base)
            soft.setAlpha(40)
            painter.setBrush(soft)
            painter.drawRoundedRect(rect, self.SIZE / 2, self.SIZE / 2)
            painter.setPen(base)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
            x += rect.width() + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        keys = index.data(BadgesRole) or []
        hint.setWidth(max(hint.width(), 16 + len(keys) * (self.SIZE + 6)))
        return hint
