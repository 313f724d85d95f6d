<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="143" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="145" />
        <source>Booth ID</source>
        <translation>ブースID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="145" />
        <source>HQ URL</source>
        <translation>本部（HQ）のURL</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="145" />
        <source>Camera (auto, number or video file)</source>
        <translation>カメラ（auto・番号・動画ファイル）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="146" />
        <source>Printer queue (empty: PDF printer)</source>
        <translation>プリンター（空欄はPDFプリンター）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="146" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="146" />
        <source>Idle timeout</source>
        <translation>無操作で初期画面に戻るまで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="152" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="140" />
        <location filename="../../kiosk/ui/admin_screen.py" line="153" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="138" />
        <source>Quit the kiosk?</source>
        <translation>アプリを終了しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="139" />
        <source>The booth screens close until the kiosk is started again.</source>
        <translation>もう一度起動するまで、ブースの画面は使えなくなります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="140" />
        <source>Quit</source>
        <translation>終了する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="147" />
        <source>Spoken guidance volume</source>
        <translation>音声案内の音量</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="150" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="151" />
        <location filename="../../kiosk/ui/admin_screen.py" line="172" />
        <source>PDF printer (no printer chosen)</source>
        <translation>PDFプリンター（プリンター未選択）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="154" />
        <source>Change PIN</source>
        <translation>暗証番号の変更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="155" />
        <source>Quit the kiosk</source>
        <translation>アプリを終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="156" />
        <source>% (0: off)</source>
        <translation>%（0: 音声なし）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="214" />
        <source>L</source>
        <translation>L判</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="214" />
        <source>Postcard</source>
        <translation>はがき</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="214" />
        <source>2L</source>
        <translation>2L判</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="214" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="215" />
        <source>Next-steps slip</source>
        <translation>手続き案内</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="219" />
        <source>this printer has no such paper size</source>
        <translation>このプリンターにはこの用紙サイズがありません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_screen.py" line="244" />
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="96" />
        <source>Age band</source>
        <translation>年代</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="100" />
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="100" />
        <source>PIN locked</source>
        <translation>暗証番号ロック</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="100" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="105" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="162" />
        <source>%1 is already recorded</source>
        <translation>「%1」は記録済みです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="163" />
        <source>Undo it if it was tapped by mistake: it is then not counted.</source>
        <translation>押し間違いなら取り消してください。取り消した記録は集計されません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="164" />
        <source>One more: a second one for this applicant (e.g. a family member's form).</source>
        <translation>もう一件：この方の2件目（ご家族の申請書など）を記録します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="166" />
        <source>Undo (not done)</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="167" />
        <source>One more</source>
        <translation>もう一件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="106" />
        <source>Finish with this applicant</source>
        <translation>この方の対応を終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="99" />
        <source>Steps (● asked for; tap when done, tap ✔ to undo)</source>
        <translation>手続き（● 受付で希望・済んだらタップ・✔ を再タップで取消）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="119" />
        <source>No applicant at the desk</source>
        <translation>対応中の方はいません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="125" />
        <source>Applicant No. %1</source>
        <translation>受付番号 %1 番の方</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="144" />
        <source>Age band corrected; records re-recorded: %1</source>
        <translation>年代を訂正しました（記録し直し %1 件）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="150" />
        <source>Choose the applicant's age band first.</source>
        <translation>先に年代を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="187" />
        <source>result?</source>
        <translation>結果は？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="187" />
        <source>which kind?</source>
        <translation>内容は？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="196" />
        <source>Undone: %1 (not counted)</source>
        <translation>取り消しました：%1（集計しません）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="216" />
        <source>Recorded: %1</source>
        <translation>記録しました：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="229" />
        <source>Finish with No. %1?</source>
        <translation>%1番の方の対応を終了しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="230" />
        <source>Not done of what they came for: %1</source>
        <translation>希望されたのに未実施：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="231" />
        <source>Finish anyway</source>
        <translation>このまま終了する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="166" />
        <location filename="../../kiosk/ui/journey_panel.py" line="231" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="239" />
        <source>nothing recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/journey_panel.py" line="240" />
        <source>No. %1 finished: %2</source>
        <translation>%1 番の方の対応終了：%2</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="175" />
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="179" />
        <source>Space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="180" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="182" />
        <source>Shift</source>
        <translation>シフト</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="181" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="13" />
        <location filename="../../kiosk/ui/labels.py" line="33" />
        <source>Photo</source>
        <translation>写真撮影</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="14" />
        <source>Paper application help</source>
        <translation>申請書の記入補助</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="15" />
        <source>Online application</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="16" />
        <source>Health insurance registration</source>
        <translation>健康保険証利用登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="17" />
        <source>Public funds account</source>
        <translation>公金受取口座登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="18" />
        <source>Smartphone consultation</source>
        <translation>スマホ相談</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="19" />
        <location filename="../../kiosk/ui/labels.py" line="39" />
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="20" />
        <source>Other inquiry</source>
        <translation>その他の対応</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="27" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="34" />
        <source>Paper form</source>
        <translation>記入補助</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="35" />
        <source>Online</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="36" />
        <source>Insurance</source>
        <translation>保険証利用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="37" />
        <source>Public funds</source>
        <translation>公金口座</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="38" />
        <source>Smartphone</source>
        <translation>スマホ相談</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="40" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="47" />
        <source>Application support</source>
        <translation>申請サポート</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="48" />
        <source>Mobile application with the municipality</source>
        <translation>市町村と連携した出張申請</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="49" />
        <source>Smartphone consultation class</source>
        <translation>スマホ相談会</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="56" />
        <source>90 and over</source>
        <translation>90歳以上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="58" />
        <source>Under 10</source>
        <translation>10歳未満</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="59" />
        <source>%1s</source>
        <translation>%1代</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="64" />
        <source>Question</source>
        <translation>一般的な問合せ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="65" />
        <source>Renewal, reissue</source>
        <translation>更新・再交付の相談</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="66" />
        <source>Address, name</source>
        <translation>住所・氏名変更の相談</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="68" />
        <source>Referral</source>
        <translation>行政機関等への案内</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/labels.py" line="67" />
        <source>Copying</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="160" />
        <location filename="../../kiosk/ui/main_window.py" line="161" />
        <source>My Number Card application support</source>
        <translation>マイナンバーカード申請サポート</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="163" />
        <source>Turn to attendee</source>
        <translation>お客様画面へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="164" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="181" />
        <source>Printer: check it</source>
        <translation>プリンターを確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="280" />
        <source>Not counted: no booth session is open. Open today's session to count printed pages.</source>
        <translation>開催回が開始されていないため枚数を数えていません。印刷枚数を数えるには本日の開催を開始してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="332" />
        <source>No. %1 was cleared after no touch on the attendee screen. Not done: %2</source>
        <translation>%1番の方は、来場者画面の無操作で対応を終了しました。未実施：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="333" />
        <source>nothing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="17" />
        <source>The PIN is 4 to 8 digits.</source>
        <translation>暗証番号は4〜8桁の数字です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="18" />
        <source>This PIN is too easy to guess. Choose another.</source>
        <translation>推測されやすい暗証番号です。別の番号にしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="19" />
        <source>Wrong PIN.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="20" />
        <source>Wrong PIN. Wait %(seconds)s seconds.</source>
        <translation>暗証番号が違います。%(seconds)s秒お待ちください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="21" />
        <source>Try again in %(seconds)s seconds.</source>
        <translation>%(seconds)s秒後にもう一度どうぞ。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="22" />
        <source>The language must be Japanese or English.</source>
        <translation>言語は日本語か英語です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="23" />
        <source>The idle timeout must be 10 to 3600 seconds.</source>
        <translation>無操作タイムアウトは10〜3600秒です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="24" />
        <source>The speech volume must be 0 to 100.</source>
        <translation>音声の音量は0〜100です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="25" />
        <source>The HQ URL must begin with https://.</source>
        <translation>HQ の URL は https:// で始めてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="26" />
        <source>The booth ID is empty.</source>
        <translation>ブースIDが空です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="27" />
        <source>The settings file is damaged; the kiosk runs on its defaults.</source>
        <translation>設定ファイルが壊れています。既定値で起動します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="28" />
        <source>The unknown setting %(key)s is ignored.</source>
        <translation>不明な設定項目 %(key)s を無視します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="29" />
        <source>The setting %(key)s has the wrong type; its default is used.</source>
        <translation>設定 %(key)s の型が違います。既定値を使います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="30" />
        <source>This is not the QR code of an application form.</source>
        <translation>申請書のQRコードではありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="31" />
        <source>The QR code cannot be read or is damaged.</source>
        <translation>QRコードが読み取れないか壊れています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="32" />
        <source>Not a secure (https) address: it will not be opened.</source>
        <translation>安全でない（https でない）アドレスは開きません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="33" />
        <source>This QR code points to another site, not the application site.</source>
        <translation>申請書のQRコードではありません（別のサイト）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="34" />
        <source>The application ID is incomplete (not 23 digits). Scan the form again.</source>
        <translation>申請書IDが欠けています（23桁ではありません）。申請書を読み直してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="36" />
        <source>No booth session is open.</source>
        <translation>開催回が開始されていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="37" />
        <source>A booth session is already open.</source>
        <translation>開催回はすでに開始されています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="38" />
        <source>Enter the venue and the municipality.</source>
        <translation>会場名と市町村名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="39" />
        <source>Unknown session kind: %(kind)s</source>
        <translation>不明な開催回の種類です：%(kind)s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="40" />
        <source>Visitors are still waiting or at the desk. Finish with them first.</source>
        <translation>受付中の来場者がいます。先に対応を終えてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="41" />
        <source>No. %(ticket)s is not waiting.</source>
        <translation>%(ticket)s 番は待っていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="42" />
        <source>An applicant is at the desk. Finish with them first.</source>
        <translation>対応中の申請者がいます。先に対応を終えてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="43" />
        <source>Nobody is waiting.</source>
        <translation>待っている来場者はいません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="44" />
        <source>No applicant is at the desk.</source>
        <translation>対応中の申請者がいません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="45" />
        <source>Unknown age band: %(band)s</source>
        <translation>不明な年代です：%(band)s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="46" />
        <source>This step was not recorded for this applicant.</source>
        <translation>この申請者のこの手続きは記録されていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="47" />
        <source>There was no session on %(day)s.</source>
        <translation>%(day)s に開催回はありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="48" />
        <source>The session of %(day)s is still open.</source>
        <translation>%(day)s の開催回はまだ終了していません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="49" />
        <source>The report of %(day)s is already handed in.</source>
        <translation>%(day)s の報告は提出済みです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="55" />
        <source>Wrong passphrase.</source>
        <translation>パスフレーズが違います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="57" />
        <source>Another kiosk app is using this data folder. Close it first.</source>
        <translation>このデータフォルダーは別のブース端末アプリが使用中です。そちらを終了してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="59" />
        <source>The record file is damaged. Nothing was overwritten: call the administrator.</source>
        <translation>記録ファイルが壊れています。上書きせずに停止しました。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="61" />
        <source>The disk is full: this action was NOT recorded. Free some space and try again.</source>
        <translation>ディスクがいっぱいで記録できません。今回の操作は保存されていません。空き容量を作ってからやり直してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="63" />
        <source>This kiosk has no records yet.</source>
        <translation>この端末の記録がまだありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/messages.py" line="64" />
        <source>The records cannot be opened. Call the administrator.</source>
        <translation>記録を開けません。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>OnlineBrowser</name>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="127" />
        <source>Attach the booth photo</source>
        <translation>撮影した写真を添付</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="128" />
        <source>Finish (application sent)</source>
        <translation>完了（申請を送信した）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="129" />
        <source>Stop and erase</source>
        <translation>中止して消去</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="130" />
        <source>Not sent: continue on paper</source>
        <translation>申請できなかった（紙で続ける）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="131" />
        <source>Not sent: stop</source>
        <translation>申請できなかった（やめる）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="138" />
        <source>Opening the application site…</source>
        <translation>申請サイトを開いています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="171" />
        <source>Was the application sent?</source>
        <translation>申請を送信しましたか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="172" />
        <source>Count it only if the site confirmed that the application was sent.</source>
        <translation>サイトで送信完了が表示された場合だけ「はい」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="173" />
        <source>Yes, it was sent</source>
        <translation>はい（送信した）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="173" />
        <source>No, not yet</source>
        <translation>いいえ（まだ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="179" />
        <source>The application site does not answer. Wait a little, or use the paper form: print the photo and help with the form.</source>
        <translation>申請サイトが応答しません。少し待つか、紙の申請書で進めてください（写真を印刷して記入を手伝います）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="182" />
        <source>No connection to the application site. Use the paper form: print the photo and help with the form.</source>
        <translation>申請サイトにつながりません。紙の申請書で手続きしてください（写真を印刷して記入を補助）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="187" />
        <source>This page is not allowed in the booth browser: %1</source>
        <translation>このブラウザーでは開けないページです：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="191" />
        <source>Downloads are switched off in the booth browser.</source>
        <translation>このブラウザーではダウンロードできません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="196" />
        <source>This field does not take a photo; nothing can be chosen from the kiosk.</source>
        <translation>この欄は写真を受け付けません。端末からファイルは選べません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="199" />
        <source>There is no accepted booth photo yet: take the photo first.</source>
        <translation>まだ決定した写真がありません。先に写真を撮ってください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="213" />
        <source>Photo attached.</source>
        <translation>写真を添付しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_browser.py" line="213" />
        <source>This page has no place for a photo.</source>
        <translation>このページには写真の添付欄がありません。</translation>
    </message>
</context>
<context>
    <name>OnlineStep</name>
    <message>
        <location filename="../../kiosk/ui/online_step.py" line="69" />
        <source>Online application</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_step.py" line="70" />
        <source>Hold the QR code of the application form inside the yellow box, or scan it with the handheld scanner.</source>
        <translation>申請書のQRコードを黄色い枠の中にかざすか、ハンディスキャナーで読み取ってください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_step.py" line="72" />
        <source>Use the paper form instead</source>
        <translation>紙の申請書に切り替える</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/online_step.py" line="73" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>OperatorView</name>
    <message>
        <location filename="../../kiosk/ui/operator_view.py" line="84" />
        <source>Reception and queue</source>
        <translation>受付・待ち列</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/operator_view.py" line="85" />
        <source>Session and reports</source>
        <translation>開催・日次報告</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="140" />
        <source>Photo: look straight at the camera</source>
        <translation>写真撮影：カメラをまっすぐ見てください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="141" />
        <source>Take the photo</source>
        <translation>撮影する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="142" />
        <source>Retake</source>
        <translation>撮り直す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="143" />
        <source>Use this photo</source>
        <translation>この写真にする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="144" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="145" />
        <source>Let the applicant take it</source>
        <translation>お客様ご自身で撮影</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="146" />
        <source>Actual size</source>
        <translation>実物大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="147" />
        <source>Religious reason</source>
        <translation>宗教上の理由</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="148" />
        <source>Medical reason</source>
        <translation>医療上の理由</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="154" />
        <source>No face found: face the camera.</source>
        <translation>顔が見つかりません。カメラの正面に来てください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="155" />
        <source>Only the applicant may be in the picture.</source>
        <translation>写るのは申請者お一人だけにしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="156" />
        <source>The head is cut off: step back and move to the centre.</source>
        <translation>頭や肩が画面からはみ出しています。少し下がって中央へ。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="157" />
        <source>The top of the head cannot be seen: step back a little.</source>
        <translation>頭の上が見えません。少し下がってください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="158" />
        <source>The hair cannot be told from the backdrop: make the backdrop brighter.</source>
        <translation>髪と背景の境目が見えません。背景を明るくしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="159" />
        <source>Too far: come closer to the camera.</source>
        <translation>遠すぎます。カメラに近づいてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="160" />
        <source>Too close: step back a little.</source>
        <translation>近すぎます。少し下がってください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="161" />
        <source>Move to the centre.</source>
        <translation>中央に移動してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="162" />
        <source>The head is tilted: hold it straight.</source>
        <translation>頭が傾いています。まっすぐにしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="163" />
        <source>The head is turned: look straight at the camera.</source>
        <translation>顔が横を向いています。カメラの正面を向いてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="164" />
        <source>The chin is up: lower it a little.</source>
        <translation>あごが上がっています。少し引いてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="165" />
        <source>The head is bowed: raise the chin a little.</source>
        <translation>うつむいています。少しあごを上げてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="166" />
        <source>The eyes look closed: open them.</source>
        <translation>目が閉じています。目を開けてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="167" />
        <source>The eyes cannot be seen: take off sunglasses, move the hair away.</source>
        <translation>目が見えません。サングラスや前髪を外してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="168" />
        <source>Light reflects in the glasses: tilt the head slightly or take them off.</source>
        <translation>眼鏡に光が反射しています。少し顔の角度を変えるか、眼鏡を外してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="169" />
        <source>Close the mouth.</source>
        <translation>口を閉じてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="170" />
        <source>Blurred: hold still and try again.</source>
        <translation>ぶれています。動かずにもう一度。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="171" />
        <source>Too dark: more light please.</source>
        <translation>暗すぎます。照明を明るくしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="172" />
        <source>Too bright: less light please.</source>
        <translation>明るすぎます。照明を弱めてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="173" />
        <source>A shadow on the face: adjust the light.</source>
        <translation>顔に影があります。照明を調整してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="174" />
        <source>The background is not plain: stand in front of the backdrop.</source>
        <translation>背景が無地ではありません。背景スタンドの前に立ってください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="175" />
        <source>Please take off the hat (for a religious or medical reason, ask the staff).</source>
        <translation>帽子を取ってください（宗教・医療上の理由なら係員へ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="179" />
        <source>Hold still… %1</source>
        <translation>そのまま動かないでください… %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="282" />
        <source>All checks passed.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="284" />
        <source>(The photo file is enlarged from %1 px of camera height.)</source>
        <translation>（写真ファイルはカメラの縦 %1 px から拡大しています）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="287" />
        <source>Worn for a religious or medical reason? Choose the reason to use this photo.</source>
        <translation>宗教上・医療上の理由で着用していますか？ 理由を選ぶとこの写真を使います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photo_screen.py" line="300" />
        <source>Taken by the applicant. Check it before it is printed.</source>
        <translation>お客様が撮影した写真です。印刷の前に確認してください。</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="73" />
        <source>Choose an operator PIN (4–8 digits)</source>
        <translation>係員用の暗証番号を決めてください（4〜8桁）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="74" />
        <source>Enter the same PIN again</source>
        <translation>確認のため、もう一度入力してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="77" />
        <source>The screen is locked. Enter the operator PIN.</source>
        <translation>画面をロックしました。係員の暗証番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="79" />
        <source>Operator PIN</source>
        <translation>係員用暗証番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="81" />
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="82" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="83" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_screen.py" line="146" />
        <source>The two PINs differ. Please start again.</source>
        <translation>2回の入力が違います。最初からやり直してください。</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="118" />
        <source>Print the photo sheet</source>
        <translation>写真シートを印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="132" />
        <source>L size (4 photos)</source>
        <translation>L判（4枚）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="132" />
        <source>Postcard (6 photos)</source>
        <translation>はがき（6枚）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="133" />
        <source>2L (9 photos)</source>
        <translation>2L判（9枚）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="133" />
        <source>A4 (30 photos)</source>
        <translation>A4（30枚）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="122" />
        <source>Print</source>
        <translation>印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="123" />
        <source>Cancel printing</source>
        <translation>印刷を中止</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="124" />
        <source>Resume the printer</source>
        <translation>プリンターを再開</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="125" />
        <source>Print again</source>
        <translation>もう一度印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="126" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="127" />
        <source>Print the next steps (paper form)</source>
        <translation>手続き案内を印刷（郵送申請）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="128" />
        <source>Print the next steps (online)</source>
        <translation>手続き案内を印刷（オンライン申請）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="137" />
        <source>%1 sheet(s)</source>
        <translation>%1 部</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="188" />
        <source>This printer has no %1 paper size: choose another paper</source>
        <translation>このプリンターには %1 の用紙サイズがありません。別の用紙を選んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="245" />
        <source>Take and accept a photo first.</source>
        <translation>先に写真を撮影して確定してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="250" />
        <source>The photo cannot be read (damaged image): take it again.</source>
        <translation>写真を読み込めません（壊れた画像）。撮り直してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="286" />
        <source>Sending to the printer…</source>
        <translation>プリンターに送っています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="295" />
        <source>Sent to the printer…</source>
        <translation>プリンターに送りました…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="317" />
        <source>Waiting for the printer</source>
        <translation>プリンターの順番待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="317" />
        <source>Held</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="318" />
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="318" />
        <source>The printer has stopped</source>
        <translation>プリンターが停止しています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="319" />
        <source>Cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="319" />
        <source>Not printed</source>
        <translation>印刷できませんでした</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="319" />
        <source>Printed</source>
        <translation>印刷しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/print_panel.py" line="355" />
        <source>The printer is accepting jobs again.</source>
        <translation>プリンターを再開しました。</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="25" />
        <location filename="../../kiosk/ui/printer_status.py" line="26" />
        <source>Out of paper: load paper</source>
        <translation>用紙がありません。用紙を補充してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="27" />
        <source>Paper is running low</source>
        <translation>用紙が少なくなっています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="28" />
        <source>Paper jam: remove the jammed paper</source>
        <translation>紙詰まりです。詰まった紙を取り除いてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="29" />
        <location filename="../../kiosk/ui/printer_status.py" line="30" />
        <source>A printer cover is open: close it</source>
        <translation>プリンターのカバーが開いています。閉じてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="31" />
        <source>A paper tray is out: put it back</source>
        <translation>給紙トレイが外れています。差し込んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="32" />
        <source>Toner is low: have a new cartridge ready</source>
        <translation>トナー残量が少なくなっています。交換の用意をしてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="33" />
        <source>Toner is empty: replace it</source>
        <translation>トナーがありません。交換してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="34" />
        <source>Ink is low: have a new cartridge ready</source>
        <translation>インク残量が少なくなっています。交換の用意をしてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="35" />
        <source>Ink is empty: replace it</source>
        <translation>インクがありません。交換してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="36" />
        <source>The ink waste pad is almost full</source>
        <translation>廃インク吸収パッドの交換時期が近づいています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="37" />
        <source>The ink waste pad is full: call for service</source>
        <translation>廃インク吸収パッドが満杯です。修理を依頼してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="38" />
        <source>The printer is offline: check power and cable</source>
        <translation>プリンターがオフラインです。電源とケーブルを確認してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="39" />
        <source>The printer does not answer: check power and cable</source>
        <translation>プリンターが応答しません。電源とケーブルを確認してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="40" />
        <source>The printer is switched off: switch it on</source>
        <translation>プリンターの電源が切れています。電源を入れてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="41" />
        <source>Connecting to the printer…</source>
        <translation>プリンターに接続しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="42" />
        <location filename="../../kiosk/ui/printer_status.py" line="43" />
        <location filename="../../kiosk/ui/printer_status.py" line="44" />
        <source>The printer is stopped: fix it, then press Resume</source>
        <translation>プリンターが停止しています。原因を直してから「再開」を押してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="45" />
        <source>The printer is not accepting jobs: press Resume</source>
        <translation>プリンターが印刷を受け付けていません。「再開」を押してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="46" />
        <location filename="../../kiosk/ui/printer_status.py" line="47" />
        <source>The job is held: press Resume or cancel it</source>
        <translation>印刷が保留されています。「再開」を押すか取り消してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="48" />
        <source>The job was aborted: check the printer and print again</source>
        <translation>印刷が中止されました。プリンターを確認して、もう一度印刷してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="49" />
        <source>The job was cancelled: print again if needed</source>
        <translation>印刷を取り消しました。必要ならもう一度印刷してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="50" />
        <source>The job is no longer known to the printer system: print again</source>
        <translation>印刷の記録が見つかりません。もう一度印刷してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="51" />
        <location filename="../../kiosk/ui/printer_status.py" line="52" />
        <source>The sheet could not be printed: print again</source>
        <translation>用紙データを印刷できませんでした。もう一度印刷してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="53" />
        <source>Cannot reach the printer: check power, cable and network</source>
        <translation>プリンターに接続できません。電源・ケーブル・ネットワークを確認してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="54" />
        <source>Printer %1 not found: check the settings</source>
        <translation>プリンター「%1」が見つかりません。設定を確認してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="55" />
        <source>Cannot reach the print system (CUPS): is it running?</source>
        <translation>印刷システム（CUPS）に接続できません。起動しているか確認してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="56" />
        <source>%1 ink is low: have a new cartridge ready</source>
        <translation>%1 のインクが少なくなっています。交換の用意をしてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="57" />
        <source>%1 ink is empty: replace it</source>
        <translation>%1 のインクがありません。交換してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="58" />
        <source>The photo paper tray is empty: load photo paper</source>
        <translation>写真用紙トレイが空です。写真用紙を補充してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_status.py" line="59" />
        <source>Paper tray %1 is empty: load paper</source>
        <translation>給紙トレイ「%1」が空です。用紙を補充してください</translation>
    </message>
</context>
<context>
    <name>ReceptionPanel</name>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="56" />
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="59" />
        <source>Receive visitor</source>
        <translation>受付する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="60" />
        <source>Call next</source>
        <translation>次の方を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="61" />
        <source>Cancel this reception</source>
        <translation>この受付を取り消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="63" />
        <location filename="../../kiosk/ui/reception_panel.py" line="112" />
        <source>Given: No. %1</source>
        <translation>発券: %1 番</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="68" />
        <source>Waiting: %1</source>
        <translation>お待ちの方：%1 人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="70" />
        <source>(a newcomer waits about %1 min)</source>
        <translation>（今から来た方の待ち時間 約%1分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="86" />
        <source>Cancel the reception of No. %1?</source>
        <translation>%1番の受付を取り消しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="87" />
        <source>For a number given by mistake: the visitor is then not counted.</source>
        <translation>誤って発行した番号の場合に使います。取り消した来場者は集計されません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="88" />
        <source>Cancel the reception</source>
        <translation>受付を取り消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="88" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reception_panel.py" line="75" />
        <source>No. %1</source>
        <translation>%1 番</translation>
    </message>
</context>
<context>
    <name>ReportStatusWidget</name>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="67" />
        <source>Daily reports to hand in</source>
        <translation>提出する日次報告書</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="68" />
        <source>All daily reports are handed in</source>
        <translation>日次報告書はすべて提出済みです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="69" />
        <source>Make a report…</source>
        <translation>報告書を作成…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="75" />
        <source>%1: LATE, was due %2</source>
        <translation>%1：提出期限超過（期限 %2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="77" />
        <source>%1: due today</source>
        <translation>%1：本日が提出期限</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="78" />
        <source>%1: due %2 (%3 business days left)</source>
        <translation>%1：期限 %2（残り %3 営業日）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="95" />
        <source>Handed in</source>
        <translation>提出済みにする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/report_status.py" line="95" />
        <source>Close the session first</source>
        <translation>先に開催を終了</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="94" />
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="95" />
        <source>Daily report</source>
        <translation>日次報告書</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="96" />
        <source>Monthly report</source>
        <translation>月次報告書</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="98" />
        <source>Excel (XLSX)</source>
        <translation>Excel（XLSX）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="99" />
        <source>Make and preview</source>
        <translation>作成して確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="100" />
        <source>Save to:</source>
        <translation>保存先：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="101" />
        <source>USB stick put in? Look again</source>
        <translation>USBメモリを挿したら、ここをタップ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="102" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="148" />
        <source>Made %1. Check it, then choose where to save it.</source>
        <translation>%1 を作成しました。内容を確認して、保存先を選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="176" />
        <source>This kiosk's reports folder</source>
        <translation>この端末の報告書フォルダー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="192" />
        <source>Could not save: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/reports_screen.py" line="194" />
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="83" />
        <source>Correct today's session</source>
        <translation>本日の開催の訂正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="84" />
        <source>Open today's booth session</source>
        <translation>本日の開催を開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="85" />
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="86" />
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="87" />
        <source>e.g. Miyagi Prefectural Government Building</source>
        <translation>例：宮城県行政庁舎</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="88" />
        <source>e.g. Sendai</source>
        <translation>例：仙台市</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="91" />
        <location filename="../../kiosk/ui/session_panel.py" line="108" />
        <source>100-person-class venue</source>
        <translation>100人規模の会場</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="92" />
        <source>Kind of session</source>
        <translation>開催の種類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="93" />
        <source>Venue size (tap if it applies)</source>
        <translation>会場の規模（該当する場合にタップ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="94" />
        <source>Open session</source>
        <translation>開始する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="94" />
        <source>Save the correction</source>
        <translation>訂正を保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="96" />
        <source>Correct venue or kind</source>
        <translation>会場・種別を訂正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="97" />
        <source>Today's session</source>
        <translation>本日の開催</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="98" />
        <source>Close session</source>
        <translation>本日の開催を終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="110" />
        <source>Opened at %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="156" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="157" />
        <source>Visitors</source>
        <translation>来場者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="157" />
        <source>Paper applications</source>
        <translation>申請（紙）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="158" />
        <source>Online applications</source>
        <translation>申請（オンライン）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="158" />
        <source>Health insurance link</source>
        <translation>保険証利用登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="159" />
        <source>Public funds account</source>
        <translation>公金受取口座登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="160" />
        <source>Smartphone consultations</source>
        <translation>スマホ相談</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="160" />
        <source>Surveys</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="161" />
        <source>Close today's session?</source>
        <translation>本日の開催を終了しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="162" />
        <source>Today's figures:</source>
        <translation>本日の実績：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="163" />
        <source>Close the session</source>
        <translation>開催を終了する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/session_panel.py" line="95" />
        <location filename="../../kiosk/ui/session_panel.py" line="163" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="38" />
        <source>Sync now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="43" />
        <source>Synced</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="45" />
        <source>Sending {done}/{total}</source>
        <translation>送信中 {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="48" />
        <source>Offline since {time}, {n} waiting</source>
        <translation>{time} からオフライン・未送信 {n} 件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="50" />
        <source>HQ refused, {n} waiting</source>
        <translation>本部が受信を拒否・未送信 {n} 件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="52" />
        <source>Preparing sync</source>
        <translation>送信の準備中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="53" />
        <source>{n} waiting</source>
        <translation>未送信 {n} 件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="72" />
        <source>All delivered to HQ</source>
        <translation>すべて本部に届きました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_status.py" line="74" />
        <source>Not delivered: {n} still waiting. The kiosk keeps trying.</source>
        <translation>未送信が {n} 件あります。端末は送信を続けます。</translation>
    </message>
</context>
<context>
    <name>TallyBar</name>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="36" />
        <source>Visitors</source>
        <translation>来場者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="37" />
        <source>Paper</source>
        <translation>紙申請</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="38" />
        <source>Online</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="39" />
        <source>Insurance</source>
        <translation>保険証利用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="40" />
        <source>Public funds</source>
        <translation>公金口座</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="41" />
        <source>Smartphone</source>
        <translation>スマホ相談</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="42" />
        <source>Surveys</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="43" />
        <source>Printed pages</source>
        <translation>印刷枚数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="52" />
        <source>Daily reports to hand in: %1</source>
        <translation>未提出の日次報告書：%1件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/tally_bar.py" line="54" />
        <source>(%1 late)</source>
        <translation>（うち期限超過 %1件）</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="58" />
        <source>Set up this kiosk's passphrase</source>
        <translation>この端末のパスフレーズを設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="60" />
        <source>The passphrase encrypts everything this kiosk records. Choose at least %1 characters and keep it with the booth's manager: without it the records cannot be read.</source>
        <translation>パスフレーズはこの端末のすべての記録を暗号化します。%1 文字以上で決め、責任者が保管してください。パスフレーズがないと記録は読めません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="62" />
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="64" />
        <source>Enter the passphrase to start</source>
        <translation>パスフレーズを入力して開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="65" />
        <source>The passphrase is asked once each time the kiosk starts.</source>
        <translation>パスフレーズは端末を起動するたびに一度だけ入力します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="66" />
        <source>Unlock</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="67" />
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="68" />
        <source>The same passphrase again</source>
        <translation>確認のため同じパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="69" />
        <source>Show what I type</source>
        <translation>入力内容を表示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="80" />
        <source>Use at least %1 characters.</source>
        <translation>%1 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unlock_screen.py" line="83" />
        <source>The two passphrases differ.</source>
        <translation>2回の入力が違います。</translation>
    </message>
</context>
</TS>