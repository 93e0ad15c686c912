"""gui_text(): the GUI renders the core's messages in its own display language, without
the core's global language (real translations switched as the settings dialog does)."""

from __future__ import annotations

import pytest

from mfd_desktop.errors import UserError, VaultLockedError
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.messages import Msg
from mfd_desktop.storage import faults
from tests.gui.conftest import switch_language


def test_gui_text_follows_the_gui_language(ctx, qtbot):
    locked = VaultLockedError(Msg("vault.locked"))
    assert current_language() == "de"
    assert gui_text(locked) == "Der Tresor ist gesperrt."
    assert gui_text(Msg("sync.sent", sent=2)) == "2 Statistik(en) übertragen."
    switch_language(ctx, qtbot, "en")
    assert gui_text(locked) == "The vault is locked."
    assert gui_text(Msg("sync.sent", sent=2)) == "2 statistic(s) sent."
    assert gui_text(faults.GONE_MESSAGE).startswith("The vault's storage location")
    assert gui_text("Das Gerät wurde gesperrt.") == "Das Gerät wurde gesperrt."  # as stored
    assert gui_text(None) == ""
    assert str(locked) == "Der Tresor ist gesperrt."  # logs stay German
    switch_language(ctx, qtbot, "de")
    assert gui_text(locked) == "Der Tresor ist gesperrt."


def test_catalogue_messages_do_not_need_the_cores_language(ctx, qtbot):
    switch_language(ctx, qtbot, "en")
    assert gui_text(VaultLockedError(Msg("vault.locked"))) == "The vault is locked."
    # a German sentence of the command line stays German (the GUI never raises one)
    assert gui_text(UserError("Nur ein Beispiel.")) == "Nur ein Beispiel."


@pytest.mark.parametrize("language", ["fr", ""])
def test_an_unknown_language_shows_german(ctx, qtbot, language):
    ctx.translations.apply(language)
    assert current_language() == "de"
    assert gui_text(Msg("vault.locked")) == "Der Tresor ist gesperrt."
