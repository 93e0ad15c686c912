"""Kill the process between every step of a passphrase change: the vault must still open,
with the old passphrase before the rename and with the new one after it."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from mfd_desktop.security.atomic import STEPS
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

NEW = "die neue Passphrase nach dem Absturz"

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from mfd_desktop.paths import DataPaths
    from mfd_desktop.security.kdf import KdfParams
    from mfd_desktop.storage.vault import Vault

    root, crash_step, old, new = sys.argv[1:5]
    paths = DataPaths(root=__import__("pathlib").Path(root), log_dir=__import__("pathlib").Path(root) / "logs")
    vault = Vault.unlock_with_passphrase(paths, old, allow_below_floor=True)

    def hook(step):
        if step == crash_step:
            os.kill(os.getpid(), signal.SIGKILL)

    vault.change_passphrase(new, kdf_params=KdfParams(8192, 1, 1), allow_below_floor=True, step_hook=hook)
    print("completed")
    """
)


@pytest.mark.parametrize("crash_step", STEPS)
def test_kill_between_steps_leaves_an_openable_vault(make_vault, data_paths, crash_step):
    vault, _ = make_vault()
    vault.conn.execute("INSERT INTO settings(key, value_json) VALUES ('marker', '42')")
    vault.lock()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_paths.root), crash_step, PASSPHRASE, NEW],
        capture_output=True, text=True, cwd=os.getcwd(), timeout=60,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    expected = PASSPHRASE if STEPS.index(crash_step) < STEPS.index("renamed") else NEW
    other = NEW if expected == PASSPHRASE else PASSPHRASE
    opened = Vault.unlock_with_passphrase(data_paths, expected, allow_below_floor=True)
    try:
        assert opened.conn.execute("SELECT value_json FROM settings WHERE key='marker'").fetchone() == ("42",)
    finally:
        opened.lock()
    with pytest.raises(Exception, match="falsch"):
        Vault.unlock_with_passphrase(data_paths, other, allow_below_floor=True)
    # no temp file is left behind once the vault was opened again
    assert not [n for n in os.listdir(data_paths.root) if n.endswith(".tmp-mfd")]


def test_without_a_crash_the_new_passphrase_works(make_vault, data_paths):
    vault, _ = make_vault()
    vault.lock()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_paths.root), "never", PASSPHRASE, NEW],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.stdout.strip() == "completed", proc.stderr
    Vault.unlock_with_passphrase(data_paths, NEW, allow_below_floor=True).lock()
