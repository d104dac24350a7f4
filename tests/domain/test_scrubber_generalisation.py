"""The scrubber finds names and addresses in unseen phrasings, keeps ordinary words, and uses a current name list."""

import json
from pathlib import Path

import pytest

from counselor_app.domain import person_names
from counselor_app.domain.scrubber import STRUCTURED_KINDS, scrub
from tests.helpers import DEV_SET, ROOT

DATA = ROOT / "tests" / "data"
HELD_OUT = (DATA / "scrub_generalisation_cases.jsonl", DATA / "scrub_check_cases.jsonl")


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.original) for r in scrub(text).redactions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unlisted given name after a relation word, without an honorific
        ("同僚の千秋から、副業の説明会に誘われた。", [("name", "千秋")]),
        ("次男の颯真がスマホゲームで課金を繰り返している。", [("name", "颯真")]),
        ("同級生の陽葵から誘われて、脱毛サロンの契約をした。", [("name", "陽葵")]),
        ("上司の剛士から、投資用マンションを買うよう何度も勧められている。", [("name", "剛士")]),
        ("孫のみさきが、母のカードで通販の買い物をしていた。", [("name", "みさき")]),
        # surnames the curated list lacks, in a role's or a house's slot
        ("業者の國分から何度も電話がある。", [("name", "國分")]),
        ("早乙女家の長男隼が、契約の当事者だという。", [("name", "早乙女"), ("name", "隼")]),
        # honorifics: ノ/ヶ surnames, one kanji before くん, a family name before a space
        ("隣に住む一ノ瀬さんも同じ業者に契約させられたと聞いた。", [("name", "一ノ瀬")]),
        ("轟くんの母親から、ゲーム機の売買について相談。", [("name", "轟")]),
        ("百瀬 晴臣様（72歳）から、リフォーム工事の相談。", [("name", "百瀬 晴臣")]),
        ("ひなのちゃんの保護者から、学習教材の解約について。", [("name", "ひなの")]),
        ("リーさん（留学生）が、携帯の契約で困っている。", [("name", "リー")]),
        # 〜という男, 〜と称する, a quoted self-introduction after an office
        ("葛西という男が、不要品を買い取ると言って家に上がり込んだ。", [("name", "葛西")]),
        ("桐谷 慎と称する人物が、投資の勉強会の講師をしていた。", [("name", "桐谷 慎")]),
        ("「市役所の早瀬です」という電話で、医療費の還付があると言われた。", [("name", "早瀬")]),
        # labels with 欄, a bracket name followed by ・
        ("氏名欄には椎名 律と手書きで記入されていた。", [("name", "椎名 律")]),
        ("母（トキ・90歳）の部屋に、見知らぬ業者の領収書が何枚もあった。", [("name", "トキ")]),
        # addresses: hiragana towns, 〜通り, a building named without a building word
        ("現住所 沖縄県那覇市おもろまち4丁目1-1", [("address", "沖縄県那覇市おもろまち4丁目1-1")]),
        ("宇都宮市駅前通り1-4-6の店で契約した。", [("address", "宇都宮市駅前通り1-4-6")]),
        ("住まいは柏市旭町2-14-8 サンライズ柏305号室です。", [("address", "柏市旭町2-14-8 サンライズ柏305号室")]),
        # an insurance card's 記号・番号
        ("保険証の記号・番号（12-345 番号 6789）を伝えた。", [("id_number", "12-345 番号 6789")]),
    ],
)
def test_names_addresses_and_numbers_in_new_phrasings_are_removed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _removed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "娘の結婚が決まり、式場の契約をした。",
        "同僚の紹介で、保険の見直しをした。",
        "夫の転勤で、賃貸の契約を途中でやめることになった。",
        "業者の説明では、解約はできないとのことだった。",
        "先方の回答は、返金には応じないというものだった。",
        "娘の健康が心配で、サプリを定期で買っている。",
        "夫の新居に業者が来た。",
        "3丁目の角にある店で買った、と話していた。",
        "大和ハウスの営業が来た。吉野家で食事をした。平和堂で買った食品が傷んでいた。",
        "株式会社ひまわり不動産の営業担当が、夜遅くまで帰らなかった。",
        "新宿駅前で声をかけられ、雑居ビルの一室で絵画を契約させられた。",
    ],
)
def test_ordinary_words_in_a_names_slot_are_kept(text: str) -> None:
    assert scrub(text).redactions == ()


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.stem)
def test_held_out_sets_meet_the_bars(path: Path) -> None:
    expected: dict[str, int] = {}
    removed: dict[str, int] = {}
    over = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        result = scrub(case["text"], [tuple(pair) for pair in case["personal_values"]])
        covered = [(r.start, r.end) for r in result.redactions]
        for span in case["expected"]:
            expected[span["kind"]] = expected.get(span["kind"], 0) + 1
            if all(any(s <= i < e for s, e in covered) for i in range(span["start"], span["end"])):
                removed[span["kind"]] = removed.get(span["kind"], 0) + 1
        over += sum(
            not any(r.start < span["end"] and r.end > span["start"] for span in case["expected"])
            for r in result.redactions
        )
    for kind in STRUCTURED_KINDS & set(expected):
        assert removed.get(kind, 0) == expected[kind], kind
    for kind in ("name", "address"):
        assert removed.get(kind, 0) / expected[kind] >= 0.95, kind
    assert over == 0


def test_dev_set_narratives_have_nothing_to_remove() -> None:
    for line in DEV_SET.read_text(encoding="utf-8").splitlines():
        assert scrub(json.loads(line)["text"]).redactions == ()


def test_generated_name_data_matches_the_installed_dataset() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_names", ROOT / "scripts" / "build_person_name_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = (ROOT / "counselor_app" / "domain" / "person_names_data.py").read_text(encoding="utf-8")
    assert generated == module.build(), "rerun scripts/build_person_name_data.py"


def test_dataset_names_leave_ordinary_words_out() -> None:
    assert {"健康", "結果", "希望", "新居", "大家"}.isdisjoint(person_names.ALL_GIVEN_NAMES | person_names.ALL_SURNAMES)
    assert {"千秋", "颯真", "剛士"} <= person_names.ALL_GIVEN_NAMES
    assert {"一ノ瀬", "葛西", "辰巳"} <= person_names.ALL_SURNAMES
