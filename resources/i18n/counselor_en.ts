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
      <translation>Source</translation>
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
      <source>主任・管理者だけが使えます</source>
      <translation>Supervisors and administrators only</translation>
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
      <source>&lt;span style='background:#ffcc80'&gt;強い手がかり&lt;/span&gt; &lt;span style='background:#fff3bf'&gt;弱い手がかり&lt;/span&gt; &lt;span style='background:#ffb4b4'&gt;詐欺の疑い&lt;/span&gt; &lt;span style='background:#d6e6ff'&gt;打ち消し&lt;/span&gt; &lt;u style='color:#2e7d32'&gt;保有主体・分野&lt;/u&gt;</source>
      <translation>&lt;span style='background:#ffcc80'&gt;strong cue&lt;/span&gt; &lt;span style='background:#fff3bf'&gt;weak cue&lt;/span&gt; &lt;span style='background:#ffb4b4'&gt;suspected fraud&lt;/span&gt; &lt;span style='background:#d6e6ff'&gt;counter-cue&lt;/span&gt; &lt;u style='color:#2e7d32'&gt;holder / sector&lt;/u&gt;</translation>
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
      <translation>Issue</translation>
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
      <translation>Personal information</translation>
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
      <translation>Holder</translation>
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
      <translation>Business sector</translation>
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
      <translation>Successor</translation>
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
</TS>