"""build_scripts/trim_icu_data.py: the smaller ICU data library of the Linux build.

The real test trims the libicudata of the installed PySide6 and makes a fresh Python load
Qt against it (LD_LIBRARY_PATH is searched before Qt's $ORIGIN run path), then sorts
German words with QCollator. Needs icupkg (icu-devtools) and gcc, which
scripts/setup.sh installs.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "trim_icu_data", ROOT / "build_scripts" / "trim_icu_data.py")
trim_icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trim_icu_data)


@pytest.mark.parametrize("name, kept", [
    ("coll/de.res", True),
    ("coll/root.res", True),
    ("coll/ucadata.icu", True),
    ("coll/zh.res", False),
    ("coll/es_.res", False),  # "es_" (traditional Spanish) is per-language as well
    ("de.res", True),
    ("de_AT.res", True),
    ("en_GB.res", True),
    ("ar_EG.res", True),
    ("fa.res", True),
    ("ja.res", False),
    ("zone/de.res", True),
    ("zone/fr.res", False),
    ("zone/zoneinfo64.res", True),
    ("zone/metaZones.res", True),
    ("lang/pool.res", True),
    ("curr/res_index.res", True),
    ("supplementalData.res", True),
    ("likelySubtags.res", True),
    ("translit/de_ASCII.res", False),
    ("translit/root.res", False),
    ("brkitr/cjdict.dict", False),
    ("brkitr/line.brk", True),
    ("unames.icu", False),
    ("nfkc.nrm", True),
    ("cnvalias.icu", True),
])
def test_which_items_stay(name, kept):
    assert trim_icu_data.keep_item(name) is kept


def _cnv(max_bytes_per_char: int, header_size: int = 32) -> bytes:
    header = header_size.to_bytes(2, "little") + bytes(header_size - 2)
    static = bytearray(100)
    static[4 + 60 + 4 + 1 + 1 + 1] = max_bytes_per_char
    return header + bytes(static)


def test_single_byte_code_pages_stay_and_multi_byte_ones_go():
    assert trim_icu_data.keep_item("ibm-5348_P100-1997.cnv", _cnv(1))
    assert not trim_icu_data.keep_item("gb18030.cnv", _cnv(4))
    assert not trim_icu_data.keep_item("broken.cnv", b"\x20")
    assert not trim_icu_data.keep_item("unknown.cnv")  # no content: cannot tell, dropped


def _pyside_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library (only the Linux wheels do)")
    return found[0]


COLLATE = """
import functools, sys
from PySide6 import QtCore
collator = QtCore.QCollator(QtCore.QLocale(QtCore.QLocale.Language.German,
                                           QtCore.QLocale.Country.Germany))
words = ["Zander", "Österreich", "Ober", "Birne", "Äpfel", "Apfel"]
print(",".join(sorted(words, key=functools.cmp_to_key(collator.compare))))
maps = open("/proc/self/maps").read()
print("trimmed" if sys.argv[1] + "/libicudata" in maps else "original")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trim is Linux-only")
def test_qt_sorts_german_with_the_trimmed_data(tmp_path):
    original = _pyside_icu_data()
    out_dir = tmp_path / "icu"
    out_dir.mkdir()
    trimmed = trim_icu_data.trim(original, out_dir)
    assert trimmed.name == original.name
    assert trimmed.stat().st_size < 8_000_000 < original.stat().st_size
    assert not (out_dir / "icu-work").exists()

    env = dict(os.environ, LD_LIBRARY_PATH=str(out_dir), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", COLLATE, str(out_dir)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Apfel,Äpfel,Birne,Ober,Österreich,Zander", "trimmed"]
    assert "collator" not in result.stderr.lower()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trim is Linux-only")
def test_the_trim_is_deterministic_and_refuses_a_file_without_icu_data(tmp_path):
    original = _pyside_icu_data()
    first = trim_icu_data.trim(original, tmp_path / "a")
    second = trim_icu_data.trim(original, tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()

    not_icu = tmp_path / "libicudata.so.99"
    not_icu.write_bytes(b"\x7fELF nothing here")
    with pytest.raises(trim_icu_data.TrimError):
        trim_icu_data.trim(not_icu, tmp_path / "c")
