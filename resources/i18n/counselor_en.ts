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
    <name>AgeInput</name>
    <message>
      <source>年齢は数字で入力してください</source>
      <translation>Enter the age as a number</translation>
    </message>
  </context>
  <context>
    <name>AmountInput</name>
    <message>
      <source>例: 1万2千円</source>
      <translation>e.g. 12000</translation>
    </message>
    <message>
      <source>= %1円</source>
      <translation>= ¥%1</translation>
    </message>
    <message>
      <source>金額として読めません（例: 12000、1万2千円）</source>
      <translation>Not an amount (e.g. 12000 or 12,000)</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>所属: %1（%2）</source>
      <translation>Office: %1 (%2)</translation>
    </message>
    <message>
      <source>相談記録</source>
      <translation>Case Log</translation>
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
    <name>Appearance</name>
    <message>
      <source>個人設定を保存できません：%1</source>
      <translation>Your preferences could not be saved: %1</translation>
    </message>
  </context>
  <context>
    <name>ApprovalQueueWindow</name>
    <message>
      <source>決裁待ち一覧</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>最新の状態に更新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>決裁待ちの相談</source>
      <translation>Cases awaiting approval</translation>
    </message>
    <message>
      <source>提出日時</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>受付日</source>
      <translation>Received on</translation>
    </message>
    <message>
      <source>件名</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>担当</source>
      <translation>Counselor</translation>
    </message>
    <message>
      <source>個人情報</source>
      <translation>Personal info</translation>
    </message>
    <message>
      <source>相談の概要</source>
      <translation>Case summary</translation>
    </message>
    <message>
      <source>決裁する</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>差し戻す…</source>
      <translation>Return…</translation>
    </message>
    <message>
      <source>相談カードを表示</source>
      <translation>Show case card</translation>
    </message>
    <message>
      <source>（件名なし）</source>
      <translation>(no subject)</translation>
    </message>
    <message>
      <source>決裁待ち %1 件</source>
      <translation>%1 awaiting approval</translation>
    </message>
    <message>
      <source>決裁</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>%1 を決裁します。決裁後は差し戻すまで編集できません。よろしいですか。</source>
      <translation>Approve %1? Once approved it cannot be edited unless it is returned.</translation>
    </message>
    <message>
      <source>差し戻し</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>%1 を担当者に差し戻します。理由を入力してください。</source>
      <translation>Return %1 to its counselor. Please give the reason.</translation>
    </message>
    <message>
      <source>%1 を決裁しました</source>
      <translation>%1 approved</translation>
    </message>
    <message>
      <source>%1 を差し戻しました</source>
      <translation>%1 returned to its counselor</translation>
    </message>
    <message>
      <source>決裁待ちの相談はありません。</source>
      <translation>No cases are awaiting approval.</translation>
    </message>
    <message>
      <source>相談を選ぶと概要が表示されます。</source>
      <translation>Select a case to see its summary.</translation>
    </message>
    <message>
      <source>契約 %1円</source>
      <translation>Contract ¥%1</translation>
    </message>
    <message>
      <source>既払 %1円</source>
      <translation>Paid ¥%1</translation>
    </message>
    <message>
      <source>受付</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>受付方法・区分</source>
      <translation>Channel / category</translation>
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
      <source>金額</source>
      <translation>Amounts</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>処理結果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>移送・紹介</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>%1 件</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>提出</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>相談概要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>処理経過</source>
      <translation>Handling log</translation>
    </message>
    <message>
      <source>決裁の記録</source>
      <translation>Approval record</translation>
    </message>
  </context>
  <context>
    <name>BundleExportDialog</name>
    <message>
      <source>支所データの書き出し</source>
      <translation>Export branch data</translation>
    </message>
    <message>
      <source>この端末の相談を、暗号化した1つのファイルに書き出します。USBメモリなどでセンターに運び、センターで「支所データの取り込み」をします。同じファイルを二度取り込んでも重複しません。</source>
      <translation>Writes this desk's cases into one encrypted file. Take it to the center (on a USB stick, for example) and use “Import branch data” there. Importing the same file twice creates no duplicates.</translation>
    </message>
    <message>
      <source>すべての相談（初回や、まとめて送るとき）</source>
      <translation>All cases (the first time, or to send everything)</translation>
    </message>
    <message>
      <source>この日以降に変わった相談だけ</source>
      <translation>Only cases changed on or after</translation>
    </message>
    <message>
      <source>この日以降</source>
      <translation>Changed on or after</translation>
    </message>
    <message>
      <source>書き出す範囲</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>パスフレーズ</source>
      <translation>passphrase</translation>
    </message>
    <message>
      <source>%1文字以上</source>
      <translation>at least %1 characters</translation>
    </message>
    <message>
      <source>パスフレーズ（確認）</source>
      <translation>Passphrase (again)</translation>
    </message>
    <message>
      <source>もう一度</source>
      <translation>Again</translation>
    </message>
    <message>
      <source>パスフレーズはファイルと一緒に運ばず、電話など別の方法でセンターに伝えてください。</source>
      <translation>Do not carry the passphrase with the file: tell the center another way, by phone for example.</translation>
    </message>
    <message>
      <source>書き出し先</source>
      <translation>Save to</translation>
    </message>
    <message>
      <source>選ぶ…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>書き出す</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>支所データの書き出し先</source>
      <translation>Save branch data as</translation>
    </message>
    <message>
      <source>支所データ (*.bundle)</source>
      <translation>Branch data (*.bundle)</translation>
    </message>
    <message>
      <source>パスフレーズは %1 文字以上にしてください</source>
      <translation>The passphrase needs at least %1 characters</translation>
    </message>
    <message>
      <source>確認用のパスフレーズが一致しません</source>
      <translation>The two passphrases differ</translation>
    </message>
    <message>
      <source>書き出し先を指定してください</source>
      <translation>Choose where to save</translation>
    </message>
    <message>
      <source>書き出しています…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>書き出しました: 相談 %1 件、事業者 %2 件、監査ログ %3 件（%4）</source>
      <translation>Exported %1 cases, %2 businesses, %3 audit events (%4)</translation>
    </message>
    <message>
      <source>書き出せませんでした: %1</source>
      <translation>Export failed: %1</translation>
    </message>
  </context>
  <context>
    <name>BundleImportDialog</name>
    <message>
      <source>支所データの取り込み</source>
      <translation>Import branch data</translation>
    </message>
    <message>
      <source>取り込むファイル</source>
      <translation>File to import</translation>
    </message>
    <message>
      <source>支所で書き出したファイル（.bundle）</source>
      <translation>The file exported at the branch (.bundle)</translation>
    </message>
    <message>
      <source>選ぶ…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>ファイル</source>
      <translation>File</translation>
    </message>
    <message>
      <source>パスフレーズ</source>
      <translation>passphrase</translation>
    </message>
    <message>
      <source>まず「件数を確認」で、新しく加わる相談・更新される相談・競合する相談の件数を確かめてください。まだ何も書き込みません。</source>
      <translation>First use “Check counts” to see how many cases are new, updated or in conflict. Nothing is written yet.</translation>
    </message>
    <message>
      <source>新規</source>
      <translation>New</translation>
    </message>
    <message>
      <source>更新分</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>競合</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>変更なし</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>取り込みの内容</source>
      <translation>What the import does</translation>
    </message>
    <message>
      <source>件数を確認</source>
      <translation>Check counts</translation>
    </message>
    <message>
      <source>この所属を登録する</source>
      <translation>Register this office</translation>
    </message>
    <message>
      <source>取り込む</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>競合を解決…</source>
      <translation>Resolve conflicts…</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>取り込む支所データ</source>
      <translation>Branch data to import</translation>
    </message>
    <message>
      <source>支所データ (*.bundle);;すべてのファイル (*)</source>
      <translation>Branch data (*.bundle);;All files (*)</translation>
    </message>
    <message>
      <source>取り込むファイルを選んでください</source>
      <translation>Choose the file to import</translation>
    </message>
    <message>
      <source>パスフレーズを入力してください</source>
      <translation>Enter the passphrase</translation>
    </message>
    <message>
      <source>確認しています…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <source>この支所データは %1 に取り込み済みです。もう一度取り込んでも何も変わりません。</source>
      <translation>This branch data was imported on %1. Importing it again changes nothing.</translation>
    </message>
    <message>
      <source>%1が%2に書き出した支所データです。取り込むと、下の件数のとおりに反映します。</source>
      <translation>Branch data exported by %1 on %2. Importing applies the counts below.</translation>
    </message>
    <message>
      <source>競合 %1 件: この端末と支所の両方で変更された相談です。上書きせずに残し、取り込み後に所長・主任相談員が一件ずつ選びます。</source>
      <translation>%1 conflicts: cases changed both here and at the branch. They are not overwritten; after the import a supervisor chooses, case by case.</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>更新（支所でだけ変更された相談）:</source>
      <translation>Updated (changed only at the branch):</translation>
    </message>
    <message>
      <source>ほか %1 件</source>
      <translation>and %1 more</translation>
    </message>
    <message>
      <source>新規:</source>
      <translation>New:</translation>
    </message>
    <message>
      <source>新しい事業者 %1 件</source>
      <translation>%1 new businesses</translation>
    </message>
    <message>
      <source>支所の監査ログ %1 件</source>
      <translation>%1 branch audit events</translation>
    </message>
    <message>
      <source>支所の窓口 %1 件</source>
      <translation>%1 branch directory entries</translation>
    </message>
    <message>
      <source>以前に取り込んだものより古い相談 %1 件（取り込みません）</source>
      <translation>%1 cases older than ones imported before (not imported)</translation>
    </message>
    <message>
      <source>%1 以降に変わった相談だけを含みます</source>
      <translation>Holds only cases changed since %1</translation>
    </message>
    <message>
      <source>取り込んでいます…（全件を1つの処理で反映します）</source>
      <translation>Importing… (all cases in one transaction)</translation>
    </message>
    <message>
      <source>取り込みました: 新規 %1 件、更新 %2 件、競合 %3 件。</source>
      <translation>Imported: %1 new, %2 updated, %3 conflicts.</translation>
    </message>
    <message>
      <source>競合した相談は上書きしていません。「競合を解決…」で一件ずつ選んでください。</source>
      <translation>Conflicting cases were not overwritten. Choose case by case under “Resolve conflicts…”.</translation>
    </message>
    <message>
      <source>取り込めません（何も変更していません）: %1</source>
      <translation>Cannot import (nothing was changed): %1</translation>
    </message>
    <message>
      <source>管理者に、この所属の登録を依頼してください。</source>
      <translation>Ask an administrator to register this office.</translation>
    </message>
  </context>
  <context>
    <name>BusinessPicker</name>
    <message>
      <source>事業者名・屋号の一部を入力（全角・半角・かなの違いは無視）</source>
      <translation>Type part of the business or trade name (width and kana differences ignored)</translation>
    </message>
    <message>
      <source>%1　— %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>＋「%1」を新しい事業者として登録…</source>
      <translation>+ Register “%1” as a new business…</translation>
    </message>
  </context>
  <context>
    <name>BusinessStep</name>
    <message>
      <source>事業者(&amp;B)</source>
      <translation>&amp;Business</translation>
    </message>
    <message>
      <source>新しい事業者を登録簿に登録</source>
      <translation>Register a new business</translation>
    </message>
    <message>
      <source>13桁（わかれば）</source>
      <translation>13 digits (if known)</translation>
    </message>
    <message>
      <source>事業者名</source>
      <translation>Business name</translation>
    </message>
    <message>
      <source>法人番号</source>
      <translation>Corporate number</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>所在地</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>登録して選ぶ</source>
      <translation>Register and choose</translation>
    </message>
    <message>
      <source>やめる</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>登録簿にない名前のまま記録することもできます（後で名寄せできます）。↓キーで候補、Enterで選択、Escで閉じる。</source>
      <translation>You may record a name that is not in the registry (it can be matched later). Down: suggestions, Enter: choose, Esc: close.</translation>
    </message>
    <message>
      <source>事業者</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>登録簿の事業者</source>
      <translation>Registry business</translation>
    </message>
    <message>
      <source>法人番号 %1</source>
      <translation>Corporate no. %1</translation>
    </message>
    <message>
      <source>　／　</source>
      <translation>  /  </translation>
    </message>
    <message>
      <source>登録簿にない事業者名として記録します（Enterで候補・新規登録）</source>
      <translation>Recorded as a name not in the registry (Enter: suggestions, register)</translation>
    </message>
    <message>
      <source>事業者名を入力してください</source>
      <translation>Enter the business name</translation>
    </message>
    <message>
      <source>法人番号は13桁で、検査用数字が合う必要があります</source>
      <translation>A corporate number has 13 digits with a matching check digit</translation>
    </message>
    <message>
      <source>登録できませんでした。入力を確かめてください。</source>
      <translation>Could not register. Check the input.</translation>
    </message>
  </context>
  <context>
    <name>BusinessWindow</name>
    <message>
      <source>事業者（名寄せ）</source>
      <translation>Businesses (name matching)</translation>
    </message>
    <message>
      <source>事業者名・法人番号・電話番号で検索（株式会社と（株）、全角と半角は区別しません）</source>
      <translation>Search by business name, corporate number or phone (company-form abbreviations and character widths are ignored)</translation>
    </message>
    <message>
      <source>事業者の検索</source>
      <translation>Search businesses</translation>
    </message>
    <message>
      <source>事業者名</source>
      <translation>Business name</translation>
    </message>
    <message>
      <source>一致の理由・件数</source>
      <translation>Why it matches / cases</translation>
    </message>
    <message>
      <source>検索結果</source>
      <translation>Search results</translation>
    </message>
    <message>
      <source>情報提供の報告書…</source>
      <translation>Information report…</translation>
    </message>
    <message>
      <source>省庁の窓口への情報提供の報告書を作成</source>
      <translation>Create an information report for a ministry window</translation>
    </message>
    <message>
      <source>この事業者の相談を匿名化した一覧と、件数・金額・手口の傾向を PDF にまとめます</source>
      <translation>Puts this business's cases, anonymised, with counts, amounts and sales-method patterns into a PDF</translation>
    </message>
    <message>
      <source>法人番号</source>
      <translation>Corporate number</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>名称・別名</source>
      <translation>Names and aliases</translation>
    </message>
    <message>
      <source>相談</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>金額</source>
      <translation>Amounts</translation>
    </message>
    <message>
      <source>相談一覧</source>
      <translation>Case list</translation>
    </message>
    <message>
      <source>件数の内訳</source>
      <translation>Breakdown</translation>
    </message>
    <message>
      <source>名寄せ・統合</source>
      <translation>Matching and merges</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>受付日時</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>商品・役務</source>
      <translation>Product/service</translation>
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
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>記録された事業者名</source>
      <translation>Name as recorded</translation>
    </message>
    <message>
      <source>この事業者の相談</source>
      <translation>Cases about this business</translation>
    </message>
    <message>
      <source>件数</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>商品・役務別の件数</source>
      <translation>Cases by product / service</translation>
    </message>
    <message>
      <source>販売方法・手口別の件数</source>
      <translation>Cases by sales method</translation>
    </message>
    <message>
      <source>所属別の件数</source>
      <translation>Cases by office</translation>
    </message>
    <message>
      <source>同一の可能性がある記録</source>
      <translation>Records that may be the same business</translation>
    </message>
    <message>
      <source>一致の理由</source>
      <translation>Why it matches</translation>
    </message>
    <message>
      <source>選んだ記録をこの事業者に統合…</source>
      <translation>Merge the selected record into this business…</translation>
    </message>
    <message>
      <source>統合の履歴</source>
      <translation>Merge history</translation>
    </message>
    <message>
      <source>統合した記録</source>
      <translation>Merged record</translation>
    </message>
    <message>
      <source>統合日時</source>
      <translation>Merged at</translation>
    </message>
    <message>
      <source>統合の記録</source>
      <translation>Merge history</translation>
    </message>
    <message>
      <source>選んだ統合を取り消す…</source>
      <translation>Undo the selected merge…</translation>
    </message>
    <message>
      <source>統合と取り消しは主任相談員・所長が行います。</source>
      <translation>Merges and undoing them are done by supervisors.</translation>
    </message>
    <message>
      <source>登録事業者 %1 件</source>
      <translation>%1 businesses registered</translation>
    </message>
    <message>
      <source>「%1」の検索結果 %2 件</source>
      <translation>Results for “%1”: %2</translation>
    </message>
    <message>
      <source>「%1」に一致する事業者はありません</source>
      <translation>No business matches “%1”</translation>
    </message>
    <message>
      <source>最近1年の相談が多い事業者</source>
      <translation>Businesses with the most cases in the last year</translation>
    </message>
    <message>
      <source>%1 件</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <source>法人番号が一致</source>
      <translation>Same corporate number</translation>
    </message>
    <message>
      <source>電話番号が一致</source>
      <translation>Same phone number</translation>
    </message>
    <message>
      <source>名称が一致</source>
      <translation>Same name</translation>
    </message>
    <message>
      <source>名称に「%1」を含む</source>
      <translation>Name contains “%1”</translation>
    </message>
    <message>
      <source>名称の一部が一致</source>
      <translation>Part of the name matches</translation>
    </message>
    <message>
      <source>名称が類似（%1%）</source>
      <translation>Similar name (%1%)</translation>
    </message>
    <message>
      <source>事業者を選んでください</source>
      <translation>Choose a business</translation>
    </message>
    <message>
      <source>未登録</source>
      <translation>not registered</translation>
    </message>
    <message>
      <source>なし</source>
      <translation>none</translation>
    </message>
    <message>
      <source>契約購入金額 %1　既支払金額 %2</source>
      <translation>Contract amount %1   Paid %2</translation>
    </message>
    <message>
      <source>まだありません</source>
      <translation>none yet</translation>
    </message>
    <message>
      <source>%1 件（所属 %2 か所）</source>
      <translation>%1 (offices: %2)</translation>
    </message>
    <message>
      <source>　%1〜%2</source>
      <translation>   %1 – %2</translation>
    </message>
    <message>
      <source>記録なし</source>
      <translation>not recorded</translation>
    </message>
    <message>
      <source>合計 %1円・平均 %2円（%3 件）</source>
      <translation>total ¥%1, average ¥%2 (%3 cases)</translation>
    </message>
    <message>
      <source>%1円</source>
      <translation>¥%1</translation>
    </message>
    <message>
      <source>新しい %1 件を表示しています（全 %2 件）。</source>
      <translation>Showing the newest %1 of %2 cases. </translation>
    </message>
    <message>
      <source>ほかの所属の相談 %1 件は件数と金額にだけ含めています。</source>
      <translation>%1 cases of other offices are included in the counts and amounts only.</translation>
    </message>
    <message>
      <source>相談一覧（%1）</source>
      <translation>Cases (%1)</translation>
    </message>
    <message>
      <source>（未分類）</source>
      <translation>(unclassified)</translation>
    </message>
    <message>
      <source>その他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>統合中</source>
      <translation>in force</translation>
    </message>
    <message>
      <source>取り消し済み（%1）</source>
      <translation>undone (%1)</translation>
    </message>
    <message>
      <source>%1 が統合</source>
      <translation>merged by %1</translation>
    </message>
    <message>
      <source>名寄せ・統合（候補 %1）</source>
      <translation>Matching and merges (%1 candidates)</translation>
    </message>
    <message>
      <source>「%1」を「%2」に統合します。相談と別名は「%2」に移ります（あとで取り消せます）。よろしいですか。</source>
      <translation>Merge “%1” into “%2”? Its cases and aliases move to “%2” (this can be undone later).</translation>
    </message>
    <message>
      <source>事業者の統合</source>
      <translation>Merge businesses</translation>
    </message>
    <message>
      <source>「%1」の統合を取り消します。移した相談と別名は元の記録に戻ります。よろしいですか。</source>
      <translation>Undo the merge of “%1”? The cases and aliases that were moved go back to it.</translation>
    </message>
    <message>
      <source>統合の取り消し</source>
      <translation>Undo merge</translation>
    </message>
    <message>
      <source>できませんでした</source>
      <translation>Not done</translation>
    </message>
    <message>
      <source>読み込めませんでした</source>
      <translation>Could not load</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailView</name>
    <message>
      <source>編集（Ctrl+E）</source>
      <translation>Edit (Ctrl+E)</translation>
    </message>
    <message>
      <source>再相談を受け付ける（Ctrl+Shift+N）</source>
      <translation>New follow-up (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <source>例: 131016-R8-000123</source>
      <translation>e.g. 131016-R8-000123</translation>
    </message>
    <message>
      <source>この相談は次の相談の再相談(&amp;L):</source>
      <translation>This case follows up on case no. (&amp;L):</translation>
    </message>
    <message>
      <source>関連付ける</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>関連付けを外す</source>
      <translation>Remove link</translation>
    </message>
    <message>
      <source>相談の内容</source>
      <translation>Case content</translation>
    </message>
    <message>
      <source>%1　%2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>関連付けました</source>
      <translation>Linked</translation>
    </message>
    <message>
      <source>関連付けを外しました</source>
      <translation>Link removed</translation>
    </message>
    <message>
      <source>その相談番号の相談は見つかりません</source>
      <translation>No case has that number</translation>
    </message>
    <message>
      <source>関連付けできません（同じ相談か、つながりが循環します）</source>
      <translation>Cannot link (it is this case, or the links would form a loop)</translation>
    </message>
    <message>
      <source>この相談は他の端末で更新されました。再読み込みしてからやり直してください。</source>
      <translation>This case was changed at another desk. Reload it and try again.</translation>
    </message>
    <message>
      <source>その相談は開けません</source>
      <translation>You may not open that case</translation>
    </message>
    <message>
      <source>決裁済みの相談は変更できません</source>
      <translation>Approved cases cannot be changed</translation>
    </message>
    <message>
      <source>この相談には保存できない入力があります。編集で直してから関連付けてください。</source>
      <translation>This case has input that cannot be saved. Fix it in the editor, then link.</translation>
    </message>
  </context>
  <context>
    <name>CaseFields</name>
    <message>
      <source>受付日時</source>
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
      <source>危害</source>
      <translation>Harm</translation>
    </message>
    <message>
      <source>危険</source>
      <translation>Danger</translation>
    </message>
    <message>
      <source>経由相談</source>
      <translation>Via another window</translation>
    </message>
    <message>
      <source>再相談（前回の相談）</source>
      <translation>Follow-up of (earlier case)</translation>
    </message>
    <message>
      <source>契約当事者は相談者と同じ</source>
      <translation>Contract party is the caller</translation>
    </message>
    <message>
      <source>事業者（登録簿）</source>
      <translation>Business (registry)</translation>
    </message>
    <message>
      <source>事業者名</source>
      <translation>Business name</translation>
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
      <source>相談内容キーワード</source>
      <translation>Content keywords</translation>
    </message>
    <message>
      <source>支払方法</source>
      <translation>Payment</translation>
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
      <source>件名</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>相談概要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>処理結果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>担当</source>
      <translation>Counselor</translation>
    </message>
    <message>
      <source>処理経過</source>
      <translation>Handling log</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>決裁者</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>決裁日時</source>
      <translation>Approved at</translation>
    </message>
    <message>
      <source>決裁コメント</source>
      <translation>Approval comment</translation>
    </message>
    <message>
      <source>分類の版</source>
      <translation>Classification version</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>年度</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>識別子</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <source>個人情報関連</source>
      <translation>Personal-information related</translation>
    </message>
    <message>
      <source>個人情報の論点</source>
      <translation>PI issues</translation>
    </message>
    <message>
      <source>個人情報の保有主体</source>
      <translation>PI holder</translation>
    </message>
    <message>
      <source>事業分野</source>
      <translation>sector</translation>
    </message>
    <message>
      <source>相談者</source>
      <translation>Caller</translation>
    </message>
    <message>
      <source>契約当事者</source>
      <translation>Contract party</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>フリガナ</source>
      <translation>Name (kana)</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>メール</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>郵便番号</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>年齢</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>年代</source>
      <translation>Age band</translation>
    </message>
    <message>
      <source>性別</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>職業</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>相談者との関係</source>
      <translation>Relation to caller</translation>
    </message>
    <message>
      <source>都道府県</source>
      <translation>Prefecture</translation>
    </message>
    <message>
      <source>市区町村</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>%1の%2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>はい</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>いいえ</source>
      <translation>no</translation>
    </message>
    <message>
      <source>%1円</source>
      <translation>¥%1</translation>
    </message>
    <message>
      <source>%1 件</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>あり</source>
      <translation>yes</translation>
    </message>
  </context>
  <context>
    <name>CaseHtml</name>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>（件名なし）</source>
      <translation>(no subject)</translation>
    </message>
    <message>
      <source>相談者</source>
      <translation>Caller</translation>
    </message>
    <message>
      <source>契約当事者</source>
      <translation>Contract party</translation>
    </message>
    <message>
      <source>相談者と同じ</source>
      <translation>same as the caller</translation>
    </message>
    <message>
      <source>事業者・商品</source>
      <translation>Business and product</translation>
    </message>
    <message>
      <source>相談概要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>個人情報</source>
      <translation>Personal info</translation>
    </message>
    <message>
      <source>記録はありません</source>
      <translation>none recorded</translation>
    </message>
    <message>
      <source>処理経過</source>
      <translation>Handling log</translation>
    </message>
    <message>
      <source>期限 %1</source>
      <translation>due %1</translation>
    </message>
    <message>
      <source>移送・紹介</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>前回の相談</source>
      <translation>Earlier case</translation>
    </message>
    <message>
      <source>（表示できません）</source>
      <translation>(cannot be shown)</translation>
    </message>
    <message>
      <source>この相談の再相談</source>
      <translation>Follow-ups of this case</translation>
    </message>
    <message>
      <source>再相談</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>%1円</source>
      <translation>¥%1</translation>
    </message>
    <message>
      <source>%1歳</source>
      <translation>%1 years</translation>
    </message>
    <message>
      <source>危害</source>
      <translation>Harm</translation>
    </message>
    <message>
      <source>危険</source>
      <translation>Danger</translation>
    </message>
    <message>
      <source>経由相談</source>
      <translation>Via another window</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>（未保存）</source>
      <translation>(not saved)</translation>
    </message>
    <message>
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>受付日時</source>
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
      <source>危害・危険・経由</source>
      <translation>Harm / danger / via</translation>
    </message>
    <message>
      <source>担当</source>
      <translation>Counselor</translation>
    </message>
    <message>
      <source>事業者</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>登録簿</source>
      <translation>Registry</translation>
    </message>
    <message>
      <source>登録済み</source>
      <translation>registered</translation>
    </message>
    <message>
      <source>未登録</source>
      <translation>not registered</translation>
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
      <source>相談内容キーワード</source>
      <translation>Content keywords</translation>
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
      <source>支払方法</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>関連</source>
      <translation>Related</translation>
    </message>
    <message>
      <source>未判定</source>
      <translation>not assessed</translation>
    </message>
    <message>
      <source>論点</source>
      <translation>Issues</translation>
    </message>
    <message>
      <source>保有主体</source>
      <translation>holder</translation>
    </message>
    <message>
      <source>事業分野</source>
      <translation>sector</translation>
    </message>
    <message>
      <source>処理結果</source>
      <translation>Outcome</translation>
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
      <source>版</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>分類の版</source>
      <translation>Classification version</translation>
    </message>
  </context>
  <context>
    <name>CaseImportDialog</name>
    <message>
      <source>相談の取り込み</source>
      <translation>Import cases</translation>
    </message>
    <message>
      <source>取り込むファイル</source>
      <translation>File to import</translation>
    </message>
    <message>
      <source>CSV・Excel（XLSX）・JSON・JSONL のファイル</source>
      <translation>A CSV, Excel (XLSX), JSON or JSONL file</translation>
    </message>
    <message>
      <source>選ぶ…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>検証</source>
      <translation>Validate</translation>
    </message>
    <message>
      <source>取り込む</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>取り込みは全件か0件です。先に検証し、問題がなければ取り込めます。見出しは事例集と同じです。</source>
      <translation>An import stores every case or none. Validate first; if nothing is wrong you can import. Column headers are the casebook's.</translation>
    </message>
    <message>
      <source>検証結果</source>
      <translation>Validation report</translation>
    </message>
    <message>
      <source>相談ファイル (*.csv *.xlsx *.json *.jsonl)</source>
      <translation>Case files (*.csv *.xlsx *.json *.jsonl)</translation>
    </message>
    <message>
      <source>%1 件を取り込めます。</source>
      <translation>%1 cases can be imported.</translation>
    </message>
    <message>
      <source>問題は見つかりませんでした。</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <source>問題が %1 件あります。直してからもう一度検証してください（何も取り込んでいません）。</source>
      <translation>%1 problems found. Fix them and validate again (nothing was imported).</translation>
    </message>
    <message>
      <source>%1 件を取り込みました（相談番号 %2 〜 %3）。</source>
      <translation>Imported %1 cases (case numbers %2 to %3).</translation>
    </message>
    <message>
      <source>取り込めませんでした（何も取り込んでいません）: %1</source>
      <translation>Import failed (nothing was imported): %1</translation>
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
    <name>CaseWorkspace</name>
    <message>
      <source>相談の入力・詳細 — 相談記録</source>
      <translation>Cases — Consultation log</translation>
    </message>
    <message>
      <source>新しい相談</source>
      <translation>New case</translation>
    </message>
    <message>
      <source>タブを閉じる</source>
      <translation>Close tab</translation>
    </message>
    <message>
      <source>次のタブ</source>
      <translation>Next tab</translation>
    </message>
    <message>
      <source>前のタブ</source>
      <translation>Previous tab</translation>
    </message>
    <message>
      <source>「%1」を閉じる</source>
      <translation>Close “%1”</translation>
    </message>
  </context>
  <context>
    <name>CasebookExportDialog</name>
    <message>
      <source>事例集の書き出し</source>
      <translation>Export casebook</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>メール</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>郵便番号</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>個人番号</source>
      <translation>My Number</translation>
    </message>
    <message>
      <source>カード番号</source>
      <translation>card number</translation>
    </message>
    <message>
      <source>口座番号</source>
      <translation>account number</translation>
    </message>
    <message>
      <source>識別番号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>受付日の始め</source>
      <translation>First day received</translation>
    </message>
    <message>
      <source>受付日の終わり</source>
      <translation>Last day received</translation>
    </message>
    <message>
      <source>〜</source>
      <translation>–</translation>
    </message>
    <message>
      <source>期間（受付日）</source>
      <translation>Period (date received)</translation>
    </message>
    <message>
      <source>形式</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>CSV（集計表は別ファイル）</source>
      <translation>CSV (aggregate tables as separate files)</translation>
    </message>
    <message>
      <source>Excel（XLSX、集計表は別シート）</source>
      <translation>Excel (XLSX, aggregate tables as extra sheets)</translation>
    </message>
    <message>
      <source>JSON（相談JSON、集計は別ファイル）</source>
      <translation>JSON (case JSON, aggregates as a separate file)</translation>
    </message>
    <message>
      <source>文字コード</source>
      <translation>Encoding</translation>
    </message>
    <message>
      <source>UTF-8（BOM付き）</source>
      <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
      <source>Shift_JIS（CP932、古いExcel向け）</source>
      <translation>Shift_JIS (CP932, for older Excel)</translation>
    </message>
    <message>
      <source>CP932で書けない文字（環境依存文字・絵文字など）を似た文字か〓に置き換える</source>
      <translation>Replace characters CP932 lacks (emoji, rare kanji) with a look-alike or 〓</translation>
    </message>
    <message>
      <source>プレビュー</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>書き出す…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>プレビューで匿名化の結果を確かめてから書き出してください。</source>
      <translation>Check the anonymised result in the preview before exporting.</translation>
    </message>
    <message>
      <source>匿名化した相談概要のプレビュー</source>
      <translation>Preview of the anonymised narratives</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>対象 %1 件。先頭 %2 件の匿名化: %3</source>
      <translation>%1 cases in the period. Redactions in the first %2: %3</translation>
    </message>
    <message>
      <source>なし</source>
      <translation>none</translation>
    </message>
    <message>
      <source>この期間の相談はありません。</source>
      <translation>There are no cases in this period.</translation>
    </message>
    <message>
      <source>事例集の書き出し先</source>
      <translation>Save the casebook as</translation>
    </message>
    <message>
      <source>%1 件を書き出しました（匿名化 %2 箇所）: %3</source>
      <translation>Exported %1 cases (%2 redactions): %3</translation>
    </message>
    <message>
      <source>（CP932で書けない文字を %1 箇所置き換えました）</source>
      <translation> (%1 characters CP932 cannot hold were replaced)</translation>
    </message>
    <message>
      <source>CP932で書けない文字があるため、何も書き出していません。置き換えを許可するか、UTF-8を選んでください。</source>
      <translation>Nothing was written: some characters cannot be encoded in CP932. Allow substitution or choose UTF-8.</translation>
    </message>
    <message>
      <source>書き出せませんでした: %1</source>
      <translation>Export failed: %1</translation>
    </message>
  </context>
  <context>
    <name>ClassificationStep</name>
    <message>
      <source>商品・役務(&amp;P)</source>
      <translation>&amp;Product/service</translation>
    </message>
    <message>
      <source>例: 健康食品、けんこう、0201（大分類 &gt; 小分類）</source>
      <translation>e.g. health food, 0201 (class &gt; item)</translation>
    </message>
    <message>
      <source>販売購入形態(&amp;F)</source>
      <translation>Sales &amp;form</translation>
    </message>
    <message>
      <source>店舗購入・通信販売・訪問販売…</source>
      <translation>shop, mail order, door-to-door…</translation>
    </message>
    <message>
      <source>販売方法・手口(&amp;M)</source>
      <translation>Sales &amp;methods</translation>
    </message>
    <message>
      <source>入力してEnterで追加（いくつでも）</source>
      <translation>Type and press Enter to add (any number)</translation>
    </message>
    <message>
      <source>内容キーワード(&amp;W)</source>
      <translation>Content key&amp;words</translation>
    </message>
    <message>
      <source>商品・役務</source>
      <translation>Product/service</translation>
    </message>
  </context>
  <context>
    <name>CodeMultiPicker</name>
    <message>
      <source>選んだ項目</source>
      <translation>Chosen items</translation>
    </message>
    <message>
      <source>Delete キーで外します</source>
      <translation>Press Delete to remove</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>支所データの競合</source>
      <translation>Branch data conflicts</translation>
    </message>
    <message>
      <source>解決を待っている相談</source>
      <translation>Cases waiting for a decision</translation>
    </message>
    <message>
      <source>競合の一覧</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>項目</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>この端末の内容</source>
      <translation>This database</translation>
    </message>
    <message>
      <source>支所の内容</source>
      <translation>The branch's version</translation>
    </message>
    <message>
      <source>同じ内容の項目も表示する</source>
      <translation>Also show items that are the same</translation>
    </message>
    <message>
      <source>この端末の内容を残す</source>
      <translation>Keep this database's version</translation>
    </message>
    <message>
      <source>支所の内容を採用する</source>
      <translation>Take the branch's version</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>所属 %1・%2</source>
      <translation>Office %1, %2</translation>
    </message>
    <message>
      <source>解決を待っている競合はありません。</source>
      <translation>No conflicts are waiting.</translation>
    </message>
    <message>
      <source>%1 「%2」: この端末と支所（%3）の両方で変更されました。どちらの内容を残すか選んでください。</source>
      <translation>%1 “%2”: changed both here and at the branch (%3). Choose which version to keep.</translation>
    </message>
    <message>
      <source>最終更新</source>
      <translation>Last saved</translation>
    </message>
    <message>
      <source>移送・紹介</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>決裁の経過</source>
      <translation>Approval steps</translation>
    </message>
    <message>
      <source>決裁に回す</source>
      <translation>Submit for approval</translation>
    </message>
    <message>
      <source>承認</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>差し戻し</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>%1: この端末の内容を残しました。</source>
      <translation>%1: kept this database's version.</translation>
    </message>
    <message>
      <source>%1: 支所の内容を採用しました。</source>
      <translation>%1: took the branch's version.</translation>
    </message>
  </context>
  <context>
    <name>ConflictPanel</name>
    <message>
      <source>自分の入力と保存されている内容の違い</source>
      <translation>Differences between your input and the saved case</translation>
    </message>
    <message>
      <source>項目</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>自分の入力（未保存）</source>
      <translation>Mine (not saved)</translation>
    </message>
    <message>
      <source>保存されている内容</source>
      <translation>Saved version</translation>
    </message>
    <message>
      <source>保存されている内容を開く（自分の入力は下書きに残す）</source>
      <translation>Open the saved version (keep mine as a draft)</translation>
    </message>
    <message>
      <source>確認したうえで自分の入力を保存する</source>
      <translation>Save my version (after comparing)</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>別の端末</source>
      <translation>another desk</translation>
    </message>
    <message>
      <source>この相談は %1 が %2 に先に保存しました（版 %3）。上書きはしていません。違いを確かめて選んでください。</source>
      <translation>%1 saved this case first at %2 (version %3). Nothing was overwritten. Compare the differences and choose.</translation>
    </message>
  </context>
  <context>
    <name>ContentStep</name>
    <message>
      <source>一行で（例: 定期購入の解約）</source>
      <translation>One line (e.g. cancelling a subscription)</translation>
    </message>
    <message>
      <source>件名(&amp;J)</source>
      <translation>Sub&amp;ject</translation>
    </message>
    <message>
      <source>いつ・どこで・何を・いくらで・どうなったか・相談者の希望。Tabで次の欄へ。</source>
      <translation>When, where, what, how much, what happened, what the caller wants. Tab moves to the next field.</translation>
    </message>
    <message>
      <source>相談概要(&amp;N)</source>
      <translation>Summary (&amp;N)</translation>
    </message>
    <message>
      <source>契約購入金額(&amp;E)</source>
      <translation>Contract amount (&amp;E)</translation>
    </message>
    <message>
      <source>既支払金額(&amp;I)</source>
      <translation>Amount pa&amp;id</translation>
    </message>
    <message>
      <source>支払方法(&amp;Y)</source>
      <translation>Pa&amp;yment</translation>
    </message>
    <message>
      <source>現金・クレジットカード…</source>
      <translation>cash, credit card…</translation>
    </message>
    <message>
      <source>相談内容</source>
      <translation>Consultation</translation>
    </message>
    <message>
      <source>%1文字</source>
      <translation>%1 characters</translation>
    </message>
  </context>
  <context>
    <name>DashboardWidget</name>
    <message>
      <source>所長向けの概況</source>
      <translation>Supervisor overview</translation>
    </message>
    <message>
      <source>今月の受付</source>
      <translation>Received this month</translation>
    </message>
    <message>
      <source>今月の受付件数</source>
      <translation>Cases received this month</translation>
    </message>
    <message>
      <source>個人情報関連（今月）</source>
      <translation>Personal-information related (this month)</translation>
    </message>
    <message>
      <source>個人情報関連の割合</source>
      <translation>Share related to personal information</translation>
    </message>
    <message>
      <source>移送・紹介の回答期限超過</source>
      <translation>Referrals past their reply date</translation>
    </message>
    <message>
      <source>期限超過の移送・紹介</source>
      <translation>Overdue referrals</translation>
    </message>
    <message>
      <source>決裁待ち</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>決裁待ちの件数</source>
      <translation>Cases awaiting approval</translation>
    </message>
    <message>
      <source>決裁待ちを開く</source>
      <translation>Open approvals</translation>
    </message>
    <message>
      <source>月報を作成…</source>
      <translation>Monthly report…</translation>
    </message>
    <message>
      <source>概況を集計できませんでした</source>
      <translation>The overview could not be counted</translation>
    </message>
    <message>
      <source>今月の受付（%1）</source>
      <translation>Received this month (%1)</translation>
    </message>
    <message>
      <source>%1 件</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>前月 %1 件（%2）</source>
      <translation>Previous month %1 (%2)</translation>
    </message>
    <message>
      <source>未完了 %1 件</source>
      <translation>%1 open</translation>
    </message>
    <message>
      <source>すべての所属</source>
      <translation>All offices</translation>
    </message>
    <message>
      <source>所属と支所</source>
      <translation>Office and branches</translation>
    </message>
  </context>
  <context>
    <name>DateInput</name>
    <message>
      <source>例: R8.11.27</source>
      <translation>e.g. 2026/11/27</translation>
    </message>
    <message>
      <source>存在しない日付です</source>
      <translation>That date does not exist</translation>
    </message>
    <message>
      <source>元号の期間にない日付です</source>
      <translation>That date is outside the era</translation>
    </message>
    <message>
      <source>日付として読めません（例: 2026/11/27、R8.11.27）</source>
      <translation>Not a date (e.g. 2026/11/27, R8.11.27)</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source>FY%1</source>
      <translation>FY%1</translation>
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
    <name>DirectoryDialog</name>
    <message>
      <source>窓口一覧と対応の手引き</source>
      <translation>Directory of windows and handling guide</translation>
    </message>
    <message>
      <source>窓口(&amp;W)</source>
      <translation>&amp;Windows</translation>
    </message>
    <message>
      <source>対応の手引き(&amp;G)</source>
      <translation>Handling &amp;guide</translation>
    </message>
    <message>
      <source>名称・電話・ID・分野コードで検索</source>
      <translation>Search by name, phone, ID or sector code</translation>
    </message>
    <message>
      <source>窓口の検索</source>
      <translation>Search windows</translation>
    </message>
    <message>
      <source>体制</source>
      <translation>Regime</translation>
    </message>
    <message>
      <source>すべての体制</source>
      <translation>All regimes</translation>
    </message>
    <message>
      <source>現行体制</source>
      <translation>Current structure</translation>
    </message>
    <message>
      <source>2005年基本方針の体制</source>
      <translation>2005 basic-policy structure</translation>
    </message>
    <message>
      <source>廃止された窓口も表示</source>
      <translation>Show abolished windows</translation>
    </message>
    <message>
      <source>関係部局だけ</source>
      <translation>Local departments only</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>電話</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>有効期間</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>区分</source>
      <translation>Flags</translation>
    </message>
    <message>
      <source>窓口の一覧</source>
      <translation>List of windows</translation>
    </message>
    <message>
      <source>廃止（後継を指定）(&amp;R)…</source>
      <translation>&amp;Retire (name successor)…</translation>
    </message>
    <message>
      <source>廃止の取り消し</source>
      <translation>Undo retirement</translation>
    </message>
    <message>
      <source>関係部局を追加(&amp;L)…</source>
      <translation>Add &amp;local department…</translation>
    </message>
    <message>
      <source>関係部局のCSV取り込み…</source>
      <translation>Import local departments (CSV)…</translation>
    </message>
    <message>
      <source>関係部局のCSV書き出し…</source>
      <translation>Export local departments (CSV)…</translation>
    </message>
    <message>
      <source>管理者だけが変更できます</source>
      <translation>Only administrators can change this</translation>
    </message>
    <message>
      <source>法的根拠（参照データ。編集できません）</source>
      <translation>Legal basis (reference data, not editable)</translation>
    </message>
    <message>
      <source>現行</source>
      <translation>Current</translation>
    </message>
    <message>
      <source>2005年</source>
      <translation>2005</translation>
    </message>
    <message>
      <source>備考</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>連絡先と事務所の注記</source>
      <translation>Contact and office annotation</translation>
    </message>
    <message>
      <source>根拠についての事務所の注記（根拠そのものは変わりません）</source>
      <translation>Office note on the basis (the basis itself does not change)</translation>
    </message>
    <message>
      <source>電話(&amp;P)</source>
      <translation>&amp;Phone</translation>
    </message>
    <message>
      <source>受付時間</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>連絡先メモ</source>
      <translation>Contact note</translation>
    </message>
    <message>
      <source>注記</source>
      <translation>Annotation</translation>
    </message>
    <message>
      <source>連絡先を保存(&amp;S)</source>
      <translation>&amp;Save contact</translation>
    </message>
    <message>
      <source>両方</source>
      <translation>Both</translation>
    </message>
    <message>
      <source>関係部局</source>
      <translation>Local department</translation>
    </message>
    <message>
      <source>参照</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>廃止済み</source>
      <translation>Abolished</translation>
    </message>
    <message>
      <source>%1〜%2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>→ %1</source>
      <translation>→ %1</translation>
    </message>
    <message>
      <source>窓口を選ぶと詳細が表示されます。</source>
      <translation>Select a window to see its details.</translation>
    </message>
    <message>
      <source>窓口一覧</source>
      <translation>Directory</translation>
    </message>
    <message>
      <source>関係部局のCSV取り込み</source>
      <translation>Import local departments (CSV)</translation>
    </message>
    <message>
      <source>CSV ファイル (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <source>ほか %1 件</source>
      <translation>and %1 more</translation>
    </message>
    <message>
      <source>取り込みませんでした（何も変更していません）。
%1</source>
      <translation>Nothing was imported (nothing changed).
%1</translation>
    </message>
    <message>
      <source>関係部局を %1 件追加、%2 件更新しました。</source>
      <translation>Added %1 and updated %2 local departments.</translation>
    </message>
    <message>
      <source>関係部局のCSV書き出し</source>
      <translation>Export local departments (CSV)</translation>
    </message>
    <message>
      <source>手引きの体制</source>
      <translation>Regime of the guide</translation>
    </message>
    <message>
      <source>対応の手引き（印刷用）</source>
      <translation>Handling guide (printable)</translation>
    </message>
    <message>
      <source>印刷用 HTML を書き出す…</source>
      <translation>Export printable HTML…</translation>
    </message>
    <message>
      <source>テキストを書き出す…</source>
      <translation>Export text…</translation>
    </message>
    <message>
      <source>編集用 JSON を書き出す…</source>
      <translation>Export JSON for editing…</translation>
    </message>
    <message>
      <source>編集した JSON を取り込む…</source>
      <translation>Import edited JSON…</translation>
    </message>
    <message>
      <source>配布時の手引きに戻す</source>
      <translation>Restore the shipped guide</translation>
    </message>
    <message>
      <source>個人情報に関する相談の対応の手引き</source>
      <translation>Handling guide for personal-information consultations</translation>
    </message>
    <message>
      <source>共通</source>
      <translation>General</translation>
    </message>
    <message>
      <source>聞き取ること</source>
      <translation>Ask the caller</translation>
    </message>
    <message>
      <source>助言すること</source>
      <translation>Advise</translation>
    </message>
    <message>
      <source>根拠</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>窓口</source>
      <translation>Window</translation>
    </message>
    <message>
      <source>事務所で編集した手引きを使っています。</source>
      <translation>Using the guide as edited by this office.</translation>
    </message>
    <message>
      <source>配布時の手引きを使っています。</source>
      <translation>Using the shipped guide.</translation>
    </message>
    <message>
      <source>HTML ファイル (*.html)</source>
      <translation>HTML files (*.html)</translation>
    </message>
    <message>
      <source>テキストファイル (*.txt)</source>
      <translation>Text files (*.txt)</translation>
    </message>
    <message>
      <source>JSON ファイル (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <source>対応の手引きの書き出し</source>
      <translation>Export handling guide</translation>
    </message>
    <message>
      <source>対応の手引きの取り込み</source>
      <translation>Import handling guide</translation>
    </message>
    <message>
      <source>読めません: %1</source>
      <translation>Cannot read: %1</translation>
    </message>
    <message>
      <source>取り込みませんでした: %1</source>
      <translation>Not imported: %1</translation>
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
    <name>HandlingStep</name>
    <message>
      <source>処理経過</source>
      <translation>Handling log</translation>
    </message>
    <message>
      <source>日時</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>相手方</source>
      <translation>Counterpart</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>記録者</source>
      <translation>By</translation>
    </message>
    <message>
      <source>処理経過の一覧</source>
      <translation>Handling log</translation>
    </message>
    <message>
      <source>今日</source>
      <translation>today</translation>
    </message>
    <message>
      <source>新しい経過の日付</source>
      <translation>Date of the new entry</translation>
    </message>
    <message>
      <source>今</source>
      <translation>now</translation>
    </message>
    <message>
      <source>新しい経過の時刻</source>
      <translation>Time of the new entry</translation>
    </message>
    <message>
      <source>新しい経過の相手方</source>
      <translation>Counterpart of the new entry</translation>
    </message>
    <message>
      <source>新しい経過の内容</source>
      <translation>Text of the new entry</translation>
    </message>
    <message>
      <source>経過を一行で（Enterで追加）</source>
      <translation>One line (Enter adds it)</translation>
    </message>
    <message>
      <source>追加</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>新しい経過(&amp;L)</source>
      <translation>New &amp;log line</translation>
    </message>
    <message>
      <source>処理結果(&amp;K)</source>
      <translation>Outcome (&amp;K)</translation>
    </message>
    <message>
      <source>助言・あっせん・他機関紹介…</source>
      <translation>Advice, mediation, referral…</translation>
    </message>
    <message>
      <source>移送・紹介</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <source>日付</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>移送・紹介先</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>状況</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>回答期限</source>
      <translation>Reply due</translation>
    </message>
    <message>
      <source>移送・紹介を記録…</source>
      <translation>Record referral…</translation>
    </message>
    <message>
      <source>移送・紹介の記録は準備中です</source>
      <translation>Recording referrals is not available yet</translation>
    </message>
    <message>
      <source>処理・移送</source>
      <translation>Handling</translation>
    </message>
    <message>
      <source>経過の内容を入力してください</source>
      <translation>Type the log line</translation>
    </message>
    <message>
      <source>%1（未保存）</source>
      <translation>%1 (not saved)</translation>
    </message>
    <message>
      <source>入力中の経過がまだ追加されていません（Enterで追加）</source>
      <translation>The log line being typed is not added yet (Enter adds it)</translation>
    </message>
  </context>
  <context>
    <name>IntakeStep</name>
    <message>
      <source>一覧から選んでください（↓キーで一覧）</source>
      <translation>Choose from the list (Down arrow shows it)</translation>
    </message>
    <message>
      <source>%1：選んだ項目</source>
      <translation>%1: chosen items</translation>
    </message>
  </context>
  <context>
    <name>IntakeView</name>
    <message>
      <source>入力の手順</source>
      <translation>Intake steps</translation>
    </message>
    <message>
      <source>Alt+%1 で移動</source>
      <translation>Alt+%1 to go here</translation>
    </message>
    <message>
      <source>前へ</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Ctrl+Shift+Enter</source>
      <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
      <source>次へ（Ctrl+Enter）</source>
      <translation>Next (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>保存（Ctrl+S）</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>新規相談 %1</source>
      <translation>New case %1</translation>
    </message>
    <message>
      <source>%1　%2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>新規相談（未保存）</source>
      <translation>New case (not saved)</translation>
    </message>
    <message>
      <source>%1（%2 %3 件）</source>
      <translation>%1 (%2: %3)</translation>
    </message>
    <message>
      <source>エラー %1・未入力 %2・注意 %3</source>
      <translation>Errors %1 · missing %2 · warnings %3</translation>
    </message>
    <message>
      <source>下書きを保存できませんでした（入力は画面に残っています）</source>
      <translation>Could not save the draft (your input is still on screen)</translation>
    </message>
    <message>
      <source>下書き保存 %1</source>
      <translation>Draft saved %1</translation>
    </message>
    <message>
      <source>通話終了（F8）</source>
      <translation>End call (F8)</translation>
    </message>
    <message>
      <source>通話開始（F8）</source>
      <translation>Start call (F8)</translation>
    </message>
    <message>
      <source>通話 %1</source>
      <translation>Call %1</translation>
    </message>
    <message>
      <source>保存できません: %1</source>
      <translation>Cannot save: %1</translation>
    </message>
    <message>
      <source>保存しました（%1）</source>
      <translation>Saved (%1)</translation>
    </message>
    <message>
      <source>未入力の項目があるため決裁に回せません</source>
      <translation>Cannot submit for approval: items are missing</translation>
    </message>
    <message>
      <source>保存していません: 別の端末が先に保存しました</source>
      <translation>Not saved: another desk saved first</translation>
    </message>
    <message>
      <source>保存されている内容を開きました。自分の入力は下書きとして残しています。</source>
      <translation>Opened the saved version. Your input is kept as a draft.</translation>
    </message>
    <message>
      <source>%1 さんがこの相談を編集中です（%2 の下書き）。先に保存された場合、こちらの保存は競合として止まり、両方の内容を見比べられます。</source>
      <translation>%1 is editing this case (draft of %2). If they save first, your save stops as a conflict and you can compare both versions.</translation>
    </message>
  </context>
  <context>
    <name>LocalEntryDialog</name>
    <message>
      <source>関係部局の追加</source>
      <translation>Add local department</translation>
    </message>
    <message>
      <source>例：○○市個人情報保護法施行条例（空欄なら基本方針7(3)／法14条）</source>
      <translation>e.g. the city's enforcement ordinance (blank: basic policy 7(3) / Act art. 14)</translation>
    </message>
    <message>
      <source>名称(&amp;N)</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>上位組織</source>
      <translation>Parent organisation</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>電話</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>受付時間</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>根拠</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>備考</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>提案する相談（論点・分野。「すべて」はどの相談にも）</source>
      <translation>Propose for cases with these issues or sectors ("all" for every case)</translation>
    </message>
    <message>
      <source>対象の論点・分野</source>
      <translation>Issues and sectors handled</translation>
    </message>
    <message>
      <source>すべての個人情報関連相談</source>
      <translation>All personal-information cases</translation>
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
      <source>所長・主任相談員だけが使えます</source>
      <translation>Supervisors only</translation>
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
      <source>支所データの競合の解決…</source>
      <translation>Resolve branch data conflicts…</translation>
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
      <source>決裁に回す</source>
      <translation>Submit for approval</translation>
    </message>
    <message>
      <source>決裁待ち一覧…</source>
      <translation>Awaiting approval…</translation>
    </message>
    <message>
      <source>移送・紹介の追跡…</source>
      <translation>Referral follow-up…</translation>
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
      <source>文字を大きく(&amp;L)</source>
      <translation>&amp;Larger text</translation>
    </message>
    <message>
      <source>文字を小さく(&amp;S)</source>
      <translation>&amp;Smaller text</translation>
    </message>
    <message>
      <source>文字の大きさを元に戻す(&amp;R)</source>
      <translation>&amp;Reset text size</translation>
    </message>
    <message>
      <source>ハイコントラスト表示(&amp;H)</source>
      <translation>&amp;High contrast</translation>
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
      <source>復元する（Ctrl+Shift+R）</source>
      <translation>Restore (Ctrl+Shift+R)</translation>
    </message>
    <message>
      <source>破棄する…</source>
      <translation>Discard…</translation>
    </message>
    <message>
      <source>保存されていない入力中の相談が %1 件あります（前回の終了時や異常終了時のもの）。</source>
      <translation>%1 cases being entered were not saved (left when the app last closed or crashed).</translation>
    </message>
    <message>
      <source>期間(&amp;P)</source>
      <translation>&amp;Period</translation>
    </message>
    <message>
      <source>期間の開始日</source>
      <translation>Period start</translation>
    </message>
    <message>
      <source>期間の終了日</source>
      <translation>Period end</translation>
    </message>
    <message>
      <source>開始日</source>
      <translation>From</translation>
    </message>
    <message>
      <source>終了日</source>
      <translation>To</translation>
    </message>
    <message>
      <source>〜</source>
      <translation>–</translation>
    </message>
    <message>
      <source>担当</source>
      <translation>Counselor</translation>
    </message>
    <message>
      <source>担当：すべて</source>
      <translation>Counselor: all</translation>
    </message>
    <message>
      <source>担当：</source>
      <translation>Counselor: </translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>所属：すべて</source>
      <translation>Office: all</translation>
    </message>
    <message>
      <source>所属：</source>
      <translation>Office: </translation>
    </message>
    <message>
      <source>商品・役務</source>
      <translation>Product/service</translation>
    </message>
    <message>
      <source>商品・役務：すべて</source>
      <translation>Product: all</translation>
    </message>
    <message>
      <source>商品・役務：</source>
      <translation>Product: </translation>
    </message>
    <message>
      <source>販売購入形態</source>
      <translation>Sales form</translation>
    </message>
    <message>
      <source>販売購入形態：すべて</source>
      <translation>Sales form: all</translation>
    </message>
    <message>
      <source>販売購入形態：</source>
      <translation>Sales form: </translation>
    </message>
    <message>
      <source>条件をクリア</source>
      <translation>Clear filters</translation>
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
      <source>決裁に回す相談を選んでください</source>
      <translation>Select the case to submit for approval</translation>
    </message>
    <message>
      <source>決裁に回せません: %1</source>
      <translation>Cannot submit for approval: %1</translation>
    </message>
    <message>
      <source>%1 を決裁に回しました</source>
      <translation>%1 submitted for approval</translation>
    </message>
    <message>
      <source>主任・管理者だけが使えます</source>
      <translation>Supervisors and administrators only</translation>
    </message>
    <message>
      <source>移送・紹介の追跡</source>
      <translation>Referral follow-up</translation>
    </message>
    <message>
      <source>文字の大きさ: %1 ポイント</source>
      <translation>Text size: %1 pt</translation>
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
      <source>差し戻し</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>（件名なし）</source>
      <translation>(no subject)</translation>
    </message>
    <message>
      <source>相談概要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>処理経過</source>
      <translation>Handling log</translation>
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
    <name>PartyStep</name>
    <message>
      <source>相談者と同じ（本人の契約）(&amp;S)</source>
      <translation>&amp;Same as caller (own contract)</translation>
    </message>
    <message>
      <source>配偶者・子・親…</source>
      <translation>spouse, child, parent…</translation>
    </message>
    <message>
      <source>相談者との関係(&amp;L)</source>
      <translation>Relation to caller (&amp;L)</translation>
    </message>
    <message>
      <source>相談者の氏名・連絡先・属性をそのまま使います。</source>
      <translation>The caller's name, contact details and attributes are used.</translation>
    </message>
    <message>
      <source>契約当事者</source>
      <translation>Contract party</translation>
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
      <translation>passphrase</translation>
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
    <name>PdfPreview</name>
    <message>
      <source>印刷プレビュー</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>◀ 前のページ</source>
      <translation>◀ Previous page</translation>
    </message>
    <message>
      <source>次のページ ▶</source>
      <translation>Next page ▶</translation>
    </message>
    <message>
      <source>幅に合わせる</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>縮小</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>拡大</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>%1 / %2 ページ</source>
      <translation>Page %1 of %2</translation>
    </message>
  </context>
  <context>
    <name>PersonStep</name>
    <message>
      <source>氏名(&amp;M)</source>
      <translation>Na&amp;me</translation>
    </message>
    <message>
      <source>例: 山田 花子（匿名希望なら空欄）</source>
      <translation>e.g. Hanako Yamada (empty if anonymous)</translation>
    </message>
    <message>
      <source>フリガナ</source>
      <translation>Name (kana)</translation>
    </message>
    <message>
      <source>ヤマダ ハナコ</source>
      <translation>YAMADA HANAKO</translation>
    </message>
    <message>
      <source>電話番号(&amp;T)</source>
      <translation>&amp;Telephone</translation>
    </message>
    <message>
      <source>090-0000-0000</source>
      <translation>090-0000-0000</translation>
    </message>
    <message>
      <source>メール</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>郵便番号</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>123-4567</source>
      <translation>123-4567</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>番地・建物名まで</source>
      <translation>Including street number and building</translation>
    </message>
    <message>
      <source>年齢(&amp;A)</source>
      <translation>&amp;Age</translation>
    </message>
    <message>
      <source>70歳代・不明…</source>
      <translation>70s, unknown…</translation>
    </message>
    <message>
      <source>年代(&amp;B)</source>
      <translation>Age &amp;band</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>性別(&amp;X)</source>
      <translation>Gender (&amp;X)</translation>
    </message>
    <message>
      <source>女性・男性…</source>
      <translation>female, male…</translation>
    </message>
    <message>
      <source>職業(&amp;O)</source>
      <translation>&amp;Occupation</translation>
    </message>
    <message>
      <source>給与生活者・無職…</source>
      <translation>employee, not working…</translation>
    </message>
    <message>
      <source>都道府県</source>
      <translation>Prefecture</translation>
    </message>
    <message>
      <source>東京都…</source>
      <translation>Tokyo…</translation>
    </message>
    <message>
      <source>市区町村</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>千代田区</source>
      <translation>Chiyoda-ku</translation>
    </message>
    <message>
      <source>連絡先（個人情報）</source>
      <translation>Contact details (personal)</translation>
    </message>
    <message>
      <source>属性（統計に使います）</source>
      <translation>Attributes (used for statistics)</translation>
    </message>
    <message>
      <source>相談者</source>
      <translation>Caller</translation>
    </message>
  </context>
  <context>
    <name>PiStep</name>
    <message>
      <source>相談員の判定</source>
      <translation>Counselor's judgement</translation>
    </message>
    <message>
      <source>関連あり(&amp;Y)</source>
      <translation>&amp;Yes, related</translation>
    </message>
    <message>
      <source>関連なし(&amp;O)</source>
      <translation>N&amp;ot related</translation>
    </message>
    <message>
      <source>要確認(&amp;U)</source>
      <translation>&amp;Undecided</translation>
    </message>
    <message>
      <source>個人情報関連</source>
      <translation>Personal-information related</translation>
    </message>
    <message>
      <source>論点(&amp;I)</source>
      <translation>&amp;Issues</translation>
    </message>
    <message>
      <source>漏えい・名簿・迷惑メール…</source>
      <translation>leak, lists, spam…</translation>
    </message>
    <message>
      <source>保有主体(&amp;H)</source>
      <translation>&amp;Holder</translation>
    </message>
    <message>
      <source>民間事業者・地方公共団体…</source>
      <translation>private business, local government…</translation>
    </message>
    <message>
      <source>事業分野(&amp;E)</source>
      <translation>S&amp;ector</translation>
    </message>
    <message>
      <source>通信販売・EC…</source>
      <translation>mail order/e-commerce…</translation>
    </message>
    <message>
      <source>判定の提案（相談概要から）</source>
      <translation>Suggestion (from the summary)</translation>
    </message>
    <message>
      <source>提案はまだ利用できません。判定は左の欄で行ってください。</source>
      <translation>Suggestions are not available yet. Decide in the panel on the left.</translation>
    </message>
    <message>
      <source>個人情報</source>
      <translation>Personal info</translation>
    </message>
  </context>
  <context>
    <name>PiSuggestionWidget</name>
    <message>
      <source>判定の提案</source>
      <translation>Suggested assessment</translation>
    </message>
    <message>
      <source>提案を採用(&amp;A)</source>
      <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
      <source>関連・論点・保有主体を提案どおりに記録します（Alt+A）</source>
      <translation>Record relatedness, issues and holder as suggested (Alt+A)</translation>
    </message>
    <message>
      <source>相談概要（手がかりを強調）</source>
      <translation>Narrative (cues highlighted)</translation>
    </message>
    <message>
      <source>手がかりを強調した相談概要</source>
      <translation>Narrative with highlighted cues</translation>
    </message>
    <message>
      <source>手がかりの凡例</source>
      <translation>Legend of the cues</translation>
    </message>
    <message>
      <source>手がかり</source>
      <translation>Cues</translation>
    </message>
    <message>
      <source>語句</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>重み</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>論点</source>
      <translation>Issues</translation>
    </message>
    <message>
      <source>規則</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>手がかりの一覧</source>
      <translation>List of cues</translation>
    </message>
    <message>
      <source>移送・紹介先の候補</source>
      <translation>Suggested referral destinations</translation>
    </message>
    <message>
      <source>窓口</source>
      <translation>Window</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>根拠</source>
      <translation>Basis</translation>
    </message>
    <message>
      <source>記録</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>対応の手引き</source>
      <translation>Handling guide</translation>
    </message>
    <message>
      <source>相談員の判断</source>
      <translation>Counselor's decision</translation>
    </message>
    <message>
      <source>個人情報関連</source>
      <translation>Personal-information related</translation>
    </message>
    <message>
      <source>関連あり(&amp;Y)</source>
      <translation>&amp;Yes, related</translation>
    </message>
    <message>
      <source>関連なし(&amp;N)</source>
      <translation>&amp;Not related</translation>
    </message>
    <message>
      <source>要確認(&amp;U)</source>
      <translation>&amp;Undecided</translation>
    </message>
    <message>
      <source>主な論点(&amp;I)</source>
      <translation>Main &amp;issue</translation>
    </message>
    <message>
      <source>主な論点</source>
      <translation>Main issue</translation>
    </message>
    <message>
      <source>（なし）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>ほかの論点</source>
      <translation>Other issues</translation>
    </message>
    <message>
      <source>保有主体(&amp;H)</source>
      <translation>&amp;Holder</translation>
    </message>
    <message>
      <source>保有主体</source>
      <translation>holder</translation>
    </message>
    <message>
      <source>（未選択）</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <source>分野(&amp;S)</source>
      <translation>&amp;Sector</translation>
    </message>
    <message>
      <source>事業分野</source>
      <translation>sector</translation>
    </message>
    <message>
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>%1：%2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>現行体制</source>
      <translation>Current structure</translation>
    </message>
    <message>
      <source>2005年基本方針の体制</source>
      <translation>2005 basic-policy structure</translation>
    </message>
    <message>
      <source>相談概要を入力すると、個人情報関連かどうかの提案が表示されます。</source>
      <translation>Type the narrative to see whether it looks personal-information related.</translation>
    </message>
    <message>
      <source>提案：個人情報関連あり</source>
      <translation>Suggestion: personal-information related</translation>
    </message>
    <message>
      <source>提案：要確認</source>
      <translation>Suggestion: needs review</translation>
    </message>
    <message>
      <source>提案：個人情報関連なし</source>
      <translation>Suggestion: not related</translation>
    </message>
    <message>
      <source>スコア %1</source>
      <translation>score %1</translation>
    </message>
    <message>
      <source>論点：%1</source>
      <translation>issues: %1</translation>
    </message>
    <message>
      <source>保有主体：%1</source>
      <translation>holder: %1</translation>
    </message>
    <message>
      <source>詐欺の疑い：個人情報保護法の苦情としては扱わない</source>
      <translation>Suspected fraud: not a complaint under the Personal Information Protection Act</translation>
    </message>
    <message>
      <source> ／ </source>
      <translation> / </translation>
    </message>
    <message>
      <source>提案を修正しました（提案：%1／%2／%3）。Alt+A で提案に戻せます。</source>
      <translation>Suggestion corrected (suggested: %1 / %2 / %3). Alt+A goes back to the suggestion.</translation>
    </message>
    <message>
      <source>関連あり</source>
      <translation>related</translation>
    </message>
    <message>
      <source>関連なし</source>
      <translation>not related</translation>
    </message>
    <message>
      <source>Alt+A 提案を採用 ／ Alt+Y・N・U 関連 ／ Alt+I 論点 ／ Alt+H 保有主体</source>
      <translation>Alt+A accept / Alt+Y, N, U related / Alt+I issue / Alt+H holder</translation>
    </message>
    <message>
      <source>強い手がかり（太字）</source>
      <translation>strong cue (bold)</translation>
    </message>
    <message>
      <source>弱い手がかり（点線）</source>
      <translation>weak cue (dotted)</translation>
    </message>
    <message>
      <source>詐欺の疑い（波線・斜体）</source>
      <translation>suspected fraud (wavy, italic)</translation>
    </message>
    <message>
      <source>打ち消し（取り消し線）</source>
      <translation>counter-cue (struck through)</translation>
    </message>
    <message>
      <source>保有主体・分野（下線）</source>
      <translation>holder / sector (underlined)</translation>
    </message>
    <message>
      <source>法令の用語</source>
      <translation>legal term</translation>
    </message>
    <message>
      <source>個人情報の語</source>
      <translation>personal-information term</translation>
    </message>
    <message>
      <source>名簿</source>
      <translation>lists</translation>
    </message>
    <message>
      <source>弱い語</source>
      <translation>weak term</translation>
    </message>
    <message>
      <source>打ち消しの語</source>
      <translation>counter term</translation>
    </message>
    <message>
      <source>その他の規則</source>
      <translation>other rule</translation>
    </message>
    <message>
      <source>（廃止された %1 の後継）</source>
      <translation>(successor of abolished %1)</translation>
    </message>
    <message>
      <source>移送・紹介を記録</source>
      <translation>Record referral</translation>
    </message>
    <message>
      <source>%1 への移送・紹介を記録</source>
      <translation>Record referral to %1</translation>
    </message>
    <message>
      <source>論点が決まると、聞き取ること・助言すること・根拠・窓口が表示されます。</source>
      <translation>Once an issue is chosen, what to ask, what to advise, the rule and the window appear here.</translation>
    </message>
    <message>
      <source>聞き取ること</source>
      <translation>Ask the caller</translation>
    </message>
    <message>
      <source>助言すること</source>
      <translation>Advise</translation>
    </message>
  </context>
  <context>
    <name>Prompter</name>
    <message>
      <source>未保存の入力</source>
      <translation>Unsaved input</translation>
    </message>
    <message>
      <source>「%1」に保存していない入力があります。</source>
      <translation>“%1” has input that is not saved.</translation>
    </message>
    <message>
      <source>保存して閉じる</source>
      <translation>Save and close</translation>
    </message>
    <message>
      <source>下書きに残して閉じる</source>
      <translation>Keep as draft and close</translation>
    </message>
    <message>
      <source>破棄して閉じる</source>
      <translation>Discard and close</translation>
    </message>
    <message>
      <source>閉じない</source>
      <translation>Keep open</translation>
    </message>
    <message>
      <source>下書きの破棄</source>
      <translation>Discard drafts</translation>
    </message>
    <message>
      <source>保存されていない入力 %1 件を破棄します。元に戻せません。よろしいですか。</source>
      <translation>Discard %1 unsaved inputs? This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>ReceptionStep</name>
    <message>
      <source>受付日</source>
      <translation>Received on</translation>
    </message>
    <message>
      <source>受付時刻</source>
      <translation>Time received</translation>
    </message>
    <message>
      <source>受付日時(&amp;D)</source>
      <translation>Received (&amp;D)</translation>
    </message>
    <message>
      <source>受付方法(&amp;C)</source>
      <translation>&amp;Channel</translation>
    </message>
    <message>
      <source>電話・来所・文書…</source>
      <translation>phone, visit, letter…</translation>
    </message>
    <message>
      <source>相談区分(&amp;K)</source>
      <translation>Categor&amp;y</translation>
    </message>
    <message>
      <source>苦情・問合せ・要望</source>
      <translation>complaint, inquiry, request</translation>
    </message>
    <message>
      <source>危害あり(&amp;H)</source>
      <translation>&amp;Harm</translation>
    </message>
    <message>
      <source>危険あり(&amp;G)</source>
      <translation>Dan&amp;ger</translation>
    </message>
    <message>
      <source>経由相談(&amp;V)</source>
      <translation>&amp;Via another window</translation>
    </message>
    <message>
      <source>区分</source>
      <translation>Flags</translation>
    </message>
    <message>
      <source>危害: けが・病気などの被害を受けた　危険: 被害のおそれがある　経由相談: 他の窓口を経由して受け付けた</source>
      <translation>Harm: injury or illness occurred.  Danger: harm was possible.  Via: received through another consultation window.</translation>
    </message>
    <message>
      <source>例: 131016-R8-000123（再相談のとき）</source>
      <translation>e.g. 131016-R8-000123 (for a follow-up)</translation>
    </message>
    <message>
      <source>前回の相談番号(&amp;R)</source>
      <translation>Earlier case no. (&amp;R)</translation>
    </message>
    <message>
      <source>キーボードだけで入力できます</source>
      <translation>Everything works from the keyboard</translation>
    </message>
    <message>
      <source>次の欄 / 前の欄</source>
      <translation>next / previous field</translation>
    </message>
    <message>
      <source>次の手順へ（Ctrl+Shift+Enter で前へ）</source>
      <translation>next step (Ctrl+Shift+Enter: back)</translation>
    </message>
    <message>
      <source>手順へ直接移動</source>
      <translation>jump to a step</translation>
    </message>
    <message>
      <source>文字を入力</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>一覧を絞り込み（ひらがな・カタカナ・全角半角を区別しません）</source>
      <translation>filters the list (hiragana, katakana, full and half width all match)</translation>
    </message>
    <message>
      <source>一覧を開く / 選ぶ / 閉じる</source>
      <translation>open the list / choose / close</translation>
    </message>
    <message>
      <source>保存（入力中も数秒ごとに下書きを自動保存）</source>
      <translation>save (a draft is also saved every few seconds)</translation>
    </message>
    <message>
      <source>通話タイマーの開始・終了</source>
      <translation>start or stop the call timer</translation>
    </message>
    <message>
      <source>受付</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>→ %1 受付「%2」</source>
      <translation>→ received %1: “%2”</translation>
    </message>
    <message>
      <source>その相談番号の相談は見つかりません</source>
      <translation>No case has that number</translation>
    </message>
    <message>
      <source>この相談を元にはできません（同じ相談か、つながりが循環します）</source>
      <translation>Cannot follow up on that case (it is this case, or the links would form a loop)</translation>
    </message>
    <message>
      <source>その相談は開けません</source>
      <translation>You may not open that case</translation>
    </message>
    <message>
      <source>受付日時を入力してください</source>
      <translation>Enter the date and time received</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>移送・紹介の記録</source>
      <translation>Record a referral</translation>
    </message>
    <message>
      <source>移送・紹介先</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>方法</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>移送・紹介日</source>
      <translation>Referral date</translation>
    </message>
    <message>
      <source>回答期限</source>
      <translation>Reply due</translation>
    </message>
    <message>
      <source>期限なし</source>
      <translation>No due date</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>依頼事項</source>
      <translation>What is asked</translation>
    </message>
    <message>
      <source>相談者の同意を得た（個人情報を先方に伝える）</source>
      <translation>The caller consented (personal data may be passed on)</translation>
    </message>
    <message>
      <source>伝えてよい項目</source>
      <translation>Fields that may be shared</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>フリガナ</source>
      <translation>Name (kana)</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>メールアドレス</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>郵便番号</source>
      <translation>Postal code</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>日付</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>エラー</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>記録する</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>キャンセル</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ReferralFollowUpWidget</name>
    <message>
      <source>期限超過のみ</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>移送・紹介の追跡</source>
      <translation>Referral follow-up</translation>
    </message>
    <message>
      <source>期限</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>移送・紹介先</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>状況</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>注意</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>次の状況へ進める</source>
      <translation>Advance status</translation>
    </message>
    <message>
      <source>完了にする</source>
      <translation>Mark done</translation>
    </message>
    <message>
      <source>移送票を保存…</source>
      <translation>Save slip…</translation>
    </message>
    <message>
      <source>期限なし</source>
      <translation>No due date</translation>
    </message>
    <message>
      <source>期限超過</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>未完了 %1 件（うち期限超過 %2 件）</source>
      <translation>%1 open (%2 overdue)</translation>
    </message>
    <message>
      <source>保存しました: %1</source>
      <translation>Saved: %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsWindow</name>
    <message>
      <source>報告書</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>報告書の種類</source>
      <translation>Report</translation>
    </message>
    <message>
      <source>月報（統計）</source>
      <translation>Monthly statistics</translation>
    </message>
    <message>
      <source>相談カード</source>
      <translation>Case card</translation>
    </message>
    <message>
      <source>対応事例集</source>
      <translation>Handled-case examples</translation>
    </message>
    <message>
      <source>事業者の情報提供</source>
      <translation>Information about a business</translation>
    </message>
    <message>
      <source>作成</source>
      <translation>Create</translation>
    </message>
    <message>
      <source>作成の進み具合</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>印刷…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>PDFとして保存…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <source>対象月</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>すべての所属</source>
      <translation>All offices</translation>
    </message>
    <message>
      <source>所属と支所すべて</source>
      <translation>Office and all branches</translation>
    </message>
    <message>
      <source>受付日で集計します。前月・前年同月との比較と、グラフを含みます。</source>
      <translation>Counted by date received, compared with the previous month and the same month a year earlier, with charts.</translation>
    </message>
    <message>
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>例: 131016-R8-000123</source>
      <translation>e.g. 131016-R8-000123</translation>
    </message>
    <message>
      <source>相談番号</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <source>保存用の写しです。氏名・連絡先などの個人情報を含みます。作成・印刷・保存は監査ログに記録されます。</source>
      <translation>Filing copy: it contains personal data such as names and contact details. Creating, printing and saving it are recorded in the audit log.</translation>
    </message>
    <message>
      <source>受付日の始め</source>
      <translation>First day received</translation>
    </message>
    <message>
      <source>受付日の終わり</source>
      <translation>Last day received</translation>
    </message>
    <message>
      <source>テーマごとの事例数</source>
      <translation>Examples per theme</translation>
    </message>
    <message>
      <source>決裁済みの相談を、商品・役務の大分類と個人情報関連の論点ごとに、決裁の新しい順に掲載します。氏名・連絡先などは取り除きます。</source>
      <translation>Approved cases, by product/service category and by personal-information issue, latest approval first. Names, contact details and other personal data are removed.</translation>
    </message>
    <message>
      <source>（事業者の画面から選んでください）</source>
      <translation>(choose one in the business window)</translation>
    </message>
    <message>
      <source>事業者</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>省庁の窓口へ情報提供するための報告書です。相談は匿名化し、件数・金額・手口の傾向をまとめます。</source>
      <translation>A report to pass to a ministry window: the cases anonymised, with counts, amounts and sales-method patterns.</translation>
    </message>
    <message>
      <source>事業者の画面で事業者を選んでから作成してください</source>
      <translation>Choose the business in the business window first</translation>
    </message>
    <message>
      <source>相談番号を入力してください</source>
      <translation>Enter a case number</translation>
    </message>
    <message>
      <source>作成しています…</source>
      <translation>Creating…</translation>
    </message>
    <message>
      <source>報告書を作成できませんでした（詳しくはログを参照）</source>
      <translation>The report could not be created (see the log for details)</translation>
    </message>
    <message>
      <source>%1 を作成しました（%2 ページ）</source>
      <translation>%1 created (%2 pages)</translation>
    </message>
    <message>
      <source>報告書 — %1</source>
      <translation>Reports — %1</translation>
    </message>
    <message>
      <source>印刷</source>
      <translation>Printed</translation>
    </message>
    <message>
      <source>%1 ページを印刷しました</source>
      <translation>Printed %1 pages</translation>
    </message>
    <message>
      <source>印刷できませんでした</source>
      <translation>Printing failed</translation>
    </message>
    <message>
      <source>PDFとして保存</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>PDF ファイル (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>保存できません</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>%1 に保存できません（%2）</source>
      <translation>Cannot save to %1 (%2)</translation>
    </message>
    <message>
      <source>%1 に保存しました</source>
      <translation>Saved to %1</translation>
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
      <source>匿名化の対象（受付年度別）</source>
      <translation>Cases due for anonymisation (by fiscal year received)</translation>
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
    <name>RetireDialog</name>
    <message>
      <source>窓口の廃止</source>
      <translation>Retire window</translation>
    </message>
    <message>
      <source>「%1」を廃止します。現行体制では後継の窓口が提案されます。</source>
      <translation>Retire "%1". The current structure will propose its successor instead.</translation>
    </message>
    <message>
      <source>廃止日</source>
      <translation>Last day</translation>
    </message>
    <message>
      <source>廃止日（この日まで有効）(&amp;D)</source>
      <translation>Last &amp;day of validity</translation>
    </message>
    <message>
      <source>後継の窓口</source>
      <translation>Successor window</translation>
    </message>
    <message>
      <source>（後継なし）</source>
      <translation>(no successor)</translation>
    </message>
    <message>
      <source>後継の窓口(&amp;S)</source>
      <translation>&amp;Successor</translation>
    </message>
  </context>
  <context>
    <name>ReviewStep</name>
    <message>
      <source>未入力・エラーの一覧</source>
      <translation>Missing items and errors</translation>
    </message>
    <message>
      <source>保存される内容</source>
      <translation>What will be saved</translation>
    </message>
    <message>
      <source>保存（Ctrl+S）</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>決裁に回す…</source>
      <translation>Submit for approval…</translation>
    </message>
    <message>
      <source>決裁の機能は準備中です</source>
      <translation>Approval is not available yet</translation>
    </message>
    <message>
      <source>確認</source>
      <translation>Confirm</translation>
    </message>
    <message>
      <source>%1　%2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>問題はありません。保存できます。</source>
      <translation>No problems. Ready to save.</translation>
    </message>
    <message>
      <source>エラー %1 件（保存できません）・未入力 %2 件（決裁に回す前に）・注意 %3 件。Enterでその欄へ移動します。</source>
      <translation>%1 errors (cannot save), %2 missing (needed before approval), %3 warnings. Enter jumps to the field.</translation>
    </message>
  </context>
  <context>
    <name>RuleMessages</name>
    <message>
      <source>受付日時が未来になっています</source>
      <translation>Date received is in the future</translation>
    </message>
    <message>
      <source>受付日時が古すぎます（1984年以降）</source>
      <translation>Date received is too early (1984 or later)</translation>
    </message>
    <message>
      <source>相談概要を入力してください</source>
      <translation>Enter the summary</translation>
    </message>
    <message>
      <source>金額は0以上です</source>
      <translation>An amount cannot be negative</translation>
    </message>
    <message>
      <source>既支払金額が契約購入金額を超えています</source>
      <translation>Amount paid exceeds the contract amount</translation>
    </message>
    <message>
      <source>生年月日が受付日より後です</source>
      <translation>Date of birth is after the date received</translation>
    </message>
    <message>
      <source>年齢は0〜120で入力してください</source>
      <translation>Enter an age from 0 to 120</translation>
    </message>
    <message>
      <source>相談区分を選んでください</source>
      <translation>Choose the category</translation>
    </message>
    <message>
      <source>%1が未入力です</source>
      <translation>%1 is not filled in</translation>
    </message>
    <message>
      <source>年齢と年代が合いません</source>
      <translation>Age and age band do not match</translation>
    </message>
    <message>
      <source>一覧にない値です</source>
      <translation>Not in the code list</translation>
    </message>
    <message>
      <source>エラー</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>未入力</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>注意</source>
      <translation>Attention</translation>
    </message>
  </context>
  <context>
    <name>ServiceMessages</name>
    <message>
      <source>%1のファイルを読めません: %2 (%3)</source>
      <translation>Cannot read the %1 file: %2 (%3)</translation>
    </message>
    <message>
      <source>%1のファイルが大きすぎます（%2 バイトまで）: %3</source>
      <translation>The %1 file is too big (at most %2 bytes): %3</translation>
    </message>
    <message>
      <source>%1のファイルが UTF-8 ではありません（%2 バイト目）: %3</source>
      <translation>The %1 file is not UTF-8 (byte %2): %3</translation>
    </message>
    <message>
      <source>%1のファイルが空です: %2</source>
      <translation>The %1 file is empty: %2</translation>
    </message>
    <message>
      <source>%1のファイルは1行だけにしてください: %2</source>
      <translation>The %1 file must hold one line only: %2</translation>
    </message>
    <message>
      <source>%1に制御文字が含まれています: %2</source>
      <translation>The %1 contains control characters: %2</translation>
    </message>
    <message>
      <source>役割は %1 のいずれかです</source>
      <translation>The role must be one of %1</translation>
    </message>
    <message>
      <source>ログイン名は英数字で始まる2〜64文字（英数字と . _ -）にしてください</source>
      <translation>A login is 2–64 characters (letters, digits, . _ -) starting with a letter or digit</translation>
    </message>
    <message>
      <source>表示名は1〜64文字で入力してください</source>
      <translation>Enter a display name of 1–64 characters</translation>
    </message>
    <message>
      <source>パスワードは %1 文字以上にしてください</source>
      <translation>A password needs at least %1 characters</translation>
    </message>
    <message>
      <source>パスワードは %1 文字以下にしてください</source>
      <translation>A password may have at most %1 characters</translation>
    </message>
    <message>
      <source>パスワードに制御文字は使えません</source>
      <translation>A password cannot contain control characters</translation>
    </message>
    <message>
      <source>ログイン名と同じパスワードは使えません</source>
      <translation>The password cannot be the same as the login</translation>
    </message>
    <message>
      <source>他の所属の相談は見られません</source>
      <translation>Cases of other offices cannot be viewed</translation>
    </message>
    <message>
      <source>決裁できるのは所長・主任相談員（supervisor）だけです</source>
      <translation>Only supervisors can approve</translation>
    </message>
    <message>
      <source>書き出しができるのは所長・主任相談員（supervisor）だけです</source>
      <translation>Only supervisors can export</translation>
    </message>
    <message>
      <source>報告書を印刷できるのは所長・主任相談員（supervisor）だけです</source>
      <translation>Only supervisors can print reports</translation>
    </message>
    <message>
      <source>アクセス履歴を見られるのは所長・主任相談員（supervisor）だけです</source>
      <translation>Only supervisors can see the access history</translation>
    </message>
    <message>
      <source>監査ログの検証は所長・主任相談員（supervisor）だけができます</source>
      <translation>Only supervisors can verify the audit trail</translation>
    </message>
    <message>
      <source>利用者の管理は管理者（admin）だけができます</source>
      <translation>Only administrators can manage users</translation>
    </message>
    <message>
      <source>窓口一覧の編集は管理者（admin）だけができます</source>
      <translation>Only administrators can edit the directory of windows</translation>
    </message>
    <message>
      <source>設定の変更は管理者（admin）だけができます</source>
      <translation>Only administrators can change settings</translation>
    </message>
    <message>
      <source>保存期間による匿名化は管理者（admin）だけが実行できます</source>
      <translation>Only administrators can run retention anonymisation</translation>
    </message>
    <message>
      <source>バックアップと復元は管理者（admin）だけができます</source>
      <translation>Only administrators can back up and restore</translation>
    </message>
    <message>
      <source>支所データの取り込みと競合の解決は所長・主任相談員（supervisor）だけができます</source>
      <translation>Only supervisors can import branch data and resolve conflicts</translation>
    </message>
    <message>
      <source>所属（支所）の登録は管理者（admin）だけができます</source>
      <translation>Only administrators can register offices (branches)</translation>
    </message>
    <message>
      <source>金額として読めません: %1</source>
      <translation>Not an amount: %1</translation>
    </message>
    <message>
      <source>金額は0以上です</source>
      <translation>An amount cannot be negative</translation>
    </message>
    <message>
      <source>内容が記録時から変更されています</source>
      <translation>The content was changed after it was recorded</translation>
    </message>
    <message>
      <source>最新イベントの控えがありません（末尾が削除された可能性があります）</source>
      <translation>The record of the latest event is missing (the end may have been deleted)</translation>
    </message>
    <message>
      <source>イベント #%1〜#%2 が削除されています（末尾の削除）</source>
      <translation>Events #%1–#%2 have been deleted (from the end)</translation>
    </message>
    <message>
      <source>アプリを通さずに追加されたイベントです</source>
      <translation>The event was added outside the application</translation>
    </message>
    <message>
      <source>最新イベントが控えと一致しません</source>
      <translation>The latest event does not match its record</translation>
    </message>
    <message>
      <source>イベント %1 が削除されています</source>
      <translation>Event %1 has been deleted</translation>
    </message>
    <message>
      <source>イベントの順序が不正です</source>
      <translation>The events are out of order</translation>
    </message>
    <message>
      <source>直前のイベントとの連結が一致しません（削除または並べ替え）</source>
      <translation>The link to the previous event does not match (deleted or reordered)</translation>
    </message>
    <message>
      <source>支所データのパスフレーズは %1 文字以上にしてください</source>
      <translation>The branch data passphrase must have at least %1 characters</translation>
    </message>
    <message>
      <source>支所データのヘッダーが壊れています（%1）</source>
      <translation>The branch data header is damaged (%1)</translation>
    </message>
    <message>
      <source>支所データのファイルが途中で切れています（%1 バイト）</source>
      <translation>The branch data file is truncated (%1 bytes)</translation>
    </message>
    <message>
      <source>支所データのファイルではありません</source>
      <translation>This is not a branch data file</translation>
    </message>
    <message>
      <source>支所データのファイルではありません（先頭が違います）</source>
      <translation>This is not a branch data file (wrong beginning)</translation>
    </message>
    <message>
      <source>支所データのヘッダーが壊れています（長さ）</source>
      <translation>The branch data header is damaged (length)</translation>
    </message>
    <message>
      <source>支所データのファイルが途中で切れています（ヘッダーの途中、%1 バイト）</source>
      <translation>The branch data file is truncated (inside the header, %1 bytes)</translation>
    </message>
    <message>
      <source>支所データのヘッダーが壊れています</source>
      <translation>The branch data header is damaged</translation>
    </message>
    <message>
      <source>支所データのヘッダーが壊れています（形式の版）</source>
      <translation>The branch data header is damaged (format version)</translation>
    </message>
    <message>
      <source>この支所データは新しい形式（版 %1）で書き出されています。このアプリが読めるのは版 %2 までです。アプリを更新してください</source>
      <translation>This branch data was written in a newer format (version %1); this application reads up to version %2. Please update the application</translation>
    </message>
    <message>
      <source>支所データの形式の版が不正です（%1）</source>
      <translation>The branch data format version is invalid (%1)</translation>
    </message>
    <message>
      <source>支所データの暗号方式に対応していません</source>
      <translation>The branch data encryption method is not supported</translation>
    </message>
    <message>
      <source>支所データのヘッダーが壊れています（鍵の導出）</source>
      <translation>The branch data header is damaged (key derivation)</translation>
    </message>
    <message>
      <source>支所データの鍵の導出パラメータが大きすぎます</source>
      <translation>The branch data key derivation parameters are too large</translation>
    </message>
    <message>
      <source>支所データのヘッダーが壊れています（nonce）</source>
      <translation>The branch data header is damaged (nonce)</translation>
    </message>
    <message>
      <source>支所データのファイルが途中で切れています（%1 / %2 バイト）</source>
      <translation>The branch data file is truncated (%1 of %2 bytes)</translation>
    </message>
    <message>
      <source>支所データのファイルの末尾に余分なデータがあります（%1 バイト）。改ざんまたは破損の疑いがあります</source>
      <translation>The branch data file has extra data at its end (%1 bytes); it may have been tampered with or damaged</translation>
    </message>
    <message>
      <source>支所データのパスフレーズが違います</source>
      <translation>Wrong passphrase for the branch data</translation>
    </message>
    <message>
      <source>支所データが改ざんされているか壊れています（認証に失敗しました）</source>
      <translation>The branch data has been tampered with or is damaged (authentication failed)</translation>
    </message>
    <message>
      <source>支所データの中身を展開できません</source>
      <translation>The branch data content cannot be decompressed</translation>
    </message>
    <message>
      <source>支所データの中身が大きすぎるか、途中で切れています</source>
      <translation>The branch data content is too large or truncated</translation>
    </message>
    <message>
      <source>支所データの内容が不正です: %1</source>
      <translation>The branch data content is invalid: %1</translation>
    </message>
    <message>
      <source>この支所データは新しい形式（版 %1）です。アプリを更新してください</source>
      <translation>This branch data has a newer format (version %1). Please update the application</translation>
    </message>
    <message>
      <source>この支所データはこのアプリが知らないスキーマ（%1）のデータベースから書き出されています。アプリを更新してください</source>
      <translation>This branch data was written from a database with a schema this application does not know (%1). Please update the application</translation>
    </message>
    <message>
      <source>監査イベントの番号か日時が読めません</source>
      <translation>An audit event's number or time cannot be read</translation>
    </message>
    <message>
      <source>最初のイベントの連結が不正です</source>
      <translation>The first event's link is invalid</translation>
    </message>
    <message>
      <source>直前のイベントとの連結が一致しません</source>
      <translation>The link to the previous event does not match</translation>
    </message>
    <message>
      <source>相談はオブジェクト（{…}）で書いてください</source>
      <translation>Write each case as an object ({…})</translation>
    </message>
    <message>
      <source>未知のキーです</source>
      <translation>Unknown key</translation>
    </message>
    <message>
      <source>received_at がありません（必須）</source>
      <translation>received_at is missing (required)</translation>
    </message>
    <message>
      <source>narrative がありません（必須）</source>
      <translation>narrative is missing (required)</translation>
    </message>
    <message>
      <source>ラベル（文字列）で書いてください</source>
      <translation>Write a label (a string)</translation>
    </message>
    <message>
      <source>ラベルの配列で書いてください</source>
      <translation>Write an array of labels</translation>
    </message>
    <message>
      <source>true か false で書いてください</source>
      <translation>Write true or false</translation>
    </message>
    <message>
      <source>年齢は0〜120の整数で書いてください</source>
      <translation>Write the age as a whole number from 0 to 120</translation>
    </message>
    <message>
      <source>オブジェクトで書いてください</source>
      <translation>Write an object</translation>
    </message>
    <message>
      <source>配列で書いてください</source>
      <translation>Write an array</translation>
    </message>
    <message>
      <source>destination と kind を持つオブジェクトで書いてください</source>
      <translation>Write an object with destination and kind</translation>
    </message>
    <message>
      <source>kind がありません</source>
      <translation>kind is missing</translation>
    </message>
    <message>
      <source>文字列で書いてください</source>
      <translation>Write a string</translation>
    </message>
    <message>
      <source>JSON ファイルは相談の配列（[…]）にしてください</source>
      <translation>A JSON file must hold an array of cases ([…])</translation>
    </message>
    <message>
      <source>日付として読めません: %1</source>
      <translation>Not a date: %1</translation>
    </message>
    <message>
      <source>日付として正しくありません: %1</source>
      <translation>Not a valid date: %1</translation>
    </message>
    <message>
      <source>「%1」は%2のコード表にありません</source>
      <translation>“%1” is not in the code list %2</translation>
    </message>
    <message>
      <source>コード「%1」は%2のコード表にありません</source>
      <translation>Code “%1” is not in the code list %2</translation>
    </message>
    <message>
      <source>金額が数値ではありません: %1</source>
      <translation>The amount is not a number: %1</translation>
    </message>
    <message>
      <source>金額が整数ではありません: %1</source>
      <translation>The amount is not a whole number: %1</translation>
    </message>
    <message>
      <source>1 か空欄で指定してください: %1</source>
      <translation>Use 1 or leave it empty: %1</translation>
    </message>
    <message>
      <source>年齢が数値ではありません: %1</source>
      <translation>The age is not a number: %1</translation>
    </message>
    <message>
      <source>年齢は0〜120で入力してください</source>
      <translation>Enter an age from 0 to 120</translation>
    </message>
    <message>
      <source>移送・紹介先「%1」は窓口一覧にありません</source>
      <translation>Referral destination “%1” is not in the directory of windows</translation>
    </message>
    <message>
      <source>セルが大きすぎます（%1 文字、上限 %2 文字）</source>
      <translation>The cell is too big (%1 characters, at most %2)</translation>
    </message>
    <message>
      <source>受付年月日がありません（必須）</source>
      <translation>受付年月日 (date received) is missing (required)</translation>
    </message>
    <message>
      <source>相談概要がありません（必須）</source>
      <translation>相談概要 (summary) is missing (required)</translation>
    </message>
    <message>
      <source>「種別：窓口名」の形で書いてください: %1</source>
      <translation>Write it as “kind：window name”: %1</translation>
    </message>
    <message>
      <source>移送・紹介の種別の列と移送・紹介先が一致しません</source>
      <translation>The referral kind column does not match the referral destinations</translation>
    </message>
    <message>
      <source>法人番号は13桁の数字です</source>
      <translation>A corporate number has 13 digits</translation>
    </message>
    <message>
      <source>法人番号のチェックデジットが合いません（入力を確認してください）</source>
      <translation>The corporate number's check digit does not match (check what you typed)</translation>
    </message>
    <message>
      <source>存在しない日付です: %1</source>
      <translation>No such date: %1</translation>
    </message>
    <message>
      <source>存在しない年です: %1</source>
      <translation>No such year: %1</translation>
    </message>
    <message>
      <source>%1の期間にない日付です: %2</source>
      <translation>The date is outside the %1 era: %2</translation>
    </message>
    <message>
      <source>時刻として読めません: %1</source>
      <translation>Not a time: %1</translation>
    </message>
    <message>
      <source>存在しない時刻です: %1</source>
      <translation>No such time: %1</translation>
    </message>
    <message>
      <source>年齢として読めません: %1</source>
      <translation>Not an age: %1</translation>
    </message>
    <message>
      <source>現行の窓口には legal_basis が必要です</source>
      <translation>A current window needs legal_basis</translation>
    </message>
    <message>
      <source>2005年体制の窓口には legal_basis_2005 が必要です</source>
      <translation>A window of the 2005 structure needs legal_basis_2005</translation>
    </message>
    <message>
      <source>format 1 のオブジェクトではありません</source>
      <translation>Not a format 1 object</translation>
    </message>
    <message>
      <source>entries が空か配列ではありません</source>
      <translation>entries is empty or not an array</translation>
    </message>
    <message>
      <source>id %1 が重複しています</source>
      <translation>id %1 appears twice</translation>
    </message>
    <message>
      <source>successor_id %1 がありません</source>
      <translation>successor_id %1 does not exist</translation>
    </message>
    <message>
      <source>後継のある窓口には valid_to が必要です</source>
      <translation>A window with a successor needs valid_to</translation>
    </message>
    <message>
      <source>日付は YYYY-MM-DD の文字列で書いてください</source>
      <translation>Write dates as YYYY-MM-DD strings</translation>
    </message>
    <message>
      <source>日付が読めません: %1</source>
      <translation>Not a date: %1</translation>
    </message>
    <message>
      <source>%1 がありません</source>
      <translation>%1 is missing</translation>
    </message>
    <message>
      <source>%1 は文字列でなければなりません</source>
      <translation>%1 must be a string</translation>
    </message>
    <message>
      <source>項目はオブジェクトでなければなりません</source>
      <translation>An entry must be an object</translation>
    </message>
    <message>
      <source>不明な項目 %1</source>
      <translation>Unknown field %1</translation>
    </message>
    <message>
      <source>kind %1 は %2 のいずれかです</source>
      <translation>kind %1 must be one of %2</translation>
    </message>
    <message>
      <source>regime %1 は %2 のいずれかです</source>
      <translation>regime %1 must be one of %2</translation>
    </message>
    <message>
      <source>sectors は文字列の配列です</source>
      <translation>sectors must be an array of strings</translation>
    </message>
    <message>
      <source>sources は文字列の配列です</source>
      <translation>sources must be an array of strings</translation>
    </message>
    <message>
      <source>contact は phone/hours/url/note の文字列だけを持てます</source>
      <translation>contact may hold only phone/hours/url/note strings</translation>
    </message>
    <message>
      <source>valid_to が valid_from より前です</source>
      <translation>valid_to is before valid_from</translation>
    </message>
    <message>
      <source>所属コードは6桁の数字です（例: 131016）</source>
      <translation>An office code has 6 digits (e.g. 131016)</translation>
    </message>
    <message>
      <source>yes / no / undecided のいずれかです</source>
      <translation>Must be yes / no / undecided</translation>
    </message>
    <message>
      <source>論点コードの並びです</source>
      <translation>Must be a list of issue codes</translation>
    </message>
    <message>
      <source>保有主体コードです</source>
      <translation>Must be a holder code</translation>
    </message>
    <message>
      <source>不明な状況です: %1 → %2</source>
      <translation>Unknown status: %1 → %2</translation>
    </message>
    <message>
      <source>状況を戻すことはできません（%1 → %2）</source>
      <translation>The status cannot go back (%1 → %2)</translation>
    </message>
    <message>
      <source>不明な設定です</source>
      <translation>Unknown setting</translation>
    </message>
    <message>
      <source>整数を指定してください</source>
      <translation>Enter a whole number</translation>
    </message>
    <message>
      <source>文字列を指定してください</source>
      <translation>Enter text</translation>
    </message>
    <message>
      <source>%1 以上を指定してください</source>
      <translation>Enter %1 or more</translation>
    </message>
    <message>
      <source>%1 以下を指定してください</source>
      <translation>Enter %1 or less</translation>
    </message>
    <message>
      <source>%1 のいずれかを指定してください</source>
      <translation>Choose one of %1</translation>
    </message>
    <message>
      <source>データディレクトリを作成できません: %1 (%2)</source>
      <translation>Cannot create the data directory: %1 (%2)</translation>
    </message>
    <message>
      <source>ファイルがありません: %1</source>
      <translation>No such file: %1</translation>
    </message>
    <message>
      <source>ファイルを読めません: %1 (%2)</source>
      <translation>Cannot read the file: %1 (%2)</translation>
    </message>
    <message>
      <source>空のファイルです: %1</source>
      <translation>The file is empty: %1</translation>
    </message>
    <message>
      <source>暗号化されていないファイルは暗号化データベースに戻せません: %1</source>
      <translation>An unencrypted file cannot be restored into an encrypted database: %1</translation>
    </message>
    <message>
      <source>暗号化されたファイルです。パスフレーズを指定してください: %1</source>
      <translation>The file is encrypted. Give its passphrase: %1</translation>
    </message>
    <message>
      <source>SQLite のデータベースではありません（壊れています）: %1</source>
      <translation>Not an SQLite database (damaged): %1</translation>
    </message>
    <message>
      <source>パスフレーズが違うか、壊れたファイルです: %1</source>
      <translation>Wrong passphrase or damaged file: %1</translation>
    </message>
    <message>
      <source>整合性の検査で問題が見つかりました: %1 (%2)</source>
      <translation>The integrity check found problems: %1 (%2)</translation>
    </message>
    <message>
      <source>データベースとして読めません: %1 (%2)</source>
      <translation>Cannot read it as a database: %1 (%2)</translation>
    </message>
    <message>
      <source>相談記録のデータベースではありません: %1</source>
      <translation>Not a counselor case-log database: %1</translation>
    </message>
    <message>
      <source>このバージョンより新しいアプリのデータです（スキーマ %1）。アプリを更新してください: %2</source>
      <translation>The data is from a newer version of the application (schema %1). Update the application: %2</translation>
    </message>
    <message>
      <source>データベースを使用中のプログラムがあります。アプリを終了してからやり直してください: %1</source>
      <translation>A program is using the database. Quit the application and try again: %1</translation>
    </message>
    <message>
      <source>復元元が現在のデータベースと同じファイルです: %1</source>
      <translation>The backup to restore is the current database file itself: %1</translation>
    </message>
    <message>
      <source>データベースのディレクトリがありません: %1</source>
      <translation>The database directory does not exist: %1</translation>
    </message>
    <message>
      <source>データベースのスキーマが古いか新しすぎます。counselor init で更新してください。</source>
      <translation>The database schema is too old or too new. Update it with counselor init.</translation>
    </message>
    <message>
      <source>パスフレーズが違うか、暗号化された相談記録のデータベースではありません: %1</source>
      <translation>Wrong passphrase, or not an encrypted case-log database: %1</translation>
    </message>
    <message>
      <source>データベースファイルが壊れているか暗号化されています: %1</source>
      <translation>The database file is damaged or encrypted: %1</translation>
    </message>
    <message>
      <source>データベースファイルが壊れています: %1 (%2)</source>
      <translation>The database file is damaged: %1 (%2)</translation>
    </message>
    <message>
      <source>データベースファイルを開けません: %1</source>
      <translation>Cannot open the database file: %1</translation>
    </message>
    <message>
      <source>PostgreSQL に接続できません: %1 (%2)</source>
      <translation>Cannot connect to PostgreSQL: %1 (%2)</translation>
    </message>
    <message>
      <source>データベースを開けません: %1 (%2)</source>
      <translation>Cannot open the database: %1 (%2)</translation>
    </message>
    <message>
      <source>このロールにはスキーマを更新する権限がありません。所有者のロールで counselor init を実行してください: %1 (%2)</source>
      <translation>This role may not upgrade the schema. Run counselor init with the owner role: %1 (%2)</translation>
    </message>
    <message>
      <source>暗号化データベースには sqlcipher3 が必要です（pip install 'counselor-app[encryption]'）</source>
      <translation>Encrypted databases need sqlcipher3 (pip install 'counselor-app[encryption]')</translation>
    </message>
    <message>
      <source>データベースがありません: %1（先に counselor init を実行してください）</source>
      <translation>No database: %1 (run counselor init first)</translation>
    </message>
    <message>
      <source>データベースのパスがディレクトリです: %1</source>
      <translation>The database path is a directory: %1</translation>
    </message>
    <message>
      <source>データベースファイルを読めません: %1 (%2)</source>
      <translation>Cannot read the database file: %1 (%2)</translation>
    </message>
    <message>
      <source>このデータベースは暗号化されていません（パスフレーズを指定せずに開いてください）: %1</source>
      <translation>This database is not encrypted (open it without a passphrase): %1</translation>
    </message>
    <message>
      <source>データベースは暗号化されています。--passphrase-file（または COUNSELOR_PASSPHRASE_FILE）でパスフレーズを指定してください: %1</source>
      <translation>The database is encrypted. Give the passphrase with --passphrase-file (or COUNSELOR_PASSPHRASE_FILE): %1</translation>
    </message>
    <message>
      <source>データベースファイルが壊れているか、SQLite のファイルではありません: %1</source>
      <translation>The database file is damaged or not an SQLite file: %1</translation>
    </message>
    <message>
      <source>データベースのURLが読めません: %1</source>
      <translation>Cannot read the database URL: %1</translation>
    </message>
    <message>
      <source>SQLite はファイルを指定してください（:memory: は使えません）</source>
      <translation>SQLite needs a file (:memory: is not supported)</translation>
    </message>
    <message>
      <source>未対応のデータベースです: %1（SQLite または PostgreSQL）</source>
      <translation>Unsupported database: %1 (SQLite or PostgreSQL)</translation>
    </message>
    <message>
      <source>このデータベース（スキーマ %1）はこのバージョンより新しいアプリで作成されています。アプリを更新してください。</source>
      <translation>This database (schema %1) was made by a newer version of the application. Update the application.</translation>
    </message>
    <message>
      <source>このデータベースは相談記録のものではありません（表 %1 などがあります）: %2</source>
      <translation>This database does not belong to the case log (it has tables such as %1): %2</translation>
    </message>
    <message>
      <source>この相談は %1 が %2 に保存しています（版 %3）。上書きせずに、最新の内容を確認してください。</source>
      <translation>%1 saved this case at %2 (version %3). Nothing was overwritten; check the latest content.</translation>
    </message>
    <message>
      <source>移送・紹介が見つかりません</source>
      <translation>Referral not found</translation>
    </message>
    <message>
      <source>この移送・紹介は別の端末で更新されています。開き直してください。</source>
      <translation>This referral was updated at another desk. Open it again.</translation>
    </message>
    <message>
      <source>支所データの内容が不正です: 日付か日時が読めません</source>
      <translation>The branch data content is invalid: a date or time cannot be read</translation>
    </message>
    <message>
      <source>支所データをデータベースに書き込めません（%1）</source>
      <translation>The branch data cannot be written to the database (%1)</translation>
    </message>
    <message>
      <source>支所データをデータベースに書き込めません（%1: %2）</source>
      <translation>The branch data cannot be written to the database (%1: %2)</translation>
    </message>
    <message>
      <source>支所データの内容が不正です: %1 の %2 の値が読めません</source>
      <translation>The branch data content is invalid: a value of %2 in %1 cannot be read</translation>
    </message>
    <message>
      <source>決裁待ちではありません（状態：%1）</source>
      <translation>The case is not awaiting approval (status: %1)</translation>
    </message>
    <message>
      <source>差し戻せる状態ではありません（状態：%1）</source>
      <translation>The case cannot be returned in this status (status: %1)</translation>
    </message>
    <message>
      <source>他の所属の相談は開けません</source>
      <translation>Cases of other offices cannot be opened</translation>
    </message>
    <message>
      <source>決裁できるのは所長・主任相談員です</source>
      <translation>Only supervisors can approve</translation>
    </message>
    <message>
      <source>他の所属の相談です</source>
      <translation>The case belongs to another office</translation>
    </message>
    <message>
      <source>相談が見つかりません</source>
      <translation>Case not found</translation>
    </message>
    <message>
      <source>この相談は %1 が更新しています（版 %2）。最新の内容を確認してから操作してください。</source>
      <translation>%1 has updated this case (version %2). Check the latest content first.</translation>
    </message>
    <message>
      <source>差し戻しの理由を入力してください</source>
      <translation>Enter the reason for returning the case</translation>
    </message>
    <message>
      <source>コメントは%1文字以内にしてください</source>
      <translation>Keep the comment to %1 characters</translation>
    </message>
    <message>
      <source>「%1」の相談は決裁に回せません</source>
      <translation>A case with “%1” cannot be sent for approval</translation>
    </message>
    <message>
      <source>現在のパスワードが違います</source>
      <translation>The current password is wrong</translation>
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
      <source>所属名を入力してください</source>
      <translation>Enter the office name</translation>
    </message>
    <message>
      <source>初期設定は済んでいます。管理者としてログインしてください</source>
      <translation>Setup is already done. Sign in as an administrator</translation>
    </message>
    <message>
      <source>初期設定は別の端末で済んでいます。管理者としてログインしてください</source>
      <translation>Setup was done at another desk. Sign in as an administrator</translation>
    </message>
    <message>
      <source>このログイン名は既に使われています</source>
      <translation>This login is already taken</translation>
    </message>
    <message>
      <source>復元は SQLite のデータベースだけでできます（PostgreSQL は pg_restore）</source>
      <translation>Only SQLite databases can be restored here (PostgreSQL: pg_restore)</translation>
    </message>
    <message>
      <source>PostgreSQL のバックアップはサーバー側で行ってください（pg_dump）</source>
      <translation>Back up PostgreSQL on the server (pg_dump)</translation>
    </message>
    <message>
      <source>バックアップ先が現在のデータベースと同じファイルです</source>
      <translation>The backup target is the current database file itself</translation>
    </message>
    <message>
      <source>事業者名を入力してください</source>
      <translation>Enter the business name</translation>
    </message>
    <message>
      <source>不明な項目です</source>
      <translation>Unknown field</translation>
    </message>
    <message>
      <source>事業者が見つかりません</source>
      <translation>Business not found</translation>
    </message>
    <message>
      <source>同じ事業者どうしは統合できません</source>
      <translation>A business cannot be merged with itself</translation>
    </message>
    <message>
      <source>「%1」は既に別の事業者に統合されています</source>
      <translation>“%1” has already been merged into another business</translation>
    </message>
    <message>
      <source>統合の記録が見つかりません</source>
      <translation>Merge record not found</translation>
    </message>
    <message>
      <source>この統合は既に取り消されています</source>
      <translation>This merge has already been undone</translation>
    </message>
    <message>
      <source>先に「%1」から「%2」への統合を取り消してください</source>
      <translation>First undo the merge of “%1” into “%2”</translation>
    </message>
    <message>
      <source>%1は主任相談員・所長が行います</source>
      <translation>%1 is done by supervisors</translation>
    </message>
    <message>
      <source>決裁済みの相談は編集できません（差し戻してから編集してください）</source>
      <translation>An approved case cannot be edited (return it first)</translation>
    </message>
    <message>
      <source>相手方 %1 がありません</source>
      <translation>No counterpart %1</translation>
    </message>
    <message>
      <source>処理経過の内容を入力してください</source>
      <translation>Enter what was done</translation>
    </message>
    <message>
      <source>相談番号 %1 の相談はありません</source>
      <translation>No case numbered %1</translation>
    </message>
    <message>
      <source>自分自身を再相談の元にはできません</source>
      <translation>A case cannot be its own earlier case</translation>
    </message>
    <message>
      <source>再相談のつながりが循環します</source>
      <translation>The follow-up links would form a loop</translation>
    </message>
    <message>
      <source>%1は所長・主任相談員（supervisor）の権限が必要です</source>
      <translation>%1 needs a supervisor</translation>
    </message>
    <message>
      <source>期間の終わりが始まりより前です</source>
      <translation>The period ends before it starts</translation>
    </message>
    <message>
      <source>形式は %1 のいずれかです</source>
      <translation>The format must be one of %1</translation>
    </message>
    <message>
      <source>文字コードは %1 のいずれかです</source>
      <translation>The encoding must be one of %1</translation>
    </message>
    <message>
      <source>文字コードは csv のときだけ選べます</source>
      <translation>An encoding can only be chosen for csv</translation>
    </message>
    <message>
      <source>書き出し先のフォルダがありません: %1</source>
      <translation>The target folder does not exist: %1</translation>
    </message>
    <message>
      <source>%1: 相談が1件もありません</source>
      <translation>%1: no cases</translation>
    </message>
    <message>
      <source>%1: UTF-16 のファイルは読めません。UTF-8 か Shift_JIS で保存してください</source>
      <translation>%1: UTF-16 files cannot be read. Save it as UTF-8 or Shift_JIS</translation>
    </message>
    <message>
      <source>%1: %2 行: 文字コードを判別できません（UTF-8 でも Shift_JIS/CP932 でもありません）</source>
      <translation>%1: line %2: unknown encoding (neither UTF-8 nor Shift_JIS/CP932)</translation>
    </message>
    <message>
      <source>%1: %2 行: CSV の書式が正しくありません (%3)</source>
      <translation>%1: line %2: malformed CSV (%3)</translation>
    </message>
    <message>
      <source>%1: XLSX として読めません (%2)</source>
      <translation>%1: cannot read it as XLSX (%2)</translation>
    </message>
    <message>
      <source>%1: シート「%2」の見出し行に結合セルがあります（%3）。結合を解除してください</source>
      <translation>%1: sheet “%2” has merged cells in its header row (%3). Unmerge them</translation>
    </message>
    <message>
      <source>%1: %2 行 %3 列: JSON の書式が正しくありません (%4)</source>
      <translation>%1: line %2, column %3: malformed JSON (%4)</translation>
    </message>
    <message>
      <source>CP932（Shift_JIS）で書けない文字があります: %1%2。置き換えを許可するか、UTF-8 で書き出してください</source>
      <translation>Some characters cannot be written in CP932 (Shift_JIS): %1%2. Allow replacements or export as UTF-8</translation>
    </message>
    <message>
      <source>%1は管理者だけができます</source>
      <translation>Only administrators can do this: %1</translation>
    </message>
    <message>
      <source>%1は主任・管理者だけができます</source>
      <translation>Only supervisors and administrators can do this: %1</translation>
    </message>
    <message>
      <source>文字列です</source>
      <translation>Must be a string</translation>
    </message>
    <message>
      <source>%1 文字以内です</source>
      <translation>At most %1 characters</translation>
    </message>
    <message>
      <source>窓口が見つかりません</source>
      <translation>Window not found</translation>
    </message>
    <message>
      <source>有効開始より前の日付です</source>
      <translation>The date is before the start of validity</translation>
    </message>
    <message>
      <source>参照データで廃止されている窓口は取り消せません</source>
      <translation>A window retired in the reference data cannot be restored</translation>
    </message>
    <message>
      <source>後継の窓口 %1 がありません</source>
      <translation>Successor window %1 does not exist</translation>
    </message>
    <message>
      <source>自分自身を後継にはできません</source>
      <translation>A window cannot succeed itself</translation>
    </message>
    <message>
      <source>後継が循環しています</source>
      <translation>The successors form a loop</translation>
    </message>
    <message>
      <source>後継の窓口がすでに廃止されています</source>
      <translation>The successor window has already been retired</translation>
    </message>
    <message>
      <source>1行目: 見出し行がありません</source>
      <translation>Line 1: no header row</translation>
    </message>
    <message>
      <source>%1 バイト目: UTF-8 でも Shift_JIS（cp932）でも読めません</source>
      <translation>Byte %1: neither UTF-8 nor Shift_JIS (cp932)</translation>
    </message>
    <message>
      <source>下書きのキーが不正です</source>
      <translation>Invalid draft key</translation>
    </message>
    <message>
      <source>下書きの内容を保存できません: %1</source>
      <translation>The draft cannot be saved: %1</translation>
    </message>
    <message>
      <source>他の利用者の下書きです</source>
      <translation>The draft belongs to another user</translation>
    </message>
    <message>
      <source>この所属コードの所属はありません</source>
      <translation>No office has this office code</translation>
    </message>
    <message>
      <source>この所属の報告書は作成できません</source>
      <translation>You cannot make reports for this office</translation>
    </message>
    <message>
      <source>%1 のいずれかです</source>
      <translation>Must be one of %1</translation>
    </message>
    <message>
      <source>%1〜%2 の整数か null です</source>
      <translation>Must be a whole number from %1 to %2, or null</translation>
    </message>
    <message>
      <source>JSON オブジェクトではありません</source>
      <translation>Not a JSON object</translation>
    </message>
    <message>
      <source>未対応の format です（%1 のみ）</source>
      <translation>Unsupported format (only %1)</translation>
    </message>
    <message>
      <source>種別 %1 がありません</source>
      <translation>No referral kind %1</translation>
    </message>
    <message>
      <source>方法 %1 がありません</source>
      <translation>No referral method %1</translation>
    </message>
    <message>
      <source>同意の範囲に不明な項目があります: %1</source>
      <translation>Unknown item in the consent scope: %1</translation>
    </message>
    <message>
      <source>本人の同意がないのに共有する項目が選ばれています</source>
      <translation>Items to share are chosen without the caller's consent</translation>
    </message>
    <message>
      <source>回答期限が移送・紹介日より前です</source>
      <translation>The reply due date is before the referral date</translation>
    </message>
    <message>
      <source>回答ありにするには回答の内容を入力してください</source>
      <translation>Enter the reply before marking it replied</translation>
    </message>
    <message>
      <source>統計は所長・主任相談員が見られます</source>
      <translation>Statistics are for supervisors</translation>
    </message>
    <message>
      <source>他の所属の移送・紹介です</source>
      <translation>The referral belongs to another office</translation>
    </message>
    <message>
      <source>窓口 %1 は窓口一覧にありません</source>
      <translation>Window %1 is not in the directory of windows</translation>
    </message>
    <message>
      <source>「%1」は %2 に廃止されています。%3</source>
      <translation>“%1” was retired on %2. %3</translation>
    </message>
    <message>
      <source>「%1」は %2 より前にはありません</source>
      <translation>“%1” did not exist before %2</translation>
    </message>
    <message>
      <source>この相談番号の相談はありません</source>
      <translation>No case has this case number</translation>
    </message>
    <message>
      <source>統計の報告書は所長・主任相談員が作成します</source>
      <translation>Statistical reports are made by supervisors</translation>
    </message>
    <message>
      <source>対応事例集は所長・主任相談員が作成します</source>
      <translation>Only supervisors make the casebook of examples</translation>
    </message>
    <message>
      <source>テーマごとの件数は 1〜%1 で指定してください</source>
      <translation>Cases per theme must be between 1 and %1</translation>
    </message>
    <message>
      <source>情報提供の報告書は所長・主任相談員が作成します</source>
      <translation>Only supervisors make the information report</translation>
    </message>
    <message>
      <source>掲載する件数は 0 以上です（0 はすべて）</source>
      <translation>The number of cases listed must be 0 or more (0 for all)</translation>
    </message>
    <message>
      <source>書き出し先がディレクトリです: %1</source>
      <translation>The destination is a folder: %1</translation>
    </message>
    <message>
      <source>書き出し先のディレクトリがありません: %1</source>
      <translation>The destination folder does not exist: %1</translation>
    </message>
    <message>
      <source>支所データのファイルではありません（ディレクトリです）: %1</source>
      <translation>This is not a branch data file (it is a folder): %1</translation>
    </message>
    <message>
      <source>支所データのファイルが大きすぎます: %1</source>
      <translation>The branch data file is too large: %1</translation>
    </message>
    <message>
      <source>支所データのファイルを読めません: %1 (%2)</source>
      <translation>Cannot read the branch data file: %1 (%2)</translation>
    </message>
    <message>
      <source>支所データの中身が JSON として読めません</source>
      <translation>The branch data content cannot be read as JSON</translation>
    </message>
    <message>
      <source>この支所データの所属 %1はこのデータベースに登録されていません。管理者が所属を登録してから取り込んでください（counselor office add %2 --name …）</source>
      <translation>The office %1 of this branch data is not registered in this database. An administrator registers it first (counselor office add %2 --name …)</translation>
    </message>
    <message>
      <source>支所データの中で相談番号 %1 が重複しています</source>
      <translation>Case number %1 appears twice in the branch data</translation>
    </message>
    <message>
      <source>相談番号 %1 はこのデータベースで別の相談（UUID %2）に使われています。同じ所属コードを二つのデータベースで使っていないか確認してください</source>
      <translation>Case number %1 is used here by another case (UUID %2). Check that no two databases use the same office code</translation>
    </message>
    <message>
      <source>移送・紹介 %1 はこのデータベースで別の相談に記録されています</source>
      <translation>Referral %1 is recorded here on another case</translation>
    </message>
    <message>
      <source>移送・紹介先の窓口 %1 がこのデータベースの窓口一覧にありません（counselor init で窓口一覧を更新してから取り込んでください）</source>
      <translation>The referral destination %1 is not in this database's directory (update the directory with counselor init, then import)</translation>
    </message>
    <message>
      <source>支所の監査ログが以前に取り込んだものと一致しません（イベント #%1）。支所で counselor audit verify を実行してください</source>
      <translation>The branch audit trail does not match what was imported before (event #%1). Run counselor audit verify at the branch</translation>
    </message>
    <message>
      <source>支所の監査ログの連鎖が壊れています（イベント #%1: %2）。支所で counselor audit verify を実行してください</source>
      <translation>The branch audit trail's chain is broken (event #%1: %2). Run counselor audit verify at the branch</translation>
    </message>
    <message>
      <source>競合が見つかりません</source>
      <translation>Conflict not found</translation>
    </message>
    <message>
      <source>この競合はすでに解決されています</source>
      <translation>This conflict has already been resolved</translation>
    </message>
    <message>
      <source>競合している相談が見つかりません</source>
      <translation>The conflicting case was not found</translation>
    </message>
    <message>
      <source>mine か theirs を選んでください</source>
      <translation>Choose mine or theirs</translation>
    </message>
    <message>
      <source>表示したあとにこの相談が更新されました。もう一度開いて確かめてください</source>
      <translation>This case was updated after it was shown. Open it again and check</translation>
    </message>
    <message>
      <source>親の所属 %1 が登録されていません</source>
      <translation>The parent office %1 is not registered</translation>
    </message>
    <message>
      <source>支所データを書き出せません: %1 (%2)</source>
      <translation>Cannot write the branch data: %1 (%2)</translation>
    </message>
    <message>
      <source>その利用者はいません</source>
      <translation>No such user</translation>
    </message>
    <message>
      <source>最後の管理者は無効にも降格にもできません</source>
      <translation>The last administrator can be neither disabled nor demoted</translation>
    </message>
    <message>
      <source>所属 %1 は登録されていません</source>
      <translation>Office %1 is not registered</translation>
    </message>
    <message>
      <source>自分自身は無効にできません</source>
      <translation>You cannot disable yourself</translation>
    </message>
    <message>
      <source>%1: %2 行</source>
      <translation>%1: line %2</translation>
    </message>
    <message>
      <source>%1: シート「%2」 %3 行</source>
      <translation>%1: sheet “%2”, row %3</translation>
    </message>
    <message>
      <source>%1 列「%2」</source>
      <translation>%1, column “%2”</translation>
    </message>
    <message>
      <source>%1行目 %2: %3</source>
      <translation>Line %1, %2: %3</translation>
    </message>
    <message>
      <source>%1行目</source>
      <translation>Line %1</translation>
    </message>
    <message>
      <source>%1（ほか %2 件）</source>
      <translation>%1 (and %2 more)</translation>
    </message>
    <message>
      <source>パスフレーズ</source>
      <translation>passphrase</translation>
    </message>
    <message>
      <source>パスワード</source>
      <translation>Password</translation>
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
      <source>所属コード</source>
      <translation>Office code</translation>
    </message>
    <message>
      <source>所属名</source>
      <translation>Office name</translation>
    </message>
    <message>
      <source>コメント</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>状況</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>移送・紹介先</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>方法</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>回答期限</source>
      <translation>Reply due</translation>
    </message>
    <message>
      <source>回答の内容</source>
      <translation>Reply</translation>
    </message>
    <message>
      <source>同意の範囲</source>
      <translation>Consent scope</translation>
    </message>
    <message>
      <source>後継の窓口</source>
      <translation>Successor window</translation>
    </message>
    <message>
      <source>有効期限</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>前回の相談</source>
      <translation>Earlier case</translation>
    </message>
    <message>
      <source>相手方</source>
      <translation>Counterpart</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>窓口一覧の体制</source>
      <translation>Structure of the directory of windows</translation>
    </message>
    <message>
      <source>保存期間（年）</source>
      <translation>Retention (years)</translation>
    </message>
    <message>
      <source>移送・紹介の回答期限（営業日）</source>
      <translation>Referral reply due (business days)</translation>
    </message>
    <message>
      <source>無操作でロックするまで（分）</source>
      <translation>Lock after inactivity (minutes)</translation>
    </message>
    <message>
      <source>自動バックアップを残す日数</source>
      <translation>Keep automatic backups (days)</translation>
    </message>
    <message>
      <source>急増アラートの件数</source>
      <translation>Surge alert: cases</translation>
    </message>
    <message>
      <source>急増アラートの期間（日）</source>
      <translation>Surge alert: period (days)</translation>
    </message>
    <message>
      <source>自動保存の間隔（秒）</source>
      <translation>Autosave interval (seconds)</translation>
    </message>
    <message>
      <source>入力を確認してください</source>
      <translation>Check the input</translation>
    </message>
    <message>
      <source>見つかりません</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>別の端末で更新されています。開き直してください</source>
      <translation>It was updated at another desk. Open it again</translation>
    </message>
    <message>
      <source>この役割ではできません</source>
      <translation>Not allowed for your role</translation>
    </message>
    <message>
      <source>今の状態ではできません</source>
      <translation>Not possible in the current state</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>保存期間（年）(&amp;Y)</source>
      <translation>Retention (&amp;years)</translation>
    </message>
    <message>
      <source>移送・紹介の回答期限（営業日）(&amp;D)</source>
      <translation>Referral reply &amp;due (business days)</translation>
    </message>
    <message>
      <source>無操作でロックするまで（分）(&amp;L)</source>
      <translation>&amp;Lock after inactivity (minutes)</translation>
    </message>
    <message>
      <source>急増アラート：同一事業者の件数(&amp;C)</source>
      <translation>Surge alert: &amp;cases about one business</translation>
    </message>
    <message>
      <source>急増アラート：対象期間（日）(&amp;W)</source>
      <translation>Surge alert: &amp;window (days)</translation>
    </message>
    <message>
      <source>入力中の自動保存の間隔（秒）(&amp;A)</source>
      <translation>&amp;Autosave interval while typing (seconds)</translation>
    </message>
    <message>
      <source>自動バックアップを残す日数(&amp;B)</source>
      <translation>Keep automatic &amp;backups (days)</translation>
    </message>
    <message>
      <source>現行（個人情報保護委員会への一元化後）</source>
      <translation>Current (after centralisation in the PPC)</translation>
    </message>
    <message>
      <source>2005年の基本方針（事業所管大臣制）</source>
      <translation>2005 Basic Policy (ministers in charge of each sector)</translation>
    </message>
    <message>
      <source>日本語</source>
      <translation>Japanese</translation>
    </message>
    <message>
      <source>英語</source>
      <translation>English</translation>
    </message>
    <message>
      <source>標準</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>ハイコントラスト（黒地に白と黄）</source>
      <translation>High contrast (white and yellow on black)</translation>
    </message>
    <message>
      <source>設定</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>設定の種類</source>
      <translation>Kind of settings</translation>
    </message>
    <message>
      <source>個人設定(&amp;P)</source>
      <translation>&amp;Personal</translation>
    </message>
    <message>
      <source>事務所の設定(&amp;O)</source>
      <translation>&amp;Office</translation>
    </message>
    <message>
      <source>メッセージ</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>キャンセル</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>表示言語(&amp;G)</source>
      <translation>Lan&amp;guage</translation>
    </message>
    <message>
      <source>システムの既定</source>
      <translation>System default</translation>
    </message>
    <message>
      <source> ポイント</source>
      <translation> pt</translation>
    </message>
    <message>
      <source>文字の大きさ(&amp;F)</source>
      <translation>&amp;Font size</translation>
    </message>
    <message>
      <source>配色(&amp;T)</source>
      <translation>Colour &amp;theme</translation>
    </message>
    <message>
      <source>表示言語は次に起動したときから変わります。文字の大きさ（Ctrl+＋／Ctrl+－／Ctrl+0）と配色はすぐに変わります。この端末のあなたの設定として保存されます。</source>
      <translation>The language changes from the next start. Text size (Ctrl+plus / Ctrl+minus / Ctrl+0) and colours change at once. These are saved as your settings on this computer.</translation>
    </message>
    <message>
      <source>窓口一覧の体制(&amp;R)</source>
      <translation>Directory &amp;regime</translation>
    </message>
    <message>
      <source>事務所の設定は管理者だけが変更できます。</source>
      <translation>Only administrators can change office settings.</translation>
    </message>
  </context>
  <context>
    <name>SimilarCasesWidget</name>
    <message>
      <source>類似事例</source>
      <translation>Similar cases</translation>
    </message>
    <message>
      <source>類似事例の一覧</source>
      <translation>List of similar cases</translation>
    </message>
    <message>
      <source>相談概要を入力すると、似た過去の相談が表示されます。</source>
      <translation>Type the summary to see similar earlier cases.</translation>
    </message>
    <message>
      <source>似た過去の相談は見つかりませんでした。</source>
      <translation>No similar earlier cases found.</translation>
    </message>
    <message>
      <source>処理中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>処理結果: %1</source>
      <translation>Outcome: %1</translation>
    </message>
    <message>
      <source>文章の類似度 %1%</source>
      <translation>Text similarity %1%</translation>
    </message>
    <message>
      <source>同じ事業者</source>
      <translation>Same business</translation>
    </message>
    <message>
      <source>同じ商品・役務</source>
      <translation>Same product/service</translation>
    </message>
    <message>
      <source>同じ販売方法・手口</source>
      <translation>Same sales method</translation>
    </message>
  </context>
  <context>
    <name>SurgeAlertsWidget</name>
    <message>
      <source>急増アラート</source>
      <translation>Surge alerts</translation>
    </message>
    <message>
      <source>更新</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>急増アラートを更新</source>
      <translation>Refresh surge alerts</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>対象</source>
      <translation>About</translation>
    </message>
    <message>
      <source>件数</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>前の期間</source>
      <translation>Period before</translation>
    </message>
    <message>
      <source>所属</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>受付日（最初〜最後）</source>
      <translation>Received (first – last)</translation>
    </message>
    <message>
      <source>対応</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>急増アラート（過去%1日に%2件以上）</source>
      <translation>Surge alerts (%2 or more cases in the last %1 days)</translation>
    </message>
    <message>
      <source>いまアラートはありません。</source>
      <translation>No alerts at the moment.</translation>
    </message>
    <message>
      <source>事業者</source>
      <translation>Business</translation>
    </message>
    <message>
      <source>商品・手口</source>
      <translation>Product and method</translation>
    </message>
    <message>
      <source>（事業者 %1）</source>
      <translation> (%1 businesses)</translation>
    </message>
    <message>
      <source>%1〜%2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>%1 件</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>%1 か所</source>
      <translation>%1 offices</translation>
    </message>
    <message>
      <source>情報提供</source>
      <translation>Share information</translation>
    </message>
    <message>
      <source>%1 の情報提供</source>
      <translation>Share information about %1</translation>
    </message>
    <message>
      <source>アラートを読み込めませんでした: %1</source>
      <translation>Could not load the alerts: %1</translation>
    </message>
  </context>
  <context>
    <name>TimeInput</name>
    <message>
      <source>14:05</source>
      <translation>14:05</translation>
    </message>
    <message>
      <source>存在しない時刻です</source>
      <translation>That time does not exist</translation>
    </message>
    <message>
      <source>時刻として読めません（例: 14:05）</source>
      <translation>Not a time (e.g. 14:05)</translation>
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
  <context>
    <name>_Tile</name>
    <message>
      <source>（要対応）</source>
      <translation> (needs attention)</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>移送票の保存</source>
      <translation>Save referral slip</translation>
    </message>
    <message>
      <source>回答の記録</source>
      <translation>Record the reply</translation>
    </message>
    <message>
      <source>先方からの回答</source>
      <translation>Reply from the destination</translation>
    </message>
  </context>
</TS>