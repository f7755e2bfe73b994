"""The shared base of the package fakes: a threaded ``http.server`` on 127.0.0.1 (port 0 picks a
free one) with ``start()``, ``stop()`` and ``base_url``, regex routing to handler methods, an
in-memory ``state`` dict optionally persisted as JSON (sandbox mode), a request log, and a fault
injection API: answer with an error status, drop the connection before or after the request is
handled, or handle it and then stall past the client's timeout. Handlers run one at a time under
``self.lock``, so fakes need no locking of their own.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger(__name__)

FaultKind = Literal["status", "drop_before", "drop_after", "delay_after"]


@dataclass
class FakeRequest:
    method: str
    path: str  # without query string, percent-decoding left to the handler
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes
    match: re.Match[str] | None = None

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8")) if self.body else None

    def form(self) -> dict[str, str]:
        parsed = parse_qs(self.body.decode("utf-8"), keep_blank_values=True)
        return {k: v[-1] for k, v in parsed.items()}


@dataclass
class FakeResponse:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: dict[str, str] | None = None):
        body = json.dumps(data, default=str).encode("utf-8")
        hdrs = {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
        return cls(status, body, hdrs)

    @classmethod
    def text(cls, text: str, status: int = 200, content_type: str = "text/plain"):
        return cls(status, text.encode("utf-8"), {"Content-Type": f"{content_type}; charset=utf-8"})

    @classmethod
    def redirect(cls, location: str, status: int = 302):
        return cls(status, b"", {"Location": location})


@dataclass
class Fault:
    kind: FaultKind
    method: str | None = None
    path: str | None = None  # regex searched in the path
    times: int = 1
    status: int = 500
    delay: float = 0.0
    body: bytes = b""

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return not (self.path and not re.search(self.path, path))


Route = tuple[str, re.Pattern[str], Callable[[FakeRequest], FakeResponse]]


class FakeServer:
    """Base class: subclasses call :meth:`route` in ``__init__`` and keep data in ``state``."""

    name = "fake"

    def __init__(self, port: int = 0, state_path: str | Path | None = None):
        self.port = port
        self.state_path = Path(state_path) if state_path else None
        self.state: dict[str, Any] = {}
        self.lock = threading.RLock()
        self.requests: list[tuple[str, str]] = []
        self._faults: list[Fault] = []
        self._routes: list[Route] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> FakeServer:
        if self.state_path and self.state_path.exists():
            self.state = json.loads(self.state_path.read_text("utf-8"))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{self.name}-fake",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        self.persist()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def persist(self) -> None:
        """Write ``state`` to the state file (sandbox mode); a no-op without one."""
        if self.state_path:
            with self.lock:
                tmp = self.state_path.with_suffix(".tmp")
                tmp.write_text(json.dumps(self.state, default=str, indent=1), "utf-8")
                tmp.replace(self.state_path)

    # ------------------------------------------------------------------ routing and faults
    def route(self, method: str, pattern: str, fn: Callable[[FakeRequest], FakeResponse]) -> None:
        self._routes.append((method.upper(), re.compile(pattern + r"\Z"), fn))

    def inject(
        self,
        kind: FaultKind,
        *,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
        status: int = 500,
        delay: float = 0.0,
        body: bytes = b"",
    ) -> Fault:
        """Make the next ``times`` matching requests fail in the given way."""
        fault = Fault(kind, method, path, times, status, delay, body)
        with self.lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self._faults:
                if fault.times > 0 and fault.matches(method, path):
                    fault.times -= 1
                    return fault
        return None

    def dispatch(self, req: FakeRequest) -> FakeResponse:
        for method, pattern, fn in self._routes:
            m = pattern.match(req.path)
            if m and method == req.method:
                req.match = m
                with self.lock:
                    return fn(req)
        return self.not_found(req)

    def not_found(self, req: FakeRequest) -> FakeResponse:
        return FakeResponse.text("Not found", 404)

    def before_request(self, req: FakeRequest) -> FakeResponse | None:
        """Hook for rate limiting or auth checks; return a response to short-circuit."""
        return None


def _make_handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # headers and body go out as two writes; without this, Nagle + delayed ACK
            # add ~40 ms to every keep-alive request
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            log.debug("%s: " + format, server.name, *args)

        def _handle(self) -> None:
            split = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            query = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            req = FakeRequest(self.command, split.path, query, headers, body)
            with server.lock:
                server.requests.append((req.method, req.path))
            fault = server._take_fault(req.method, req.path)
            if fault and fault.kind == "drop_before":
                self.close_connection = True
                return
            if fault and fault.kind == "status":
                resp = FakeResponse(fault.status, fault.body, {"Content-Type": "text/plain"})
            else:
                resp = server.before_request(req) or server.dispatch(req)
                if req.method != "GET":
                    server.persist()
            if fault and fault.kind == "drop_after":
                self.close_connection = True
                return
            if fault and fault.kind == "delay_after":
                time.sleep(fault.delay)
            self._send(resp)

        def _send(self, resp: FakeResponse) -> None:
            try:
                self.send_response(resp.status)
                for name, value in resp.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(resp.body)))
                self.end_headers()
                self.wfile.write(resp.body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        do_GET = do_POST = do_PUT = do_DELETE = _handle

    return Handler
