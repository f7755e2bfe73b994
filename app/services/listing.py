"""SQL building blocks shared by the unbounded lists (Document Hub, Archive page).

Filtering and sorting happen in the database, never in Python: :func:`contains_words` is the
text filter (every word must occur in one of the columns; ``ILIKE`` on PostgreSQL, ``lower() LIKE
lower()`` on SQLite, wildcards in the user's text escaped), :func:`ordered` sorts by a whitelisted
column with NULLs last and the id as tie-breaker so pages never overlap (sort key "id" is
always the id column itself), :func:`chunks` keeps
``IN`` lists below the backends' parameter limits, and :func:`month_start` is the start of the
office's calendar month (Europe/Amsterdam) as a UTC instant.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, or_, true
from sqlalchemy.sql.elements import ColumnElement

from app.errors import InvalidInput

OFFICE_TZ = ZoneInfo("Europe/Amsterdam")
MAX_LIMIT = 1000
CHUNK = 500


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_words(columns: Sequence[Any], text: str | None) -> ColumnElement[bool]:
    """Every whitespace-separated word of ``text`` occurs (case-insensitively) in a column."""
    words = (text or "").split()
    if not words:
        return true()
    return and_(
        *(or_(*(col.ilike(f"%{_escape(w)}%", escape="\\") for col in columns)) for w in words)
    )


def ordered(
    query: Select, sort: str, columns: Mapping[str, Any], id_column: Any, descending: bool = False
) -> Select:
    """``query`` ordered by the whitelisted ``columns[sort]``, NULLs last, then by id."""
    if sort not in columns:
        raise InvalidInput(f"Onbekende sorteerkolom: {sort} (kies uit {', '.join(columns)})")
    tie = id_column.desc() if descending else id_column.asc()
    if sort == "id":  # never NULL; a plain order lets the database walk the primary key
        return query.order_by(tie)
    col = columns[sort]
    key = col.desc() if descending else col.asc()
    return query.order_by(key.nulls_last(), tie)


def page_bounds(offset: int, limit: int) -> tuple[int, int]:
    """Checked paging parameters (``limit`` at most :data:`MAX_LIMIT`)."""
    if offset < 0 or limit < 1:
        raise InvalidInput("Ongeldige pagina: offset moet ≥ 0 en limit ≥ 1 zijn.")
    return offset, min(limit, MAX_LIMIT)


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield list(ids[i : i + size])


def month_start(now: datetime | None = None) -> datetime:
    """The first moment of the current month in the office's time zone, in UTC."""
    local = (now or datetime.now(UTC)).astimezone(OFFICE_TZ)
    first = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return first.astimezone(UTC)
