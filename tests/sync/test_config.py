"""After enrolment the server's site id becomes the statistics site id, unless another is set."""

from __future__ import annotations

from mfd_desktop.settings import SettingsService
from mfd_desktop.sync.config import adopt_site_id


def test_adopts_site_id_when_empty(vault, data_paths):
    service = SettingsService(data_paths.preferences, lambda: vault.conn)
    assert adopt_site_id(service, "Mainz-Caritas") is None
    assert service.get("stats_site_id") == "Mainz-Caritas"
    assert adopt_site_id(service, "Mainz-Caritas") is None


def test_warns_when_a_different_site_id_is_set(vault, data_paths):
    service = SettingsService(data_paths.preferences, lambda: vault.conn)
    service.set("stats_site_id", "Trier-DW")
    warning = str(adopt_site_id(service, "Mainz-Caritas"))  # German, as the CLI prints it
    assert "Trier-DW" in warning and "Mainz-Caritas" in warning
    assert service.get("stats_site_id") == "Trier-DW"  # never overwritten silently


def test_policy_locked_site_id_is_left_alone(vault, data_paths):
    service = SettingsService(data_paths.preferences, lambda: vault.conn,
                              locked_values={"stats_site_id": "Speyer-AWO"})
    assert "Speyer-AWO" in str(adopt_site_id(service, "Mainz-Caritas"))
