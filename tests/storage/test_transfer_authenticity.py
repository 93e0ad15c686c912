"""Handover files prove their sender (issue 15, finding 3): forged, altered and re-signed
files are refused; a new sender is confirmed once by fingerprint and then remembered; a
passphrase handover is authenticated by its passphrase; decompression is bounded.

The forger below writes files the way an attacker would, with nothing but the public
format and the receiver's public handover key."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import struct
import zlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.dataprotection import case_transfer as ct
from mfd_desktop.errors import UserError, VaultDamagedError, WrongSecretError
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import derive_key, new_salt
from mfd_desktop.storage.profiles import set_profile_name
from tests.conftest import FAST_KDF


def _raw(public) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def case_json(name: str = "Gefälschter Fall", number: str = "FAKE-0001") -> bytes:
    payload = {"format": ct.PAYLOAD_FORMAT, "schema_version": 7, "offices": [], "drafts": [],
               "records": {"clients": [{"id": 1, "case_number": number, "name": name}]},
               "sender": {"profile_name": "Anna"}}
    return json.dumps(payload).encode()


def forge(recipient_key: str, compressed: bytes, *, signer: Ed25519PrivateKey | None = None,
          named_sender: bytes | None = None, version: int = 2) -> bytes:
    """A file sealed to `recipient_key` (anyone's public handover key), signed by `signer`
    (the forger's own key) while the header names `named_sender` (default: the signer)."""
    recipient = ct.parse_public_key(recipient_key)
    eph = X25519PrivateKey.generate()
    eph_pub = _raw(eph.public_key())
    nonce = os.urandom(12)
    if version == 1:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + _raw(recipient),
                   info=b"mfd-transfer/1 x25519").derive(eph.exchange(recipient))
        header = {"format": "mfd-transfer/1", "mode": "x25519",
                  "ephemeral": base64.b64encode(eph_pub).decode(),
                  "recipient": ct.fingerprint(_raw(recipient)),
                  "nonce": base64.b64encode(nonce).decode(), "created_at": "2026-01-01T00:00:00Z"}
        head = json.dumps(header).encode()
        prefix = ct.MAGIC_V1 + struct.pack(">I", len(head)) + head
        return prefix + AESGCM(key).encrypt(nonce, compressed, prefix)
    signer = signer or Ed25519PrivateKey.generate()
    named = named_sender or (_raw(X25519PrivateKey.generate().public_key())
                             + _raw(signer.public_key()))
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + _raw(recipient),
               info=b"mfd-transfer/2 x25519").derive(eph.exchange(recipient))
    header = {"format": ct.FORMAT, "mode": "x25519", "ephemeral": base64.b64encode(eph_pub).decode(),
              "recipient": ct.key_fingerprint(recipient_key), "sender": _b64url(named),
              "nonce": base64.b64encode(nonce).decode(), "created_at": "2026-01-01T00:00:00Z"}
    head = json.dumps(header).encode()
    prefix = ct.MAGIC + struct.pack(">I", len(head)) + head
    sealed = AESGCM(key).encrypt(nonce, compressed, prefix)
    return prefix + sealed + signer.sign(ct.SIGNATURE_CONTEXT + prefix + sealed)


def _signing_key(conn) -> Ed25519PrivateKey:
    ct.my_public_key(conn)
    stored = conn.execute("SELECT value FROM vault_meta WHERE key = ?",
                          (ct.SIGNING_KEY_META,)).fetchone()[0]
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))


@pytest.fixture
def three(make_vault, tmp_path):
    """Anna (sender), Ben (receiver), Carla (a third colleague), each with a real vault."""
    vaults = {}
    for who in ("anna", "ben", "carla"):
        vault, _ = make_vault(paths=DataPaths(tmp_path / who, tmp_path / who / "logs"))
        set_profile_name(vault, who.capitalize())
        vaults[who] = vault
    cid = clients.create_client(vaults["anna"].conn, Client(case_number="MZ-2026-0100",
                                                             name="Echte Übergabe"))
    return vaults, cid


def _count(vault) -> int:
    return clients.count_clients(vault.conn)


