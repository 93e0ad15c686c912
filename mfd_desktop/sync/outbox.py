"""What the sync module needs from the statistics outbox, as a small Protocol.

The real outbox lives in the vault (`mfd_desktop.stats.release`, table stats_releases);
`VaultOutbox` adapts it. Tests may hand in any object with the same three methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from mfd_desktop.sync import messages


@dataclass(frozen=True)
class RefusedItem:
    period: str
    revision: int
    error_de: str

    @property
    def error(self) -> str:
        """The server's refusal in the app's display language (the vault keeps German)."""
        return messages.shown(self.error_de)


class OutboxItemLike(Protocol):
    id: int
    period: str
    revision: int
    payload_json: str
    idempotency_key: str


class Outbox(Protocol):
    def pending(self, conn: Any) -> list[OutboxItemLike]: ...

    def mark_sent(self, conn: Any, item_id: int, server_receipt: str) -> None: ...

    def mark_failed(self, conn: Any, item_id: int, error_de: str, permanent: bool) -> None: ...

    def refused(self, conn: Any) -> list[RefusedItem]: ...


class VaultOutbox:
    """The vault's `stats_releases` outbox, through the statistics module's API."""

    def pending(self, conn: Any) -> list[OutboxItemLike]:
        from mfd_desktop.stats import release

        return list(release.pending_outbox(conn))

    def mark_sent(self, conn: Any, item_id: int, server_receipt: str) -> None:
        from mfd_desktop.stats import release

        release.mark_sent(conn, item_id, server_receipt)

    def mark_failed(self, conn: Any, item_id: int, error_de: str, permanent: bool) -> None:
        from mfd_desktop.stats import release

        release.mark_failed(conn, item_id, error_de, permanent)

    def refused(self, conn: Any) -> list[RefusedItem]:
        from mfd_desktop.stats import release

        return [RefusedItem(r.period, r.revision, r.last_error_de or "")
                for r in release.list_releases(conn) if r.status == "failed"]
