"""Signing and verifying a release build: SHA256SUMS over every file, signed with Ed25519.

What is signed: `SHA256SUMS` lists every regular file of the build folder as
`<sha256 hex>  <relative/posix/path>` (the GNU `sha256sum` text format, so an admin can
also run `sha256sum -c SHA256SUMS`), sorted by the UTF-8 bytes of the path so the
file is the same on every platform. `SHA256SUMS.sig` holds the raw 64-byte Ed25519
signature of exactly those bytes; that is what `openssl pkeyutl -sign -rawin` makes, so
`openssl pkeyutl -verify -rawin` can check it too (see build_scripts/verify_build.py).

Verification trusts nothing in the folder before the signature checks out with the
public key the administrator was given separately; then it refuses any file whose hash
changed, any file that is missing and any file that is not listed. The two signature
files themselves are the only ones left out of the list.

Symbolic links (macOS app bundles have them) are followed when they point inside the
build folder and refused when they point outside it, so a link cannot smuggle in an
unsigned file. A directory link is followed once; a link back to one of its own parent
folders is refused (it would make the listing endless).

The release key is an Ed25519 private key in PKCS#8 PEM, optionally encrypted with a
passphrase; it is kept offline (docs/build.md says how).
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.security.atomic import atomic_write_bytes

SUMS_NAME = "SHA256SUMS"
SIG_NAME = "SHA256SUMS.sig"
SIGNATURE_FILES = frozenset({SUMS_NAME, SIG_NAME})
SIGNATURE_LENGTH = 64
_CHUNK = 1024 * 1024
# How many file names a refusal message lists before it says "und N weitere".
_LISTED = 5


class VerificationError(UserError):
    """The build does not match its signature or the key; the message says why."""


# ----- keys -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFiles:
    private: Path
    public: Path
    fingerprint: str


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """A short, readable fingerprint to compare on the phone or on paper: 8 groups of 4."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:32]
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def generate_keypair(prefix: str | os.PathLike[str], passphrase: str | None = None) -> KeyFiles:
    """Write PREFIX.key (PKCS#8 PEM, mode 0600, encrypted if a passphrase is given) and
    PREFIX.pub (SubjectPublicKeyInfo PEM). Existing files are never overwritten."""
    prefix = Path(prefix)
    private_path = prefix.with_name(prefix.name + ".key")
    public_path = prefix.with_name(prefix.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise UserError(Msg("release.key_exists", path=path))
    if not private_path.parent.is_dir():
        raise UserError(Msg("release.folder_missing", folder=private_path.parent))
    key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption
    if passphrase:
        encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    else:
        encryption = serialization.NoEncryption()
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    encryption)
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    atomic_write_bytes(private_path, private_pem, mode=0o600)
    atomic_write_bytes(public_path, public_pem, mode=0o644)
    return KeyFiles(private_path, public_path, fingerprint(key.public_key()))


def private_key_is_encrypted(path: str | os.PathLike[str]) -> bool:
    return b"ENCRYPTED PRIVATE KEY" in _read_key_file(Path(path), "privaten Schlüssel")


