"""Exact Online rate limits and server errors over real HTTP against the fake: waiting for
``X-RateLimit-Minutely-Reset`` (epoch ms) before the next call and after a 429, the daily limit
as a TransientError, and 5xx answers retried with backoff for reads only. Sleeping advances the
shared fake clock, so no test waits for real."""

from __future__ import annotations

import pytest
import requests

from app.connectors.base import TransientError


def test_minutely_limit_waits_for_the_reset_instead_of_hammering(
    exact_fake, exact_factory, exact_sign_in, clock
):
    exact_fake.calls_per_minute = 4
    conn = exact_factory()
    exact_sign_in(conn)
    start, before = clock.now(), len(exact_fake.requests)
    data = conn.fetch_master_data("100001")
    assert len(data.relations) == 6
    calls = [r for r in exact_fake.requests[before:] if r[1].startswith("/api/v1/")]
    assert len(calls) == 15  # every page exactly once: no call was refused with a 429
    assert len([s for s in clock.sleeps if s > 0]) == (len(calls) - 1) // 4
    # each wait ends exactly at the minute boundary announced in X-RateLimit-Minutely-Reset
    t = start
    for s in clock.sleeps:
        t += s
        assert t % 60 == pytest.approx(0, abs=0.01)


def test_429_from_another_client_is_waited_out(exact_fake, exact_factory, exact_sign_in, clock):
    exact_fake.calls_per_minute = 3
    conn = exact_factory()
    tokens = exact_sign_in(conn)
    # someone else (another app on the same company) uses up this minute
    for _ in range(3):
        requests.get(
            exact_fake.base_url + "/api/v1/current/Me",
            timeout=5,
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
    admins = conn.list_administrations()
    assert len(admins) == 2
    # 3 by the other client, ours refused with 429, ours again after the wait
    assert exact_fake.requests.count(("GET", "/api/v1/current/Me")) == 5
    assert clock.sleeps[0] == pytest.approx(55)  # until X-RateLimit-Minutely-Reset


def test_daily_limit_is_a_transient_error(exact_fake, connector):
    exact_fake.calls_per_day = 1
    with pytest.raises(TransientError, match="daglimiet"):
        connector.fetch_master_data("100001")


def test_server_errors_on_reads_are_retried_with_backoff(connector, exact_fake, clock):
    exact_fake.inject("status", method="GET", path="GLAccounts", times=2, status=503)
    data = connector.fetch_master_data("100001")
    assert len(data.gl_accounts) == 5
    assert clock.sleeps[:2] == [0.01, 0.02]


def test_server_errors_on_reads_give_up_after_the_retries(connector, exact_fake):
    exact_fake.inject("status", method="GET", path="Divisions", times=10, status=500)
    with pytest.raises(TransientError, match="serverfout"):
        connector.list_administrations()
    assert exact_fake.requests.count(("GET", "/api/v1/100001/system/Divisions")) == 4
