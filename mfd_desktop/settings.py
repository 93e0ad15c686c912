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
from mfd_desktop.security.atomic import atomic_write_bytes

DEVICE = "device"
VAULT = "vault"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label_de: str
    scope: str = DEVICE
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None
    label_en: str = ""  # the label in the English app (its error messages)

    @property
    def label_english(self) -> str:
        return self.label_en or self.label_de

    def validate(self, value: Any) -> Any:
        en = self.label_english
        if self.type is bool:
            if not isinstance(value, bool):
                raise UserError(f"{self.label_de}: Ja oder Nein erwartet.",
                                en=f"{en}: yes or no expected.")
            return value
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise UserError(f"{self.label_de}: ganze Zahl erwartet.",
                                en=f"{en}: a whole number is expected.")
            if self.minimum is not None and value < self.minimum:
                raise UserError(f"{self.label_de}: mindestens {self.minimum}.",
                                en=f"{en}: at least {self.minimum}.")
            if self.maximum is not None and value > self.maximum:
                raise UserError(f"{self.label_de}: höchstens {self.maximum}.",
                                en=f"{en}: at most {self.maximum}.")
            return value
        if not isinstance(value, self.type):
            raise UserError(f"{self.label_de}: ungültiger Wert.", en=f"{en}: invalid value.")
        if self.choices is not None and value not in self.choices:
            raise UserError(f"{self.label_de}: erlaubt sind {', '.join(self.choices)}.",
                            en=f"{en}: allowed are {', '.join(self.choices)}.")
        return value


REGISTRY: dict[str, Setting] = {}


def declare(setting: Setting) -> Setting:
    if setting.key in REGISTRY:
        raise ValueError(f"setting declared twice: {setting.key}")
    REGISTRY[setting.key] = setting
    return setting


LANGUAGE = declare(Setting("language", str, "de", "Sprache der Oberfläche", choices=("de", "en"),
                           label_en="Language of the user interface"))
AUTO_LOCK_MINUTES = declare(
    Setting("auto_lock_minutes", int, 5, "Automatisch sperren nach (Minuten)", minimum=1, maximum=240,
            label_en="Lock automatically after (minutes)")
)
REMEMBER_ALLOWED = declare(
    Setting("remember_on_device_allowed", bool, True, "„Auf diesem Gerät merken“ erlauben",
            label_en="Allow “Remember on this device”")
)
CLIPBOARD_CLEAR_SECONDS = declare(
    Setting("clipboard_clear_seconds", int, 30, "Zwischenablage leeren nach (Sekunden)",
            minimum=5, maximum=600, label_en="Clear the clipboard after (seconds)")
)
# Case work: prefix of generated case numbers ("MZ" → "MZ-2026-0042"); checked in
# mfd_desktop.domain.casework.case_numbers (1–8 letters/digits).
SITE_CODE = declare(
    Setting("site_code", str, "MFD", "Kürzel der Beratungsstelle (für Fallnummern)", scope=VAULT,
            label_en="Short code of the counselling service (for case numbers)")
)
# Statistics (mfd_desktop.stats): usually fixed by the administrator's policy.
STATS_SITE_ID = declare(
    Setting("stats_site_id", str, "", "Standortkennung für die Statistik", scope=VAULT,
            label_en="Site ID for the statistics")
)
STATS_RELEASE_PERIOD_KIND = declare(
    Setting("stats_release_period_kind", str, "quarter", "Übermittelte Statistik-Zeiträume",
            scope=VAULT, choices=("month", "quarter", "half_year", "year"),
            label_en="Statistics periods sent")
)
STATS_SUPPRESSION_K = declare(
    Setting("stats_suppression_k", int, 5, "Statistik: kleinste gezeigte Zahl (Geheimhaltung)",
            scope=VAULT, minimum=5, maximum=100,
            label_en="Statistics: smallest number shown (confidentiality)")
)
# Statistics rule 5: with fewer distinct clients than this in a period, only the measure
# totals are released (no breakdowns). Never below the suppression threshold (the
# higher of the two applies; mfd_desktop.stats.payload_builder).
STATS_SMALL_UNIT_THRESHOLD = declare(
    Setting("stats_small_unit_threshold", int, 20,
            "Statistik: ab so vielen Ratsuchenden mit Aufgliederungen", scope=VAULT,
            minimum=5, maximum=1000,
            label_en="Statistics: breakdowns from this many clients")
)
# Deadlines: how long before a residence title expires the Wiedervorlage falls due
# (mfd_desktop.domain.deadlines.followups.sync_title_expiry_reminders).
TITLE_EXPIRY_REMINDER_WEEKS = declare(
    Setting("title_expiry_reminder_weeks", int, 8,
            "Wiedervorlage vor Ablauf des Aufenthaltstitels (Wochen)", scope=VAULT,
            minimum=1, maximum=52,
            label_en="Follow-up before the residence title expires (weeks)")
)
# Data protection (mfd_desktop.storage.backup, mfd_desktop.domain.dataprotection.retention).
BACKUP_REMINDER_DAYS = declare(
    Setting("backup_reminder_days", int, 7, "An Sicherung erinnern nach (Tagen)", scope=VAULT,
            minimum=1, maximum=90, label_en="Remind me of a backup after (days)")
)
RETENTION_YEARS = declare(
    Setting("retention_years", int, 3, "Löschfrist nach Fallabschluss (Jahre)", scope=VAULT,
            minimum=1, maximum=30, label_en="Deletion period after a case is closed (years)")
)
# Sync with the central statistics server (mfd_desktop.sync); usually set by policy.
SYNC_SERVER_URL = declare(
    Setting("sync_server_url", str, "", "Adresse des Statistik-Servers",
            label_en="Address of the statistics server")
)
SYNC_CA_FILE = declare(
    Setting("sync_ca_file", str, "", "CA-Datei für den Statistik-Server (leer: System)",
            label_en="CA file for the statistics server (empty: system)")
)
SYNC_INTERVAL_MINUTES = declare(
    Setting("sync_interval_minutes", int, 60, "Automatisch synchronisieren alle (Minuten)",
            minimum=5, maximum=1440, label_en="Synchronise automatically every (minutes)")
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
            raise UserError(f"{setting.label_de}: vom Administrator festgelegt.",
                            en=f"{setting.label_english}: set by your administrator.")
        value = setting.validate(value)
        limit = self._maximum.get(key)
        if limit is not None and value > limit:
            raise UserError(f"{setting.label_de}: höchstens {limit} (vom Administrator festgelegt).",
                            en=f"{setting.label_english}: at most {limit} (set by your "
                               "administrator).")
        if setting.scope == DEVICE:
            values = self._device_values()
            values[key] = value
            self._file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_bytes(self._file, json.dumps(values, indent=2, sort_keys=True).encode())
        else:
            if self._conn is None:
                raise UserError("Der Tresor ist gesperrt.", en="The vault is locked.")
            self._conn().execute(
                "INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                "SET value_json = excluded.value_json, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
                (key, json.dumps(value)),
            )
