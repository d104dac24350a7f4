<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja">
  <context>
    <name>BusinessWindow</name>
    <message>
      <source>事業者（名寄せ）</source>
      <translation>Businesses (name matching)</translation>
    </message>
    <message>
      <source>事業者名・法人番号・電話番号で検索（株式会社と（株）、全角と半角は区別しません）</source>
      <translation>Search by business name, corporate number or phone (株式会社 = (株), full width = half width)</translation>
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
      <translation>%1 cases</translation>
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
    <name>SurgeAlertsWidget</name>
    <message>
      <source>急増アラート</source>
      <translation>Surge alerts</translation>
    </message>
    <message>
      <source>更新</source>
      <translation>Refresh</translation>
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
      <translation>%1 cases</translation>
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
</TS>