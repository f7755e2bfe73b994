"""A small bar chart drawn with QPainter (QtCharts is not installed): documents processed per
month for the last six months, the current month in the accent colour, the count above each
bar and the month under it. It paints a friendly line instead of bars when every month is 0.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme
from app.ui.i18n import format_number


class BarChart(QWidget):
    """``set_bars([(label, count), ...])``: oldest first; the last bar is highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("barChart")
        self.bars: list[tuple[str, int]] = []
        self.empty_text = self.tr("Nog geen documenten verwerkt in deze maanden.")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = list(bars)
        self.setToolTip("\n".join(f"{text}: {format_number(n)}" for text, n in self.bars))
        self.update()

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (also used by the tests)."""
        if not self.bars:
            return []
        top, bottom = 22.0, self.height() - 26.0
        usable = max(bottom - top, 1.0)
        highest = max((n for _t, n in self.bars), default=0) or 1
        slot = self.width() / len(self.bars)
        width = min(slot * 0.56, 56.0)
        rects = []
        for i, (_text, n) in enumerate(self.bars):
            h = usable * n / highest
            x = slot * i + (slot - width) / 2
            rects.append(QRectF(x, bottom - h, width, h))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bottom = self.height() - 26.0
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.drawLine(0, int(bottom) + 1, self.width(), int(bottom) + 1)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        if not any(n for _t, n in self.bars):
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(
                QRectF(0, 0, self.width(), bottom), Qt.AlignmentFlag.AlignCenter, self.empty_text
            )
        slot = self.width() / max(len(self.bars), 1)
        for i, ((text, n), rect) in enumerate(zip(self.bars, self.bar_rects(), strict=True)):
            last = i == len(self.bars) - 1
            colour = QColor(theme.ACCENT if last else "#9db7d6")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if n:
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QColor(theme.TEXT))
                painter.drawText(
                    QRectF(slot * i, rect.top() - 20, slot, 18),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    format_number(n),
                )
            painter.setPen(QColor(theme.TEXT if last else theme.MUTED))
            painter.drawText(
                QRectF(slot * i, bottom + 4, slot, 20), Qt.AlignmentFlag.AlignHCenter, text
            )
        painter.end()
