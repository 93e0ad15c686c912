"""The administrator's policy: a TOML file installed system-wide that fixes settings.

Where it is looked for (the first that applies):
- the environment variable MFD_POLICY_FILE (tests, portable installs);
- Linux and others: /etc/mfd-desktop/policy.toml
- Windows: %ProgramData%\\MFD Desktop\\policy.toml
- macOS: /Library/Application Support/MFD Desktop/policy.toml

No file means an unmanaged install: `load_policy()` returns None. A file that exists is
validated strictly: an unknown table or key, a wrong type or a value out of range gives
a `PolicyError` whose German message names the file and the line. There is no partial
or "best effort" policy: the app shows the message at start and does not run with
weaker settings instead. A file named by MFD_POLICY_FILE that is missing is an error too.

What the policy fixes reaches the app through `SettingsService`:
`SettingsService(prefs, conn, **policy.settings_service_kwargs())`, i.e. the locked
values (`locked_values()`, shown greyed with "vom Administrator festgelegt") and upper
limits (`maximum_values()`, today only the auto-lock time). Other areas read the
getters (`suppression_k`, `retention_years`, `stats_period_kind`, `server_url`,
`ca_file`, `remember_allowed`, ...). docs/admin.md has a full example.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mfd_desktop import settings as settings_mod
from mfd_desktop.errors import PolicyError, UserError
from mfd_desktop.messages import Msg, render

ENV_POLICY_FILE = "MFD_POLICY_FILE"
LOCKED_NOTE_DE = "vom Administrator festgelegt"
FORMAT_VERSION = 1
# The statistics threshold may be raised by policy, never lowered below this.
MIN_SUPPRESSION_K = 5
MAX_SUPPRESSION_K = 100
MAX_SMALL_UNIT_THRESHOLD = 1000
PERIOD_KINDS = ("month", "quarter", "half_year", "year")
PERIOD_LABELS_DE = {"month": "Monat", "quarter": "Quartal", "half_year": "Halbjahr",
                    "year": "Jahr"}
LANGUAGES = ("de", "en")
_SITE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_ENROLMENT = re.compile(r"^[A-Za-z0-9]{8,64}$")


def default_policy_path() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "MFD Desktop" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/MFD Desktop/policy.toml")
    return Path("/etc/mfd-desktop/policy.toml")


# ----- the policy object ------------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    source: Path
    site_name: str | None = None
    site_id: str | None = None
    site_traeger: str | None = None
    site_address: str | None = None
    site_phone: str | None = None
    site_hours: str | None = None
    server_url: str | None = None
    ca_file: str | None = None
    enrolment_code: str | None = None
    auto_lock_max_minutes: int | None = None
    remember_allowed: bool = True
    retention_years: int | None = None
    stats_period_kind: str | None = None
    suppression_threshold: int | None = None
    # statistics.md rule 5: below this many clients per period, totals only.
    small_unit_threshold: int | None = None
    default_language: str | None = None
    # Settings the [locked] table fixes explicitly (key -> validated value).
    extra_locked: dict[str, Any] = field(default_factory=dict)

    @property
    def suppression_k(self) -> int:
        """The statistics threshold: the policy's, never below 5."""
        return max(self.suppression_threshold or MIN_SUPPRESSION_K, MIN_SUPPRESSION_K)

    def locked_values(self) -> dict[str, Any]:
        """Setting key -> value for every setting this policy fixes."""
        locked: dict[str, Any] = {}
        derived = {
            "site_name": self.site_name,
            "site_traeger": self.site_traeger,
            "site_address": self.site_address,
            "site_phone": self.site_phone,
            "site_hours": self.site_hours,
            "stats_site_id": self.site_id,
            "sync_server_url": self.server_url,
            "sync_ca_file": self.ca_file,
            "retention_years": self.retention_years,
            "stats_release_period_kind": self.stats_period_kind,
            "stats_suppression_k": self.suppression_threshold,
            "stats_small_unit_threshold": self.small_unit_threshold,
        }
        for key, value in derived.items():
            if value is not None and key in settings_mod.REGISTRY:
                locked[key] = value
        if not self.remember_allowed:
            locked["remember_on_device_allowed"] = False
        locked.update(self.extra_locked)
        return locked

    def maximum_values(self) -> dict[str, int]:
        """Setting key -> highest value a counsellor may choose."""
        if self.auto_lock_max_minutes is None:
            return {}
        return {"auto_lock_minutes": self.auto_lock_max_minutes}

    def settings_service_kwargs(self) -> dict[str, Any]:
        return {"locked_values": self.locked_values(), "maximum_values": self.maximum_values()}

    def summary_lines(self) -> list[str]:
        """German lines for `mfd policy show`; the enrolment code is shown shortened."""
        code = self.enrolment_code
        shown_code = f"{code[:4]}… (gesetzt)" if code else "–"
        rows = [
            ("Richtlinie", str(self.source)),
            ("Standort", f"{self.site_name or '–'} (Kennung {self.site_id or '–'})"),
            ("Träger", self.site_traeger or "–"),
            ("Anschrift", self.site_address or "–"),
            ("Telefon", self.site_phone or "–"),
            ("Öffnungszeiten", self.site_hours or "–"),
            ("Statistik-Server", self.server_url or "–"),
            ("CA-Datei", self.ca_file or "System-Zertifikate"),
            ("Registrierungscode", shown_code),
            ("Automatisch sperren höchstens nach",
             f"{self.auto_lock_max_minutes} Minuten" if self.auto_lock_max_minutes else "–"),
            ("„Auf diesem Gerät merken“", "erlaubt" if self.remember_allowed else "nicht erlaubt"),
            ("Löschfrist",
             f"{self.retention_years} Jahre nach Fallabschluss" if self.retention_years else "–"),
            ("Statistik-Zeitraum", PERIOD_LABELS_DE.get(self.stats_period_kind or "", "–")),
            ("Geheimhaltungsschwelle", str(self.suppression_threshold or "–")),
            ("Aufgliederungen ab", f"{self.small_unit_threshold} Ratsuchenden"
             if self.small_unit_threshold else "–"),
            ("Standardsprache", self.default_language or "–"),
        ]
        width = max(len(label) for label, _ in rows)
        lines = [f"{label.ljust(width)}  {value}" for label, value in rows]
        locked = self.locked_values()
        if locked:
            lines.append("Festgelegte Einstellungen:")
            for key in sorted(locked):
                label = render(settings_mod.REGISTRY[key].label, "de")
                lines.append(f"  {key} = {locked[key]!r}  ({label})")
        for key, value in sorted(self.maximum_values().items()):
            lines.append(f"  {key} höchstens {value}  ({render(settings_mod.REGISTRY[key].label, 'de')})")
        return lines


