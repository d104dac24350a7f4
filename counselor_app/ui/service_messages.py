"""Messages from below the interface (domain, services, persistence) shown in the interface language.

Services raise Japanese sentences (the same ones the ``counselor`` command prints).
Windows show them through :func:`error_text`: unchanged in Japanese; in English each
message is matched against the templates below (``%1`` stands for a value the code
put in), the template is translated by Qt's translator, and the values go back in;
a value that is itself a known message or field name is translated as well.

``scripts/service_messages.py`` lists the messages the code raises, and
``tests/ui/test_service_messages.py`` fails when one has no template here. What
stays Japanese in an English window is data: names, narratives, the Japanese column
headers an import file must have, and values typed by a user.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counselor_app.domain.errors import DomainError
from counselor_app.ui.i18n import ui_language
from counselor_app.ui.intake.field_text import field_label

_CONTEXT = "ServiceMessages"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
_PLACEHOLDER = re.compile(r"%(\d)")
_MAX_DEPTH = 4

# Every message raised below the interface that can reach a window (see the module docstring).
TEMPLATES: tuple[str, ...] = (
    # bootstrap.py
    QT_TRANSLATE_NOOP("ServiceMessages", '%1のファイルを読めません: %2 (%3)'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1のファイルが大きすぎます（%2 バイトまで）: %3'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1のファイルが UTF-8 ではありません（%2 バイト目）: %3'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1のファイルが空です: %2'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1のファイルは1行だけにしてください: %2'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1に制御文字が含まれています: %2'),
    # domain/access.py
    QT_TRANSLATE_NOOP("ServiceMessages", '役割は %1 のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ログイン名は英数字で始まる2〜64文字（英数字と . _ -）にしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '表示名は1〜64文字で入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'パスワードは %1 文字以上にしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'パスワードは %1 文字以下にしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'パスワードに制御文字は使えません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ログイン名と同じパスワードは使えません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '他の所属の相談は見られません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '決裁できるのは所長・主任相談員（supervisor）だけです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '書き出しができるのは所長・主任相談員（supervisor）だけです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '報告書を印刷できるのは所長・主任相談員（supervisor）だけです'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'アクセス履歴を見られるのは所長・主任相談員（supervisor）だけです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '監査ログの検証は所長・主任相談員（supervisor）だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '利用者の管理は管理者（admin）だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '窓口一覧の編集は管理者（admin）だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '設定の変更は管理者（admin）だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '保存期間による匿名化は管理者（admin）だけが実行できます'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'バックアップと復元は管理者（admin）だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの取り込みと競合の解決は所長・主任相談員（supervisor）だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '所属（支所）の登録は管理者（admin）だけができます'),
    # domain/amounts.py
    QT_TRANSLATE_NOOP("ServiceMessages", '金額として読めません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '金額は0以上です'),
    # domain/audit.py
    QT_TRANSLATE_NOOP("ServiceMessages", '内容が記録時から変更されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '最新イベントの控えがありません（末尾が削除された可能性があります）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'イベント #%1〜#%2 が削除されています（末尾の削除）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'アプリを通さずに追加されたイベントです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '最新イベントが控えと一致しません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'イベント %1 が削除されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'イベントの順序が不正です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '直前のイベントとの連結が一致しません（削除または並べ替え）'),
    # domain/bundle_envelope.py
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのパスフレーズは %1 文字以上にしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのヘッダーが壊れています（%1）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルが途中で切れています（%1 バイト）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルではありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルではありません（先頭が違います）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのヘッダーが壊れています（長さ）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルが途中で切れています（ヘッダーの途中、%1 バイト）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのヘッダーが壊れています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのヘッダーが壊れています（形式の版）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この支所データは新しい形式（版 %1）で書き出されています。このアプリが読めるのは版 %2 までです。アプリを更新してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの形式の版が不正です（%1）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの暗号方式に対応していません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのヘッダーが壊れています（鍵の導出）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの鍵の導出パラメータが大きすぎます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのヘッダーが壊れています（nonce）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルが途中で切れています（%1 / %2 バイト）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルの末尾に余分なデータがあります（%1 バイト）。改ざんまたは破損の疑いがあります'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのパスフレーズが違います'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データが改ざんされているか壊れています（認証に失敗しました）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの中身を展開できません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの中身が大きすぎるか、途中で切れています'),
    # domain/bundle_format.py
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの内容が不正です: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この支所データは新しい形式（版 %1）です。アプリを更新してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この支所データはこのアプリが知らないスキーマ（%1）のデータベースから書き出されています。アプリを更新してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '監査イベントの番号か日時が読めません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '最初のイベントの連結が不正です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '直前のイベントとの連結が一致しません'),
    # domain/casebook.py
    QT_TRANSLATE_NOOP("ServiceMessages", '相談はオブジェクト（{…}）で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '未知のキーです'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'received_at がありません（必須）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'narrative がありません（必須）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ラベル（文字列）で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ラベルの配列で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'true か false で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '年齢は0〜120の整数で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'オブジェクトで書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '配列で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'destination と kind を持つオブジェクトで書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'kind がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '文字列で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'JSON ファイルは相談の配列（[…]）にしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '日付として読めません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '日付として正しくありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '「%1」は%2のコード表にありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'コード「%1」は%2のコード表にありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '金額が数値ではありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '金額が整数ではありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '1 か空欄で指定してください: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '年齢が数値ではありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '年齢は0〜120で入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '移送・紹介先「%1」は窓口一覧にありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'セルが大きすぎます（%1 文字、上限 %2 文字）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '受付年月日がありません（必須）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '相談概要がありません（必須）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '「種別：窓口名」の形で書いてください: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '移送・紹介の種別の列と移送・紹介先が一致しません'),
    # domain/corporate_number.py
    QT_TRANSLATE_NOOP("ServiceMessages", '法人番号は13桁の数字です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '法人番号のチェックデジットが合いません（入力を確認してください）'),
    # domain/date_input.py
    QT_TRANSLATE_NOOP("ServiceMessages", '存在しない日付です: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '存在しない年です: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1の期間にない日付です: %2'),
    QT_TRANSLATE_NOOP("ServiceMessages", '時刻として読めません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '存在しない時刻です: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '年齢として読めません: %1'),
    # domain/directory.py
    QT_TRANSLATE_NOOP("ServiceMessages", '現行の窓口には legal_basis が必要です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '2005年体制の窓口には legal_basis_2005 が必要です'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'format 1 のオブジェクトではありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'entries が空か配列ではありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'id %1 が重複しています'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'successor_id %1 がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '後継のある窓口には valid_to が必要です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '日付は YYYY-MM-DD の文字列で書いてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '日付が読めません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 は文字列でなければなりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '項目はオブジェクトでなければなりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '不明な項目 %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'kind %1 は %2 のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'regime %1 は %2 のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'sectors は文字列の配列です'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'sources は文字列の配列です'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'contact は phone/hours/url/note の文字列だけを持てます'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'valid_to が valid_from より前です'),
    # domain/offices.py
    QT_TRANSLATE_NOOP("ServiceMessages", '所属コードは6桁の数字です（例: 131016）'),
    # domain/pi_assessment.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'yes / no / undecided のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '論点コードの並びです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '保有主体コードです'),
    # domain/referrals.py
    QT_TRANSLATE_NOOP("ServiceMessages", '不明な状況です: %1 → %2'),
    QT_TRANSLATE_NOOP("ServiceMessages", '状況を戻すことはできません（%1 → %2）'),
    # domain/settings.py
    QT_TRANSLATE_NOOP("ServiceMessages", '不明な設定です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '整数を指定してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '文字列を指定してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 以上を指定してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 以下を指定してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 のいずれかを指定してください'),
    # paths.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'データディレクトリを作成できません: %1 (%2)'),
    # persistence/backup.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'ファイルがありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ファイルを読めません: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", '空のファイルです: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '暗号化されていないファイルは暗号化データベースに戻せません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '暗号化されたファイルです。パスフレーズを指定してください: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'SQLite のデータベースではありません（壊れています）: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'パスフレーズが違うか、壊れたファイルです: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '整合性の検査で問題が見つかりました: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースとして読めません: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", '相談記録のデータベースではありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'このバージョンより新しいアプリのデータです（スキーマ %1）。アプリを更新してください: %2'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースを使用中のプログラムがあります。アプリを終了してからやり直してください: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '復元元が現在のデータベースと同じファイルです: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースのディレクトリがありません: %1'),
    # persistence/database.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースのスキーマが古いか新しすぎます。counselor init で更新してください。'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'パスフレーズが違うか、暗号化された相談記録のデータベースではありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースファイルが壊れているか暗号化されています: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースファイルが壊れています: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースファイルを開けません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'PostgreSQL に接続できません: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースを開けません: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'このロールにはスキーマを更新する権限がありません。所有者のロールで counselor init を実行してください: %1 (%2)'),
    # persistence/engine.py
    QT_TRANSLATE_NOOP("ServiceMessages", "暗号化データベースには sqlcipher3 が必要です（pip install 'counselor-app[encryption]'）"),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースがありません: %1（先に counselor init を実行してください）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースのパスがディレクトリです: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースファイルを読めません: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'このデータベースは暗号化されていません（パスフレーズを指定せずに開いてください）: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースは暗号化されています。--passphrase-file（または COUNSELOR_PASSPHRASE_FILE）でパスフレーズを指定してください: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースファイルが壊れているか、SQLite のファイルではありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'データベースのURLが読めません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'SQLite はファイルを指定してください（:memory: は使えません）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '未対応のデータベースです: %1（SQLite または PostgreSQL）'),
    # persistence/migrate.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'このデータベース（スキーマ %1）はこのバージョンより新しいアプリで作成されています。アプリを更新してください。'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'このデータベースは相談記録のものではありません（表 %1 などがあります）: %2'),
    # persistence/repositories/case_repository.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'この相談は %1 が %2 に保存しています（版 %3）。上書きせずに、最新の内容を確認してください。'),
    # persistence/repositories/referral_repository.py
    QT_TRANSLATE_NOOP("ServiceMessages", '移送・紹介が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この移送・紹介は別の端末で更新されています。開き直してください。'),
    # persistence/repositories/sync_repository.py
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの内容が不正です: 日付か日時が読めません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データをデータベースに書き込めません（%1）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データをデータベースに書き込めません（%1: %2）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの内容が不正です: %1 の %2 の値が読めません'),
    # services/approval_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '決裁待ちではありません（状態：%1）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '差し戻せる状態ではありません（状態：%1）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '他の所属の相談は開けません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '決裁できるのは所長・主任相談員です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '他の所属の相談です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '相談が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この相談は %1 が更新しています（版 %2）。最新の内容を確認してから操作してください。'),
    QT_TRANSLATE_NOOP("ServiceMessages", '差し戻しの理由を入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'コメントは%1文字以内にしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '「%1」の相談は決裁に回せません'),
    # services/auth_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '現在のパスワードが違います'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ログインの失敗が続いたため、%1 までロックされています（管理者に解除を依頼できます）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'ログイン名またはパスワードが違います'),
    QT_TRANSLATE_NOOP("ServiceMessages", '所属名を入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '初期設定は済んでいます。管理者としてログインしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '初期設定は別の端末で済んでいます。管理者としてログインしてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'このログイン名は既に使われています'),
    # services/backup_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '復元は SQLite のデータベースだけでできます（PostgreSQL は pg_restore）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'PostgreSQL のバックアップはサーバー側で行ってください（pg_dump）'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'バックアップ先が現在のデータベースと同じファイルです'),
    # services/business_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '事業者名を入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '不明な項目です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '事業者が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '同じ事業者どうしは統合できません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '「%1」は既に別の事業者に統合されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '統合の記録が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この統合は既に取り消されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '先に「%1」から「%2」への統合を取り消してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1は主任相談員・所長が行います'),
    # services/case_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '決裁済みの相談は編集できません（差し戻してから編集してください）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '相手方 %1 がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '処理経過の内容を入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '相談番号 %1 の相談はありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '自分自身を再相談の元にはできません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '再相談のつながりが循環します'),
    # services/casebook_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '%1は所長・主任相談員（supervisor）の権限が必要です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '期間の終わりが始まりより前です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '形式は %1 のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '文字コードは %1 のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '文字コードは csv のときだけ選べます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '書き出し先のフォルダがありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: 相談が1件もありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: UTF-16 のファイルは読めません。UTF-8 か Shift_JIS で保存してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: %2 行: 文字コードを判別できません（UTF-8 でも Shift_JIS/CP932 でもありません）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: %2 行: CSV の書式が正しくありません (%3)'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: XLSX として読めません (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: シート「%2」の見出し行に結合セルがあります（%3）。結合を解除してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1: %2 行 %3 列: JSON の書式が正しくありません (%4)'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'CP932（Shift_JIS）で書けない文字があります: %1%2。置き換えを許可するか、UTF-8 で書き出してください'),
    # services/classification_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '%1は管理者だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1は主任・管理者だけができます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '文字列です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 文字以内です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '窓口が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '有効開始より前の日付です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '参照データで廃止されている窓口は取り消せません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '後継の窓口 %1 がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '自分自身を後継にはできません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '後継が循環しています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '後継の窓口がすでに廃止されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '1行目: 見出し行がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 バイト目: UTF-8 でも Shift_JIS（cp932）でも読めません'),
    # services/draft_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '下書きのキーが不正です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '下書きの内容を保存できません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '他の利用者の下書きです'),
    # services/office_scope.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'この所属コードの所属はありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この所属の報告書は作成できません'),
    # services/preferences.py
    QT_TRANSLATE_NOOP("ServiceMessages", '%1 のいずれかです'),
    QT_TRANSLATE_NOOP("ServiceMessages", '%1〜%2 の整数か null です'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'JSON オブジェクトではありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '未対応の format です（%1 のみ）'),
    # services/referral_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '種別 %1 がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '方法 %1 がありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '同意の範囲に不明な項目があります: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '本人の同意がないのに共有する項目が選ばれています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '回答期限が移送・紹介日より前です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '回答ありにするには回答の内容を入力してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '統計は所長・主任相談員が見られます'),
    QT_TRANSLATE_NOOP("ServiceMessages", '他の所属の移送・紹介です'),
    QT_TRANSLATE_NOOP("ServiceMessages", '窓口 %1 は窓口一覧にありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '「%1」は %2 に廃止されています。%3'),
    QT_TRANSLATE_NOOP("ServiceMessages", '「%1」は %2 より前にはありません'),
    # services/report_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'この相談番号の相談はありません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '統計の報告書は所長・主任相談員が作成します'),
    QT_TRANSLATE_NOOP("ServiceMessages", '対応事例集は所長・主任相談員が作成します'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'テーマごとの件数は 1〜%1 で指定してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '情報提供の報告書は所長・主任相談員が作成します'),
    QT_TRANSLATE_NOOP("ServiceMessages", '掲載する件数は 0 以上です（0 はすべて）'),
    # services/sync_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", '書き出し先がディレクトリです: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '書き出し先のディレクトリがありません: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルではありません（ディレクトリです）: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルが大きすぎます: %1'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データのファイルを読めません: %1 (%2)'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの中身が JSON として読めません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この支所データの所属 %1はこのデータベースに登録されていません。管理者が所属を登録してから取り込んでください（counselor office add %2 --name …）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データの中で相談番号 %1 が重複しています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '相談番号 %1 はこのデータベースで別の相談（UUID %2）に使われています。同じ所属コードを二つのデータベースで使っていないか確認してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '移送・紹介 %1 はこのデータベースで別の相談に記録されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '移送・紹介先の窓口 %1 がこのデータベースの窓口一覧にありません（counselor init で窓口一覧を更新してから取り込んでください）'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所の監査ログが以前に取り込んだものと一致しません（イベント #%1）。支所で counselor audit verify を実行してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所の監査ログの連鎖が壊れています（イベント #%1: %2）。支所で counselor audit verify を実行してください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '競合が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'この競合はすでに解決されています'),
    QT_TRANSLATE_NOOP("ServiceMessages", '競合している相談が見つかりません'),
    QT_TRANSLATE_NOOP("ServiceMessages", 'mine か theirs を選んでください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '表示したあとにこの相談が更新されました。もう一度開いて確かめてください'),
    QT_TRANSLATE_NOOP("ServiceMessages", '親の所属 %1 が登録されていません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '支所データを書き出せません: %1 (%2)'),
    # services/user_service.py
    QT_TRANSLATE_NOOP("ServiceMessages", 'その利用者はいません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '最後の管理者は無効にも降格にもできません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '所属 %1 は登録されていません'),
    QT_TRANSLATE_NOOP("ServiceMessages", '自分自身は無効にできません'),
)

# How services put messages together: "file: line N", "… (and N more)".
COMPOSITES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessages", "%1: %2 行"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1: シート「%2」 %3 行"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 列「%2」"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1行目 %2: %3"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1行目"),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1（ほか %2 件）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "パスフレーズ"),
    QT_TRANSLATE_NOOP("ServiceMessages", "パスワード"),
)

# ``where`` of an error: the field or key that is wrong.
_WHERE: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("ServiceMessages", "ログイン名"),
    "password": QT_TRANSLATE_NOOP("ServiceMessages", "パスワード"),
    "display_name": QT_TRANSLATE_NOOP("ServiceMessages", "表示名"),
    "role": QT_TRANSLATE_NOOP("ServiceMessages", "役割"),
    "office_code": QT_TRANSLATE_NOOP("ServiceMessages", "所属コード"),
    "office_name": QT_TRANSLATE_NOOP("ServiceMessages", "所属名"),
    "comment": QT_TRANSLATE_NOOP("ServiceMessages", "コメント"),
    "status": QT_TRANSLATE_NOOP("ServiceMessages", "状況"),
    "destination": QT_TRANSLATE_NOOP("ServiceMessages", "移送・紹介先"),
    "kind": QT_TRANSLATE_NOOP("ServiceMessages", "種別"),
    "method": QT_TRANSLATE_NOOP("ServiceMessages", "方法"),
    "due_date": QT_TRANSLATE_NOOP("ServiceMessages", "回答期限"),
    "reply_text": QT_TRANSLATE_NOOP("ServiceMessages", "回答の内容"),
    "consent_scope": QT_TRANSLATE_NOOP("ServiceMessages", "同意の範囲"),
    "successor_id": QT_TRANSLATE_NOOP("ServiceMessages", "後継の窓口"),
    "valid_to": QT_TRANSLATE_NOOP("ServiceMessages", "有効期限"),
    "related_case_uuid": QT_TRANSLATE_NOOP("ServiceMessages", "前回の相談"),
    "counterpart": QT_TRANSLATE_NOOP("ServiceMessages", "相手方"),
    "text": QT_TRANSLATE_NOOP("ServiceMessages", "内容"),
    "regime": QT_TRANSLATE_NOOP("ServiceMessages", "窓口一覧の体制"),
    "retention_years": QT_TRANSLATE_NOOP("ServiceMessages", "保存期間（年）"),
    "referral_due_business_days": QT_TRANSLATE_NOOP("ServiceMessages", "移送・紹介の回答期限（営業日）"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("ServiceMessages", "無操作でロックするまで（分）"),
    "backup_keep_days": QT_TRANSLATE_NOOP("ServiceMessages", "自動バックアップを残す日数"),
    "surge_case_count": QT_TRANSLATE_NOOP("ServiceMessages", "急増アラートの件数"),
    "surge_window_days": QT_TRANSLATE_NOOP("ServiceMessages", "急増アラートの期間（日）"),
    "autosave_seconds": QT_TRANSLATE_NOOP("ServiceMessages", "自動保存の間隔（秒）"),
}

# Generic sentences by error code, for a message no template matches (English only).
_FALLBACK: dict[str, str] = {
    "validation": QT_TRANSLATE_NOOP("ServiceMessages", "入力を確認してください"),
    "not_found": QT_TRANSLATE_NOOP("ServiceMessages", "見つかりません"),
    "conflict": QT_TRANSLATE_NOOP("ServiceMessages", "別の端末で更新されています。開き直してください"),
    "permission": QT_TRANSLATE_NOOP("ServiceMessages", "この役割ではできません"),
    "state": QT_TRANSLATE_NOOP("ServiceMessages", "今の状態ではできません"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@functools.cache
def _exact() -> frozenset[str]:
    return frozenset(t for t in (*TEMPLATES, *COMPOSITES) if not _PLACEHOLDER.search(t))


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex, template) for templates with values; the most specific (most literal text) first."""
    entries = []
    for template in dict.fromkeys((*TEMPLATES, *COMPOSITES)):
        if not _PLACEHOLDER.search(template):
            continue
        regex = "".join(
            f"(?P<v{part[1:]}>.+?)" if _PLACEHOLDER.fullmatch(part) else re.escape(part)
            for part in re.split(r"(%\d)", template)
            if part
        )
        literal = len(_PLACEHOLDER.sub("", template))
        entries.append((literal, re.compile(regex, re.S), template))
    entries.sort(key=lambda entry: -entry[0])
    return tuple((pattern, template) for _literal, pattern, template in entries)


