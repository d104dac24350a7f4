"""Casebook export (anonymised, NCAC-shaped, CSV/XLSX/JSON) and case import from the same shapes, all or nothing."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import io
import json
import logging
import os
import re
import unicodedata
import uuid as uuid_module
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal

from counselor_app.domain import casebook as cb
from counselor_app.domain.business_names import business_key
from counselor_app.domain.calendar import fiscal_year, format_case_number
from counselor_app.domain.case_rules import blocking, check_case
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor, Business, Case
from counselor_app.domain.errors import DomainError, PermissionDeniedError, ValidationError
from counselor_app.domain.scrubber import KIND_LABELS, KINDS, SCRUBBER_VERSION, ScrubResult
from counselor_app.persistence.database import Database
from counselor_app.persistence.repositories.casebook_repository import ScrubUpdate
from counselor_app.services.audit_service import AuditService
from counselor_app.services.collector import collector_paused
from counselor_app.services.reference_data import ReferenceData

Format = Literal["csv", "xlsx", "json"]
FORMATS: tuple[str, ...] = ("csv", "xlsx", "json")
ENCODINGS: tuple[str, ...] = ("utf-8-sig", "cp932")
REPORT_SUFFIX = "_匿名化レポート"
CASEBOOK_SHEET = "事例集"
MAX_ERRORS = 100
# Characters CP932 lacks, with the look-alike a reader expects (used only after opt-in).
_CP932_SUBSTITUTES = {
    "𠮷": "吉",
    "𠮟": "叱",
    "﨑": "崎",
    "髙": "高",
    "塚": "塚",
    "德": "徳",
    "‐": "-",
    "–": "-",
    "—": "―",
    "−": "－",
    "〜": "～",
}
_GETA = "〓"  # the traditional mark for a character the font or code page lacks
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

log = logging.getLogger(__name__)


class ExportEncodingError(DomainError):
    """Characters cannot be written in the chosen encoding; nothing was written."""

    code = "encoding"

    def __init__(self, message: str, problems: list[EncodingProblem]) -> None:
        super().__init__(message)
        self.problems = problems


class ImportFileError(DomainError):
    """An import file is wrong; ``problems`` lists every error found (file, line/row, column)."""

    code = "import"

    def __init__(self, problems: list[str]) -> None:
        more = f"（ほか {len(problems) - 1} 件）" if len(problems) > 1 else ""
        super().__init__(problems[0] + more)
        self.problems = problems


@dataclass(frozen=True)
class EncodingProblem:
    """A character the chosen encoding cannot hold, where it is, and what replaces it on opt-in."""

    case_no: str
    column: str
    char: str
    substitute: str

    def describe(self) -> str:
        """One line for the user: 131016-R8-000123 相談概要: 𠮷 (U+20BB7) → 吉."""
        return f"{self.case_no} {self.column}: {self.char} (U+{ord(self.char):04X}) → {self.substitute}"


@dataclass(frozen=True)
class PreviewItem:
    """One case of the export preview: its caption and the scrubbed texts with their redactions."""

    case_no: str | None
    caption: str
    subject: ScrubResult
    narrative: ScrubResult


@dataclass(frozen=True)
class ExportPreview:
    """What an export would contain, before anything is written."""

    total: int
    items: tuple[PreviewItem, ...]
    redactions: dict[str, int]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    cases: int
    files: tuple[Path, ...]
    redactions: dict[str, int]
    substitutions: tuple[EncodingProblem, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """The validation of an import file: how many cases it holds and what is wrong."""

    path: Path
    cases: int
    errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when the file can be imported."""
        return not self.errors and self.cases > 0


@dataclass(frozen=True)
class ImportResult:
    """What an import stored."""

    cases: int
    first_case_no: str | None
    last_case_no: str | None


