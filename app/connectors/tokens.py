"""Where a connector's tokens live and how they are kept fresh. :class:`TokenStore` is the
get/set/delete-by-key protocol; :class:`KeyringTokenStore` keeps each account's whole
:class:`~app.connectors.base.Tokens` as ONE JSON keyring entry (service "factuurflow"), so a
rotated refresh token and its access token are replaced atomically; :class:`MemoryTokenStore`
is for tests. :class:`TokenKeeper` hands out an access token, refreshing first when it expires
within 60 seconds, and turns a missing or rejected refresh token into
:class:`~app.connectors.base.NeedsSignIn`. Token values are never logged.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from app.connectors.base import ConnectorError, NeedsSignIn, Tokens

log = logging.getLogger(__name__)

KEYRING_SERVICE = "factuurflow"
REFRESH_MARGIN_SECONDS = 60.0
_KEYRING_MISSING = (
    "Het wachtwoordbeheer van het besturingssysteem is niet beschikbaar ({exc}); "
    "Factuurflow bewaart aanmeldgegevens alleen daar."
)


class TokenStore(Protocol):
    def get(self, key: str) -> Tokens | None: ...

    def set(self, key: str, tokens: Tokens) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryTokenStore:
    """Tokens in a dict; for tests and for the sandbox."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Tokens | None:
        with self._lock:
            raw = self._data.get(key)
        return Tokens.from_json(raw) if raw else None

    def set(self, key: str, tokens: Tokens) -> None:
        with self._lock:
            self._data[key] = tokens.to_json()

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)


class KeyringTokenStore:
    """Tokens in the operating system's keyring, one JSON entry per account key."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    def get(self, key: str) -> Tokens | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            raw = keyring.get_password(self.service, key)
        except KeyringError as exc:
            raise ConnectorError(_KEYRING_MISSING.format(exc=type(exc).__name__)) from None
        if not raw:
            return None
        try:
            return Tokens.from_json(raw)
        except (ValueError, KeyError, TypeError):
            log.warning("Unreadable token entry for %s in the keyring; sign-in needed", key)
            return None

    def set(self, key: str, tokens: Tokens) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self.service, key, tokens.to_json())
        except KeyringError as exc:
            raise ConnectorError(_KEYRING_MISSING.format(exc=type(exc).__name__)) from None

    def delete(self, key: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(self.service, key)


class TokenKeeper:
    """Valid tokens for one account: loads from the store, refreshes when they expire within
    :data:`REFRESH_MARGIN_SECONDS`, stores the rotated result before returning it.

    ``refresh_fn(tokens) -> Tokens`` is the connector's refresh call; it raises NeedsSignIn on
    invalid_grant, in which case the stored tokens are deleted (they can never work again).
    """

    def __init__(
        self,
        store: TokenStore,
        key: str,
        refresh_fn: Callable[[Tokens], Tokens],
        clock: Callable[[], float] = time.time,
        margin: float = REFRESH_MARGIN_SECONDS,
    ) -> None:
        self.store = store
        self.key = key
        self._refresh_fn = refresh_fn
        self._clock = clock
        self._margin = margin
        self._lock = threading.Lock()

    def save(self, tokens: Tokens) -> None:
        self.store.set(self.key, tokens)

    def current(self) -> Tokens:
        """Tokens valid for at least the margin; refreshes (and stores) when needed."""
        with self._lock:
            tokens = self.store.get(self.key)
            if tokens is None:
                raise NeedsSignIn("Niet aangemeld bij het boekhoudpakket; meld opnieuw aan.")
            if tokens.expires_within(self._margin, now=self._clock()):
                tokens = self._refresh_locked(tokens)
            return tokens

    def force_refresh(self, rejected_access_token: str) -> Tokens:
        """Refresh after the package rejected ``rejected_access_token`` (401), unless another
        thread has already replaced it."""
        with self._lock:
            tokens = self.store.get(self.key)
            if tokens is None:
                raise NeedsSignIn("Niet aangemeld bij het boekhoudpakket; meld opnieuw aan.")
            if tokens.access_token != rejected_access_token:
                return tokens
            return self._refresh_locked(tokens)

    def refresh_now(self, tokens: Tokens) -> Tokens:
        """Refresh ``tokens`` unconditionally and store the rotated result."""
        with self._lock:
            return self._refresh_locked(tokens)

    def _refresh_locked(self, tokens: Tokens) -> Tokens:
        if not tokens.refresh_token:
            raise NeedsSignIn("De aanmelding is verlopen; meld opnieuw aan.")
        try:
            new = self._refresh_fn(tokens)
        except NeedsSignIn:
            log.info("Refresh token for %s rejected; sign-in needed", self.key)
            self.store.delete(self.key)
            raise
        self.store.set(self.key, new)
        log.debug("Tokens for %s refreshed", self.key)
        return new