def load_private_key(path: str | os.PathLike[str], passphrase: str | None = None
                     ) -> Ed25519PrivateKey:
    data = _read_key_file(Path(path), "privaten Schlüssel")
    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if passphrase else None
        )
    except TypeError as exc:
        if passphrase:
            raise UserError(Msg("release.key_not_encrypted", path=path)) from exc
        raise UserError(Msg("release.key_needs_passphrase", path=path)) from exc
    except ValueError as exc:
        if passphrase:
            raise UserError(Msg("release.wrong_key_passphrase", path=path)) from exc
        raise UserError(Msg("release.bad_private_pem", path=path)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(Msg("release.not_ed25519_key", path=path))
    return key


def load_public_key(path: str | os.PathLike[str]) -> Ed25519PublicKey:
    data = _read_key_file(Path(path), "öffentlichen Schlüssel")
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise VerificationError(Msg("release.bad_public_pem", path=path)) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise VerificationError(Msg("release.not_ed25519_public_key", path=path))
    return key


def _read_key_file(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(Msg("release.key_file_missing", what=what, path=path)) from exc
    except OSError as exc:
        raise UserError(Msg("release.key_file_unreadable", what=what, path=path)) from exc


# ----- listing and hashing ----------------------------------------------------------------


def _sort_key(relative: str) -> bytes:
    return relative.encode("utf-8")


def list_files(build_dir: str | os.PathLike[str]) -> list[str]:
    """Every file of the build as a relative POSIX path, sorted by UTF-8 bytes, without
    the two signature files at the top. Refuses links that leave the folder."""
    root = Path(build_dir)
    if not root.is_dir():
        raise UserError(Msg("release.folder_missing", folder=root))
    real_root = root.resolve()
    found: list[str] = []
    _walk(root, real_root, "", {real_root}, found)
    found = [p for p in found if p not in SIGNATURE_FILES]
    return sorted(found, key=_sort_key)


def _walk(directory: Path, real_root: Path, prefix: str, ancestors: set[Path],
          out: list[str]) -> None:
    with os.scandir(directory) as entries:
        names = sorted((e.name for e in entries), key=_sort_key)
    for name in names:
        if "\n" in name or "\r" in name or "\\" in name:
            raise UserError(Msg("release.bad_file_name", name=repr(name), folder=prefix or '.'))
        path = directory / name
        relative = f"{prefix}{name}"
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = path.resolve()
            if target != real_root and real_root not in target.parents:
                raise UserError(Msg("release.link_outside", relative=relative))
            if target.is_dir():
                if target in ancestors:
                    raise UserError(Msg("release.parent_reference", relative=relative))
                _walk(path, real_root, relative + "/", ancestors | {target}, out)
            elif target.is_file():
                out.append(relative)
            else:
                raise UserError(Msg("release.dangling_link", relative=relative))
        elif stat.S_ISDIR(info.st_mode):
            _walk(path, real_root, relative + "/", ancestors | {path.resolve()}, out)
        elif stat.S_ISREG(info.st_mode):
            out.append(relative)
        else:
            raise UserError(Msg("release.not_regular_file", relative=relative))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def compute_sums(build_dir: str | os.PathLike[str]) -> dict[str, str]:
    root = Path(build_dir)
    return {rel: sha256_file(root / rel) for rel in list_files(root)}


def format_sums(sums: dict[str, str]) -> bytes:
    lines = [f"{sums[rel]}  {rel}\n" for rel in sorted(sums, key=_sort_key)]
    return "".join(lines).encode("utf-8")


def parse_sums(data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise VerificationError(Msg("release.sums_not_utf8")) from exc
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        digest, sep, relative = line.partition("  ")
        if (not sep or len(digest) != 64 or not relative
                or any(c not in "0123456789abcdef" for c in digest)):
            raise VerificationError(Msg("release.sums_bad_line", number=number))
        if relative in sums:
            raise VerificationError(Msg("release.sums_duplicate", number=number, relative=relative))
        sums[relative] = digest
    return sums


# ----- signing and verifying ----------------------------------------------------------------


@dataclass(frozen=True)
class SignResult:
    sums_path: Path
    sig_path: Path
    file_count: int
    fingerprint: str


def sign_build(build_dir: str | os.PathLike[str], private_key: Ed25519PrivateKey) -> SignResult:
    """Write DIR/SHA256SUMS and DIR/SHA256SUMS.sig (old ones are replaced)."""
    root = Path(build_dir)
    sums = compute_sums(root)
    if not sums:
        raise UserError(Msg("release.nothing_to_sign", root=root))
    data = format_sums(sums)
    signature = private_key.sign(data)
    atomic_write_bytes(root / SUMS_NAME, data, mode=0o644)
    atomic_write_bytes(root / SIG_NAME, signature, mode=0o644)
    return SignResult(root / SUMS_NAME, root / SIG_NAME, len(sums),
                      fingerprint(private_key.public_key()))


@dataclass
class VerifyReport:
    file_count: int = 0
    fingerprint: str = ""
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.added)

    def message(self) -> str:
        if self.ok:
            return (f"Build geprüft: alle {self.file_count} Dateien stimmen mit der Signatur "
                    f"überein (Schlüssel {self.fingerprint}).")
        parts = []
        if self.changed:
            parts.append(f"{len(self.changed)} Datei(en) verändert: {_names(self.changed)}")
        if self.missing:
            parts.append(f"{len(self.missing)} Datei(en) fehlen: {_names(self.missing)}")
        if self.added:
            parts.append(f"{len(self.added)} Datei(en) hinzugefügt, die nicht signiert sind: "
                         f"{_names(self.added)}")
        return ("Build NICHT in Ordnung – bitte nicht installieren. " + "; ".join(parts) + ".")


def _names(paths: list[str]) -> str:
    shown = ", ".join(paths[:_LISTED])
    rest = len(paths) - _LISTED
    return shown + (f" und {rest} weitere" if rest > 0 else "")


def check_signature(build_dir: Path, public_key: Ed25519PublicKey) -> bytes:
    """The bytes of SHA256SUMS, but only if SHA256SUMS.sig is a valid signature of them."""
    sums_path, sig_path = build_dir / SUMS_NAME, build_dir / SIG_NAME
    if not build_dir.is_dir():
        raise VerificationError(Msg("release.folder_missing", folder=build_dir))
    for path in (sums_path, sig_path):
        if not path.is_file():
            raise VerificationError(Msg("release.file_missing_in_build", name=path.name, build_dir=build_dir))
    data = sums_path.read_bytes()
    signature = sig_path.read_bytes()
    if len(signature) != SIGNATURE_LENGTH:
        raise VerificationError(Msg("release.bad_signature_length", name=SIG_NAME))
    try:
        public_key.verify(signature, data)
    except InvalidSignature as exc:
        raise VerificationError(
            Msg("release.signature_mismatch", fingerprint=fingerprint(public_key))
        ) from exc
    return data


def verify_build(build_dir: str | os.PathLike[str], public_key: Ed25519PublicKey) -> VerifyReport:
    """Check the signature first, then every file. Never raises for file differences:
    they are in the report. Raises `VerificationError` when the signature is bad."""
    root = Path(build_dir)
    expected = parse_sums(check_signature(root, public_key))
    report = VerifyReport(fingerprint=fingerprint(public_key), file_count=len(expected))
    actual = list_files(root)
    actual_set = set(actual)
    for relative in sorted(expected, key=_sort_key):
        if relative not in actual_set:
            report.missing.append(relative)
        elif sha256_file(root / relative) != expected[relative]:
            report.changed.append(relative)
    report.added = [rel for rel in actual if rel not in expected]
    return report
