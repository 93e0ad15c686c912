"""Finding, importing, saving and exporting checklist templates.

Two places hold templates:
- shipped: resources/checklists/*.toml (read-only, part of the app);
- administrator's: `<data dir>/templates/*.toml`. A template there with the same key as
  a shipped one replaces it (that is how an office adapts a list to its Ausländerbehörde).

Templates hold no personal data, so they are plain files outside the vault and can be
copied to colleagues (export). A broken file never stops the others from loading:
`load_all()` returns the good templates plus one German message per broken file.

Versions: a changed template must carry a higher `version`; checklists on cases keep
the snapshot of the version they were assigned and can be updated explicitly
(see `case_checklists.plan_update`).
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from mfd_desktop.checklists.template_schema import (
    Template,
    TemplateError,
    dump_template,
    parse_template,
)
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths, resources_dir
from mfd_desktop.security.atomic import atomic_write_bytes

log = logging.getLogger("mfd.checklists.templates")

MAX_FILE_BYTES = 512 * 1024
SHIPPED = "mitgeliefert"
CUSTOM = "eigene"


def shipped_dir() -> Path:
    return resources_dir() / "checklists"


def admin_dir(paths: DataPaths) -> Path:
    return paths.root / "templates"


@dataclass(frozen=True)
class LoadedTemplate:
    template: Template
    origin: str  # SHIPPED or CUSTOM
    path: Path

    @property
    def key(self) -> str:
        return self.template.key


@dataclass
class TemplateSet:
    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: list[TemplateError] = field(default_factory=list)

    def get(self, key: str) -> Template:
        loaded = self.templates.get(key)
        if loaded is None:
            raise UserError(Msg("templates.there_no_checklist_mfd_checklist_templates", key=key))
        return loaded.template

    def sorted(self, language: str = "de") -> list[LoadedTemplate]:
        """By title in `language` (the English title where the template has one)."""

        def title(loaded: LoadedTemplate) -> str:
            t = loaded.template.title
            return t.render(language).casefold()

        return sorted(self.templates.values(), key=title)


def read_template_file(path: Path) -> Template:
    """Parse one file; raises `TemplateError` (German, with file and line)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TemplateError(path.name, None, None, Msg("templates.file_too_large_for_template"))
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(path.name, None, None, Msg("templates.file_cannot_read")) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateError(path.name, line, None,
                            Msg("templates.file_not_saved_as_utf_8")) from exc
    return _parse_once(text, path.name)


@functools.lru_cache(maxsize=256)
def _parse_once(text: str, name: str) -> Template:
    """parse_template, remembered by the file's exact text (templates are immutable):
    every opened case loads all templates, and parsing and checking them took ~70 ms
    per case at scale 1 (issue 21). A changed file has a new text and is parsed again;
    a file that does not parse raises every time (exceptions are not cached)."""
    return parse_template(text, name)


def _load_dir(directory: Path, origin: str, result: TemplateSet) -> None:
    if not directory.is_dir():
        return
    for path in sorted(directory.glob("*.toml")):
        try:
            template = read_template_file(path)
        except TemplateError as exc:
            log.warning("template file skipped: %s (line %s)", path.name, exc.line)
            result.problems.append(exc)
            continue
        if template.key != path.stem:
            result.problems.append(TemplateError(
                path.name, None, "key",
                Msg("templates.key_must_match_file_name_toml", key=template.key)))
            continue
        result.templates[template.key] = LoadedTemplate(template, origin, path)


def load_all(paths: DataPaths | None = None) -> TemplateSet:
    """Shipped templates, then the administrator's (which win on the same key)."""
    result = TemplateSet()
    _load_dir(shipped_dir(), SHIPPED, result)
    if paths is not None:
        _load_dir(admin_dir(paths), CUSTOM, result)
    log.info("loaded %d checklist templates, %d problem(s)", len(result.templates),
             len(result.problems))
    return result


def _check_version(template: Template, current: TemplateSet) -> bool:
    """False if an identical template is already there; raises if the version is stale."""
    existing = current.templates.get(template.key)
    if existing is None:
        return True
    old = existing.template
    if old == template:
        return False
    if template.version <= old.version:
        raise UserError(
            Msg("templates.template_already_exists_in_version_raise",
                key=template.key, version=old.version, value=old.version + 1),
        )
    return True


def save_template(paths: DataPaths, template: Template) -> Path:
    """Store an administrator's template (from the editor). Version rules as for import."""
    current = load_all(paths)
    target = admin_dir(paths) / f"{template.key}.toml"
    if not _check_version(template, current):
        return current.templates[template.key].path
    text = dump_template(template)
    parse_template(text, target.name)  # never write what we could not read back
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(target, text.encode("utf-8"))
    log.info("saved checklist template %s v%d", template.key, template.version)
    return target


def import_template(paths: DataPaths, source: Path) -> Template:
    """Check a template file and copy it into the administrator's folder."""
    template = read_template_file(Path(source))
    current = load_all(paths)
    if not _check_version(template, current):
        return template
    target = admin_dir(paths) / f"{template.key}.toml"
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(target, Path(source).read_bytes())
    log.info("imported checklist template %s v%d", template.key, template.version)
    return template


def export_template(template: Template, target: Path) -> None:
    """Write a template as TOML where the user chose, to share with colleagues."""
    atomic_write_bytes(Path(target), dump_template(template).encode("utf-8"), mode=0o644)


def remove_custom_template(paths: DataPaths, key: str) -> None:
    """Delete the administrator's copy; a shipped template of that key comes back."""
    target = admin_dir(paths) / f"{key}.toml"
    try:
        os.remove(target)
    except FileNotFoundError as exc:
        raise UserError(Msg("templates.there_no_own_template", key=key)) from exc
