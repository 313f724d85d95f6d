<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>AttendeeView</name>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="132" />
        <source>Choose your language</source>
        <translation>Piliin ang iyong wika</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="135" />
        <source>Welcome</source>
        <translation>Maligayang pagdating</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="137" />
        <source>Please wait. Staff will call your number.</source>
        <translation>Pakihintay lang po. Tatawagin ng staff ang numero mo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="140" />
        <source>No. %1, welcome. The staff member with you will go through each step with you.</source>
        <translation>Numero %1, maligayang pagdating. Sasamahan po kayo ng staff sa bawat hakbang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="142" />
        <source>Thank you</source>
        <translation>Salamat po</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="143" />
        <source>Staff will check your photo before it is printed.</source>
        <translation>Susuriin ng staff ang iyong litrato bago ito i-print.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="144" />
        <source>Please hand the screen back to the staff for the next step.</source>
        <translation>Pakibalik ang screen sa staff para sa susunod na hakbang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="145" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Normal text</source>
        <translation>Karaniwang letra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Larger text</source>
        <translation>Mas malaking letra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="148" />
        <source>Read aloud</source>
        <translation>Basahin nang malakas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="149" />
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="150" />
        <source>Still there? This screen goes back to the start in %1 seconds.</source>
        <translation>Nandiyan ka pa ba? Babalik ang screen sa simula sa loob ng %1 segundo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>People waiting: %1</source>
        <translation>Naghihintay: %1 tao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="175" />
        <source>Waiting time: about %1 min</source>
        <translation>Oras ng paghihintay: mga %1 min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>No one is waiting</source>
        <translation>Walang naghihintay ngayon</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="15" />
        <source>Please look at the camera.</source>
        <translation>Pakitingin po sa camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="16" />
        <source>Please lower your chin a little.</source>
        <translation>Pakibaba nang kaunti ang iyong baba.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="17" />
        <source>Please raise your chin a little.</source>
        <translation>Pakitaas nang kaunti ang iyong baba.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="18" />
        <source>Please be the only person in the picture.</source>
        <translation>Ikaw lang po dapat ang nasa litrato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="19" />
        <source>Please move your hair or glasses so your eyes can be seen.</source>
        <translation>Pakiayos ang buhok o salamin para makita ang iyong mga mata.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="20" />
        <source>Please close your mouth.</source>
        <translation>Pakisara ang iyong bibig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="21" />
        <source>Please fit your face inside the oval.</source>
        <translation>Pakilagay ang iyong mukha sa loob ng bilog.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="22" />
        <source>Please come a little closer.</source>
        <translation>Pakilapit nang kaunti.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="23" />
        <source>Please move back a little.</source>
        <translation>Pakiatras nang kaunti.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="24" />
        <source>Please move to the middle.</source>
        <translation>Pakilipat sa gitna.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="25" />
        <source>Please move a little to your left.</source>
        <translation>Pakiusog nang kaunti sa iyong kaliwa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="26" />
        <source>Please move a little to your right.</source>
        <translation>Pakiusog nang kaunti sa iyong kanan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="27" />
        <source>Please hold your head straight.</source>
        <translation>Pakituwid ang iyong ulo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="28" />
        <source>Please open your eyes.</source>
        <translation>Pakimulat ang iyong mga mata.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="29" />
        <source>Light is shining on your glasses. Please tilt your head a little.</source>
        <translation>May ilaw na tumatama sa iyong salamin. Pakikiling nang kaunti ang iyong ulo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="30" />
        <source>Please hold still.</source>
        <translation>Huwag po munang gumalaw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="31" />
        <source>We will take the photo now.</source>
        <translation>Kukunan na namin ang litrato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="32" />
        <source>The photo has been taken.</source>
        <translation>Nakuhanan na ang litrato.</translation>
    </message>
</context>
<context>
    <name>SelfPhoto</name>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="80" />
        <source>Your photo: look at the camera. It is taken by itself.</source>
        <translation>Litrato: Tumingin po sa camera. Kusang kukunan ang litrato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="81" />
        <source>Tap the photo you like best.</source>
        <translation>Pindutin ang litratong pinakagusto mo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="83" />
        <source>Try again (%1 left)</source>
        <translation>Kumuha ulit (%1 pa ang natitira)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="84" />
        <source>Use this photo</source>
        <translation>Gamitin ang litratong ito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="85" />
        <source>Take the photo now</source>
        <translation>Kunan na ngayon</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="164" />
        <source>90 and over</source>
        <translation>90 pataas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="166" />
        <source>Under 10</source>
        <translation>Wala pang 10</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="168" />
        <source>%1 to %2</source>
        <translation>%1–%2 taong gulang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="173" />
        <source>Your age</source>
        <translation>Ang iyong edad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="177" />
        <source>(choose any)</source>
        <translation>(puwedeng pumili ng higit sa isa)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="181" />
        <source>Read aloud</source>
        <translation>Basahin nang malakas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="183" />
        <source>Finish</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="184" />
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="185" />
        <source>Next</source>
        <translation>Susunod</translation>
    </message>
</context>
</TS>