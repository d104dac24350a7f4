<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja">
  <context>
    <name>AccessHistoryDialog</name>
    <message>
      <source>閲覧</source>
      <translation>Viewed</translation>
    </message>
    <message>
      <source>登録</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>更新</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>書き出し</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>印刷</source>
      <translation>Printed</translation>
    </message>
    <message>
      <source>決裁</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>差し戻し</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>決裁申請</source>
      <translation>Submitted for approval</translation>
    </message>
    <message>
      <source>削除</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>匿名化</source>
      <translation>Anonymised</translation>
    </message>
    <message>
      <source>アクセス履歴の閲覧</source>
      <translation>Viewed access history</translation>
    </message>
    <message>
      <source>移送・紹介</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>統合</source>
      <translation>Merged</translation>
    </message>
    <message>
      <source>アクセス履歴 — %1</source>
      <translation>Access history — %1</translation>
    </message>
    <message>
      <source>%1 の閲覧・変更・書き出し・印刷の記録（%2 件、監査ログより）</source>
      <translation>Views, changes, exports and prints of %1 (%2 events, from the audit trail)</translation>
    </message>
    <message>
      <source>日時</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>利用者</source>
      <translation>User</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>記録番号</source>
      <translation>Event no.</translation>
    </message>
    <message>
      <source>アクセス履歴</source>
      <translation>Access history</translation>
    </message>
    <message>
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>利用者の追加</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>英数字（例: sato.h）</source>
      <translation>Letters and digits (e.g. sato.h)</translation>
    </message>
    <message>
      <source>例: 佐藤 陽子</source>
      <translation>e.g. Sato Yoko</translation>
    </message>
    <message>
      <source>ログイン名</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>表示名</source>
      <translation>Display name</translation>
    </message>
    <message>
      <source>役割</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>パスワード</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>パスワード（確認）</source>
      <translation>Password (again)</translation>
    </message>
    <message>
      <source>追加</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>キャンセル</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>確認のパスワードが一致しません</source>
      <translation>The two passwords do not match</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>所属: %1（%2）</source>
      <translation>Office: %1 (%2)</translation>
    </message>
    <message>
      <source>データベースを開けません：%1

最新の正常なバックアップ（%2、%3）から復元しますか？
壊れたファイルは backups フォルダーに残します。</source>
      <translation>The database cannot be opened: %1

Restore the newest good backup (%2, %3)?
The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
      <source>相談記録 — データベースの復元</source>
      <translation>Case log — restore database</translation>
    </message>
    <message>
      <source>相談記録</source>
      <translation>Case Log</translation>
    </message>
    <message>
      <source>パスフレーズが違います。もう一度入力してください。</source>
      <translation>Wrong passphrase. Please enter it again.</translation>
    </message>
    <message>
      <source>%1
使えるバックアップが見つかりません（%2）。</source>
      <translation>%1
