"""Every setting, declared once: key, type, default, German label, where it is kept.

Two places keep values:
- `device` settings live in `<data dir>/preferences.json` because they are needed
  before the vault is unlocked (language, auto-lock). They are never confidential.
- `vault` settings live in the vault's `settings` table (encrypted).
An administrator's policy (see `mfd_desktop.policy`, when present) can fix a value;
`SettingsService.is_locked(key)` then says so and `set()` refuses.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.security.atomic import atomic_write_bytes

DEVICE = "device"
VAULT = "vault"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: Msg  # settings.label_<key> in the message catalogue
    scope: str = DEVICE
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None

    def validate(self, value: Any) -> Any:
        label = self.label
        if self.type is bool:
            if not isinstance(value, bool):
                raise UserError(Msg("settings.yes_or_no", label=label))
            return value
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise UserError(Msg("settings.whole_number", label=label))
            if self.minimum is not None and value < self.minimum:
                raise UserError(Msg("settings.at_least", label=label, minimum=self.minimum))
            if self.maximum is not None and value > self.maximum:
                raise UserError(Msg("settings.at_most", label=label, maximum=self.maximum))
            return value
        if not isinstance(value, self.type):
            raise UserError(Msg("settings.invalid_value", label=label))
        if self.choices is not None and value not in self.choices:
            raise UserError(Msg("settings.allowed_values", label=label, choices=', '.join(self.choices)))
        return value


REGISTRY: dict[str, Setting] = {}


def declare(setting: Setting) -> Setting:
    if setting.key in REGISTRY:
        raise ValueError(f"setting declared twice: {setting.key}")
    REGISTRY[setting.key] = setting
    return setting


LANGUAGE = declare(Setting("language", str, "de", Msg("settings.label_language"), choices=("de", "en")))
AUTO_LOCK_MINUTES = declare(
    Setting("auto_lock_minutes", int, 5, Msg("settings.label_auto_lock_minutes"), minimum=1, maximum=240)
)
REMEMBER_ALLOWED = declare(
    Setting("remember_on_device_allowed", bool, True, Msg("settings.label_remember_on_device_allowed"))
)
CLIPBOARD_CLEAR_SECONDS = declare(
    Setting("clipboard_clear_seconds", int, 30, Msg("settings.label_clipboard_clear_seconds"),
            minimum=5, maximum=600)
)
# Case work: prefix of generated case numbers ("MZ" → "MZ-2026-0042"); checked in
# mfd_desktop.domain.casework.case_numbers (1–8 letters/digits).
SITE_CODE = declare(
    Setting("site_code", str, "MFD", Msg("settings.label_site_code"), scope=VAULT)
)
# The counselling service as it appears on the Sachbericht (mfd_desktop.reports.sachbericht);
# usually fixed by the administrator's policy ([site] name, traeger, address).
SITE_NAME = declare(
    Setting("site_name", str, "", Msg("settings.label_site_name"), scope=VAULT)
)
SITE_TRAEGER = declare(
    Setting("site_traeger", str, "", Msg("settings.label_site_traeger"), scope=VAULT)
)
SITE_ADDRESS = declare(
    Setting("site_address", str, "", Msg("settings.label_site_address"), scope=VAULT)
)
# Contact block of handouts and letters (mfd_desktop.site): policy [site] phone, hours.
SITE_PHONE = declare(
    Setting("site_phone", str, "", Msg("settings.label_site_phone"), scope=VAULT)
)
SITE_HOURS = declare(
    Setting("site_hours", str, "", Msg("settings.label_site_hours"), scope=VAULT)
)
# Statistics (mfd_desktop.stats): usually fixed by the administrator's policy.
STATS_SITE_ID = declare(
    Setting("stats_site_id", str, "", Msg("settings.label_stats_site_id"), scope=VAULT)
)
STATS_RELEASE_PERIOD_KIND = declare(
    Setting("stats_release_period_kind", str, "quarter", Msg("settings.label_stats_release_period_kind"),
            scope=VAULT, choices=("month", "quarter", "half_year", "year"))
)
STATS_SUPPRESSION_K = declare(
    Setting("stats_suppression_k", int, 5, Msg("settings.label_stats_suppression_k"),
            scope=VAULT, minimum=5, maximum=100)
)
# Statistics rule 5: with fewer distinct clients than this in a period, only the measure
# totals are released (no breakdowns). Never below the suppression threshold (the
# higher of the two applies; mfd_desktop.stats.payload_builder).
STATS_SMALL_UNIT_THRESHOLD = declare(
    Setting("stats_small_unit_threshold", int, 20,
            Msg("settings.label_stats_small_unit_threshold"), scope=VAULT,
            minimum=5, maximum=1000)
)
# Deadlines: how long before a residence title expires the Wiedervorlage falls due
# (mfd_desktop.domain.deadlines.followups.sync_title_expiry_reminders).
TITLE_EXPIRY_REMINDER_WEEKS = declare(
    Setting("title_expiry_reminder_weeks", int, 8,
            Msg("settings.label_title_expiry_reminder_weeks"), scope=VAULT,
            minimum=1, maximum=52)
)
# Data protection (mfd_desktop.storage.backup, mfd_desktop.domain.dataprotection.retention).
BACKUP_REMINDER_DAYS = declare(
    Setting("backup_reminder_days", int, 7, Msg("settings.label_backup_reminder_days"), scope=VAULT,
            minimum=1, maximum=90)
)
RETENTION_YEARS = declare(
    Setting("retention_years", int, 3, Msg("settings.label_retention_years"), scope=VAULT,
            minimum=1, maximum=30)
)
# Attachments (mfd_desktop.domain.casework.attachments): kept inside the vault, so the
# vault, its backups and handovers grow with them.
ATTACHMENT_MAX_FILE_MIB = declare(
    Setting("attachment_max_file_mib", int, 20, Msg("settings.label_attachment_max_file_mib"),
            scope=VAULT, minimum=1, maximum=100)
)
ATTACHMENT_MAX_VAULT_MIB = declare(
    Setting("attachment_max_vault_mib", int, 2048, Msg("settings.label_attachment_max_vault_mib"),
            scope=VAULT, minimum=10, maximum=16384)
)
# Sync with the central statistics server (mfd_desktop.sync); usually set by policy.
SYNC_SERVER_URL = declare(
    Setting("sync_server_url", str, "", Msg("settings.label_sync_server_url"))
)
SYNC_CA_FILE = declare(
    Setting("sync_ca_file", str, "", Msg("settings.label_sync_ca_file"))
)
SYNC_INTERVAL_MINUTES = declare(
    Setting("sync_interval_minutes", int, 60, Msg("settings.label_sync_interval_minutes"),
            minimum=5, maximum=1440)
)


class SettingsService:
    """Reads and writes settings; policy-locked values win and cannot be changed."""

    def __init__(self, preferences_file: Path, vault_conn_provider: Callable[[], Any] | None = None,
                 locked_values: dict[str, Any] | None = None,
                 maximum_values: dict[str, int] | None = None):
        self._file = Path(preferences_file)
        self._conn = vault_conn_provider
        self._locked = dict(locked_values or {})
        # Upper limits from the policy (e.g. auto-lock at most 10 minutes): a stored value
        # above the limit reads as the limit, and set() refuses it.
        self._maximum = dict(maximum_values or {})

    def _device_values(self) -> dict[str, Any]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, OSError):
            return {}
        return data if isinstance(data, dict) else {}

    def is_locked(self, key: str) -> bool:
        return key in self._locked

    def maximum(self, key: str) -> int | None:
        """The policy's upper limit for `key`, if any (the GUI caps its input there)."""
        return self._maximum.get(key)

    def get(self, key: str) -> Any:
        setting = REGISTRY[key]
        if key in self._locked:
            return self._locked[key]
        if setting.scope == DEVICE:
            raw = self._device_values().get(key, setting.default)
        else:
            raw = setting.default
            if self._conn is not None:
                row = self._conn().execute(
                    "SELECT value_json FROM settings WHERE key = ?", (key,)
                ).fetchone()
                if row:
                    raw = json.loads(row[0])
        try:
            value = setting.validate(raw)
        except UserError:
            value = setting.default
        limit = self._maximum.get(key)
        return min(value, limit) if limit is not None else value

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if key in self._locked:
            raise UserError(Msg("settings.locked_by_admin", label=setting.label))
        value = setting.validate(value)
        limit = self._maximum.get(key)
        if limit is not None and value > limit:
            raise UserError(Msg("settings.above_admin_limit", label=setting.label, limit=limit))
        if setting.scope == DEVICE:
            values = self._device_values()
            values[key] = value
            self._file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_bytes(self._file, json.dumps(values, indent=2, sort_keys=True).encode())
        else:
            if self._conn is None:
                raise UserError(Msg("vault.locked"))
            self._conn().execute(
                "INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                "SET value_json = excluded.value_json, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
                (key, json.dumps(value)),
            )
