"""Handling guidance: the shipped guide covers every issue; malformed guides are refused naming the entry."""

import json

import pytest

from counselor_app.domain.classifier import ISSUE_CODES
from counselor_app.domain.errors import ReferenceDataError
from counselor_app.domain.guidance import (
    GuidanceLabels,
    guidance_to_document,
    parse_guidance,
    render_html,
    render_text,
)
from counselor_app.paths import resources_dir
from counselor_app.services.reference_data import ReferenceData

GUIDANCE = resources_dir() / "reference" / "guidance.json"
LABELS = GuidanceLabels("対応の手引き", "共通", "聞き取ること", "助言すること", "根拠", "窓口", "現行体制")


def _document() -> dict:
    return json.loads(GUIDANCE.read_text(encoding="utf-8"))


def test_shipped_guide_covers_every_issue_in_both_regimes(reference: ReferenceData) -> None:
    guidance = reference.guidance
    assert set(guidance.issues) == set(ISSUE_CODES)
    for guide in guidance.issues.values():
        assert guide.ask and guide.advise
        assert set(guide.rule) == set(guide.window) == {"POLICY_2005", "CURRENT"}
    assert parse_guidance(guidance_to_document(guidance)) == guidance


def test_pretext_fraud_guide_keeps_the_commission_out(reference: ReferenceData) -> None:
    fraud = reference.guidance.issues["FRAUD_PI"]
    assert "個人情報保護委員会" not in fraud.window["CURRENT"]
    assert any("個人情報保護委員会には回さない" in item for item in fraud.advise)


def test_text_and_html_are_printable(reference: ReferenceData) -> None:
    text = render_text(reference.guidance, "CURRENT", LABELS, ["LEAK", "FRAUD_PI"])
    assert text.startswith("対応の手引き\n")
    assert "■ 漏えい・滅失・毀損（LEAK）" in text and "■ 個人情報を口実にした詐欺（FRAUD_PI）" in text
    assert "■ マイナンバー" not in text
    page = render_html(reference.guidance, "POLICY_2005", LABELS)
    assert page.startswith("<!DOCTYPE html>") and page.count("<section>") == len(ISSUE_CODES) + 1
    assert "旧法20条" in page


def test_markup_in_an_edited_guide_is_escaped(reference: ReferenceData) -> None:
    document = _document()
    document["issues"]["LEAK"]["ask"] = ["<script>alert(1)</script>"]
    page = render_html(parse_guidance(document), "CURRENT", LABELS, ["LEAK"])
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["issues"].pop("MYNUM"), "issues.MYNUM"),
        (lambda d: d["issues"]["LEAK"].update(ask=[]), "issues.LEAK.ask"),
        (lambda d: d["issues"]["LEAK"]["ask"].append(""), "issues.LEAK.ask[4]"),
        (lambda d: d["issues"]["OVER"]["rule"].pop("CURRENT"), "issues.OVER.rule.CURRENT"),
        (lambda d: d["issues"].update(NEW={}), "issues.NEW"),
        (lambda d: d["issues"]["ACQ"].update(tip="x"), "issues.ACQ"),
        (lambda d: d["issues"]["ACQ"].update(title="x" * 500), "issues.ACQ.title"),
    ],
)
def test_malformed_guide_is_refused_naming_the_entry(mutate, where: str) -> None:  # type: ignore[no-untyped-def]
    document = _document()
    mutate(document)
    with pytest.raises(ReferenceDataError) as info:
        parse_guidance(document)
    assert info.value.where == where
