"""Templates are parsed once per distinct file text (every opened case loads all of them,
issue 21): an edited file is read anew, a broken one keeps failing."""

from __future__ import annotations

import dataclasses

import pytest

from mfd_desktop.checklists import templates
from mfd_desktop.checklists.template_schema import Text, dump_template
from tests.checklists.conftest import make_template


def test_edited_template_file_is_parsed_again(data_paths):
    target = templates.save_template(data_paths, make_template())
    first = templates.load_all(data_paths).get("probe")
    assert templates.load_all(data_paths).get("probe") is first  # the same text: not parsed again
    changed = dataclasses.replace(make_template(), version=2, title=Text("Anders", "Other"))
    target.write_text(dump_template(changed), "utf-8")  # edited outside the app
    assert templates.load_all(data_paths).get("probe").title.de == "Anders"
    target.write_text('key = "probe"\nversion = 3\n', "utf-8")
    for _ in range(2):  # a broken file is reported every time, never served from memory
        loaded = templates.load_all(data_paths)
        assert "probe" not in {k for k, v in loaded.templates.items() if v.origin == templates.CUSTOM}
        assert [p.source for p in loaded.problems] == ["probe.toml"]


def test_a_file_that_cannot_be_parsed_raises_each_time(tmp_path):
    path = tmp_path / "kaputt.toml"
    path.write_text("key = \"kaputt\"\n", "utf-8")
    for _ in range(2):
        with pytest.raises(templates.TemplateError):
            templates.read_template_file(path)
