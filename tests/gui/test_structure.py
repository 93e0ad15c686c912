"""The GUI's structure (issue 16), so it does not drift back: table models on the shared
base and one per file, page and dialog layouts from ui/ forms, files that stay short."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel
from PySide6.QtWidgets import QDialog, QWidget

import mfd_desktop.gui as gui
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.row_table_model import RowTableModel

ROOT = Path(gui.__file__).parent
MAX_LINES = 300
# Dialogs and widgets whose whole layout is one standard Qt widget or built from data
# (no form to speak of); each says why.
NO_FORM: dict[str, str] = {
    "mfd_desktop.gui.printing.pdf_printer.PdfPrintPreview":
        "Qt's own QPrintPreviewDialog layout; it only adds one button to Qt's tool bar",
}


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="mfd_desktop.gui."):
        if ".forms" in info.name or info.name.endswith("screenshots"):
            continue
        names.append(info.name)
    return sorted(names)


def _own_classes(module_name: str) -> list[type]:
    module = importlib.import_module(module_name)
    return [c for _n, c in inspect.getmembers(module, inspect.isclass)
            if c.__module__ == module_name]


def test_every_gui_module_stays_short():
    long = [f"{p.relative_to(ROOT)}: {n}" for p in ROOT.rglob("*.py")
            if "forms" not in p.parts
            and (n := len(p.read_text(encoding="utf-8").splitlines())) >= MAX_LINES]
    assert not long, long


def test_table_models_are_on_the_shared_base_one_per_file():
    per_file: dict[str, list[str]] = {}
    wrong = []
    for name in _modules():
        for cls in _own_classes(name):
            if not issubclass(cls, QAbstractItemModel) or issubclass(cls, QAbstractProxyModel):
                continue
            if cls is RowTableModel:
                continue
            if not issubclass(cls, RowTableModel):
                wrong.append(f"{name}.{cls.__name__}")
            per_file.setdefault(name, []).append(cls.__name__)
    assert not wrong, f"not on RowTableModel: {wrong}"
    crowded = {k: v for k, v in per_file.items() if len(v) > 1}
    assert not crowded, crowded


@pytest.mark.parametrize("name", _modules())
def test_pages_and_dialogs_take_their_layout_from_a_form(name):
    module = importlib.import_module(name)
    source = inspect.getsource(module)
    for cls in _own_classes(name):
        if not (issubclass(cls, (QDialog, Page)) and issubclass(cls, QWidget)):
            continue
        if cls is Page or f"{name}.{cls.__name__}" in NO_FORM or inspect.isabstract(cls):
            continue
        assert "mfd_desktop.gui.forms.ui_" in source or "setupUi" in inspect.getsource(cls), \
            f"{name}.{cls.__name__} builds its layout in code"
