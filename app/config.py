"""One place for paths, settings and secrets.

Paths come from platformdirs (data, config, log folders), all overridable at once with
``--data-dir`` (then everything lives under that folder). Settings are declared once in
:data:`SETTINGS` with type, default and description and stored as JSON in the config folder;
environment variables ``FACTUURFLOW_<NAME>`` override them. Tokens and passwords never live
here: they go to the operating system's keyring via :func:`get_secret`/:func:`set_secret`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import InvalidInput

APP_NAME = "factuurflow"
KEYRING_SERVICE = "factuurflow"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("language", str, "nl", "Taal van de interface (nl of en)"),
        Setting("workers", int, 2, "Aantal processen dat documenten leest"),
        Setting("ocr_dpi", int, 300, "Resolutie voor OCR van scans"),
        Setting("watch_polling", bool, False, "Mappen pollen (netwerkschijven) i.p.v. events"),
        Setting("last_user_email", str, "", "Laatst aangemelde gebruiker"),
        Setting("sandbox", bool, False, "Koppelingen naar de lokale sandbox van de pakketten"),
        Setting("exact_url", str, "", "Basis-URL van Exact Online (leeg = standaard)"),
        Setting("twinfield_url", str, "", "Basis-URL van Twinfield (leeg = standaard)"),
        Setting("twinfield_login_url", str, "", "Login-URL van Twinfield (leeg = standaard)"),
    ]
}


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "factuurflow.db"

    @property
    def store(self) -> Path:
        """Content-addressed store of received files."""
        return self.data / "store"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> Paths:
        for p in (self.data, self.config, self.logs, self.store):
            p.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for this run; ``data_dir`` (or FACTUURFLOW_DATA_DIR) puts everything in one folder."""
    chosen = data_dir or os.environ.get("FACTUURFLOW_DATA_DIR")
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data=root, config=root / "config", logs=root / "logs")
    return Paths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


class Settings:
    """Typed access to the declared settings, persisted as JSON."""

    def __init__(self, paths: Paths):
        self._file = paths.settings_file
        try:
            self._values: dict[str, Any] = json.loads(self._file.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            self._values = {}

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        env = os.environ.get(f"FACTUURFLOW_{name.upper()}")
        if env is not None:
            return _coerce(setting, env)
        if name in self._values:
            return _coerce(setting, self._values[name])
        return setting.default

    def set(self, name: str, value: Any) -> None:
        if name not in SETTINGS:
            raise InvalidInput(f"Onbekende instelling: {name}")
        self._values[name] = _coerce(SETTINGS[name], value)
        self._file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, ensure_ascii=False), "utf-8")
        os.replace(tmp, self._file)


def _coerce(setting: Setting, value: Any) -> Any:
    try:
        if setting.type is bool and isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "ja", "on")
        return setting.type(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"Instelling {setting.name}: ongeldige waarde {value!r}") from exc


def setup_logging(paths: Paths, level: int = logging.INFO) -> None:
    """A rotating log file in the log folder (5 x 2 MB); secrets are never logged."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    target = str(paths.logs / "factuurflow.log")
    for h in root.handlers:
        if getattr(h, "baseFilename", None) == target:
            return
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def get_secret(key: str) -> str | None:
    import keyring

    return keyring.get_password(KEYRING_SERVICE, key)


def set_secret(key: str, value: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, key, value)


def delete_secret(key: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, key)