def test_a_forged_file_sealed_to_the_receivers_public_key_is_refused(three, tmp_path):
    vaults, _cid = three
    ben_key, _ = ct.my_public_key(vaults["ben"].conn)
    anna_key, anna_fp = ct.my_public_key(vaults["anna"].conn)
    anna_body = ct._unb64url(anna_key[len("mfdpk2:"):])
    forged = tmp_path / "forged.mfdcase"

    # the attack of the finding: an unsigned (old format) file sealed to Ben's key
    forged.write_bytes(forge(ben_key, zlib.compress(case_json()), version=1))
    with pytest.raises(VaultDamagedError, match="keine Unterschrift"):
        ct.import_case(vaults["ben"].conn, forged, None)

    # naming Anna as the sender, signed with the forger's own key
    forged.write_bytes(forge(ben_key, zlib.compress(case_json()), named_sender=anna_body))
    with pytest.raises(VaultDamagedError, match="nicht von dem Tresor") as caught:
        ct.import_case(vaults["ben"].conn, forged, None, confirmed_fingerprint=anna_fp)
    assert caught.value.exit_code == 4

    # signed and named honestly by the forger: shown as an unknown sender, never imported
    # without a fingerprint confirmed by phone, and Anna's fingerprint does not fit
    forged.write_bytes(forge(ben_key, zlib.compress(case_json())))
    opened = ct.open_transfer(vaults["ben"].conn, forged)
    assert opened.needs_confirmation and opened.sender.fingerprint != anna_fp
    with pytest.raises(ct.UnconfirmedSenderError, match="noch nicht bestätigt"):
        ct.import_opened(vaults["ben"].conn, opened)
    with pytest.raises(ct.UnconfirmedSenderError, match=f"nicht {anna_fp}"):
        ct.import_opened(vaults["ben"].conn, opened, confirmed_fingerprint=anna_fp)
    assert _count(vaults["ben"]) == 0 and ct.known_senders(vaults["ben"].conn) == []


def test_any_altered_byte_is_refused(three, tmp_path):
    vaults, cid = three
    ben_key, _ = ct.my_public_key(vaults["ben"].conn)
    _anna_key, anna_fp = ct.my_public_key(vaults["anna"].conn)
    good = tmp_path / "good.mfdcase"
    ct.export_case(vaults["anna"].conn, cid, good, recipient_key=ben_key)
    raw = good.read_bytes()
    bad = tmp_path / "bad.mfdcase"
    for position in range(len(raw)):
        changed = bytearray(raw)
        changed[position] ^= 0x20
        bad.write_bytes(bytes(changed))
        with pytest.raises(VaultDamagedError):
            ct.open_transfer(vaults["ben"].conn, bad)
    bad.write_bytes(raw[:-1])  # cut short
    with pytest.raises(VaultDamagedError):
        ct.open_transfer(vaults["ben"].conn, bad)
    bad.write_bytes(raw + b"\0")  # appended to
    with pytest.raises(VaultDamagedError):
        ct.open_transfer(vaults["ben"].conn, bad)
    assert ct.import_case(vaults["ben"].conn, good, None,
                          confirmed_fingerprint=anna_fp).case_number == "MZ-2026-0100"


def test_a_signature_by_a_different_vault_is_refused(three, tmp_path):
    vaults, cid = three
    ben_key, _ = ct.my_public_key(vaults["ben"].conn)
    carla_key, carla_fp = ct.my_public_key(vaults["carla"].conn)
    path = tmp_path / "f.mfdcase"
    ct.export_case(vaults["anna"].conn, cid, path, recipient_key=ben_key)
    raw = path.read_bytes()
    carla = _signing_key(vaults["carla"].conn)
    body = raw[:-64]
    # Carla signs Anna's file, still naming Anna: the signature does not fit the named key
    path.write_bytes(body + carla.sign(ct.SIGNATURE_CONTEXT + body))
    with pytest.raises(VaultDamagedError, match="nicht von dem Tresor"):
        ct.open_transfer(vaults["ben"].conn, path)
    # Carla also puts herself into the header: the header is the encryption's associated
    # data, so Anna's ciphertext no longer opens (Carla cannot re-encrypt what she cannot read)
    parts = ct._split(raw)
    header = dict(parts.header, sender=carla_key[len("mfdpk2:"):])
    head = json.dumps(header).encode()
    prefix = ct.MAGIC + struct.pack(">I", len(head)) + head
    path.write_bytes(prefix + parts.sealed + carla.sign(ct.SIGNATURE_CONTEXT + prefix
                                                        + parts.sealed))
    with pytest.raises(WrongSecretError):
        ct.open_transfer(vaults["ben"].conn, path)
    assert ct.known_senders(vaults["ben"].conn) == [] and _count(vaults["ben"]) == 0
    assert carla_fp  # (Carla's own files would show her fingerprint, not Anna's)


