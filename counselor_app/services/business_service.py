"""The business registry as intake sees it: suggestions while typing, and creating a new business."""

from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor, Business
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.text import fold
from counselor_app.persistence.database import Database
from counselor_app.services.audit_service import AuditService


@dataclass(frozen=True)
class BusinessMatch:
    """A registry business that may be the one the counselor is typing, and why."""

    business: Business
    score: float
    reason: str


class BusinessService:
    """Registry look-ups for the intake picker (name matching is refined by the 名寄せ feature)."""

    def __init__(self, db: Database, clock: Clock, audit: AuditService) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    def suggest(self, text: str, *, limit: int = 10) -> list[BusinessMatch]:
        """Businesses whose name or alias contains the typed text (width and kana folded)."""
        needle = fold(text)
        if not needle:
            return []
        with self._db.uow() as uow:
            seen: dict[int, BusinessMatch] = {}
            for business_id, key, name in uow.businesses.all_keys():
                if needle in key and business_id not in seen:
                    score = 100.0 if key == needle else 80.0 if key.startswith(needle) else 60.0
                    business = uow.businesses.get(business_id)
                    if business is not None:
                        seen[business_id] = BusinessMatch(business, score, f"名称に「{text.strip()}」を含む（{name}）")
        return sorted(seen.values(), key=lambda match: (-match.score, match.business.display_name))[:limit]

    def create(self, actor: Actor, display_name: str, **details: object) -> Business:
        """Register a new business; audited."""
        name = display_name.strip()
        if not name:
            raise ValidationError("事業者名を入力してください", where="business.display_name")
        business = Business(display_name=name, normalized_key=fold(name), **details)  # type: ignore[arg-type]
        with self._db.uow(write=True) as uow:
            business_id = uow.businesses.add(business, now=self._clock.now())
            self._audit.record(uow, actor, "create", "business", business_id)
            uow.commit()
            stored = uow.businesses.get(business_id)
        assert stored is not None
        return stored

    def get(self, business_id: int) -> Business | None:
        """One business or None."""
        with self._db.uow() as uow:
            return uow.businesses.get(business_id)
