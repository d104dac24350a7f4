"""Synthetic material for `counselor demo`: fictional people, places, businesses and case scenarios.

Everything here is invented. Names are random combinations of common surnames and
given names, the city (さくら市) does not exist, and phone numbers are random.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SURNAMES = (
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "斎藤",
    "清水",
    "山崎",
    "森",
    "池田",
    "橋本",
    "阿部",
    "石川",
    "前田",
    "藤田",
    "小川",
    "岡田",
)
GIVEN_NAMES_F = (
    "花子",
    "美咲",
    "陽子",
    "恵子",
    "由美",
    "さくら",
    "真由美",
    "久美子",
    "和子",
    "幸子",
    "愛",
    "結衣",
)
GIVEN_NAMES_M = ("太郎", "一郎", "健太", "翔太", "大輔", "誠", "浩", "隆", "修", "茂", "拓也", "悠斗")
TOWNS = ("桜台", "若葉町", "緑が丘", "本町", "駅前", "新町", "旭町", "東雲", "青葉台", "港町", "城山", "春日")
CITY = "さくら市"
PREFECTURE_CODE = "13"  # the fictional city is filed under a real prefecture code for the statistics

OFFICES = (
    ("990001", "さくら市消費生活センター", None, 0.6),
    ("990002", "さくら市消費生活センター 北支所", "990001", 0.25),
    ("990003", "さくら市 南出張相談窓口", "990001", 0.15),
)

# Every demo user signs in with this password (documented in README; demo data only).
DEMO_PASSWORD = "demo-pass-2026"

COUNSELORS = {
    "990001": (
        ("sato.h", "佐藤 陽子", "counselor"),
        ("suzuki.m", "鈴木 美咲", "counselor"),
        ("takahashi.k", "高橋 恵子", "counselor"),
        ("yamamoto.s", "山本 誠", "supervisor"),
        ("kanri", "管理者（デモ）", "admin"),
    ),
    "990002": (
        ("tanaka.y", "田中 由美", "counselor"),
        ("ito.k", "伊藤 久美子", "counselor"),
        ("kato.t", "加藤 隆", "supervisor"),
    ),
    "990003": (("watanabe.a", "渡辺 愛", "counselor"), ("kobayashi.o", "小林 修", "supervisor")),
}

BUSINESS_PREFIXES = (
    "さくら",
    "あおば",
    "ひかり",
    "みらい",
    "ほしぞら",
    "大和",
    "東西",
    "日の出",
    "北辰",
    "若草",
    "ことぶき",
    "なごみ",
)


@dataclass(frozen=True)
class Scenario:
    """A kind of consultation with its PIO-NET coding and narrative templates.

    Placeholders in texts: {item} {amount} {n} {business} {family} {given} {phone}.
    """

    key: str
    weight: float
    product: str
    sales_form: str
    methods: tuple[str, ...]
    keywords: tuple[str, ...]
    subjects: tuple[str, ...]
    narratives: tuple[str, ...]
    items: tuple[str, ...] = ("商品",)
    business_suffix: tuple[str, ...] = ("商事",)
    amount: tuple[int, int] | None = None
    paid_share: tuple[float, float] = (0.0, 1.0)
    category: str = "苦情"
    results: tuple[str, ...] = ("助言（自主交渉）",)
    pi: tuple[str, tuple[str, ...], str, str | None] | None = None  # related, issues, holder, sector
    referrals: tuple[tuple[str, str], ...] = ()  # (directory id, kind code)
    age_weights: tuple[float, ...] = (1, 3, 8, 10, 12, 12, 14, 14, 12, 4)  # U18..A80, UNK
    elderly_family: bool = False
    harm: bool = False
    handling: tuple[tuple[str, str], ...] = field(default_factory=tuple)


FOLLOW_UP_LINES = (
    ("consultant", "相談者に契約書面の内容と解約の方法を説明した。"),
    ("business", "事業者に連絡し、経緯を確認した。"),
)

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "subscription",
        14,
        "0201",
        "通信販売",
        ("インターネット通販", "定期購入"),
        ("契約・解約", "表示・広告"),
        ("定期購入の解約", "お試し価格のつもりが定期購入"),
        (
            "SNSの広告で「初回500円」の{item}を注文したところ、{n}回の購入が条件の定期購入だった。解約を申し出たいが電話がつながらない。",
            "{family}がスマートフォンで{item}を注文した。2回目の商品と{amount}円の請求が届き、定期購入だと気づいた。申込み時に住所や電話番号を入力したが、解約条件は読んでいなかった。",
        ),
        items=("健康食品", "基礎化粧品", "サプリメント", "ダイエット茶"),
        business_suffix=("ヘルスケア", "通販", "ビューティー"),
        amount=(3_000, 30_000),
        paid_share=(0.3, 1.0),
        results=("助言（自主交渉）", "あっせん解決"),
        handling=(
            ("consultant", "定期購入の契約条件と解約手続きを説明し、事業者へのメール連絡を助言した。"),
        ),
    ),
    Scenario(
        "fake_bill",
        8,
        "0101",
        "不明・無関係",
        ("架空請求",),
        ("契約・解約",),
        ("身に覚えのない請求はがき", "架空請求のはがき"),
        (
            "「{item}」と書かれたはがきが届いた。身に覚えはないが、連絡しないと財産を差し押さえると書いてあり不安。",
            "スマートフォンに「未納料金があります。本日中に連絡を」というSMSが届いた。心当たりがない。",
        ),
        items=("総合消費料金に関する訴訟最終告知のお知らせ", "民事訴訟の取下げ期限", "未払い料金の最終通知"),
        category="苦情",
        results=("その他情報提供",),
        age_weights=(0, 0, 1, 2, 4, 6, 10, 14, 12, 2),
        handling=(("consultant", "架空請求であり連絡しないよう助言した。"),),
    ),
    Scenario(
        "roof",
        7,
        "2301",
        "訪問販売",
        ("点検商法", "家庭訪販"),
        ("販売方法", "契約・解約"),
        ("屋根工事の訪問販売", "点検商法による工事契約"),
        (
            "無料で屋根を点検すると業者が来訪し、瓦がずれていて雨漏りすると言われ{amount}円の工事を契約した。クーリング・オフしたい。",
            "{family}宅に業者が来て、床下の湿気がひどいと言われ換気扇と防湿剤を{amount}円で契約した。本当に必要だったのか。",
        ),
        business_suffix=("リフォーム", "ホームサービス", "住建"),
        amount=(150_000, 2_000_000),
        paid_share=(0.0, 0.5),
        results=("助言（自主交渉）", "あっせん解決", "あっせん不調"),
        elderly_family=True,
        age_weights=(0, 0, 0, 1, 2, 4, 10, 20, 24, 2),
        handling=(
            ("consultant", "クーリング・オフの通知の書き方を説明した。"),
            ("business", "事業者にクーリング・オフの受領を確認した。"),
        ),
    ),
    Scenario(
        "list_call",
        3,
        "3203",
        "電話勧誘販売",
        ("電話勧誘販売",),
        ("個人情報", "販売方法"),
        ("勧誘電話の入手経路", "名簿業者からの勧誘"),
        (
            "知らない{item}から携帯電話に勧誘の電話があった。どこで番号を知ったのか聞いても答えない。名簿を買ったのではないか。",
            "{family}あてに、何度断っても{item}から勧誘の電話がある。電話番号や家族構成をどこで入手したのか知りたい。",
        ),
        items=("不動産業者", "投資用マンションの業者", "光回線の代理店"),
        business_suffix=("不動産", "コミュニケーションズ", "エステート"),
        pi=("yes", ("ACQ", "MKT"), "PRIV", "REAL_ESTATE"),
        category="苦情",
        referrals=(("BUSINESS_SELF", "INTRO"), ("N01_OPTOUT", "INTRO")),
        results=("助言（自主交渉）", "他機関紹介"),
    ),
    Scenario(
        "leak",
        2,
        "3001",
        "通信販売",
        ("インターネット通販",),
        ("個人情報",),
        ("通販サイトからの個人情報流出", "漏えいのお詫びメール"),
        (
            "利用している通販サイトから、不正アクセスにより個人情報が流出したとのお詫びメールが届いた。クレジットカード番号も含まれるらしい。どうすればよいか。",
            "会員登録していた{item}から顧客情報漏えいのお詫び状が届いた。住所と電話番号が漏れたという。二次被害が心配。",
        ),
        items=("通販サイト", "ネットショップ", "ポイントサービス"),
        business_suffix=("通販", "ネットサービス"),
        pi=("yes", ("LEAK",), "PRIV", "MAILORDER_EC"),
        referrals=(("BUSINESS_SELF", "INTRO"), ("CARD_ISSUER", "INTRO")),
        results=("その他情報提供", "他機関紹介"),
    ),
    Scenario(
        "delete_fraud",
        2,
        "0101",
        "不明・無関係",
        ("劇場型勧誘",),
        ("個人情報",),
        ("個人情報削除をうたう詐欺", "公的機関をかたる電話"),
        (
            "「消費生活センター」を名乗る人から電話があり、あなたの個人情報が漏れているので削除してあげると言われた。手数料が必要と言われている。",
            "国の機関を名乗る者から、名簿からあなたの情報を削除するには費用がかかると電話があった。払ってしまいそう。",
        ),
        pi=("yes", ("FRAUD_PI",), "UNKNOWN", None),
        referrals=(("N09", "INFO"),),
        results=("その他情報提供",),
        age_weights=(0, 0, 0, 1, 1, 3, 8, 20, 24, 2),
        handling=(
            (
                "consultant",
                "公的機関が個人情報の削除を持ちかけることはないと説明し、連絡しないよう助言した。",
            ),
        ),
    ),
    Scenario(
        "phishing",
        2,
        "2802",
        "その他無店舗",
        ("フィッシング",),
        ("個人情報",),
        ("偽SMSからのカード情報入力", "フィッシングサイト"),
        (
            "宅配業者を装うSMSのリンクを開き、カード番号を入力してしまった。身に覚えのない{amount}円の請求がある。",
            "銀行を名乗るメールのリンクからIDとパスワードを入力したら、口座から{amount}円が引き出されていた。",
        ),
        amount=(5_000, 300_000),
        paid_share=(1.0, 1.0),
        pi=("yes", ("FRAUD_ID",), "UNKNOWN", None),
        referrals=(("CARD_ISSUER", "INTRO"), ("N08", "INFO"), ("N09", "INTRO")),
        results=("他機関紹介",),
    ),
    Scenario(
        "dm_rights",
        2,
        "3203",
        "通信販売",
        ("インターネット通販",),
        ("個人情報",),
        ("退会後もDMが届く", "個人情報の消去に応じない"),
        (
            "{item}を退会したのにDMが止まらない。データを消してと言っても応じない。",
            "{item}に保有している自分の情報を開示してほしいと求めたが、断られた。",
        ),
        items=("スポーツクラブ", "通販会社", "英会話教室"),
        business_suffix=("ライフ", "スポーツ", "カルチャー"),
        pi=("yes", ("RIGHTS", "MKT"), "PRIV", "OTHER"),
        referrals=(("BUSINESS_SELF", "INTRO"), ("ACCREDITED_ORG", "INTRO"), ("N01", "INTRO")),
        results=("助言（自主交渉）", "他機関紹介"),
    ),
    Scenario(
        "online",
        1,
        "3004",
        "不明・無関係",
        (),
        ("個人情報",),
        ("掲示板への個人情報の書き込み", "SNSでの晒し"),
        (
            "インターネットの掲示板に自宅の住所と顔写真を書き込まれた。削除してほしい。",
            "SNSに実名と勤務先を晒す投稿をされた。どこに相談すればよいか。",
        ),
        pi=("yes", ("ONLINE",), "INDIVIDUAL", None),
        category="苦情",
        referrals=(("N04", "INTRO"), ("N05", "INTRO")),
        results=("他機関紹介",),
        age_weights=(2, 4, 14, 14, 10, 6, 3, 2, 1, 2),
    ),
    Scenario(
        "rental",
        8,
        "2201",
        "店舗購入",
        (),
        ("契約・解約", "価格・料金"),
        ("賃貸住宅の原状回復費用", "敷金の返還"),
        (
            "賃貸アパートを退去したら、敷金を超える原状回復費用{amount}円を請求された。通常の使用による汚れだと思う。",
        ),
        business_suffix=("不動産", "管理"),
        amount=(50_000, 400_000),
        paid_share=(0.0, 0.3),
        results=("助言（自主交渉）", "あっせん解決"),
        age_weights=(0, 3, 16, 14, 10, 6, 4, 2, 1, 1),
    ),
    Scenario(
        "mobile",
        7,
        "2802",
        "店舗購入",
        (),
        ("契約・解約", "接客対応"),
        ("携帯電話の不要なオプション", "スマートフォンの契約内容"),
        (
            "携帯電話ショップで機種変更した際、不要な有料オプションに加入させられていた。説明はなかった。",
            "{family}がスマートフォンを購入した際、タブレットもセットで契約させられていた。月{amount}円の支払いが続いている。",
        ),
        business_suffix=("モバイル", "コミュニケーションズ"),
        amount=(1_000, 12_000),
        paid_share=(0.5, 1.0),
        results=("助言（自主交渉）", "あっせん解決"),
    ),
    Scenario(
        "side_job",
        6,
        "3301",
        "通信販売",
        ("サイドビジネス商法", "インターネット通販"),
        ("販売方法", "契約・解約"),
        ("副業の情報商材", "もうけ話のサポート契約"),
        (
            "SNSで知り合った人に「スマホで簡単に稼げる」と副業の情報商材を勧められ{amount}円を支払ったが、まったく稼げない。返金してほしい。",
        ),
        business_suffix=("コンサルティング", "ラボ", "アカデミー"),
        amount=(30_000, 800_000),
        paid_share=(0.8, 1.0),
        results=("助言（自主交渉）", "あっせん不調", "あっせん解決"),
        age_weights=(1, 6, 20, 14, 10, 6, 3, 1, 1, 1),
    ),
    Scenario(
        "investment",
        3,
        "2704",
        "その他無店舗",
        ("利殖商法",),
        ("契約・解約",),
        ("暗号資産の投資勧誘", "必ずもうかるという投資話"),
        (
            "マッチングアプリで知り合った人から暗号資産への投資を勧められ、指定口座に{amount}円を振り込んだ。出金できない。",
        ),
        business_suffix=("キャピタル", "インベストメント"),
        amount=(100_000, 5_000_000),
        paid_share=(1.0, 1.0),
        results=("他機関紹介", "助言（自主交渉）"),
        referrals=(("N09", "INTRO"),),
    ),
    Scenario(
        "buyback",
        3,
        "10",
        "訪問購入",
        ("訪問購入",),
        ("販売方法", "契約・解約"),
        ("訪問購入で貴金属を買い取られた",),
        (
            "不用品を買い取ると電話があり自宅に来た業者に、指輪やネックレスを{amount}円で買い取られた。返してほしい。",
        ),
        business_suffix=("リユース", "買取センター"),
        amount=(5_000, 100_000),
        paid_share=(0.0, 0.0),
        elderly_family=True,
        age_weights=(0, 0, 0, 1, 2, 4, 10, 20, 22, 2),
        results=("あっせん解決", "助言（自主交渉）"),
    ),
    Scenario(
        "esthetic",
        4,
        "3101",
        "店舗購入",
        (),
        ("契約・解約", "価格・料金"),
        ("エステティックサービスの中途解約", "脱毛エステの解約料"),
        (
            "脱毛エステの{n}回コースを{amount}円で契約したが、予約が取れないので中途解約したい。高額な解約料を言われた。",
        ),
        business_suffix=("エステ", "ビューティー"),
        amount=(50_000, 600_000),
        paid_share=(0.5, 1.0),
        results=("あっせん解決", "助言（自主交渉）"),
        age_weights=(0, 4, 22, 16, 10, 4, 2, 1, 0, 1),
    ),
    Scenario(
        "over",
        1,
        "41",
        "不明・無関係",
        (),
        ("個人情報",),
        ("個人情報を理由に連絡網が作られない",),
        ("子どもの学校が個人情報を理由に緊急連絡網を作らない。災害時に困るのではないか。",),
        category="問合せ",
        pi=("yes", ("OVER",), "LG", None),
        results=("その他情報提供",),
        referrals=(("LG_PI_WINDOW", "INFO"),),
    ),
    Scenario(
        "mynumber",
        1,
        "3301",
        "通信販売",
        ("サイドビジネス商法",),
        ("個人情報",),
        ("マイナンバーカードの画像を求められた",),
        (
            "登録した副業サイトの会社から、報酬を払うのにマイナンバーが必要だとして、カードの両面の写真を送るよう求められた。送って大丈夫か。",
        ),
        category="問合せ",
        pi=("yes", ("MYNUM",), "PRIV", "HR_RECRUIT"),
        referrals=(("N01_MYNUM", "INTRO"),),
        results=("その他情報提供",),
    ),
    Scenario(
        "cooling_off_question",
        5,
        "0101",
        "訪問販売",
        (),
        ("契約・解約",),
        ("クーリング・オフの方法",),
        ("訪問販売で契約した浄水器をクーリング・オフしたい。はがきの書き方を教えてほしい。",),
        category="問合せ",
        results=("その他情報提供",),
    ),
    Scenario(
        "fiber",
        5,
        "2801",
        "電話勧誘販売",
        ("電話勧誘販売",),
        ("販売方法", "契約・解約"),
        ("光回線の電話勧誘", "プロバイダの乗り換え"),
        (
            "大手通信会社の者だと思い、電話で光回線の乗り換えを承諾したら別の会社との契約だった。解約したいが解約料{amount}円がかかると言われた。",
        ),
        business_suffix=("コミュニケーションズ", "ネットワークス"),
        amount=(10_000, 40_000),
        paid_share=(0.0, 0.3),
        results=("助言（自主交渉）", "あっせん解決"),
        age_weights=(0, 0, 2, 4, 8, 10, 14, 16, 12, 2),
    ),
    Scenario(
        "water_repair",
        4,
        "2402",
        "訪問販売",
        ("家庭訪販",),
        ("価格・料金", "契約・解約"),
        ("水回り修理の高額請求", "トイレつまりの修理代"),
        (
            "ネット広告で「基本料金980円」とあった業者にトイレのつまりを依頼したら、{amount}円を請求された。その場で支払ってしまった。",
        ),
        business_suffix=("水道サービス", "設備"),
        amount=(30_000, 400_000),
        paid_share=(1.0, 1.0),
        results=("助言（自主交渉）", "あっせん解決", "あっせん不調"),
    ),
    Scenario(
        "newspaper",
        2,
        "0703",
        "訪問販売",
        ("家庭訪販",),
        ("契約・解約",),
        ("新聞の長期契約", "新聞の解約"),
        ("{family}が数年先までの新聞の購読契約をしていた。景品をもらっているが、施設に入るので解約したい。",),
        business_suffix=("新聞販売所",),
        elderly_family=True,
        age_weights=(0, 0, 0, 0, 1, 2, 8, 20, 30, 2),
        results=("あっせん解決", "助言（自主交渉）"),
    ),
    Scenario(
        "pubrec",
        1,
        "41",
        "不明・無関係",
        (),
        ("個人情報",),
        ("住民票の写しの交付", "DV等支援措置"),
        ("市役所が元夫に新住所を教えてしまった。支援措置を申し出ていたのに不安だ。",),
        pi=("yes", ("PUBREC",), "LG", None),
        results=("他機関紹介",),
        referrals=(("LG_RESIDENT", "TRANSFER"),),
        age_weights=(0, 0, 6, 14, 12, 6, 2, 1, 0, 1),
    ),
    Scenario(
        "food_harm",
        2,
        "0202",
        "店舗購入",
        (),
        ("安全・衛生", "品質・機能・役務品質"),
        ("購入した飲料に異物", "食品による体調不良"),
        ("スーパーで買った{item}を飲んだら異物が入っており、口の中を切った。",),
        items=("缶コーヒー", "ペットボトルのお茶", "ジュース"),
        business_suffix=("フーズ", "食品"),
        amount=(100, 500),
        paid_share=(1.0, 1.0),
        results=("あっせん解決", "その他情報提供"),
        harm=True,
    ),
)