def test_a_new_sender_is_confirmed_once_by_fingerprint_then_remembered(three, tmp_path):
    vaults, cid = three
    ben = vaults["ben"].conn
    ben_key, _ = ct.my_public_key(ben)
    _anna_key, anna_fp = ct.my_public_key(vaults["anna"].conn)
    first = ct.export_case(vaults["anna"].conn, cid, tmp_path / "1.mfdcase",
                           recipient_key=ben_key).path
    opened = ct.open_transfer(ben, first)
    assert (opened.sender.fingerprint, opened.sender.profile_name) == (anna_fp, "Anna")
    assert opened.authenticated_by == "unconfirmed" and opened.case_number == "MZ-2026-0100"
    typed = anna_fp.lower().replace(" ", "-")  # as noted down during the call
    ct.import_opened(ben, opened, confirmed_fingerprint=typed)
    known = ct.known_senders(ben)
    assert [(k.fingerprint, k.profile_name) for k in known] == [(anna_fp, "Anna")]
    # Ben handing a case back later: the key he pastes is named by its fingerprint
    assert ct.known_colleague_names(ben) == {anna_fp: "Anna"}
    assert ct.known_colleague_names(None) == {}

    second = ct.export_case(vaults["anna"].conn, cid, tmp_path / "2.mfdcase",
                            recipient_key=ben_key).path
    again = ct.open_transfer(ben, second)
    assert again.authenticated_by == "known_sender" and again.sender.known_as == "Anna"
    assert ct.import_opened(ben, again).renamed  # no fingerprint needed the second time
    assert _count(vaults["ben"]) == 2

    # a different vault calling itself "Anna" is flagged, not trusted
    set_profile_name(vaults["carla"], "Anna")
    third = ct.export_case(vaults["carla"].conn, clients.create_client(
        vaults["carla"].conn, Client(name="Von Carla")), tmp_path / "3.mfdcase",
        recipient_key=ben_key).path
    impostor = ct.open_transfer(ben, third)
    assert impostor.needs_confirmation and impostor.sender.name_clash == anna_fp


def test_a_sender_name_cannot_carry_terminal_escapes(three, tmp_path):
    vaults, _cid = three
    ben_key, _ = ct.my_public_key(vaults["ben"].conn)
    payload = json.loads(case_json())
    payload["sender"]["profile_name"] = "Anna\x1b[2J\nFall übernommen\x07" + "x" * 200
    path = tmp_path / "esc.mfdcase"
    path.write_bytes(forge(ben_key, zlib.compress(json.dumps(payload).encode())))
    name = ct.open_transfer(vaults["ben"].conn, path).sender.profile_name
    assert name.isprintable() and name.startswith("Anna [2J Fall übernommen")
    assert len(name) == ct.MAX_NAME


def test_a_passphrase_handover_is_authenticated_by_its_passphrase(three, tmp_path):
    vaults, cid = three
    export = ct.export_case(vaults["anna"].conn, cid, tmp_path / "p.mfdcase",
                            kdf_params=FAST_KDF, allow_below_floor=True)
    opened = ct.open_transfer(vaults["ben"].conn, export.path, export.passphrase,
                              allow_below_floor=True)
    assert opened.authenticated_by == "passphrase" and not opened.needs_confirmation
    assert opened.sender.profile_name == "Anna"
    assert opened.sender.fingerprint == ct.my_public_key(vaults["anna"].conn)[1]
    assert ct.import_opened(vaults["ben"].conn, opened).case_number == "MZ-2026-0100"
    assert ct.known_senders(vaults["ben"].conn) == []  # remembered only when confirmed


