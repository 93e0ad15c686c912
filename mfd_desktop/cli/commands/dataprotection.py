"""Data protection from the command line.

    mfd retention list [--json]                    closed cases past their Löschfrist
    mfd retention delete CASE_NUMBER… --yes         delete them for real (after confirming)
    mfd export-client CASE_NUMBER --out DIR         Auskunft (Art. 15) as JSON and PDF
    mfd transfer export CASE_NUMBER --out FILE      handover file; prints its one-time passphrase
    mfd transfer export CASE_NUMBER --out FILE --to-key KEY   … sealed to a colleague's vault
    mfd transfer my-key                             this vault's handover public key
    mfd transfer import FILE                        import a handed-over case (shows the
                                                    sender; a new sender is confirmed by
                                                    fingerprint: prompt, --sender-fingerprint
                                                    or --yes)
    mfd transfer senders                            senders this vault has confirmed
    mfd profiles list                               counsellor profiles in the data directory
    mfd profiles create NAME                        a new profile with its own vault

The vault passphrase comes from the terminal or, with `--passphrase-stdin`, as the first
line of stdin; `mfd transfer import --transfer-passphrase-stdin` reads the one-time
passphrase as the next line. Exit codes as everywhere: 0, 1, 3 wrong secret, 4 damaged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mfd_desktop.cli.commands.vault import _add_kdf_options, _kdf_params, unlock_from_args
from mfd_desktop.cli.secret_input import SecretReader, _prompt, add_stdin_options
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.dataprotection import case_transfer, retention
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.errors import ExitCode, UserError
from mfd_desktop.settings import SettingsService
from mfd_desktop.storage.profiles import ProfileStore


def register(subparsers, common: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser("retention", parents=[common], help="Löschfristen")
    sub = top.add_subparsers(dest="retention_command", metavar="AKTION", parser_class=type(top))
    sub.required = True
    p = sub.add_parser("list", parents=[common], help="Fälle mit abgelaufener Löschfrist")
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_retention_list)
    p = sub.add_parser("delete", parents=[common],
                       help="Fälle mit abgelaufener Löschfrist endgültig löschen")
    p.add_argument("case_numbers", nargs="+", metavar="FALLNUMMER")
    p.add_argument("--yes", action="store_true", help="Löschen bestätigen (sonst nur Anzeige)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_retention_delete)

    p = subparsers.add_parser("export-client", parents=[common],
                              help="Auskunft nach Art. 15 DSGVO als JSON und PDF")
    p.add_argument("case_number", metavar="FALLNUMMER")
    p.add_argument("--out", required=True, metavar="ORDNER")
    p.add_argument("--no-pdf", action="store_true", help="nur JSON")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_export_client)

    top = subparsers.add_parser("transfer", parents=[common], help="Fall an Kolleg*in übergeben")
    sub = top.add_subparsers(dest="transfer_command", metavar="AKTION", parser_class=type(top))
    sub.required = True
    p = sub.add_parser("export", parents=[common],
                       help="Übergabedatei schreiben; das Einmal-Kennwort steht auf stdout")
    p.add_argument("case_number", metavar="FALLNUMMER")
    p.add_argument("--out", required=True, metavar="DATEI")
    p.add_argument("--to-key", metavar="SCHLÜSSEL",
                   help="für den Tresor der Kollegin/des Kollegen verschlüsseln (mfdpk2:…, "
                        "von `mfd transfer my-key`); dann ohne Einmal-Kennwort")
    p.add_argument("--with-attachments", action="store_true",
                   help="die Anhänge mitgeben (nur mit Zustimmung der Klient*in)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_transfer_export)
    p = sub.add_parser("my-key", parents=[common],
                       help="Übergabe-Schlüssel dieses Tresors ausgeben (nicht geheim)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_transfer_my_key)
    p = sub.add_parser("import", parents=[common], help="übergebenen Fall übernehmen")
    p.add_argument("file", metavar="DATEI")
    add_stdin_options(p, current=True)
    p.add_argument("--transfer-passphrase-stdin", action="store_true",
                   help="Einmal-Kennwort als nächste Zeile der Standardeingabe")
    p.add_argument("--sender-fingerprint", metavar="PRÜFWERT",
                   help="Fingerabdruck des Absenders, am Telefon verglichen (bei einem neuen "
                        "Absender nötig; danach kennt der Tresor ihn)")
    p.add_argument("--yes", action="store_true",
                   help="den angezeigten Fingerabdruck eines neuen Absenders ohne Rückfrage "
                        "bestätigen (nur nach telefonischem Vergleich)")
    p.set_defaults(handler=cmd_transfer_import)
    p = sub.add_parser("senders", parents=[common],
                       help="bestätigte Absender von Übergaben (Fingerabdruck, Profil, seit)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_transfer_senders)

    top = subparsers.add_parser("profiles", parents=[common], help="Profile auf diesem Gerät")
    sub = top.add_subparsers(dest="profiles_command", metavar="AKTION", parser_class=type(top))
    sub.required = True
    p = sub.add_parser("list", parents=[common], help="Profile anzeigen")
    p.set_defaults(handler=cmd_profiles_list)
    p = sub.add_parser("create", parents=[common],
                       help="neues Profil mit eigenem Tresor; gibt den Wiederherstellungsschlüssel aus")
    p.add_argument("name", metavar="NAME")
    add_stdin_options(p, new=True)
    _add_kdf_options(p)
    p.set_defaults(handler=cmd_profiles_create)


def _client_id(conn, case_number: str) -> int:
    found = clients.find_by_case_number(conn, case_number)
    if found is None:
        raise UserError(f"Es gibt keinen Fall mit der Fallnummer {case_number}.")
    return found


def _years(vault) -> int:
    service = SettingsService(vault.paths.preferences, lambda: vault.conn)
    return retention.years_from_settings(service)


def cmd_retention_list(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        years = _years(vault)
        due = retention.due_for_deletion(vault.conn, years=years)
    finally:
        vault.lock()
    if args.json:
        rows = [{"case_number": d.case_number, "closed_on": d.closed_on, "due_on": d.due_on,
                 "restricted": d.restricted} for d in due]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for d in due:
            flag = "  (eingeschränkt)" if d.restricted else ""
            sys.stdout.write(f"{d.case_number}\tabgeschlossen {d.closed_on}\tfällig seit "
                             f"{d.due_on}{flag}\n")
        sys.stderr.write(f"{len(due)} Fall/Fälle mit abgelaufener Löschfrist ({years} Jahre).\n")
    return ExitCode.OK


def cmd_retention_delete(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        conn = vault.conn
        years = _years(vault)
        due = {d.case_number.casefold(): d for d in retention.due_for_deletion(conn, years=years)}
        chosen = []
        for number in args.case_numbers:
            entry = due.get(number.casefold())
            if entry is None:
                raise UserError(f"Der Fall {number} ist nicht zur Löschung fällig; es wurde "
                                "nichts gelöscht.")
            chosen.append(entry.client_id)
        if not args.yes:
            sys.stderr.write(f"{len(chosen)} Fall/Fälle würden endgültig gelöscht. Zum Löschen "
                             "mit --yes wiederholen.\n")
            return ExitCode.OK
        deleted = retention.delete_due(conn, chosen, years=years)
    finally:
        vault.lock()
    sys.stderr.write(f"{deleted} Fall/Fälle endgültig gelöscht.\n")
    return ExitCode.OK


def cmd_export_client(args: argparse.Namespace) -> int:
    from mfd_desktop.reports.disclosure import render_disclosure

    vault = unlock_from_args(args)
    try:
        files = dsr.export_disclosure(vault.conn, _client_id(vault.conn, args.case_number),
                                      Path(args.out),
                                      render_pdf=None if args.no_pdf else render_disclosure)
    finally:
        vault.lock()
    sys.stdout.write(f"{files.json_path}\n")
    if not args.no_pdf:
        sys.stdout.write(f"{files.pdf_path}\n")
    return ExitCode.OK


def cmd_transfer_export(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        export = case_transfer.export_case(vault.conn, _client_id(vault.conn, args.case_number),
                                           Path(args.out), recipient_key=args.to_key,
                                           with_attachments=args.with_attachments)
    finally:
        vault.lock()
    if args.to_key:
        sys.stderr.write(f"Übergabedatei für Fall {export.case_number} geschrieben: {export.path}. "
                         "Sie lässt sich nur im Tresor mit diesem Schlüssel öffnen. Der Fall "
                         "bleibt hier gespeichert, bis Sie ihn löschen.\n")
        return ExitCode.OK
    sys.stdout.write(export.passphrase + "\n")
    sys.stderr.write(
        f"Übergabedatei für Fall {export.case_number} geschrieben: {export.path}. Die Zeile oben "
        "ist das Einmal-Kennwort: bitte telefonisch durchgeben, nie mit der Datei zusammen "
        "verschicken. Der Fall bleibt hier gespeichert, bis Sie ihn löschen.\n")
    return ExitCode.OK


def cmd_transfer_import(args: argparse.Namespace) -> int:
    reader = SecretReader()
    vault = unlock_from_args(args, reader)
    try:
        path = Path(args.file)
        if case_transfer.transfer_mode(path) == "x25519":
            secret = None  # sealed to this vault's key
        elif args.transfer_passphrase_stdin:
            secret = reader._line("Einmal-Kennwort")
        else:
            secret = _prompt("Einmal-Kennwort der Übergabe: ")
        opened = case_transfer.open_transfer(vault.conn, path, secret)
        sys.stderr.write(describe_sender(opened) + "\n")
        confirmed = _confirmed_fingerprint(args, opened)
        result = case_transfer.import_opened(vault.conn, opened, confirmed_fingerprint=confirmed)
    finally:
        vault.lock()
    sys.stdout.write(result.case_number + "\n")
    note = " (Fallnummer war hier schon vergeben und wurde ergänzt)" if result.renamed else ""
    sys.stderr.write(f"Fall übernommen{note}.\n")
    return ExitCode.OK


def describe_sender(opened: case_transfer.OpenedTransfer) -> str:
    """Who sent the file and what vouches for it, in German (stderr, before importing)."""
    by_phone = "durch das Einmal-Kennwort bestätigt, das Sie am Telefon bekommen haben"
    sender = opened.sender
    if sender is None:
        return f"Ältere Übergabedatei ohne Absender-Unterschrift; sie ist {by_phone}."
    who = f"Absender: Profil „{sender.profile_name}“, Fingerabdruck {sender.fingerprint}"
    if opened.authenticated_by == "passphrase":
        return f"{who}. Die Übergabe ist {by_phone}."
    if opened.authenticated_by == "known_sender":
        since = (sender.known_since or "")[:10]
        earlier = (f" (damals als „{sender.known_as}“)"
                   if sender.known_as and sender.known_as != sender.profile_name else "")
        return f"{who} – in diesem Tresor bestätigt seit {since}{earlier}."
    text = (f"{who} – NEU, noch nicht bestätigt. Bitte am Telefon mit dem Fingerabdruck "
            "vergleichen, den die Kollegin / der Kollege unter „Mein Übergabe-Schlüssel…“ "
            "(mfd transfer my-key) sieht.")
    if sender.name_clash:
        text += (f" Achtung: Ein Absender „{sender.profile_name}“ ist hier mit einem ANDEREN "
                 f"Fingerabdruck bekannt ({sender.name_clash}).")
    return text


def _confirmed_fingerprint(args: argparse.Namespace,
                           opened: case_transfer.OpenedTransfer) -> str | None:
    """The sender's fingerprint as confirmed by the counsellor, or None when none is
    needed; refuses (nothing imported) when a new sender is not confirmed."""
    if args.sender_fingerprint:
        return args.sender_fingerprint  # checked against the file by import_opened
    if not opened.needs_confirmation:
        return None
    assert opened.sender is not None
    if args.yes:
        return opened.sender.fingerprint
    if sys.stdin.isatty() and not args.passphrase_stdin:
        sys.stderr.write("Stimmt dieser Fingerabdruck mit dem überein, den Ihnen die Kollegin / "
                         "der Kollege am Telefon genannt hat? [j/N] ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().casefold() in ("j", "ja", "y", "yes"):
            return opened.sender.fingerprint
        raise UserError("Absender nicht bestätigt; es wurde nichts übernommen.")
    raise UserError("Der Absender ist in diesem Tresor noch nicht bestätigt; es wurde nichts "
                    "übernommen. Fingerabdruck am Telefon vergleichen und mit "
                    f"--sender-fingerprint \"{opened.sender.fingerprint}\" wiederholen.")


def cmd_transfer_senders(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        known = case_transfer.known_senders(vault.conn)
    finally:
        vault.lock()
    for sender in known:
        sys.stdout.write(f"{sender.fingerprint}\t{sender.profile_name}\t"
                         f"{(sender.known_since or '')[:10]}\n")
    sys.stderr.write(f"{len(known)} bestätigte(r) Absender.\n")
    return ExitCode.OK


def cmd_transfer_my_key(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        key, check = case_transfer.my_public_key(vault.conn)
    finally:
        vault.lock()
    sys.stdout.write(key + "\n")
    sys.stderr.write(f"Prüfwert zum telefonischen Vergleich: {check}\n"
                     "(Denselben Fingerabdruck sehen Kolleg*innen als Absender, wenn Sie ihnen "
                     "einen Fall übergeben.)\n")
    return ExitCode.OK


def cmd_profiles_list(args: argparse.Namespace) -> int:
    for profile in ProfileStore(args.paths.root).list():
        sys.stdout.write(f"{profile.profile_id}\t{profile.name}\n")
    return ExitCode.OK


def cmd_profiles_create(args: argparse.Namespace) -> int:
    passphrase = SecretReader().new_passphrase(args)
    _profile, vault, rkey = ProfileStore(args.paths.root).create(
        args.name, passphrase, kdf_params=_kdf_params(args))
    vault.lock()
    sys.stdout.write(rkey + "\n")
    sys.stderr.write("Profil angelegt. Die Zeile oben ist sein Wiederherstellungsschlüssel: "
                     "jetzt aufschreiben und sicher verwahren.\n")
    return ExitCode.OK
