"""Turning a classifier suggestion into a PI assessment, and recording the counselor's corrections as overrides."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal

from counselor_app.domain.classifier import HOLDER_CODES, ISSUE_CODES, ClassificationResult
from counselor_app.domain.entities import PiAssessment
from counselor_app.domain.errors import ValidationError

Related = Literal["yes", "no", "undecided"]
_UNSET = object()


def from_suggestion(
    result: ClassificationResult,
    *,
    regime: str,
    at: dt.datetime | None = None,
    by: str | None = None,
) -> PiAssessment:
    """An assessment that accepts the suggestion as it is (not overridden)."""
    return PiAssessment(
        related=result.related_code,  # type: ignore[arg-type]  # yes/no/undecided by construction
        issues=result.issues,
        holder=result.holder,
        sector=result.sector,
        regime=regime,
        score=result.score,
        cues=result.cues,
        suggested_related=result.pi_related,
        suggested_issues=result.issues,
        suggested_holder=result.holder,
        overridden=False,
        assessed_at=at,
        assessed_by=by,
    )


def _suggested_related(assessment: PiAssessment) -> str | None:
    if assessment.suggested_related is None:
        return None
    return "yes" if assessment.suggested_related else "no"


def is_overridden(assessment: PiAssessment) -> bool:
    """True when the counselor's decision differs from the suggestion it started from."""
    suggested = _suggested_related(assessment)
    related_changed = (
        suggested is not None
        and assessment.related != "undecided"
        and assessment.related != suggested
    )
    related = assessment.related == "yes" or (assessment.related == "undecided" and bool(assessment.suggested_related))
    return bool(
        related_changed
        or (related and tuple(assessment.issues) != tuple(assessment.suggested_issues))
        or (related and assessment.holder != assessment.suggested_holder)
    )


def corrected(
    assessment: PiAssessment,
    *,
    related: object = _UNSET,
    issues: object = _UNSET,
    holder: object = _UNSET,
    sector: object = _UNSET,
    at: dt.datetime | None = None,
    by: str | None = None,
) -> PiAssessment:
    """The assessment with the counselor's correction; ``overridden`` says whether it now differs.

    The ``suggested_*`` fields keep the classifier's suggestion untouched.

    Raises:
        ValidationError: an unknown code, naming the field.
    """
    changes: dict[str, object] = {}
    if related is not _UNSET:
        if related not in ("yes", "no", "undecided"):
            raise ValidationError("yes / no / undecided のいずれかです", where="related")
        changes["related"] = related
    if issues is not _UNSET:
        if not isinstance(issues, tuple | list) or any(code not in ISSUE_CODES for code in issues):
            raise ValidationError("論点コードの並びです", where="issues")
        changes["issues"] = tuple(dict.fromkeys(issues))
    if holder is not _UNSET:
        if holder is not None and holder not in HOLDER_CODES:
            raise ValidationError("保有主体コードです", where="holder")
        changes["holder"] = holder
        if holder != "PRIV" and sector is _UNSET:
            changes["sector"] = None
    if sector is not _UNSET:
        changes["sector"] = sector
    updated = dataclasses.replace(assessment, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(
        updated,
        overridden=is_overridden(updated),
        assessed_at=at or assessment.assessed_at,
        assessed_by=by or assessment.assessed_by,
    )
