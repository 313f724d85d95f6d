<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttendeeView</name>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="132" />
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="135" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="137" />
        <source>Please wait. Staff will call your number.</source>
        <translation>请稍候。工作人员会叫您的号码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="140" />
        <source>No. %1, welcome. The staff member with you will go through each step with you.</source>
        <translation>%1号，欢迎您。身边的工作人员会陪您一步一步办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="142" />
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="143" />
        <source>Staff will check your photo before it is printed.</source>
        <translation>打印前，工作人员会确认您的照片。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="144" />
        <source>Please hand the screen back to the staff for the next step.</source>
        <translation>请把屏幕交还给工作人员，进行下一步。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="145" />
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Normal text</source>
        <translation>恢复正常文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="146" />
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="148" />
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="149" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="150" />
        <source>Still there? This screen goes back to the start in %1 seconds.</source>
        <translation>您还在吗？%1秒后将返回初始画面。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>People waiting: %1</source>
        <translation>等候人数：%1人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="175" />
        <source>Waiting time: about %1 min</source>
        <translation>预计等候时间：约%1分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attendee_view.py" line="173" />
        <source>No one is waiting</source>
        <translation>目前无人等候</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="15" />
        <source>Please look at the camera.</source>
        <translation>请看着摄像头。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="16" />
        <source>Please lower your chin a little.</source>
        <translation>请把下巴稍微收一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="17" />
        <source>Please raise your chin a little.</source>
        <translation>请把下巴稍微抬起一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="18" />
        <source>Please be the only person in the picture.</source>
        <translation>照片里只能有您一个人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="19" />
        <source>Please move your hair or glasses so your eyes can be seen.</source>
        <translation>请拨开头发或调整眼镜，让眼睛露出来。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="20" />
        <source>Please close your mouth.</source>
        <translation>请闭上嘴。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="21" />
        <source>Please fit your face inside the oval.</source>
        <translation>请把脸放在椭圆框内。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="22" />
        <source>Please come a little closer.</source>
        <translation>请再靠近一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="23" />
        <source>Please move back a little.</source>
        <translation>请稍微往后退一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="24" />
        <source>Please move to the middle.</source>
        <translation>请移到中间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="25" />
        <source>Please move a little to your left.</source>
        <translation>请稍微往左移一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="26" />
        <source>Please move a little to your right.</source>
        <translation>请稍微往右移一点。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="27" />
        <source>Please hold your head straight.</source>
        <translation>请把头摆正。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="28" />
        <source>Please open your eyes.</source>
        <translation>请睁开眼睛。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="29" />
        <source>Light is shining on your glasses. Please tilt your head a little.</source>
        <translation>眼镜反光了。请稍微调整一下头的角度。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="30" />
        <source>Please hold still.</source>
        <translation>请不要动。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="31" />
        <source>We will take the photo now.</source>
        <translation>现在开始拍照。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/guidance.py" line="32" />
        <source>The photo has been taken.</source>
        <translation>照片拍好了。</translation>
    </message>
</context>
<context>
    <name>SelfPhoto</name>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="80" />
        <source>Your photo: look at the camera. It is taken by itself.</source>
        <translation>拍照：请看着摄像头，会自动拍摄。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="81" />
        <source>Tap the photo you like best.</source>
        <translation>请点选您最满意的照片。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="83" />
        <source>Try again (%1 left)</source>
        <translation>重新拍摄（还剩%1次）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="84" />
        <source>Use this photo</source>
        <translation>使用这张照片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/self_photo.py" line="85" />
        <source>Take the photo now</source>
        <translation>立即拍摄</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="164" />
        <source>90 and over</source>
        <translation>90岁以上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="166" />
        <source>Under 10</source>
        <translation>10岁以下</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="168" />
        <source>%1 to %2</source>
        <translation>%1–%2岁</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="173" />
        <source>Your age</source>
        <translation>您的年龄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="177" />
        <source>(choose any)</source>
        <translation>（可多选）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="181" />
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="183" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="184" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/survey_screen.py" line="185" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
</TS>