"""The PI classifier: accuracy on the dev and held-out sets, explainable cues, determinism, pitfalls, lexicon validation."""

import copy
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselor_app.domain.classifier import (
    HOLDER_CODES,
    ISSUE_CODES,
    SECTOR_CODES,
    Classifier,
    normalise,
    parse_lexicon,
)
from counselor_app.domain.errors import ReferenceDataError
from counselor_app.paths import resources_dir
from counselor_app.services.reference_data import ReferenceData
from tests.helpers import DEV_SET, ROOT

LEXICON = resources_dir() / "reference" / "pi_lexicon.json"
HELD_OUT = ROOT / "tests" / "data" / "pi_heldout_cases.jsonl"
BLIND = ROOT / "tests" / "data" / "pi_blind_cases.jsonl"


def _dev_set() -> Path:
    return DEV_SET


def _cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def classifier(reference: ReferenceData) -> Classifier:
    return Classifier(reference.lexicon)


def _scores(classifier: Classifier, cases: list[dict]) -> tuple[float, float, float]:
    tp = fp = fn = tn = 0
    issues_right = 0
    for case in cases:
        got = classifier.classify(case["text"])
        truth = case["pi_related"]
        tp += truth and got.pi_related
        fn += truth and not got.pi_related
        fp += (not truth) and got.pi_related
        tn += (not truth) and not got.pi_related
        issues_right += truth and got.pi_related and got.primary_issue == case["issue"]
    return (tp + tn) / len(cases), tp / (tp + fn), issues_right / max(tp, 1)


def test_dev_set_meets_the_acceptance_bar(classifier: Classifier) -> None:
    accuracy, recall, issue_accuracy = _scores(classifier, _cases(_dev_set()))
    assert accuracy >= 0.90
    assert recall >= 0.90
    assert issue_accuracy >= 0.80


@pytest.mark.parametrize("path", [HELD_OUT, BLIND], ids=["held-out", "blind"])
def test_own_sets_meet_the_acceptance_bar(classifier: Classifier, path: Path) -> None:
    cases = _cases(path)
    assert len(cases) >= 40
    assert {case["pi_related"] for case in cases} == {True, False}
    accuracy, recall, issue_accuracy = _scores(classifier, cases)
    assert accuracy >= 0.90
    assert recall >= 0.90
    assert issue_accuracy >= 0.80


def test_own_labels_use_only_known_codes() -> None:
    assert len(_cases(HELD_OUT)) >= 60
    for case in _cases(HELD_OUT) + _cases(BLIND):
        if case["pi_related"]:
            assert case["issue"] in ISSUE_CODES and case["holder"] in HOLDER_CODES, case["id"]
        else:
            assert case["issue"] is None and case["holder"] is None, case["id"]


def test_every_cue_occurs_in_the_normalised_input(classifier: Classifier) -> None:
    for case in _cases(_dev_set()) + _cases(HELD_OUT) + _cases(BLIND):
        result = classifier.classify(case["text"])
        normalised = normalise(case["text"])
        assert result.normalised == normalised
        assert normalised == unicodedata.normalize("NFKC", case["text"])
        for cue in result.cues:
            assert cue.text and cue.text in normalised
            assert normalised[cue.start : cue.end] == cue.text


def test_same_input_same_output(classifier: Classifier, reference: ReferenceData) -> None:
    other = Classifier(reference.lexicon)
    for case in _cases(_dev_set()):
        assert classifier.classify(case["text"]) == other.classify(case["text"])
        assert classifier.classify(case["text"]) == classifier.classify(case["text"])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("個人情報漏洩えいろうｶﾞｷﾞ名簿業者削除費用 　\n。！DMＤＭマイナンバー㈱①ｱﾞabc")), max_size=60))
def test_any_text_gives_valid_cues_and_offsets(text: str) -> None:
    result = _SHARED.classify(text)
    normalised = normalise(text)
    assert result.issues == tuple(dict.fromkeys(result.issues))
    assert set(result.issues) <= set(ISSUE_CODES)
    assert result.holder is None or result.holder in HOLDER_CODES
    assert result.sector is None or result.sector in SECTOR_CODES
    for cue in result.cues:
        assert normalised[cue.start : cue.end] == cue.text != ""
        start, end = result.original_span(cue)
        assert 0 <= start < end <= len(text)
        assert normalise(text[start:end]).strip() != ""


_SHARED = Classifier(parse_lexicon(json.loads(LEXICON.read_text(encoding="utf-8"))))


@pytest.mark.parametrize(
    "variant",
    [
        "通販会社から個人情報流出のお詫びメールが届いた。",
        "通販会社から個人情報漏洩のお詫びメールが届いた。",
        "通販会社から個人情報ろうえいのお詫びメールが届いた。",
        "通販会社から 個人情報 漏えいの お詫びメールが届いた。",
        "ﾂｳﾊﾝ会社から個人情報漏えいのお詫びﾒｰﾙが届いた。",
    ],
)
def test_spelling_width_and_spacing_variants_classify_alike(classifier: Classifier, variant: str) -> None:
    result = classifier.classify(variant)
    assert result.pi_related
    assert result.primary_issue == "LEAK"


def test_half_width_katakana_cue_maps_back_to_the_typed_text(classifier: Classifier) -> None:
    typed = "ﾀﾞｲﾚｸﾄﾒｰﾙを送らないでと電話しても止まらない。"
    result = classifier.classify(typed)
    assert result.pi_related
    cue = next(cue for cue in result.cues if cue.rule == "mkt.dm_arrives")
    assert cue.text == "ダイレクトメール"
    start, end = result.original_span(cue)
    assert typed[start:end] == "ﾀﾞｲﾚｸﾄﾒｰﾙ"


