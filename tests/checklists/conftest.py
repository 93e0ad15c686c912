"""Fixtures for checklist tests: clients in a real vault and small templates."""

from __future__ import annotations

import pytest

from mfd_desktop.checklists.template_schema import Template, TemplateItem, Text
from mfd_desktop.domain.casework.clients import Client, create_client


@pytest.fixture
def client_id(vault) -> int:
    return create_client(vault.conn, Client(case_number="MZ-2026-0001", name="Leyla Testfall"))


def make_template(version: int = 1, items: list[tuple[str, str]] | None = None,
                  key: str = "probe") -> Template:
    items = items or [("pass", "Pass"), ("foto", "Foto"), ("mietvertrag", "Mietvertrag")]
    return Template(
        key=key, version=version, title=Text("Probe-Antrag", "Test application"),
        office=Text("Ausländerbehörde", "Immigration office"),
        items=tuple(TemplateItem(k, Text(label, label + " (en)")) for k, label in items),
    )