def test_an_old_unsigned_passphrase_file_still_opens_with_its_passphrase(three, tmp_path):
    vaults, _cid = three
    secret = ct.new_transfer_passphrase()
    salt, nonce = new_salt(), os.urandom(12)
    key = derive_key(ct.normalise_passphrase(secret).encode(), salt, FAST_KDF,
                     allow_below_floor=True)
    head = json.dumps({"format": "mfd-transfer/1", "kdf": FAST_KDF.to_dict(),
                       "salt": base64.b64encode(salt).decode(),
                       "nonce": base64.b64encode(nonce).decode(),
                       "created_at": "2026-01-01T00:00:00Z"}).encode()
    prefix = ct.MAGIC_V1 + struct.pack(">I", len(head)) + head
    path = tmp_path / "alt.mfdcase"
    path.write_bytes(prefix + AESGCM(key).encrypt(nonce, zlib.compress(case_json()), prefix))
    assert ct.transfer_mode(path) == "passphrase"
    opened = ct.open_transfer(vaults["ben"].conn, path, secret, allow_below_floor=True)
    assert opened.sender is None and opened.authenticated_by == "passphrase"
    assert ct.import_opened(vaults["ben"].conn, opened).case_number == "FAKE-0001"


def zip_bomb(inflated_mb: int) -> bytes:
    """A zlib stream of `inflated_mb` MB of zeros, built from one compressed 64 MB block
    repeated (full flushes make the blocks byte-aligned and independent)."""
    maker = zlib.compressobj(9)
    block = b"\0" * (64 * 1024 * 1024)
    first = maker.compress(block) + maker.flush(zlib.Z_FULL_FLUSH)
    again = maker.compress(block) + maker.flush(zlib.Z_FULL_FLUSH)
    return first + again * (inflated_mb // 64 - 1) + maker.flush()


def test_inflating_is_bounded(three, tmp_path):
    vaults, _cid = three
    ben_key, _ = ct.my_public_key(vaults["ben"].conn)
    bomb = zip_bomb(4096)
    assert len(bomb) < 5 * 1024 * 1024  # ~4 MB that would inflate to 4 GB
    path = tmp_path / "bomb.mfdcase"
    path.write_bytes(forge(ben_key, bomb))
    with pytest.raises(VaultDamagedError, match="größer als jede echte Übergabe"):
        ct.open_transfer(vaults["ben"].conn, path)
    with pytest.raises(VaultDamagedError, match="größer als jede echte Übergabe"):
        ct._inflate(zlib.compress(b"x" * (ct.MAX_PAYLOAD_BYTES + 1)))
    fits = b"[" + b"1," * 1000 + b"1]"
    assert ct._inflate(zlib.compress(fits)) == fits
    with pytest.raises(VaultDamagedError, match="beschädigt"):
        ct._inflate(zlib.compress(fits)[:-3])  # cut off: no end of stream


def test_an_oversized_file_is_refused_before_it_is_read(three, tmp_path, monkeypatch):
    vaults, _cid = three
    path = tmp_path / "riesig.mfdcase"
    with path.open("wb") as handle:
        handle.write(ct.MAGIC)
        handle.truncate(ct.MAX_FILE_BYTES + 1)  # sparse
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("the file was read"))
    with pytest.raises(VaultDamagedError, match="größer als jede echte Übergabe"):
        ct.open_transfer(vaults["ben"].conn, path)


# ----- fuzzing: only the project's own errors ----------------------------------------------

@pytest.fixture
def fuzz_setup(three, tmp_path):
    vaults, cid = three
    ben_key, _ = ct.my_public_key(vaults["ben"].conn)
    sealed = ct.export_case(vaults["anna"].conn, cid, tmp_path / "s.mfdcase",
                            recipient_key=ben_key).path.read_bytes()
    phrase = ct.export_case(vaults["anna"].conn, cid, tmp_path / "p.mfdcase",
                            kdf_params=FAST_KDF, allow_below_floor=True)
    return vaults["ben"].conn, ben_key, sealed, (phrase.path.read_bytes(), phrase.passphrase)


def _open_only_user_errors(conn, tmp_path, data: bytes, passphrase=None) -> None:
    path = tmp_path / f"fuzz-{os.getpid()}.mfdcase"
    path.write_bytes(data)
    with contextlib.suppress(UserError):
        ct.open_transfer(conn, path, passphrase, allow_below_floor=True)
    with contextlib.suppress(UserError):  # the header-only look the app takes first
        assert ct.transfer_mode(path) in ("passphrase", "x25519")
        ct.sealed_for(path)


FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=2048), with_magic=st.sampled_from([b"", ct.MAGIC, ct.MAGIC_V1]))
def test_fuzz_arbitrary_bytes(fuzz_setup, tmp_path, data, with_magic):
    conn = fuzz_setup[0]
    _open_only_user_errors(conn, tmp_path, with_magic + data, "AAAA-BBBB-CCCC-DDDD-EEEE")


