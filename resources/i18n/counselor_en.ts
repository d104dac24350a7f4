<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja">
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