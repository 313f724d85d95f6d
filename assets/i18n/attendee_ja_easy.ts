<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AttendeeView</name>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="132" />
        <source>Choose your language</source>
        <translation>ことばを えらんで ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="135" />
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="137" />
        <source>Please wait. Staff will call your number.</source>
        <translation>すこし まって ください。 かかりの ひとが ばんごうを よびます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="140" />
        <source>No. %1, welcome. The staff member with you will go through each step with you.</source>
        <translation>%1ばんの かた、ようこそ。 いっしょに いる かかりの ひとが、 ひとつずつ ごあんないします。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="142" />
        <source>Thank you</source>
        <translation>ありがとう ございました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="143" />
        <source>Staff will check your photo before it is printed.</source>
        <translation>いんさつの まえに、 かかりの ひとが しゃしんを たしかめます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="144" />
        <source>Please hand the screen back to the staff for the next step.</source>
        <translation>つぎの てつづきの ために、 がめんを かかりの ひとに かえして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="145" />
        <source>Staff</source>
        <translation>かかりの ひと</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Normal text</source>
        <translation>もじを もとに もどす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Larger text</source>
        <translation>もじを おおきく</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="148" />
        <source>Read aloud</source>
        <translation>こえで よむ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="149" />
        <source>Continue</source>
        <translation>つづける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="150" />
        <source>Still there? This screen goes back to the start in %1 seconds.</source>
        <translation>まだ いますか？ あと %1 びょうで さいしょの がめんに もどります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>People waiting: %1</source>
        <translation>まって いる ひと: %1にん</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="175" />
        <source>Waiting time: about %1 min</source>
        <translation>まつ じかん: だいたい %1 分</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>No one is waiting</source>
        <translation>いま まって いる ひとは いません</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="15" />
        <source>Please look at the camera.</source>
        <translation>カメラを みて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="16" />
        <source>Please lower your chin a little.</source>
        <translation>あごを すこし ひいて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="17" />
        <source>Please raise your chin a little.</source>
        <translation>あごを すこし あげて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="18" />
        <source>Please be the only person in the picture.</source>
        <translation>しゃしんには あなた ひとりだけが うつるように して ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="19" />
        <source>Please move your hair or glasses so your eyes can be seen.</source>
        <translation>めが みえるように、 まえがみや めがねを なおして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="20" />
        <source>Please close your mouth.</source>
        <translation>くちを とじて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="21" />
        <source>Please fit your face inside the oval.</source>
        <translation>かおを まるの なかに いれて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="22" />
        <source>Please come a little closer.</source>
        <translation>すこし ちかくに きて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="23" />
        <source>Please move back a little.</source>
        <translation>すこし うしろに さがって ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="24" />
        <source>Please move to the middle.</source>
        <translation>まんなかに うごいて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="25" />
        <source>Please move a little to your left.</source>
        <translation>すこし ひだりへ うごいて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="26" />
        <source>Please move a little to your right.</source>
        <translation>すこし みぎへ うごいて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="27" />
        <source>Please hold your head straight.</source>
        <translation>あたまを まっすぐに して ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="28" />
        <source>Please open your eyes.</source>
        <translation>めを あけて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="29" />
        <source>Light is shining on your glasses. Please tilt your head a little.</source>
        <translation>めがねが ひかって います。 かおを すこし かたむけて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="30" />
        <source>Please hold still.</source>
        <translation>うごかないで ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="31" />
        <source>We will take the photo now.</source>
        <translation>いまから しゃしんを とります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="32" />
        <source>The photo has been taken.</source>
        <translation>しゃしんを とりました。</translation>
    </message>
</context>
<context>
    <name>SelfPhoto</name>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="80" />
        <source>Your photo: look at the camera. It is taken by itself.</source>
        <translation>しゃしん: カメラを みて ください。 じどうで とります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="81" />
        <source>Tap the photo you like best.</source>
        <translation>いちばん よい しゃしんを えらんで ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="83" />
        <source>Try again (%1 left)</source>
        <translation>もう いちど とる（あと %1 かい）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="84" />
        <source>Use this photo</source>
        <translation>この しゃしんに する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="85" />
        <source>Take the photo now</source>
        <translation>いま とる</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="164" />
        <source>90 and over</source>
        <translation>90さい いじょう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="166" />
        <source>Under 10</source>
        <translation>10さい より した</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="168" />
        <source>%1 to %2</source>
        <translation>%1〜%2さい</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="173" />
        <source>Your age</source>
        <translation>あなたの としは？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="177" />
        <source>(choose any)</source>
        <translation>（いくつ えらんでも いいです）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="181" />
        <source>Read aloud</source>
        <translation>こえで よむ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="183" />
        <source>Finish</source>
        <translation>おわり</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="184" />
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="185" />
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
</context>
</TS>