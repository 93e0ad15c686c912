"""Importing, saving and exporting templates; version rules."""

from __future__ import annotations

import dataclasses

import pytest

from mfd_desktop.checklists import templates
from mfd_desktop.checklists.template_schema import Text, dump_template, parse_template
from mfd_desktop.errors import UserError
from tests.checklists.conftest import make_template


def test_import_then_export_round_trip(data_paths, tmp_path):
    source = tmp_path / "probe.toml"
    source.write_text(dump_template(make_template()), "utf-8")
    imported = templates.import_template(data_paths, source)
    assert templates.load_all(data_paths).templates["probe"].origin == templates.CUSTOM
    out = tmp_path / "export.toml"
    templates.export_template(imported, out)
    assert parse_template(out.read_text("utf-8"), "export.toml") == imported


def test_import_of_broken_file_changes_nothing(data_paths, tmp_path):
    source = tmp_path / "probe.toml"
    source.write_text("key = \"probe\"\nversion = 1\n", "utf-8")
    with pytest.raises(templates.TemplateError, match="Feld „title“"):
        templates.import_template(data_paths, source)
    assert not templates.admin_dir(data_paths).exists()


def test_changed_template_needs_a_higher_version(data_paths):
    templates.save_template(data_paths, make_template())
    changed = dataclasses.replace(make_template(), title=Text("Anders", "Other"))
    with pytest.raises(UserError, match="Versionsnummer"):
        templates.save_template(data_paths, changed)
    templates.save_template(data_paths, dataclasses.replace(changed, version=2))
    assert templates.load_all(data_paths).get("probe").title.de == "Anders"


def test_administrator_copy_overrides_shipped_and_can_be_removed(data_paths):
    shipped = templates.load_all().get("kindergeld")
    custom = dataclasses.replace(shipped, version=shipped.version + 1, items=shipped.items[:2])
    templates.save_template(data_paths, custom)
    assert len(templates.load_all(data_paths).get("kindergeld").items) == 2
    templates.remove_custom_template(data_paths, "kindergeld")
    assert templates.load_all(data_paths).get("kindergeld") == shipped


def test_unknown_template_key():
    with pytest.raises(UserError, match="gibt es nicht"):
        templates.load_all().get("gibtsnicht")
