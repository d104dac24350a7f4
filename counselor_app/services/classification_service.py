"""PI classification and routing against the office's directory and regime; directory and guidance management."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from counselor_app.domain.classifier import (
    ISSUE_CODES,
    SECTOR_CODES,
    ClassificationResult,
    Classifier,
)
from counselor_app.domain.clock import Clock
from counselor_app.domain.codelists import CodeLists
from counselor_app.domain.directory import KINDS, index
from counselor_app.domain.entities import Actor, Contact, Cue, DirectoryEntry
from counselor_app.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    ReferenceDataError,
    ValidationError,
)
from counselor_app.domain.guidance import (
    Guidance,
    GuidanceLabels,
    guidance_to_document,
    parse_guidance,
    render_html,
    render_text,
)
from counselor_app.domain.routing import Destination, RoutingTable, route
from counselor_app.domain.settings import SETTINGS
from counselor_app.domain.text import fold, normalise_display
from counselor_app.persistence.database import Database
from counselor_app.persistence.unit_of_work import UnitOfWork
from counselor_app.services.audit_service import AuditService
from counselor_app.services.reference_data import ReferenceData

# The office's edited copy of the handling guide lives in the settings table under this
# key (shared by every desk of a server-mode center); absent = the shipped guide.
GUIDANCE_SETTING = "pi_guidance"
LOCAL_ID = re.compile(r"[A-Za-z0-9_\-]{1,64}")
MAX_FIELD = 500
# Column order and headers of the local-departments CSV (Japanese headers; English keys accepted).
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"),
    ("name", "名称"),
    ("parent", "上位組織"),
    ("kind", "種別"),
    ("sectors", "対象（分野・論点コード）"),
    ("phone", "電話"),
    ("hours", "受付時間"),
    ("url", "URL"),
    ("contact_note", "連絡先メモ"),
    ("legal_basis", "根拠"),
    ("note", "備考"),
    ("valid_from", "有効開始"),
    ("valid_to", "有効終了"),
    ("successor_id", "後継ID"),
    ("annotation", "注記"),
)
TARGET_CODES = frozenset((*SECTOR_CODES, *ISSUE_CODES, "*"))


@dataclass(frozen=True)
class Suggestion:
    """What the classifier suggests for a narrative, with destinations in the office's regime."""

    result: ClassificationResult
    destinations: tuple[Destination, ...]
    regime: str


def suggestion_to_json(suggestion: Suggestion, codelists: CodeLists | None = None) -> dict[str, Any]:
    """The `counselor classify` object (DESIGN.md §4): pi_related, score, issues, holder, cues, destinations.

    Also carries ``sector``, ``needs_review`` (score in the 要確認 band) and ``regime``.
    """
    result = suggestion.result
    kinds = codelists["referral_kind"] if codelists is not None else None

    def number(value: float) -> int | float:
        return int(value) if float(value).is_integer() else value

    return {
        "pi_related": result.pi_related,
        "score": number(result.score),
        "issues": list(result.issues),
        "holder": result.holder,
        "cues": [
            {
                "text": cue.text,
                "weight": number(cue.weight),
                "start": cue.start,
                "end": cue.end,
                "rule": cue.rule,
                "issue": cue.issue,
            }
            for cue in result.cues
        ],
        "destinations": [
            {
                "id": destination.entry.id,
                "name": destination.entry.name,
                "referral_kind": destination.kind,
                "referral_kind_label": kinds.label_of(destination.kind) if kinds is not None else destination.kind,
                "legal_basis": destination.basis,
                "contact": {
                    key: value
                    for key, value in dataclasses.asdict(destination.entry.contact).items()
                    if value
                },
                "note": destination.note,
                "replaces": destination.replaces,
            }
            for destination in suggestion.destinations
        ],
        "sector": result.sector,
        "needs_review": result.needs_review,
        "regime": suggestion.regime,
    }


class Suggester:
    """Classifier plus routing over a given directory: no database (used offline by the CLI too)."""

    def __init__(self, reference: ReferenceData) -> None:
        self.classifier = Classifier(reference.lexicon)
        self.routing: RoutingTable = reference.routing

    def destinations(
        self,
        directory: Sequence[DirectoryEntry],
        *,
        regime: str,
        holder: str | None,
        sector: str | None,
        issue: str | None,
        today: dt.date,
    ) -> tuple[Destination, ...]:
        """Destinations for explicit facets (e.g. after the counselor corrected them)."""
        return route(
            self.routing, directory, regime=regime, holder=holder, sector=sector, issue=issue, today=today
        )

    def suggest(
        self, text: str, *, directory: Sequence[DirectoryEntry], regime: str, today: dt.date
    ) -> Suggestion:
        """Classify and route one narrative."""
        result = self.classifier.classify(text)
        if result.pi_related or result.needs_review:
            destinations = self.destinations(
                directory,
                regime=regime,
                holder=result.holder,
                sector=result.sector,
                issue=result.primary_issue,
                today=today,
            )
        else:
            destinations = ()
        return Suggestion(result=result, destinations=destinations, regime=regime)