@dataclass
class _Parsed:
    cases: list[tuple[Case, str | None]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _require_supervisor(actor: Actor, what: str) -> None:
    if not actor.is_supervisor:
        raise PermissionDeniedError(f"{what}は所長・主任相談員（supervisor）の権限が必要です", where=actor.login)


_redactions_of = attrgetter("redactions")
_case_no_of = attrgetter("case_no")


def _day_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    if end < start:
        raise ValidationError("期間の終わりが始まりより前です", where="--to")
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


class CasebookService:
    """Exports the anonymised casebook and imports cases from the same shapes."""

    def __init__(self, db: Database, clock: Clock, reference: ReferenceData, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._reference = reference
        self._audit = audit
        self._codelists = reference.codelists

    def layout(self) -> cb.CasebookLayout:
        """The casebook columns for the shipped code lists and directory."""
        return cb.CasebookLayout(self._codelists, {entry.id: entry.name for entry in self._reference.directory})

    # -- export ------------------------------------------------------------------------------

    def preview(self, actor: Actor, start: dt.date, end: dt.date, *, limit: int = 100) -> ExportPreview:
        """The first ``limit`` cases of a period, scrubbed, with the redaction totals of those."""
        _require_supervisor(actor, "事例集の書き出し")
        low, high = _day_bounds(start, end)
        layout = self.layout()
        with self._db.uow() as uow:
            ids = uow.casebook.ids_in_period(low, high)
            facts = uow.casebook.facts_for(ids[:limit])
        items = []
        counts: Counter[str] = Counter()
        for serial, fact in enumerate(facts, start=1):
            _cells, narrative, subject = layout.row(fact, serial)
            counts.update(narrative.counts())
            counts.update(subject.counts())
            items.append(PreviewItem(fact.case_no, cb.caption(fact, self._codelists), subject, narrative))
        return ExportPreview(total=len(ids), items=tuple(items), redactions=dict(counts))

    def export(
        self,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        fmt: str,
        out: Path,
        *,
        encoding: str = "utf-8-sig",
        substitute: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ExportResult:
        """Write the anonymised casebook of cases received from ``start`` to ``end`` (inclusive).

        Raises:
            PermissionDeniedError: the actor is no supervisor.
            ExportEncodingError: CP932 cannot hold some characters and ``substitute`` is off.
            ValidationError: a bad period, format or encoding.
        """
        _require_supervisor(actor, "事例集の書き出し")
        if fmt not in FORMATS:
            raise ValidationError(f"形式は {', '.join(FORMATS)} のいずれかです", where="--format")
        if encoding not in ENCODINGS:
            raise ValidationError(f"文字コードは {', '.join(ENCODINGS)} のいずれかです", where="--encoding")
        if encoding != "utf-8-sig" and fmt != "csv":
            raise ValidationError("文字コードは csv のときだけ選べます", where="--encoding")
        low, high = _day_bounds(start, end)
        out = Path(out)
        if not out.parent.is_dir():
            raise ValidationError(f"書き出し先のフォルダがありません: {out.parent}", where="--out")
        layout = self.layout()
        rescrubbed: list[ScrubUpdate] = []
        with self._db.uow() as uow:
            total = uow.casebook.count_in_period(low, high)
            writer = _ExportWriter(layout, fmt, out, encoding, substitute)
            try:
                with collector_paused():
                    for rows in uow.casebook.export_rows(low, high):
                        if any(row.scrub_version != SCRUBBER_VERSION for row in rows):
                            rows = scrub_stale_rows(uow, rows, rescrubbed)
                        writer.add_all(rows)
                        if progress:
                            progress(writer.cases, total)
                files = writer.finish()
            except BaseException:
                writer.discard()
                raise
        if progress:
            progress(writer.cases, total)
        counts = dict(writer.redaction_totals)
        with self._db.uow(write=True) as uow:
            self._audit.record(
                uow,
                actor,
                "export",
                "casebook",
                None,
                format=fmt,
                encoding=encoding if fmt == "csv" else "utf-8",
                period_from=start.isoformat(),
                period_to=end.isoformat(),
                cases=writer.cases,
                redactions=counts,
                substituted=len(writer.substitutions),
                files=[path.name for path in files],
            )
            uow.commit()
        if rescrubbed:
            self._store_scrubs(rescrubbed)
        return ExportResult(
            cases=writer.cases, files=tuple(files), redactions=counts, substitutions=tuple(writer.substitutions)
        )

    def _store_scrubs(self, updates: list[ScrubUpdate], batch: int = 500) -> None:
        """Keep what an export scrubbed again, so that the next export reads it (short write transactions).

        Only a cache: the export is written and audited already, so a failure here (a busy
        database) is logged and the next export scrubs those cases again.
        """
        try:
            for first in range(0, len(updates), batch):
                with self._db.uow(write=True) as uow:
                    uow.casebook.store_scrubs(updates[first : first + batch])
                    uow.commit()
        except Exception as exc:  # noqa: BLE001 - a cache write; the export is done and audited
            log.warning("stored casebook scrubs not updated (%s); the next export scrubs again", type(exc).__name__)

    # -- import ------------------------------------------------------------------------------

    def validate_file(self, actor: Actor, path: Path) -> ImportReport:
        """Read and check an import file without storing anything."""
        _require_supervisor(actor, "相談の取り込み")
        parsed = self._parse(Path(path), actor.office_code)
        return ImportReport(path=Path(path), cases=len(parsed.cases), errors=tuple(parsed.errors))

    def import_file(self, actor: Actor, path: Path) -> ImportResult:
        """Store every case of a file in one transaction, numbered like registered cases.

        Raises:
            ImportFileError: listing what is wrong; nothing was stored.
        """
        _require_supervisor(actor, "相談の取り込み")
        path = Path(path)
        parsed = self._parse(path, actor.office_code)
        if parsed.errors:
            raise ImportFileError(parsed.errors)
        if not parsed.cases:
            raise ImportFileError([f"{path.name}: 相談が1件もありません"])
        now = self._clock.now()
        version = self._codelists.classification_version
        with self._db.uow(write=True) as uow:
            groups: dict[tuple[str, int], list[int]] = defaultdict(list)
            for index, (case, _number) in enumerate(parsed.cases):
                groups[(case.office_code, fiscal_year(case.received_at.date()))].append(index)
            numbered: list[Case] = [case for case, _number in parsed.cases]
            sequences: list[int | None] = [None] * len(numbered)
            businesses: dict[str, int] = {}
            for (office, year), indexes in sorted(groups.items()):
                first = uow.cases.reserve_sequences(office, year, len(indexes))
                for offset, index in enumerate(indexes):
                    seq = first + offset
                    sequences[index] = seq
                    case, corporate = parsed.cases[index]
                    business_id = None
                    if corporate or case.business_name:
                        business_id = self._business_for(uow, case.business_name, corporate, businesses, now)
                    numbered[index] = dataclasses.replace(
                        case,
                        uuid=str(uuid_module.uuid4()),
                        fiscal_year=year,
                        case_no=format_case_number(office, year, seq),
                        status="closed",
                        counselor=actor.login,
                        classification_version=case.classification_version or version,
                        business_id=business_id,
                        referrals=tuple(
                            dataclasses.replace(
                                referral,
                                uuid=str(uuid_module.uuid4()),
                                status="DONE",
                                created_by=actor.login,
                                created_at=now,
                                updated_at=now,
                                version=1,
                            )
                            for referral in case.referrals
                        ),
                        version=1,
                        created_at=now,
                        created_by=actor.login,
                        updated_at=now,
                        updated_by=actor.login,
                    )
            uow.cases.bulk_add(numbered, sequences)
            ordered = sorted(numbered, key=lambda c: c.case_no or "")
            self._audit.record(
                uow,
                actor,
                "import",
                "case",
                None,
                file=path.name,
                cases=len(numbered),
                first_case_no=ordered[0].case_no,
                last_case_no=ordered[-1].case_no,
            )
            uow.commit()
        return ImportResult(len(numbered), ordered[0].case_no, ordered[-1].case_no)

    def _business_for(
        self, uow: Any, name: str | None, corporate: str | None, seen: dict[str, int], now: dt.datetime
    ) -> int | None:
        """Link an imported case to the registry: by 法人番号, else by normalised name; create if new.

        A name match is used only when the 法人番号 agrees (both absent or equal): linking
        a row with a number to a record without one would lose the number, and the
        other way round would add one the file did not have.
        """
        key = f"#{corporate}" if corporate else business_key(name or "")
        if not key:
            return None
        if key in seen:
            return seen[key]
        business_id: int | None = None
        if corporate:
            business_id = uow.casebook.business_id_by_corporate_number(corporate)
        if business_id is None and name:
            # Only an exact match (same 名寄せ key and same 法人番号, or both without one) is
            # reused; deciding that two records are one business is a supervisor's merge.
            business_id = uow.businesses.find_exact(business_key(name), corporate)
        if business_id is None:
            display = name or corporate or ""
            business_id = uow.businesses.add(
                Business(
                    display_name=display,
                    normalized_key=business_key(display),
                    corporate_number=corporate,
                    uuid=str(uuid_module.uuid4()),
                ),
                now=now,
            )
        seen[key] = int(business_id) if business_id is not None else 0
        return business_id

    def _parse(self, path: Path, office_code: str) -> _Parsed:
        parsed = _Parsed()
        suffix = path.suffix.lower()
        name = path.name
        if not path.is_file():
            parsed.errors.append(f"{name}: ファイルがありません")
            return parsed
        destinations = {entry.id: entry.name for entry in self._reference.directory}
        try:
            if suffix in (".csv", ".xlsx"):
                records = _csv_records(path) if suffix == ".csv" else _xlsx_records(path)
                self._rows_to_cases(name, records, destinations, office_code, parsed)
            elif suffix in (".json", ".jsonl"):
                for where, data in _json_records(path):
                    self._collect(parsed, partial(cb.case_from_json, data, self._codelists, destinations, where=where, office_code=office_code))
            else:
                parsed.errors.append(f"{name}: 取り込めるのは .csv .xlsx .json .jsonl です")
        except ImportFileError as exc:
            parsed.errors.extend(exc.problems)
        return parsed

    def _rows_to_cases(
        self,
        name: str,
        records: Iterator[tuple[str, list[Any]]],
        destinations: dict[str, str],
        office_code: str,
        parsed: _Parsed,
    ) -> None:
        header_where, raw_headers = next(records, (f"{name}: 1 行", []))
        layout = self.layout()
        known = cb.known_headers(layout)
        headers: list[str] = []
        problems = []
        for index, raw in enumerate(raw_headers, start=1):
            header = cb.normalise_header(raw) if raw is not None else ""
            if not header:
                problems.append(f"{header_where} {index} 列目: 見出しが空です")
            elif header not in known:
                problems.append(f"{header_where} 列「{raw}」: 未知の列です（事例集の見出しを使ってください）")
            elif header in headers:
                problems.append(f"{header_where} 列「{raw}」: 見出しが重複しています")
            headers.append(header)
        for required in cb.REQUIRED_HEADERS:
            if required not in headers:
                problems.insert(0, f"{header_where}: 必須の列「{required}」がありません")
        if problems:
            raise ImportFileError(problems)
        for where, cells in records:
            if all(cell in (None, "") for cell in cells):
                continue
            if len(cells) > len(headers) and any(cell not in (None, "") for cell in cells[len(headers) :]):
                parsed.errors.append(f"{where}: 見出しより多い列に値があります")
                continue
            row = {
                header: (cells[index] if index < len(cells) else None)
                for index, header in enumerate(headers)
                if header and header not in cb.DERIVED_HEADERS
            }
            self._collect(
                parsed,
                partial(cb.case_from_row, row, self._codelists, destinations, where=where, office_code=office_code),
            )
            if len(parsed.errors) >= MAX_ERRORS:
                return

    def _collect(self, parsed: _Parsed, build: Callable[[], tuple[Case, str | None]]) -> None:
        if len(parsed.errors) >= MAX_ERRORS:
            return
        try:
            case, corporate = build()
        except ValidationError as exc:
            parsed.errors.append(str(exc))
            return
        if case.party.is_empty():
            case = dataclasses.replace(case, party_same_as_consultant=True)
        for issue in blocking(check_case(case, self._codelists, now=self._clock.now()), for_submission=False):
            parsed.errors.append(f"{_where_of(case)}: {issue.message}")
            return
        parsed.cases.append((case, corporate))


def scrub_stale_rows(uow: Any, rows: list[cb.PackedRow], done: list[ScrubUpdate]) -> list[cb.PackedRow]:
    """Rows whose stored scrub is missing or older than this scrubber, scrubbed now (and added to ``done`` for storing)."""
    stale = [row.case_id for row in rows if row.scrub_version != SCRUBBER_VERSION and row.case_id is not None]
    if not stale:
        return rows
    facts = uow.casebook.facts_by_id(stale)
    fresh = []
    for row in rows:
        fact = facts.get(row.case_id) if row.scrub_version != SCRUBBER_VERSION else None
        if fact is None or row.case_id is None or row.version is None:
            fresh.append(row)
            continue
        subject, narrative = cb.scrub_texts(fact)
        counts = cb.encode_counts(cb.redaction_counts(subject, narrative))
        fresh.append(
            row._replace(subject=subject.text, narrative=narrative.text, redactions=counts, scrub_version=SCRUBBER_VERSION)
        )
        done.append(ScrubUpdate(row.case_id, row.version, SCRUBBER_VERSION, subject.text, narrative.text, counts))
    return fresh


def _where_of(case: Case) -> str:
    return f"受付 {case.received_at:%Y-%m-%d}"


# -- reading files ---------------------------------------------------------------------------------


def _decode(path: Path) -> str:
    """UTF-8 (with or without BOM) or Shift_JIS/CP932, detected; anything else is refused."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError([f"{path.name}: UTF-16 のファイルは読めません。UTF-8 か Shift_JIS で保存してください"])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("cp932")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise ImportFileError(
                [
                    f"{path.name}: {line} 行: 文字コードを判別できません"
                    "（UTF-8 でも Shift_JIS/CP932 でもありません）"
                ]
            ) from None


def _csv_records(path: Path) -> Iterator[tuple[str, list[Any]]]:
    text = _decode(path)
    csv.field_size_limit(64 * 1024 * 1024)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for cells in reader:
            yield f"{path.name}: {reader.line_num} 行", cells
    except csv.Error as exc:
        raise ImportFileError([f"{path.name}: {reader.line_num} 行: CSV の書式が正しくありません ({exc})"]) from exc


def _xlsx_records(path: Path) -> Iterator[tuple[str, list[Any]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError([f"{path.name}: XLSX として読めません ({type(exc).__name__})"]) from exc
    sheet = book[CASEBOOK_SHEET] if CASEBOOK_SHEET in book.sheetnames else book.worksheets[0]
    merged = [str(cells) for cells in sheet.merged_cells.ranges if cells.min_row <= 1]
    if merged:
        raise ImportFileError(
            [f"{path.name}: シート「{sheet.title}」の見出し行に結合セルがあります（{', '.join(merged)}）。結合を解除してください"]
        )
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        yield f"{path.name}: シート「{sheet.title}」 {number} 行", list(cells)


def _json_records(path: Path) -> Iterator[tuple[str, Any]]:
    text = _decode(path)
    name = path.name
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield f"{name}: {number} 行", json.loads(line)
            except json.JSONDecodeError as exc:
                raise ImportFileError([f"{name}: {number} 行 {exc.colno} 列: JSON の書式が正しくありません ({exc.msg})"]) from exc
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError([f"{name}: {exc.lineno} 行 {exc.colno} 列: JSON の書式が正しくありません ({exc.msg})"]) from exc
    try:
        for index, data in cb.iter_json_cases(document, name):
            yield f"{name}: {index} 件目", data
    except ValidationError as exc:
        raise ImportFileError([str(exc)]) from exc


# -- writing files -----------------------------------------------------------------------------------


class _ExportWriter:
    """Writes the casebook, its aggregate tables and the redaction report to temporary files."""

    def __init__(self, layout: cb.CasebookLayout, fmt: str, out: Path, encoding: str, substitute: bool) -> None:
        self.layout = layout
        self.fmt = fmt
        self.out = out
        self.encoding = encoding if fmt == "csv" else "utf-8"
        self.substitute = substitute
        self.cases = 0
        self.totals = cb.CasebookTotals(layout.codelists)
        self._redaction_codes: Counter[str] = Counter()
        # The redaction report: case numbers and encoded counts, in serial order.
        self._report_case_nos: list[str | None] = []
        self._report_codes: list[str] = []
        self.problems: list[EncodingProblem] = []
        self.substitutions: list[EncodingProblem] = []
        self._temps: dict[Path, Path] = {}
        self._handle: Any = None
        self._csv: Any = None
        self._book: Any = None
        self._sheet: Any = None
        self._first_json = True
        self._open()

    def _temp(self, target: Path) -> Path:
        temp = target.with_name(f".{target.name}.{uuid_module.uuid4().hex[:8]}.tmp")
        self._temps[target] = temp
        return temp

    def _open(self) -> None:
        if self.fmt == "csv":
            self._handle = self._temp(self.out).open("w", encoding=self.encoding, newline="")
            self._csv = csv.writer(self._handle)
            self._csv.writerow(self.layout.headers)
        elif self.fmt == "json":
            self._handle = self._temp(self.out).open("w", encoding="utf-8")
            self._handle.write("[\n")
        else:
            from openpyxl import Workbook

            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet(CASEBOOK_SHEET)
            self._sheet.append(list(self.layout.headers))
            self._sheet.freeze_panes = "B2"

    def add_all(self, rows: list[cb.PackedRow]) -> None:
        """Write a month of rows (UTF-8 CSV in one piece: the export's hot path)."""
        if self.fmt != "csv" or self.encoding != "utf-8-sig":
            for row in rows:
                self.add(row)
            return
        self.totals.add_all(rows)
        self._report_all(rows)
        csv_line = self.layout.csv_line
        first = self.cases + 1
        self._handle.write("".join([csv_line(row, serial) for serial, row in enumerate(rows, start=first)]))
        self.cases += len(rows)

    def add(self, row: cb.PackedRow) -> None:
        self.totals.add(row)
        self._report_all((row,))
        self.cases += 1
        if self.fmt == "csv":
            try:
                self._handle.write(self.layout.csv_line(row, self.cases))
                return
            except UnicodeEncodeError:
                pass  # nothing was written (encoding comes first): the row is written cell by cell below
            cells = self._cp932_cells(self.layout.cells(self.layout.unpack(row), self.cases), row.case_no or str(self.cases))
            # Substitute first, then neutralise: a substitute may itself start a formula (− → －).
            first = cb.FORMULA_FIRST
            self._csv.writerow([("'" + c) if c.__class__ is str and c[:1] in first else c for c in cells])
            return
        full = self.layout.unpack(row)
        if self.fmt == "json":
            record = self.layout.json_case(full)
            self._handle.write(("" if self._first_json else ",\n") + json.dumps(record, ensure_ascii=False))
            self._first_json = False
            return
        self._sheet.append([self._xlsx_cell(cell) for cell in self.layout.cells(full, self.cases)])

    def _report_all(self, rows: Sequence[cb.PackedRow]) -> None:
        """Keep the redactions of rows about to be numbered from ``self.cases + 1`` (encoded; a handful of distinct ones)."""
        codes = list(map(_redactions_of, rows))
        self._redaction_codes.update(codes)
        self._report_codes.extend(codes)
        self._report_case_nos.extend(map(_case_no_of, rows))

    @property
    def redaction_totals(self) -> Counter[str]:
        """Redactions per type over every case written so far."""
        totals: Counter[str] = Counter()
        for encoded, cases in self._redaction_codes.items():
            for kind, n in cb.decode_counts(encoded).items():
                totals[kind] += n * cases
        return totals

    def _report_rows(self) -> Iterator[list[Any]]:
        """The redaction report: per case, the count of each type and the total."""
        columns: dict[str, list[int]] = {}
        for serial, (case_no, encoded) in enumerate(zip(self._report_case_nos, self._report_codes, strict=True), 1):
            counts = columns.get(encoded)
            if counts is None:
                decoded = cb.decode_counts(encoded)
                counts = columns[encoded] = [*(decoded.get(kind, 0) for kind in KINDS), sum(decoded.values())]
            yield [serial, case_no or "", *counts]

    def _cp932_cells(self, cells: list[Any], case_no: str) -> list[Any]:
        try:
            "\x1f".join(cell for cell in cells if isinstance(cell, str)).encode("cp932")
            return cells
        except UnicodeEncodeError:
            pass
        fixed = []
        for header, cell in zip(self.layout.headers, cells, strict=True):
            if isinstance(cell, str):
                cell = self._cp932_text(cell, case_no, header)
            fixed.append(cell)
        return fixed

    def _cp932_text(self, text: str, case_no: str, column: str) -> str:
        out = []
        for char in text:
            try:
                char.encode("cp932")
                out.append(char)
                continue
            except UnicodeEncodeError:
                pass
            replacement = _cp932_substitute(char)
            problem = EncodingProblem(case_no, column, char, replacement)
            if self.substitute:
                self.substitutions.append(problem)
            else:
                self.problems.append(problem)
            out.append(replacement)
        return "".join(out)

    def _xlsx_cell(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        from openpyxl.cell import WriteOnlyCell

        text = _XLSX_ILLEGAL.sub("", value)
        if not text.startswith(cb.FORMULA_START):
            return text
        # A text cell with Excel's quote prefix: shown as typed, never evaluated, even after editing.
        cell = WriteOnlyCell(self._sheet, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    def finish(self) -> list[Path]:
        if self.problems:
            self.discard()
            shown = "、".join(problem.describe() for problem in self.problems[:5])
            more = f" ほか {len(self.problems) - 5} 件" if len(self.problems) > 5 else ""
            raise ExportEncodingError(
                f"CP932（Shift_JIS）で書けない文字があります: {shown}{more}。"
                "置き換えを許可するか、UTF-8 で書き出してください",
                self.problems,
            )
        tables = self.totals.tables()
        redaction_totals = self.redaction_totals
        report_headers = ["整理番号", "相談番号", *(KIND_LABELS[k] for k in KINDS), "合計"]
        total_row = ["合計", "", *(redaction_totals.get(k, 0) for k in KINDS), sum(redaction_totals.values())]
        stem = self.out.with_suffix("")
        if self.fmt == "csv":
            self._handle.close()
            for table in tables:
                target = stem.with_name(f"{stem.name}_集計_{table.name.replace(' ', '_')}.csv")
                self._write_csv(target, table.headers, table.rows)
            self._write_report_csv(stem.with_name(stem.name + REPORT_SUFFIX + ".csv"), report_headers, total_row)
        elif self.fmt == "json":
            self._handle.write("\n]\n")
            self._handle.close()
            aggregates = {
                table.name: [dict(zip(table.headers, row, strict=True)) for row in table.rows] for table in tables
            }
            self._write_json(stem.with_name(stem.name + "_集計.json"), aggregates)
            report = {
                "cases": self.cases,
                "totals": {KIND_LABELS[k]: redaction_totals.get(k, 0) for k in KINDS},
                "per_case": [
                    {"整理番号": row[0], "相談番号": row[1], **{KIND_LABELS[k]: n for k, n in zip(KINDS, row[2:-1], strict=True) if n}}
                    for row in self._report_rows()
                    if row[-1]
                ],
            }
            self._write_json(stem.with_name(stem.name + REPORT_SUFFIX + ".json"), report)
        else:
            for table in tables:
                sheet = self._book.create_sheet(table.name[:31])
                sheet.append(list(table.headers))
                for row in table.rows:
                    sheet.append([self._xlsx_cell(cell) for cell in row])
            self._book.save(self._temp(self.out))
            self._write_report_csv(
                stem.with_name(stem.name + REPORT_SUFFIX + ".csv"), report_headers, total_row, encoding="utf-8-sig"
            )
        targets = list(self._temps)
        for target, temp in self._temps.items():
            os.replace(temp, target)
        self._temps.clear()
        return targets

    def _write_csv(self, target: Path, headers: Iterable[Any], rows: Iterable[Iterable[Any]], encoding: str | None = None) -> None:
        chosen = encoding or self.encoding
        with self._temp(target).open("w", encoding=chosen, newline="", errors="strict") as handle:
            writer = csv.writer(handle)
            writer.writerow(list(headers))
            for row in rows:
                cells = [cb.neutralise(cell) for cell in row]
                if chosen == "cp932":
                    cells = [self._cp932_text(c, "", "集計") if isinstance(c, str) else c for c in cells]
                writer.writerow(cells)

    def _write_report_csv(
        self, target: Path, headers: list[str], total_row: list[Any], encoding: str | None = None
    ) -> None:
        """The redaction report: one line per case (its counts rendered once per distinct combination)."""
        with self._temp(target).open("w", encoding=encoding or self.encoding, newline="", errors="strict") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            rendered: dict[str, str] = {}
            for encoded in self._redaction_codes:
                decoded = cb.decode_counts(encoded)
                rendered[encoded] = ",".join(
                    str(n) for n in (*(decoded.get(kind, 0) for kind in KINDS), sum(decoded.values()))
                )
            field = cb.csv_field
            handle.write(
                "".join(
                    [
                        f"{serial},{field(case_no or '')},{rendered[encoded]}\r\n"
                        for serial, (case_no, encoded) in enumerate(
                            zip(self._report_case_nos, self._report_codes, strict=True), 1
                        )
                    ]
                )
            )
            writer.writerow([cb.neutralise(cell) for cell in total_row])

    def _write_json(self, target: Path, document: Any) -> None:
        with self._temp(target).open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")

    def discard(self) -> None:
        """Remove every temporary file (a failed export leaves nothing behind)."""
        if self._handle is not None and not self._handle.closed:
            self._handle.close()
        for temp in self._temps.values():
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self._temps.clear()


def _cp932_substitute(char: str) -> str:
    """What stands in for a character CP932 lacks: a look-alike, its NFKC form, or 〓."""
    if char in _CP932_SUBSTITUTES:
        return _CP932_SUBSTITUTES[char]
    folded = unicodedata.normalize("NFKC", char)
    if folded != char:
        try:
            folded.encode("cp932")
            return folded
        except UnicodeEncodeError:
            pass
    return _GETA
