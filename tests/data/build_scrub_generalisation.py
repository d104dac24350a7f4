"""Builds tests/data/scrub_generalisation_cases.jsonl: held-out narratives for the scrubber's generalisation.

Written for issue 6's generalisation work in phrasings the rules had not seen
(unlisted given names after a relation word, unlisted surnames, titles, kana and
foreign names, kanji numerals in addresses, 大字/字 and Sapporo-style addresses,
℡ and mixed-width phones, era birth dates), and committed before any rule was
changed for them. Markup as in build_scrub_cases.py: ⟦kind:text⟧. Everything is
invented. CLEAN narratives carry business names, places that are not addresses and
ordinary words in a name's slot: every redaction there is an over-redaction.

    .venv/bin/python tests/data/build_scrub_generalisation.py
"""

from __future__ import annotations

import json
from pathlib import Path

from build_scrub_cases import _parse  # type: ignore[import-not-found]

WITH_DATA: list[tuple[str, dict[str, str], str]] = [
    # relation word + unlisted given name, no honorific
    ("gen-rel-01", {}, "同僚の⟦name:千秋⟧から、副業の説明会に誘われた。"),
    ("gen-rel-02", {}, "いとこの⟦name:瑞穂⟧が、SNSで知り合った人に投資の話を持ちかけられている。"),
    ("gen-rel-03", {}, "義姉の⟦name:由布子⟧に頼まれて、健康食品の定期便を代わりに申し込んだ。"),
    ("gen-rel-04", {}, "甥の⟦name:拓人⟧がオンラインカジノで借金を作ったらしい。"),
    ("gen-rel-05", {}, "夫の⟦name:雅史⟧は、訪問してきた業者と勝手に契約してしまった。"),
    ("gen-rel-06", {}, "長女の⟦name:結芽⟧が大学の先輩に誘われて高額な講座を契約した。"),
    ("gen-rel-07", {}, "友人の⟦name:紗栄子⟧を通じて、化粧品の販売組織に勧誘された。"),
    ("gen-rel-08", {}, "次男の⟦name:颯真⟧がスマホゲームで課金を繰り返している。"),
    ("gen-rel-09", {}, "妹の⟦name:真凛⟧は、エステの勧誘を断り切れなかったという。"),
    ("gen-rel-10", {}, "上司の⟦name:剛士⟧から、投資用マンションを買うよう何度も勧められている。"),
    ("gen-rel-11", {}, "孫の⟦name:みさき⟧が、母のカードで通販の買い物をしていた。"),
    ("gen-rel-12", {}, "知人の⟦name:グエン⟧から、日本語の分からない契約書にサインさせられたと相談があった。"),
    ("gen-rel-13", {}, "父の⟦name:勘太郎⟧が一人で住む家に、屋根の修理業者が何度も来ている。"),
    ("gen-rel-14", {}, "兄の⟦name:光希⟧がマルチ商法に入り、家族にも商品を売りつけてくる。"),
    ("gen-rel-15", {}, "祖父の⟦name:善蔵⟧が、電話で勧められた金の取引で損をした。"),
    ("gen-rel-16", {}, "同級生の⟦name:陽葵⟧から誘われて、脱毛サロンの契約をした。"),
    ("gen-rel-17", {}, "先輩の⟦name:和真⟧に紹介された投資の話がおかしいと感じる。"),
    ("gen-rel-18", {}, "姪の⟦name:心愛⟧が、占いサイトで何十万円も使ってしまった。"),
    # honorific + unlisted surname
    ("gen-hon-01", {}, "担当の⟦name:猪狩⟧さんが説明した内容と、契約書の記載が違う。"),
    ("gen-hon-02", {}, "⟦name:鬼塚⟧様という方から、還付金があるという電話があった。"),
    ("gen-hon-03", {}, "⟦name:御手洗⟧氏は事業者側の代理人として交渉に出てきた。"),
    ("gen-hon-04", {}, "隣に住む⟦name:一ノ瀬⟧さんも同じ業者に契約させられたと聞いた。"),
    ("gen-hon-05", {}, "講師の⟦name:五月女⟧先生が、教材を買わないと合格できないと言った。"),
    ("gen-hon-06", {}, "民生委員の⟦name:磯貝⟧さんが、母の部屋で大量の健康食品を見つけた。"),
    ("gen-hon-07", {}, "⟦name:轟⟧くんの母親から、子ども同士のゲーム機の売買について相談。"),
    ("gen-hon-08", {}, "営業の⟦name:薬師寺⟧さまに電話したが、折り返しがない。"),
    ("gen-hon-09", {}, "⟦name:ひなの⟧ちゃんの保護者から、学習教材の解約について。"),
    ("gen-hon-10", {}, "ヘルパーの⟦name:アナ⟧さんが、契約書に気づいて連絡してくれた。"),
    ("gen-hon-11", {}, "⟦name:百瀬 晴臣⟧様（72歳）から、リフォーム工事の相談。"),
    ("gen-hon-12", {}, "当日は⟦name:宍戸⟧さんと⟦name:笹森⟧さんの二人が訪ねてきた。"),
    # titles
    ("gen-title-01", {}, "事業者の⟦name:蔵本⟧課長は、返金は一切できないと言い張った。"),
    ("gen-title-02", {}, "店の⟦name:鮫島⟧店長に解約を申し出たが、本部に聞けと言われた。"),
    ("gen-title-03", {}, "⟦name:雨宮⟧弁護士から、債権を譲り受けたという通知が届いた。"),
    ("gen-title-04", {}, "支店の⟦name:久我山⟧主任が、説明は十分にしたと主張している。"),
    # named as / called
    ("gen-named-01", {}, "「⟦name:真田⟧」と名乗る男性から、光回線の工事の日程を決めたいと電話があった。"),
    ("gen-named-02", {}, "電話口で⟦name:大神⟧と名のった女性は、ほかの会社の名前も出していた。"),
    ("gen-named-03", {}, "⟦name:葛西⟧という男が、不要品を買い取ると言って家に上がり込んだ。"),
    ("gen-named-04", {}, "相手は「⟦name:ジョンソン⟧です」と片言の日本語で言った。"),
    ("gen-named-05", {}, "⟦name:桐谷 慎⟧と称する人物が、投資の勉強会の講師をしていた。"),
    ("gen-named-06", {}, "「市役所の⟦name:早瀬⟧です」という電話で、医療費の還付があると言われた。"),
    # brackets and labels
    ("gen-bracket-01", {}, "契約者（⟦name:柊 蒼依⟧、20歳、学生）は、未成年ではないので取消しはできないと言われた。"),
    ("gen-bracket-02", {}, "母（⟦name:トキ⟧・90歳）の部屋に、見知らぬ業者の領収書が何枚もあった。"),
    ("gen-bracket-03", {}, "申込者（⟦name:Maria Santos⟧）は日本語の説明を受けていない。"),
    ("gen-bracket-04", {}, "相談者（⟦name:根津 千景⟧）によれば、勧誘は夜遅くまで続いたという。"),
    ("gen-label-01", {}, "氏名欄には⟦name:椎名 律⟧と手書きで記入されていた。"),
    ("gen-label-02", {}, "宛名：⟦name:城之内 恵理香⟧ 様"),
    ("gen-label-03", {}, "受取人の名前は⟦name:ナカガワ ユウト⟧になっていた。"),
    ("gen-label-04", {}, "振込先の口座名義は⟦name:ホシノ ケンタ⟧という個人名だった。"),
    ("gen-label-05", {}, "差出人欄に⟦name:宮代 丈⟧とだけ書かれた封筒が届いた。"),
    # full names with no marker
    ("gen-full-01", {}, "⟦name:佐藤 健太郎⟧が窓口に来所し、契約書を見せてくれた。"),
    ("gen-full-02", {}, "契約書の担当者欄に⟦name:田中一樹⟧とある。"),
    ("gen-full-03", {}, "⟦name:中村美奈子⟧、⟦name:中村隆⟧の夫婦から、連名で申出があった。"),
    ("gen-full-04", {}, "⟦name:小林 悠人⟧（⟦phone:090-3456-7890⟧）から入電。"),
    # meigi / ate / kata
    ("gen-meigi-01", {}, "⟦name:高梨美和⟧名義のカードで、知らない買い物がされていた。"),
    ("gen-meigi-02", {}, "請求書は⟦name:松崎 健⟧宛てに届いた。"),
    ("gen-meigi-03", {}, "荷物は⟦name:沢口⟧様方⟦name:今井⟧あてになっていた。"),
    # own values
    ("gen-own-01", {"name": "桜庭 凪沙"}, "⟦name:凪沙⟧は、業者に言われるまま書類にサインした。"),
    ("gen-own-02", {"name": "千代田 巌", "name_kana": "チヨダ イワオ"}, "申込書のフリガナは⟦name:ﾁﾖﾀﾞ ｲﾜｵ⟧となっていた。"),
    ("gen-own-03", {"name": "久住 晶"}, "⟦name:久住⟧本人は契約した覚えがないと話している。"),
    ("gen-own-04", {"phone": "0467-22-3344"}, "業者は自宅の⟦phone:0467(22)3344⟧に何度もかけてきた。"),
    ("gen-own-05", {"address": "神奈川県鎌倉市由比ガ浜2丁目9番1号"}, "業者が⟦address:由比ガ浜2-9-1⟧の自宅まで来た。"),
    # phones
    ("gen-phone-01", {}, "チラシには⟦phone:0120-987-654⟧のフリーダイヤルが載っていた。"),
    ("gen-phone-02", {}, "折り返し先として⟦phone:（０３）３２１２－９８７６⟧を伝えられた。"),
    ("gen-phone-03", {}, "℡⟦phone:06-6543-2109⟧と書かれた名刺を置いていった。"),
    ("gen-phone-04", {}, "知らない番号⟦phone:070 8888 1234⟧から、毎晩のように着信がある。"),
    ("gen-phone-05", {}, "ＳＭＳの差出人は⟦phone:+81 80-1212-3434⟧だった。"),
    ("gen-phone-06", {}, "相手の携帯は⟦phone:〇八〇-一一二二-三三四四⟧と聞いた。"),
    ("gen-phone-07", {}, "連絡先を聞くと「⟦phone:03の5555の0000⟧です」と言われた。"),
    ("gen-phone-08", {}, "請求はがきに書かれた⟦phone:0570-011-222⟧に電話してしまった。"),
    ("gen-phone-09", {}, "自宅電話（⟦phone:0282-12-3456⟧）と携帯（⟦phone:090-1111-0000⟧）の両方に勧誘が来る。"),
    ("gen-phone-10", {}, "事業者の電話番号：⟦phone:092.123.4567⟧"),
    ("gen-phone-11", {}, "番号⟦phone:08012345678⟧からのショートメールのリンクを開いた。"),
    ("gen-phone-12", {}, "先方から⟦phone:050‐1234‐5678⟧に折り返すよう留守電が入っていた。"),
    # emails
    ("gen-email-01", {}, "返金の連絡は⟦email:refund.desk+jp@mail.example.net⟧から来た。"),
    ("gen-email-02", {}, "相談者のアドレス⟦email:Yamabiko.T@Example.co.jp⟧あてに当選メールが届く。"),
    ("gen-email-03", {}, "問い合わせ先は⟦email:ｈｅｌｐ＠ｅｘａｍｐｌｅ．ｃｏｍ⟧と全角で書かれていた。"),
    ("gen-email-04", {}, "⟦email:kanri-center@example.org⟧という差出人から督促メールが来た。"),
    # postal codes
    ("gen-postal-01", {}, "〒⟦postal_code:０６０-０００１⟧ 札幌市の業者から封書が届いた。"),
    ("gen-postal-02", {}, "郵便番号は⟦postal_code:4600002⟧と書かれていた。"),
    ("gen-postal-03", {}, "〒 ⟦postal_code:812-0011⟧ あてに返品した。"),
    # addresses
    ("gen-addr-01", {}, "自宅は⟦address:埼玉県川口市栄町三丁目十二番五号⟧で、業者はそこに来た。"),
    ("gen-addr-02", {}, "母の家は⟦address:長野県上田市大字上野字東原1234番地⟧にある。"),
    ("gen-addr-03", {}, "⟦address:札幌市北区北7条西5丁目8-1⟧の事務所に行くよう指示された。"),
    ("gen-addr-04", {}, "住まいは⟦address:柏市旭町2-14-8 サンライズ柏305号室⟧です。"),
    ("gen-addr-05", {}, "⟦address:岡山市北区表町1丁目4-21⟧の店舗で購入した。"),
    ("gen-addr-06", {}, "送り状の住所は⟦address:奈良市学園北1-9-1⟧だった。"),
    ("gen-addr-07", {}, "届け先を⟦address:豊中市新千里東町１－５－３⟧に変えられていた。"),
    ("gen-addr-08", {}, "業者は⟦address:西区南幸2丁目17番地の3⟧にあるという。"),
    ("gen-addr-09", {}, "⟦address:鶴見区豊岡町5-2-101⟧に住む高齢者から。"),
    ("gen-addr-10", {}, "⟦address:緑ヶ丘3丁目2番地⟧の実家に、不審なはがきが届いた。"),
    ("gen-addr-11", {}, "転居先は⟦address:松山市道後湯之町12番8号⟧です。"),
    ("gen-addr-12", {}, "アパートは⟦address:ハイツ若竹203号室⟧で、隣にも業者が来た。"),
    ("gen-addr-13", {}, "現住所 ⟦address:沖縄県那覇市おもろまち4丁目1-1⟧"),
    ("gen-addr-14", {}, "⟦address:仙台市宮城野区榴岡四丁目5番22号 パークビル8階⟧の会社から。"),
    ("gen-addr-15", {}, "実家（⟦address:静岡県浜松市中央区鍛冶町100-1⟧）に住む父が契約した。"),
    ("gen-addr-16", {}, "住所：⟦address:東京都世田谷区桜新町一丁目2番3-405号⟧"),
    ("gen-addr-17", {}, "⟦address:本町4丁目6-7 グランメゾン本町1102⟧の部屋まで業者が来た。"),
    ("gen-addr-18", {}, "⟦address:吉野町一丁目20番地⟧の空き家に、業者の看板が立っていた。"),
    # birth dates
    ("gen-birth-01", {}, "相談者は⟦birth_date:昭和48年5月5日⟧生まれで、自営業。"),
    ("gen-birth-02", {}, "生年月日⟦birth_date:S48.5.5⟧と申込書にある。"),
    ("gen-birth-03", {}, "⟦birth_date:1972年11月3日⟧生まれの夫が契約した。"),
    ("gen-birth-04", {}, "生年月日：⟦birth_date:平成10年1月1日⟧（学生）"),
    ("gen-birth-05", {}, "⟦birth_date:昭和四十八年五月五日⟧生の母が、電話で勧誘された。"),
    ("gen-birth-06", {}, "誕生日の⟦birth_date:7月7日⟧に合わせて、エステの特典の案内が来た。"),
    ("gen-birth-07", {}, "本人の生年月日は⟦birth_date:1985/02/14⟧。"),
    ("gen-birth-08", {}, "⟦birth_date:大正15年⟧生まれの祖母の名義で契約されていた。"),
    ("gen-birth-09", {}, "生年月日（⟦birth_date:H7.12.24⟧）を電話で聞かれて答えた。"),
    # my number, card, account, id
    ("gen-mynum-01", {}, "個人番号 ⟦my_number:2468 1357 9024⟧ を書いた紙を渡した。"),
    ("gen-mynum-02", {}, "マイナンバーは⟦my_number:１１２２３３４４５５６６⟧と伝えてしまった。"),
    ("gen-card-01", {}, "カード番号は⟦card:4000 1234 5678 9010⟧で、有効期限は⟦card:11/28⟧。"),
    ("gen-card-02", {}, "クレジットカードの末尾⟦card:8891⟧の利用で、覚えのない決済があった。"),
    ("gen-card-03", {}, "番号⟦card:5105-1051-0510-5100⟧のカードで、海外の決済が続いた。"),
    ("gen-account-01", {}, "振込先は普通預金 口座番号⟦account:0123456⟧、名義は⟦name:ヤマモト ジロウ⟧。"),
    ("gen-account-02", {}, "ゆうちょの記号⟦account:10180⟧番号⟦account:12345671⟧に送金した。"),
    ("gen-account-03", {}, "返金先として当座⟦account:7777777⟧を指定された。"),
    ("gen-id-01", {}, "お客様番号⟦id_number:C-20240918⟧で問い合わせるよう言われた。"),
    ("gen-id-02", {}, "契約番号：⟦id_number:KY99887766⟧の書面が届いた。"),
    ("gen-id-03", {}, "暗証番号⟦id_number:0909⟧を電話で聞かれ、答えてしまった。"),
    ("gen-id-04", {}, "保険証の記号・番号（⟦id_number:12-345 番号 6789⟧）を伝えた。"),
    # mixed
    ("gen-mix-01", {}, "相談者（⟦name:篠宮 透⟧、⟦birth_date:昭和29年8月8日⟧生）、⟦address:三鷹市下連雀3-30-12⟧、電話⟦phone:0422-44-5566⟧。"),
    ("gen-mix-02", {}, "娘の⟦name:凛花⟧（⟦phone:080-7777-8888⟧）が、⟦address:梅田2-4-9 梅田ハイム702号室⟧に住んでいる。"),
    ("gen-mix-03", {}, "〒⟦postal_code:231-0023⟧ ⟦address:横浜市中区山下町20-3⟧ ⟦name:堀之内 さゆり⟧様"),
    ("gen-mix-04", {}, "⟦name:藤ヶ谷⟧さんは、⟦email:fujigaya@example.jp⟧で業者と連絡をとっていた。"),
    ("gen-mix-05", {}, "妻の⟦name:奈津美⟧が、⟦birth_date:1990年6月1日⟧生まれと入力していた。"),
    ("gen-mix-06", {}, "元夫の⟦name:辰巳⟧に、新しい住所の⟦address:東雲1-9-12⟧を知られた。"),
    ("gen-mix-07", {}, "業者の⟦name:國分⟧から、⟦phone:048-111-2222⟧で何度も電話がある。"),
    ("gen-mix-08", {}, "⟦name:早乙女⟧家の長男⟦name:隼⟧が、契約の当事者だという。"),
]

