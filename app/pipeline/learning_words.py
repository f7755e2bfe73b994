"""Word geometry for layout learning: lines, word windows, labels next to a value, typed parsing.

A page's words (with their boxes) are grouped into lines by their vertical centres; a "window" is
a run of consecutive words on one line, which is how a value printed as several words ("€",
"1.210,00" or "27 november 2026") is handled. The label of a value is the run of words with
letters directly to its left on the same line, or else the words just above it. Values are parsed
strictly by type (the whole window must be the amount or date) with ``parse_values``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.pipeline.invoice import PageText, Word
from app.pipeline.parse_values import find_amounts, find_dates, parse_date

MAX_LABEL_WORDS = 4
MAX_SKIPPED = 2  # numbers between a label and its value
_CURRENCY = {"€", "eur", "euro", "eur.", "$", "£", ":", "-"}
_LETTERS = re.compile(r"[^\W\d_]")
_PERCENT = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%")


@dataclass(frozen=True)
class Window:
    """Consecutive words on one line, with their joint box and text."""

    words: tuple[Word, ...]
    line: int

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            min(w.bbox[0] for w in self.words),
            min(w.bbox[1] for w in self.words),
            max(w.bbox[2] for w in self.words),
            max(w.bbox[3] for w in self.words),
        )


def _centre(w: Word) -> float:
    return (w.bbox[1] + w.bbox[3]) / 2


def lines_of(page: PageText) -> list[list[Word]]:
    """The page's words grouped into lines (top to bottom), each sorted left to right."""
    lines: list[list[Word]] = []
    for w in sorted(page.words, key=lambda w: (_centre(w), w.bbox[0])):
        if lines:
            last = lines[-1]
            centre = sum(_centre(x) for x in last) / len(last)
            height = min(w.bbox[3] - w.bbox[1], last[0].bbox[3] - last[0].bbox[1])
            if abs(_centre(w) - centre) <= max(height, 1.0) / 2:
                last.append(w)
                continue
        lines.append([w])
    return [sorted(line, key=lambda w: w.bbox[0]) for line in lines]


def value_windows(page: PageText, max_words: int) -> list[Window]:
    out: list[Window] = []
    for n, line in enumerate(lines_of(page)):
        for i in range(len(line)):
            for j in range(i + 1, min(len(line), i + max_words) + 1):
                out.append(Window(tuple(line[i:j]), n))
    return out


def norm_word(text: str) -> str:
    return text.strip().strip(":.;,").casefold()


def has_letters(text: str) -> bool:
    return bool(_LETTERS.search(text))


def is_label_word(text: str) -> bool:
    """Letters without digits ("Factuurnr.:"), or a percentage ("21%" in "BTW 21%")."""
    if _PERCENT.fullmatch(text.strip()):
        return True
    return has_letters(text) and not any(c.isdigit() for c in text)


def text_key(text: str) -> str:
    return re.sub(r"\s", "", text).casefold()


def parse_as(value_type: str, text: str) -> Any:
    """The value of a whole window as ``value_type`` ("amount", "date", "text", or "ref": an
    identifier whose spaces do not count), or None."""
    text = text.strip()
    if value_type == "amount":
        found = find_amounts(text)
        if len(found) != 1:
            return None
        value, start, end = found[0]
        rest = (text[:start] + text[end:]).strip().casefold()
        return value if rest in ("", *_CURRENCY) or rest in ("€ -", "(", ")") else None
    if value_type == "date":
        dates = find_dates(text)
        if len(dates) != 1 or text[: dates[0][1]].strip() or text[dates[0][2] :].strip(" ."):
            return None
        return dates[0][0]
    cleaned = text.strip(" :;,")
    if value_type == "ref":
        cleaned = re.sub(r"\s", "", cleaned).rstrip(".")
    elif cleaned.endswith(".") and cleaned.count(".") == 1:
        cleaned = cleaned[:-1]  # "202601319." at the end of a sentence, but "B.V." stays
    return cleaned or None


def same_value(value_type: str, read: Any, wanted: Any) -> bool:
    if read is None:
        return False
    if value_type in ("text", "ref"):
        return text_key(str(read)) == text_key(str(wanted))
    if value_type == "amount":
        return read == Decimal(str(wanted))
    if value_type == "date" and isinstance(wanted, str):
        return read.isoformat() == wanted or read == parse_date(wanted)
    return bool(read == wanted) if isinstance(wanted, date | Decimal) else False


def find_label(page: PageText, label: list[str]) -> list[Window]:
    """Every place the label words stand together on one line, top to bottom."""
    if not label:
        return []
    out = []
    for n, line in enumerate(lines_of(page)):
        normed = [norm_word(w.text) for w in line]
        for i in range(len(line) - len(label) + 1):
            if normed[i : i + len(label)] == label:
                out.append(Window(tuple(line[i : i + len(label)]), n))
    return out


def _left_label(line: list[Word], win: Window) -> list[Word]:
    left = [w for w in line if w.bbox[2] <= win.bbox[0] + 0.5]
    left.sort(key=lambda w: w.bbox[0], reverse=True)
    height = win.bbox[3] - win.bbox[1]
    picked: list[Word] = []
    skipped = 0
    for w in left:
        if not picked and norm_word(w.text) in _CURRENCY | {""}:
            continue
        if not picked and not is_label_word(w.text) and skipped < MAX_SKIPPED:
            skipped += 1  # "Btw 21% over 135,00  28,35": the base stands between label and value
            continue
        if not is_label_word(w.text) or len(picked) >= MAX_LABEL_WORDS:
            break
        if picked and picked[-1].bbox[0] - w.bbox[2] > 2.5 * max(height, 4.0):
            break  # a gap: the word belongs to something else on the line
        picked.append(w)
    return list(reversed(picked))


def _above_label(lines: list[list[Word]], win: Window) -> tuple[list[Word], int]:
    x0, _, x1, _ = win.bbox
    for n in range(win.line - 1, max(win.line - 3, -1), -1):
        over = [w for w in lines[n] if w.bbox[2] >= x0 - 5 and w.bbox[0] <= x1 + 5]
        words = [w for w in over if is_label_word(w.text)][:MAX_LABEL_WORDS]
        if words:
            return words, n
    return [], -1


def label_for(page: PageText, win: Window) -> tuple[Window | None, str, int, bool]:
    """(label window, "right"/"below"/"fixed", occurrence index, label unique on the page)."""
    lines = lines_of(page)
    words, position, line_no = _left_label(lines[win.line], win), "right", win.line
    if not words:
        words, line_no = _above_label(lines, win)
        position = "below"
    if not words:
        return None, "fixed", 0, False
    label = Window(tuple(words), line_no)
    same = find_label(page, [norm_word(w.text) for w in words])
    occurrence = next((i for i, s in enumerate(same) if s.bbox == label.bbox), 0)
    return label, position, occurrence, len(same) == 1
