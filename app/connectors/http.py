"""The HTTP layer under every REST connector: a ``requests.Session`` wrapper with timeouts,
exponential backoff on connection errors and 5xx for idempotent requests, rate-limit handling
(HTTP 429 and the package's rate-limit headers) and pagination helpers.

A POST (or any non-idempotent request) is NEVER blindly retried once it may have reached the
server: a timeout, dropped connection or 5xx raises :class:`TransientError` ("outcome unknown")
so the exactly-once layer can call ``find_booking`` first. A POST that certainly did not reach the
server (connection refused, connect timeout) or was refused with 429 is retried. Sleeping goes
through an injectable ``sleep`` so tests run fast. Only method, path and status are logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from app.connectors.base import TransientError

log = logging.getLogger(__name__)

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class RateLimiter:
    """Reads rate-limit headers and says how long to wait.

    Exact Online sends ``X-RateLimit-Minutely-Limit/-Remaining/-Reset`` (per company per minute)
    and ``X-RateLimit-Limit/-Remaining/-Reset`` (per day); both resets are UTC epoch
    MILLISECONDS. A generic ``Retry-After`` (seconds) is honoured too. When the minutely
    allowance is used up the next request waits until the reset instead of earning a 429.
    """

    def __init__(self, clock: Callable[[], float] = time.time, max_wait: float = 90.0):
        self.clock = clock
        self.max_wait = max_wait
        self.minutely_remaining: int | None = None
        self.minutely_reset: float | None = None  # epoch seconds
        self.daily_remaining: int | None = None
        self.daily_reset: float | None = None

    def observe(self, resp: requests.Response) -> None:
        h = resp.headers
        if "X-RateLimit-Minutely-Remaining" in h:
            self.minutely_remaining = _int(h.get("X-RateLimit-Minutely-Remaining"))
            self.minutely_reset = _epoch_ms(h.get("X-RateLimit-Minutely-Reset"))
        if "X-RateLimit-Remaining" in h:
            self.daily_remaining = _int(h.get("X-RateLimit-Remaining"))
            self.daily_reset = _epoch_ms(h.get("X-RateLimit-Reset"))

    def wait_before_request(self) -> float:
        """Seconds to wait before the next request (0 when allowance is left)."""
        if self.minutely_remaining == 0 and self.minutely_reset:
            return max(0.0, min(self.minutely_reset - self.clock(), self.max_wait))
        return 0.0

    def wait_after_429(self, resp: requests.Response) -> float:
        """Seconds to wait after a 429; raises TransientError when the DAILY limit is spent."""
        self.observe(resp)
        now = self.clock()
        retry_after = resp.headers.get("Retry-After")
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_wait)
        if self.minutely_remaining == 0 and self.minutely_reset:
            return max(0.0, min(self.minutely_reset - now, self.max_wait))
        if self.daily_remaining == 0:
            raise TransientError("De daglimiet van het boekhoudpakket is bereikt; probeer later.")
        return min(60.0, self.max_wait)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _epoch_ms(value: str | None) -> float | None:
    n = _int(value)
    return n / 1000.0 if n else None


class HttpClient:
    """A Session with retries, backoff, rate limiting and pagination; see the module doc."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 20.0,
        max_rate_limit_retries: int = 5,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        session: requests.Session | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_rate_limit_retries = max_rate_limit_retries
        self.sleep = sleep
        self.session = session or requests.Session()
        self.rate_limiter = rate_limiter or RateLimiter(clock=clock)

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Any = None,
        idempotent: bool | None = None,
    ) -> requests.Response:
        """Send one request; returns any response below 500 except 429 (the caller maps 4xx).

        Raises TransientError on network errors and 5xx once retries are exhausted, and at
        once for a non-idempotent request whose outcome is unknown.
        """
        method = method.upper()
        retry_unknown = method in IDEMPOTENT if idempotent is None else idempotent
        path = urlsplit(url).path
        failures = 0
        limited = 0
        while True:
            wait = self.rate_limiter.wait_before_request()
            if wait > 0:
                log.info("Rate limit reached; waiting %.1f s before %s %s", wait, method, path)
                self.sleep(wait)
            try:
                resp = self.session.request(
                    method,
                    url,
                    headers=headers,
                    params=params,
                    json=json,
                    data=data,
                    timeout=self.timeout,
                )
            except requests.RequestException as exc:
                sent = not _certainly_not_sent(exc)
                log.warning("%s %s failed: %s", method, path, type(exc).__name__)
                if (sent and not retry_unknown) or failures >= self.max_retries:
                    raise TransientError(_network_message(method, sent, retry_unknown)) from None
                failures += 1
                self.sleep(self._backoff(failures))
                continue
            self.rate_limiter.observe(resp)
            log.debug("%s %s -> %s", method, path, resp.status_code)
            if resp.status_code == 429:
                if limited >= self.max_rate_limit_retries:
                    raise TransientError("Het boekhoudpakket blijft 'te veel verzoeken' melden.")
                limited += 1
                wait = self.rate_limiter.wait_after_429(resp)
                log.info("429 on %s %s; waiting %.1f s", method, path, wait)
                self.sleep(wait)
                continue
            if resp.status_code >= 500:
                log.warning("%s %s -> %s", method, path, resp.status_code)
                if not retry_unknown or failures >= self.max_retries:
                    raise TransientError(
                        f"Het boekhoudpakket gaf een serverfout ({resp.status_code})"
                        + ("; uitkomst onbekend." if not retry_unknown else ".")
                    )
                failures += 1
                self.sleep(self._backoff(failures))
                continue
            return resp

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff * (2 ** (attempt - 1)), self.max_backoff)

    def iter_pages(
        self,
        url: str,
        *,
        parse: Callable[[Any], tuple[list[Any], str | None]],
        params: Mapping[str, Any] | None = None,
        headers: Callable[[], Mapping[str, str]] | None = None,
    ) -> Iterator[Any]:
        """Yield every item of a paged JSON GET (see :func:`follow_pages`); ``headers`` is a
        callable so a token refreshed between pages is used. Non-2xx answers raise
        TransientError here; connectors that map 4xx themselves use :func:`follow_pages`."""

        def get(page_url: str, page_params: Mapping[str, Any] | None) -> Any:
            resp = self.request(
                "GET", page_url, headers=headers() if headers else None, params=page_params
            )
            if not resp.ok:
                raise TransientError(
                    f"Onverwacht antwoord van het boekhoudpakket ({resp.status_code})."
                )
            return resp.json()

        return follow_pages(get, url, parse, params)


