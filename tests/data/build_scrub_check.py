"""Builds tests/data/scrub_check_cases.jsonl: a second held-out set, written after the scrubber's generalisation changes.

Committed before the scrubber was run on it, so its first score is an honest
estimate of how the changed rules carry over. Markup as in build_scrub_cases.py.

    .venv/bin/python tests/data/build_scrub_check.py
"""

from __future__ import annotations

import json
from pathlib import Path

from build_scrub_cases import _parse  # type: ignore[import-not-found]

WITH_DATA: list[tuple[str, dict[str, str], str]] = [
    ("chk-01", {}, "従姉妹の⟦name:美月⟧が、エステの無料体験に行って高額な契約をしてきた。"),
    ("chk-02", {}, "叔父の⟦name:茂樹⟧は、電話で勧められた社債を買ってしまったという。"),
    ("chk-03", {}, "後輩の⟦name:奏太⟧から、副業の話を持ちかけられた。"),
    ("chk-04", {}, "彼氏の⟦name:大雅⟧が、私の名義でスマホを契約していた。"),
    ("chk-05", {}, "三女の⟦name:咲良⟧が通う塾から、退塾の条件について説明がない。"),
    ("chk-06", {}, "孫の⟦name:はるか⟧は、ネットで見た化粧品を定期で頼んでいた。"),
    ("chk-07", {}, "夫の⟦name:俊介⟧が、義母の家に来た業者と話をつけると言っている。"),
    ("chk-08", {}, "⟦name:千葉⟧さんのお宅にも、同じ業者が来ていたという。"),
    ("chk-09", {}, "⟦name:長谷部⟧氏の説明は、契約書の内容と食い違っている。"),
    ("chk-10", {}, "⟦name:ゆうた⟧くんのお母さんから、ゲームの課金の相談。"),
    ("chk-11", {}, "⟦name:蘭⟧ちゃんの祖母が、教材の訪問販売を受けた。"),
    ("chk-12", {}, "担当者の⟦name:安斎⟧が、書面を後で送ると言ったまま送ってこない。"),
    ("chk-13", {}, "販売員の⟦name:香川⟧という男性が、何度も家に来る。"),
    ("chk-14", {}, "⟦name:水無瀬⟧と名乗る人から、還付金があると電話があった。"),
    ("chk-15", {}, "「⟦name:ヤマザキ⟧と申します」と言って、営業の男が玄関に立っていた。"),
    ("chk-16", {}, "⟦name:的場 亮⟧という人物が投資の講師を名乗っている。"),
    ("chk-17", {}, "契約者（⟦name:宇田川 葵⟧・会社員）から、解約の申出。"),
    ("chk-18", {}, "相談者（⟦name:ハルコ⟧、85歳）は一人暮らし。"),
    ("chk-19", {}, "署名欄に⟦name:杉原 駿⟧とあるが、本人の字ではない。"),
    ("chk-20", {}, "受取人：⟦name:岩城 七海⟧"),
    ("chk-21", {}, "⟦name:西園寺⟧家の次女が、結婚相談所の契約をした。"),
    ("chk-22", {}, "妻の⟦name:奈央⟧名義の口座から引き落とされていた。"),
    ("chk-23", {}, "⟦name:菅井 健吾⟧様あてに、督促状が届いた。"),
    ("chk-24", {}, "⟦name:堀 真由美⟧が電話をかけてきて、未納があると言った。"),
    ("chk-25", {}, "先方の⟦name:齋藤⟧から、解約には応じられないと回答があった。"),
    ("chk-26", {}, "電話口の女性は「⟦name:坂口⟧」と名のった。"),
    ("chk-27", {}, "⟦name:リー⟧さん（留学生）が、携帯の契約で困っている。"),
    ("chk-28", {}, "⟦name:カルロス⟧さんの勤務先の寮に、布団の訪問販売が来た。"),
    ("chk-29", {}, "⟦name:松本⟧課長補佐が対応した、と事業者は説明した。"),
    ("chk-30", {}, "甥っ子の⟦name:蒼⟧が、友人から誘われて投資を始めた。"),
    ("chk-a1", {}, "母は⟦address:足立区西新井栄町1-18-3⟧に一人で住んでいる。"),
    ("chk-a2", {}, "⟦address:京都市左京区岩倉中町234番地⟧の家に業者が来た。"),
    ("chk-a3", {}, "⟦address:福岡市博多区博多駅前3丁目2番8号 住友ビル6階⟧の事務所に呼び出された。"),
    ("chk-a4", {}, "送付先は⟦address:多摩市落合二丁目35番地⟧です。"),
    ("chk-a5", {}, "⟦address:富山市新総曲輪1-7⟧の窓口に行った。"),
    ("chk-a6", {}, "⟦address:堺市北区中百舌鳥町2-104 コーポ百舌鳥202⟧に住んでいる娘。"),
    ("chk-a7", {}, "住所：⟦address:群馬県前橋市大手町1丁目1番1号⟧"),
    ("chk-a8", {}, "⟦address:宇都宮市駅前通り1-4-6⟧の店で契約した。"),
    ("chk-p1", {}, "業者の電話は⟦phone:03-6123-4567⟧、担当は不在がちだ。"),
    ("chk-p2", {}, "⟦phone:０９０（１２３４）５６７８⟧から何度も着信がある。"),
    ("chk-p3", {}, "TEL.⟦phone:048-222-3333⟧の業者から。"),
    ("chk-b1", {}, "生年月日は⟦birth_date:平成3年4月29日⟧です。"),
    ("chk-b2", {}, "⟦birth_date:1958年⟧生まれの父が契約した。"),
    ("chk-e1", {}, "メールは⟦email:tanaka.h-2024@example.co.jp⟧から届いた。"),
    ("chk-m1", {}, "〒⟦postal_code:350-1123⟧へ返送した。"),
    ("chk-c1", {}, "カード番号の下4桁は⟦card:1234⟧です。"),
    ("chk-ac", {}, "振込先：普通 ⟦account:9876543⟧"),
]