# ----- module-level shortcuts for the app --------------------------------------------------


def settings_service_kwargs(paths: Any = None) -> dict[str, Any]:
    """Keyword arguments for `SettingsService` from the installed policy ({} without one).
    Raises `PolicyError` for an invalid policy: show it and stop, never carry on without."""
    loaded = load_policy()
    return loaded.settings_service_kwargs() if loaded is not None else {}


def locked_values(paths: Any = None) -> dict[str, Any]:
    """Locked values of the installed policy, for callers that pass only `locked_values`
    to `SettingsService`. Such callers cannot enforce an upper limit, so each limit is
    locked at its maximum instead (stricter, never weaker). Callers that also pass
    `maximum_values` should use `settings_service_kwargs()`, which lets counsellors
    choose below the limit. `paths` is accepted for the GUI's call signature; the policy
    is system-wide and does not depend on the data directory."""
    loaded = load_policy()
    if loaded is None:
        return {}
    values = dict(loaded.maximum_values())
    values.update(loaded.locked_values())
    return values


# ----- loading ----------------------------------------------------------------------------


def load_policy(path: str | os.PathLike[str] | None = None) -> Policy | None:
    """The valid policy, or None when no policy is installed. Raises `PolicyError`."""
    explicit = path is not None or bool(os.environ.get(ENV_POLICY_FILE))
    chosen = Path(path) if path is not None else Path(
        os.environ.get(ENV_POLICY_FILE) or default_policy_path())
    if not chosen.exists():
        if explicit:
            raise PolicyError(Msg("policy.missing", chosen=chosen))
        return None
    if not explicit:
        _check_not_user_writable(chosen)
    try:
        data = chosen.read_bytes()
    except OSError as exc:
        raise PolicyError(Msg("policy.unreadable", chosen=chosen, error=type(exc).__name__)) from exc
    return parse_policy(data, chosen)


