"""„Schreiben…“ in the case view (a mixin of `CaseView`): opens the letter dialog for the
open client; a kept copy refreshes the Anhänge tab and the history."""

from __future__ import annotations

from mfd_desktop.gui.case.letter_dialog import LetterDialog


class LettersActionMixin:
    """`open_letters()` of `CaseView` (uses its client, context and tabs)."""

    letter_dialog = None  # the open dialog (tests and screenshots look at it)

    def open_letters(self) -> None:
        if self.client_id is None:
            return
        dialog = LetterDialog(self.ctx, self.client_id, self)
        dialog.letter_kept.connect(self._letter_kept)
        self.letter_dialog = dialog
        dialog.open()

    def _letter_kept(self, _letter_id: int) -> None:
        if self.client_id is None:
            return
        for tab in self.extra_tabs:
            if callable(getattr(tab, "load", None)):
                tab.load(self.client_id)
        self.timeline.refresh()
