"""English for the Dutch texts the services, connectors and readers write for the user.

The stored data stays Dutch (an error on a received file, a system comment, an export message is
the office's record); the interface translates at display time. Each message is declared once as
a pair, ``msg("Te veel pagina's ({n}, maximum {max})", "Too many pages ({n}, maximum {max})")``,
and compiled to an anchored regular expression on the Dutch side in which every placeholder
matches any text. :func:`to_english` finds the template a text was made from and fills the values
into the English template: unchanged, except placeholders named after a domain term (``label``,
``what``, ``who``, ...) whose Dutch value is looked up in :data:`~app.i18n_messages.terms.TERMS`,
and placeholders that carry another message (``exc``, ``detail``, ...) which are translated in
turn. A text made of several known sentences (joined with ". ", "; ", " | " or a new line) is
translated sentence by sentence; an unknown text (the package's own words, a name) comes back as
it was. The catalogue lives in :mod:`.errors`, :mod:`.connectors`, :mod:`.reading` and
:mod:`.checks`.
"""

from __future__ import annotations

import functools

from app.i18n_messages.engine import Template, match_template, msg, translate
from app.i18n_messages.terms import NESTED_SLOTS, TERM_SLOTS, TERMS

__all__ = [
    "CATALOGUE",
    "NESTED_SLOTS",
    "TERMS",
    "TERM_SLOTS",
    "Template",
    "msg",
    "template_for",
    "to_english",
]


def _catalogue() -> tuple[Template, ...]:
    from app.i18n_messages import checks, connectors, errors, reading

    templates = [*errors.MESSAGES, *connectors.MESSAGES, *reading.MESSAGES, *checks.MESSAGES]
    # the most specific template first: "{label}: grootboekrekening {code} bestaat niet ..."
    # before "{label}: {what} {code} bestaat niet ..."
    return tuple(sorted(templates, key=lambda t: -t.weight))


CATALOGUE: tuple[Template, ...] = _catalogue()


@functools.lru_cache(maxsize=8192)
def to_english(text: str) -> str:
    """The English of a known Dutch message (or of several joined); ``text`` itself otherwise."""
    return translate(text, CATALOGUE, to_english)


def template_for(text: str) -> Template | None:
    """The template the whole of ``text`` was made from, if the catalogue knows it."""
    return match_template(text, CATALOGUE)
