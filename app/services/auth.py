"""Logging in and the first start: password hashing with scrypt, organisation set-up.

Passwords are hashed with scrypt (memory-hard KDF from the standard library) and a random salt;
the stored string carries its parameters so they can be raised later without breaking old hashes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from sqlalchemy import func, select

from app.errors import InvalidInput, PermissionDenied, UserFacingError
from app.models import Organisation, User
from app.models.base import utcnow
from app.models.enums import Role, UserStatus
from app.services.context import Actor, AppContext, actor_of
from app.services.validation import clean_email, clean_name

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        calc = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(calc, base64.b64decode(digest))


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"Het wachtwoord moet minstens {MIN_PASSWORD} tekens hebben.")


def needs_setup(app: AppContext) -> bool:
    """True when no user exists yet: the first start creates the organisation."""
    with app.transaction() as s:
        return (s.scalar(select(func.count(User.id))) or 0) == 0


def setup_organisation(
    app: AppContext,
    *,
    organisation: str,
    first_name: str,
    last_name: str,
    email: str,
    password: str,
    language: str = "nl",
) -> Actor:
    """Create the organisation and its first Beheerder (only on an empty database)."""
    check_password_strength(password)
    with app.transaction() as s:
        if s.scalar(select(func.count(User.id))):
            raise UserFacingError("De organisatie bestaat al.")
        s.add(Organisation(name=clean_name(organisation, "Naam van de organisatie")))
        user = User(
            first_name=clean_name(first_name, "Voornaam"),
            last_name=clean_name(last_name, "Achternaam"),
            email=clean_email(email),
            role=Role.BEHEERDER,
            status=UserStatus.ACTIVE,
            language=language,
            password_hash=hash_password(password),
            last_login_at=utcnow(),
        )
        s.add(user)
        s.flush()
        return actor_of(user)


def login(app: AppContext, email: str, password: str) -> Actor:
    """Check e-mail and password; a user who logs in for the first time becomes Actief."""
    wrong = PermissionDenied("Onjuist e-mailadres of wachtwoord.")
    with app.transaction() as s:
        user = s.scalar(select(User).where(User.email == (email or "").strip().lower()))
        if user is None or not verify_password(password, user.password_hash):
            raise wrong
        if user.status == UserStatus.DEACTIVATED:
            raise PermissionDenied(
                "Dit account is gedeactiveerd. Neem contact op met uw beheerder."
            )
        user.last_login_at = utcnow()
        if user.status == UserStatus.CREATED:
            user.status = UserStatus.ACTIVE
        return actor_of(user)
