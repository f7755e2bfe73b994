"""``factuurflow sandbox [--port-exact N] [--port-twinfield N] [--state-dir DIR]``: run the local
fakes of Exact Online and Twinfield (when :mod:`app.connectors.fakes.twinfield_fake` is present)
on 127.0.0.1, seeded with the demo office, print their base URLs and the environment variables
that point Factuurflow at them, and serve until Ctrl+C. With ``--state-dir`` every change
(sign-ins, bookings, attachments) is kept in a JSON file per fake and survives a restart.
Needs no database.
"""

from __future__ import annotations

import argparse
import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.commands.base import command_parser, print_json
from app.errors import UserFacingError

REDIRECT_URI = "http://127.0.0.1:53682/callback"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command_parser(
        subparsers,
        "sandbox",
        help="lokale nep-boekhoudpakketten (Exact Online, Twinfield) starten om mee te testen",
    )
    parser.add_argument(
        "--port-exact",
        type=int,
        default=0,
        metavar="N",
        help="poort voor Exact Online (standaard: een vrije poort)",
    )
    parser.add_argument(
        "--port-twinfield",
        type=int,
        default=0,
        metavar="N",
        help="poort voor Twinfield (standaard: een vrije poort)",
    )
    parser.add_argument(
        "--state-dir", metavar="DIR", help="map waarin de toestand van de fakes bewaard blijft"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: Any) -> int:
    info = start_sandbox(args.port_exact, args.port_twinfield, args.state_dir)
    try:
        if getattr(args, "json", False):
            print_json(
                {
                    name: {"base_url": f["base_url"], "env": f["env"]}
                    for name, f in info["fakes"].items()
                }
            )
        else:
            print(describe(info), flush=True)
        wait_forever()
    except KeyboardInterrupt:
        pass
    finally:
        for fake in info["servers"]:
            fake.stop()
    return 0


def wait_forever() -> None:
    """Block until Ctrl+C (KeyboardInterrupt reaches the main thread)."""
    threading.Event().wait()


def start_sandbox(
    port_exact: int = 0, port_twinfield: int = 0, state_dir: str | None = None
) -> dict[str, Any]:
    """Start the fakes; returns ``{"fakes": {name: {base_url, env}}, "servers": [...]}``."""
    from app.connectors.fakes.exact_fake import ExactFake

    folder = Path(state_dir) if state_dir else None
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
    servers: list[Any] = []
    fakes: dict[str, dict[str, Any]] = {}
    try:
        exact = ExactFake(port=port_exact, state_path=folder / "exact.json" if folder else None)
        servers.append(exact.start())
        fakes["exact_online"] = {
            "base_url": exact.base_url,
            "env": {
                "FACTUURFLOW_EXACT_URL": exact.base_url,
                "FACTUURFLOW_EXACT_CLIENT_ID": exact.client_id,
                "FACTUURFLOW_EXACT_CLIENT_SECRET": exact.client_secret,
                "FACTUURFLOW_EXACT_REDIRECT_URI": REDIRECT_URI,
            },
        }
        twinfield = _start_twinfield(port_twinfield, folder)
        if twinfield is not None:
            servers.append(twinfield)
            env = {
                "FACTUURFLOW_TWINFIELD_URL": twinfield.base_url,
                "FACTUURFLOW_TWINFIELD_LOGIN_URL": twinfield.base_url,
                "FACTUURFLOW_TWINFIELD_REDIRECT_URI": REDIRECT_URI,
            }
            for attr, name in (("client_id", "CLIENT_ID"), ("client_secret", "CLIENT_SECRET")):
                if getattr(twinfield, attr, None):
                    env[f"FACTUURFLOW_TWINFIELD_{name}"] = getattr(twinfield, attr)
            fakes["twinfield"] = {"base_url": twinfield.base_url, "env": env}
    except OSError as exc:
        for server in servers:
            server.stop()
        raise UserFacingError(f"Sandbox kan niet starten: {exc.strerror or exc}") from exc
    return {"fakes": fakes, "servers": servers}


def _start_twinfield(port: int, folder: Path | None) -> Any | None:
    try:
        module = importlib.import_module("app.connectors.fakes.twinfield_fake")
    except ModuleNotFoundError as exc:
        if exc.name != "app.connectors.fakes.twinfield_fake":
            raise
        return None
    factory: Callable[..., Any] = module.TwinfieldFake
    return factory(port=port, state_file=folder / "twinfield.json" if folder else None).start()


def describe(info: dict[str, Any]) -> str:
    lines = ["Sandbox draait (Ctrl+C stopt):", ""]
    names = {"exact_online": "Exact Online", "twinfield": "Twinfield"}
    for key, fake in info["fakes"].items():
        lines.append(f"  {names.get(key, key):<13} {fake['base_url']}")
    if "twinfield" not in info["fakes"]:
        lines.append("  Twinfield     (nog niet beschikbaar)")
    lines += ["", "Zet deze omgevingsvariabelen voor Factuurflow:", ""]
    for fake in info["fakes"].values():
        lines += [f"  export {name}={value}" for name, value in fake["env"].items()]
    return "\n".join(lines)
