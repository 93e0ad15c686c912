"""Import of client lists kept in Excel (saved as CSV): all or nothing.

What it accepts, as Excel writes it: delimiter `;` or `,` (or tab), detected from the
header line; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; dates as
TT.MM.JJJJ or JJJJ-MM-TT; quoted fields with line breaks. Header names are matched
case-insensitively: Fallnummer, Name, Geburtsjahr, Geschlecht, Herkunftsland,
Sprache, Aufenthaltsstatus, Dienst, Erstkontakt, Notiz. Only Name or Fallnummer is
required. "Zeile N" in messages is the row number Excel shows (header = row 1).

All or nothing: `plan()` checks every row and collects every problem; `run()` refuses
the whole file if there is any, and otherwise imports everything in one transaction.
Rows whose Fallnummer already exists (or, without Fallnummer, whose name, birth year
and first contact match an existing client exactly) are skipped, so importing the same
file twice creates no duplicates. A `Notiz` becomes a consultation dated Erstkontakt.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from mfd_desktop import errors
from mfd_desktop.domain import field_labels, reference
from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.errors import UserError
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.csv_import")

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_PROBLEMS_SHOWN = 200

COLUMNS = {  # header (casefolded) -> field
    "fallnummer": "case_number",
    "name": "name",
    "geburtsjahr": "birth_year",
    "geschlecht": "gender",
    "herkunftsland": "country",
    "sprache": "languages",
    "aufenthaltsstatus": "residence_status",
    "dienst": "service",
    "erstkontakt": "first_contact",
    "notiz": "note",
}
ACCEPTED = ("Fallnummer, Name, Geburtsjahr, Geschlecht, Herkunftsland, Sprache, "
            "Aufenthaltsstatus, Dienst, Erstkontakt, Notiz")
_GENDER_SHORT = {"w": "weiblich", "f": "weiblich", "female": "weiblich", "m": "maennlich",
                 "male": "maennlich", "d": "divers", "x": "divers", "k. a.": "keine_angabe",
                 "k.a.": "keine_angabe", "ka": "keine_angabe"}
_LANG_SPLIT = re.compile(r"\s*(?:[,/;+|]|\bund\b)\s*", re.IGNORECASE)
_DATE_IN_YEAR = re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{4})$|^(\d{4})-\d{2}-\d{2}$")


class CsvImportError(UserError):
    """The file was refused; `problems` lists every problem with its row number.

    The message is the German heading (`message`) and the problems in German; with `en=`
    the English text is the English heading and the problems in English."""

    def __init__(self, message: str, problems: list[Problem] | None = None, *,
                 en: str | None = None):
        self.problems = list(problems or [])
        super().__init__(self._lines(message, "de"),
                         en=self._lines(en, "en") if en is not None else None)

    def _lines(self, heading: str, language: str) -> str:
        lines = [heading]
        lines += [p.text(language) for p in self.problems[:MAX_PROBLEMS_SHOWN]]
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            lines.append(f"… and {more} more problems." if language == "en"
                         else f"… und {more} weitere Probleme.")
        return "\n".join(lines)


@dataclass(frozen=True)
class Problem:
    """One problem of the file: German `message`, English `message_en` (if there is one)."""

    line: int | None
    message: str
    message_en: str | None = None

    def text(self, language: str | None = None) -> str:
        """"Zeile N: …" in German, "Row N: …" in English (default: the display language)."""
        if (language or errors.display_language()) == "en" and self.message_en:
            return f"Row {self.line}: {self.message_en}" if self.line else self.message_en
        return f"Zeile {self.line}: {self.message}" if self.line else self.message


@dataclass
class PlannedRow:
    line: int
    client: clients.Client
    note: str | None
    existing_id: int | None = None       # set when the row is already in the vault

    @property
    def is_new(self) -> bool:
        return self.existing_id is None


@dataclass
class Plan:
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def new_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.is_new]

    @property
    def existing_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.is_new]


@dataclass(frozen=True)
class Report:
    created: int
    skipped: int
    notes: int
    dry_run: bool

    def summary(self, language: str | None = None) -> str:
        """What was (or would be) imported, in `language` (default: the display language)."""
        if (language or errors.display_language()) == "en":
            text = f"{self.created} new, {self.skipped} already there (skipped)"
            if self.notes:
                text += (f", {self.notes} note{'s' if self.notes != 1 else ''} taken over "
                         "as consultations")
            if self.dry_run:
                return f"Trial run – nothing was saved. The import would give: {text}."
            return f"Import finished: {text}."
        text = f"{self.created} neu, {self.skipped} bereits vorhanden (übersprungen)"
        if self.notes:
            text += f", {self.notes} Notiz{'en' if self.notes != 1 else ''} als Beratung übernommen"
        if self.dry_run:
            return f"Probelauf – es wurde nichts gespeichert. Beim Import: {text}."
        return f"Import abgeschlossen: {text}."


# ----- reading the bytes -----------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for UTF-8 (±BOM), UTF-16 with BOM, or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 (mit BOM)"
        except UnicodeDecodeError:
            raise CsvImportError("Die Datei ist beschädigt: sie beginnt wie UTF-8, enthält aber "
                                 "ungültige Zeichen.",
                                 en="The file is damaged: it starts like UTF-8 but contains "
                                    "invalid characters.") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise CsvImportError("Die Datei ist beschädigt (ungültiges UTF-16).",
                                 en="The file is damaged (invalid UTF-16).") from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise CsvImportError("Die Zeichenkodierung der Datei ist unbekannt. Bitte in Excel "
                             "„CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.",
                             en="The character encoding of the file is unknown. Please save it "
                                "in Excel as “CSV UTF-8 (Comma delimited)”.") from None


def detect_delimiter(text: str) -> str:
    """The delimiter used in the header line (outside quotes): ';', ',' or tab."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def _records(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise CsvImportError(f"Die Datei hat mehr als {MAX_ROWS} Zeilen. Bitte in "
                                     "kleineren Teilen importieren.",
                                     en=f"The file has more than {MAX_ROWS} rows. Please "
                                        "import it in smaller parts.")
    except csv.Error:
        raise CsvImportError(f"Zeile {len(records) + 1}: die Zeile kann nicht gelesen werden "
                             "(Anführungszeichen oder Sonderzeichen prüfen).",
                             en=f"Row {len(records) + 1}: the row cannot be read (please check "
                                "quotation marks and special characters).") from None
    return records


