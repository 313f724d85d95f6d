<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AttendeeView</name>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="132" />
        <source>Choose your language</source>
        <translation>언어를 선택해 주십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="135" />
        <source>Welcome</source>
        <translation>어서 오십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="137" />
        <source>Please wait. Staff will call your number.</source>
        <translation>잠시 기다려 주십시오. 직원이 번호를 불러 드립니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="140" />
        <source>No. %1, welcome. The staff member with you will go through each step with you.</source>
        <translation>%1번 손님, 환영합니다. 옆에 있는 직원이 한 단계씩 함께 안내해 드립니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="142" />
        <source>Thank you</source>
        <translation>감사합니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="143" />
        <source>Staff will check your photo before it is printed.</source>
        <translation>인쇄하기 전에 직원이 사진을 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="144" />
        <source>Please hand the screen back to the staff for the next step.</source>
        <translation>다음 단계를 위해 화면을 직원에게 돌려주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="145" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Normal text</source>
        <translation>보통 글자</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="148" />
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="149" />
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="150" />
        <source>Still there? This screen goes back to the start in %1 seconds.</source>
        <translation>아직 계십니까? %1초 후에 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>People waiting: %1</source>
        <translation>대기 인원: %1명</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="175" />
        <source>Waiting time: about %1 min</source>
        <translation>예상 대기 시간: 약 %1분</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>No one is waiting</source>
        <translation>현재 대기 인원이 없습니다</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="15" />
        <source>Please look at the camera.</source>
        <translation>카메라를 봐 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="16" />
        <source>Please lower your chin a little.</source>
        <translation>턱을 조금 당겨 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="17" />
        <source>Please raise your chin a little.</source>
        <translation>턱을 조금 들어 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="18" />
        <source>Please be the only person in the picture.</source>
        <translation>사진에는 본인만 나오도록 해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="19" />
        <source>Please move your hair or glasses so your eyes can be seen.</source>
        <translation>눈이 보이도록 앞머리나 안경을 정리해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="20" />
        <source>Please close your mouth.</source>
        <translation>입을 다물어 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="21" />
        <source>Please fit your face inside the oval.</source>
        <translation>얼굴을 타원 안에 맞춰 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="22" />
        <source>Please come a little closer.</source>
        <translation>조금 더 가까이 와 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="23" />
        <source>Please move back a little.</source>
        <translation>조금 뒤로 물러나 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="24" />
        <source>Please move to the middle.</source>
        <translation>가운데로 이동해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="25" />
        <source>Please move a little to your left.</source>
        <translation>왼쪽으로 조금 움직여 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="26" />
        <source>Please move a little to your right.</source>
        <translation>오른쪽으로 조금 움직여 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="27" />
        <source>Please hold your head straight.</source>
        <translation>머리를 똑바로 해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="28" />
        <source>Please open your eyes.</source>
        <translation>눈을 떠 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="29" />
        <source>Light is shining on your glasses. Please tilt your head a little.</source>
        <translation>안경에 빛이 반사됩니다. 고개를 조금 기울여 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="30" />
        <source>Please hold still.</source>
        <translation>움직이지 말아 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="31" />
        <source>We will take the photo now.</source>
        <translation>지금 사진을 찍겠습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="32" />
        <source>The photo has been taken.</source>
        <translation>사진을 찍었습니다.</translation>
    </message>
</context>
<context>
    <name>SelfPhoto</name>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="80" />
        <source>Your photo: look at the camera. It is taken by itself.</source>
        <translation>사진 촬영: 카메라를 봐 주십시오. 자동으로 촬영됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="81" />
        <source>Tap the photo you like best.</source>
        <translation>가장 마음에 드는 사진을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="83" />
        <source>Try again (%1 left)</source>
        <translation>다시 찍기 (%1번 남음)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="84" />
        <source>Use this photo</source>
        <translation>이 사진으로 하기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="85" />
        <source>Take the photo now</source>
        <translation>지금 찍기</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="164" />
        <source>90 and over</source>
        <translation>90세 이상</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="166" />
        <source>Under 10</source>
        <translation>10세 미만</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="168" />
        <source>%1 to %2</source>
        <translation>%1~%2세</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="173" />
        <source>Your age</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="177" />
        <source>(choose any)</source>
        <translation>(복수 선택 가능)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="181" />
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="183" />
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="184" />
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="185" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
</TS>