"""Hilfe › Handbuch (F1): the German user guide inside the app, offline.

The text is docs/handbuch.md, shipped in the build (build_scripts/mfd-desktop.spec puts
it and the screenshots it shows under docs/ in the bundle) and rendered by Qt's own
Markdown reader; nothing is fetched and nothing is written. F1 opens it at the chapter
of the page on screen (`handbook_sections.section_for`). The contents list holds the
chapters; links inside the guide (`#7-suchen`) jump there; a find field searches the text.
Layout and fixed texts: the form ui/handbook_dialog.ui.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from mfd_desktop.gui.forms.ui_handbook_dialog import Ui_HandbookDialog
from mfd_desktop.gui.help import handbook_sections
from mfd_desktop.paths import resource_root

log = logging.getLogger("mfd.gui.help")

MAX_IMAGE_WIDTH = 640  # screenshots are 1280 px wide; shown at half size beside the text
_BLOCK_ROLE = Qt.ItemDataRole.UserRole


def handbook_path() -> Path:
    return resource_root() / "docs" / "handbuch.md"


class HandbookDialog(QDialog):
    """Controller of the form ui/handbook_dialog.ui."""

    def __init__(self, parent: QWidget | None = None, *, section: str | None = None,
                 path: Path | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_HandbookDialog()
        ui.setupUi(self)
        self.browser, self.contents, self.find_edit = ui.textBrowser, ui.contentsList, ui.findEdit
        ui.splitter.setSizes([260, 720])
        self.browser.anchorClicked.connect(self._link)
        self.contents.currentItemChanged.connect(self._chapter_chosen)
        self.find_edit.returnPressed.connect(self.find_next)
        self._path = path or handbook_path()
        self._load()
        if section:
            self.show_section(section)

    # ----- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            text = self._path.read_text(encoding="utf-8")
        except OSError as exc:
            log.warning("user guide not readable: %s", type(exc).__name__)
            text = self.tr("The user guide is missing from this installation. Please ask "
                           "your administrator.")
        self.browser.setSearchPaths([str(self._path.parent)])
        document = self.browser.document()
        document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._shrink_images(document)
        self._fill_contents(document)

    @staticmethod
    def _shrink_images(document: QTextDocument) -> None:
        """Screenshots at half their width, so the text column never scrolls sideways."""
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    image.setWidth(MAX_IMAGE_WIDTH)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def _fill_contents(self, document: QTextDocument) -> None:
        self.contents.clear()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                item = QListWidgetItem(block.text(), self.contents)
                item.setData(_BLOCK_ROLE, block.blockNumber())
            block = block.next()

    # ----- navigation ---------------------------------------------------------------------

    def chapters(self) -> list[str]:
        return [self.contents.item(i).text() for i in range(self.contents.count())]

    def current_chapter(self) -> str:
        item = self.contents.currentItem()
        return item.text() if item else ""

    def show_section(self, title_part: str) -> bool:
        """Go to the first chapter whose heading contains `title_part` (case-insensitive)."""
        wanted = title_part.casefold()
        for i in range(self.contents.count()):
            if wanted in self.contents.item(i).text().casefold():
                self.contents.setCurrentRow(i)
                return True
        return False

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        block = self.browser.document().findBlockByNumber(int(item.data(_BLOCK_ROLE)))
        self._scroll_to(block)

    def _scroll_to(self, block: QTextBlock) -> None:
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        # the chapter's heading at the top of the view, not merely somewhere visible
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.browser.ensureCursorVisible()

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the system's browser, only when clicked
            return
        fragment = url.fragment()
        if not fragment:
            return
        for i in range(self.contents.count()):
            if handbook_sections.slug(self.contents.item(i).text()) == fragment:
                self.contents.setCurrentRow(i)
                return

    def find_next(self) -> bool:
        """Find the typed words after the cursor; wraps around once."""
        words = self.find_edit.text().strip()
        if not words:
            return False
        if self.browser.find(words):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(words)

    # ----- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


def open_handbook(parent: QWidget | None, page_key: str | None) -> HandbookDialog:
    """F1 / Hilfe › Handbuch: non-modal, at the chapter of the page `page_key`."""
    dialog = HandbookDialog(parent, section=handbook_sections.section_for(page_key))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
