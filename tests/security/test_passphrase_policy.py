import pytest

from mfd_desktop.security.passphrase_policy import assess


@pytest.mark.parametrize("text", ["", "kurz", "elf Zeichen", "aaaaaaaaaaaaaaaa"])
def test_refused(text):
    assert not assess(text).acceptable
    assert assess(text).hint


@pytest.mark.parametrize("text", ["zwölf Zeichen", "Haus Baum Weg Tor", "Mainz-am-Rhein-2026!"])
def test_accepted(text):
    verdict = assess(text)
    assert verdict.acceptable and 1 <= verdict.strength <= 4


def test_longer_is_stronger():
    assert assess("Rhein Mosel Lahn Nahe Saar Glan").strength > assess("zwölf Zeichen").strength
