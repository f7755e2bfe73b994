"""The DDP's layout: the top bar (back, previous/next, the document's title and the action
buttons), the right-hand column (fields, booking lines with the balance check, comments, the
message line), the keyboard shortcuts and the tab order (from the page, Tab goes to the first
field, then down the fields, the booking lines, the comments and the actions), as a mixin of
:class:`app.ui.ddp.page.DocumentDetailPage`; read-only mode hides whatever would change the
document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.ddp.comments import CommentsPanel
from app.ui.ddp.fields import FieldsPanel
from app.ui.ddp.host import DdpHost
from app.ui.ddp.lines import BookingLinesModel
from app.ui.ddp.master_delegate import MasterDataDelegate
from app.ui.widgets import button, label


class DdpLayout(DdpHost):
    """Mixed into :class:`app.ui.ddp.page.DocumentDetailPage`."""

    def _build_top(self) -> QVBoxLayout:
        top = QVBoxLayout()
        top.setSpacing(6)
        bar = QHBoxLayout()
        top.addLayout(bar)
        self.back = button(self.tr("← Terug"))
        self.back.setToolTip(self.tr("Terug naar de lijst (Esc)"))
        self.back.clicked.connect(self.closed)
        bar.addWidget(self.back)
        self.prev_button = button("‹")
        self.prev_button.setToolTip(self.tr("Vorig document (Alt+Links, PgUp)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = button("›")
        self.next_button.setToolTip(self.tr("Volgend document (Alt+Rechts, PgDn)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        self.title = label("", object_name="sectionTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(120)
        bar.addWidget(self.title, 1)
        actions = QHBoxLayout()
        top.addLayout(actions)
        self.action_buttons = {}
        for key, text, tip, role in (
            ("save", self.tr("Opslaan"), "Ctrl+S", None),
            ("remember", self.tr("Onthoud voor de volgende keer"), "Ctrl+R", None),
            ("split", self.tr("Splitsen"), "", None),
            ("reject", self.tr("Afwijzen"), "Ctrl+Del", "danger"),
            ("export", self.tr("Exporteer"), "Ctrl+E", None),
            ("export_next", self.tr("Exporteer en volgende"), "Ctrl+Shift+E", "primary"),
        ):
            b = button(text, role)
            if tip:
                b.setToolTip(f"{text} ({tip})")
            b.clicked.connect(lambda _=False, k=key: getattr(self, k)())
            self.action_buttons[key] = b
            if key == "export":
                actions.addStretch(1)
            actions.addWidget(b)
        return top

    def _build_right(self) -> QWidget:
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(8, 0, 0, 0)
        self.fields = FieldsPanel()
        box.addWidget(self.fields)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Boekingsregels"), object_name="sectionTitle"), 1)
        self.add_line_button = button(self.tr("Regel toevoegen"))
        self.add_line_button.clicked.connect(self._add_line)
        row.addWidget(self.add_line_button)
        box.addLayout(row)
        self.lines = BookingLinesModel(self)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines)
        self.master = MasterDataDelegate(self.lines_view)
        self.lines_view.setItemDelegate(self.master)
        self.lines_view.verticalHeader().hide()
        self.lines_view.setTabKeyNavigation(
            False
        )  # Tab moves on to the comments; arrows move in it
        self.lines_view.setAlternatingRowColors(True)
        header = self.lines_view.horizontalHeader()
        for col in range(self.lines.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            BookingLinesModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Interactive
        )
        self.lines_view.setColumnWidth(BookingLinesModel.COL_DESCRIPTION, 170)
        header.setStretchLastSection(True)
        box.addWidget(self.lines_view)
        self.balance = label("", wrap=True, object_name="balance")
        box.addWidget(self.balance)
        self.comments = CommentsPanel(self.session.services.documents)
        box.addWidget(self.comments, 1)
        self.message = label("", "hint", wrap=True)
        box.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setMinimumWidth(460)
        return scroll

    def _shortcuts(self) -> None:
        for seq, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+E", self.export),
            ("Ctrl+Shift+E", self.export_next),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("Ctrl+Del", self.reject),
            ("Ctrl+R", self.remember),
            ("Esc", self.closed.emit),
            ("Ctrl++", lambda: self.viewer.step_zoom(1)),
            ("Ctrl+=", lambda: self.viewer.step_zoom(1)),
            ("Ctrl+-", lambda: self.viewer.step_zoom(-1)),
            ("Ctrl+0", self.viewer.fit_width),
            ("Ctrl+PgUp", lambda: self.viewer.go_page(-1)),
            ("Ctrl+PgDown", lambda: self.viewer.go_page(1)),
        ):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _tab_order(self) -> None:
        """Tab from the page to the first field, then in reading order down the right column,
        then the action buttons and the top bar."""
        comments = self.comments
        chain: list[QWidget] = [
            self,
            self.fields.relation,
            self.fields.new_relation_button,
            self.fields.type,
            *self.fields.edits.values(),
            self.lines_view,
            self.add_line_button,
            comments.tree,
            comments.text,
            comments.add_button,
            comments.reply_button,
            comments.close_button,
            comments.reopen_button,
            comments.close_all_button,
            *self.action_buttons.values(),
            self.back,
            self.prev_button,
            self.next_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field (the relation)."""
        self.fields.relation.setFocus(Qt.FocusReason.TabFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for b in self.action_buttons.values():
            b.setVisible(not read_only)
        self.add_line_button.setVisible(not read_only)
        self.fields.set_read_only(read_only)
        self.lines.read_only = read_only
        self.comments.set_read_only(read_only)
