"""What sync tells the counsellor, in German and English, and the English of stored texts.

The vault keeps what the last runs and the refused statistics said in German
(`sync_runs.message_de`, `stats_releases.last_error_de`); the command line and the logs
read them as they are. The English app shows `english(stored_text)`: the text is matched
against the German templates below and the English template is filled with the same
values. Parts that come from the server (its reason for refusing) stay in the server's
words. A text that matches no template (an older version's, or the server's own sentence
for a revoked device) is shown as stored.
"""

from __future__ import annotations

import re
import string
from functools import cache

from mfd_desktop import errors

# key: (German, English); placeholders in {braces}, the same in both.
MESSAGES: dict[str, tuple[str, str]] = {
    # runs
    "already_running": ("Eine Synchronisation läuft bereits.",
                        "A synchronisation is already running."),
    "nothing": ("Nichts zu übertragen.", "Nothing to send."),
    "sent": ("{sent} Statistik(en) übertragen.", "{sent} statistic(s) sent."),
    "sent_refused": ("{sent} übertragen, {refused} vom Server abgelehnt.",
                     "{sent} sent, {refused} refused by the server."),
    # one item
    "unconfirmed": ("Der Server hat die Übermittlung nicht eindeutig bestätigt. Sie wird "
                    "wiederholt.",
                    "The server did not clearly confirm the transfer. It will be repeated."),
    "unknown_device": ("Der Server kennt dieses Gerät nicht (mehr). Bitte mit einem neuen "
                       "Anmeldecode neu anmelden.",
                       "The server does not know this device (any more). Please enrol again "
                       "with a new enrolment code."),
    "identity_taken": ("Der Server nimmt von diesem Gerät keine Statistik an: unter seiner "
                       "Statistik-Kennung meldet schon ein anderes angemeldetes Gerät. Bitte die "
                       "Administration um einen Übernahme-Anmeldecode bitten und damit neu "
                       "anmelden. Die Statistiken bleiben im Postausgang.",
                       "The server accepts no statistics from this device: another enrolled "
                       "device already reports under its statistics identity. Please ask your "
                       "administrator for a takeover enrolment code and enrol again with it. "
                       "The statistics stay in the outbox."),
    "identity_mismatch": ("Der Server nimmt von diesem Gerät keine Statistik an: es ist am "
                          "Server an eine andere Statistik-Kennung gebunden. Bitte die "
                          "Administration fragen. Die Statistiken bleiben im Postausgang.",
                          "The server accepts no statistics from this device: on the server it "
                          "is bound to another statistics identity. Please ask your "
                          "administrator. The statistics stay in the outbox."),
    "busy": ("Der Server ist gerade ausgelastet. Es wird später erneut versucht.",
             "The server is busy right now. It will be tried again later."),
    "server_error": ("Der Server hat einen Fehler gemeldet ({status}). Es wird später erneut "
                     "versucht.",
                     "The server reported an error ({status}). It will be tried again later."),
    "refused_status": ("Der Server hat die Statistik {period} (Fassung {revision}) abgelehnt: "
                       "Fehler {status}",
                       "The server refused the statistics {period} (version {revision}): "
                       "error {status}"),
    "refused": ("Der Server hat die Statistik {period} (Fassung {revision}) abgelehnt: {reason}",
                "The server refused the statistics {period} (version {revision}): {reason}"),
    # the connection
    "timeout": ("Der Server hat nicht rechtzeitig geantwortet.",
                "The server did not answer in time."),
    "hostname": ("Das Zertifikat des Servers passt nicht zu seiner Adresse. Es wurde nichts "
                 "übertragen. Bitte die Administration fragen.",
                 "The server's certificate does not match its address. Nothing was sent. "
                 "Please ask your administrator."),
    "untrusted": ("Das Zertifikat des Servers ist nicht vertrauenswürdig. Es wurde nichts "
                  "übertragen. Bitte die Administration fragen (CA-Datei in den Einstellungen).",
                  "The server's certificate is not trusted. Nothing was sent. Please ask your "
                  "administrator (CA file in the settings)."),
    "tls": ("Die verschlüsselte Verbindung zum Server ist gescheitert.",
            "The encrypted connection to the server failed."),
    "unreachable": ("Der Server ist nicht erreichbar (keine Verbindung).",
                    "The server cannot be reached (no connection)."),
    # settings that stop a run
    "ca_missing": ("Die CA-Datei {path} gibt es nicht. Bitte die Einstellung prüfen.",
                   "The CA file {path} does not exist. Please check the setting."),
    "ca_invalid": ("Die CA-Datei {path} ist kein gültiges Zertifikat.",
                   "The CA file {path} is not a valid certificate."),
    "url_incomplete": ("Bitte die Adresse des Servers vollständig angeben, "
                       "z. B. https://statistik.beispiel.de",
                       "Please enter the full server address, "
                       "for example https://statistik.beispiel.de"),
    "url_extras": ("Die Server-Adresse darf keine Zugangsdaten, ? oder # enthalten.",
                   "The server address must not contain login details, ? or #."),
    "url_plain_http": ("Unverschlüsselte Verbindungen (http://) sind nur zu diesem Computer "
                       "erlaubt. Bitte eine https://-Adresse verwenden.",
                       "Unencrypted connections (http://) are only allowed to this computer. "
                       "Please use an https:// address."),
    "not_enrolled": ("Dieses Gerät ist noch nicht beim Statistik-Server angemeldet. Bitte unter "
                     "Einstellungen → Server & Synchronisation mit dem Anmeldecode anmelden.",
                     "This device is not yet enrolled with the statistics server. Please enrol "
                     "it with the enrolment code under Settings → Server & synchronisation."),
    "site_id_mismatch": ("Achtung: Als Standortkennung für die Statistik ist „{current}“ "
                         "eingestellt, dieses Gerät ist am Server aber für „{site_id}“ "
                         "angemeldet. Statistiken mit der falschen Kennung lehnt der Server ab – "
                         "bitte die Administration fragen.",
                         "Note: the site ID for the statistics is set to “{current}”, but this "
                         "device is enrolled with the server for “{site_id}”. The server refuses "
                         "statistics with the wrong ID – please ask your administrator."),
    "token_missing": ("Der Zugangsschlüssel für den Statistik-Server fehlt auf diesem Gerät. "
                      "Bitte neu anmelden.",
                      "The access key for the statistics server is missing on this device. "
                      "Please enrol again."),
}


def pair(key: str, **values: object) -> tuple[str, str]:
    """The German and the English text of `key`, filled with `values`."""
    german, english_text = MESSAGES[key]
    return german.format(**values), english_text.format(**values)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P<{field}>.+?)")
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


def english(german: str | None) -> str:
    """The English text of a German sync message kept in the vault (as is when unknown)."""
    if not german:
        return german or ""
    for german_template, english_template in MESSAGES.values():
        match = _pattern(german_template).match(german)
        if match:
            return english_template.format(**match.groupdict())
    return german


def say(key: str, **values: object) -> str:
    """The text of `key` in the app's display language (German on the command line)."""
    german, english_text = pair(key, **values)
    return english_text if errors.display_language() == "en" else german


def shown(german: str | None) -> str:
    """A stored German sync message in the app's display language."""
    return english(german) if errors.display_language() == "en" else (german or "")