def _match(text: str, depth: int) -> str | None:
    """The translation of ``text`` when it is a known message or template as a whole, else None."""
    if text in _exact():
        return _tr(text)
    rule = QCoreApplication.translate("RuleMessages", text)
    if rule != text:
        return rule
    for pattern, template in _patterns():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        translated = _tr(template)
        for name, value in found.groupdict().items():
            translated = translated.replace(f"%{name[1:]}", translate_message(value, _depth=depth + 1))
        return translated
    return None


def translate_message(text: str, *, _depth: int = 0) -> str:
    """A message from below the interface in the interface language (Japanese: unchanged).

    A message prefixed with where it happened ("file: line 3 column X: message") is split
    at the ": " after which a known message follows; both sides are translated.
    """
    if ui_language() == "ja" or not _JAPANESE.search(text) or _depth > _MAX_DEPTH:
        return text
    whole = _match(text, _depth)
    if whole is not None:
        return whole
    start = 0
    while (position := text.find(": ", start)) >= 0:
        tail = _match(text[position + 2 :], _depth)
        if tail is not None:
            return f"{translate_message(text[:position], _depth=_depth + 1)}: {tail}"
        start = position + 2
    head, separator, rest = text.partition(": ")
    if separator:
        return f"{translate_message(head, _depth=_depth + 1)}: {translate_message(rest, _depth=_depth + 1)}"
    return text


def where_text(where: str) -> str:
    """The field or place an error names, in the interface language."""
    if where in _WHERE:
        return _tr(_WHERE[where])
    label = field_label(where)
    return label if label != where else translate_message(where)


def error_text(error: BaseException, *, with_where: bool = True) -> str:
    """What a window says about an error raised below the interface."""
    if not isinstance(error, DomainError):
        return translate_message(str(error))
    message = translate_message(error.message)
    if ui_language() == "en" and _JAPANESE.search(message) and message == error.message:
        fallback = _FALLBACK.get(error.code)
        if fallback is not None:
            message = _tr(fallback)
    if with_where and error.where:
        return f"{where_text(error.where)}: {message}"
    return message