@dataclass(frozen=True)
class CsvImportResult:
    """What an all-or-nothing local-departments import did."""

    created: int
    updated: int


class CsvImportError(ValidationError):
    """A local-departments CSV has problems; ``problems`` lists each as 「N行目 列: 理由」."""

    def __init__(self, problems: Sequence[str]) -> None:
        more = f"（ほか {len(problems) - 1} 件）" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}", where="CSV")
        self.problems = tuple(problems)


def _require_admin(actor: Actor, what: str) -> None:
    if actor.role != "admin":
        raise PermissionDeniedError(f"{what}は管理者だけができます")


def _require_supervisor(actor: Actor, what: str) -> None:
    if not actor.is_supervisor:
        raise PermissionDeniedError(f"{what}は主任・管理者だけができます")


def _clean(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError("文字列です", where=where)
    text = normalise_display(value)
    if len(text) > MAX_FIELD:
        raise ValidationError(f"{MAX_FIELD} 文字以内です", where=where)
    return text or None


class ClassificationService:
    """Suggests PI classification and destinations, and manages the directory and the handling guide."""

    def __init__(self, db: Database, clock: Clock, reference: ReferenceData, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._reference = reference
        self._audit = audit
        self.suggester = Suggester(reference)

    # -- classification ---------------------------------------------------------------

    @property
    def classifier(self) -> Classifier:
        """The pure classifier (safe to call from a worker thread)."""
        return self.suggester.classifier

    def regime(self) -> str:
        """The office's directory regime (setting ``regime``)."""
        with self._db.uow() as uow:
            value = uow.offices.setting("regime", SETTINGS["regime"].default)
        return value if value in ("CURRENT", "POLICY_2005") else str(SETTINGS["regime"].default)

    def _office_code(self, uow: UnitOfWork) -> str:
        return str(uow.offices.setting("office_code", SETTINGS["office_code"].default))

    def routing_directory(self) -> list[DirectoryEntry]:
        """Entries routing may propose: seeded ones and this office's local departments."""
        with self._db.uow() as uow:
            office = self._office_code(uow)
            entries = uow.directory.all()
        return [entry for entry in entries if not entry.local or entry.office_code in (None, office)]

    def classify(self, text: str, *, regime: str | None = None) -> Suggestion:
        """Classify one narrative and resolve destinations against the database directory."""
        return self.classify_many([text], regime=regime)[0]

    def classify_many(self, texts: Iterable[str], *, regime: str | None = None) -> list[Suggestion]:
        """Classify narratives in order, reading the directory and regime once."""
        chosen = regime or self.regime()
        directory = self.routing_directory()
        today = self._clock.now().date()
        return [self.suggester.suggest(text, directory=directory, regime=chosen, today=today) for text in texts]

    def destinations(
        self, *, holder: str | None, sector: str | None, issue: str | None, regime: str | None = None
    ) -> tuple[Destination, ...]:
        """Destinations for facets the counselor chose (after a correction)."""
        return self.suggester.destinations(
            self.routing_directory(),
            regime=regime or self.regime(),
            holder=holder,
            sector=sector,
            issue=issue,
            today=self._clock.now().date(),
        )

    # -- handling guidance --------------------------------------------------------------

    def guidance(self) -> Guidance:
        """The office's edited guide, or the shipped one when there is none (or it no longer validates)."""
        with self._db.uow() as uow:
            stored = uow.offices.setting(GUIDANCE_SETTING)
        if stored is None:
            return self._reference.guidance
        try:
            return parse_guidance(stored)
        except ReferenceDataError:
            return self._reference.guidance

    def guidance_is_customised(self) -> bool:
        """True when the office stored its own guide."""
        with self._db.uow() as uow:
            return uow.offices.setting(GUIDANCE_SETTING) is not None

    def guidance_document(self) -> dict[str, object]:
        """The guide in force as an editable JSON document."""
        return guidance_to_document(self.guidance())

    def save_guidance(self, actor: Actor, document: object) -> Guidance:
        """Validate and store the office's edited guide (admins and supervisors).

        Raises:
            ReferenceDataError: naming the issue and field that is wrong; nothing is stored.
        """
        _require_supervisor(actor, "対応の手引きの編集")
        guidance = parse_guidance(document)
        with self._db.uow(write=True) as uow:
            uow.offices.set_setting(
                GUIDANCE_SETTING, guidance_to_document(guidance), now=self._clock.now(), by=actor.login
            )
            self._audit.record(uow, actor, "update", "guidance", GUIDANCE_SETTING, version=guidance.version)
            uow.commit()
        return guidance

    def reset_guidance(self, actor: Actor) -> None:
        """Go back to the shipped guide."""
        _require_supervisor(actor, "対応の手引きの編集")
        with self._db.uow(write=True) as uow:
            # A null value reads as "no office copy" (the settings table has no delete).
            uow.offices.set_setting(GUIDANCE_SETTING, None, now=self._clock.now(), by=actor.login)
            self._audit.record(uow, actor, "reset", "guidance", GUIDANCE_SETTING)
            uow.commit()

    def guidance_text(
        self, labels: GuidanceLabels, *, regime: str | None = None, issues: Iterable[str] | None = None
    ) -> str:
        """The guide as printable plain text."""
        return render_text(self.guidance(), regime or self.regime(), labels, issues)

    def guidance_html(
        self, labels: GuidanceLabels, *, regime: str | None = None, issues: Iterable[str] | None = None
    ) -> str:
        """The guide as a printable HTML page."""
        return render_html(self.guidance(), regime or self.regime(), labels, issues)

    # -- directory ----------------------------------------------------------------------

    def directory(self) -> list[DirectoryEntry]:
        """Every entry (seeded and local), by id."""
        with self._db.uow() as uow:
            return uow.directory.all()

    def entry(self, entry_id: str) -> DirectoryEntry:
        """One entry.

        Raises:
            NotFoundError: naming the id.
        """
        with self._db.uow() as uow:
            found = uow.directory.get(entry_id)
        if found is None:
            raise NotFoundError("窓口が見つかりません", where=entry_id)
        return found

    def search_directory(
        self,
        query: str = "",
        *,
        regime: str | None = None,
        include_retired: bool = True,
        local_only: bool = False,
    ) -> list[DirectoryEntry]:
        """Entries whose name, parent, contact, note or codes contain ``query`` (NFKC/kana folded)."""
        needle = fold(query)
        today = self._clock.now().date()
        found = []
        for entry in self.directory():
            if local_only and not entry.local:
                continue
            if regime == "POLICY_2005" and entry.regime == "CURRENT":
                continue
            if regime == "CURRENT" and entry.regime == "POLICY_2005":
                continue
            if not include_retired and not entry.is_valid_on(today):
                continue
            haystack = fold(
                " ".join(
                    filter(
                        None,
                        (
                            entry.id,
                            entry.name,
                            entry.parent,
                            entry.note,
                            entry.annotation,
                            entry.contact.phone,
                            entry.contact.url,
                            entry.contact.note,
                            " ".join(entry.sectors),
                        ),
                    )
                )
            )
            if needle in haystack:
                found.append(entry)
        return found

    def update_contact(
        self,
        actor: Actor,
        entry_id: str,
        *,
        phone: str | None,
        hours: str | None,
        url: str | None,
        contact_note: str | None,
        annotation: str | None,
    ) -> DirectoryEntry:
        """Change how to reach a window and the office's annotation; the legal basis stays as shipped."""
        _require_admin(actor, "窓口の連絡先の編集")
        contact = Contact(
            phone=_clean(phone, "phone"),
            hours=_clean(hours, "hours"),
            url=_clean(url, "url"),
            note=_clean(contact_note, "contact_note"),
        )
        with self._db.uow(write=True) as uow:
            current = uow.directory.get(entry_id)
            if current is None:
                raise NotFoundError("窓口が見つかりません", where=entry_id)
            updated = dataclasses.replace(current, contact=contact, annotation=_clean(annotation, "annotation"))
            uow.directory.save(updated, now=self._clock.now())
            self._audit.record(uow, actor, "update", "directory_entry", entry_id, fields="contact")
            uow.commit()
        return updated

    def retire(
        self, actor: Actor, entry_id: str, *, valid_to: dt.date, successor_id: str | None
    ) -> DirectoryEntry:
        """End a window's validity and name the body that took over (current mode proposes the successor)."""
        _require_admin(actor, "窓口の廃止")
        with self._db.uow(write=True) as uow:
            entries = index(uow.directory.all())
            current = entries.get(entry_id)
            if current is None:
                raise NotFoundError("窓口が見つかりません", where=entry_id)
            if current.valid_from and valid_to < current.valid_from:
                raise ValidationError("有効開始より前の日付です", where="valid_to")
            if successor_id is not None:
                self._check_successor(entries, entry_id, successor_id, valid_to)
            updated = dataclasses.replace(current, valid_to=valid_to, successor_id=successor_id)
            uow.directory.save(updated, now=self._clock.now())
            self._audit.record(
                uow, actor, "retire", "directory_entry", entry_id, valid_to=valid_to, successor=successor_id
            )
            uow.commit()
        return updated

    def reinstate(self, actor: Actor, entry_id: str) -> DirectoryEntry:
        """Undo a retirement made by the office (the window is valid again, without successor)."""
        _require_admin(actor, "窓口の廃止の取り消し")
        reference = index(self._reference.directory)
        with self._db.uow(write=True) as uow:
            current = uow.directory.get(entry_id)
            if current is None:
                raise NotFoundError("窓口が見つかりません", where=entry_id)
            shipped = reference.get(entry_id)
            if shipped is not None and shipped.valid_to is not None:
                raise ValidationError("参照データで廃止されている窓口は取り消せません", where=entry_id)
            updated = dataclasses.replace(current, valid_to=None, successor_id=None)
            uow.directory.save(updated, now=self._clock.now())
            self._audit.record(uow, actor, "reinstate", "directory_entry", entry_id)
            uow.commit()
        return updated

    @staticmethod
    def _check_successor(
        entries: Mapping[str, DirectoryEntry], entry_id: str, successor_id: str, valid_to: dt.date
    ) -> None:
        successor = entries.get(successor_id)
        if successor is None:
            raise ValidationError(f"後継の窓口 {successor_id!r} がありません", where="successor_id")
        if successor_id == entry_id:
            raise ValidationError("自分自身を後継にはできません", where="successor_id")
        seen = {entry_id}
        step: DirectoryEntry | None = successor
        while step is not None and step.successor_id:
            if step.successor_id in seen:
                raise ValidationError("後継が循環しています", where="successor_id")
            seen.add(step.id)
            step = entries.get(step.successor_id)
        if successor.valid_to is not None and successor.valid_to <= valid_to:
            raise ValidationError("後継の窓口がすでに廃止されています", where="successor_id")

    def add_local(self, actor: Actor, entry: DirectoryEntry) -> DirectoryEntry:
        """Add one of the office's own departments (関係部局); its id is generated when blank."""
        _require_admin(actor, "関係部局の追加")
        with self._db.uow(write=True) as uow:
            existing = index(uow.directory.all())
            office = self._office_code(uow)
            entry_id = entry.id or self._next_local_id(existing, office)
            checked = self._validated_local(
                dataclasses.replace(entry, id=entry_id), existing, office, where=entry_id, new=True
            )
            uow.directory.save(checked, now=self._clock.now())
            self._audit.record(uow, actor, "create", "directory_entry", checked.id, local=True)
            uow.commit()
        return checked

    def update_local(self, actor: Actor, entry: DirectoryEntry) -> DirectoryEntry:
        """Replace an office-added department (all its fields are the office's own)."""
        _require_admin(actor, "関係部局の編集")
        with self._db.uow(write=True) as uow:
            existing = index(uow.directory.all())
            office = self._office_code(uow)
            checked = self._validated_local(entry, existing, office, where=entry.id, new=False)
            uow.directory.save(checked, now=self._clock.now())
            self._audit.record(uow, actor, "update", "directory_entry", checked.id, local=True)
            uow.commit()
        return checked

    @staticmethod
    def _next_local_id(existing: Mapping[str, DirectoryEntry], office: str) -> str:
        number = 1
        while f"L{office}-{number:03d}" in existing:
            number += 1
        return f"L{office}-{number:03d}"

    def _validated_local(
        self,
        entry: DirectoryEntry,
        existing: Mapping[str, DirectoryEntry],
        office: str,
        *,
        where: str,
        new: bool,
    ) -> DirectoryEntry:
        problems = self._local_problems(entry, existing, new=new)
        if problems:
            field_name, message = problems[0]
            raise ValidationError(message, where=f"{where}.{field_name}")
        return self._normalised_local(entry, office)

    @staticmethod
    def _normalised_local(entry: DirectoryEntry, office: str) -> DirectoryEntry:
        return dataclasses.replace(
            entry,
            name=normalise_display(entry.name),
            regime="BOTH",
            local=True,
            office_code=office,
            sectors=tuple(dict.fromkeys(entry.sectors)),
            legal_basis_2005=entry.legal_basis,
            sources=(),
        )

    def _local_problems(
        self, entry: DirectoryEntry, existing: Mapping[str, DirectoryEntry], *, new: bool
    ) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        seeded = index(self._reference.directory)
        if not LOCAL_ID.fullmatch(entry.id):
            problems.append(("id", "ID は英数字・_・- の64文字以内です"))
        elif entry.id in seeded or (entry.id in existing and not existing[entry.id].local):
            problems.append(("id", f"ID {entry.id!r} は参照データの窓口です（関係部局には使えません）"))
        elif new and entry.id in existing:
            problems.append(("id", f"ID {entry.id!r} はすでにあります"))
        elif not new and entry.id not in existing:
            problems.append(("id", f"ID {entry.id!r} の関係部局がありません"))
        if not entry.name or not entry.name.strip():
            problems.append(("name", "名称がありません"))
        if entry.kind not in KINDS:
            problems.append(("kind", f"種別は {', '.join(KINDS)} のいずれかです"))
        unknown = [code for code in entry.sectors if code not in TARGET_CODES]
        if unknown:
            problems.append(("sectors", f"不明なコード {unknown[0]!r}（分野・論点コードまたは *）"))
        for name, value in (
            ("name", entry.name),
            ("parent", entry.parent),
            ("legal_basis", entry.legal_basis),
            ("note", entry.note),
            ("annotation", entry.annotation),
            ("phone", entry.contact.phone),
            ("hours", entry.contact.hours),
            ("url", entry.contact.url),
            ("contact_note", entry.contact.note),
        ):
            if value and len(value) > MAX_FIELD:
                problems.append((name, f"{MAX_FIELD} 文字以内です"))
        if entry.valid_from and entry.valid_to and entry.valid_to < entry.valid_from:
            problems.append(("valid_to", "有効開始より前の日付です"))
        if entry.successor_id:
            if entry.successor_id not in existing:
                problems.append(("successor_id", f"後継の窓口 {entry.successor_id!r} がありません"))
            elif entry.successor_id == entry.id:
                problems.append(("successor_id", "自分自身を後継にはできません"))
            elif entry.valid_to is None:
                problems.append(("valid_to", "後継を指定するときは有効終了が必要です"))
        return problems

    # -- CSV of local departments ---------------------------------------------------------------

    def export_local_csv(self, actor: Actor) -> str:
        """This office's local departments as CSV text (headers in Japanese)."""
        _require_supervisor(actor, "関係部局の書き出し")
        with self._db.uow(write=True) as uow:
            office = self._office_code(uow)
            entries = [entry for entry in uow.directory.all() if entry.local and entry.office_code in (None, office)]
            self._audit.record(uow, actor, "export", "directory_entry", None, rows=len(entries), format="csv")
            uow.commit()
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([header for _key, header in CSV_COLUMNS])
        for entry in entries:
            values = {
                "id": entry.id,
                "name": entry.name,
                "parent": entry.parent,
                "kind": entry.kind,
                "sectors": " ".join(entry.sectors),
                "phone": entry.contact.phone,
                "hours": entry.contact.hours,
                "url": entry.contact.url,
                "contact_note": entry.contact.note,
                "legal_basis": entry.legal_basis,
                "note": entry.note,
                "valid_from": entry.valid_from.isoformat() if entry.valid_from else "",
                "valid_to": entry.valid_to.isoformat() if entry.valid_to else "",
                "successor_id": entry.successor_id,
                "annotation": entry.annotation,
            }
            writer.writerow(["" if values[key] is None else str(values[key]) for key, _header in CSV_COLUMNS])
        return buffer.getvalue()

    def import_local_csv(self, actor: Actor, data: bytes | str) -> CsvImportResult:
        """Create or update local departments from CSV, all or nothing.

        Raises:
            CsvImportError: listing every problem as 「N行目 列: 理由」; nothing is changed.
        """
        _require_admin(actor, "関係部局の取り込み")
        text = _decode(data)
        rows = list(csv.reader(io.StringIO(text)))
        if not rows or not any(cell.strip() for cell in rows[0]):
            raise CsvImportError(["1行目: 見出し行がありません"])
        by_header = {normalise_display(header): key for key, header in CSV_COLUMNS} | {
            key: key for key, _header in CSV_COLUMNS
        }
        headers = [by_header.get(normalise_display(cell)) for cell in rows[0]]
        problems: list[str] = []
        for column, (cell, key) in enumerate(zip(rows[0], headers, strict=True), start=1):
            if key is None and cell.strip():
                problems.append(f"1行目 {column}列「{cell}」: 不明な見出しです")
        labels = dict(CSV_COLUMNS)
        for required in ("id", "name"):
            if required not in headers:
                problems.append(f"1行目: 「{labels[required]}」列がありません")
        if problems:
            raise CsvImportError(problems)
        with self._db.uow(write=True) as uow:
            office = self._office_code(uow)
            existing = index(uow.directory.all())
            parsed: list[tuple[int, DirectoryEntry]] = []
            ids_in_file: dict[str, int] = {}
            for line, row in enumerate(rows[1:], start=2):
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) > len(headers):
                    problems.append(f"{line}行目: 列が多すぎます（{len(row)}列）")
                    continue
                values = {key: normalise_display(cell) for key, cell in zip(headers, row, strict=False) if key}
                entry, row_problems = self._row_entry(values, line, labels)
                problems.extend(row_problems)
                if entry is None:
                    continue
                if entry.id in ids_in_file:
                    problems.append(f"{line}行目 {labels['id']}: {ids_in_file[entry.id]}行目と同じIDです")
                    continue
                ids_in_file[entry.id] = line
                parsed.append((line, entry))
            combined = dict(existing)
            combined.update({entry.id: entry for _line, entry in parsed})
            for line, entry in parsed:
                for field_name, message in self._local_problems(entry, combined, new=False):
                    problems.append(f"{line}行目 {labels.get(field_name, field_name)}: {message}")
            if problems:
                raise CsvImportError(problems)
            created = updated = 0
            now = self._clock.now()
            for _line, entry in parsed:
                if entry.id in existing:
                    updated += 1
                else:
                    created += 1
                uow.directory.save(self._normalised_local(entry, office), now=now)
            self._audit.record(
                uow, actor, "import", "directory_entry", None, created=created, updated=updated, format="csv"
            )
            uow.commit()
        return CsvImportResult(created=created, updated=updated)

    @staticmethod
    def _row_entry(
        values: Mapping[str, str], line: int, labels: Mapping[str, str]
    ) -> tuple[DirectoryEntry | None, list[str]]:
        problems: list[str] = []
        dates: dict[str, dt.date | None] = {}
        for key in ("valid_from", "valid_to"):
            raw = values.get(key, "")
            try:
                dates[key] = dt.date.fromisoformat(raw) if raw else None
            except ValueError:
                problems.append(f"{line}行目 {labels[key]}: 日付は YYYY-MM-DD で書いてください（{raw}）")
                dates[key] = None
        entry_id = values.get("id", "")
        if not entry_id:
            problems.append(f"{line}行目 {labels['id']}: IDがありません")
            return None, problems

        def optional(key: str) -> str | None:
            return values.get(key) or None

        entry = DirectoryEntry(
            id=entry_id,
            name=values.get("name", ""),
            kind=values.get("kind") or "local_gov_window",
            regime="BOTH",
            parent=optional("parent"),
            sectors=tuple(values.get("sectors", "").replace("、", " ").replace(",", " ").split()),
            contact=Contact(
                phone=optional("phone"),
                hours=optional("hours"),
                url=optional("url"),
                note=optional("contact_note"),
            ),
            valid_from=dates["valid_from"],
            valid_to=dates["valid_to"],
            successor_id=optional("successor_id"),
            legal_basis=optional("legal_basis"),
            note=optional("note"),
            annotation=optional("annotation"),
            local=True,
        )
        return entry, problems


def _decode(data: bytes | str) -> str:
    """CSV bytes from Excel (UTF-8 with or without BOM) or older Japanese Windows tools (cp932)."""
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp932")
        except UnicodeDecodeError as exc:
            raise CsvImportError([f"{exc.start} バイト目: UTF-8 でも Shift_JIS（cp932）でも読めません"]) from exc


def cue_spans(result: ClassificationResult) -> list[tuple[int, int, Cue]]:
    """Each cue with its span in the text as typed (for highlighting)."""
    return [(*result.original_span(cue), cue) for cue in result.cues]
