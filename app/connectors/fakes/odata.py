"""The sliver of OData v2/v3 query syntax the Exact Online fake understands: ``$filter``
expressions (``eq ne gt ge lt le``, ``and``/``or``/``not``, parentheses, string/``guid'..'``/
``datetime'..'``/number/bool/null literals, ``substringof('x', Field)``, ``startswith``,
``trim``, ``tolower``), ``$select`` and Exact's ``$skiptoken`` paging, plus the ``/Date(ms)/``
date format of Exact's JSON. A real parser, so a connector bug in a filter shows up as a 400.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<guid>guid'[0-9a-fA-F-]+')"
    r"|(?P<dt>datetime'[^']+')|(?P<num>-?\d+(?:\.\d+)?)|(?P<lp>\()|(?P<rp>\))|(?P<comma>,)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_/]*))"
)
_COMPARE = {"eq", "ne", "gt", "ge", "lt", "le"}


class ODataError(ValueError):
    """The query cannot be parsed."""


def to_exact_date(value: date | datetime | str | None) -> str | None:
    """ISO date (or date) -> Exact's JSON form ``/Date(1514764800000)/``."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return f"/Date({int(value.timestamp() * 1000)})/"


def tokenize(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ODataError(f"cannot parse $filter near {text[pos : pos + 20]!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str):
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, kind: str | None = None, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (kind and tok[0] != kind) or (value and tok[1].lower() != value):
            raise ODataError(f"unexpected {tok[1] if tok else 'end'} in $filter")
        self.i += 1
        return tok

    def parse(self) -> Callable[[dict], Any]:
        expr = self.or_expr()
        if self.peek() is not None:
            raise ODataError(f"unexpected {self.peek()[1]!r} in $filter")  # type: ignore[index]
        return expr

    def _word(self, word: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "name" and tok[1].lower() == word

    def or_expr(self) -> Callable[[dict], Any]:
        left = self.and_expr()
        while self._word("or"):
            self.i += 1
            left = _either(left, self.and_expr())
        return left

    def and_expr(self) -> Callable[[dict], Any]:
        left = self.cmp_expr()
        while self._word("and"):
            self.i += 1
            left = _both(left, self.cmp_expr())
        return left

    def cmp_expr(self) -> Callable[[dict], Any]:
        if self._word("not"):
            self.i += 1
            inner = self.cmp_expr()
            return lambda r: not inner(r)
        left = self.primary()
        tok = self.peek()
        if tok and tok[0] == "name" and tok[1].lower() in _COMPARE:
            op = self.take()[1].lower()
            right = self.primary()
            return lambda r: _compare(op, left(r), right(r))
        return left

    def primary(self) -> Callable[[dict], Any]:
        kind, text = self.take()
        if kind == "lp":
            inner = self.or_expr()
            self.take("rp")
            return inner
        if kind == "str":
            value: Any = text[1:-1].replace("''", "'")
            return lambda r: value
        if kind == "guid":
            g = text[5:-1].lower()
            return lambda r: g
        if kind == "dt":
            d = datetime.fromisoformat(text[9:-1]).date().isoformat()
            return lambda r: d
        if kind == "num":
            n = float(text) if "." in text else int(text)
            return lambda r: n
        if kind == "name":
            low = text.lower()
            if low in ("true", "false", "null"):
                const = {"true": True, "false": False, "null": None}[low]
                return lambda r: const
            if self.peek() and self.peek()[0] == "lp":  # type: ignore[index]
                return self.function(low)
            return lambda r: _field(r, text)
        raise ODataError(f"unexpected {text!r} in $filter")

    def function(self, name: str) -> Callable[[dict], Any]:
        self.take("lp")
        args = [self.or_expr()]
        while self.peek() and self.peek()[0] == "comma":  # type: ignore[index]
            self.i += 1
            args.append(self.or_expr())
        self.take("rp")
        funcs: dict[str, Callable[..., Any]] = {
            "substringof": lambda needle, hay: str(needle or "").lower() in str(hay or "").lower(),
            "startswith": lambda hay, prefix: str(hay or "").startswith(str(prefix or "")),
            "trim": lambda s: str(s or "").strip(),
            "tolower": lambda s: str(s or "").lower(),
        }
        if name not in funcs:
            raise ODataError(f"unsupported function {name}()")
        fn = funcs[name]
        return lambda r: fn(*(a(r) for a in args))


def _either(a: Callable[[dict], Any], b: Callable[[dict], Any]) -> Callable[[dict], bool]:
    return lambda r: bool(a(r)) or bool(b(r))


def _both(a: Callable[[dict], Any], b: Callable[[dict], Any]) -> Callable[[dict], bool]:
    return lambda r: bool(a(r)) and bool(b(r))


def _field(row: dict, name: str) -> Any:
    value = row.get(name)
    if isinstance(value, str) and re.fullmatch(r"[0-9a-fA-F-]{36}", value):
        return value.lower()
    return value


def _compare(op: str, a: Any, b: Any) -> bool:
    if isinstance(a, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", a) and isinstance(b, str):
        a = a[:10]
    if op == "eq":
        return a == b
    if op == "ne":
        return a != b
    if a is None or b is None:
        return False
    return {"gt": a > b, "ge": a >= b, "lt": a < b, "le": a <= b}[op]


def compile_filter(text: str | None) -> Callable[[dict], bool]:
    if not text:
        return lambda r: True
    expr = _Parser(text).parse()
    return lambda r: bool(expr(r))


def apply_select(row: dict, select: str | None) -> dict:
    if not select:
        return dict(row)
    fields = [f.strip() for f in select.split(",") if f.strip()]
    return {f: row.get(f) for f in fields}


def parse_skiptoken(token: str | None) -> str | None:
    """``guid'abc'`` or ``123`` -> the key after which the next page starts."""
    if not token:
        return None
    m = re.fullmatch(r"guid'([0-9a-fA-F-]+)'", token)
    return m.group(1).lower() if m else token