def _check_not_user_writable(path: Path) -> None:
    """A policy anyone may change would be no policy: refuse it (POSIX only)."""
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise PolicyError(Msg("policy.writable_by_others", path=path))


class _Problems:
    def __init__(self, source: Path, lines: dict[tuple[str, ...], int]):
        self.source = source
        self.lines = lines
        self.items: list[tuple[int, str]] = []

    def line_of(self, where: tuple[str, ...]) -> int:
        for end in range(len(where), 0, -1):
            if where[:end] in self.lines:
                return self.lines[where[:end]]
        return 0

    def add(self, where: tuple[str, ...], message: str) -> None:
        self.items.append((self.line_of(where), message))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        parts = [f"Zeile {line}: {msg}" if line else msg for line, msg in sorted(self.items)]
        raise PolicyError(Msg("policy.invalid", source=self.source, problems="\n".join(parts)))


def parse_policy(data: bytes, source: Path | str = "policy.toml") -> Policy:
    source = Path(source)
    if data.startswith(b"\xef\xbb\xbf"):  # Windows editors like to add a UTF-8 BOM
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise PolicyError(Msg("policy.not_utf8", source=source, line=line)) from exc
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(Msg("policy.bad_toml", source=source, detail=_german_toml_error(str(exc)))) from exc
    problems = _Problems(source, _key_lines(text))
    values = _validate(raw, problems)
    problems.raise_if_any()
    return Policy(source=source, **values)


def _german_toml_error(message: str) -> str:
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    detail = message.split(" (at line", 1)[0]
    if match:
        return (f"Zeile {match.group(1)}, Spalte {match.group(2)}: kein gültiges TOML "
                f"({detail}).")
    return f"Kein gültiges TOML ({detail})."


# ----- validation -------------------------------------------------------------------------

_SCHEMA: dict[str, dict[str, str]] = {
    "site": {"name": "site_name", "id": "site_id", "traeger": "site_traeger",
             "address": "site_address", "phone": "site_phone", "hours": "site_hours"},
    "server": {"url": "server_url", "ca_file": "ca_file", "enrolment_code": "enrolment_code"},
    "security": {"auto_lock_max_minutes": "auto_lock_max_minutes",
                 "remember_on_device_allowed": "remember_allowed"},
    "data": {"retention_years": "retention_years"},
    "statistics": {"period": "stats_period_kind",
                   "suppression_threshold": "suppression_threshold",
                   "small_unit_threshold": "small_unit_threshold"},
    "interface": {"default_language": "default_language"},
}
_TOP_LEVEL = {"format"} | set(_SCHEMA) | {"locked"}