CLEAN: list[tuple[str, str]] = [
    ("chk-clean-01", "娘の結婚が決まり、式場の契約をした。"),
    ("chk-clean-02", "同僚の紹介で、保険の見直しをした。"),
    ("chk-clean-03", "母の通院のために、タクシーの回数券を買った。"),
    ("chk-clean-04", "夫の転勤で、賃貸の契約を途中でやめることになった。"),
    ("chk-clean-05", "息子の進学の費用を、教育ローンで用意した。"),
    ("chk-clean-06", "友人の話では、その業者は評判が悪い。"),
    ("chk-clean-07", "上司の指示で、会社の備品を通販で買った。"),
    ("chk-clean-08", "知人の店で、着物を勧められた。"),
    ("chk-clean-09", "孫の入学祝いに、ランドセルを注文した。"),
    ("chk-clean-10", "父の遺品の中に、未使用の健康食品がたくさんあった。"),
    ("chk-clean-11", "娘の彼氏が、マルチ商法に誘ってくる。"),
    ("chk-clean-12", "母の友達も同じ被害に遭っている。"),
    ("chk-clean-13", "夫の実家で、屋根の工事を頼んだ。"),
    ("chk-clean-14", "妻の希望で、浄水器を契約した。"),
    ("chk-clean-15", "兄の車を借りて、中古車店に査定に行った。"),
    ("chk-clean-16", "業者の説明では、解約はできないとのことだった。"),
    ("chk-clean-17", "担当者の話と、契約書の中身が違う。"),
    ("chk-clean-18", "先方の回答は、返金には応じないというものだった。"),
    ("chk-clean-19", "相手の態度が悪く、怖くなって契約した。"),
    ("chk-clean-20", "健康食品のお試しを申し込んだ。"),
    ("chk-clean-21", "大和ハウスの営業が来た。"),
    ("chk-clean-22", "明治安田生命の保険の解約について。"),
    ("chk-clean-23", "吉野家で食事をしたら、異物が入っていた。"),
    ("chk-clean-24", "平和堂で買った食品が傷んでいた。"),
    ("chk-clean-25", "高島屋の外商から勧められた。"),
    ("chk-clean-26", "未来の生活のために、資産運用を始めた。"),
    ("chk-clean-27", "小林製薬の製品について問い合わせ。"),
    ("chk-clean-28", "北海道産の海産物を電話で勧められた。"),
    ("chk-clean-29", "市役所の福祉課の方が同席した。"),
    ("chk-clean-30", "娘の旦那さんが、契約の場に立ち会った。"),
]


def build() -> list[dict[str, object]]:
    """Every case as a JSON-ready dict."""
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for case_id, values, annotated in WITH_DATA:
        text, spans = _parse(annotated)
        assert spans and case_id not in seen, case_id
        seen.add(case_id)
        rows.append({"id": case_id, "text": text, "personal_values": sorted(values.items()), "expected": spans})
    for case_id, text in CLEAN:
        assert "⟦" not in text and case_id not in seen, case_id
        seen.add(case_id)
        rows.append({"id": case_id, "text": text, "personal_values": [], "expected": []})
    return rows


def main() -> None:
    target = Path(__file__).with_name("scrub_check_cases.jsonl")
    with target.open("w", encoding="utf-8") as handle:
        for row in build():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {target} ({len(WITH_DATA)} with data, {len(CLEAN)} clean)")  # noqa: T201


if __name__ == "__main__":
    main()