def follow_pages(
    get: Callable[[str, Mapping[str, Any] | None], Any],
    url: str,
    parse: Callable[[Any], tuple[list[Any], str | None]],
    params: Mapping[str, Any] | None = None,
    max_pages: int = 100_000,
) -> Iterator[Any]:
    """Follow next-page links to the end: ``get(url, params) -> payload`` fetches one page,
    ``parse(payload) -> (items, next_url)`` splits it. The next URL already carries the query,
    so ``params`` only goes with the first request. A next link that repeats stops the loop."""
    next_url: str | None = url
    page_params = params
    seen: set[str] = set()
    while next_url and len(seen) < max_pages:
        seen.add(next_url)
        items, following = parse(get(next_url, page_params))
        yield from items
        page_params = None
        next_url = following if following not in seen else None


def _certainly_not_sent(exc: requests.RequestException) -> bool:
    """True when the request cannot have reached the server (safe to retry any method)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError):
        text = repr(exc.args[0]) if exc.args else ""
        return "NewConnectionError" in text or "Connection refused" in text
    return False


def _network_message(method: str, sent: bool, retry_unknown: bool) -> str:
    if sent and not retry_unknown:
        return (
            f"Geen antwoord van het boekhoudpakket op {method}; de uitkomst is onbekend. "
            "Controleer of de boeking is aangekomen voordat u opnieuw exporteert."
        )
    return "Het boekhoudpakket is niet bereikbaar (netwerkfout of time-out)."
