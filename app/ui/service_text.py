"""Show text that comes from the services in the interface's language.

The services write Dutch (an error, a reader's reason stored on a received file, a system comment,
an export message) and the stored data stays Dutch; when the interface is English these helpers
put the text through the message catalogue (:func:`app.i18n_messages.to_english`) at display
time. Unknown text (a person's comment, the package's own words) is shown as it is. Cheap enough
for a model's ``data()``: the catalogue is precompiled and results are cached.
"""

from __future__ import annotations

from app.i18n_messages import to_english
from app.ui.i18n import current_language


def shown(text: str | None) -> str:
    """``text`` as the interface shows it: English when the interface is English."""
    if not text:
        return ""
    return to_english(text) if current_language() == "en" else text


def error_text(exc: BaseException) -> str:
    """The message of ``exc`` in the interface's language."""
    return shown(str(exc))


def comment_text(text: str, code: str | None, created_by: str | None) -> str:
    """A comment's text: translated only when the system made it (it has a check code and no
    author); what a person typed is shown as typed."""
    if code and not created_by:
        return shown(text)
    return text
