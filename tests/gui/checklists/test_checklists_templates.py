"""Template management on the Checklisten page: broken files listed, import, export, editor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from mfd_desktop.checklists import templates
from mfd_desktop.checklists.template_schema import parse_template
from mfd_desktop.gui.checklists.checklists_page import ChecklistsPage
from mfd_desktop.gui.checklists.template_editor import TemplateEditorDialog

GOOD = """key = "probe"
version = 1
title = { de = "Probe", en = "Test" }
office = { de = "Jobcenter", en = "Job centre" }

[[items]]
key = "pass"
label = { de = "Pass", en = "Passport" }
"""


def _page(ctx, qtbot):
    page = ChecklistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_broken_template_is_shown_and_the_others_work(unlocked_ctx, qtbot):
    folder = templates.admin_dir(unlocked_ctx.paths)
    folder.mkdir(parents=True)
    (folder / "kaputt.toml").write_text(GOOD.replace("version = 1", "version = -3"), "utf-8")
    page = _page(unlocked_ctx, qtbot)
    view = page.templates_view
    assert view.model.rowCount() == len(templates.load_all().templates)
    assert "Vorlage „kaputt.toml“, Zeile 2, Feld „version“" in view.problems.text()
    assert "ar (157)" in view.review.text()  # 154 + the three contact-block phrases


def test_import_and_export(unlocked_ctx, qtbot, tmp_path):
    source = tmp_path / "probe.toml"
    source.write_text(GOOD, "utf-8")
    page = _page(unlocked_ctx, qtbot)
    view = page.templates_view
    view.import_file(str(source))
    selected = view.selected()
    assert selected.key == "probe" and selected.origin == templates.CUSTOM
    out = tmp_path / "geteilt.toml"
    view.export(str(out))
    assert parse_template(out.read_text("utf-8"), "geteilt.toml") == selected.template
    view.remove()
    assert "probe" not in view.template_set.templates


def test_editor_checks_while_typing_and_saves(unlocked_ctx, qtbot):
    dialog = TemplateEditorDialog(unlocked_ctx, None)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.editor.setPlainText(GOOD.replace('key = "pass"', 'key = "Pass!"'))
    dialog.check()
    assert not save.isEnabled()
    assert "Zeile 7, Feld „items[1].key“" in dialog.problem.text()
    dialog.editor.setPlainText(GOOD)
    dialog.check()
    assert save.isEnabled()
    save.click()
    assert dialog.saved_template.key == "probe"
    assert templates.load_all(unlocked_ctx.paths).get("probe").items[0].label.de == "Pass"


def test_templates_are_listed_by_title_with_the_key_last(unlocked_ctx, qtbot):
    page = _page(unlocked_ctx, qtbot)
    view = page.templates_view
    model = view.model
    assert model.horizontalHeaderItem(0).text() == "Titel"
    assert model.horizontalHeaderItem(model.columnCount() - 1).text() == "Schlüssel"
    titles = [model.item(r, view.TITLE).text() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    assert "Einbürgerung" in titles
    assert "einbuergerung" in [model.item(r, view.KEY).text() for r in range(model.rowCount())]