def _validate(raw: dict[str, Any], problems: _Problems) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in raw:
        if key not in _TOP_LEVEL:
            problems.add((key,), f"unbekannter Eintrag „{key}“ (erlaubt: "
                                 f"{', '.join(sorted(_TOP_LEVEL))}).")
    if "format" in raw and (type(raw["format"]) is not int or raw["format"] != FORMAT_VERSION):
        problems.add(("format",), f"format muss {FORMAT_VERSION} sein.")
    for table, fields in _SCHEMA.items():
        if table not in raw:
            continue
        section = raw[table]
        if not isinstance(section, dict):
            problems.add((table,), f"[{table}] muss ein Abschnitt sein.")
            continue
        for key, value in section.items():
            where = (table, key)
            if key not in fields:
                problems.add(where, f"unbekannter Schlüssel „{key}“ in [{table}] (erlaubt: "
                                    f"{', '.join(sorted(fields))}).")
                continue
            checked = _check_field(table, key, value, problems, where)
            if checked is not None:
                out[fields[key]] = checked
    locked = raw.get("locked", {})
    if not isinstance(locked, dict):
        problems.add(("locked",), "[locked] muss ein Abschnitt sein.")
        locked = {}
    small = out.get("small_unit_threshold")
    if small is not None and small < out.get("suppression_threshold", MIN_SUPPRESSION_K):
        problems.add(("statistics", "small_unit_threshold"),
                     "statistics.small_unit_threshold: darf nicht kleiner sein als "
                     "statistics.suppression_threshold.")
        del out["small_unit_threshold"]
    out["extra_locked"] = _check_locked(locked, out, problems)
    return out


def _check_field(table: str, key: str, value: Any, problems: _Problems,
                 where: tuple[str, ...]) -> Any:
    name = f"{table}.{key}"

    def text(max_len: int, *, lines: bool = False) -> str | None:
        if not isinstance(value, str) or not value.strip():
            problems.add(where, f"{name}: Text erwartet.")
            return None
        if len(value) > max_len or any(ord(c) < 32 and not (lines and c == "\n")
                                       for c in value):
            problems.add(where, f"{name}: höchstens {max_len} Zeichen, keine Steuerzeichen.")
            return None
        return value.strip()

    def integer(low: int, high: int, low_note: str = "") -> int | None:
        if type(value) is not int:
            problems.add(where, f"{name}: ganze Zahl erwartet.")
            return None
        if value < low:
            problems.add(where, f"{name}: mindestens {low}{low_note}.")
            return None
        if value > high:
            problems.add(where, f"{name}: höchstens {high}.")
            return None
        return value

    def choice(options: tuple[str, ...]) -> str | None:
        if value not in options:
            problems.add(where, f"{name}: erlaubt sind {', '.join(options)}.")
            return None
        return value

    if name in ("site.name", "site.traeger"):
        return text(200)
    if name in ("site.address", "site.hours"):
        return text(300, lines=True)  # several lines allowed (street, town; days)
    if name == "site.phone":
        return text(100)
    if name == "site.id":
        if not isinstance(value, str) or not _SITE_ID.match(value):
            problems.add(where, f"{name}: 1–64 Zeichen aus Buchstaben, Ziffern, - und _.")
            return None
        return value
    if name == "server.url":
        url = text(500)
        if url is None:
            return None
        from mfd_desktop.server_url import normalise_server_url

        try:
            return normalise_server_url(url)
        except UserError as exc:
            problems.add(where, f"{name}: {str(exc)}")
            return None
    if name == "server.ca_file":
        path_text = text(1000)
        if path_text is None:
            return None
        path = Path(path_text)
        if not path.is_absolute():
            problems.add(where, f"{name}: bitte einen vollständigen Pfad angeben.")
            return None
        try:
            head = path.read_bytes()[:100_000]
        except OSError:
            problems.add(where, f"{name}: die Datei {path} gibt es nicht oder sie ist nicht lesbar.")
            return None
        if b"-----BEGIN CERTIFICATE-----" not in head:
            problems.add(where, f"{name}: {path} enthält kein Zertifikat im PEM-Format.")
            return None
        return str(path)
    if name == "server.enrolment_code":
        if not isinstance(value, str):
            problems.add(where, f"{name}: Text erwartet.")
            return None
        compact = "".join(ch for ch in value if ch not in "- ")
        if not _ENROLMENT.match(compact):
            problems.add(where, f"{name}: 8–64 Buchstaben oder Ziffern (Bindestriche erlaubt).")
            return None
        return value.strip()
    if name == "security.auto_lock_max_minutes":
        return integer(1, 240)
    if name == "security.remember_on_device_allowed":
        if not isinstance(value, bool):
            problems.add(where, f"{name}: true oder false erwartet.")
            return None
        return value
    if name == "data.retention_years":
        return integer(1, 30)
    if name == "statistics.period":
        return choice(PERIOD_KINDS)
    if name == "statistics.suppression_threshold":
        return integer(MIN_SUPPRESSION_K, MAX_SUPPRESSION_K,
                       " (kleinere Zahlen könnten Personen erkennbar machen)")
    if name == "statistics.small_unit_threshold":
        return integer(MIN_SUPPRESSION_K, MAX_SMALL_UNIT_THRESHOLD,
                       " (und nicht kleiner als suppression_threshold)")
    if name == "interface.default_language":
        return choice(LANGUAGES)
    raise AssertionError(name)  # every key of _SCHEMA is handled above


