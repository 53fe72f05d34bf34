"""A fake HTTP server on 127.0.0.1, for what a real Syncthing cannot show on demand: the exact request line a
transport sends, and answers a real server never gives.

``FakeServer(answer)`` listens on a free loopback port in a thread, records every request it receives (request
line, headers, body) and writes back the raw bytes ``answer(request)`` returns (bytes, or an iterable of them for
an answer too large to hold); connections are kept alive. An answer of ``CLOSE`` (no bytes) closes the connection
instead, after the whole request was read: a server that took the request and went away. ``drip=(at_once,
seconds)`` sends the first ``at_once`` bytes of each answer at once and the rest one byte every ``seconds``
(slowloris); ``sent`` counts the bytes written, and a writer stops as soon as the client has gone.
``syncthing_answer`` answers like a Syncthing 1.29.5 that knows no folder or device.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import BinaryIO, Self


@dataclass(frozen=True)
class Received:
    method: str
    target: str  # as sent on the request line, still percent-encoded
    headers: dict[str, str]  # names in lower case
    body: bytes


CLOSE = b""


def http_answer(
    status: int, body: bytes | str, content_type: str = "text/plain; charset=utf-8", headers: str = ""
) -> bytes:
    """A whole HTTP/1.1 answer; ``headers`` are extra header lines, each ending in CRLF."""
    payload = body.encode() if isinstance(body, str) else body
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n{headers}\r\n"
    return head.encode() + payload


def json_answer(value: object, status: int = 200) -> bytes:
    return http_answer(status, json.dumps(value), "application/json")


VERSION_1_29_5 = {
    "version": "v1.29.5",
    "codename": "Gold Grasshopper",
    "longVersion": "syncthing v1.29.5",
    "os": "linux",
    "arch": "amd64",
    "isBeta": False,
    "isCandidate": False,
    "isRelease": True,
    "date": "2025-03-30T12:00:00Z",
    "stamp": "1743336000",
    "tags": ["noupgrade"],
    "user": "debian@debian",
}


def syncthing_answer(request: Received) -> bytes:
    """A Syncthing 1.29.5 with no folders or devices: its version, and 404 for everything else."""
    if request.target == "/rest/system/version":
        return json_answer(VERSION_1_29_5)
    if request.target.startswith("/rest/config/devices/"):
        return http_answer(404, "No device with given ID\n")
    return http_answer(404, "No folder with given ID\n")


class FakeServer:
    """An HTTP/1.1 server on a free loopback port; ``received`` lists what it got, in order."""

    def __init__(
        self,
        answer: Callable[[Received], bytes | Iterable[bytes]] = syncthing_answer,
        *,
        drip: tuple[int, float] | None = None,
    ) -> None:
        self.received: list[Received] = []
        self.sent = 0
        self._answer = answer
        fake = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                self.connection.settimeout(10)
                while (request := fake._read(self.rfile)) is not None:
                    fake.received.append(request)
                    answer = fake._answer(request)
                    if answer == CLOSE:
                        return
                    try:
                        fake._write(self.connection, answer, drip)
                    except OSError:
                        return  # the client has gone

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _write(
        self, connection: socket.socket, answer: bytes | Iterable[bytes], drip: tuple[int, float] | None
    ) -> None:
        chunks = [answer] if isinstance(answer, bytes) else answer
        if drip is None:
            for chunk in chunks:
                connection.sendall(chunk)
                self.sent += len(chunk)
            return
        at_once, seconds = drip
        data = b"".join(chunks)
        connection.sendall(data[:at_once])
        self.sent += len(data[:at_once])
        for index in range(at_once, len(data)):
            time.sleep(seconds)
            connection.sendall(data[index : index + 1])
            self.sent += 1

    @staticmethod
    def _read(stream: BinaryIO) -> Received | None:
        try:
            line = stream.readline(1 << 20)
        except OSError:
            return None
        if not line:
            return None
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (header := stream.readline(1 << 20)) not in (b"\r\n", b"\n", b""):
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        body = stream.read(int(headers.get("content-length", "0")))
        return Received(method, target, headers, body)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