No usable backup was found (%2).</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>受付日時</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>受付方法</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>件名</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>事業者</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>商品・役務</source>
      <translation>Product/service</translation>
    </message>
    <message>
      <source>個人情報</source>
      <translation>Personal info</translation>
    </message>
    <message>
      <source>担当</source>
      <translation>Counselor</translation>
    </message>
  </context>
  <context>
    <name>DeskSession</name>
    <message>
      <source>監査ログの検証</source>
      <translation>Verify audit log</translation>
    </message>
    <message>
      <source>監査ログ %1 件を検証しました。改ざんは見つかりません。</source>
      <translation>Verified %1 audit events. No tampering found.</translation>
    </message>
    <message>
      <source>監査ログの検証に失敗しました：イベント #%1（%2）</source>
      <translation>Audit trail verification failed: event #%1 (%2)</translation>
    </message>
    <message>
      <source>バックアップの作成</source>
      <translation>Create backup</translation>
    </message>
    <message>
      <source>バックアップを作成しました：%1</source>
      <translation>Backup written: %1</translation>
    </message>
    <message>
      <source>相談記録</source>
      <translation>Case Log</translation>
    </message>
    <message>
      <source>バックアップの保存先</source>
      <translation>Save backup as</translation>
    </message>
    <message>
      <source>データベース (*.db)</source>
      <translation>Database (*.db)</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>相談記録 — 初期設定</source>
      <translation>Case log — first-time setup</translation>
    </message>
    <message>
      <source>はじめに、所属と管理者を登録します</source>
      <translation>First, register the office and its administrator</translation>
    </message>
    <message>
      <source>管理者は利用者の追加、設定の変更、バックアップと匿名化を行います。相談員・所長の利用者は、このあと「管理 → 利用者」で追加してください。</source>
      <translation>The administrator adds users, changes settings, makes backups and runs anonymisation. Add counselors and supervisors afterwards under Administration → Users.</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>6桁の数字（例: 131016）</source>
      <translation>6 digits (e.g. 131016)</translation>
    </message>
    <message>
      <source>例: さくら市消費生活センター</source>
      <translation>e.g. Sakura City Consumer Affairs Center</translation>
    </message>
    <message>
      <source>所属コード</source>
      <translation>Office code</translation>
    </message>
    <message>
      <source>所属名</source>
      <translation>Office name</translation>
    </message>
    <message>
      <source>管理者</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>英数字（例: kanri）</source>
      <translation>Letters and digits (e.g. admin)</translation>
    </message>
    <message>
      <source>例: 山田 太郎</source>
      <translation>e.g. Yamada Taro</translation>
    </message>
    <message>
      <source>%1文字以上</source>
      <translation>at least %1 characters</translation>
    </message>
    <message>
      <source>ログイン名</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>表示名</source>
      <translation>Display name</translation>
    </message>
    <message>
      <source>パスワード</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>パスワード（確認）</source>
      <translation>Password (again)</translation>
    </message>
    <message>
      <source>登録してはじめる</source>
      <translation>Register and start</translation>
    </message>
    <message>
      <source>終了</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>確認のパスワードが一致しません</source>
      <translation>The two passwords do not match</translation>
    </message>
    <message>
      <source>登録できません: %1</source>
      <translation>Cannot register: %1</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>画面ロック中</source>
      <translation>Screen locked</translation>
    </message>
    <message>
      <source>相談記録 — ログイン</source>
      <translation>Case log — sign in</translation>
    </message>
    <message>
      <source>相談記録</source>
      <translation>Case Log</translation>
    </message>
    <message>
      <source>操作がなかったため画面をロックしました。続けるにはパスワードを入力してください。</source>
      <translation>The screen was locked after a period without activity. Enter your password to continue.</translation>
    </message>
    <message>
      <source>ログイン名とパスワードを入力してください。</source>
      <translation>Enter your login and password.</translation>
    </message>
    <message>
      <source>ログイン名</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>パスワード</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>メッセージ</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>ログイン</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>終了</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>ログイン名とパスワードを入力してください</source>
      <translation>Enter your login and password</translation>
    </message>
    <message>
      <source>確認しています…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>ログインの失敗が続いたため、%1 までロックされています（管理者に解除を依頼できます）</source>
      <translation>Too many failed sign-ins: locked until %1 (an administrator can unlock it)</translation>
    </message>
    <message>
      <source>ログイン名またはパスワードが違います</source>
      <translation>Wrong login or password</translation>
    </message>
    <message>
      <source>ログインできません: %1</source>
      <translation>Cannot sign in: %1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>相談記録</source>
      <translation>Case Log</translation>
    </message>
    <message>
      <source>この機能は準備中です</source>
      <translation>This feature is not available yet</translation>
    </message>
    <message>
      <source>ファイル(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>新しい相談(&amp;N)</source>
      <translation>&amp;New case</translation>
    </message>
    <message>
      <source>相談の取り込み(&amp;I)…</source>
      <translation>&amp;Import cases…</translation>
    </message>
    <message>
      <source>事例集の書き出し(&amp;E)…</source>
      <translation>&amp;Export casebook…</translation>
    </message>
    <message>
      <source>支所データの書き出し…</source>
      <translation>Export branch bundle…</translation>
    </message>
    <message>
      <source>支所データの取り込み…</source>
      <translation>Import branch bundle…</translation>
    </message>
    <message>
      <source>画面をロック(&amp;L)</source>
      <translation>&amp;Lock screen</translation>
    </message>
    <message>
      <source>終了(&amp;Q)</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>相談(&amp;C)</source>
      <translation>&amp;Cases</translation>
    </message>
    <message>
      <source>開く(&amp;O)</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>検索(&amp;S)</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <source>最新の状態に更新(&amp;R)</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <source>アクセス履歴(&amp;H)…</source>
      <translation>Access &amp;history…</translation>
    </message>
    <message>
      <source>報告書(&amp;R)</source>
      <translation>&amp;Reports</translation>
    </message>
    <message>
      <source>月報（統計）…</source>
      <translation>Monthly statistics…</translation>
    </message>
    <message>
      <source>相談カード…</source>
      <translation>Case card…</translation>
    </message>
    <message>
      <source>対応事例集…</source>
      <translation>Casebook of examples…</translation>
    </message>
    <message>
      <source>管理(&amp;A)</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <source>窓口一覧…</source>
      <translation>Directory of windows…</translation>
    </message>
    <message>
      <source>事業者（名寄せ）…</source>
      <translation>Businesses (name matching)…</translation>
    </message>
    <message>
      <source>利用者…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <source>設定…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <source>監査ログの検証</source>
      <translation>Verify audit log</translation>
    </message>
    <message>
      <source>バックアップの作成…</source>
      <translation>Create backup…</translation>
    </message>
    <message>
      <source>保存期間による匿名化…</source>
      <translation>Anonymise after retention period…</translation>
    </message>
    <message>
      <source>表示(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>文字を大きく</source>
      <translation>Larger text</translation>
    </message>
    <message>
      <source>文字を小さく</source>
      <translation>Smaller text</translation>
    </message>
    <message>
      <source>ヘルプ(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>バージョン情報</source>
      <translation>About</translation>
    </message>
    <message>
      <source>件名・相談概要・事業者・相談番号で検索（Ctrl+F）</source>
      <translation>Search subject, summary, business or case no. (Ctrl+F)</translation>
    </message>
    <message>
      <source>検索</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>年度</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>全年度</source>
      <translation>All fiscal years</translation>
    </message>
    <message>
      <source>%1年度（%2）</source>
      <translation>FY%1</translation>
    </message>
    <message>
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>すべての状態</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>個人情報</source>
      <translation>Personal info</translation>
    </message>
    <message>
      <source>個人情報：すべて</source>
      <translation>Personal info: all</translation>
    </message>
    <message>
      <source>個人情報：</source>
      <translation>Personal info: </translation>
    </message>
    <message>
      <source>移送・紹介</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>移送・紹介：すべて</source>
      <translation>Referrals: all</translation>
    </message>
    <message>
      <source>移送・紹介：未完了</source>
      <translation>Referrals: open</translation>
    </message>
    <message>
      <source>移送・紹介：期限超過</source>
      <translation>Referrals: overdue</translation>
    </message>
    <message>
      <source>新しい相談（Ctrl+N）</source>
      <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
      <source>新しい相談</source>
      <translation>New case</translation>
    </message>
    <message>
      <source>相談一覧</source>
      <translation>Case list</translation>
    </message>
    <message>
      <source>相談の概要</source>
      <translation>Case summary</translation>
    </message>
    <message>
      <source>所属: %1（%2）</source>
      <translation>Office: %1 (%2)</translation>
    </message>
    <message>
      <source>利用者: %1</source>
      <translation>User: %1</translation>
    </message>
    <message>
      <source>データベース: %1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <source>表示 %1 件</source>
      <translation>%1 cases shown</translation>
    </message>
    <message>
      <source>消費生活相談の記録と個人情報関連相談の振り分け</source>
      <translation>Consumer consultation records and routing of personal-information cases</translation>
    </message>
    <message>
      <source>フォント: IPAexゴシック（IPAフォントライセンスv1.0）</source>
      <translation>Font: IPAexGothic (IPA Font License v1.0)</translation>
    </message>
    <message>
      <source>相談を選ぶと、ここに概要が表示されます。Enter で開きます。</source>
      <translation>Select a case to see its summary here. Press Enter to open it.</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>受付</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>受付方法</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>相談区分</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>契約当事者</source>
      <translation>Contract party</translation>
    </message>
    <message>
      <source>事業者</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>商品・役務</source>
      <translation>Product/service</translation>
    </message>
    <message>
      <source>販売購入形態</source>
      <translation>Sales form</translation>
    </message>
    <message>
      <source>販売方法・手口</source>
      <translation>Sales methods</translation>
    </message>
    <message>
      <source>契約購入金額</source>
      <translation>Contract amount</translation>
    </message>
    <message>
      <source>既支払金額</source>
      <translation>Amount paid</translation>
    </message>
    <message>
      <source>処理結果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>（件名なし）</source>
      <translation>(no subject)</translation>
    </message>
    <message>
      <source>%1円</source>
      <translation>¥%1</translation>
    </message>
    <message>
      <source>この役割では使えません</source>
      <translation>Not available for your role</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>相談記録 — 暗号化データベース</source>
      <translation>Case log — encrypted database</translation>
    </message>
    <message>
      <source>このデータベースは暗号化されています。開くにはパスフレーズを入力してください。</source>
      <translation>This database is encrypted. Enter its passphrase to open it.</translation>
    </message>
    <message>
      <source>パスフレーズ</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>開く</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>終了</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>パスフレーズを入力してください</source>
      <translation>Enter the passphrase</translation>
    </message>
  </context>
  <context>
    <name>PasswordResetDialog</name>
    <message>
      <source>パスワードの再設定</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <source>%1 の新しいパスワード</source>
      <translation>New password for %1</translation>
    </message>
    <message>
      <source>パスワード</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>パスワード（確認）</source>
      <translation>Password (again)</translation>
    </message>
    <message>
      <source>再設定</source>
      <translation>Reset</translation>
    </message>
    <message>
      <source>キャンセル</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>確認のパスワードが一致しません</source>
      <translation>The two passwords do not match</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <source>匿名化の実行</source>
      <translation>Run anonymisation</translation>
    </message>
    <message>
      <source>保存期間による匿名化</source>
      <translation>Anonymisation after the retention period</translation>
    </message>
    <message>
      <source>保存期間を過ぎた完了済みの相談から、氏名・電話番号・住所などの個人情報を取り除きます。年代・性別・職業・地域・商品・金額などの統計項目は残ります。元に戻すことはできません。</source>
      <translation>Removes personal data such as names, phone numbers and addresses from closed cases past the retention period. Statistical fields (age band, gender, occupation, area, product, amounts) stay. This cannot be undone.</translation>
    </message>
    <message>
      <source>受付年度</source>
      <translation>Fiscal year received</translation>
    </message>
    <message>
      <source>件数</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>匿名化を実行…</source>
      <translation>Anonymise…</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>保存期間 %1 年：%2 より前に完了した相談 %3 件が対象です。</source>
      <translation>Retention %1 years: %3 cases closed before %2 are due.</translation>
    </message>
    <message>
      <source>%1年度（%2）</source>
      <translation>FY%1</translation>
    </message>
    <message>
      <source>不明</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>%1 件の相談の個人情報を取り除きます。元に戻せません。実行しますか？</source>
      <translation>Remove the personal data of %1 cases? This cannot be undone.</translation>
    </message>
    <message>
      <source>匿名化しています…</source>
      <translation>Anonymising…</translation>
    </message>
    <message>
      <source>%1 件の相談を匿名化しました（監査ログに記録しました）。</source>
      <translation>Anonymised %1 cases (recorded in the audit trail).</translation>
    </message>
    <message>
      <source>匿名化できませんでした: %1</source>
      <translation>Anonymisation failed: %1</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <source>相談員</source>
      <translation>Counselor</translation>
    </message>
    <message>
      <source>所長・主任相談員</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>管理者</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1文字以上</source>
      <translation>at least %1 characters</translation>
    </message>
    <message>
      <source>役割の変更</source>
      <translation>Change role</translation>
    </message>
    <message>
      <source>%1 の役割</source>
      <translation>Role of %1</translation>
    </message>
    <message>
      <source>確認</source>
      <translation>Confirm</translation>
    </message>
    <message>
      <source>利用者の管理</source>
      <translation>User administration</translation>
    </message>
    <message>
      <source>ログイン名</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>表示名</source>
      <translation>Display name</translation>
    </message>
    <message>
      <source>役割</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>最終ログイン</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <source>利用者の一覧</source>
      <translation>User list</translation>
    </message>
    <message>
      <source>追加…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>パスワード再設定…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <source>役割の変更…</source>
      <translation>Change role…</translation>
    </message>
    <message>
      <source>無効にする</source>
      <translation>Disable</translation>
    </message>
    <message>
      <source>ロック解除</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>有効</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>無効</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>ロック中</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>パスワード未設定</source>
      <translation>No password</translation>
    </message>
    <message>
      <source>有効にする</source>
      <translation>Enable</translation>
    </message>
    <message>
      <source>%1 を追加しました</source>
      <translation>Added %1</translation>
    </message>
    <message>
      <source>%1 のパスワードを再設定しました</source>
      <translation>Password of %1 reset</translation>
    </message>
    <message>
      <source>%1 の役割を変更しました</source>
      <translation>Role of %1 changed</translation>
    </message>
    <message>
      <source>%1 を無効にしますか？（記録は残ります）</source>
      <translation>Disable %1? (Their records are kept.)</translation>
    </message>
    <message>
      <source>%1 を更新しました</source>
      <translation>Updated %1</translation>
    </message>
    <message>
      <source>%1 のロックを解除しました</source>
      <translation>Unlocked %1</translation>
    </message>
  </context>
</TS>