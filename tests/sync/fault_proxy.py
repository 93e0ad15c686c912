"""A small HTTP fault proxy on 127.0.0.1 between the sync client and the real server.

Each new client connection takes the next fault from `script` (then "pass"):
- "pass": forward both ways until either side closes;
- "status:CODE[:RETRY_AFTER]": read the request, answer CODE (JSON body) and close;
- "timeout": read the request, then say nothing for `hang_seconds` and close;
- "cut_request": read half of the request, then close (the server never sees it);
- "cut_response": forward the whole request, read the server's full answer, send only
  half of it to the client and close (the server HAS stored it; the client can't know);
- "reset": close at once without reading.
`requests_seen` counts requests that reached the proxy; `forwarded` those that reached
the server. Loopback only; bounded by the test's own request loop.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time


def _read_request(conn: socket.socket, limit: int = 2_000_000) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
        if len(data) > limit:
            return data
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _read_response(conn: socket.socket) -> bytes:
    return _read_request(conn)  # same framing: head + Content-Length body


class FaultProxy:
    def __init__(self, upstream_port: int, port: int = 0, hang_seconds: float = 3.0):
        self.upstream = ("127.0.0.1", upstream_port)
        self.script: list[str] = []
        self.requests_seen = 0
        self.forwarded = 0
        self.hang_seconds = hang_seconds
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self.port = port
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(0.2)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stopping.clear()
        thread = threading.Thread(target=self._accept_loop, args=(listener,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        """Stop listening: the server is 'down' (connection refused) until start()."""
        self._stopping.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _next_fault(self) -> str:
        with self._lock:
            return self.script.pop(0) if self.script else "pass"

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopping.is_set():
            try:
                client, _addr = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            fault = self._next_fault()
            threading.Thread(target=self._handle, args=(client, fault), daemon=True).start()

    def _handle(self, client: socket.socket, fault: str) -> None:
        client.settimeout(30)
        with contextlib.closing(client):
            if fault == "reset":
                return
            if fault == "cut_request":
                data = client.recv(200)
                if data:
                    with self._lock:
                        self.requests_seen += 1
                return
            if fault == "pass":
                self._pipe(client)
                return
            request = _read_request(client)
            if not request:
                return
            with self._lock:
                self.requests_seen += 1
            if fault.startswith("status:"):
                parts = fault.split(":")
                code = int(parts[1])
                body = json.dumps({"detail": "Testfehler", "code": "injected"}).encode()
                headers = [f"HTTP/1.1 {code} Injected", "Content-Type: application/json",
                           f"Content-Length: {len(body)}", "Connection: close"]
                if len(parts) > 2:
                    headers.append(f"Retry-After: {parts[2]}")
                client.sendall(("\r\n".join(headers) + "\r\n\r\n").encode() + body)
            elif fault == "timeout":
                time.sleep(self.hang_seconds)
            elif fault == "cut_response":
                with socket.create_connection(self.upstream, timeout=30) as up:
                    up.sendall(request)
                    with self._lock:
                        self.forwarded += 1
                    response = _read_response(up)
                client.sendall(response[: max(1, len(response) // 2)])

    def _pipe(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
        except OSError:
            return
        counted = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, count: bool) -> None:
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    if count:
                        with self._lock:
                            n = data.count(b" HTTP/1.1\r\n")
                            self.requests_seen += n
                            self.forwarded += n
                        counted.set()
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)

        with contextlib.closing(upstream):
            t = threading.Thread(target=pump, args=(upstream, client, False), daemon=True)
            t.start()
            pump(client, upstream, True)
            t.join(timeout=30)
