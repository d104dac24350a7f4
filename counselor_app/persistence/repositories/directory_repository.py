"""Directory entries (窓口): seeding from reference data, contact edits, local entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session, col

from counselor_app.domain.entities import DirectoryEntry
from counselor_app.persistence.mappers import directory_from_record, directory_to_row
from counselor_app.persistence.tables import DirectoryEntryRecord

# Columns an office may change on a seeded (non-local) entry; the legal basis and
# validity dates come from the reference data and are not editable.
EDITABLE_CONTACT_COLUMNS = ("phone", "hours", "url", "contact_note", "annotation")
# An office may retire a seeded window (end date and successor); re-seeding keeps that
# unless the reference data itself retires the window.
OFFICE_RETIREMENT_COLUMNS = ("valid_to", "successor_id")


class DirectoryRepository:
    """Directory entries in one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[DirectoryEntry]:
        """Every entry, by id."""
        records = self._session.execute(
            select(DirectoryEntryRecord).order_by(col(DirectoryEntryRecord.id))
        ).scalars()
        return [directory_from_record(record) for record in records]

    def get(self, entry_id: str) -> DirectoryEntry | None:
        """One entry or None."""
        record = self._session.get(DirectoryEntryRecord, entry_id)
        return None if record is None else directory_from_record(record)

    def sync_reference(self, entries: Iterable[DirectoryEntry], *, now: dt.datetime) -> int:
        """Insert or refresh seeded entries, keeping the office's contact edits; returns changes."""
        changed = 0
        for entry in entries:
            row = directory_to_row(entry)
            record = self._session.get(DirectoryEntryRecord, entry.id)
            if record is None:
                self._session.add(DirectoryEntryRecord(**row, updated_at=now))
                changed += 1
                continue
            if record.local:
                continue
            for name, value in row.items():
                if name in EDITABLE_CONTACT_COLUMNS and getattr(record, name):
                    continue  # the office's own contact details win
                if name in OFFICE_RETIREMENT_COLUMNS and value is None and getattr(record, name) is not None:
                    continue  # the office retired the window; the reference data has not
                if getattr(record, name) != value:
                    setattr(record, name, value)
                    changed += 1
        self._session.flush()
        return changed

    def save(self, entry: DirectoryEntry, *, now: dt.datetime) -> None:
        """Create or replace an entry as given."""
        record = self._session.get(DirectoryEntryRecord, entry.id)
        row = directory_to_row(entry)
        if record is None:
            self._session.add(DirectoryEntryRecord(**row, updated_at=now))
        else:
            for name, value in row.items():
                setattr(record, name, value)
            record.updated_at = now
        self._session.flush()
