"""The base of the unbounded lists (Document Hub tabs, Archive page): a
:class:`LazyTableModel` keeps only the row count (and, for id lists, the sorted ids) plus a cache
of the rows fetched so far. The query, its sorting and filtering run in SQL through the services,
in the background; rows outside the cache are fetched in blocks when the view first asks for
them. Sorting on a header asks the service again with another sort key (``SORT_KEYS``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.ui.table_models import RowRole, SortRole
from app.ui.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100


class LazyTableModel(QAbstractTableModel):
    """Subclasses define ``headers``, ``display``, ``fetch_first`` and ``fetch_block``."""

    SORT_KEYS: dict[int, str] = {}
    # Refreshing the same query with the same number of rows updates the rows in place
    # (``dataChanged``) instead of resetting the model, so the view keeps its scroll position
    # and selection while a long run of updates comes in (the received files being read).
    UPDATE_IN_PLACE = False
    loaded = Signal()
    failed = Signal(object)

    def __init__(self, parent=None, *, sort: str = "id", descending: bool = False):
        super().__init__(parent)
        self.total = 0
        self.cache: dict[int, Any] = {}
        self.sort_name = sort
        self.descending = descending
        self.text: str | None = None
        self._loading: set[int] = set()
        self._generation = 0
        self._shown: tuple | None = None  # the query the rows are of

    # -- to override ----------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def fetch_first(self) -> Callable[[], tuple[int, list[Any], Any]]:
        """A background function returning (total, rows from offset 0, extra state)."""
        raise NotImplementedError

    def fetch_block(self, offset: int, count: int) -> Callable[[], list[Any]]:
        raise NotImplementedError

    def apply_extra(self, extra: Any) -> None:
        """Keep what ``fetch_first`` returned besides the rows (e.g. the sorted ids)."""

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    def decoration(self, row: Any, column: int) -> Any:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def foreground(self, row: Any, column: int) -> Any:
        return None

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the query again (new sort, new filter, or something changed)."""
        self._generation += 1
        generation = self._generation
        query = (self.sort_name, self.descending, self.text)
        run_task(
            self.fetch_first(),
            lambda result: self._first_done(generation, result, query),
            lambda exc: self.failed.emit(exc),
            owner=self,
        )

    def _first_done(
        self, generation: int, result: tuple[int, list[Any], Any], query: tuple | None = None
    ) -> None:
        if generation != self._generation:
            return
        total, rows, extra = result
        if self.UPDATE_IN_PLACE and query == self._shown and 0 < int(total) == self.total:
            self.apply_extra(extra)
            old, self.cache = self.cache, dict(enumerate(rows))
            # only the rows that changed; rows further down (cached or on their way) were
            # dropped and are fetched again when the view shows them (one dataChanged for all
            # rows would make the view and its fit-to-contents header measure every row again)
            changed = {i for i, row in old.items() if self.cache.get(i) != row}
            for block in self._loading:
                changed.update(range(block * BLOCK, min(self.total, (block + 1) * BLOCK)))
            self._loading.clear()
            self._changed(sorted(changed))
            self.loaded.emit()
            return
        self._shown = query
        self.beginResetModel()
        self.total = int(total)
        self.apply_extra(extra)
        self.cache = dict(enumerate(rows))
        self._loading.clear()
        self.endResetModel()
        self.loaded.emit()

    def _changed(self, rows: list[int]) -> None:
        """``dataChanged`` for each run of consecutive ``rows`` (sorted)."""
        last_column = self.columnCount() - 1
        start = 0
        for n in range(1, len(rows) + 1):
            if n == len(rows) or rows[n] != rows[n - 1] + 1:
                top, bottom = self.index(rows[start], 0), self.index(rows[n - 1], last_column)
                self.dataChanged.emit(top, bottom)
                start = n

    def _request(self, row: int) -> None:
        block = row // BLOCK
        if block in self._loading:
            return
        self._loading.add(block)
        generation = self._generation
        run_task(
            self.fetch_block(block * BLOCK, BLOCK),
            lambda rows: self._block_done(generation, block, rows),
            lambda exc: self.failed.emit(exc),
            owner=self,
        )

    def _block_done(self, generation: int, block: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        start = block * BLOCK
        for n, row in enumerate(rows):
            if start + n < self.total:
                self.cache[start + n] = row
        last = min(self.total, start + max(len(rows), 1)) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, self.columnCount() - 1))

    def row_at(self, row: int) -> Any:
        return self.cache.get(row)

    def rows(self) -> list[Any]:
        """The cached rows in order (the whole list for short lists)."""
        return [self.cache[i] for i in sorted(self.cache)]

    # -- Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.total):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            flag = self.alignment(col)
            return int(flag | Qt.AlignmentFlag.AlignVCenter) if flag is not None else None
        row = self.cache.get(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row())
                return "…" if col == 0 else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == SortRole:
            return self.display(row, col)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            flag = self.alignment(section)
            return int(flag | Qt.AlignmentFlag.AlignVCenter) if flag is not None else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_name = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def search(self, text: str) -> None:
        self.text = text.strip() or None
        self.refresh()


class PagedModel(LazyTableModel):
    """A lazy model over a service that pages, sorts and filters in SQL: ``page_query()``
    returns ``fn(offset=, limit=, sort=, descending=, text=) -> Page``."""

    def page_query(self) -> Callable[..., Any]:
        raise NotImplementedError

    def _page(self, offset: int, limit: int) -> Callable[[], Any]:
        query, sort, desc, text = self.page_query(), self.sort_name, self.descending, self.text
        return lambda: query(offset=offset, limit=limit, sort=sort, descending=desc, text=text)

    def fetch_first(self):
        page = self._page(0, BLOCK)
        return lambda: (lambda p: (p.total, list(p.rows), None))(page())

    def fetch_block(self, offset: int, count: int):
        page = self._page(offset, count)
        return lambda: list(page().rows)


class IdListModel(LazyTableModel):
    """A lazy model over a sorted id list: ``fetch_ids()`` then ``fetch_rows(ids)``."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.ids: list[int] = []

    def fetch_ids(self) -> Callable[[], list[int]]:
        raise NotImplementedError

    def fetch_rows(self) -> Callable[[list[int]], list[Any]]:
        raise NotImplementedError

    def fetch_first(self):
        ids_fn, rows_fn = self.fetch_ids(), self.fetch_rows()

        def work():
            ids = ids_fn()
            return len(ids), _in_order(ids[:BLOCK], rows_fn(ids[:BLOCK])), ids

        return work

    def apply_extra(self, extra: Any) -> None:
        self.ids = list(extra)

    def fetch_block(self, offset: int, count: int):
        ids, rows_fn = self.ids[offset : offset + count], self.fetch_rows()
        return lambda: _in_order(ids, rows_fn(ids))

    def row_of_id(self, doc_id: int) -> int | None:
        try:
            return self.ids.index(doc_id)
        except ValueError:
            return None


def _in_order(ids: list[int], rows: list[Any]) -> list[Any]:
    """Rows by the ids asked; a row that became invisible leaves a gap filled with None."""
    found = {r.id if hasattr(r, "id") else r.document_id: r for r in rows}
    return [found.get(i) for i in ids]
