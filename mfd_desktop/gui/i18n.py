"""Load the UI translations: one .qm per language for the whole GUI.

Source strings are English. resources/translations holds `mfd_de.ts` and `mfd_en.ts`
(messages grouped by context, i.e. class name, for every gui module and every ui/ form);
`scripts/update_translations.py` compiles them to .qm (build output, made by
scripts/setup.sh). German is the default language.
Qt's own strings (standard buttons, file dialogs) come from Qt's qtbase translations.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, render
from mfd_desktop.paths import resources_dir

log = logging.getLogger("mfd.gui.i18n")

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
CATALOGUE = "mfd"  # resources/translations/mfd_<language>.qm

# The display language, set by Translations.apply(); read by gui_text() (on any thread).
_current_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the GUI shows ("de" or "en")."""
    return _current_language


def gui_text(message: Msg | UserError | str | None) -> str:
    """A core message (a `Msg`, a `UserError`, or an already rendered text) in the GUI's
    display language: the one place where the GUI renders the core's messages."""
    if message is None:
        return ""
    if isinstance(message, UserError):
        return message.render(_current_language)
    return render(message, _current_language)


def translations_dir() -> Path:
    return resources_dir() / "translations"


class Translations:
    """Installs and swaps the GUI's translators (Qt's own and ours) at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def apply(self, language: str) -> list[str]:
        """Switch to `language`; returns the catalogues whose .qm was found. Installing
        translators sends LanguageChange to every widget, which retranslate themselves."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.remove()
        app = QCoreApplication.instance()
        loaded = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if language != "en" and qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            self._installed.append(qt_translator)
        translator = QTranslator(app)
        if translator.load(f"{CATALOGUE}_{language}", str(translations_dir())):
            app.installTranslator(translator)
            self._installed.append(translator)
            loaded.append(CATALOGUE)
        elif language != "en":
            log.warning("no %s translation of the GUI", language)
        QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                                   else QLocale.Language.English))
        _set_current_language(language)
        self.language = language
        return loaded

    def remove(self) -> None:
        """Uninstall our translators (the UI falls back to the English source strings)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        _set_current_language(DEFAULT_LANGUAGE)
        self.language = None


def _set_current_language(language: str) -> None:
    global _current_language
    _current_language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders for Python: fill("Seite %1 von %2", 1, 3). One pass, so a
    value that itself contains "%2" is not replaced again."""
    import re

    def sub(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", sub, text)

