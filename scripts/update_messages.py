#!/usr/bin/env python3
"""Keep the keyed message catalogue (resources/messages/<lang>.po) in step with the code.

    scripts/update_messages.py                 # extract keys, add new ones to every .po, compile
    scripts/update_messages.py --compile-only  # only compile .po -> .mo (scripts/setup.sh, build)

Extraction uses Babel: every `Msg("key", ...)` literal in mfd_desktop/ is a key. New keys
are added with an empty text; fill in German (de.po, complete) and English (en.po).
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
    return keys


def load(language: str) -> Catalog:
    path = MESSAGES / f"{language}.po"
    if path.exists():
        with path.open("rb") as handle:
            return read_po(handle, locale=language)
    return Catalog(locale=language, project="mfd-desktop", fuzzy=False)


def save(catalog: Catalog, language: str) -> None:
    MESSAGES.mkdir(parents=True, exist_ok=True)
    with (MESSAGES / f"{language}.po").open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, omit_header=False,
                 include_previous=False)


def compile_all() -> None:
    for language in LANGUAGES:
        catalog = load(language)
        with (MESSAGES / f"{language}.mo").open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.compile_only:
        keys = extracted_keys()
        for language in LANGUAGES:
            catalog = load(language)
            added = 0
            for key, locations in sorted(keys.items()):
                if key not in catalog:
                    catalog.add(key, "", locations=locations)
                    added += 1
            if added:
                save(catalog, language)
            print(f"{language}.po: {added} new key(s)", file=sys.stderr)
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
