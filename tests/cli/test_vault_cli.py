import json
import re

import pytest

from mfd_desktop.demo import DEMO_PASSPHRASE
from tests.cli.helpers import FLOOR_KDF_ARGS, init_vault, run_mfd
from tests.conftest import snapshot_files

PW = "Rhein Mosel Lahn Nahe"
NEW = "Saar Glan Ahr Sieg Wied"
KEY_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def test_init_prints_only_the_recovery_key_on_stdout(data_dir):
    key = init_vault(data_dir, PW)
    assert KEY_PATTERN.match(key)
    assert (data_dir / "vault.db").exists() and (data_dir / "keyslots.json").exists()


def test_init_refuses_a_weak_passphrase_and_weak_kdf(data_dir):
    weak = run_mfd("init", "--data-dir", str(data_dir), "--passphrase-stdin", *FLOOR_KDF_ARGS,
                   stdin="kurz\n")
    assert weak.code == 1 and "Zu kurz" in weak.err and weak.out == ""
    low = run_mfd("init", "--data-dir", str(data_dir), "--passphrase-stdin",
                  "--kdf-memory-mib", "8", stdin=PW + "\n")
    assert low.code == 1 and "Mindestmaß" in low.err
    assert not (data_dir / "vault.db").exists()


def test_init_twice_is_refused(data_dir):
    init_vault(data_dir, PW)
    again = run_mfd("init", "--data-dir", str(data_dir), "--passphrase-stdin", *FLOOR_KDF_ARGS,
                    stdin=PW + "\n")
    assert again.code == 1 and "schon einen Tresor" in again.err and again.out == ""


def test_check_info_and_exit_codes(data_dir):
    init_vault(data_dir, PW)
    ok = run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    assert ok.code == 0 and "Schema-Version" in ok.out
    info = run_mfd("info", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    assert info.code == 0
    assert "SQLCipher-Version: 4." in info.out and "64 MiB" in info.out and "3 Durchläufe" in info.out
    assert PW not in info.out + info.err
    before = snapshot_files(data_dir)
    wrong = run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin="falsch\n")
    assert wrong.code == 3 and wrong.err.strip() == "mfd: Die Passphrase ist falsch."
    assert "Traceback" not in wrong.err
    # a failed attempt leaves every vault file as it was (the log may grow)
    after = snapshot_files(data_dir)
    assert {k: v for k, v in after.items() if not k.startswith("logs")} == {
        k: v for k, v in before.items() if not k.startswith("logs")
    }


def test_damaged_and_missing_vaults(data_dir, tmp_path):
    missing = run_mfd("check", "--data-dir", str(tmp_path / "nothing"), "--passphrase-stdin",
                      stdin=PW + "\n")
    assert missing.code == 1 and "keinen Tresor" in missing.err
    init_vault(data_dir, PW)
    (data_dir / "keyslots.json").write_text("{kaputt")
    damaged = run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    assert damaged.code == 4 and "beschädigt" in damaged.err and "Traceback" not in damaged.err


def test_not_a_vault(data_dir):
    data_dir.mkdir()
    (data_dir / "vault.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    init = run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    assert init.code == 4


def test_usage_errors_exit_2(data_dir):
    assert run_mfd("frobnicate").code == 2
    assert run_mfd("check", "--no-such-option").code == 2
    assert run_mfd().code == 2


def test_change_passphrase_recover_and_new_recovery_key(data_dir):
    key = init_vault(data_dir, PW)
    changed = run_mfd("change-passphrase", "--data-dir", str(data_dir), "--passphrase-stdin",
                      "--new-passphrase-stdin", *FLOOR_KDF_ARGS, stdin=f"{PW}\n{NEW}\n")
    assert changed.code == 0, changed.err
    assert run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n").code == 3
    assert run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=NEW + "\n").code == 0

    recovered = run_mfd("recover", "--data-dir", str(data_dir), "--recovery-key-stdin",
                        "--new-passphrase-stdin", *FLOOR_KDF_ARGS, stdin=f"{key}\n{PW}\n")
    assert recovered.code == 0, recovered.err
    assert run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n").code == 0

    wrong_key = run_mfd("recover", "--data-dir", str(data_dir), "--recovery-key-stdin",
                        "--new-passphrase-stdin", stdin="0000-0000-0000-0000-0000-0000-0000-0000\nx\n")
    assert wrong_key.code == 3

    fresh = run_mfd("new-recovery-key", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    assert fresh.code == 0 and KEY_PATTERN.match(fresh.out.strip()) and fresh.out.strip() != key
    old_key = run_mfd("recover", "--data-dir", str(data_dir), "--recovery-key-stdin",
                      "--new-passphrase-stdin", stdin=f"{key}\n{NEW}\n")
    assert old_key.code == 3


def test_missing_stdin_line_is_a_clear_error(data_dir):
    init_vault(data_dir, PW)
    result = run_mfd("change-passphrase", "--data-dir", str(data_dir), "--passphrase-stdin",
                     "--new-passphrase-stdin", stdin=PW + "\n")
    assert result.code == 1 and "fehlt die Zeile" in result.err


def test_data_dir_from_environment(data_dir):
    result = run_mfd("init", "--passphrase-stdin", *FLOOR_KDF_ARGS, stdin=PW + "\n",
                     env={"MFD_DATA_DIR": str(data_dir)})
    assert result.code == 0 and (data_dir / "vault.db").exists()
    assert (data_dir / "logs" / "mfd-desktop.log").exists()


def test_demo_vault_opens_with_the_printed_passphrase(data_dir):
    demo = run_mfd("demo", "--data-dir", str(data_dir))
    assert demo.code == 0, demo.err
    assert demo.out.strip() == DEMO_PASSPHRASE
    check = run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=demo.out)
    assert check.code == 0, check.err


def test_logs_hold_no_secret(data_dir):
    key = init_vault(data_dir, PW)
    run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    log_text = "".join(p.read_text() for p in (data_dir / "logs").iterdir())
    assert PW not in log_text and key not in log_text
    assert json.loads((data_dir / "keyslots.json").read_text())["vault_id"] not in log_text
