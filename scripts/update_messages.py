#!/usr/bin/env python3
"""Keep the keyed message catalogue (resources/messages/<lang>/<subject>.po) in step with the code.

    scripts/update_messages.py                 # extract keys, add new ones to every .po, compile
    scripts/update_messages.py --compile-only  # only compile .po -> .mo (scripts/setup.sh, build)

Extraction uses Babel: every `Msg("key", ...)` literal in mfd_desktop/ is a key; so is every
value of the reference lists (resources/reference/*.toml: "ref.<list>.<key>", see
mfd_desktop/domain/reference.py), whose keys the code builds from data. A key's
first part names its file: "vault.wrong_passphrase" lives in de/vault.po and en/vault.po.
New keys are added with an empty text; fill in German (de/, complete) and English (en/).
Compiling merges each language's files into one resources/messages/<lang>.mo.
Nothing is removed here: tests/test_messages.py names unused keys so a person decides.
The .mo files are build output (git-ignored); only the standard library reads them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = ROOT / "resources" / "messages"
LANGUAGES = ("de", "en")
KEYWORDS = {"Msg": (1,)}


def extracted_keys() -> dict[str, list[tuple[str, int]]]:
    keys: dict[str, list[tuple[str, int]]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT / "mfd_desktop"), method_map=[("**.py", "python")], keywords=KEYWORDS,
    ):
        if isinstance(message, str) and message:
            keys.setdefault(message, []).append((f"mfd_desktop/{filename}", lineno))
    for key in reference_keys():
        keys.setdefault(key, [])
    return keys


def reference_keys() -> list[str]:
    """The label keys of the reference value lists (built from their TOML files)."""
    sys.path.insert(0, str(ROOT))
    from mfd_desktop.domain import reference

    return reference.message_keys()


def subject_of(key: str) -> str:
    return key.split(".", 1)[0]


def po_path(language: str, subject: str) -> Path:
    return MESSAGES / language / f"{subject}.po"


def read(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def load(language: str, subject: str) -> Catalog:
    path = po_path(language, subject)
    if path.exists():
        return read(path, language)
    return Catalog(locale=language, project="mfd-desktop", fuzzy=False)


def save(catalog: Catalog, language: str, subject: str) -> None:
    path = po_path(language, subject)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, omit_header=False,
                 include_previous=False)


def compile_all() -> None:
    for language in LANGUAGES:
        merged = Catalog(locale=language, fuzzy=False)
        for path in sorted((MESSAGES / language).glob("*.po")):
            for message in read(path, language):
                if message.id:
                    merged[message.id] = message
        with (MESSAGES / f"{language}.mo").open("wb") as handle:
            write_mo(handle, merged, use_fuzzy=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.compile_only:
        keys = extracted_keys()
        for language in LANGUAGES:
            by_subject: dict[str, list[str]] = {}
            for key in sorted(keys):
                by_subject.setdefault(subject_of(key), []).append(key)
            for subject, subject_keys in by_subject.items():
                catalog = load(language, subject)
                new = [key for key in subject_keys if key not in catalog]
                for key in new:
                    catalog.add(key, "", locations=keys[key])
                if new:
                    save(catalog, language, subject)
                    print(f"{language}/{subject}.po: {len(new)} new key(s)", file=sys.stderr)
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
