"""Import of client lists kept in Excel (saved as CSV): all or nothing.

What it accepts, as Excel writes it: delimiter `;` or `,` (or tab), detected from the
header line; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; dates as
TT.MM.JJJJ or JJJJ-MM-TT; quoted fields with line breaks. Header names are matched
case-insensitively: Fallnummer, Name, Geburtsjahr, Geschlecht, Herkunftsland,
Sprache, Aufenthaltsstatus, Dienst, Erstkontakt, Notiz, Einreise (TT.MM.JJJJ,
JJJJ-MM-TT, MM.JJJJ or JJJJ), Wohnort (Kreis name or Kreisschlüssel, "außerhalb RLP").
Only Name or Fallnummer is required. "Zeile N" in messages is the row number Excel shows (header = row 1).

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

from mfd_desktop.domain import field_labels, reference
from mfd_desktop.domain.casework import arrival, clients, consultations, districts
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Lines, Msg
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
    "einreise": "arrival",
    "wohnort": "district",
}
ACCEPTED = ("Fallnummer, Name, Geburtsjahr, Geschlecht, Herkunftsland, Sprache, "
            "Aufenthaltsstatus, Dienst, Erstkontakt, Notiz, Einreise, Wohnort")
_GENDER_SHORT = {"w": "weiblich", "f": "weiblich", "female": "weiblich", "m": "maennlich",
                 "male": "maennlich", "d": "divers", "x": "divers", "k. a.": "keine_angabe",
                 "k.a.": "keine_angabe", "ka": "keine_angabe"}
_LANG_SPLIT = re.compile(r"\s*(?:[,/;+|]|\bund\b)\s*", re.IGNORECASE)
_DATE_IN_YEAR = re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{4})$|^(\d{4})-\d{2}-\d{2}$")


class CsvImportError(UserError):
    """The file was refused; `problems` lists every problem with its row number.

    The message is the heading followed by the problems, one per line (at most
    `MAX_PROBLEMS_SHOWN`), rendered at the edge."""

    def __init__(self, heading: Msg, problems: list[Problem] | None = None):
        self.problems = list(problems or [])
        lines: list[Msg | str] = [heading]
        lines += [p.text() for p in self.problems[:MAX_PROBLEMS_SHOWN]]
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            lines.append(Msg("csv_import.more_problems", count=more))
        super().__init__(Msg("csv_import.error", lines=Lines(lines)) if problems else heading)


@dataclass(frozen=True)
class Problem:
    """One problem of the file, with its row number (None: the file as a whole)."""

    line: int | None
    message: Msg

    def text(self) -> Msg:
        """"Zeile N: …" / "Row N: …"."""
        if self.line:
            return Msg("csv_import.row_problem", line=self.line, problem=self.message)
        return self.message


@dataclass
class PlannedRow:
    line: int
    client: clients.Client
    note: str | None
    existing_id: int | None = None       # set when the row is already in the vault
    arrival: str | None = None           # as written; checked by arrival.parse
    district: str | None = None          # Kreisschlüssel or ausserhalb_rlp

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

    def summary(self) -> Msg:
        """What was (or would be) imported."""
        text = Msg("csv_import.counts", created=self.created, skipped=self.skipped)
        if self.notes:
            text = Msg("csv_import.counts_with_notes", counts=text,
                       notes=Msg("csv_import.notes_taken_over", count=self.notes))
        if self.dry_run:
            return Msg("csv_import.dry_run_summary", text=text)
        return Msg("csv_import.summary", text=text)


# ----- reading the bytes -----------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for UTF-8 (±BOM), UTF-16 with BOM, or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 (mit BOM)"
        except UnicodeDecodeError:
            raise CsvImportError(Msg("csv_import.file_damaged_starts_like_utf_8")) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise CsvImportError(Msg("csv_import.file_damaged_invalid_utf_16")) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise CsvImportError(Msg("csv_import.character_encoding_file_unknown_save_in")) from None


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
                raise CsvImportError(Msg("csv_import.file_has_more_than_rows_import",
                                         MAX_ROWS=MAX_ROWS))
    except csv.Error:
        raise CsvImportError(Msg("csv_import.row_row_cannot_read_check_quotation",
                                 value=len(records) + 1)) from None
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


def _lookup(list_name: str, value: str, label: str, problems: list[Msg]) -> str | None:
    if not value:
        return None
    key = reference.get(list_name).find(value)
    if key is None:
        problems.append(Msg("csv_import.value_unknown", field=field_labels.label(label),
                            value=_clip(value)))
    return key


def _clip(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _row(values: dict[str, str], line: int, today: dt.date
         ) -> tuple[PlannedRow | None, list[Msg]]:
    """The planned row, or the row's problems."""
    problems: list[Msg] = []
    name = values.get("name", "")
    case_number = values.get("case_number", "")
    if not name and not case_number:
        return None, [Msg("csv_import.neither_name_nor_case_number")]
    gender_raw = values.get("gender", "")
    gender = None
    if gender_raw:
        gender = _GENDER_SHORT.get(gender_raw.casefold()) or reference.get("gender").find(gender_raw)
        if gender is None:
            problems.append(Msg("csv_import.gender_unknown", value=_clip(gender_raw)))
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
        problems.append(_message_of(exc))
    note = values.get("note") or None
    if note is not None:
        try:
            note = clients.clean_text(note, "Notiz", consultations.MAX_NOTE, multiline=True)
        except UserError as exc:
            problems.append(_message_of(exc))
    came = values.get("arrival") or None
    if came is not None:
        try:
            arrival.parse(came, today=today)
        except UserError as exc:
            problems.append(_message_of(exc))
    district = None
    if values.get("district"):
        try:
            district = districts.find(values["district"])
        except UserError as exc:
            problems.append(_message_of(exc))
    if problems:
        return None, problems
    return PlannedRow(line=line, client=client, note=note, arrival=came, district=district), []


