<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja">
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
      <translation>Approve</translation>
    </message>
    <message>
      <source>%1 を決裁します。決裁後は差し戻すまで編集できません。よろしいですか。</source>
      <translation>Approve %1? Once approved it cannot be edited unless it is returned.</translation>
    </message>
    <message>
      <source>差し戻し</source>
      <translation>Return</translation>
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
      <source>差し戻し</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>（件名なし）</source>
      <translation>(no subject)</translation>
    </message>
    <message>
      <source>%1円</source>
      <translation>¥%1</translation>
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
    <name>ReferralDialog</name>
    <message>
      <source>移送・紹介の記録</source>
      <translation>Record a referral</translation>
    </message>
    <message>
      <source>移送・紹介先</source>
      <translation>Referred to</translation>
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
      <translation>Referred to</translation>
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
      <translation>Print</translation>
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