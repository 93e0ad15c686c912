"""The statistics core speaks in messages: it never reads or chooses a display language.

Issue #16: texts are keys plus arguments rendered at the edge (gui/, cli/, reports/).
The vocabulary's labels stay data (stats/vocabulary.py, shared with the server) and are
chosen by an explicit `language` argument from the edge, never from a global."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mfd_desktop.stats import presentation
from mfd_desktop.stats.periods import parse_period

STATS = Path(__file__).resolve().parents[2] / "mfd_desktop" / "stats"
# Only the vocabulary (data shared with the server) takes a language, from its caller.
LANGUAGE_PARAMETER_ALLOWED = {"vocabulary.py"}


def _sources() -> list[Path]:
    files = sorted(STATS.glob("*.py"))
    assert len(files) >= 10, files
    return files


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.name)
def test_stats_never_reads_a_display_language_nor_keeps_english_twins(path):
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword):
            assert node.arg != "en", f"{path.name}:{node.value.lineno}: en= twin"
        if isinstance(node, (ast.Name, ast.Attribute)):
            name = node.id if isinstance(node, ast.Name) else node.attr
            assert name != "display_language", f"{path.name}:{node.lineno}"
            assert not re.search(r"_EN$", name), f"{path.name}:{node.lineno}: {name}"
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assert not target.id.endswith("_EN"), f"{path.name}: {target.id}"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                path.name not in LANGUAGE_PARAMETER_ALLOWED):
            names = [a.arg for a in (*node.args.args, *node.args.kwonlyargs)]
            # `rendered`/`in_language` render at the edge's request; nothing else may
            # choose between languages.
            if node.name not in {"rendered", "in_language", "_rendered_row", "render"}:
                assert "language" not in names, f"{path.name}: {node.name}(language=…)"
    assert "set_display_language" not in source


def test_figures_are_messages_until_the_edge_renders_them():
    from mfd_desktop.messages import Msg

    period = parse_period("2026-Q3")
    figures = presentation.exact_figures(period, {("clients", "total", "total"): 3},
                                         provisional=False, k=5)
    assert figures.language is None and isinstance(figures.warnings[0], Msg)
    german = presentation.rendered(figures, "de")
    english = presentation.rendered(figures, "en")
    assert german.warnings[0].startswith("Genaue Zahlen – nur für Sie")
    assert english.warnings[0].startswith("Exact figures – for you only")
    assert german.overview[0].label == "Ratsuchende (beraten)"
    assert english.overview[0].label == "Clients (counselled)"
    assert german.legend.startswith("Zeichenerklärung") and english.legend.startswith("Key:")
    assert period.label.render("de") == "3. Quartal 2026"
    assert period.label.render("en") == "Q3 2026"
    assert parse_period("2026-02").label.render("de") == "Februar 2026"