CLEAN: list[tuple[str, str]] = [
    ("gen-clean-01", "株式会社ひまわり不動産の営業担当が、夜遅くまで帰らなかった。"),
    ("gen-clean-02", "佐藤建設の下請け業者が工事を途中で放棄した。"),
    ("gen-clean-03", "大阪市内の業者から、健康器具の送り付けがあった。"),
    ("gen-clean-04", "新宿駅前で声をかけられ、雑居ビルの一室で絵画を契約させられた。"),
    ("gen-clean-05", "娘の結婚式の費用について、式場と揉めている。"),
    ("gen-clean-06", "夫の実家の近くに住む業者から勧誘された。"),
    ("gen-clean-07", "同僚の紹介で入った保険の解約返戻金が少ない。"),
    ("gen-clean-08", "知人の勧めで投資用の外国債券を買った。"),
    ("gen-clean-09", "上司の命令で、会社のカードを使って物品を購入した。"),
    ("gen-clean-10", "母の介護のために、手すりの工事を頼んだ。"),
    ("gen-clean-11", "息子の大学の授業料の返還について問い合わせ。"),
    ("gen-clean-12", "孫の誕生日にゲーム機を買ったが、動かない。"),
    ("gen-clean-13", "お客様相談室の方は丁寧だったが、返金は断られた。"),
    ("gen-clean-14", "業者さんに見積もりを頼んだら、三社とも金額が違った。"),
    ("gen-clean-15", "市役所の生活支援課に相談するよう勧めた。"),
    ("gen-clean-16", "福岡県内の事業者で、本社は博多区にあるという。"),
    ("gen-clean-17", "京都の老舗の呉服店で、高額な着物を勧められた。"),
    ("gen-clean-18", "昭和の時代から続く店だと説明された。"),
    ("gen-clean-19", "令和6年4月1日から料金が改定されたとの通知。"),
    ("gen-clean-20", "3丁目の角にある店で買った、と話していた。"),
    ("gen-clean-21", "2年前に契約した光回線の違約金が1万円と言われた。"),
    ("gen-clean-22", "第2条第3項に基づく解除を求めた。"),
    ("gen-clean-23", "商品番号12345の掃除機が故障した。"),
    ("gen-clean-24", "三井住友カードの名前を騙るメールが届いた。"),
    ("gen-clean-25", "楽天市場の出店者とのトラブル。"),
    ("gen-clean-26", "ヤマト運輸の不在票に似せたはがきが入っていた。"),
    ("gen-clean-27", "日本郵便を名乗るSMSを受け取った。"),
    ("gen-clean-28", "田中眼科で勧められたサプリメントの返品について。"),
    ("gen-clean-29", "ケアマネさんと一緒に来所し、契約書を持参した。"),
    ("gen-clean-30", "お母さんが一人暮らしで心配だと、娘さんから電話。"),
    ("gen-clean-31", "夫婦で来所。奥様が主に話した。"),
    ("gen-clean-32", "毎週月曜日に勧誘の電話がかかってくる。"),
    ("gen-clean-33", "長野県の果樹園から、りんごを箱で買った。"),
    ("gen-clean-34", "富士山の見える別荘地の購入を勧められた。"),
    ("gen-clean-35", "東京都消費生活総合センターに問い合わせるよう案内した。"),
    ("gen-clean-36", "友人の結婚式で知り合った人から投資を勧められた。"),
    ("gen-clean-37", "母の友人の紹介で、布団のセールに行った。"),
    ("gen-clean-38", "娘の部屋のエアコンが壊れ、修理を頼んだ。"),
    ("gen-clean-39", "同社の社長が謝罪に来たが、返金の話はなかった。"),
    ("gen-clean-40", "中野区役所の近くの店で購入した。"),
    ("gen-clean-41", "担当者が不在で、折り返しもなかった。"),
    ("gen-clean-42", "隣人の話では、同じ業者が何度も来ているらしい。"),
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
    target = Path(__file__).with_name("scrub_generalisation_cases.jsonl")
    with target.open("w", encoding="utf-8") as handle:
        for row in build():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {target} ({len(WITH_DATA)} with data, {len(CLEAN)} clean)")  # noqa: T201


if __name__ == "__main__":
    main()