# ----- checking every row ----------------------------------------------------------------

def _cell(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch if (ch.isprintable() or ch in "\n\t") else " " for ch in value).strip()


def _year(value: str) -> int | str:
    match = _DATE_IN_YEAR.match(value)
    if match:  # a full birth date: keep the year only (data minimisation)
        return int(match.group(1) or match.group(2))
    return value


def _lookup(list_name: str, value: str, label: str, problems: list[tuple[str, str]]
            ) -> str | None:
    if not value:
        return None
    key = reference.get(list_name).find(value)
    if key is None:
        problems.append((f"{label} „{_clip(value)}“ ist unbekannt.",
                         f"{field_labels.en(label)} “{_clip(value)}” is unknown."))
    return key


def _clip(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _row(values: dict[str, str], line: int, today: dt.date
         ) -> tuple[PlannedRow | None, list[tuple[str, str]]]:
    """The planned row, or the row's problems as (German, English) texts."""
    problems: list[tuple[str, str]] = []
    name = values.get("name", "")
    case_number = values.get("case_number", "")
    if not name and not case_number:
        return None, [("weder Name noch Fallnummer angegeben.",
                       "neither a name nor a case number given.")]
    gender_raw = values.get("gender", "")
    gender = None
    if gender_raw:
        gender = _GENDER_SHORT.get(gender_raw.casefold()) or reference.get("gender").find(gender_raw)
        if gender is None:
            problems.append((f"Geschlecht „{_clip(gender_raw)}“ ist unbekannt "
                             "(weiblich, männlich, divers, ohne Eintrag, keine Angabe).",
                             f"Gender “{_clip(gender_raw)}” is unknown (female, male, diverse, "
                             "no entry, not stated)."))
    country = _lookup("country", values.get("country", ""), "Herkunftsland", problems)
    languages = []
    for part in _LANG_SPLIT.split(values.get("languages", "")):
        if part.strip():
            key = _lookup("languages", part.strip(), "Sprache", problems)
            if key and key not in languages:
                languages.append(key)
    status = _lookup("residence_status", values.get("residence_status", ""), "Aufenthaltsstatus",
                     problems)
    service = _lookup("service", values.get("service", ""), "Dienst", problems)
    client = clients.Client(
        case_number=case_number or None, name=name or None,
        birth_year=_year(values.get("birth_year", "")) or None, gender=gender, country=country,
        languages=languages, residence_status=status, service=service,
        first_contact=values.get("first_contact") or None,
    )
    try:
        client = clients.validate(client, today=today)
    except UserError as exc:
        problems.append((exc.message_de, exc.message_en or exc.message_de))
    note = values.get("note") or None
    if note is not None:
        try:
            note = clients.clean_text(note, "Notiz", consultations.MAX_NOTE, multiline=True)
        except UserError as exc:
            problems.append((exc.message_de, exc.message_en or exc.message_de))
    if problems:
        return None, problems
    return PlannedRow(line=line, client=client, note=note), []


def _too_large() -> CsvImportError:
    mb = MAX_BYTES // (1024 * 1024)
    return CsvImportError(f"Die Datei ist zu groß (höchstens {mb} MB).",
                          en=f"The file is too large (at most {mb} MB).")


def read_file(path: Path) -> bytes:
    """The bytes of a CSV file, never more than `MAX_BYTES` + 1 read (the size is checked
    while reading, so `/dev/zero` or a growing file cannot fill the memory). Anything but
    a regular file (FIFO, device, directory) is refused before a byte is read; the FIFO
    is opened non-blocking so a pipe without a writer cannot hang the import."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(
        os, "O_BINARY", 0)
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise _not_a_file(path)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise CsvImportError(f"Die Datei {path.name} gibt es nicht.",
                             en=f"The file {path.name} does not exist.") from None
    except OSError:
        raise CsvImportError(f"Die Datei {path.name} kann nicht gelesen werden.",
                             en=f"The file {path.name} cannot be read.") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped after the check
            raise _not_a_file(path)
        chunks, total = [], 0
        while total <= MAX_BYTES:
            try:
                chunk = handle.read(min(1 << 20, MAX_BYTES + 1 - total))
            except OSError:
                raise CsvImportError(f"Die Datei {path.name} kann nicht gelesen werden.",
                                     en=f"The file {path.name} cannot be read.") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > MAX_BYTES:
        raise _too_large()
    return b"".join(chunks)


def _not_a_file(path: Path) -> CsvImportError:
    return CsvImportError(f"{path.name} ist keine gewöhnliche Datei (sondern ein Ordner, ein "
                          "Gerät oder eine Pipe) und wird nicht importiert.",
                          en=f"{path.name} is not a regular file (but a folder, a device or a "
                             "pipe) and is not imported.")


def plan(conn: Connection, data: bytes, *, today: dt.date | None = None) -> Plan:
    """Read and check the whole file; never writes. Problems are collected, not raised,
    except when the file as a whole cannot be read (CsvImportError)."""
    today = today or dt.date.today()
    if len(data) > MAX_BYTES:
        raise _too_large()
    text, encoding = decode(data)
    if "\x00" in text:
        raise CsvImportError("Die Datei enthält Nullzeichen und ist wohl keine CSV-Datei. Bitte "
                             "in Excel als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“ speichern.",
                             en="The file contains null characters and is probably not a CSV "
                                "file. Please save it in Excel as “CSV UTF-8” or “CSV (Comma "
                                "delimited)”.")
    delimiter = detect_delimiter(text)
    records = _records(text, delimiter)
    while records and not any(c.strip() for c in records[-1]):
        records.pop()
    if not records:
        raise CsvImportError("Die Datei ist leer.", en="The file is empty.")
    header = [_cell(h).casefold() for h in records[0]]
    result = Plan(encoding=encoding, delimiter=delimiter, headers=[_cell(h) for h in records[0]])
    fields: list[str | None] = []
    seen: set[str] = set()
    for index, name in enumerate(header):
        if not name:
            fields.append(None)  # Excel's trailing empty columns; checked per row below
            continue
        key = COLUMNS.get(name)
        if key is None:
            raise CsvImportError(f"Unbekannte Spalte „{_clip(records[0][index])}“. Erlaubt sind: "
                                 f"{ACCEPTED}.",
                                 en=f"Unknown column “{_clip(records[0][index])}”. The columns "
                                    f"allowed are (in German): {ACCEPTED}.")
        if key in seen:
            raise CsvImportError(f"Die Spalte „{_clip(records[0][index])}“ kommt zweimal vor.",
                                 en=f"The column “{_clip(records[0][index])}” appears twice.")
        seen.add(key)
        fields.append(key)
    if "name" not in seen and "case_number" not in seen:
        raise CsvImportError(f"Es fehlt eine Spalte „Name“ oder „Fallnummer“. Erlaubt sind: "
                             f"{ACCEPTED}.",
                             en=f"A column “Name” or “Fallnummer” (case number) is missing. The "
                                f"columns allowed are (in German): {ACCEPTED}.")

    first_line: dict[str, int] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue  # empty rows Excel leaves behind
        values: dict[str, str] = {}
        row_problems: list[tuple[str, str]] = []
        if len(record) > len(fields) and any(c.strip() for c in record[len(fields):]):
            row_problems.append((f"mehr Werte als Spalten ({len(record)} statt {len(fields)}).",
                                 f"more values than columns ({len(record)} instead of "
                                 f"{len(fields)})."))
        for index, raw in enumerate(record[: len(fields)]):
            key = fields[index]
            value = _cell(raw)
            if key is None:
                if value:
                    row_problems.append((
                        f"Wert in einer Spalte ohne Überschrift (Spalte {index + 1}).",
                        f"value in a column without a heading (column {index + 1})."))
                continue
            values[key] = value if key == "note" else " ".join(value.split())
        planned, problems = _row(values, number, today)
        row_problems += problems
        if planned is not None and planned.client.case_number:
            folded = planned.client.case_number.casefold()
            if folded in first_line:
                row_problems.append((f"Fallnummer {planned.client.case_number} steht schon in "
                                     f"Zeile {first_line[folded]}.",
                                     f"case number {planned.client.case_number} is already in "
                                     f"row {first_line[folded]}."))
            else:
                first_line[folded] = number
        if row_problems:
            result.problems += [Problem(number, de, en) for de, en in row_problems]
        elif planned is not None:
            planned.existing_id = _existing(conn, planned.client)
            result.rows.append(planned)
    if not result.rows and not result.problems:
        result.problems.append(Problem(None, "Die Datei enthält keine Datenzeilen.",
                                       "The file contains no data rows."))
    return result


def _existing(conn: Connection, client: clients.Client) -> int | None:
    if client.case_number:
        return clients.find_by_case_number(conn, client.case_number)
    row = conn.execute(
        "SELECT id FROM clients WHERE name = ? COLLATE NOCASE AND birth_year IS ? "
        "AND first_contact IS ? LIMIT 1", (client.name, client.birth_year, client.first_contact),
    ).fetchone()
    return int(row[0]) if row else None


# ----- importing -------------------------------------------------------------------------

class _DryRun(Exception):
    pass


def run(conn: Connection, data: bytes, *, dry_run: bool = False,
        today: dt.date | None = None) -> Report:
    """Import the file, or nothing at all. Raises CsvImportError listing every problem.

    A dry run performs the whole import inside a transaction and rolls it back, so it
    finds exactly the problems a real import would."""
    today = today or dt.date.today()
    checked = plan(conn, data, today=today)
    if checked.problems:
        raise CsvImportError(
            f"Es wurde nichts importiert. Bitte die Datei korrigieren "
            f"({len(checked.problems)} Problem{'e' if len(checked.problems) != 1 else ''}):",
            checked.problems,
            en=f"Nothing was imported. Please correct the file "
               f"({len(checked.problems)} problem{'s' if len(checked.problems) != 1 else ''}):")
    created = notes = 0
    try:
        with transaction(conn):
            for row in checked.new_rows:
                # Within the file a row may repeat one imported a moment ago (no Fallnummer).
                if row.client.case_number is None and _existing(conn, row.client):
                    continue
                try:
                    client_id = clients.create_client(conn, row.client)
                    if row.note:
                        consultations.add_consultation(conn, consultations.Consultation(
                            client_id=client_id,
                            held_on=row.client.first_contact or today.isoformat(),
                            channel="sonstiges", method="einzelfallberatung", note=row.note))
                        notes += 1
                except UserError as exc:
                    raise CsvImportError(
                        "Es wurde nichts importiert:",
                        [Problem(row.line, exc.message_de, exc.message_en)],
                        en="Nothing was imported:") from None
                created += 1
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    skipped = len(checked.rows) - created
    log.info("csv import%s: %d new, %d skipped, %d notes", " (dry run)" if dry_run else "",
             created, skipped, notes)
    return Report(created=created, skipped=skipped, notes=notes, dry_run=dry_run)