@FUZZ
@given(which=st.sampled_from(["sealed", "phrase"]), cut=st.integers(0, 10_000),
       flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 255)), max_size=4),
       insert=st.binary(max_size=16))
def test_fuzz_mutations_of_valid_files(fuzz_setup, tmp_path, which, cut, flips, insert):
    conn, _key, sealed, (phrase_file, phrase) = fuzz_setup
    data = bytearray(sealed if which == "sealed" else phrase_file)
    for position, mask in flips:
        data[position % len(data)] ^= mask
    position = cut % (len(data) + 1)
    data[position:position] = insert
    _open_only_user_errors(conn, tmp_path, bytes(data), phrase if which == "phrase" else None)


@FUZZ
@given(inner=st.one_of(
    st.binary(max_size=512),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                 lambda kids: st.lists(kids, max_size=4)
                 | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=20)
    .map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.sampled_from(["clients", "consultations", "offices"]),
                    st.lists(st.dictionaries(st.sampled_from(["id", "case_number", "name",
                                                              "client_id", "nope"]),
                                             st.integers() | st.text(max_size=6), max_size=4),
                             max_size=3), max_size=3)
    .map(lambda rec: json.dumps({"format": ct.PAYLOAD_FORMAT, "records": rec}).encode())))
def test_fuzz_validly_signed_files_with_hostile_content(fuzz_setup, tmp_path, inner):
    """A forger signs with their own key: whatever is inside, only the project's errors,
    also when the counsellor confirmed that forger's fingerprint."""
    conn, ben_key, _sealed, _phrase = fuzz_setup
    path = tmp_path / f"signed-{os.getpid()}.mfdcase"
    path.write_bytes(forge(ben_key, zlib.compress(inner)))
    try:
        opened = ct.open_transfer(conn, path)
        ct.import_opened(conn, opened, confirmed_fingerprint=opened.sender.fingerprint)
    except UserError:
        pass


def test_the_header_names_no_person(three, tmp_path):
    vaults, cid = three
    path = ct.export_case(vaults["anna"].conn, cid, tmp_path / "t.mfdcase",
                          kdf_params=FAST_KDF, allow_below_floor=True).path
    raw = path.read_bytes()
    header = ct._split(raw).header
    assert set(header) == {"format", "mode", "kdf", "salt", "nonce", "created_at", "sender"}
    for text in ("Anna", "Echte", "Übergabe"):
        assert text.encode() not in raw and text.encode("utf-16-le") not in raw


def test_an_old_mfdpk1_copy_of_a_key_still_seals_to_that_vault(three, tmp_path):
    vaults, cid = three
    ben = vaults["ben"].conn
    ben_key, ben_fp = ct.my_public_key(ben)
    x_only = ct._unb64url(ben_key[len("mfdpk2:"):])[:32]
    legacy = "mfdpk1:" + _b64url(x_only)  # what older versions showed under "Mein Übergabe-Schlüssel"
    legacy_fp = ct.key_fingerprint(legacy)
    assert legacy_fp != ben_fp and ct.own_fingerprints(ben) == {legacy_fp, ben_fp}
    path = ct.export_case(vaults["anna"].conn, cid, tmp_path / "alt.mfdcase",
                          recipient_key=legacy).path
    assert ct.sealed_for(path) == legacy_fp
    anna_fp = ct.my_public_key(vaults["anna"].conn)[1]
    assert ct.import_case(ben, path, None, confirmed_fingerprint=anna_fp).case_number == \
        "MZ-2026-0100"


def test_a_colleague_whose_vault_has_no_name_is_not_named(vault):
    """„Standardprofil“ would name nobody: such a sender's key is shown without a name."""
    for fp, name in [("AAAA BBBB CCCC DDDD", "Standardprofil"), ("1111 2222 3333 4444", "Carla")]:
        vault.conn.execute("INSERT INTO known_senders(fingerprint, public_key, profile_name, "
                           "confirmed_at, last_import_at) VALUES (?, ?, ?, ?, ?)",
                           (fp, "key-" + fp, name, "2026-10-01T09:00:00Z", "2026-10-01T09:00:00Z"))
    assert ct.known_colleague_names(vault.conn) == {"1111 2222 3333 4444": "Carla"}
