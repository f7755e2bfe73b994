"""The machinery of the message catalogue: a :class:`Template` compiled from a Dutch/English pair,
and :func:`translate`, which matches a text (or each run of its sentences) against the templates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.i18n_messages.terms import ALTERNATIVE_SLOTS, NESTED_SLOTS, TERM_SLOTS, term

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Where sentences of a joined text meet: after . ! ? followed by a space, "; ", " | ", new lines.
_SEPARATOR = re.compile(r"(\s+\|\s+|\s*\n\s*|;\s+|(?<=[.!?])\s+)")
_MAX_RUN = 12  # sentences one template may span


@dataclass(frozen=True)
class Template:
    """One message: the Dutch template, its English, and the compiled Dutch pattern."""

    nl: str
    en: str
    pattern: re.Pattern[str]
    prefix: str  # the literal text before the first placeholder
    anchor: str  # the longest literal piece, for a quick ``in`` test before the regex
    weight: int  # number of literal characters: the more, the more specific

    def fill(self, match: re.Match[str], recurse: Callable[[str], str]) -> str:
        values = match.groupdict()

        def value(name: str) -> str:
            text = values[name]
            if name in TERM_SLOTS:
                return term(text)
            if name in NESTED_SLOTS:
                return recurse(text)
            if name in ALTERNATIVE_SLOTS:
                return text.replace(" of ", " or ")
            return text

        return _PLACEHOLDER.sub(lambda m: value(m.group(1)), self.en)


def msg(nl: str, en: str) -> Template:
    """Declare a message: ``{name}`` placeholders in ``nl`` match any text, and their values go
    into the same placeholders of ``en``."""
    literals = _PLACEHOLDER.split(nl)[0::2]
    names = _PLACEHOLDER.findall(nl)
    missing = set(_PLACEHOLDER.findall(en)) - set(names)
    if missing:
        raise ValueError(f"{en!r} uses {sorted(missing)}, which {nl!r} does not have")
    parts, seen = [], set()
    for i, literal in enumerate(literals):
        parts.append(re.escape(literal))
        if i < len(names):
            name = names[i]
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    pattern = re.compile(r"\A" + "".join(parts) + r"\Z", re.DOTALL)
    return Template(
        nl=nl,
        en=en,
        pattern=pattern,
        prefix=literals[0],
        anchor=max(literals, key=len),
        weight=sum(len(x) for x in literals),
    )


def _first(text: str, catalogue: Sequence[Template]) -> tuple[Template, re.Match[str]] | None:
    for t in catalogue:
        if not text.startswith(t.prefix) or t.anchor not in text:
            continue
        m = t.pattern.match(text)
        if m is not None:
            return t, m
    return None


def match_template(text: str, catalogue: Sequence[Template]) -> Template | None:
    """The first template of ``catalogue`` that the whole of ``text`` matches."""
    found = _first(text, catalogue)
    return found[0] if found else None


def _match(text: str, catalogue: Sequence[Template], recurse: Callable[[str], str]) -> str | None:
    found = _first(text, catalogue)
    return found[0].fill(found[1], recurse) if found else None


def translate(text: str, catalogue: Sequence[Template], recurse: Callable[[str], str]) -> str:
    """``text`` with every run of sentences that is a known message in English."""
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    whole = _match(core, catalogue, recurse)
    if whole is not None:
        return lead + whole + trail
    pieces = _SEPARATOR.split(core)
    segments, separators = pieces[0::2], pieces[1::2]
    if len(segments) == 1:
        return text
    out: list[str] = []
    i = 0
    while i < len(segments):
        end = i + 1
        found = segments[i]
        for j in range(min(len(segments), i + _MAX_RUN), i, -1):
            run = segments[i]
            for k in range(i + 1, j):
                run += separators[k - 1] + segments[k]
            english = _match(run, catalogue, recurse) if (i, j) != (0, len(segments)) else None
            if english is not None:
                found, end = english, j
                break
        out.append(found)
        if end < len(segments):
            out.append(separators[end - 1])
        i = end
    return lead + "".join(out) + trail
