"""Build a smaller ICU data library for the Linux bundle (used by mfd-desktop.spec).

The PySide6 wheels for Linux ship Qt with ICU, and `libicudata.so.NN` alone is 32 MB:
the Unicode CLDR data for every language, every legacy code page, transliteration and
the Chinese/Japanese/Thai word dictionaries. Qt uses little of it: collation
(QCollator, locale-aware sorting), code-page conversion (QStringDecoder for encodings
Qt has no own converter for) and a few locale lookups. Qt's own QLocale data, text
layout, line breaking, IDNA and time zones (tzdata on Linux) do not read ICU data.

So this keeps, following ICU's own advice for shrinking its data
(https://unicode-org.github.io/icu/userguide/icu_data/buildtool.html):

- every item that is not per-language (root, supplemental data, normalisation, ...);
- per-language items (locale, collation, names, number spelling, break rules) for the
  languages counsellors and clients work in: German, English and the handout languages
  Arabic, Persian, Ukrainian, Russian and Turkish;
- single-byte code pages (Windows-125x, ISO-8859-x, ... a few KB each);

and drops transliteration, the word-break dictionaries for Chinese, Japanese, Khmer,
Lao, Burmese and Thai, multi-byte code pages (Chinese, Japanese, Korean, EBCDIC
mixed), Unicode character names and the per-language data of other languages. A
request for dropped data falls back the way ICU always does (to the root data), it
does not fail. The self-test (`mfd-desktop --self-test`) checks German collation and
a Windows-1252 conversion in the built app.

It uses the ICU tool `icupkg` (Debian: icu-devtools) to rewrite the data package and
the C compiler (gcc) to wrap it into a shared library with the same name and the one
symbol `icudtNN_dat` the other ICU libraries look up. Both steps are deterministic, so
the build stays reproducible.

    python build_scripts/trim_icu_data.py LIBICUDATA OUT_DIR   -> prints the new path
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Languages whose per-language ICU data stays (ISO 639 codes).
KEPT_LANGUAGES = frozenset({"root", "de", "en", "ar", "fa", "uk", "ru", "tr"})
# Trees dropped as a whole: Qt never asks ICU for transliteration.
DROPPED_TREES = frozenset({"translit"})
# Unicode character names (u_charName): Qt does not use them.
DROPPED_FILES = frozenset({"unames.icu"})
# A per-language item: "de.res", "de_AT.res", "coll/de.res", "zone/en_GB.res",
# "brkitr/de.res"; language "root" counts as a language here.
_LOCALE_ITEM = re.compile(r"^(?P<lang>[a-z]{2,3}|root)(?:_[A-Za-z0-9]*)*\.res$")
_SYMBOL = re.compile(r"^icudt(\d+)_dat$")


class TrimError(RuntimeError):
    """The ICU data could not be trimmed; the message says why (for the build log)."""


def keep_item(name: str, data: bytes | None = None) -> bool:
    """Whether the ICU data item `name` (e.g. "coll/de.res") stays in the bundle.

    `data` is the item's content, needed only for code pages (".cnv").
    """
    tree, _, leaf = name.rpartition("/")
    if tree.split("/", 1)[0] in DROPPED_TREES or (not tree and leaf in DROPPED_FILES):
        return False
    if leaf.endswith(".dict"):  # word-break dictionaries (CJK, Thai, Khmer, Lao, Burmese)
        return False
    if leaf.endswith(".cnv"):
        return data is not None and converter_is_single_byte(data)
    match = _LOCALE_ITEM.match(leaf)
    if match and leaf != "res_index.res" and leaf != "pool.res":
        return match.group("lang") in KEPT_LANGUAGES
    return True


def converter_is_single_byte(data: bytes) -> bool:
    """True for a code page whose characters are all one byte (maxBytesPerChar == 1).

    A .cnv item is an ICU data header (its size is the first uint16) followed by
    UConverterStaticData: structSize (4), name (60), codepage (4), platform (1),
    conversionType (1), minBytesPerChar (1), maxBytesPerChar (1), ...
    """
    if len(data) < 4:
        return False
    header_size = struct.unpack_from("<H", data, 0)[0]
    offset = header_size + 4 + 60 + 4 + 1 + 1 + 1
    return len(data) > offset and data[offset] == 1


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, check=True, capture_output=True, **kwargs)
    except FileNotFoundError as exc:
        raise TrimError(f"{args[0]} fehlt (Debian: apt install icu-devtools gcc binutils)") from exc
    except subprocess.CalledProcessError as exc:
        raise TrimError(f"{' '.join(args[:2])} schlug fehl: {exc.stderr.decode(errors='replace')}") from exc


def data_symbol(library: Path) -> str:
    """The one exported symbol of libicudata (e.g. "icudt73_dat")."""
    out = _run(["nm", "-D", "--defined-only", str(library)], text=False).stdout.decode()
    symbols = [line.split()[-1] for line in out.splitlines() if line.strip()]
    found = [s for s in symbols if _SYMBOL.match(s)]
    if len(found) != 1:
        raise TrimError(f"{library.name}: kein eindeutiges icudtNN_dat-Symbol ({symbols})")
    return found[0]


def trim(library: Path, out_dir: Path) -> Path:
    """Write a trimmed copy of `library` (same file name and soname) into `out_dir`."""
    symbol = data_symbol(library)
    version = _SYMBOL.match(symbol).group(1)
    work = out_dir / "icu-work"
    if work.exists():
        shutil.rmtree(work)
    items_dir = work / "items"
    items_dir.mkdir(parents=True)
    full_dat = work / f"icudt{version}l.dat"
    _run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full_dat)])

    listing = _run(["icupkg", "-l", str(full_dat)]).stdout.decode().split()
    if len(listing) < 100:
        raise TrimError(f"{library.name}: nur {len(listing)} Einträge gefunden – kein ICU-Datenpaket?")
    # Only code pages are judged by their content; extract just those.
    converters = [name for name in listing if name.endswith(".cnv")]
    cnv_list = work / "converters.txt"
    cnv_list.write_text("\n".join(converters) + "\n", encoding="ascii")
    _run(["icupkg", "-d", str(items_dir), "-x", str(cnv_list), str(full_dat)])

    dropped = sorted(name for name in listing if not keep_item(
        name, (items_dir / name).read_bytes() if name.endswith(".cnv") else None))
    if "coll/ucadata.icu" in dropped or "coll/root.res" in dropped:
        raise TrimError("Kollationsdaten würden fehlen")  # a guard against a wrong rule
    drop_list = work / "drop.txt"
    drop_list.write_text("\n".join(dropped) + "\n", encoding="ascii")
    # icupkg names the items after the output file ("icudt73l/coll/de.res"), and ICU
    # looks them up by that name, so the output keeps the original file name.
    (work / "trimmed").mkdir()
    trimmed_dat = work / "trimmed" / full_dat.name
    remove = ["icupkg", "-r", str(drop_list), str(full_dat), str(trimmed_dat)]
    try:
        _run(remove)
    except TrimError as exc:
        # The root break rules name the dropped dictionaries; ICU then simply has no
        # dictionary for those scripts. Anything else missing is a wrong rule above.
        missing = set(re.findall(r"depends on missing item (\S+)", str(exc)))
        if not missing or not all(item.endswith(".dict") for item in missing):
            raise
        _run([*remove[:1], "--ignore-deps", *remove[1:]])

    # Wrap the package into a library exporting the same symbol, 16-byte aligned as
    # ICU expects. No debug info, so the build path does not end up in the file.
    asm = work / "icudata.S"
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "trimmed/{trimmed_dat.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    out_lib = out_dir / library.name
    _run(["gcc", "-shared", "-nostdlib", "-g0", f"-Wl,-soname,{library.name}",
          "-Wl,--hash-style=gnu", "-o", str(out_lib.resolve()), asm.name], cwd=work)
    if data_symbol(out_lib) != symbol:
        raise TrimError("die neue Bibliothek exportiert das Datensymbol nicht")
    # Read the package back out of the new library under the name ICU uses for it:
    # icupkg refuses items whose prefix does not match, and the count must add up.
    (work / "check").mkdir()
    check_dat = work / "check" / full_dat.name
    _run(["objcopy", "-O", "binary", "--only-section=.rodata", str(out_lib), str(check_dat)])
    kept = _run(["icupkg", "--ignore-deps", "-l", str(check_dat)]).stdout.decode().split()
    if len(kept) != len(listing) - len(dropped) or "coll/de.res" not in kept:
        raise TrimError(f"die neue Bibliothek enthält {len(kept)} statt "
                        f"{len(listing) - len(dropped)} Einträge")
    shutil.rmtree(work)
    return out_lib


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        out = trim(Path(argv[0]), out_dir)
    except TrimError as exc:
        print(f"trim_icu_data: {exc}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
