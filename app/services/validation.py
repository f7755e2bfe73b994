"""Input checks shared by the services: e-mail addresses, names, KvK numbers, roles, languages.

Each raises :class:`app.errors.InvalidInput` with a Dutch message that says what is wrong.
"""

from __future__ import annotations

import re

from app.errors import InvalidInput
from app.models.enums import ROLE_LABELS, Role

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
LANGUAGES = ("nl", "en")


def clean_email(value: str | None) -> str:
    email = (value or "").strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise InvalidInput(f"Ongeldig e-mailadres: {value!r}")
    return email


def clean_name(value: str | None, label: str, max_len: int = 100) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise InvalidInput(f"{label} is verplicht.")
    if len(name) > max_len:
        raise InvalidInput(f"{label} is te lang (maximaal {max_len} tekens).")
    return name


def clean_role(value: str | None) -> Role:
    text = (value or "").strip().lower()
    for role, (nl, en) in ROLE_LABELS.items():
        if text in (role.value, nl.lower(), en.lower()):
            return role
    names = ", ".join(label for label, _ in ROLE_LABELS.values())
    raise InvalidInput(f"Onbekende rol: {value!r} (kies uit {names})")


def clean_language(value: str | None) -> str:
    lang = (value or "nl").strip().lower()
    if lang not in LANGUAGES:
        raise InvalidInput(f"Onbekende taal: {value!r} (nl of en)")
    return lang


def clean_kvk(value: str | None) -> str | None:
    """A KvK number is 8 digits; spaces and dots are ignored. Empty means none."""
    if value is None:
        return None
    digits = re.sub(r"[\s.]", "", str(value))
    if not digits:
        return None
    if not re.fullmatch(r"\d{8}", digits):
        raise InvalidInput(f"Ongeldig KvK-nummer: {value!r} (8 cijfers)")
    return digits
