<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja">
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
    <name>CasebookExportDialog</name>
    <message>
      <source>事例集の書き出し</source>
      <translation>Export casebook</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>name</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>phone number</translation>
    </message>
    <message>
      <source>メール</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>郵便番号</source>
      <translation>postal code</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>address</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>date of birth</translation>
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
      <translation>to</translation>
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
</TS>