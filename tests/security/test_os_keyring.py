"""The OS keyring: the real Secret Service (GNOME Keyring under dbus-run-session, set up by
scripts/test-session.sh) and refusal of backends that are no real store."""

import os

import keyring
import pytest
from keyring.backends import fail, null

from mfd_desktop.security import os_keyring
from mfd_desktop.security.os_keyring import KeyringUnavailable, SecretStore


def real_keyring_or_skip():
    if os_keyring.available():
        return
    if os.environ.get("MFD_IN_TEST_SESSION"):
        pytest.fail("scripts/test-session.sh should provide GNOME Keyring, but none is reachable")
    pytest.skip("no Secret Service here: run via scripts/test-session.sh")


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()])
def test_null_and_fail_backends_are_refused(backend, monkeypatch):
    assert not os_keyring.is_trusted(backend)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert not os_keyring.available()
    with pytest.raises(KeyringUnavailable):
        SecretStore().set("x", b"secret")


def test_a_plaintext_file_backend_is_refused():
    class PlaintextKeyring:
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert not os_keyring.is_trusted(PlaintextKeyring())


def test_secret_roundtrip_in_the_real_secret_service():
    real_keyring_or_skip()
    store = SecretStore(service="mfd-desktop-test")
    store.set("probe", b"\x00\x01binary\xff")
    try:
        assert store.get("probe") == b"\x00\x01binary\xff"
    finally:
        store.delete("probe")
    assert store.get("probe") is None
    assert type(os_keyring.trusted_backend()).__module__.startswith("keyring.backends.SecretService")
