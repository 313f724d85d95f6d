<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AttendeeView</name>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="132" />
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="135" />
        <source>Welcome</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="137" />
        <source>Please wait. Staff will call your number.</source>
        <translation>Xin vui lòng chờ. Nhân viên sẽ gọi số của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="140" />
        <source>No. %1, welcome. The staff member with you will go through each step with you.</source>
        <translation>Số %1, xin chào mừng. Nhân viên bên cạnh sẽ hướng dẫn bạn từng bước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="142" />
        <source>Thank you</source>
        <translation>Cảm ơn bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="143" />
        <source>Staff will check your photo before it is printed.</source>
        <translation>Nhân viên sẽ kiểm tra ảnh của bạn trước khi in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="144" />
        <source>Please hand the screen back to the staff for the next step.</source>
        <translation>Vui lòng đưa lại màn hình cho nhân viên để sang bước tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="145" />
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Normal text</source>
        <translation>Chữ bình thường</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="148" />
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="149" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="150" />
        <source>Still there? This screen goes back to the start in %1 seconds.</source>
        <translation>Bạn còn ở đây không? Màn hình sẽ quay về trang đầu sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>People waiting: %1</source>
        <translation>Số người đang chờ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="175" />
        <source>Waiting time: about %1 min</source>
        <translation>Thời gian chờ: khoảng %1 phút</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>No one is waiting</source>
        <translation>Hiện không có ai đang chờ</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="15" />
        <source>Please look at the camera.</source>
        <translation>Vui lòng nhìn vào máy ảnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="16" />
        <source>Please lower your chin a little.</source>
        <translation>Vui lòng hạ cằm xuống một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="17" />
        <source>Please raise your chin a little.</source>
        <translation>Vui lòng nâng cằm lên một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="18" />
        <source>Please be the only person in the picture.</source>
        <translation>Vui lòng chỉ có một mình bạn trong ảnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="19" />
        <source>Please move your hair or glasses so your eyes can be seen.</source>
        <translation>Vui lòng vén tóc hoặc chỉnh kính để thấy rõ mắt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="20" />
        <source>Please close your mouth.</source>
        <translation>Vui lòng khép miệng lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="21" />
        <source>Please fit your face inside the oval.</source>
        <translation>Vui lòng đưa khuôn mặt vào trong khung bầu dục.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="22" />
        <source>Please come a little closer.</source>
        <translation>Vui lòng lại gần hơn một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="23" />
        <source>Please move back a little.</source>
        <translation>Vui lòng lùi lại một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="24" />
        <source>Please move to the middle.</source>
        <translation>Vui lòng di chuyển vào giữa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="25" />
        <source>Please move a little to your left.</source>
        <translation>Vui lòng dịch sang trái một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="26" />
        <source>Please move a little to your right.</source>
        <translation>Vui lòng dịch sang phải một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="27" />
        <source>Please hold your head straight.</source>
        <translation>Vui lòng giữ đầu thẳng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="28" />
        <source>Please open your eyes.</source>
        <translation>Vui lòng mở mắt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="29" />
        <source>Light is shining on your glasses. Please tilt your head a little.</source>
        <translation>Kính của bạn bị lóa sáng. Vui lòng nghiêng đầu một chút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="30" />
        <source>Please hold still.</source>
        <translation>Vui lòng giữ yên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="31" />
        <source>We will take the photo now.</source>
        <translation>Bây giờ chúng tôi sẽ chụp ảnh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="32" />
        <source>The photo has been taken.</source>
        <translation>Đã chụp xong ảnh.</translation>
    </message>
</context>
<context>
    <name>SelfPhoto</name>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="80" />
        <source>Your photo: look at the camera. It is taken by itself.</source>
        <translation>Chụp ảnh: Vui lòng nhìn vào máy ảnh. Ảnh sẽ được chụp tự động.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="81" />
        <source>Tap the photo you like best.</source>
        <translation>Vui lòng chạm vào ảnh bạn thích nhất.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="83" />
        <source>Try again (%1 left)</source>
        <translation>Chụp lại (còn %1 lần)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="84" />
        <source>Use this photo</source>
        <translation>Dùng ảnh này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="85" />
        <source>Take the photo now</source>
        <translation>Chụp ngay</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="164" />
        <source>90 and over</source>
        <translation>Từ 90 tuổi trở lên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="166" />
        <source>Under 10</source>
        <translation>Dưới 10 tuổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="168" />
        <source>%1 to %2</source>
        <translation>%1–%2 tuổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="173" />
        <source>Your age</source>
        <translation>Độ tuổi của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="177" />
        <source>(choose any)</source>
        <translation>(có thể chọn nhiều)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="181" />
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="183" />
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="184" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="185" />
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
</TS>