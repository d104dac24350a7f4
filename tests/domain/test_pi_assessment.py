"""A suggestion becomes an assessment; a counselor's correction is an override and keeps the suggestion."""

import datetime as dt

import pytest

from counselor_app.domain.classifier import Classifier
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.pi_assessment import corrected, from_suggestion
from counselor_app.services.reference_data import ReferenceData

AT = dt.datetime(2026, 11, 27, 10, 30)


def test_accepting_the_suggestion_is_not_an_override(reference: ReferenceData) -> None:
    result = Classifier(reference.lexicon).classify("退会したのにDMが止まらない。データを消してと言っても応じない")
    assessment = from_suggestion(result, regime="CURRENT", at=AT, by="sato")
    assert assessment.related == "yes" and assessment.issues[0] == "RIGHTS"
    assert assessment.suggested_issues == assessment.issues and not assessment.overridden
    assert assessment.cues == result.cues and assessment.score == result.score
    same = corrected(assessment, related="yes", issues=assessment.issues)
    assert not same.overridden


def test_each_correction_is_an_override_that_keeps_the_suggestion(reference: ReferenceData) -> None:
    result = Classifier(reference.lexicon).classify("退会したのにDMが止まらない。データを消してと言っても応じない")
    assessment = from_suggestion(result, regime="CURRENT")
    for change in ({"related": "no"}, {"issues": ("MKT",)}, {"holder": "UNKNOWN"}):
        fixed = corrected(assessment, **change)
        assert fixed.overridden, change
        assert fixed.suggested_related is True and fixed.suggested_issues == result.issues
        assert fixed.suggested_holder == "PRIV"
    back = corrected(corrected(assessment, holder="UNKNOWN"), holder="PRIV", sector=assessment.sector)
    assert not back.overridden


def test_marking_a_suggested_negative_as_related_is_an_override(reference: ReferenceData) -> None:
    result = Classifier(reference.lexicon).classify("エステの解約料が高い。")
    assessment = from_suggestion(result, regime="POLICY_2005")
    assert assessment.related == "no" and assessment.regime == "POLICY_2005"
    assert corrected(assessment, related="yes", issues=("QUESTION",)).overridden


@pytest.mark.parametrize(("field", "value"), [("related", "maybe"), ("issues", ("LEEK",)), ("holder", "FIRM")])
def test_unknown_codes_are_refused(reference: ReferenceData, field: str, value: object) -> None:
    assessment = from_suggestion(Classifier(reference.lexicon).classify("名簿業者"), regime="CURRENT")
    with pytest.raises(ValidationError) as info:
        corrected(assessment, **{field: value})
    assert info.value.where == field
