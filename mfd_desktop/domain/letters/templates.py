"""Finding, importing and exporting letter templates.

Two places hold templates, as for the checklist templates:
- shipped: resources/letters/*.toml (read-only, part of the app);
- administrator's: `<data dir>/letter_templates/*.toml`; the same key replaces a
  shipped template (an office adapts a letter to its Ausländerbehörde).

Templates hold no personal data (placeholders only), so they are plain files outside
the vault and can be shared (export). A broken file never stops the others from loading:
`load_all()` returns the good templates plus one German message per broken file.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from mfd_desktop.domain.letters.schema import LetterTemplate, LetterTemplateError, parse_template
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths, resources_dir
from mfd_desktop.security.atomic import atomic_write_bytes

log = logging.getLogger("mfd.domain.letters")

MAX_FILE_BYTES = 256 * 1024
SHIPPED = "mitgeliefert"
CUSTOM = "eigene"


def shipped_dir() -> Path:
    return resources_dir() / "letters"


def admin_dir(paths: DataPaths) -> Path:
    return paths.root / "letter_templates"


@dataclass(frozen=True)
class LoadedTemplate:
    template: LetterTemplate
    origin: str  # SHIPPED or CUSTOM
    path: Path

    @property
    def key(self) -> str:
        return self.template.key


@dataclass
class TemplateSet:
    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: list[LetterTemplateError] = field(default_factory=list)

    def get(self, key: str) -> LetterTemplate:
        loaded = self.templates.get(key)
        if loaded is None:
            raise UserError(Msg("letters.no_such_template", key=key))
        return loaded.template

    def by_title(self) -> list[LetterTemplate]:
        """The templates sorted by their (German) title."""
        return sorted((t.template for t in self.templates.values()),
                      key=lambda t: t.title.casefold())


def read_template_file(path: Path) -> LetterTemplate:
    """Parse one file; raises `LetterTemplateError` (German, with file and line)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise LetterTemplateError(path.name, None, None, Msg("letters.file_too_large"))
        raw = path.read_bytes()
    except OSError as exc:
        raise LetterTemplateError(path.name, None, None, Msg("letters.file_unreadable")) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LetterTemplateError(path.name, line, None, Msg("letters.file_not_utf8")) from exc
    return _parse_once(text, path.name)


@functools.lru_cache(maxsize=64)
def _parse_once(text: str, name: str) -> LetterTemplate:
    """parse_template, remembered by the file's exact text (a changed file is parsed again)."""
    return parse_template(text, name)


def _load_dir(directory: Path, origin: str, result: TemplateSet) -> None:
    if not directory.is_dir():
        return
    for path in sorted(directory.glob("*.toml")):
        if path.name.startswith("_"):
            continue  # offices.toml and the like are not templates
        try:
            template = read_template_file(path)
        except LetterTemplateError as exc:
            log.warning("letter template skipped: %s (line %s)", path.name, exc.line)
            result.problems.append(exc)
            continue
        if template.key != path.stem:
            result.problems.append(LetterTemplateError(
                path.name, None, "key", Msg("letters.key_must_match_file", key=template.key)))
            continue
        result.templates[template.key] = LoadedTemplate(template, origin, path)


def load_all(paths: DataPaths | None = None) -> TemplateSet:
    """Shipped templates, then the administrator's (which win on the same key)."""
    result = TemplateSet()
    _load_dir(shipped_dir(), SHIPPED, result)
    if paths is not None:
        _load_dir(admin_dir(paths), CUSTOM, result)
    return result


def import_template(paths: DataPaths, source: Path) -> LetterTemplate:
    """Check a template file and copy it into the administrator's folder. A template
    with the key of one already there must carry a higher version."""
    template = read_template_file(Path(source))
    existing = load_all(paths).templates.get(template.key)
    if existing is not None and existing.template != template \
            and template.version <= existing.template.version:
        raise UserError(Msg("letters.version_not_higher", key=template.key,
                            version=existing.template.version))
    target = admin_dir(paths) / f"{template.key}.toml"
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(target, Path(source).read_bytes())
    log.info("imported letter template %s v%d", template.key, template.version)
    return template


def export_template(paths: DataPaths | None, key: str, target: Path) -> None:
    """Copy a template's file where the user chose, to share with colleagues."""
    loaded = load_all(paths).templates.get(key)
    if loaded is None:
        raise UserError(Msg("letters.no_such_template", key=key))
    atomic_write_bytes(Path(target), loaded.path.read_bytes(), mode=0o644)