def _message_of(exc: UserError) -> Msg:
    return exc.msg if exc.msg is not None else Msg("csv_import.plain", text=str(exc))


def _too_large() -> CsvImportError:
    mb = MAX_BYTES // (1024 * 1024)
    return CsvImportError(Msg("csv_import.file_too_large_at_most_mb", mb=mb))


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
        raise CsvImportError(Msg("csv_import.file_does_not_exist", name=path.name)) from None
    except OSError:
        raise CsvImportError(Msg("csv_import.file_cannot_read", name=path.name)) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped after the check
            raise _not_a_file(path)
        chunks, total = [], 0
        while total <= MAX_BYTES:
            try:
                chunk = handle.read(min(1 << 20, MAX_BYTES + 1 - total))
            except OSError:
                raise CsvImportError(Msg("csv_import.file_cannot_read", name=path.name)) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > MAX_BYTES:
        raise _too_large()
    return b"".join(chunks)


def _not_a_file(path: Path) -> CsvImportError:
    return CsvImportError(Msg("csv_import.not_regular_file_but_folder_device", name=path.name))


def plan(conn: Connection, data: bytes, *, today: dt.date | None = None) -> Plan:
    """Read and check the whole file; never writes. Problems are collected, not raised,
    except when the file as a whole cannot be read (CsvImportError)."""
    today = today or dt.date.today()
    if len(data) > MAX_BYTES:
        raise _too_large()
    text, encoding = decode(data)
    if "\x00" in text:
        raise CsvImportError(Msg("csv_import.file_contains_null_characters_probably_not"))
    delimiter = detect_delimiter(text)
    records = _records(text, delimiter)
    while records and not any(c.strip() for c in records[-1]):
        records.pop()
    if not records:
        raise CsvImportError(Msg("csv_import.file_empty"))
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
            raise CsvImportError(Msg("csv_import.unknown_column_columns_allowed_are_in",
                                     records=_clip(records[0][index]), ACCEPTED=ACCEPTED))
        if key in seen:
            raise CsvImportError(Msg("csv_import.column_appears_twice",
                                     records=_clip(records[0][index])))
        seen.add(key)
        fields.append(key)
    if "name" not in seen and "case_number" not in seen:
        raise CsvImportError(Msg("csv_import.column_name_fallnummer_case_number_missing",
                                 ACCEPTED=ACCEPTED))

    first_line: dict[str, int] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue  # empty rows Excel leaves behind
        values: dict[str, str] = {}
        row_problems: list[Msg] = []
        if len(record) > len(fields) and any(c.strip() for c in record[len(fields):]):
            row_problems.append(Msg("csv_import.more_values_than_columns",
                                    values=len(record), columns=len(fields)))
        for index, raw in enumerate(record[: len(fields)]):
            key = fields[index]
            value = _cell(raw)
            if key is None:
                if value:
                    row_problems.append(Msg("csv_import.value_without_heading",
                                            column=index + 1))
                continue
            values[key] = value if key == "note" else " ".join(value.split())
        planned, problems = _row(values, number, today)
        row_problems += problems
        if planned is not None and planned.client.case_number:
            folded = planned.client.case_number.casefold()
            if folded in first_line:
                row_problems.append(Msg("csv_import.case_number_twice",
                                        case_number=planned.client.case_number,
                                        line=first_line[folded]))
            else:
                first_line[folded] = number
        if row_problems:
            result.problems += [Problem(number, problem) for problem in row_problems]
        elif planned is not None:
            planned.existing_id = _existing(conn, planned.client)
            result.rows.append(planned)
    if not result.rows and not result.problems:
        result.problems.append(Problem(None, Msg("csv_import.no_data_rows")))
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
        raise CsvImportError(Msg("csv_import.nothing_imported_correct",
                                 count=len(checked.problems)), checked.problems)
    created = notes = 0
    try:
        with transaction(conn):
            for row in checked.new_rows:
                # Within the file a row may repeat one imported a moment ago (no Fallnummer).
                if row.client.case_number is None and _existing(conn, row.client):
                    continue
                try:
                    client_id = clients.create_client(conn, row.client)
                    if row.arrival:
                        arrival.set_arrival(conn, client_id, row.arrival, today=today)
                    if row.district:
                        districts.set_residence(conn, client_id, row.district)
                    if row.note:
                        consultations.add_consultation(conn, consultations.Consultation(
                            client_id=client_id,
                            held_on=row.client.first_contact or today.isoformat(),
                            channel="sonstiges", method="einzelfallberatung", note=row.note))
                        notes += 1
                except UserError as exc:
                    raise CsvImportError(Msg("csv_import.nothing_imported"),
                                         [Problem(row.line, _message_of(exc))]) from None
                created += 1
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    skipped = len(checked.rows) - created
    log.info("csv import%s: %d new, %d skipped, %d notes", " (dry run)" if dry_run else "",
             created, skipped, notes)
    return Report(created=created, skipped=skipped, notes=notes, dry_run=dry_run)
