"""Counsellor profiles: several counsellors share one laptop, each with their own vault.

Layout under the data directory:

    <data dir>/profiles.json               names and ids only (no case data, no secrets)
    <data dir>/profiles/<id>/vault.db       each profile's own vault, keyslots.json,
    <data dir>/profiles/<id>/keyslots.json  backups/, vault.lock, logs/ …

Each profile has its own random data key and passphrase; a profile's passphrase opens
only its own key slots, and its vault file is encrypted with its own key, so one
counsellor never sees another's data (not even their case count). A vault directly in
the data directory (single-user installs) appears as the profile "Standardprofil".
The profile name is stored inside the vault as well (vault_meta 'profile_name') and is
the "who" of the audit log.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.atomic import atomic_write_bytes
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage import audit
from mfd_desktop.storage.faults import storage_errors
from mfd_desktop.storage.vault import Vault, vault_exists

FORMAT = "mfd-profiles/1"
INDEX_FILE = "profiles.json"
PROFILES_DIR = "profiles"
DEFAULT_ID = "standard"
MAX_NAME = 60
_ID = re.compile(r"^[a-z0-9]{8,32}$")


@dataclass(frozen=True)
class Profile:
    profile_id: str
    name: str
    paths: DataPaths

    @property
    def has_vault(self) -> bool:
        return vault_exists(self.paths)


def set_profile_name(vault: Vault, name: str) -> None:
    vault.conn.execute(
        "INSERT INTO vault_meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (audit.PROFILE_KEY, name))


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise UserError(Msg("profiles.name_missing"))
    if len(cleaned) > MAX_NAME:
        raise UserError(Msg("profiles.name_too_long", MAX_NAME=MAX_NAME))
    return cleaned


class ProfileStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_FILE

    def _read(self) -> list[dict[str, str]]:
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (ValueError, OSError) as exc:
            raise UserError(Msg("profiles.list_damaged"),
                            ) from exc
        entries = data.get("profiles") if isinstance(data, dict) else None
        if data.get("format") != FORMAT or not isinstance(entries, list):
            raise UserError(Msg("profiles.list_unknown_format"))
        return [e for e in entries if isinstance(e, dict) and _ID.match(str(e.get("id", "")))]

    def _write(self, entries: list[dict[str, str]]) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        body = {"format": FORMAT, "profiles": entries}
        atomic_write_bytes(self.index_path,
                           json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"))

    def paths_for(self, profile_id: str) -> DataPaths:
        if profile_id == DEFAULT_ID:
            return DataPaths(self.root, self.root / "logs")
        if not _ID.match(profile_id):
            raise UserError(Msg("profiles.unknown_profile"))
        root = self.root / PROFILES_DIR / profile_id
        return DataPaths(root, root / "logs")

    def list(self) -> list[Profile]:
        """Every profile, the single-user vault (if any) first, then by name."""
        out = []
        default = self.paths_for(DEFAULT_ID)
        if vault_exists(default):
            out.append(Profile(DEFAULT_ID, audit.DEFAULT_ACTOR, default))
        named = sorted(self._read(), key=lambda e: str(e.get("name", "")).casefold())
        out += [Profile(e["id"], str(e.get("name", "")), self.paths_for(e["id"])) for e in named]
        return out

    def find(self, name_or_id: str) -> Profile:
        wanted = " ".join((name_or_id or "").split()).casefold()
        for profile in self.list():
            if profile.profile_id == name_or_id or profile.name.casefold() == wanted:
                return profile
        raise UserError(Msg("profiles.unknown_name", name_or_id=name_or_id))

    def create(self, name: str, passphrase: str, *, kdf_params: KdfParams | None = None,
               allow_below_floor: bool = False) -> tuple[Profile, Vault, str]:
        """A new profile with its own vault; returns it unlocked with its recovery key."""
        name = _clean_name(name)
        with storage_errors(self.root):
            entries = self._read()
            if any(str(e.get("name", "")).casefold() == name.casefold() for e in entries) or (
                    name.casefold() == audit.DEFAULT_ACTOR.casefold()):
                raise UserError(Msg("profiles.exists", name=name))
            profile_id = secrets.token_hex(8)
            paths = self.paths_for(profile_id)
            paths.root.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            vault, rkey = Vault.create(paths, passphrase, kdf_params=kdf_params,
                                       allow_below_floor=allow_below_floor)
            try:
                set_profile_name(vault, name)
                self._write([*entries, {"id": profile_id, "name": name}])
            except BaseException:
                vault.lock()
                raise
        return Profile(profile_id, name, paths), vault, rkey
