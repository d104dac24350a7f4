"""Full-text search over cases: ranked hits with highlighted snippets, and similar past cases (類似事例)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from counselor_app.domain.case_query import CaseFilter
from counselor_app.domain.clock import Clock
from counselor_app.domain.entities import Actor, Case
from counselor_app.domain.search import (
    Snippet,
    index_text,
    parse_query,
    probe_terms,
    snippet,
    text_similarity,
)
from counselor_app.persistence.database import Database


@dataclass(frozen=True)
class SearchHit:
    """One found case: what the result list shows (no personal fields) and where it matched."""

    case_id: int
    case_no: str | None
    received_at: dt.datetime
    subject: str
    business_name: str | None
    status: str
    snippet: Snippet | None


@dataclass(frozen=True)
class SearchResult:
    """Hits in relevance order and the total number of matching cases."""

    query: str
    total: int
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class SimilarCase:
    """An earlier case like the one being taken, with what was done about it."""

    case_id: int
    case_no: str | None
    received_at: dt.datetime
    subject: str
    result: str | None
    handling: tuple[str, ...]
    score: float
    text_similarity: float
    reasons: tuple[str, ...]  # codes: "text", "business", "product", "method" (the UI words them)


# Weights of the similarity score: text overlap dominates; the same business, product
# class and sales method each add evidence that the earlier handling applies.
_SAME_BUSINESS = 0.3
_SAME_PRODUCT = 0.1
_SHARED_METHOD = 0.05
_CANDIDATES = 200


class SearchService:
    """Search that finds Japanese text: 1- and 2-character terms included, widths and kana folded."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _scoped(self, actor: Actor, flt: CaseFilter) -> CaseFilter:
        if actor.role == "counselor":
            return dataclasses.replace(flt, office_code=actor.office_code)
        return flt

    def search(self, actor: Actor, text: str, *, limit: int = 20, flt: CaseFilter | None = None) -> SearchResult:
        """Cases containing every term of ``text`` (in subject, summary, handling log or business)."""
        query = parse_query(text)
        if query.is_empty:
            return SearchResult(query=text, total=0, hits=())
        base = self._scoped(actor, dataclasses.replace(flt or CaseFilter(), text=text))
        today = self._clock.now().date()
        with self._db.uow() as uow:
            total = uow.cases.count(base, today=today)
            ids = uow.cases.ranked_ids(base, limit=limit, today=today, match_count=total)
            texts = uow.cases.texts(ids)
        hits = []
        for case_id in ids:
            summary, narrative, handling = texts[case_id]
            sources = [narrative, summary.subject, summary.business_name or "", *handling]
            found = next((result for source in sources if (result := snippet(source, query)) is not None), None)
            hits.append(
                SearchHit(
                    case_id=case_id,
                    case_no=summary.case_no,
                    received_at=summary.received_at,
                    subject=summary.subject,
                    business_name=summary.business_name,
                    status=summary.status,
                    snippet=found,
                )
            )
        return SearchResult(query=text, total=total, hits=tuple(hits))

    def similar(
        self,
        actor: Actor,
        narrative: str,
        *,
        business_id: int | None = None,
        product: str | None = None,
        methods: tuple[str, ...] = (),
        exclude_case_id: int | None = None,
        limit: int = 5,
    ) -> list[SimilarCase]:
        """Earlier cases most like this one (text, business, product class, method), best first."""
        folded = index_text([narrative])
        terms = probe_terms(folded)
        if not terms and business_id is None and not product:
            return []
        office = actor.office_code if actor.role == "counselor" else None
        with self._db.uow() as uow:
            ids = uow.cases.similar_candidates(
                terms,
                business_id=business_id,
                product=product,
                office_code=office,
                exclude_id=exclude_case_id,
                limit=_CANDIDATES,
            )
            candidates = [uow.cases.get(case_id) for case_id in ids]
        scored = [self._score(case, folded, business_id, product, methods) for case in candidates]
        scored = [item for item in scored if item.score > 0]
        return sorted(scored, key=lambda item: (-item.score, -item.received_at.timestamp()))[:limit]

    @staticmethod
    def _score(case: Case, folded: str, business_id: int | None, product: str | None, methods: tuple[str, ...]) -> SimilarCase:
        score = text_similarity(folded, index_text([case.narrative]))
        text_score = score
        reasons = ["text"] if score else []
        if business_id is not None and case.business_id == business_id:
            score += _SAME_BUSINESS
            reasons.append("business")
        if product and case.product == product:
            score += _SAME_PRODUCT
            reasons.append("product")
        shared = set(methods) & set(case.methods)
        if shared:
            score += _SHARED_METHOD * len(shared)
            reasons.append("method")
        assert case.id is not None
        return SimilarCase(
            case_id=case.id,
            case_no=case.case_no,
            received_at=case.received_at,
            subject=case.subject,
            result=case.result,
            handling=tuple(entry.text for entry in case.handling),
            score=round(score, 4),
            text_similarity=round(text_score, 4),
            reasons=tuple(reasons),
        )
