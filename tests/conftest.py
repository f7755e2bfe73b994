"""Shared fixtures: an isolated data folder, an in-memory keyring, and a database per test on
SQLite and (when FACTUURFLOW_TEST_PG_URL points at a server, as in CI) PostgreSQL.

Tests in tests/ui/ are marked ``gui`` automatically and run offscreen.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FACTUURFLOW_DATA_DIR", None)

PG_URL = os.environ.get("FACTUURFLOW_TEST_PG_URL")
IN_CI = os.environ.get("CI") == "true"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch, tmp_path):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    yield backend
    keyring.set_keyring(previous)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


def _pg_database():
    """Create a fresh PostgreSQL database; returns (url, drop function)."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    name = f"ff_test_{uuid.uuid4().hex[:12]}"
    admin_dsn = base.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False
    )
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    url = base.set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False
    )
    return url, drop


def _backends():
    params = ["sqlite"]
    if PG_URL or IN_CI:
        params.append("postgresql")
    return params


@pytest.fixture(params=_backends())
def db_url(request, tmp_path) -> str:
    """A database URL for an empty database, on every backend under test."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'factuurflow.db'}"
        return
    if not PG_URL:
        pytest.fail("CI must provide FACTUURFLOW_TEST_PG_URL for the PostgreSQL tests")
    url, drop = _pg_database()
    yield url
    drop()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def app_ctx(data_dir, db_url):
    from app.services.context import AppContext

    ctx = AppContext.open(str(data_dir), db_url)
    yield ctx
    ctx.close()


@pytest.fixture
def demo_app(app_ctx):
    """An AppContext holding the demo office (users, departments, administrations)."""
    from app.services.demo import create_demo_office

    create_demo_office(app_ctx)
    return app_ctx


@pytest.fixture
def services_as(demo_app):
    """``services_as(email)`` → Services acting as that demo user."""
    from app.services.context import Services

    def make(email: str):
        return Services(demo_app, demo_app.actor_for(email))

    return make


@pytest.fixture
def cli(data_dir, db_url, capsys):
    """Run the CLI in-process: ``cli("user", "list", "--json")`` → (exit code, stdout, stderr)."""
    from app.cli import main

    def run(*argv: str):
        code = main(["--data-dir", str(data_dir), "--db", db_url, *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
