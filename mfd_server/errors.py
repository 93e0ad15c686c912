"""API errors: every refusal is JSON `{"detail": <German sentence>, "code": <machine code>}`."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str, *,
                 headers: dict[str, str] | None = None, extra: dict[str, Any] | None = None):
        super().__init__(code)
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        return {"detail": self.detail, "code": self.code, **self.extra}


class BodyTooLarge(ApiError):
    def __init__(self, limit: int):
        super().__init__(413, "body_too_large",
                         f"Die Anfrage ist zu groß (höchstens {limit // 1024} KiB).")
