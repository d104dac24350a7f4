"""The business registry (事業者): create, find by key, number or phone."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from sqlalchemy import select
from sqlmodel import Session, col

from counselor_app.domain.entities import Business
from counselor_app.domain.text import fold
from counselor_app.persistence.mappers import business_from_record
from counselor_app.persistence.tables import BusinessAliasRecord, BusinessRecord


class BusinessRepository:
    """Businesses in one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, business: Business, *, now: dt.datetime) -> int:
        """Create a business with its aliases; returns the id."""
        record = BusinessRecord(
            uuid=business.uuid or str(uuid_module.uuid4()),
            display_name=business.display_name,
            normalized_key=business.normalized_key,
            corporate_number=business.corporate_number,
            phones=list(business.phones),
            addresses=list(business.addresses),
            urls=list(business.urls),
            sector=business.sector,
            created_at=now,
            updated_at=now,
        )
        self._session.add(record)
        self._session.flush()
        assert record.id is not None
        for alias, key in zip(business.aliases, _alias_keys(business), strict=True):
            self._session.add(BusinessAliasRecord(business_id=record.id, alias=alias, normalized_key=key))
        self._session.flush()
        return record.id

    def get(self, business_id: int) -> Business | None:
        """One business with its aliases, or None."""
        record = self._session.get(BusinessRecord, business_id)
        if record is None:
            return None
        aliases = list(
            self._session.execute(
                select(col(BusinessAliasRecord.alias))
                .where(col(BusinessAliasRecord.business_id) == business_id)
                .order_by(col(BusinessAliasRecord.id))
            ).scalars()
        )
        return business_from_record(record, aliases)

    def find_by_key(self, normalized_key: str) -> Business | None:
        """A live business whose normalised name equals ``normalized_key``."""
        record = (
            self._session.execute(
                select(BusinessRecord).where(
                    col(BusinessRecord.normalized_key) == normalized_key,
                    col(BusinessRecord.merged_into_id).is_(None),
                )
            )
            .scalars()
            .first()
        )
        return None if record is None or record.id is None else self.get(record.id)

    def all_keys(self) -> list[tuple[int, str, str]]:
        """(id, normalised key, display name) of live businesses and their aliases (for fuzzy matching)."""
        rows: list[tuple[int, str, str]] = [
            (int(business_id), str(key), str(name))
            for business_id, key, name in self._session.execute(
                select(col(BusinessRecord.id), col(BusinessRecord.normalized_key), col(BusinessRecord.display_name)).where(
                    col(BusinessRecord.merged_into_id).is_(None)
                )
            )
        ]
        rows.extend(
            (int(business_id), str(key), str(alias))
            for business_id, key, alias in self._session.execute(
                select(
                    col(BusinessAliasRecord.business_id),
                    col(BusinessAliasRecord.normalized_key),
                    col(BusinessAliasRecord.alias),
                )
                .join(BusinessRecord, col(BusinessRecord.id) == col(BusinessAliasRecord.business_id))
                .where(col(BusinessRecord.merged_into_id).is_(None))
            )
        )
        return rows


def _alias_keys(business: Business) -> list[str]:
    # Every alias is stored with its own folded key so that lookups by key find it.
    return [fold(alias) for alias in business.aliases]
