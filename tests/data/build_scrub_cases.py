"""Builds tests/data/scrub_cases.jsonl from the annotated synthetic narratives below (run after editing them).

Markup: ⟦kind:text⟧ marks personal data the scrubber must remove, kind being one of
name, phone, email, postal_code, address, birth_date, my_number, card, account,
id_number. Everything is invented: the people, numbers and places do not exist.
``values`` are the case's own personal fields (what the intake form holds).

    .venv/bin/python tests/data/build_scrub_cases.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

MARK = re.compile(r"⟦(\w+):(.*?)⟧")

# (id, values, annotated text). Narratives WITH personal data.
WITH_DATA: list[tuple[str, dict[str, str], str]] = [
    ("honorific-01", {}, "相談者の⟦name:山田⟧さんから、通販で購入した化粧品の定期購入について電話があった。"),
    ("honorific-02", {}, "近所に住む⟦name:勅使河原⟧さんに勧められて健康食品を購入したが、効果がないので返品したい。"),
    ("honorific-03", {}, "⟦name:佐藤花子⟧様あてに、身に覚えのない請求書が届いたと家族から相談。"),
    ("honorific-04", {}, "担当の⟦name:小鳥遊⟧氏は、解約には違約金がかかると繰り返すばかりだった。"),
    ("honorific-05", {}, "隣人の⟦name:ジョン⟧さんが英語の教材を勧めてきた。"),
    ("honorific-06", {}, "孫の⟦name:ゆうと⟧くんがオンラインゲームで高額課金をしていた。"),
    ("honorific-07", {}, "主治医の⟦name:堀之内⟧先生から、施術の効果について説明を受けていなかった。"),
    ("honorific-08", {}, "ケアマネジャーの⟦name:菅生⟧さんが、母の契約書類を見つけて同行して来所した。"),
    ("honorific-09", {}, "店長の⟦name:Smith⟧さんは返金に応じると言ったが、その後連絡がない。"),
    ("honorific-10", {}, "担当者⟦name:栗栖⟧さんに電話したが、不在と言われた。"),
    ("honorific-11", {}, "昨日、⟦name:四方田⟧様という人から屋根の点検をすると訪問があった。"),
    ("honorific-12", {}, "相手は⟦name:ナカムラ⟧さんと名乗る女性で、投資の話を持ちかけてきた。"),
    ("bracket-01", {}, "相談者（⟦name:鈴木一郎⟧、68歳）は、訪問販売で浄水器を契約した。"),
    ("bracket-02", {}, "契約者（⟦name:東雲 ほのか⟧・学生）が、脱毛エステの中途解約を申し出た。"),
    ("bracket-03", {}, "契約当事者(⟦name:高見沢 修一⟧)は認知症の疑いがある。"),
    ("bracket-04", {}, "夫（⟦name:松井 隆⟧）名義のカードで決済された。"),
    ("bracket-05", {}, "申出人（⟦name:五十嵐 明日香⟧）によると、解約の電話がつながらないとのこと。"),
    ("label-01", {}, "氏名：⟦name:岡本 美咲⟧、年齢：34歳。サブスクの解約方法がわからない。"),
    ("label-02", {}, "名前は⟦name:田村 健太⟧です、と電話の相手は言った。"),
    ("label-03", {}, "フリガナ：⟦name:ヤマグチ ケイコ⟧。本人からの相談。"),
    ("label-04", {}, "口座名義は⟦name:カワバタ トモヤ⟧となっていた。"),
    ("label-05", {}, "お名前：⟦name:Taro Yamada⟧（英語表記で申込み）"),
    ("label-06", {}, "差出人は⟦name:鬼頭⟧と書かれたはがきが届いた。"),
    ("relation-01", {}, "娘の⟦name:美穂⟧が、SNSの広告を見てサプリメントを注文した。"),
    ("relation-02", {}, "母の⟦name:和子⟧は一人暮らしで、点検商法の業者が何度も来ている。"),
    ("relation-03", {}, "知人の⟦name:佐々木⟧から紹介されたマルチ取引に誘われた。"),
    ("relation-04", {}, "長男の⟦name:翔太⟧が大学生で、情報商材を分割払いで購入した。"),
    ("relation-05", {}, "祖母の⟦name:トメ⟧さんが、健康食品を次々に買わされている。"),
    ("relation-06", {}, "同僚の⟦name:千秋⟧から誘われて、投資セミナーに参加した。"),
    ("named-01", {}, "「国民生活センターの⟦name:村井⟧」と名乗る人物から、個人情報を削除すると電話があった。"),
    ("named-02", {}, "⟦name:木下⟧と名乗る男性が来訪し、不用品の買取りを持ちかけた。"),
    ("named-03", {}, "販売員は「⟦name:剣持⟧」と名乗ったが、名刺はもらっていない。"),
    ("named-04", {}, "電話の相手は⟦name:コバヤシ⟧と名乗り、未納料金があると言った。"),
    ("fullname-01", {}, "⟦name:山本浩二⟧が来所し、リフォーム工事の解約について相談した。"),
    ("fullname-02", {}, "契約書の署名欄には⟦name:中島 優子⟧と書かれていたが、本人は書いた覚えがない。"),
    ("fullname-03", {}, "⟦name:斎藤 茂雄⟧、⟦name:斎藤 和子⟧夫妻が一緒に来所した。"),
    ("meigi-01", {}, "⟦name:石田真一⟧名義の口座に振り込むよう指示された。"),
    ("phone-01", {}, "業者の連絡先は⟦phone:03-1234-5678⟧。平日のみつながる。"),
    ("phone-02", {}, "携帯番号⟦phone:090-1234-5678⟧に何度も勧誘の電話がある。"),
    ("phone-03", {}, "折り返しは⟦phone:０８０－９８７６－５４３２⟧まで。"),
    ("phone-04", {}, "電話番号は⟦phone:(06)6123-4567⟧と名刺に書いてあった。"),
    ("phone-05", {}, "SMSの送信元は⟦phone:+81-70-1111-2222⟧だった。"),
    ("phone-06", {}, "自宅の固定電話⟦phone:0120 123 456⟧ではなく、携帯に連絡してほしい。"),
    ("phone-07", {}, "連絡は⟦phone:09011112222⟧へ。"),
    ("phone-08", {}, "先方の番号は⟦phone:〇四五‐一二三‐四五六七⟧と聞き取った。"),
    ("phone-09", {}, "相手の電話：⟦phone:0466(12)3456⟧"),
    ("phone-10", {}, "TEL ⟦phone:011-222-3333⟧／FAX ⟦phone:011-222-3334⟧と記載された請求書。"),
    ("phone-11", {}, "「至急⟦phone:050-3000-1234⟧まで連絡を」というハガキが届いた。"),
    ("phone-12", {}, "ご自宅の電話番号⟦phone:0299 12 3456⟧あてに、自動音声の電話があった。"),
    ("email-01", {}, "返信先のメールアドレスは⟦email:info-support@example.com⟧だった。"),
    ("email-02", {}, "相談者のメール⟦email:hanako_yamada1980@example.ne.jp⟧に偽の当選通知が届いた。"),
    ("email-03", {}, "連絡先：⟦email:ｓａｔｏ．ｋ＠ｅｘａｍｐｌｅ．ｊｐ⟧（全角で書かれていた）"),
    ("email-04", {}, "⟦email:taro(at)example.org⟧あてに問い合わせたが返事がない。"),
    ("postal-01", {}, "〒⟦postal_code:123-4567⟧の住所あてに商品が送り付けられた。"),
    ("postal-02", {}, "郵便番号⟦postal_code:5300001⟧、宛名は本人。"),
    ("postal-03", {}, "送り状には ⟦postal_code:９８０－０８１１⟧ と書かれていた。"),
    ("mynumber-01", {}, "マイナンバー⟦my_number:1234 5678 9018⟧を電話で伝えてしまった。"),
    ("mynumber-02", {}, "個人番号は⟦my_number:123456789018⟧です、と書類に記入させられた。"),
    ("mynumber-03", {}, "副業サイトに、マイナンバーカードの番号（⟦my_number:4321-8765-2109⟧）を送信した。"),
    ("card-01", {}, "偽サイトにカード番号⟦card:4980-1234-5678-9012⟧と有効期限⟦card:08/29⟧を入力した。"),
    ("card-02", {}, "クレジットカードの下4桁は⟦card:3456⟧。身に覚えのない請求がある。"),
    ("card-03", {}, "カード⟦card:5500 0000 0000 0004⟧で決済された。セキュリティコード⟦card:123⟧も入力した。"),
    ("card-04", {}, "明細には⟦card:****-****-****-7788⟧のカードで4,980円と記載。"),
    ("card-05", {}, "カード番号⟦card:3782 822463 10005⟧（アメックス）を電話で伝えた。"),
    ("account-01", {}, "振込先は、さくら銀行桜台支店 普通⟦account:1234567⟧。"),
    ("account-02", {}, "口座番号⟦account:7654321⟧に返金すると約束された。"),
    ("account-03", {}, "ゆうちょ銀行の記号⟦account:12345-67890123⟧に振り込んだ。"),
    ("account-04", {}, "記号⟦account:10120 番号 12345678⟧の口座へ送金した。"),
    ("account-05", {}, "当座預金 ⟦account:0012345⟧ から自動で引き落とされていた。"),
    ("id-01", {}, "会員番号⟦id_number:A12345678⟧でログインされた形跡がある。"),
    ("id-02", {}, "運転免許証番号⟦id_number:123456789012⟧の写しを送ってしまった。"),
    ("id-03", {}, "パスワードは⟦id_number:hanako0301⟧で、他のサイトでも使っている。"),
    ("id-04", {}, "お客様番号：⟦id_number:99-1234-5678⟧の利用停止を求めた。"),
    ("id-05", {}, "旅券番号⟦id_number:TK1234567⟧が記載されたコピーを渡した。"),
    ("id-06", {}, "基礎年金番号⟦id_number:1234-567890⟧を聞かれた。"),
    ("id-07", {}, "インスタグラムのアカウント⟦id_number:@hana_0301⟧に偽のDMが来た。"),
    ("birth-01", {}, "相談者は⟦birth_date:1950年4月1日⟧生まれの女性。"),
    ("birth-02", {}, "生年月日：⟦birth_date:昭和25年3月4日⟧、年金受給者。"),
    ("birth-03", {}, "生年月日は⟦birth_date:S25.3.4⟧と申込書に記入した。"),
    ("birth-04", {}, "⟦birth_date:平成元年12月3日⟧生の娘が契約した。"),
    ("birth-05", {}, "誕生日は⟦birth_date:5月17日⟧で、誕生日特典を口実に勧誘された。"),
    ("birth-06", {}, "⟦birth_date:1948/11/20⟧生まれの父が、訪問購入で指輪を売った。"),
    ("birth-07", {}, "本人は⟦birth_date:昭和二十八年⟧生まれで一人暮らし。"),
    ("birth-08", {}, "生年月日（⟦birth_date:19520707⟧）を入力させられた。"),
    ("address-01", {}, "自宅は⟦address:東京都新宿区西新宿2-8-1⟧で、そこに業者が来た。"),
    ("address-02", {}, "住所は⟦address:大阪府大阪市北区梅田一丁目2番3号⟧です。"),
    ("address-03", {}, "送り付けられた荷物の宛先は⟦address:さくら市桜台3丁目5番12号 さくらハイツ203号室⟧だった。"),
    ("address-04", {}, "⟦address:横浜市港北区日吉本町4-10-22⟧の実家に、母が一人で住んでいる。"),
    ("address-05", {}, "業者は⟦address:若葉町123番地の4⟧の倉庫を拠点にしている。"),
    ("address-06", {}, "返送先として⟦address:福岡県福岡市中央区天神1-1-1 天神ビル5F⟧が指定された。"),
    ("address-07", {}, "⟦address:緑が丘二丁目14番地⟧の住宅に訪問販売員が来た。"),
    ("address-08", {}, "母は⟦address:コーポ若葉102号室⟧に住んでいる。"),
    ("address-09", {}, "現住所：⟦address:北海道札幌市中央区北1条西2丁目⟧"),
    ("address-10", {}, "⟦address:港町5－6－7⟧のアパートに業者が押しかけた。"),
    ("address-11", {}, "請求書の送付先は⟦address:千葉県船橋市本町1丁目3-1 メゾン本町305⟧となっていた。"),
    ("address-12", {}, "⟦address:つくば市竹園2-3-4⟧に住む学生から相談。"),
    ("mixed-01", {}, "相談者（⟦name:野々村 恵⟧、⟦birth_date:昭和30年5月6日⟧生）、〒⟦postal_code:260-0013⟧ ⟦address:千葉市中央区中央3-10-8⟧、電話⟦phone:043-222-1111⟧。"),
    ("mixed-02", {}, "⟦name:上野⟧さん（⟦email:ueno.k@example.jp⟧、⟦phone:070-2222-3333⟧）から、偽SMSのリンクを開いたとの相談。"),
    ("mixed-03", {}, "娘の⟦name:彩花⟧の口座（普通⟦account:3456789⟧）から引き出された。"),
    ("mixed-04", {}, "被害者は⟦name:平良 光⟧さん。マイナンバー⟦my_number:5555 6666 7777⟧と、カード⟦card:4111111111111111⟧の番号を伝えた。"),
    ("mixed-05", {}, "母（⟦name:シズ⟧、88歳）の名義で、⟦address:桜台4丁目2番⟧の家に屋根工事の契約書があった。"),
    (
        "own-01",
        {"name": "山田 太郎", "phone": "090-1111-2222"},
        "⟦name:山田⟧は、業者に⟦phone:09011112222⟧へ電話するよう言われた。",
    ),
    (
        "own-02",
        {"name": "佐藤 花子", "name_kana": "サトウ ハナコ"},
        "申込書には⟦name:ｻﾄｳ ﾊﾅｺ⟧と半角で書かれていた。",
    ),
    (
        "own-03",
        {"name": "鈴木 一郎", "birth_date": "1950-04-01"},
        "⟦name:鈴木　一郎⟧の生まれは⟦birth_date:昭和25年4月1日⟧。",
    ),
    (
        "own-04",
        {"address": "東京都さくら市桜台3丁目5番12号", "postal_code": "123-4567"},
        "荷物は⟦address:桜台3-5-12⟧に届いた。伝票の番号欄に⟦postal_code:1234567⟧とある。",
    ),
    (
        "own-05",
        {"name": "高橋 健", "email": "Ken.Takahashi@Example.jp"},
        "⟦email:ken.takahashi@example.jp⟧あてに、⟦name:高橋⟧の名前で督促メールが届いた。",
    ),
    (
        "own-06",
        {"name": "渡辺 さくら"},
        "⟦name:さくら⟧が通販で購入したと、⟦name:渡辺⟧本人から相談があった。",
    ),
    (
        "own-07",
        {"name": "林 誠", "phone": "03-5555-6666"},
        "⟦name:林⟧さんは⟦phone:０３（５５５５）６６６６⟧に電話をかけた。",
    ),
    (
        "own-08",
        {"name": "伊集院 静香"},
        "勧誘員は⟦name:伊集院⟧様の名前を知っていた。",
    ),
    ("nomarker-01", {}, "⟦name:前田敦子⟧から紹介されたと言って、業者が電話をかけてきた。"),
    ("nomarker-02", {}, "担当者は⟦name:大倉⟧で、ほかに⟦name:木村拓也⟧という者もいた。"),
    ("kana-01", {}, "⟦name:マリア・ガルシア⟧さんが日本語がわからず契約した。"),
    ("spoken-01", {}, "折り返しは ⟦phone:０９０　１２３４　５６７８⟧ に。"),
    ("spoken-02", {}, "相手は「⟦phone:090の1234の5678⟧」にかけろと言った。"),
    ("yucho-01", {}, "郵便貯金の⟦account:14010-11223344⟧に入金するよう指示された。"),
    ("date-birth-01", {}, "申込者の生年月日欄には⟦birth_date:H2/5/6⟧と記載。"),
    ("address-13", {}, "業者から「⟦address:栄町1-2⟧の家を見た」と言われた。"),
    ("id-08", {}, "暗証番号⟦id_number:1234⟧を教えてしまった。"),
    ("id-09", {}, "保険証の記号⟦id_number:1234 番号 56⟧をコピーされた。"),
]


# Written after the rules, in another voice, to check that they generalise; the
# first evaluation of these was recorded before any rule was changed for them.
HELD_OUT: list[tuple[str, dict[str, str], str]] = [
    ("ho-01", {}, "令和6年9月、自宅（⟦address:川崎市中原区小杉町3-264-3⟧）に「水道局の方から来た」という男性が訪れ、浄水器を勧められた。"),
    ("ho-02", {}, "⟦name:岩瀬⟧様（⟦phone:0587-22-1234⟧）より入電。父が買取業者に着物を安く売ってしまった。"),
    ("ho-03", {}, "申込画面で氏名「⟦name:橘 凛⟧」、電話番号「⟦phone:080-5555-0101⟧」、メール「⟦email:rin.t@example.com⟧」を入力した。"),
    ("ho-04", {}, "ネット通販で購入。届け先：⟦address:名古屋市中村区名駅四丁目7番1号⟧、受取人⟦name:大河内 誠⟧。"),
    ("ho-05", {}, "⟦name:田口⟧氏は、事業者の⟦name:真壁⟧部長と面談したが、返金額で合意できなかった。"),
    ("ho-06", {}, "長女（⟦name:沙羅⟧・19歳）がエステのローンを組まされた。"),
    ("ho-07", {}, "相手方は⟦name:鳴海⟧と名のった。声は若い男性だった。"),
    ("ho-08", {}, "契約者本人⟦name:加賀美 翔⟧（⟦birth_date:平成15年2月28日⟧生）は未成年取消しを希望。"),
    ("ho-09", {}, "問い合わせ先として⟦phone:0３-３１２３-４５６７⟧が書かれたチラシが入っていた。"),
    ("ho-10", {}, "息子の⟦name:悠真⟧のスマホに「未払い料金がある」というSMSが届いた。"),
    ("ho-11", {}, "振込先：ひまわり銀行 本店営業部 普通預金 口座番号⟦account:2468013⟧ 名義カ）ミライ（法人口座）"),
    ("ho-12", {}, "カード（番号⟦card:4532 7153 3790 1241⟧）を止めたいとの相談。"),
    ("ho-13", {}, "〒⟦postal_code:９００－００１５⟧ ⟦address:那覇市久茂地1丁目1番1号⟧ に住む⟦name:比嘉⟧さんの家族から。"),
    ("ho-14", {}, "訪問者は「⟦name:東 浩二⟧」という名刺を置いていった。"),
    ("ho-15", {}, "マイナンバー（⟦my_number:9876-5432-1098⟧）の提出を求めるメールが届いた。"),
    ("ho-16", {}, "⟦name:ミラー⟧氏（米国籍）が英会話教室を解約したい。"),
    ("ho-17", {}, "⟦address:さいたま市浦和区高砂3-15-1⟧在住の⟦name:森下⟧様より。"),
    ("ho-18", {}, "先方担当：⟦name:西園寺⟧（営業部）、TEL：⟦phone:0422-11-2233⟧"),
    ("ho-19", {}, "妻の⟦name:千尋⟧名義の携帯電話で契約されていた。"),
    ("ho-20", {}, "相談者は⟦birth_date:1961年（昭和36年）1月5日⟧生まれ。"),
    ("ho-21", {}, "利用者ID ⟦id_number:user20240501⟧ とパスワード ⟦id_number:Pa55word!⟧ を入力した。"),
    ("ho-22", {}, "⟦address:練馬区光が丘2-9-6-1104⟧の部屋に、身に覚えのない荷物が届いた。"),
    ("ho-23", {}, "電話（⟦phone:０４５ー６７８ー９０１２⟧）で「⟦name:神崎⟧です」と名乗る女性から勧誘。"),
    ("ho-24", {}, "被害に遭ったのは⟦name:宇佐美 京子⟧さん（80代）。"),
    ("ho-25", {}, "事業者の代表者は⟦name:黒岩 修⟧。本社所在地は⟦address:大阪市中央区本町2-1-6⟧。"),
    ("ho-26", {}, "⟦name:しおり⟧ちゃんのお母さんから、子ども用アプリの課金について相談。"),
    ("ho-27", {}, "ゆうちょ銀行 記号⟦account:13160⟧ 番号⟦account:87654321⟧ へ振り込んだ。"),
    ("ho-28", {}, "メールアドレス⟦email:k-suzuki_0925@mail.example.co.jp⟧に偽の請求が来る。"),
    ("ho-29", {}, "友人の⟦name:リサ⟧から誘われてマルチ商法の説明会に行った。"),
    ("ho-30", {}, "依頼者（⟦name:岡野 ゆり子⟧、⟦phone:090-8765-4321⟧）"),
    ("ho-31", {}, "紹介者として「⟦name:坂上⟧さん」の名前を出された。"),
    ("ho-32", {}, "解約通知は⟦address:宮城県仙台市青葉区一番町3丁目3-20⟧あてに送った。"),
    ("ho-33", {}, "⟦name:野口英子⟧から電話で、投資の勧誘を受けたという。"),
    ("ho-34", {}, "父（⟦name:重松 勝⟧、⟦birth_date:昭和12年8月1日⟧生）が高額な布団を購入。"),
    ("ho-35", {}, "カードの有効期限は⟦card:10/27⟧、名義は⟦name:HANAKO SATO⟧と入力した。"),
    ("ho-36", {}, "⟦name:上条⟧さんの家の前に不審な車が止まっていた。"),
    ("ho-37", {}, "相談員が⟦name:吉永⟧さん宅に訪問して契約書を確認した。"),
    ("ho-38", {}, "発信者の番号は⟦phone:+81 3 1234 5678⟧と表示された。"),
    ("ho-39", {}, "⟦address:旭町7丁目⟧の⟦address:ハイツ旭201号室⟧に住む学生。"),
    ("ho-40", {}, "会員ID：⟦id_number:hk19800301⟧ でログインできなくなった。"),
]
HELD_OUT_CLEAN: list[tuple[str, str]] = [
    ("ho-clean-01", "事業者に連絡したところ、担当者が不在で、折り返すと言われた。"),
    ("ho-clean-02", "大手通信会社の代理店を名乗る業者から電話があった。"),
    ("ho-clean-03", "高齢の母が一人で対応してしまった。近所の方が気づいて連絡をくれた。"),
    ("ho-clean-04", "令和7年3月31日までに解約すれば違約金はかからないとのこと。"),
    ("ho-clean-05", "株式会社ひかり住建の営業担当者が来訪した。"),
    ("ho-clean-06", "お試し価格500円のはずが、2回目から7,980円になった。"),
    ("ho-clean-07", "市役所の消費生活センターに相談するよう息子さんに勧められた。"),
    ("ho-clean-08", "同社の説明によると、3か月以内なら返金するとのことだった。"),
    ("ho-clean-09", "紹介者の名前は覚えていないという。"),
    ("ho-clean-10", "毎月15日に引き落とされる。"),
    ("ho-clean-11", "山口県産のみかんとして売られていたが、産地が違った。"),
    ("ho-clean-12", "相手は弁護士と名乗った。"),
    ("ho-clean-13", "訪問販売員が帰らず、3時間居座った。"),
    ("ho-clean-14", "ネットで調べたら、同じ手口の被害が多数あった。"),
    ("ho-clean-15", "娘さんと一緒に来所し、契約書を持参した。"),
]

# Narratives WITHOUT personal data: every redaction here is an over-redaction.
CLEAN: list[tuple[str, str]] = [
    ("clean-01", "田中商事から健康食品の定期購入について請求書が届いた。"),
    ("clean-02", "山田工務店が屋根の点検と称して訪問し、工事契約を迫った。"),
    ("clean-03", "石川県の業者から、床下換気扇の設置を勧められた。"),
    ("clean-04", "母の年金から毎月5,000円が引き落とされていた。"),
    ("clean-05", "娘の学校で配られた教材の代金について問い合わせ。"),
    ("clean-06", "お客さんや業者さん、ヘルパーさんにも迷惑をかけた。"),
    ("clean-07", "2026年4月1日に契約し、4月10日に商品が届いた。"),
    ("clean-08", "契約金額は1,200,000円、既払い額は300,000円。"),
    ("clean-09", "消費者ホットライン188に電話した。警察相談専用電話は#9110。"),
    ("clean-10", "3回目の支払いが済んでいない。1-2回目は支払った。"),
    ("clean-11", "令和5年10月12日に申し込み、平成30年から会員だった。"),
    ("clean-12", "夫の会社の福利厚生で旅行を申し込んだ。"),
    ("clean-13", "息子さんが同居しているとのこと。奥さんも同席した。"),
    ("clean-14", "国民生活センターと名乗る電話があった。"),
    ("clean-15", "消費者庁と名乗る者から、返金手続きのメールが来た。"),
    ("clean-16", "法人番号1234567890123の事業者について問い合わせ。"),
    ("clean-17", "大阪府から転居して、まだ住民票を移していない。"),
    ("clean-18", "70歳代の女性。相談者と契約当事者は同一。"),
    ("clean-19", "スマートフォンの料金が月12,000円になった。"),
    ("clean-20", "ケアマネジャーさんと民生委員さんが一緒に来所した。"),
    ("clean-21", "株式会社さくら通販の担当者が解約に応じない。"),
    ("clean-22", "NTTさんを名乗る業者が光回線の乗り換えを勧めた。"),
    ("clean-23", "第3条第2項に基づいて解約を申し出た。"),
    ("clean-24", "商品の型番はAB-1234で、2023年モデル。"),
    ("clean-25", "母の様子がおかしいと、離れて暮らす娘から相談。"),
    ("clean-26", "皆さんに知らせたい。お子様向けの教材の勧誘。"),
    ("clean-27", "同様の相談が前年度にも3件あった。"),
    ("clean-28", "ポイントカードの有効期限が切れたと言われた。"),
    ("clean-29", "午前10時から午後5時まで営業している店舗。"),
    ("clean-30", "口座振替で毎月3,980円を支払っている。"),
    ("clean-31", "クーリング・オフの期間は8日間と説明した。"),
    ("clean-32", "屋根工事に150万円かかると言われた。"),
    ("clean-33", "商品一般、架空請求のはがきが届いた。"),
    ("clean-34", "1番安いプランを選んだが、2年契約だった。"),
    ("clean-35", "テレビショッピングで布団を購入した。"),
    ("clean-36", "母の介護施設の費用について問い合わせ。"),
    ("clean-37", "父の遺品の整理業者とのトラブル。"),
    ("clean-38", "通帳と印鑑を預けてしまった。"),
    ("clean-39", "スーパーで買ったお茶に異物が入っていた。"),
    ("clean-40", "東京都内の業者で、本社は新宿区にあるらしい。"),
]


def _parse(annotated: str) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARK.finditer(annotated):
        before = annotated[position : match.start()]
        text_parts.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "text": value})
        text_parts.append(value)
        length += len(value)
        position = match.end()
    text_parts.append(annotated[position:])
    return "".join(text_parts), spans


def build() -> list[dict[str, object]]:
    """Every case as a JSON-ready dict."""
    kinds = {"name", "phone", "email", "postal_code", "address", "birth_date", "my_number", "card", "account", "id_number"}
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for case_id, values, annotated in WITH_DATA + HELD_OUT:
        text, spans = _parse(annotated)
        assert spans, case_id
        assert all(span["kind"] in kinds for span in spans), case_id
        assert case_id not in seen, case_id
        seen.add(case_id)
        rows.append({"id": case_id, "text": text, "personal_values": sorted(values.items()), "expected": spans})
    for case_id, text in CLEAN + HELD_OUT_CLEAN:
        assert "⟦" not in text and case_id not in seen
        seen.add(case_id)
        rows.append({"id": case_id, "text": text, "personal_values": [], "expected": []})
    return rows


def main() -> None:
    target = Path(__file__).with_name("scrub_cases.jsonl")
    with target.open("w", encoding="utf-8") as handle:
        for row in build():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {target}")  # noqa: T201


if __name__ == "__main__":
    main()
