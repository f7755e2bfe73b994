"""Plain rows and counters of the Document Hub and the Archive page, and a small age humaniser.

The hub's lists (:mod:`app.services.hub`) and the archive (:mod:`app.services.archive`) return
these frozen dataclasses only. :func:`humanize_age` turns a time span into the Dutch or English
words the archive tab shows ("30 uur geleden", "30 hours ago").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class ReviewGroup(StrEnum):
    OPEN_COMMENTS = "open"  # need action
    NO_COMMENTS = "none"  # can go straight to export
    CLOSED_COMMENTS = "closed"  # only closed comments: for a senior to verify


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: ``total`` rows match, ``rows`` start at ``offset``."""

    total: int
    offset: int
    rows: tuple[T, ...]


def relation_label(name: str | None, code: str | None) -> str:
    """ "Name (code)" as the hub tables show a relation."""
    if name and code:
        return f"{name} ({code})"
    return name or code or ""


@dataclass(frozen=True)
class ReceivedFileRow:
    id: int
    original_name: str
    origin: str
    sender: str | None
    received_at: datetime
    state: str
    error: str | None
    document_count: int
    duplicate_of_id: int | None
    processed_at: datetime | None


@dataclass(frozen=True)
class ReviewCounters:
    """The Review tab's counters; ``*_to_review`` is x and ``*_this_month`` is y in "x/y".

    x: documents of that type waiting in a review state now (see ``hub.REVIEW_STATES``),
    whenever they came in. y: documents of that type read from files received this calendar
    month (Europe/Amsterdam), in any state except rejected (so a split original is not counted
    twice). x can exceed y when older documents still wait. ``documents`` is the sum of the x's;
    ``open_actions`` counts open comments on this administration's documents that are not
    yet exported, archived or rejected.
    """

    documents: int
    purchase_to_review: int
    purchase_this_month: int
    sales_to_review: int
    sales_this_month: int
    other_to_review: int
    other_this_month: int
    open_actions: int


@dataclass(frozen=True)
class ExportRow:
    attempt_id: int
    document_id: int
    status: str
    started_at: datetime
    finished_at: datetime | None
    type: str
    is_credit_note: bool
    invoice_number: str | None
    invoice_date: date | None
    relation_code: str | None
    relation_name: str | None
    total_incl_vat: Decimal | None
    package_reference: str | None
    entry_number: str | None
    error_message: str | None
    document_state: str

    @property
    def relation(self) -> str:
        return relation_label(self.relation_name, self.relation_code)


@dataclass(frozen=True)
class ExportErrorRow:
    document_id: int
    attempt_id: int
    category: str  # "relation" | "document"
    type: str
    is_credit_note: bool
    invoice_number: str | None
    invoice_date: date | None
    relation_code: str | None
    relation_name: str | None
    message: str | None  # what the package said
    error_code: str | None
    attempted_at: datetime

    @property
    def relation(self) -> str:
        return relation_label(self.relation_name, self.relation_code)


@dataclass(frozen=True)
class ExportErrors:
    relation_errors: tuple[ExportErrorRow, ...]
    document_errors: tuple[ExportErrorRow, ...]


@dataclass(frozen=True)
class ArchiveRow:
    id: int
    administration_id: int
    type: str
    is_credit_note: bool
    invoice_number: str | None
    invoice_date: date | None
    relation_code: str | None
    relation_name: str | None
    total_incl_vat: Decimal | None
    currency: str | None
    exported_at: datetime  # when it went into the archive (the tab's "archived at")
    archived_at: datetime | None  # when its state became "archived", if it did
    original_name: str | None
    age: str = ""  # since exported_at, "30 uur geleden" (hub archive tab only)

    @property
    def relation(self) -> str:
        return relation_label(self.relation_name, self.relation_code)


_UNITS: dict[str, dict[str, Any]] = {
    "nl": {
        "now": "zojuist",
        "ago": "{} geleden",
        "minute": ("minuut", "minuten"),
        "hour": ("uur", "uur"),
        "day": ("dag", "dagen"),
        "week": ("week", "weken"),
        "month": ("maand", "maanden"),
        "year": ("jaar", "jaar"),
    },
    "en": {
        "now": "just now",
        "ago": "{} ago",
        "minute": ("minute", "minutes"),
        "hour": ("hour", "hours"),
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        "year": ("year", "years"),
    },
}


def humanize_age(delta: timedelta, language: str = "nl") -> str:
    """A time span in words: minutes below 1 hour, hours below 48, then days, weeks, months…

    >>> humanize_age(timedelta(hours=30))
    '30 uur geleden'
    >>> humanize_age(timedelta(hours=30), "en")
    '30 hours ago'
    """
    words = _UNITS.get(language[:2], _UNITS["nl"])
    seconds = max(0, int(delta.total_seconds()))
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return words["now"]
    if hours < 1:
        n, unit = minutes, "minute"
    elif hours < 48:
        n, unit = hours, "hour"
    elif days < 14:
        n, unit = days, "day"
    elif days < 60:
        n, unit = days // 7, "week"
    elif days < 730:
        n, unit = days // 30, "month"
    else:
        n, unit = days // 365, "year"
    return words["ago"].format(f"{n} {words[unit][0 if n == 1 else 1]}")