def test_variant_cue_reports_the_typed_spelling(classifier: Classifier) -> None:
    result = classifier.classify("会員名簿がろうえいしたと通知が来た。")
    leak = next(cue for cue in result.cues if cue.rule == "leak.event")
    assert leak.text == "ろうえい"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("消費生活センターを名乗る人から、あなたの個人情報が漏れているので削除すると電話", "FRAUD_PI"),
        ("『消費料金確認通知』というハガキ。個人情報保護法として本人から連絡をと書いてある", "FRAUD_PI"),
        ("「名簿からあなたの情報を削除するには手数料が必要」と電話があった。", "FRAUD_PI"),
        ("宅配業者を装ったSMSのリンクからIDとパスワードを入力してしまった。", "FRAUD_ID"),
    ],
)
def test_pretext_fraud_is_flagged_and_not_a_pipa_complaint(classifier: Classifier, text: str, issue: str) -> None:
    result = classifier.classify(text)
    assert result.pi_related
    assert result.primary_issue == issue
    assert result.holder == "UNKNOWN"
    assert result.not_pipa_complaint


@pytest.mark.parametrize(
    "text",
    [
        "定期購入の解約をしたい。申込み時に個人情報を入力した",
        "スマホを買い替えた時にマイナンバーカードで本人確認をした。有料オプションを外したい。",
        "「訴訟最終告知のお知らせ」というはがきが届いた。",
        "電話勧誘で契約した健康食品を解約したい。",
    ],
)
def test_incidental_mentions_are_not_pi_related(classifier: Classifier, text: str) -> None:
    result = classifier.classify(text)
    assert not result.pi_related
    assert result.issues == () and result.holder is None


def test_a_real_leak_claim_by_a_business_is_not_mistaken_for_fraud(classifier: Classifier) -> None:
    result = classifier.classify("銀行から、私の取引情報が記載された書類を紛失したとお詫びの手紙が来た。")
    assert result.primary_issue == "LEAK"
    assert result.holder == "PRIV" and result.sector == "FIN_BANK"
    assert not result.not_pipa_complaint


def test_holder_cue_explains_public_body(classifier: Classifier) -> None:
    result = classifier.classify("市役所が元夫に新住所を教えてしまった")
    assert (result.primary_issue, result.holder) == ("PUBREC", "LG")
    assert any(cue.rule.startswith("holder.") and cue.text == "市役所" for cue in result.cues)


def test_review_band_is_reported_between_thresholds(classifier: Classifier) -> None:
    result = classifier.classify("名簿のことで相談したい。")
    assert not result.pi_related and result.needs_review
    assert result.related_code == "undecided"


# -- lexicon validation --------------------------------------------------------------------


def _lexicon() -> dict:
    return json.loads(LEXICON.read_text(encoding="utf-8"))


def _rule(document: dict, rule_id: str) -> dict:
    return next(rule for rule in document["rules"] if rule["id"] == rule_id)


def _refused(document: dict) -> ReferenceDataError:
    with pytest.raises(ReferenceDataError) as info:
        parse_lexicon(document)
    return info.value


def test_shipped_lexicon_validates(reference: ReferenceData) -> None:
    assert reference.lexicon.version
    assert len(reference.lexicon.rules) > 40
    assert {rule.kind for rule in reference.lexicon.rules} == {"positive", "negative", "override"}


def test_broken_regex_is_refused_naming_the_rule() -> None:
    document = _lexicon()
    _rule(document, "leak.event")["pattern"] = "漏えい(("
    error = _refused(document)
    assert "leak.event" in str(error.where) and "pattern" in str(error.where)
    assert "正規表現" in error.message


def test_unknown_issue_code_is_refused_naming_the_rule() -> None:
    document = _lexicon()
    _rule(document, "acq.source_question")["issues"] = {"LEEK": 2}
    error = _refused(document)
    assert "acq.source_question" in str(error.where)
    assert "LEEK" in error.message


def test_undefined_concept_is_refused_naming_the_rule() -> None:
    document = _lexicon()
    _rule(document, "core.pi")["pattern"] = "{NO_SUCH_CONCEPT}"
    error = _refused(document)
    assert "core.pi" in str(error.where) and "NO_SUCH_CONCEPT" in error.message


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["rules"].append(copy.deepcopy(d["rules"][0])), "重複"),
        (lambda d: _rule(d, "core.pi").update(pattern="(?:個人情報)?"), "空文字列"),
        (lambda d: _rule(d, "core.pi").update(weight=-1), "0 以上"),
        (lambda d: _rule(d, "neg.contract_dispute").update(weight=2), "負"),
        (lambda d: _rule(d, "core.pi").update(colour="red"), "colour"),
        (lambda d: _rule(d, "neg.contract_dispute").update(unless_tags=["nope"]), "nope"),
        (lambda d: _rule(d, "fraud_pi.deletion_for_money").update(set_issue="FRAUD"), "FRAUD"),
        (lambda d: d["holders"][0].update(code="COMPANY"), "COMPANY"),
        (lambda d: d.update(issue_order=d["issue_order"][:-1]), "QUESTION"),
        (lambda d: d["default_holders"].pop("*"), "'*'"),
        (lambda d: d["thresholds"].update(review=9), "review"),
        (lambda d: d["variants"].update({"個人情報": ["個人 情報"]}), "空白"),
    ],
)
def test_malformed_lexicon_entries_are_refused(mutate, needle: str) -> None:  # type: ignore[no-untyped-def]
    document = _lexicon()
    mutate(document)
    error = _refused(document)
    assert needle in str(error)
