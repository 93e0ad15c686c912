"""What the sync module needs from the statistics outbox, as a small Protocol.

The real outbox lives in the vault (`mfd_desktop.stats.release`, table stats_releases);
`VaultOutbox` adapts it. Tests may hand in any object with the same three methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from mfd_desktop.messages import Msg
from mfd_desktop.sync import messages


@dataclass(frozen=True)
class RefusedItem:
    period: str
    revision: int
    stored_error: str  # Msg.to_json(), or an older row's German sentence

    @property
    def error(self) -> Msg | str | None:
        """The server's refusal (rendered at the edge)."""
        return messages.load(self.stored_error)

    def text(self, language: str = "de") -> str:
        return messages.text_of(self.stored_error, language)


class OutboxItemLike(Protocol):
    """What sync reads of an outbox item (read-only: `stats.release.OutboxItem` is frozen)."""

    @property
    def id(self) -> int: ...
    @property
    def period(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def payload_json(self) -> str: ...
    @property
    def idempotency_key(self) -> str: ...


class Outbox(Protocol):
    def pending(self, conn: Any) -> list[OutboxItemLike]: ...

    def mark_sent(self, conn: Any, item_id: int, server_receipt: str) -> None: ...

    def mark_failed(self, conn: Any, item_id: int, error: Msg, permanent: bool) -> None: ...

    def refused(self, conn: Any) -> list[RefusedItem]: ...


class VaultOutbox:
    """The vault's `stats_releases` outbox, through the statistics module's API."""

    def pending(self, conn: Any) -> list[OutboxItemLike]:
        from mfd_desktop.stats import release

        return list(release.pending_outbox(conn))

    def mark_sent(self, conn: Any, item_id: int, server_receipt: str) -> None:
        from mfd_desktop.stats import release

        release.mark_sent(conn, item_id, server_receipt)

    def mark_failed(self, conn: Any, item_id: int, error: Msg, permanent: bool) -> None:
        from mfd_desktop.stats import release

        # the statistics module keeps what it is given; we give it a key, not a sentence
        release.mark_failed(conn, item_id, messages.stored(error) or "", permanent)

    def refused(self, conn: Any) -> list[RefusedItem]:
        from mfd_desktop.stats import release

        return [RefusedItem(r.period, r.revision, r.last_error_de or "")
                for r in release.list_releases(conn) if r.status == "failed"]
