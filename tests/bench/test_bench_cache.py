"""The bench's vault cache: keyed by scale and generator version; a vault cached at an
older schema is migrated forward on the run's working copy by the app's own migrations
(a new db/ migration must not cost a regeneration of the scale-4 vault)."""

from __future__ import annotations

import shutil

import pytest

from bench import generate
from mfd_desktop.paths import migrations_dir
from mfd_desktop.storage import migrations
from mfd_desktop.storage.vault import Vault

SCALE = 0.02


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_an_older_cached_vault_is_migrated_on_the_copy_not_regenerated(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "CACHE", tmp_path / "cache")
    latest = migrations.latest_version()
    generate.generated_vault(SCALE, tmp_path / "first")
    cached = tmp_path / "cache" / f"scale{SCALE:g}-gen{generate.GENERATOR_VERSION}"
    assert (cached / generate.SCHEMA_MARKER).read_text().strip() == str(latest)
    cached_bytes = (cached / "vault.db").read_bytes()

    # Another helper adds a migration: the same cache is used, the copy migrated.
    newer = tmp_path / "db"
    shutil.copytree(migrations_dir(), newer)
    (newer / f"{latest + 1:04d}_bench_cache_probe.sql").write_text(
        "CREATE TABLE bench_cache_probe (id INTEGER PRIMARY KEY);\n", encoding="utf-8")
    monkeypatch.setattr(migrations, "migrations_dir", lambda: newer)

    def no_regeneration(*_args, **_kwargs):
        raise AssertionError("the cached vault was generated again")

    monkeypatch.setattr(generate, "generate", no_regeneration)
    paths, passphrase = generate.generated_vault(SCALE, tmp_path / "second")
    assert not paths.migration_backups.exists()  # the migration's safety copy is dropped
    assert not (paths.root / generate.SCHEMA_MARKER).exists()
    vault = Vault.unlock_with_passphrase(paths, passphrase, full_check=True)
    try:
        assert migrations.current_version(vault.conn) == latest + 1
        assert vault.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'bench_cache_probe'").fetchone()[0] == 1
        assert vault.conn.execute("SELECT count(*) FROM clients").fetchone()[0] > 0
    finally:
        vault.lock()
    # the cache itself stays as generated
    assert (cached / "vault.db").read_bytes() == cached_bytes
    assert (cached / generate.SCHEMA_MARKER).read_text().strip() == str(latest)


def test_caches_made_under_the_old_key_are_found_newest_schema_first(tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "CACHE", tmp_path)
    latest = migrations.latest_version()
    key = f"scale{SCALE:g}-gen{generate.GENERATOR_VERSION}"
    for schema in (latest - 2, latest - 1, latest + 1):  # one too new for this code
        (tmp_path / f"{key}-schema{schema}").mkdir()
    (tmp_path / f"{key}-schema{latest}.partial-123").mkdir()
    (tmp_path / f"scale1-gen{generate.GENERATOR_VERSION}-schema{latest}").mkdir()
    found = generate._find_cache(SCALE)
    assert found.name == f"{key}-schema{latest - 1}"
    assert generate._cached_schema(found) == latest - 1
    (tmp_path / key).mkdir()  # the current key wins once it exists
    assert generate._find_cache(SCALE) == tmp_path / key