# The policy fields that fix a setting, to catch a [locked] entry that contradicts them.
_DERIVED_SETTING = {
    "site_name": "site_name", "site_traeger": "site_traeger", "site_address": "site_address",
    "site_phone": "site_phone", "site_hours": "site_hours",
    "stats_site_id": "site_id", "sync_server_url": "server_url", "sync_ca_file": "ca_file",
    "retention_years": "retention_years", "stats_release_period_kind": "stats_period_kind",
    "stats_suppression_k": "suppression_threshold",
    "stats_small_unit_threshold": "small_unit_threshold",
}


def _check_locked(locked: dict[str, Any], out: dict[str, Any], problems: _Problems
                  ) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in locked.items():
        where = ("locked", key)
        setting = settings_mod.REGISTRY.get(key)
        if setting is None:
            problems.add(where, f"[locked]: unbekannte Einstellung „{key}“.")
            continue
        try:
            checked = setting.validate(value)
        except UserError as exc:
            problems.add(where, f"[locked] {key}: {str(exc)}")
            continue
        if key == "stats_suppression_k" and checked < MIN_SUPPRESSION_K:
            problems.add(where, f"[locked] {key}: mindestens {MIN_SUPPRESSION_K}.")
            continue
        if key == "stats_small_unit_threshold":
            locked_k = locked.get("stats_suppression_k")
            floor: int = max(out.get("suppression_threshold") or MIN_SUPPRESSION_K,
                             locked_k if type(locked_k) is int else 0)
            if checked < floor:
                problems.add(where, f"[locked] {key}: darf nicht kleiner sein als die "
                                    f"Geheimhaltungsschwelle ({floor}).")
                continue
        field_name = _DERIVED_SETTING.get(key)
        if field_name and field_name in out and out[field_name] != checked:
            problems.add(where, f"[locked] {key} widerspricht dem Wert weiter oben "
                                f"({out[field_name]!r}).")
            continue
        if key == "remember_on_device_allowed" and checked and out.get("remember_allowed") is False:
            problems.add(where, f"[locked] {key} widerspricht "
                                "security.remember_on_device_allowed = false.")
            continue
        maximum = out.get("auto_lock_max_minutes")
        if key == "auto_lock_minutes" and maximum is not None and checked > maximum:
            problems.add(where, f"[locked] {key}: höchstens {maximum} "
                                "(security.auto_lock_max_minutes).")
            continue
        result[key] = checked
    return result


# ----- where each key is written -------------------------------------------------------------

_TABLE = re.compile(r"^\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*=""")


def _split_key(text: str) -> tuple[str, ...]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", text)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """(table, ..., key) -> first line it is written on; good enough for error messages
    (multi-line strings and arrays in a policy are unusual and only blur the line)."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _TABLE.match(line)
        if match:
            table = _split_key(match.group(1))
            lines.setdefault(table, number)
            continue
        match = _KEY.match(line)
        if match:
            lines.setdefault(table + _split_key(match.group(1)), number)
    return lines
