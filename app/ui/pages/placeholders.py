"""Placeholder pages for the chosen administration's Document Hub, Relatielijst,
Verwerkingsinstellingen and Archief: each says plainly what will come. Later work replaces them
by registering a real page under the same key (see :func:`app.ui.registry.register_page`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.services.dto import AdministrationDTO
from app.services.permissions import Right
from app.ui.pages.base import Page
from app.ui.registry import ADMINISTRATION, PageSpec, register_page
from app.ui.session import UiSession
from app.ui.widgets import label


class PlaceholderPage(Page):
    """A clear "coming soon" page with a description of what the page will do."""

    def __init__(
        self,
        session: UiSession,
        administration: AdministrationDTO | None,
        title: str,
        description: str,
    ):
        super().__init__(session, administration)
        self.setObjectName("placeholderPage")
        name = administration.name if administration else ""
        self.set_header(title, name)
        box = QWidget()
        box.setObjectName("placeholderBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(40, 40, 40, 40)
        inner.addStretch(1)
        heading = label(self.tr("Deze pagina komt binnenkort"), object_name="sectionTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(heading)
        text = label(description, object_name="emptyState", wrap=True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(600)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addStretch(2)
        self.page_layout.addWidget(box, 1)


def _hub(session, admin):
    return PlaceholderPage(
        session,
        admin,
        QCoreApplication.translate("Navigation", "Document Hub"),
        QCoreApplication.translate(
            "Placeholders",
            "Hier ziet u straks alle ontvangen bestanden van deze administratie, de documenten "
            "die op review wachten, wat er is geëxporteerd, de exportfouten en het archief van de "
            "laatste 7 dagen.",
        ),
    )


def _relations(session, admin):
    return PlaceholderPage(
        session,
        admin,
        QCoreApplication.translate("Navigation", "Relatielijst"),
        QCoreApplication.translate(
            "Placeholders",
            "Hier komt de lijst van klanten en leveranciers met hun codering, specificaties en "
            "vragen. U kunt relaties hier bewerken, ook meerdere tegelijk.",
        ),
    )


def _processing(session, admin):
    return PlaceholderPage(
        session,
        admin,
        QCoreApplication.translate("Navigation", "Verwerkingsinstellingen"),
        QCoreApplication.translate(
            "Placeholders",
            "Hier stelt u straks in hoe documenten van deze administratie worden verwerkt: "
            "autoriseren, automatisch boeken en de standaardcodering.",
        ),
    )


def _archive(session, admin):
    return PlaceholderPage(
        session,
        admin,
        QCoreApplication.translate("Navigation", "Archief"),
        QCoreApplication.translate(
            "Placeholders",
            "Hier komen alle geëxporteerde documenten van deze administratie, doorzoekbaar en te "
            "filteren op periode, relatie en bedrag.",
        ),
    )


register_page(
    PageSpec(
        "hub",
        lambda: QCoreApplication.translate("Navigation", "Document Hub"),
        "hub",
        _hub,
        ADMINISTRATION,
        Right.DELIVER_DOCUMENTS,
        10,
    ),
    placeholder=True,
)
register_page(
    PageSpec(
        "relations",
        lambda: QCoreApplication.translate("Navigation", "Relatielijst"),
        "relations",
        _relations,
        ADMINISTRATION,
        Right.REVIEW_DOCUMENTS,
        20,
    ),
    placeholder=True,
)
register_page(
    PageSpec(
        "processing-settings",
        lambda: QCoreApplication.translate("Navigation", "Verwerkingsinstellingen"),
        "processing",
        _processing,
        ADMINISTRATION,
        Right.CHANGE_PROCESSING_SETTINGS,
        30,
    ),
    placeholder=True,
)
register_page(
    PageSpec(
        "archive",
        lambda: QCoreApplication.translate("Navigation", "Archief"),
        "archive",
        _archive,
        ADMINISTRATION,
        Right.ACCESS_ARCHIVE,
        40,
    ),
    placeholder=True,
)
