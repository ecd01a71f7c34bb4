<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccusedBox</name>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="37"/>
        <source>Unknown accused (describe instead of naming)</source>
        <translation>نامعلوم ملزم (نام کی بجائے حلیہ لکھیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="46"/>
        <source>Remove this accused</source>
        <translation>یہ ملزم نکال دیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="50"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="51"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="52"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="53"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="54"/>
        <source>Description</source>
        <translation>حلیہ</translation>
    </message>
</context>
<context>
    <name>AccusedList</name>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="122"/>
        <source>Add another accused</source>
        <translation>ایک اور ملزم شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/accused_list.py" line="157"/>
        <source>Accused {number}</source>
        <translation>ملزم {number}</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../fieldclient/ui/shell.py" line="162"/>
        <source>This device&apos;s stored clock was unusable (far in the future) and was reset to the current time; the repair is in the audit log.</source>
        <translation>اس ڈیوائس کی محفوظ گھڑی ناقابلِ استعمال تھی (بہت آگے مستقبل میں) اور اسے موجودہ وقت پر لوٹا دیا گیا؛ یہ مرمت آڈٹ لاگ میں درج ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/shell.py" line="178"/>
        <source>Unlock</source>
        <translation>ان لاک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/shell.py" line="166"/>
        <source>The copy of the document keys kept outside the vault (for verifying without login) had been changed outside this application; it was rewritten from the vault. Documents verified without login since then may have been judged with wrong keys. This is in the audit log.</source>
        <translation>والٹ سے باہر رکھی گئی دستاویزی چابیوں کی نقل (لاگ اِن کے بغیر تصدیق کے لیے) اس ایپلیکیشن کے باہر بدلی گئی تھی؛ اسے والٹ سے دوبارہ لکھ دیا گیا ہے۔ اس دوران لاگ اِن کے بغیر جن دستاویزات کی تصدیق ہوئی، ان کا فیصلہ غلط چابیوں سے ہوا ہو سکتا ہے۔ یہ آڈٹ لاگ میں درج ہے۔</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../fieldclient/ui/attendance_page.py" line="25"/>
        <source>Check in / out</source>
        <translation>آمد / روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance_page.py" line="26"/>
        <source>Events</source>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance_page.py" line="57"/>
        <source>The attendance screen is not in this build yet.</source>
        <translation>حاضری کی اسکرین اس ورژن میں ابھی شامل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance_page.py" line="31"/>
        <source>Set-up</source>
        <translation>سیٹ اپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance_page.py" line="32"/>
        <source>Leave</source>
        <translation>رخصت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance_page.py" line="33"/>
        <source>Roll call and return</source>
        <translation>حاضری (رول کال) اور ماہانہ گوشوارہ</translation>
    </message>
</context>
<context>
    <name>AttendanceReturn</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="39"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="40"/>
        <source>out on duty</source>
        <translation>ڈیوٹی پر باہر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="41"/>
        <source>absent</source>
        <translation>غیر حاضر</translation>
    </message>
</context>
<context>
    <name>AttendanceScreen</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="59"/>
        <source>Check &amp;in</source>
        <translation>&amp;آمد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="60"/>
        <source>Check &amp;out</source>
        <translation>&amp;روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="89"/>
        <source>&lt;b&gt;Today&lt;/b&gt;</source>
        <translation>&lt;b&gt;آج&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="97"/>
        <source>Fingerprint</source>
        <translation>انگوٹھے کا نشان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="99"/>
        <source>&amp;Scan finger</source>
        <translation>&amp;انگلی اسکین کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="103"/>
        <source>Place finger</source>
        <translation>انگلی رکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="110"/>
        <source>Simulate finger (training):</source>
        <translation>فرضی انگلی (تربیت):</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="148"/>
        <source>No fingerprint? Badge and PIN</source>
        <translation>انگلی کا نشان نہیں؟ بیج نمبر اور پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="153"/>
        <source>Record with PIN</source>
        <translation>پن سے درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="156"/>
        <source>Badge no.</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="157"/>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="266"/>
        <source>PIN</source>
        <translation>پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="162"/>
        <source>Supervisor override</source>
        <translation>نگران افسر کی اجازت سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="168"/>
        <source>Record by supervisor</source>
        <translation>نگران افسر درج کرے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="170"/>
        <source>Officer&apos;s badge no.</source>
        <translation>اہلکار کا بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="171"/>
        <source>Supervisor&apos;s badge no.</source>
        <translation>نگران افسر کا بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="172"/>
        <source>Supervisor&apos;s PIN</source>
        <translation>نگران افسر کا پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="190"/>
        <source>Waiting for a finger on the scanner…</source>
        <translation>اسکینر پر انگلی کا انتظار…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="227"/>
        <source>Enter the badge number and the PIN.</source>
        <translation>بیج نمبر اور پن درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="243"/>
        <source>Enter the officer&apos;s badge, the supervisor&apos;s badge and PIN.</source>
        <translation>اہلکار کا بیج نمبر، نگران افسر کا بیج نمبر اور پن درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="261"/>
        <source>Checked in</source>
        <translation>آمد درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="261"/>
        <source>Checked out</source>
        <translation>روانگی درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="263"/>
        <source>fingerprint, match {score}</source>
        <translation>انگلی کا نشان، مطابقت {score}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="267"/>
        <source>override by {supervisor}</source>
        <translation>نگران افسر {supervisor} کی اجازت سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="271"/>
        <source>{what}: {badge} at {at} ({how})</source>
        <translation>{what}: {badge}، وقت {at} ({how})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="312"/>
        <source>{badge} is not on today&apos;s duty roster, so the table does not list them.</source>
        <translation>{badge} آج کے ڈیوٹی روسٹر میں نہیں، اس لیے جدول میں شامل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="117"/>
        <source>On departure: duty</source>
        <translation>روانگی پر: ڈیوٹی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="124"/>
        <source>Patrol (gasht)</source>
        <translation>گشت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="125"/>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="126"/>
        <source>Raid</source>
        <translation>چھاپہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="127"/>
        <source>Escort</source>
        <translation>اسکارٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="128"/>
        <source>Investigation</source>
        <translation>تفتیش</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="129"/>
        <source>Picket</source>
        <translation>ناکہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="130"/>
        <source>Off duty</source>
        <translation>ڈیوٹی ختم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="134"/>
        <source>Nature of &amp;duty</source>
        <translation>ڈیوٹی کی &amp;نوعیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="135"/>
        <source>Place of duty</source>
        <translation>ڈیوٹی کی جگہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/screen.py" line="276"/>
        <source>duty: {duty}</source>
        <translation>ڈیوٹی: {duty}</translation>
    </message>
</context>
<context>
    <name>AttendanceSetup</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="58"/>
        <source>Badge</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="59"/>
        <source>Shift</source>
        <translation>ڈیوٹی کے اوقات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="60"/>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="119"/>
        <source>Rest days</source>
        <translation>آرام کے دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="61"/>
        <source>PIN</source>
        <translation>پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="62"/>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="153"/>
        <source>Finger</source>
        <translation>انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="63"/>
        <source>Supervisor</source>
        <translation>نگران افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="70"/>
        <source>e.g. KP-1001</source>
        <translation>مثلاً KP-1001</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="72"/>
        <source>Officer&apos;s &amp;badge no.</source>
        <translation>اہلکار کا &amp;بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="81"/>
        <source>&lt;b&gt;The station&apos;s roster and enrolment&lt;/b&gt;</source>
        <translation>&lt;b&gt;تھانے کا روسٹر اور اندراج&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="88"/>
        <source>Shift and rest days</source>
        <translation>ڈیوٹی کے اوقات اور آرام کے دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="98"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="109"/>
        <source>&amp;Save shift</source>
        <translation>ڈیوٹی کے اوقات &amp;محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="111"/>
        <source>Take off the roster</source>
        <translation>روسٹر سے ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="116"/>
        <source>Shift begins</source>
        <translation>ڈیوٹی شروع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="117"/>
        <source>Shift ends</source>
        <translation>ڈیوٹی ختم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="118"/>
        <source>Late after</source>
        <translation>تاخیر شمار ہو گی بعد از</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="120"/>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="125"/>
        <source>Attendance PIN</source>
        <translation>حاضری کا پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="131"/>
        <source>Set / reset &amp;PIN</source>
        <translation>&amp;پن مقرر / دوبارہ مقرر کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="134"/>
        <source>Supervisor: may vouch for an override</source>
        <translation>نگران افسر: اوور رائیڈ کی تصدیق کر سکتا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="135"/>
        <source>Save supervisor mark</source>
        <translation>نگران افسر کا نشان محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="137"/>
        <source>New PIN</source>
        <translation>نیا پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="138"/>
        <source>PIN again</source>
        <translation>پن دوبارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="145"/>
        <source>Fingerprint</source>
        <translation>انگلی کا نشان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="150"/>
        <source>&amp;Enrol finger</source>
        <translation>انگلی &amp;درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="157"/>
        <source>Simulated scanner (training): the badge is the finger.</source>
        <translation>فرضی اسکینر (تربیت): بیج نمبر ہی انگلی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="166"/>
        <source>Enter the officer&apos;s badge number first.</source>
        <translation>پہلے اہلکار کا بیج نمبر درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="177"/>
        <source>Rest days: leave at least one working day.</source>
        <translation>آرام کے دن: کم از کم ایک کام کا دن چھوڑیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="188"/>
        <source>Shift saved for {badge}.</source>
        <translation>{badge} کے ڈیوٹی اوقات محفوظ ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="199"/>
        <source>{badge} is off the roster from {day}.</source>
        <translation>{badge} کو {day} سے روسٹر سے ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="211"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>دونوں پن مختلف ہیں؛ ایک ہی پن دو بار لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="216"/>
        <source>PIN set for {badge}.</source>
        <translation>{badge} کا پن مقرر ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="226"/>
        <source>{badge} is marked supervisor.</source>
        <translation>{badge} کو نگران افسر مقرر کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="228"/>
        <source>{badge} is no longer a supervisor.</source>
        <translation>{badge} اب نگران افسر نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="244"/>
        <source>Place {badge}&apos;s finger on the scanner…</source>
        <translation>{badge} کی انگلی اسکینر پر رکھیں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="250"/>
        <source>Finger enrolled for {badge}.</source>
        <translation>{badge} کی انگلی درج ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="285"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="285"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="290"/>
        <source>off the roster</source>
        <translation>روسٹر سے باہر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="317"/>
        <source>right thumb</source>
        <translation>دایاں انگوٹھا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="318"/>
        <source>right index finger</source>
        <translation>دائیں ہاتھ کی شہادت کی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="319"/>
        <source>right middle finger</source>
        <translation>دائیں ہاتھ کی درمیانی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="320"/>
        <source>right ring finger</source>
        <translation>دائیں ہاتھ کی انگوٹھی والی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="321"/>
        <source>right little finger</source>
        <translation>دائیں ہاتھ کی چھوٹی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="322"/>
        <source>left thumb</source>
        <translation>بایاں انگوٹھا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="323"/>
        <source>left index finger</source>
        <translation>بائیں ہاتھ کی شہادت کی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="324"/>
        <source>left middle finger</source>
        <translation>بائیں ہاتھ کی درمیانی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="325"/>
        <source>left ring finger</source>
        <translation>بائیں ہاتھ کی انگوٹھی والی انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/setup_screen.py" line="326"/>
        <source>left little finger</source>
        <translation>بائیں ہاتھ کی چھوٹی انگلی</translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="37"/>
        <source>Record attendance</source>
        <translation>حاضری درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="42"/>
        <source>Attendance event</source>
        <translation>حاضری کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="45"/>
        <source>Badge no.</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="46"/>
        <source>Event</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="47"/>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="48"/>
        <source>At</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="49"/>
        <source>Match score</source>
        <translation>مطابقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="50"/>
        <source>Supervisor</source>
        <translation>نگران افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="51"/>
        <source>Device</source>
        <translation>آلہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="52"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="59"/>
        <source>Attendance events are never changed.</source>
        <translation>حاضری کے اندراجات کبھی تبدیل نہیں ہوتے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="68"/>
        <source>check-in</source>
        <translation>آمد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="69"/>
        <source>check-out</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="70"/>
        <source>fingerprint</source>
        <translation>انگلی کا نشان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="71"/>
        <source>PIN</source>
        <translation>پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/attendance_form.py" line="72"/>
        <source>supervisor override</source>
        <translation>نگران افسر کی اجازت</translation>
    </message>
</context>
<context>
    <name>ChallanAfterIssuePanel</name>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="50"/>
        <source>Seized document &amp;returned to the driver</source>
        <translation>ضبط شدہ دستاویز ڈرائیور کو &amp;واپس کر دی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="52"/>
        <source>Court&apos;s decision on the contested challan</source>
        <translation>اعتراض شدہ چالان پر عدالت کا فیصلہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="54"/>
        <source>e.g. Civil Judge, Lahore</source>
        <translation>مثلاً سول جج، لاہور</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="62"/>
        <source>Record the &amp;decision</source>
        <translation>&amp;فیصلہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="65"/>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="66"/>
        <source>Date of the order</source>
        <translation>حکم کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="67"/>
        <source>Amount the court set</source>
        <translation>عدالت کی مقرر کردہ رقم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_panels.py" line="81"/>
        <source>Seized document returned at {time}</source>
        <translation>ضبط شدہ دستاویز {time} پر واپس کی گئی</translation>
    </message>
</context>
<context>
    <name>ChallanForm</name>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="94"/>
        <source>Mark &amp;paid…</source>
        <translation>&amp;ادا شدہ درج کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="124"/>
        <source>Challan</source>
        <translation>چالان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="127"/>
        <source>Restore the unsaved challan you were typing?</source>
        <translation>جو چالان آپ لکھ رہے تھے اور محفوظ نہیں ہوا، کیا اسے واپس لائیں؟</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="222"/>
        <source>Registration no.</source>
        <translation>رجسٹریشن نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="224"/>
        <source>— choose —</source>
        <translation>— منتخب کریں —</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="227"/>
        <source>Vehicle type</source>
        <translation>گاڑی کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="236"/>
        <source>Fine table of</source>
        <translation>جرمانے کی جدول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="238"/>
        <source>Search violations: code or words, e.g. signal</source>
        <translation>خلاف ورزی تلاش کریں: کوڈ یا الفاظ، مثلاً signal</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="239"/>
        <source>Violations on this challan:</source>
        <translation>اس چالان کی خلاف ورزیاں:</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="241"/>
        <source>Violations</source>
        <translation>خلاف ورزیاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="251"/>
        <source>Fine</source>
        <translation>جرمانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="186"/>
        <source>&lt;b&gt;Driver&lt;/b&gt;</source>
        <translation>&lt;b&gt;ڈرائیور&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="161"/>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="188"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="153"/>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="191"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="212"/>
        <source>Licence no. (empty if none)</source>
        <translation>لائسنس نمبر (نہ ہو تو خالی چھوڑیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="145"/>
        <source>Location</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="144"/>
        <source>Issued at (PKT)</source>
        <translation>وقت اجرا (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="377"/>
        <source> (no fine for this vehicle type)</source>
        <translation> (اس قسم کی گاڑی پر جرمانہ نہیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="379"/>
        <source> (Rs {fine:,})</source>
        <translation> (روپے {fine:,})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="396"/>
        <source>Choose the vehicle type and the violations.</source>
        <translation>گاڑی کی قسم اور خلاف ورزیاں منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="405"/>
        <source>pay by {day}</source>
        <translation>ادائیگی کی آخری تاریخ {day}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="409"/>
        <source>no payment window in the table</source>
        <translation>جدول میں ادائیگی کی مدت درج نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="410"/>
        <source>Rs {total:,} — {due}</source>
        <translation>روپے {total:,} — {due}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="169"/>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="455"/>
        <source>not paid</source>
        <translation>ادا نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="172"/>
        <source>Payment reference</source>
        <translation>ادائیگی کا حوالہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="427"/>
        <source>Issue challan</source>
        <translation>چالان جاری کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="429"/>
        <source>Issue the challan to {reg} ({vehicle}) for a fine of Rs {total:,}?
Once issued it cannot be changed except for its payment.</source>
        <translation>{reg} ({vehicle}) کو {total:,} روپے جرمانے کا چالان جاری کریں؟
جاری ہونے کے بعد ادائیگی کے سوا اس میں کوئی تبدیلی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="436"/>
        <source>&amp;Issue</source>
        <translation>&amp;جاری کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="139"/>
        <source>PSID (payment slip id)</source>
        <translation>پی ایس آئی ڈی (ادائیگی سلپ نمبر)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="139"/>
        <source>17 or 18 digits</source>
        <translation>17 یا 18 ہندسے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="141"/>
        <source>Traffic sector</source>
        <translation>ٹریفک سیکٹر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="142"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="149"/>
        <source>&lt;b&gt;Document seized&lt;/b&gt;</source>
        <translation>&lt;b&gt;ضبط شدہ دستاویز&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="153"/>
        <source>driving licence</source>
        <translation>ڈرائیونگ لائسنس</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="153"/>
        <source>registration book</source>
        <translation>رجسٹریشن بک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="156"/>
        <source>Document seized (none: leave empty)</source>
        <translation>ضبط شدہ دستاویز (کوئی نہیں: خالی چھوڑیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="158"/>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="209"/>
        <source>Its number</source>
        <translation>اس کا نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="159"/>
        <source>&lt;b&gt;Issuing officer&lt;/b&gt;</source>
        <translation>&lt;b&gt;چالان کرنے والا افسر&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="162"/>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="163"/>
        <source>Belt no.</source>
        <translation>بیلٹ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="189"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="190"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="196"/>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="197"/>
        <source>PoR card</source>
        <translation>پی او آر کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="198"/>
        <source>Afghan citizen card</source>
        <translation>افغان سٹیزن کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="199"/>
        <source>NICOP</source>
        <translation>نائیکوپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="200"/>
        <source>Driving licence</source>
        <translation>ڈرائیونگ لائسنس</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="201"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="204"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="207"/>
        <source>No CNIC: other identity document</source>
        <translation>شناختی کارڈ نہیں: دوسری شناختی دستاویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="210"/>
        <source>Or why there is none</source>
        <translation>یا کوئی دستاویز نہ ہونے کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="214"/>
        <source>Licence category</source>
        <translation>لائسنس کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="216"/>
        <source>e.g. LTV, motorcycle</source>
        <translation>مثلاً ایل ٹی وی، موٹر سائیکل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="221"/>
        <source>&lt;b&gt;Vehicle&lt;/b&gt;</source>
        <translation>&lt;b&gt;گاڑی&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="228"/>
        <source>Make</source>
        <translation>ساخت (کمپنی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="228"/>
        <source>e.g. Suzuki Mehran</source>
        <translation>مثلاً سوزوکی مہران</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="229"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="254"/>
        <source>&lt;b&gt;Offender&apos;s signature&lt;/b&gt;</source>
        <translation>&lt;b&gt;خلاف ورزی کرنے والے کے دستخط&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="256"/>
        <source>Signature (image)</source>
        <translation>دستخط (تصویر)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="265"/>
        <source>The offender refused to sign</source>
        <translation>خلاف ورزی کرنے والے نے دستخط سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="269"/>
        <source>Choose the scanned signature</source>
        <translation>اسکین شدہ دستخط منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="281"/>
        <source>The fine table of this station&apos;s province</source>
        <translation>اس تھانے کے صوبے کا جرمانہ جدول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="373"/>
        <source> (no amount in the sources: cannot be priced)</source>
        <translation> (ذرائع میں رقم نہیں: جرمانہ طے نہیں ہو سکتا)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="386"/>
        <source> [proposed in a Finance Bill; enactment not verified]</source>
        <translation> [فنانس بل میں تجویز کردہ؛ نفاذ کی تصدیق نہیں ہوئی]</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/challan_form.py" line="388"/>
        <source> [whether still in force is not known]</source>
        <translation> [معلوم نہیں کہ اب بھی نافذ ہے یا نہیں]</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../fieldclient/ui/forms/code_picker.py" line="64"/>
        <source>Add ↓</source>
        <translation>شامل کریں ↓</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/code_picker.py" line="65"/>
        <source>Remove</source>
        <translation>نکال دیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/code_picker.py" line="59"/>
        <source>Nothing matches what you typed.</source>
        <translation>آپ کے لکھے سے کچھ نہیں ملا۔</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="80"/>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="116"/>
        <source>Complaint</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="83"/>
        <source>Restore the unsaved complaint you were typing?</source>
        <translation>جو درخواست آپ لکھ رہے تھے اور محفوظ نہیں ہوئی، کیا اسے بحال کیا جائے؟</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="88"/>
        <source>&lt;b&gt;Complainant&lt;/b&gt;</source>
        <translation>&lt;b&gt;درخواست گزار&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="93"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="94"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="95"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="96"/>
        <source>Mobile</source>
        <translation>موبائل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="97"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="101"/>
        <source>&lt;b&gt;The complaint&lt;/b&gt;</source>
        <translation>&lt;b&gt;درخواست&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="107"/>
        <source>Received</source>
        <translation>کیسے موصول ہوئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="109"/>
        <source>Only when a senior officer referred it</source>
        <translation>صرف اس صورت میں جب کسی سینئر افسر نے بھیجی ہو</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="110"/>
        <source>Referred by</source>
        <translation>بھیجنے والا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="112"/>
        <source>Received at (PKT)</source>
        <translation>وصولی کا وقت (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="115"/>
        <source>What the complainant asks (Urdu or English)</source>
        <translation>درخواست گزار کیا چاہتا ہے (اردو یا انگریزی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="118"/>
        <source>Occurred at (PKT)</source>
        <translation>وقوعہ کا وقت (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="120"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="121"/>
        <source>&lt;b&gt;Complained against&lt;/b&gt;</source>
        <translation>&lt;b&gt;جن کے خلاف درخواست ہے&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="123"/>
        <source>Against</source>
        <translation>خلاف</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="161"/>
        <source>Act on the complaint</source>
        <translation>درخواست پر کارروائی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="163"/>
        <source>Badge of the inquiry officer</source>
        <translation>انکوائری افسر کا بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="165"/>
        <source>Mark for inquiry</source>
        <translation>انکوائری کے لیے مارک کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="168"/>
        <source>Code of the other police station</source>
        <translation>دوسرے تھانے کا کوڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="171"/>
        <source>Why it is referred</source>
        <translation>بھیجنے کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="173"/>
        <source>Refer</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="175"/>
        <source>Convert to FIR…</source>
        <translation>ایف آئی آر میں تبدیل کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="181"/>
        <source>Inquiry officer</source>
        <translation>انکوائری افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="182"/>
        <source>Refer to station</source>
        <translation>تھانے کو بھیجیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="186"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="193"/>
        <source>is required: the officer who will inquire</source>
        <translation>ضروری ہے: انکوائری کرنے والا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="200"/>
        <source>is required: the station it goes to</source>
        <translation>ضروری ہے: جس تھانے کو بھیجی جائے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="203"/>
        <source>is required: say why it is referred</source>
        <translation>ضروری ہے: بھیجنے کی وجہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/complaint_form.py" line="249"/>
        <source>Converted to an FIR.</source>
        <translation>ایف آئی آر میں تبدیل ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>ConflictSide</name>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="150"/>
        <source> — shown now</source>
        <translation> — اس وقت دکھایا جا رہا ہے</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="88"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="89"/>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="90"/>
        <source>Mine</source>
        <translation>میرا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="91"/>
        <source>Theirs</source>
        <translation>ان کا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="92"/>
        <source>My officer</source>
        <translation>میرا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="93"/>
        <source>Their officer</source>
        <translation>ان کا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="94"/>
        <source>Found</source>
        <translation>کب ملا</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="177"/>
        <source>Keep mine</source>
        <translation>میرا رکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="181"/>
        <source>Keep theirs</source>
        <translation>ان کا رکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="238"/>
        <source>{count} conflict(s) to review. Choose a row, then keep one value.</source>
        <translation>{count} تضادات جانچ کے منتظر۔ ایک قطار چنیں، پھر ایک قدر رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="242"/>
        <source>No conflicts: nothing to review.</source>
        <translation>کوئی تضاد نہیں: جانچنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="257"/>
        <source>&lt;b&gt;{record}&lt;/b&gt; — field &lt;b&gt;{field}&lt;/b&gt;, changed on two devices</source>
        <translation>&lt;b&gt;{record}&lt;/b&gt; — خانہ &lt;b&gt;{field}&lt;/b&gt; دو آلات پر تبدیل ہوا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="263"/>
        <source>Mine ({officer})</source>
        <translation>میرا ({officer})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/conflicts_page.py" line="268"/>
        <source>Theirs ({officer})</source>
        <translation>ان کا ({officer})</translation>
    </message>
</context>
<context>
    <name>DiaryForm</name>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="55"/>
        <source>Daily diary</source>
        <translation>روزنامچہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="58"/>
        <source>Restore the unsaved diary entry you were typing?</source>
        <translation>جو روزنامچہ اندراج آپ لکھ رہے تھے اور محفوظ نہیں ہوا، کیا اسے بحال کیا جائے؟</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="68"/>
        <source>Kind of entry</source>
        <translation>اندراج کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="71"/>
        <source>The entry (Urdu or English)</source>
        <translation>اندراج (اردو یا انگریزی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="72"/>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="73"/>
        <source>The information reached the station earlier</source>
        <translation>اطلاع تھانے میں پہلے پہنچی تھی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="79"/>
        <source>Information received at (PKT)</source>
        <translation>اطلاع موصول ہونے کا وقت (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="81"/>
        <source>Optional: the officer whose report this is</source>
        <translation>اختیاری: وہ افسر جس کی رپورٹ ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="82"/>
        <source>Reported by</source>
        <translation>رپورٹ کنندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="118"/>
        <source>The day&apos;s diary</source>
        <translation>دن کا روزنامچہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="120"/>
        <source>Save the day&apos;s register as PDF…</source>
        <translation>دن کا رجسٹر PDF میں محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="122"/>
        <source>Close today&apos;s diary…</source>
        <translation>آج کا روزنامچہ بند کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="128"/>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="137"/>
        <source>Save the day&apos;s register</source>
        <translation>دن کا رجسٹر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="139"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="156"/>
        <source>The register was not written: {reason}</source>
        <translation>رجسٹر محفوظ نہیں ہوا: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="161"/>
        <source>Register saved: {path}</source>
        <translation>رجسٹر محفوظ ہو گیا: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="168"/>
        <source>Close today&apos;s diary</source>
        <translation>آج کا روزنامچہ بند کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="170"/>
        <source>Close today&apos;s diary now? Entries made afterwards go to tomorrow&apos;s diary, and nothing can be added to today&apos;s.</source>
        <translation>کیا آج کا روزنامچہ ابھی بند کیا جائے؟ اس کے بعد کے اندراجات کل کے روزنامچے میں جائیں گے، اور آج کے روزنامچے میں کچھ شامل نہیں ہو سکے گا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="176"/>
        <source>Diary closed for the day.</source>
        <translation>دن کا روزنامچہ بند کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/diary_form.py" line="183"/>
        <source>Today&apos;s diary is closed (entry {number}).</source>
        <translation>آج کا روزنامچہ بند ہو گیا (اندراج {number})۔</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="37"/>
        <source>REPRINT</source>
        <translation>دوبارہ طباعت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="39"/>
        <source>copy {number}</source>
        <translation>نقل نمبر {number}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="42"/>
        <source>first printed {when}</source>
        <translation>پہلی طباعت {when}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="52"/>
        <source>This copy carries no verification code: the device is not enrolled yet.</source>
        <translation>اس نقل پر تصدیقی کوڈ نہیں ہے: یہ آلہ ابھی رجسٹر نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="64"/>
        <source>Printed {when} by {badge}</source>
        <translation>طباعت {when} از {badge}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="72"/>
        <source>Scan the code to check this document with the police application.</source>
        <translation>اس دستاویز کی تصدیق کے لیے پولیس ایپلیکیشن سے کوڈ اسکین کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="36"/>
        <source>First Information Report</source>
        <translation>ابتدائی اطلاعی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="37"/>
        <source>Form No. 24.5(1)</source>
        <translation>فارم نمبر 24.5(1)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="38"/>
        <source>First information</source>
        <translation>ابتدائی اطلاع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="66"/>
        <source>First information of a cognizable crime reported under section 154, Criminal Procedure Code</source>
        <translation>جرم قابل دست اندازی پولیس کی ابتدائی اطلاع زیر دفعہ 154 ضابطہ فوجداری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="73"/>
        <source>Copy for the informant, free of cost</source>
        <translation>نقل برائے اطلاع دہندہ، بلا معاوضہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="84"/>
        <source>Provisional number: the official number is given at the first sync.</source>
        <translation>عارضی نمبر: سرکاری نمبر پہلی سنک پر دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="105"/>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="65"/>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="109"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="112"/>
        <source>FIR No.</source>
        <translation>مقدمہ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="114"/>
        <source>Date and hour of occurrence</source>
        <translation>تاریخ و وقت وقوعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="133"/>
        <source>Date and hour when reported</source>
        <translation>تاریخ و وقت اطلاع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="137"/>
        <source>Name and residence of informant and complainant</source>
        <translation>نام و سکونت اطلاع دہندہ و مستغیث</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="141"/>
        <source>Brief description of offence (with section) and of property carried off, if any</source>
        <translation>مختصر کیفیت جرم (مع دفعہ) و مال مسروقہ، اگر کوئی ہو</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="151"/>
        <source>Place of occurrence and distance and direction from the police station</source>
        <translation>جائے وقوعہ اور تھانہ سے فاصلہ و سمت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="158"/>
        <source>Name and address of the accused</source>
        <translation>نام و پتہ ملزم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="162"/>
        <source>Steps taken regarding investigation; explanation of delay in recording information</source>
        <translation>تفتیش کے سلسلے میں کارروائی؛ اطلاع درج کرنے میں تاخیر کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="170"/>
        <source>Date and time of despatch from the police station</source>
        <translation>تاریخ و وقت روانگی از تھانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="197"/>
        <source>Signature or thumb impression of the informant</source>
        <translation>دستخط یا نشان انگوٹھا اطلاع دہندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="200"/>
        <source>Recording officer</source>
        <translation>افسر محرر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="202"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="203"/>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="204"/>
        <source>Badge / belt No.</source>
        <translation>بیج / بیلٹ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="205"/>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="90"/>
        <source>Registered</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="206"/>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/render.py" line="281"/>
        <source>Page {page} of {pages}</source>
        <translation>صفحہ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="33"/>
        <source>Traffic challan</source>
        <translation>ٹریفک چالان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="46"/>
        <source>Total fine</source>
        <translation>کل جرمانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="47"/>
        <source>Signature of the driver</source>
        <translation>دستخط ڈرائیور</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="48"/>
        <source>Signature of the officer</source>
        <translation>دستخط افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="59"/>
        <source>Ticket No.</source>
        <translation>چالان نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="60"/>
        <source>PSID</source>
        <translation>پی ایس آئی ڈی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="66"/>
        <source>Issued</source>
        <translation>جاری کردہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="67"/>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="54"/>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="77"/>
        <source>Vehicle</source>
        <translation>گاڑی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="68"/>
        <source>Driver</source>
        <translation>ڈرائیور</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="74"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="76"/>
        <source>Licence No.</source>
        <translation>لائسنس نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="95"/>
        <source>Pay by</source>
        <translation>ادائیگی کی آخری تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="98"/>
        <source>Where to pay</source>
        <translation>ادائیگی کی جگہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="100"/>
        <source>Documents seized</source>
        <translation>ضبط شدہ کاغذات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="104"/>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="132"/>
        <source>Violations</source>
        <translation>خلاف ورزیاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="141"/>
        <source>no payment window in the fine table</source>
        <translation>جرمانے کی جدول میں ادائیگی کی مدت درج نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="24"/>
        <source>Tenant registration: acknowledgment receipt</source>
        <translation>اندراج کرایہ دار: رسید وصولی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/common.py" line="78"/>
        <source>Signature and stamp of the clerk</source>
        <translation>دستخط و مہر کلرک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="89"/>
        <source>Receipt No.</source>
        <translation>رسید نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="91"/>
        <source>Landlord</source>
        <translation>مالک مکان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="93"/>
        <source>Property address</source>
        <translation>پتہ جائیداد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="97"/>
        <source>Tenant</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="102"/>
        <source>Tenancy begins</source>
        <translation>آغاز کرایہ داری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="114"/>
        <source>Family members</source>
        <translation>افراد خانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="57"/>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="119"/>
        <source>Clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="122"/>
        <source>The registration above was received. This receipt is not a verification: the record check follows.</source>
        <translation>مندرجہ بالا اندراج وصول ہو گیا۔ یہ رسید تصدیق نہیں ہے: ریکارڈ کی جانچ بعد میں ہو گی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="18"/>
        <source>Complaint received: slip for the complainant</source>
        <translation>درخواست موصول: درخواست گزار کے لیے رسید</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="19"/>
        <source>Provisional number: the station&apos;s tracking number (e-tag) follows when the record reaches the central server; either number finds this complaint.</source>
        <translation>عارضی نمبر: تھانے کا ٹریکنگ نمبر (ای ٹیگ) ریکارڈ مرکزی سرور تک پہنچنے پر ملے گا؛ دونوں میں سے کسی بھی نمبر سے یہ درخواست مل جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="27"/>
        <source>at the front desk</source>
        <translation>فرنٹ ڈیسک پر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="28"/>
        <source>by phone</source>
        <translation>فون پر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="29"/>
        <source>on WhatsApp</source>
        <translation>واٹس ایپ پر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="30"/>
        <source>through the online portal</source>
        <translation>آن لائن پورٹل کے ذریعے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="31"/>
        <source>referred by a senior officer</source>
        <translation>سینئر افسر کی طرف سے بھیجی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="49"/>
        <source>Tracking No.</source>
        <translation>ٹریکنگ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="50"/>
        <source>Received</source>
        <translation>وصولی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="51"/>
        <source>How</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="52"/>
        <source>Complainant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="53"/>
        <source>Against</source>
        <translation>خلاف</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="55"/>
        <source>Occurred</source>
        <translation>وقوعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/complaint_slip.py" line="56"/>
        <source>Complaint</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="19"/>
        <source>Daily diary (roznamcha)</source>
        <translation>روزنامچہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="20"/>
        <source>The day is not closed: entries may still follow.</source>
        <translation>دن بند نہیں ہوا: مزید اندراجات ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="22"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="23"/>
        <source>Arrival on duty</source>
        <translation>ڈیوٹی پر آمد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="24"/>
        <source>Departure from duty</source>
        <translation>ڈیوٹی سے روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="25"/>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="26"/>
        <source>Non-cognizable report (s.155)</source>
        <translation>ناقابل دست اندازی رپٹ (دفعہ 155)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="27"/>
        <source>Tenant registered</source>
        <translation>کرایہ دار کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="28"/>
        <source>Property received</source>
        <translation>مال موصول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="29"/>
        <source>Day closed</source>
        <translation>دن بند</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="32"/>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="33"/>
        <source>Entered</source>
        <translation>اندراج کا وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="34"/>
        <source>Information received</source>
        <translation>اطلاع کی وصولی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="35"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="36"/>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/diary_register.py" line="37"/>
        <source>Written by</source>
        <translation>تحریر کنندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="40"/>
        <source>north</source>
        <translation>شمال</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="41"/>
        <source>north-east</source>
        <translation>شمال مشرق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="42"/>
        <source>east</source>
        <translation>مشرق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="43"/>
        <source>south-east</source>
        <translation>جنوب مشرق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="44"/>
        <source>south</source>
        <translation>جنوب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="45"/>
        <source>south-west</source>
        <translation>جنوب مغرب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="46"/>
        <source>west</source>
        <translation>مغرب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/fir_copy.py" line="47"/>
        <source>north-west</source>
        <translation>شمال مغرب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/render.py" line="50"/>
        <source>TRAINING</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/render.py" line="51"/>
        <source>Practice document — not valid</source>
        <translation>مشقی دستاویز — قابلِ قبول نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="25"/>
        <source>not set by the station</source>
        <translation>تھانے نے مقرر نہیں کی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="27"/>
        <source>Reference 1</source>
        <translation>حوالہ 1</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="28"/>
        <source>Reference 2</source>
        <translation>حوالہ 2</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="100"/>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="106"/>
        <source>Possession handed over</source>
        <translation>قبضہ دینے کا وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="110"/>
        <source>Report to the police by</source>
        <translation>پولیس کو اطلاع کی آخری مہلت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/tenant_receipt.py" line="113"/>
        <source>Filed late at</source>
        <translation>تاخیر سے اطلاع کا وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="34"/>
        <source>Signed on the device (the signature is kept with the record)</source>
        <translation>آلے پر دستخط کیے گئے (دستخط ریکارڈ کے ساتھ محفوظ ہیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="37"/>
        <source>The driver refused to sign</source>
        <translation>ڈرائیور نے دستخط سے انکار کیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="39"/>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="40"/>
        <source>PoR card</source>
        <translation>پی او آر کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="41"/>
        <source>Afghan citizen card</source>
        <translation>افغان سٹیزن کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="42"/>
        <source>NICOP</source>
        <translation>نائیکوپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="43"/>
        <source>Driving licence</source>
        <translation>ڈرائیونگ لائسنس</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="44"/>
        <source>Other document</source>
        <translation>دیگر دستاویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="62"/>
        <source>Traffic sector</source>
        <translation>ٹریفک سیکٹر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="70"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="73"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/challan_ticket.py" line="151"/>
        <source>No identity document</source>
        <translation>شناختی دستاویز نہیں</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="34"/>
        <source>Enroll this device</source>
        <translation>اس ڈیوائس کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="38"/>
        <source>Type the sync server&apos;s address and the one-time code your administrator gave you. Records made so far are sent at the first sync.</source>
        <translation>سنک سرور کا پتہ اور منتظم کا دیا ہوا ایک بار کا کوڈ لکھیں۔ اب تک بنے ریکارڈ پہلی سنک پر بھیج دیے جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="48"/>
        <source>optional: SHA-256 from the administrator</source>
        <translation>اختیاری: منتظم کی طرف سے SHA-256</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="54"/>
        <source>Server address</source>
        <translation>سرور کا پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="55"/>
        <source>One-time code</source>
        <translation>ایک بار کا کوڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="56"/>
        <source>Certificate fingerprint</source>
        <translation>سرٹیفکیٹ فنگر پرنٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="74"/>
        <source>Server address: must start with https:// (for example {example})</source>
        <translation>سرور کا پتہ: https:// سے شروع ہونا چاہیے (مثلاً {example})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="82"/>
        <source>One-time code: type the code from your administrator.</source>
        <translation>ایک بار کا کوڈ: منتظم کا دیا ہوا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_dialog.py" line="86"/>
        <source>Enrolling this device…</source>
        <translation>اس ڈیوائس کا اندراج ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="194"/>
        <source>Connect to the server</source>
        <translation>سرور سے رابطہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="195"/>
        <source>Enroll this device with the one-time code from your admin.</source>
        <translation>منتظم کے دیے ہوئے ایک بار کے کوڈ سے اس ڈیوائس کا اندراج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="196"/>
        <source>Work offline and enroll later</source>
        <translation>آف لائن کام کریں، اندراج بعد میں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="197"/>
        <source>Enroll now</source>
        <translation>ابھی اندراج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="209"/>
        <source>Server address</source>
        <translation>سرور کا پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="210"/>
        <source>One-time code</source>
        <translation>ایک بار کا کوڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="226"/>
        <source>Server address: must start with https://</source>
        <translation>سرور کا پتہ: https:// سے شروع ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="228"/>
        <source>One-time code: type the code from your admin.</source>
        <translation>ایک بار کا کوڈ: منتظم کا دیا ہوا کوڈ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>EnrollWords</name>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="34"/>
        <source>Server address: type it as https://host:port (for example {example}).</source>
        <translation>سرور کا پتہ: اسے https://سرور:پورٹ کی صورت میں لکھیں (مثلاً {example})۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="37"/>
        <source>Server address: must start with https:// (plain http would send records unencrypted); ask the administrator for the https address.</source>
        <translation>سرور کا پتہ: https:// سے شروع ہونا چاہیے (سادہ http پر ریکارڈ بغیر خفیہ کاری کے جائیں گے)؛ منتظم سے https والا پتہ لیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="42"/>
        <source>One-time code: type the code exactly as the administrator gave it.</source>
        <translation>ایک بار کا کوڈ: کوڈ بالکل ویسا ہی لکھیں جیسا منتظم نے دیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="45"/>
        <source>Certificate fingerprint: type the 64 letters and digits (SHA-256) from the administrator, or leave it empty.</source>
        <translation>سرٹیفکیٹ فنگر پرنٹ: منتظم کے دیے ہوئے 64 حروف اور ہندسے (SHA-256) لکھیں، یا خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="50"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. Check the fingerprint with the administrator; the code is still valid.</source>
        <translation>سرور کا سرٹیفکیٹ قبول نہیں کیا گیا، اس لیے کچھ نہیں بھیجا گیا۔ فنگر پرنٹ منتظم سے ملا لیں؛ کوڈ اب بھی کارآمد ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="55"/>
        <source>This device is already enrolled with a sync server.</source>
        <translation>اس ڈیوائس کا اندراج پہلے ہی ایک سنک سرور کے ساتھ ہو چکا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="58"/>
        <source>One-time code: the server does not accept this code (it is wrong, already used or expired). Check it, or ask the administrator for a new one.</source>
        <translation>ایک بار کا کوڈ: سرور یہ کوڈ قبول نہیں کرتا (یہ غلط ہے، پہلے استعمال ہو چکا ہے یا اس کی مدت ختم ہو چکی ہے)۔ اسے جانچ لیں، یا منتظم سے نیا کوڈ لیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="63"/>
        <source>The server already has this device enrolled; ask the administrator to release it, then enroll with a new code.</source>
        <translation>سرور پر اس ڈیوائس کا اندراج پہلے سے موجود ہے؛ منتظم سے اسے فارغ کروائیں، پھر نئے کوڈ سے اندراج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="68"/>
        <source>One-time code: it is for another station than the records on this computer; ask the administrator for a code of this station.</source>
        <translation>ایک بار کا کوڈ: یہ اس کمپیوٹر کے ریکارڈ والے تھانے کے بجائے کسی اور تھانے کا ہے؛ منتظم سے اس تھانے کا کوڈ لیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="73"/>
        <source>A practice (training) vault and a real sync server do not mix, so this device was not enrolled.</source>
        <translation>مشق (تربیتی) والٹ اور اصل سنک سرور ایک ساتھ نہیں چل سکتے، اس لیے اس ڈیوائس کا اندراج نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/enroll_words.py" line="79"/>
        <source>Cannot reach the sync server. The address and code are kept: the next unlock tries again, or use File ▸ Enroll this device…</source>
        <translation>سنک سرور تک رسائی نہیں ہو سکی۔ پتہ اور کوڈ محفوظ ہیں: اگلی بار کھولنے پر دوبارہ کوشش ہو گی، یا فائل ◂ اس ڈیوائس کا اندراج… استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="97"/>
        <source>Save a new FIR: none was made since you started.</source>
        <translation>نئی ایف آئی آر محفوظ کریں: آپ کے شروع کرنے کے بعد کوئی نہیں بنی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="107"/>
        <source>Mark the accused as unknown: no accused in your FIR is unknown.</source>
        <translation>ملزم کو نامعلوم نشان زد کریں: آپ کی ایف آئی آر میں کوئی ملزم نامعلوم نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="115"/>
        <source>Describe the unknown accused (what the informant saw: build, clothes, vehicle).</source>
        <translation>نامعلوم ملزم کا حلیہ لکھیں (اطلاع دہندہ نے کیا دیکھا: جسامت، لباس، سواری)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="125"/>
        <source>Register the FIR: it is still a draft (enter the daily-diary number, then Register FIR).</source>
        <translation>ایف آئی آر درج کریں: یہ ابھی مسودہ ہے (روزنامچہ نمبر لکھیں، پھر ایف آئی آر درج کریں دبائیں)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="148"/>
        <source>Say who gave the statement (the Given by box is empty).</source>
        <translation>بتائیں کہ بیان کس نے دیا (&quot;بیان دہندہ&quot; کا خانہ خالی ہے)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="158"/>
        <source>Add a supplementary statement to a registered FIR: none was added since you started.</source>
        <translation>درج شدہ ایف آئی آر میں ضمنی بیان شامل کریں: آپ کے شروع کرنے کے بعد کوئی شامل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="169"/>
        <source>Print the ticket for the driver: the challan was saved but not printed.</source>
        <translation>ڈرائیور کے لیے ٹکٹ پرنٹ کریں: چالان محفوظ ہوا مگر پرنٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="179"/>
        <source>Issue a challan: none was saved since you started.</source>
        <translation>چالان جاری کریں: آپ کے شروع کرنے کے بعد کوئی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="191"/>
        <source>Add the two references (name and mobile of each): the registration has {count}.</source>
        <translation>دو حوالے شامل کریں (ہر ایک کا نام اور موبائل): اندراج میں {count} ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="203"/>
        <source>Register a tenant: no registration was saved since you started.</source>
        <translation>کرایہ دار کا اندراج کریں: آپ کے شروع کرنے کے بعد کوئی اندراج محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="215"/>
        <source>Resolve the conflict on the Conflicts page: choose which value to keep.</source>
        <translation>تضادات کے صفحے پر تضاد حل کریں: منتخب کریں کہ کون سی قدر رکھنی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="234"/>
        <source>Use your badge number and PIN, not the fingerprint or an override.</source>
        <translation>اپنا بیج نمبر اور پن استعمال کریں، انگوٹھے کا نشان یا نگران کی منظوری نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="238"/>
        <source>You checked out: check in instead.</source>
        <translation>آپ نے روانگی درج کی: اس کے بجائے آمد درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="240"/>
        <source>Check in on the Attendance page with your badge number and PIN (your practice PIN is {pin}).</source>
        <translation>حاضری کے صفحے پر اپنے بیج نمبر اور پن سے آمد درج کریں (آپ کا مشقی پن {pin} ہے)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="251"/>
        <source>Register an FIR with an unknown accused</source>
        <translation>نامعلوم ملزم کے ساتھ ایف آئی آر درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="252"/>
        <source>Open FIRs and New. Type the informant, the offence and the narrative; for the accused tick Unknown and describe them. Save, then register it with a daily-diary number.</source>
        <translation>ایف آئی آرز کھولیں اور نیا دبائیں۔ اطلاع دہندہ، جرم اور بیان لکھیں؛ ملزم کے لیے نامعلوم پر نشان لگائیں اور حلیہ لکھیں۔ محفوظ کریں، پھر روزنامچہ نمبر کے ساتھ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="262"/>
        <source>Add a supplementary statement</source>
        <translation>ضمنی بیان شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="263"/>
        <source>Open a registered FIR, write the new statement, say who gave it and add it.</source>
        <translation>درج شدہ ایف آئی آر کھولیں، نیا بیان لکھیں، بتائیں کہ کس نے دیا اور شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="271"/>
        <source>Issue a challan and print the ticket</source>
        <translation>چالان جاری کریں اور ٹکٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="272"/>
        <source>Open Challans and New. Type the vehicle, the driver and the violations, save, then print the ticket (A4 or receipt).</source>
        <translation>چالان کھولیں اور نیا دبائیں۔ گاڑی، ڈرائیور اور خلاف ورزیاں لکھیں، محفوظ کریں، پھر ٹکٹ پرنٹ کریں (اے4 یا رسید)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="281"/>
        <source>Register a tenant with two references</source>
        <translation>دو حوالوں کے ساتھ کرایہ دار کا اندراج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="282"/>
        <source>Open Tenants and New. Type the landlord, the property, the tenant and two references with their mobiles, then save.</source>
        <translation>کرایہ دار کھولیں اور نیا دبائیں۔ مالک مکان، جائیداد، کرایہ دار اور دو حوالے ان کے موبائل کے ساتھ لکھیں، پھر محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="291"/>
        <source>Resolve a conflict</source>
        <translation>تضاد حل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="292"/>
        <source>A colleague changed a tenant&apos;s mobile while you did. Open Conflicts, compare the two values and keep the right one.</source>
        <translation>ایک ساتھی نے اسی وقت کرایہ دار کا موبائل بدلا جب آپ نے بدلا۔ تضادات کھولیں، دونوں قدروں کا موازنہ کریں اور درست قدر رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="301"/>
        <source>Check in by PIN</source>
        <translation>پن سے آمد درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/training/exercises.py" line="302"/>
        <source>Open Attendance and check in with your badge number and your practice PIN.</source>
        <translation>حاضری کھولیں اور اپنے بیج نمبر اور مشقی پن سے آمد درج کریں۔</translation>
    </message>
</context>
<context>
    <name>ExercisesDialog</name>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="40"/>
        <source>Training exercises</source>
        <translation>تربیتی مشقیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="47"/>
        <source>&amp;Start</source>
        <translation>&amp;شروع کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="49"/>
        <source>&amp;Check my work</source>
        <translation>میرا کام &amp;جانچیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="61"/>
        <source>Choose an exercise:</source>
        <translation>ایک مشق منتخب کریں:</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="99"/>
        <source>Started. Do the exercise in the main window, then press Check my work.</source>
        <translation>شروع ہو گئی۔ مرکزی ونڈو میں مشق کریں، پھر &quot;میرا کام جانچیں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="111"/>
        <source>Done: everything the exercise asks for is stored.</source>
        <translation>مکمل: مشق میں مانگی گئی ہر چیز محفوظ ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/exercises_dialog.py" line="114"/>
        <source>Not yet. Still missing:
{missing}</source>
        <translation>ابھی نہیں۔ اب بھی باقی ہے:
{missing}</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="57"/>
        <source>Input</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="58"/>
        <source>Accused</source>
        <translation>ملزم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="59"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="60"/>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="61"/>
        <source>Badge no.</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="62"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="63"/>
        <source>CNIC back</source>
        <translation>شناختی کارڈ پیچھے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="64"/>
        <source>CNIC front</source>
        <translation>شناختی کارڈ سامنے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="65"/>
        <source>Description</source>
        <translation>حلیہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="66"/>
        <source>Device</source>
        <translation>آلہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="67"/>
        <source>Daily-diary no.</source>
        <translation>روزنامچہ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="68"/>
        <source>Documents seized</source>
        <translation>ضبط شدہ کاغذات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="69"/>
        <source>Driver</source>
        <translation>ڈرائیور</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="70"/>
        <source>Pay by</source>
        <translation>ادائیگی کی آخری تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="71"/>
        <source>Family members</source>
        <translation>افراد خانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="72"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="73"/>
        <source>Total fine</source>
        <translation>کل جرمانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="74"/>
        <source>Given by</source>
        <translation>بیان دہندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="53"/>
        <location filename="../../fieldclient/ui/error_words.py" line="75"/>
        <location filename="../../fieldclient/ui/error_words.py" line="99"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="76"/>
        <source>Informant</source>
        <translation>اطلاع دہندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="77"/>
        <source>Issued at</source>
        <translation>وقت اجرا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="78"/>
        <source>Choice</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="79"/>
        <source>Event</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="80"/>
        <source>Landlord</source>
        <translation>مالک مکان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="81"/>
        <source>Licence no.</source>
        <translation>لائسنس نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="82"/>
        <source>Location</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="83"/>
        <source>Match score</source>
        <translation>مطابقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="84"/>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="85"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="86"/>
        <source>Narrative</source>
        <translation>بیان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="87"/>
        <source>Occupation</source>
        <translation>پیشہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="88"/>
        <source>Occurred at</source>
        <translation>وقت وقوعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="89"/>
        <source>Offences</source>
        <translation>جرائم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="90"/>
        <source>Payment reference</source>
        <translation>ادائیگی کا حوالہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="91"/>
        <source>Permanent address</source>
        <translation>مستقل پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="92"/>
        <source>Mobile</source>
        <translation>موبائل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="93"/>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="94"/>
        <location filename="../../fieldclient/ui/error_words.py" line="180"/>
        <source>PIN</source>
        <translation>پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="95"/>
        <source>Place of occurrence</source>
        <translation>جائے وقوعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="96"/>
        <source>Property address</source>
        <translation>پتہ جائیداد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="97"/>
        <source>Property dealer</source>
        <translation>پراپرٹی ڈیلر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="98"/>
        <source>Fine table</source>
        <translation>جرمانے کی جدول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="105"/>
        <source>References</source>
        <translation>ضامن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="106"/>
        <source>Reported at</source>
        <translation>وقت اطلاع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="107"/>
        <source>Tenancy starts</source>
        <translation>آغاز کرایہ داری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="108"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="109"/>
        <source>Supervisor&apos;s badge no.</source>
        <translation>نگران افسر کا بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="110"/>
        <source>Supervisor&apos;s PIN</source>
        <translation>نگران افسر کا پن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="111"/>
        <source>Tenant</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="112"/>
        <source>Statement</source>
        <translation>بیان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="113"/>
        <source>Record type</source>
        <translation>ریکارڈ کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="114"/>
        <source>Unknown accused</source>
        <translation>نامعلوم ملزم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="115"/>
        <source>Registration no.</source>
        <translation>رجسٹریشن نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="116"/>
        <source>Vehicle type</source>
        <translation>گاڑی کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="117"/>
        <source>Violations</source>
        <translation>خلاف ورزیاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="131"/>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="132"/>
        <source>Beat / chowki</source>
        <translation>بیٹ / چوکی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="133"/>
        <source>Belt no.</source>
        <translation>بیلٹ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="134"/>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="135"/>
        <source>Reason for delay</source>
        <translation>تاخیر کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="136"/>
        <source>Direction from the station</source>
        <translation>تھانے سے سمت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="137"/>
        <source>Distance from the station</source>
        <translation>تھانے سے فاصلہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="138"/>
        <source>Other identity document</source>
        <translation>دیگر شناختی دستاویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="139"/>
        <source>Signature or thumb impression</source>
        <translation>دستخط یا انگوٹھے کا نشان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="140"/>
        <source>Informant signed with</source>
        <translation>اطلاع دہندہ نے تصدیق کی بذریعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="141"/>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="142"/>
        <source>Reason for no identity document</source>
        <translation>شناختی دستاویز نہ ہونے کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="143"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="144"/>
        <source>Occurred from</source>
        <translation>وقوعہ از</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="145"/>
        <source>Occurred until</source>
        <translation>وقوعہ تا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="146"/>
        <source>Property carried off</source>
        <translation>مالِ مسروقہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="147"/>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="148"/>
        <source>Read over to the informant</source>
        <translation>اطلاع دہندہ کو پڑھ کر سنایا گیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="149"/>
        <source>Recording officer</source>
        <translation>محرر افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="150"/>
        <source>Relation to the victim</source>
        <translation>متاثرہ شخص سے رشتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="151"/>
        <source>Report and copies dispatched</source>
        <translation>رپورٹ اور نقول کی روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="152"/>
        <source>Steps taken</source>
        <translation>کی گئی کارروائی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="153"/>
        <source>Value</source>
        <translation>مالیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="39"/>
        <source>Against</source>
        <translation>جن کے خلاف</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="43"/>
        <source>Complaint</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="44"/>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="45"/>
        <source>Diary date</source>
        <translation>روزنامچہ کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="46"/>
        <source>Daily-diary entry</source>
        <translation>روزنامچہ کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="47"/>
        <source>Entered at</source>
        <translation>وقت اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="48"/>
        <source>Entry type</source>
        <translation>اندراج کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="49"/>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="50"/>
        <source>Inquiry officer</source>
        <translation>انکوائری افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="51"/>
        <source>Received at</source>
        <translation>وقت وصولی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="52"/>
        <source>Received via</source>
        <translation>ذریعہ وصولی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="54"/>
        <source>Referred by</source>
        <translation>بھیجنے والا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="55"/>
        <source>Referred to</source>
        <translation>بھیجا گیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="56"/>
        <source>Reporter</source>
        <translation>اطلاع دینے والا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="100"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="101"/>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="102"/>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="103"/>
        <source>Decision</source>
        <translation>فیصلہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="104"/>
        <source>Status change decided</source>
        <translation>جس تبدیلیِ حیثیت پر فیصلہ ہوا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="118"/>
        <source>Magistrate&apos;s order</source>
        <translation>مجسٹریٹ کا حکم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="119"/>
        <source>Cancellation proposal</source>
        <translation>اخراجِ مقدمہ کی تجویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="120"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="121"/>
        <source>Complainant told of it</source>
        <translation>مدعی کو اطلاع دی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="122"/>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="123"/>
        <source>Magistrate</source>
        <translation>مجسٹریٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="124"/>
        <source>Order</source>
        <translation>حکم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="125"/>
        <source>Order date</source>
        <translation>تاریخِ حکم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="126"/>
        <source>Order no.</source>
        <translation>حکم نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="127"/>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="128"/>
        <source>Submitted on</source>
        <translation>جمع کرانے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="129"/>
        <source>Transferred to</source>
        <translation>منتقل بنام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="130"/>
        <source>Reports under s.173</source>
        <translation>دفعہ 173 کے تحت رپورٹیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="154"/>
        <source>Agreement ends</source>
        <translation>معاہدہ ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="155"/>
        <source>Family member</source>
        <translation>اہل خانہ کا فرد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="156"/>
        <source>Issuing authority</source>
        <translation>جاری کرنے والا ادارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="157"/>
        <source>Licensed weapon</source>
        <translation>لائسنس یافتہ اسلحہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="158"/>
        <source>Monthly rent</source>
        <translation>ماہانہ کرایہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="159"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="160"/>
        <source>Office address</source>
        <translation>دفتر کا پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="161"/>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="162"/>
        <source>PoR card no.</source>
        <translation>پی او آر کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="163"/>
        <source>Possession handed over</source>
        <translation>قبضہ دینے کا وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="164"/>
        <source>Previous address</source>
        <translation>سابقہ پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="165"/>
        <source>Property type</source>
        <translation>جائیداد کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="166"/>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="167"/>
        <source>Vacated on</source>
        <translation>مکان خالی کرنے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="168"/>
        <source>Visa valid until</source>
        <translation>ویزا کی میعاد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="169"/>
        <source>Visa no.</source>
        <translation>ویزا نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="170"/>
        <source>Weapon</source>
        <translation>اسلحہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="171"/>
        <source>Workplace</source>
        <translation>کام کی جگہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="172"/>
        <source>Shift begins</source>
        <translation>ڈیوٹی شروع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="173"/>
        <source>Shift ends</source>
        <translation>ڈیوٹی ختم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="174"/>
        <source>Grace minutes</source>
        <translation>رعایتی منٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="175"/>
        <source>Rest days</source>
        <translation>آرام کے دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="176"/>
        <source>From date</source>
        <translation>تاریخ سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="177"/>
        <source>On the roster</source>
        <translation>روسٹر پر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="178"/>
        <source>Set at</source>
        <translation>مقرر کیا گیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="179"/>
        <source>Enrolled item</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="181"/>
        <source>Finger</source>
        <translation>انگلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="182"/>
        <source>Fingerprint</source>
        <translation>انگلی کا نشان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="183"/>
        <source>Supervisor</source>
        <translation>نگران افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="184"/>
        <source>Kind of leave</source>
        <translation>رخصت کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="185"/>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="186"/>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="187"/>
        <source>Sanctioned by</source>
        <translation>منظور کنندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="188"/>
        <source>Posted to</source>
        <translation>تعیناتی کی جگہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="189"/>
        <source>Remarks</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="190"/>
        <source>Nature of duty</source>
        <translation>ڈیوٹی کی نوعیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="191"/>
        <source>Place of duty</source>
        <translation>ڈیوٹی کی جگہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="40"/>
        <source>Report</source>
        <translation>رپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="42"/>
        <source>Last day of the period</source>
        <translation>مدت کا آخری دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="41"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="192"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="193"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="194"/>
        <source>Court&apos;s decision</source>
        <translation>عدالت کا فیصلہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="195"/>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="196"/>
        <source>Licence category</source>
        <translation>لائسنس کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="197"/>
        <source>Make</source>
        <translation>ساخت (کمپنی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="198"/>
        <source>Refused to sign</source>
        <translation>دستخط سے انکار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="199"/>
        <source>Offender&apos;s signature</source>
        <translation>خلاف ورزی کرنے والے کے دستخط</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="200"/>
        <source>Issuing officer</source>
        <translation>چالان کرنے والا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="201"/>
        <source>PSID</source>
        <translation>پی ایس آئی ڈی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="202"/>
        <source>Document seized</source>
        <translation>ضبط شدہ دستاویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="203"/>
        <source>Document returned at</source>
        <translation>دستاویز واپسی کا وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="204"/>
        <source>Traffic sector</source>
        <translation>ٹریفک سیکٹر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="205"/>
        <source>Vehicle</source>
        <translation>گاڑی</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="222"/>
        <source>must be before the time of report</source>
        <translation>وقت اطلاع سے پہلے ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="223"/>
        <source>must be a stored photo</source>
        <translation>محفوظ شدہ تصویر ہونی چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="224"/>
        <source>must be 13 digits written 12345-1234567-1</source>
        <translation>13 ہندسے ہونے چاہییں، یوں لکھیں: 12345-1234567-1</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="225"/>
        <source>must start with a province digit from 1 to 7</source>
        <translation>پہلا ہندسہ صوبے کا ہو، 1 سے 7 تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="228"/>
        <source>is computed from the fine table; leave it empty</source>
        <translation>یہ جرمانے کی جدول سے خود بنتا ہے؛ خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="231"/>
        <source>contains invisible control or text-direction characters; retype it</source>
        <translation>اس میں نظر نہ آنے والے کنٹرول یا سمت کے حروف ہیں؛ دوبارہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="234"/>
        <source>must be a date written year-month-day, like 2026-11-22</source>
        <translation>تاریخ سال-مہینہ-دن کی ترتیب میں لکھیں، مثلاً 2026-11-22</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="237"/>
        <source>lists the same entry twice; keep each once</source>
        <translation>ایک ہی اندراج دو بار ہے؛ ہر ایک صرف ایک بار رکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="238"/>
        <source>must be 11 digits starting 03, written 0300-1234567</source>
        <translation>03 سے شروع ہونے والے 11 ہندسے، یوں لکھیں: 0300-1234567</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="241"/>
        <source>this violation has no fine for this vehicle type; check the vehicle type or the code</source>
        <translation>اس قسم کی گاڑی کے لیے اس خلاف ورزی کا جرمانہ جدول میں نہیں؛ گاڑی کی قسم یا کوڈ دیکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="245"/>
        <source>must be a name written in letters, Urdu or English</source>
        <translation>نام حروف میں لکھیں، اردو یا انگریزی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="248"/>
        <source>the fingerprint was not recognised; try again or use the PIN</source>
        <translation>انگلی کا نشان پہچانا نہیں گیا؛ دوبارہ کوشش کریں یا پن استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="251"/>
        <source>choose one of the offered values</source>
        <translation>دی گئی فہرست میں سے منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="252"/>
        <source>must be a whole number</source>
        <translation>پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="253"/>
        <source>is only given by the fingerprint scanner; leave it empty</source>
        <translation>یہ صرف فنگر پرنٹ اسکینر دیتا ہے؛ خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="256"/>
        <source>must be a JPEG or PNG picture</source>
        <translation>JPEG یا PNG تصویر ہونی چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="257"/>
        <source>is only for a supervisor override; leave it empty</source>
        <translation>یہ صرف نگران افسر کی اجازت کے لیے ہے؛ خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="260"/>
        <source>the server refused no change of this record</source>
        <translation>سرور نے اس ریکارڈ کی کوئی تبدیلی مسترد نہیں کی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="267"/>
        <source>must be between {minimum} and {maximum}</source>
        <translation>{minimum} اور {maximum} کے درمیان ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="268"/>
        <source>is not a province of the fine table</source>
        <translation>جرمانے کی جدول میں یہ صوبہ نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="269"/>
        <source>needs exactly two references (there are {count})</source>
        <translation>پورے دو ضامن درکار ہیں (اس وقت {count} ہیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="272"/>
        <source>is required</source>
        <translation>لازمی ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="273"/>
        <source>is the same as the landlord&apos;s CNIC; check both cards</source>
        <translation>مالک مکان کے شناختی کارڈ نمبر جیسا ہے؛ دونوں کارڈ دیکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="276"/>
        <source>must be another officer&apos;s badge, not the officer&apos;s own</source>
        <translation>کسی دوسرے افسر کا بیج نمبر ہونا چاہیے، اپنا نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="279"/>
        <source>the record takes no supplementary statement in this status</source>
        <translation>اس حیثیت میں ریکارڈ میں ضمنی بیان شامل نہیں ہو سکتا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="282"/>
        <source>must be a date and time</source>
        <translation>تاریخ اور وقت ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="283"/>
        <source>cannot be in the future</source>
        <translation>مستقبل کا وقت نہیں ہو سکتا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="284"/>
        <source>add the time zone (+05:00)</source>
        <translation>ٹائم زون (+05:00) شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="285"/>
        <source>must be up to 40 letters, digits, / . - or _ without spaces</source>
        <translation>زیادہ سے زیادہ 40 حروف، ہندسے، / . - یا _ ہوں، خالی جگہ کے بغیر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="288"/>
        <source>needs at least {min_items}</source>
        <translation>کم از کم {min_items} درکار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="289"/>
        <source>must be at most {max_length} characters (it has {length})</source>
        <translation>زیادہ سے زیادہ {max_length} حروف ہو سکتے ہیں (اس میں {length} ہیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="292"/>
        <source>may hold at most {max_items}</source>
        <translation>زیادہ سے زیادہ {max_items} ہو سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="293"/>
        <source>must be at least {min_length} characters</source>
        <translation>کم از کم {min_length} حروف ہونے چاہییں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="294"/>
        <source>is not a field of this form</source>
        <translation>اس فارم کا خانہ نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="295"/>
        <source>leave it empty for an unknown accused</source>
        <translation>نامعلوم ملزم کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="298"/>
        <source>must be 1 to 4 letters then 1 to 4 digits, like ABC-123</source>
        <translation>پہلے 1 سے 4 حروف پھر 1 سے 4 ہندسے، مثلاً ABC-123</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="301"/>
        <source>is not in the fine table</source>
        <translation>جرمانے کی جدول میں نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="302"/>
        <source>does not match; check the PIN</source>
        <translation>درست نہیں؛ پن دیکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="304"/>
        <source>is not an officer of this device marked supervisor whose role may override</source>
        <translation>اس آلے کا ایسا افسر نہیں جسے نگران افسر مقرر کیا گیا ہو اور جس کا عہدہ اوور رائیڈ کی اجازت دیتا ہو</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="381"/>
        <source>is not a valid value</source>
        <translation>درست قدر نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="261"/>
        <source>write the offence like PPC 379, CNSA 9(c) or AO 13</source>
        <translation>جرم اس طرح لکھیں: PPC 379، CNSA 9(c) یا AO 13</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="264"/>
        <source>is not in the offence list of that law; check the number</source>
        <translation>اس قانون کی جرائم کی فہرست میں نہیں؛ نمبر چیک کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="324"/>
        <source>must be after the time of report</source>
        <translation>اطلاع کے وقت کے بعد ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="325"/>
        <source>is required: the report came long after the occurrence; write why</source>
        <translation>ضروری ہے: اطلاع وقوعہ کے کافی دیر بعد آئی؛ وجہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="328"/>
        <source>must be kilometres as a number, like 2.5</source>
        <translation>کلومیٹر میں عدد ہونا چاہیے، مثلاً 2.5</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="331"/>
        <source>is empty: enter the CNIC, another identity document or the reason there is none</source>
        <translation>خالی ہے: شناختی کارڈ نمبر، کوئی اور شناختی دستاویز یا اس کے نہ ہونے کی وجہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="335"/>
        <source>give either the time it happened or a range, not both</source>
        <translation>یا وقوعہ کا وقت دیں یا دورانیہ، دونوں نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="338"/>
        <source>is not a law in the offence list</source>
        <translation>جرائم کی فہرست میں یہ قانون شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="339"/>
        <source>must be after the start of the range</source>
        <translation>دورانیے کے آغاز کے بعد ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="340"/>
        <source>leave it empty: the CNIC is entered</source>
        <translation>خالی چھوڑیں: شناختی کارڈ نمبر درج ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="211"/>
        <source>must be before the hour of the entry</source>
        <translation>وقت اندراج سے پہلے ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="212"/>
        <source>must be before the complaint was received</source>
        <translation>درخواست کی وصولی سے پہلے ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="213"/>
        <source>that day&apos;s diary is closed</source>
        <translation>اس دن کا روزنامچہ بند ہو چکا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="214"/>
        <source>is not a complaint</source>
        <translation>درخواست نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="218"/>
        <source>must be the day of the entry, or the next day once the day is closed</source>
        <translation>اندراج کا دن ہونا چاہیے، یا دن بند ہونے کے بعد اگلا دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="221"/>
        <source>must be a stored record</source>
        <translation>محفوظ شدہ ریکارڈ ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="341"/>
        <source>start the exercise first</source>
        <translation>پہلے مشق شروع کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="342"/>
        <source>is not one of the exercises</source>
        <translation>مشقوں میں سے نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="347"/>
        <source>exercises run only in training mode</source>
        <translation>مشقیں صرف تربیتی موڈ میں چلتی ہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="321"/>
        <source>a supplementary report comes after the final report</source>
        <translation>ضمنی رپورٹ حتمی رپورٹ کے بعد آتی ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="348"/>
        <source>is required for a family member aged {age} or more</source>
        <translation>{age} سال یا زیادہ عمر کے فرد کے لیے لازمی ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="351"/>
        <source>is before the tenancy starts; check both dates</source>
        <translation>کرایہ داری شروع ہونے سے پہلے کی ہے؛ دونوں تاریخیں دیکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="354"/>
        <source>must be 5 to 20 letters and digits, as printed on the document</source>
        <translation>دستاویز پر چھپے ہوئے کی طرح 5 سے 20 حروف اور ہندسے ہونے چاہئیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="357"/>
        <source>is empty: enter the CNIC, or for a foreign tenant the passport or the PoR card</source>
        <translation>خالی ہے: شناختی کارڈ لکھیں، یا غیر ملکی کرایہ دار کا پاسپورٹ یا پی او آر کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="303"/>
        <source>must be {minimum} to {maximum} digits</source>
        <translation>{minimum} سے {maximum} ہندسوں کا ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="215"/>
        <source>the record is not waiting for a review in its present status</source>
        <translation>یہ ریکارڈ اپنی موجودہ حیثیت میں جائزے کا منتظر نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="307"/>
        <source>is recorded on departure (check-out) only</source>
        <translation>صرف روانگی (چیک آؤٹ) پر درج ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="308"/>
        <source>must be a time of day written HH:MM, like 08:00</source>
        <translation>وقت HH:MM کی صورت میں لکھیں، جیسے 08:00</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="311"/>
        <source>an officer taken off the roster has no shift; leave the shift empty</source>
        <translation>روسٹر سے ہٹائے گئے افسر کی کوئی ڈیوٹی نہیں؛ ڈیوٹی کے اوقات خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="314"/>
        <source>must be a PIN hash this program made</source>
        <translation>اس پروگرام کا بنایا ہوا پن ہیش ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="315"/>
        <source>must be a fingerprint template</source>
        <translation>انگلی کے نشان کا ٹیمپلیٹ ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="316"/>
        <source>is not part of this enrolment</source>
        <translation>اس اندراج کا حصہ نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="317"/>
        <source>must be on or after the first day</source>
        <translation>پہلے دن یا اس کے بعد کا ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="318"/>
        <source>an absence is at most {days} days; enter it in parts</source>
        <translation>ایک غیر حاضری زیادہ سے زیادہ {days} دن کی ہو سکتی ہے؛ اسے حصوں میں درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="343"/>
        <source>is not one of the reports</source>
        <translation>رپورٹوں میں سے کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="344"/>
        <source>the attendance return is made for a whole month: choose a month</source>
        <translation>حاضری کا گوشوارہ پورے مہینے کا بنتا ہے: مہینہ منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="361"/>
        <source>the sources give no amount for this violation; it cannot be priced</source>
        <translation>ذرائع میں اس خلاف ورزی کی کوئی رقم نہیں دی گئی؛ اس کا جرمانہ طے نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="364"/>
        <source>must be the fine table of this station&apos;s province</source>
        <translation>اس تھانے کے صوبے کا جرمانہ جدول ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="367"/>
        <source>no document was seized on this challan</source>
        <translation>اس چالان پر کوئی دستاویز ضبط نہیں کی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="368"/>
        <source>must be the digits of the PSID</source>
        <translation>پی ایس آئی ڈی کے ہندسے ہونے چاہئیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="369"/>
        <source>must have 17 or 18 digits (it has {count})</source>
        <translation>17 یا 18 ہندسے ہونے چاہئیں (اس میں {count} ہیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="370"/>
        <source>is before the challan was issued</source>
        <translation>چالان جاری ہونے سے پہلے کا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="371"/>
        <source>the document is returned on payment: enter the payment reference first</source>
        <translation>دستاویز ادائیگی پر واپس کی جاتی ہے: پہلے ادائیگی کا حوالہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="374"/>
        <source>a signature is attached; keep either the signature or the refusal</source>
        <translation>دستخط منسلک ہیں؛ یا دستخط رکھیں یا انکار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="377"/>
        <source>a later law replaced this row; choose the current one</source>
        <translation>بعد کے قانون نے اس اندراج کی جگہ لے لی ہے؛ موجودہ اندراج منتخب کریں</translation>
    </message>
</context>
<context>
    <name>FirForm</name>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="111"/>
        <source>&amp;Register FIR…</source>
        <translation>ایف آئی آر &amp;درج کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="113"/>
        <source>Register: the content is frozen afterwards; needs the daily-diary number</source>
        <translation>اندراج: اس کے بعد متن تبدیل نہیں ہو سکے گا؛ روزنامچہ نمبر درکار ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="150"/>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="153"/>
        <source>Restore the unsaved FIR you were typing?</source>
        <translation>جو ایف آئی آر آپ لکھ رہے تھے اور محفوظ نہیں ہوئی، کیا اسے واپس لائیں؟</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="207"/>
        <source>&lt;b&gt;Informant&lt;/b&gt;</source>
        <translation>&lt;b&gt;اطلاع دہندہ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="167"/>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="209"/>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="242"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="210"/>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="243"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="214"/>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="247"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="175"/>
        <source>&lt;b&gt;Offence&lt;/b&gt;</source>
        <translation>&lt;b&gt;جرم&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="178"/>
        <source>Offences in this FIR:</source>
        <translation>اس ایف آئی آر کے جرائم:</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="262"/>
        <source>Reported at (PKT)</source>
        <translation>وقت اطلاع (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="271"/>
        <source>Place of occurrence</source>
        <translation>جائے وقوعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="191"/>
        <source>What the informant reported (Urdu or English)</source>
        <translation>اطلاع دہندہ کا بیان (اردو یا انگریزی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="192"/>
        <source>Narrative</source>
        <translation>بیان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="194"/>
        <source>&lt;b&gt;Accused&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملزمان&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="196"/>
        <source>Accused</source>
        <translation>ملزمان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="332"/>
        <source>Needed to register</source>
        <translation>اندراج کے لیے ضروری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="333"/>
        <source>Daily-diary no.</source>
        <translation>روزنامچہ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="479"/>
        <source>is needed to register: enter the daily-diary no.</source>
        <translation>اندراج کے لیے ضروری ہے: روزنامچہ نمبر لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="504"/>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="530"/>
        <source>Register FIR</source>
        <translation>ایف آئی آر درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="506"/>
        <source>Register this FIR now? Its content is frozen afterwards: later facts can only be added as supplementary statements.</source>
        <translation>کیا یہ ایف آئی آر ابھی درج کی جائے؟ اس کے بعد اس کا متن تبدیل نہیں ہو سکے گا: بعد کے حقائق صرف ضمنی بیانات کے طور پر شامل ہو سکیں گے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="512"/>
        <source>Registered under daily-diary no. {diary_no}</source>
        <translation>روزنامچہ نمبر {diary_no} کے تحت درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="117"/>
        <source>Register with a &amp;diary entry…</source>
        <translation>روزنامچہ اندراج کے ساتھ درج کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="119"/>
        <source>Register: a new daily-diary entry records it and gives the diary number</source>
        <translation>درج کریں: روزنامچے کا نیا اندراج اسے ریکارڈ کرتا ہے اور روزنامچہ نمبر دیتا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="439"/>
        <source>Made from complaint {number}: add the offences, then save.</source>
        <translation>درخواست {number} سے بنائی گئی: جرائم درج کریں، پھر محفوظ کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="532"/>
        <source>Register this FIR now under a new daily-diary entry? Its content is frozen afterwards: later facts can only be added as supplementary statements.</source>
        <translation>کیا یہ ایف آئی آر ابھی روزنامچے کے نئے اندراج کے تحت درج کی جائے؟ اس کے بعد اس کا متن تبدیل نہیں ہو سکتا: بعد کے حقائق صرف ضمنی بیانات کے طور پر شامل کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="538"/>
        <source>Registered under a new daily-diary entry</source>
        <translation>روزنامچے کے نئے اندراج کے تحت درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="168"/>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="169"/>
        <source>Belt no.</source>
        <translation>بیلٹ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="177"/>
        <source>Search the offences: PPC 379, theft, CNSA 9(c), AO 13…</source>
        <translation>جرائم تلاش کریں: PPC 379، چوری، CNSA 9(c)، AO 13…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="186"/>
        <source>Offences (law and section)</source>
        <translation>جرائم (قانون اور دفعہ)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="211"/>
        <source>CNIC (if any)</source>
        <translation>شناختی کارڈ نمبر (اگر ہو)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="212"/>
        <source>No identity document, because</source>
        <translation>کوئی شناختی دستاویز نہیں، کیونکہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="213"/>
        <source>Mobile (if any)</source>
        <translation>موبائل (اگر ہو)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="220"/>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="221"/>
        <source>PoR card</source>
        <translation>پی او آر کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="222"/>
        <source>Afghan Citizen Card</source>
        <translation>افغان سٹیزن کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="223"/>
        <source>NICOP</source>
        <translation>نائیکوپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="224"/>
        <source>Other document</source>
        <translation>دیگر دستاویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="226"/>
        <source>none (CNIC given)</source>
        <translation>کوئی نہیں (شناختی کارڈ درج ہے)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="229"/>
        <source>Other identity document</source>
        <translation>دیگر شناختی دستاویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="233"/>
        <source>Document number</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="237"/>
        <source>&lt;b&gt;Complainant&lt;/b&gt; (leave empty if the informant)</source>
        <translation>&lt;b&gt;مدعی&lt;/b&gt; (اگر اطلاع دہندہ ہی ہو تو خالی چھوڑیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="244"/>
        <source>Age (years)</source>
        <translation>عمر (سال)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="245"/>
        <source>Occupation</source>
        <translation>پیشہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="246"/>
        <source>Relation to the victim</source>
        <translation>متاثرہ شخص سے رشتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="252"/>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;وقت&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="253"/>
        <source>Happened over a period (between … and …)</source>
        <translation>وقوعہ ایک دورانیے میں ہوا (… اور … کے درمیان)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="256"/>
        <source>Occurred at / from (PKT)</source>
        <translation>وقتِ وقوعہ / سے (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="260"/>
        <source>Until (PKT)</source>
        <translation>تک (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="266"/>
        <source>Reason for delay in reporting</source>
        <translation>اطلاع میں تاخیر کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="269"/>
        <source>&lt;b&gt;Place and property&lt;/b&gt;</source>
        <translation>&lt;b&gt;جائے وقوعہ اور مال&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="273"/>
        <source>kilometres, e.g. 2.5</source>
        <translation>کلومیٹر، مثلاً 2.5</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="275"/>
        <source>Distance from the station (km)</source>
        <translation>تھانے سے فاصلہ (کلومیٹر)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="279"/>
        <source>North</source>
        <translation>شمال</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="280"/>
        <source>North-east</source>
        <translation>شمال مشرق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="281"/>
        <source>East</source>
        <translation>مشرق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="282"/>
        <source>South-east</source>
        <translation>جنوب مشرق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="283"/>
        <source>South</source>
        <translation>جنوب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="284"/>
        <source>South-west</source>
        <translation>جنوب مغرب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="285"/>
        <source>West</source>
        <translation>مغرب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="286"/>
        <source>North-west</source>
        <translation>شمال مغرب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="288"/>
        <source>not given</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="291"/>
        <source>Direction from the station</source>
        <translation>تھانے سے سمت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="294"/>
        <source>Beat / chowki</source>
        <translation>بیٹ / چوکی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="296"/>
        <source>Property carried off</source>
        <translation>مالِ مسروقہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="299"/>
        <source>Read over to the informant (s.154 CrPC)</source>
        <translation>اطلاع دہندہ کو پڑھ کر سنایا گیا (دفعہ 154 ض ف)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="303"/>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="304"/>
        <source>Thumb impression</source>
        <translation>انگوٹھے کا نشان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="306"/>
        <source>not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="308"/>
        <source>Informant signed with</source>
        <translation>اطلاع دہندہ نے تصدیق کی بذریعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="311"/>
        <source>Signature or thumb impression (image)</source>
        <translation>دستخط یا انگوٹھے کا نشان (تصویر)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="317"/>
        <source>&lt;b&gt;Investigating officer&lt;/b&gt;</source>
        <translation>&lt;b&gt;تفتیشی افسر&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="322"/>
        <source>Steps taken</source>
        <translation>کی گئی کارروائی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="323"/>
        <source>sent</source>
        <translation>روانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="325"/>
        <source>Report and copies dispatched (s.157)</source>
        <translation>رپورٹ اور نقول کی روانگی (دفعہ 157)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="329"/>
        <source>&lt;b&gt;Recording officer&lt;/b&gt;</source>
        <translation>&lt;b&gt;محرر افسر&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="460"/>
        <source>Choose the scanned signature</source>
        <translation>اسکین شدہ دستخط منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="484"/>
        <source>is needed to register: read the information over to the informant</source>
        <translation>اندراج کے لیے ضروری ہے: اطلاع دہندہ کو اطلاع پڑھ کر سنائیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="490"/>
        <source>is needed to register: the report came more than {hours} hours after the occurrence; write why it was late</source>
        <translation>اندراج کے لیے ضروری ہے: اطلاع وقوعہ کے {hours} گھنٹے سے زیادہ بعد آئی؛ تاخیر کی وجہ لکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_form.py" line="180"/>
        <source>No offence matches. The reference data has no Urdu names of sections yet: type the section number (379 or ۳۷۹) or English words.</source>
        <translation>کوئی جرم نہیں ملا۔ حوالہ جاتی ڈیٹا میں ابھی دفعات کے اردو نام نہیں ہیں: دفعہ نمبر (379 یا ۳۷۹) یا انگریزی الفاظ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>FirLifecyclePanel</name>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="44"/>
        <source>Investigation and closure</source>
        <translation>تفتیش اور اختتام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="57"/>
        <source>Maliciously false</source>
        <translation>بدنیتی سے جھوٹی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="58"/>
        <source>False: mistake of law</source>
        <translation>غلط: قانون کی غلطی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="59"/>
        <source>False: mistake of fact</source>
        <translation>غلط: حقائق کی غلطی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="60"/>
        <source>Non-cognizable</source>
        <translation>ناقابلِ دست اندازی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="61"/>
        <source>Matter for a civil suit</source>
        <translation>دیوانی مقدمے کا معاملہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="63"/>
        <source>— choose —</source>
        <translation>— منتخب کریں —</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="65"/>
        <source>informed</source>
        <translation>اطلاع دی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="68"/>
        <source>Interim report</source>
        <translation>عبوری رپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="69"/>
        <source>Final report (challan)</source>
        <translation>حتمی رپورٹ (چالان)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="70"/>
        <source>Supplementary report</source>
        <translation>ضمنی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="72"/>
        <source>— none to add —</source>
        <translation>— کچھ شامل نہیں —</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="81"/>
        <source>Save these details</source>
        <translation>یہ تفصیلات محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="87"/>
        <source>Cancellation: category (r.24.7)</source>
        <translation>اخراج: زمرہ (قاعدہ 24.7)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="88"/>
        <source>Complainant told of it</source>
        <translation>مدعی کو اطلاع دی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="91"/>
        <source>Reports under s.173</source>
        <translation>دفعہ 173 کے تحت رپورٹیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="92"/>
        <source>Add a report</source>
        <translation>رپورٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="93"/>
        <source>Submitted on</source>
        <translation>جمع کرانے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="96"/>
        <source>Transfer to police station</source>
        <translation>تھانے میں منتقلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="99"/>
        <source>Magistrate&apos;s court</source>
        <translation>مجسٹریٹ کی عدالت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="100"/>
        <source>Magistrate</source>
        <translation>مجسٹریٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="101"/>
        <source>Order no.</source>
        <translation>حکم نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="102"/>
        <source>Order date</source>
        <translation>تاریخِ حکم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="136"/>
        <source>none yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_lifecycle_panel.py" line="155"/>
        <source>Interim report under s.173 due by {due} (14 days after the FIR, then 3 days), unless the investigation is completed</source>
        <translation>دفعہ 173 کے تحت عبوری رپورٹ {due} تک واجب ہے (ایف آئی آر کے 14 دن بعد، پھر 3 دن)، اگر تفتیش مکمل نہ ہو</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="262"/>
        <source>Field client — first run</source>
        <translation>فیلڈ کلائنٹ — پہلی بار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="260"/>
        <source>Field client (TRAINING) — first run</source>
        <translation>فیلڈ کلائنٹ (تربیت) — پہلی بار</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../fieldclient/ui/forms/history_panel.py" line="20"/>
        <source>Status history</source>
        <translation>اسٹیٹس کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/history_panel.py" line="34"/>
        <source>{at} — {before} → {after}, by {by}</source>
        <translation>{at} — {before} → {after}، از {by}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/history_panel.py" line="38"/>
        <source>the central server</source>
        <translation>مرکزی سرور</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/history_panel.py" line="44"/>
        <source>{moved}: {reason}</source>
        <translation>{moved}: {reason}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="131"/>
        <source>Today, {date}</source>
        <translation>آج، {date}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="136"/>
        <source>Unsaved {kind} form, last typed {when}</source>
        <translation>غیر محفوظ {kind} فارم، آخری بار لکھا گیا {when}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="142"/>
        <source>{count} record(s) waiting for your review</source>
        <translation>{count} ریکارڈ آپ کے جائزے کے منتظر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="147"/>
        <source>Returned to you by {officer}: {kind} {number} — {reason}</source>
        <translation>{officer} نے آپ کو واپس کیا: {kind} {number} — {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="161"/>
        <source>{count} overdue: {kinds}</source>
        <translation>{count} مدت سے زائد: {kinds}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="168"/>
        <source>{count} change(s) not yet sent to the server: sync now</source>
        <translation>{count} تبدیلیاں ابھی سرور کو نہیں بھیجی گئیں: ابھی سنک کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="175"/>
        <source>{count} conflict(s) to settle</source>
        <translation>{count} تنازعات حل کرنے ہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="179"/>
        <source>Attendance today: {count} check-in(s) and check-out(s)</source>
        <translation>آج کی حاضری: {count} آمد و روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="189"/>
        <source>{count} draft FIR(s) not yet registered</source>
        <translation>{count} مسودہ ایف آئی آر ابھی درج نہیں ہوئیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="190"/>
        <source>{count} tenant record(s) flagged by the record check</source>
        <translation>{count} کرایہ دار ریکارڈ جانچ میں نشان زد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="198"/>
        <source>Nothing is waiting: no drafts, conflicts or flags.</source>
        <translation>کچھ زیر التوا نہیں: نہ مسودے، نہ تنازعات، نہ نشان زد ریکارڈ۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/home_page.py" line="192"/>
        <source>{count} tenant record(s) returned for correction</source>
        <translation>{count} کرایہ دار ریکارڈ درستی کے لیے واپس</translation>
    </message>
</context>
<context>
    <name>LeaveScreen</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="46"/>
        <source>Enter leave, a rest day or a deputation</source>
        <translation>رخصت، آرام کا دن یا ڈیپوٹیشن درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="58"/>
        <source>&amp;Enter leave</source>
        <translation>رخصت &amp;درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="60"/>
        <source>Officer&apos;s &amp;badge no.</source>
        <translation>اہلکار کا &amp;بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="61"/>
        <source>&amp;Kind</source>
        <translation>&amp;قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="62"/>
        <source>&amp;From</source>
        <translation>&amp;سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="63"/>
        <source>&amp;To (last day)</source>
        <translation>&amp;تک (آخری دن)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="64"/>
        <source>Sanctioned by</source>
        <translation>منظور کنندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="65"/>
        <source>Order no.</source>
        <translation>حکم نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="66"/>
        <source>Posted to (deputation)</source>
        <translation>تعیناتی کی جگہ (ڈیپوٹیشن)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="67"/>
        <source>Remarks</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="73"/>
        <source>Badge</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="73"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="73"/>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="73"/>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="73"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="124"/>
        <source>Entered: {badge}, {kind}, {first} to {last}.</source>
        <translation>درج ہو گیا: {badge}، {kind}، {first} سے {last} تک۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="81"/>
        <source>Why it is cancelled</source>
        <translation>منسوخی کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="82"/>
        <source>&amp;Cancel the chosen leave</source>
        <translation>منتخب رخصت &amp;منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="85"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="140"/>
        <source>Choose the leave to cancel in the list first.</source>
        <translation>پہلے فہرست میں وہ رخصت منتخب کریں جسے منسوخ کرنا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="144"/>
        <source>Reason: write why the leave is cancelled.</source>
        <translation>وجہ: لکھیں کہ رخصت کیوں منسوخ کی جا رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/leave_screen.py" line="156"/>
        <source>Cancelled: {badge}&apos;s leave.</source>
        <translation>منسوخ: {badge} کی رخصت۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="81"/>
        <source>Field client — {station} — {name} ({badge})</source>
        <translation>فیلڈ کلائنٹ — {station} — {name} ({badge})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="127"/>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="128"/>
        <location filename="../../fieldclient/ui/main_window.py" line="370"/>
        <source>Conflicts</source>
        <translation>تضادات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="129"/>
        <location filename="../../fieldclient/ui/main_window.py" line="365"/>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="168"/>
        <source>&amp;New record</source>
        <translation>&amp;نیا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="170"/>
        <source>&amp;Search</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="172"/>
        <source>&amp;Lock</source>
        <translation>&amp;لاک کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="174"/>
        <source>S&amp;witch officer</source>
        <translation>افسر &amp;تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="176"/>
        <source>&amp;Enroll this device…</source>
        <translation>اس ڈیوائس کا &amp;اندراج…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="181"/>
        <source>&amp;Verify a document…</source>
        <translation>دستاویز کی &amp;تصدیق…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="185"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;ترتیبات…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="210"/>
        <source>&amp;About</source>
        <translation>&amp;تعارف</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="330"/>
        <source>Record forms are not in this build yet.</source>
        <translation>ریکارڈ فارم اس ورژن میں ابھی شامل نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="365"/>
        <source>Review ({count})</source>
        <translation>جائزہ ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="370"/>
        <source>Conflicts ({count})</source>
        <translation>تضادات ({count})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="402"/>
        <source>Field client {version}
Offline-first records for police stations.</source>
        <translation>فیلڈ کلائنٹ {version}
تھانوں کے لیے آف لائن ریکارڈ۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="405"/>
        <source>About Field client</source>
        <translation>فیلڈ کلائنٹ کا تعارف</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="411"/>
        <source>Field client</source>
        <translation>فیلڈ کلائنٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="177"/>
        <source>&amp;Person by CNIC…</source>
        <translation>شناختی کارڈ سے شخص…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="85"/>
        <source>TRAINING — {title}</source>
        <translation>تربیت — {title}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="152"/>
        <source>TRAINING — practice records only: nothing here is real or sent to a server</source>
        <translation>تربیت — صرف مشق کے ریکارڈ: یہاں کچھ بھی اصلی نہیں اور نہ ہی کسی سرور کو بھیجا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="215"/>
        <source>T&amp;raining</source>
        <translation>&amp;تربیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="216"/>
        <source>&amp;Exercises…</source>
        <translation>&amp;مشقیں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="218"/>
        <source>Trainees&apos; &amp;results…</source>
        <translation>زیرِ تربیت افراد کے &amp;نتائج…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="220"/>
        <source>Re&amp;set training data…</source>
        <translation>تربیتی ڈیٹا &amp;دوبارہ شروع کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="258"/>
        <source>Reset training data</source>
        <translation>تربیتی ڈیٹا دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="261"/>
        <source>Delete every practice record and start again with fresh made-up records?
Exercise results are kept. Type your password to confirm:</source>
        <translation>تمام مشقی ریکارڈ حذف کر کے نئے فرضی ریکارڈ کے ساتھ دوبارہ شروع کریں؟
مشقوں کے نتائج محفوظ رہیں گے۔ تصدیق کے لیے اپنا پاس ورڈ لکھیں:</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="183"/>
        <source>&amp;Officers…</source>
        <translation>&amp;افسران…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="118"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/main_window.py" line="133"/>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../../fieldclient/ui/password_fields.py" line="21"/>
        <source>New password</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/password_fields.py" line="22"/>
        <source>New password again</source>
        <translation>نیا پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/password_fields.py" line="30"/>
        <source>New password: at least {n} characters.</source>
        <translation>نیا پاس ورڈ: کم از کم {n} حروف۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/password_fields.py" line="37"/>
        <source>New password again: the two passwords differ.</source>
        <translation>نیا پاس ورڈ دوبارہ: دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="101"/>
        <source>First officer</source>
        <translation>پہلا افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="102"/>
        <source>This officer can add the others later (File, Officers).</source>
        <translation>یہ افسر بعد میں دوسروں کو شامل کر سکتا ہے (فائل، افسران)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="125"/>
        <source>When you finish, a station recovery key is shown once: give it to the SHO.</source>
        <translation>مکمل کرنے پر تھانے کی ریکوری کلید ایک بار دکھائی جائے گی: اسے ایس ایچ او کے حوالے کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="139"/>
        <source>Badge number</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="140"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="141"/>
        <source>Role</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="143"/>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="145"/>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="156"/>
        <source>The SHO adds the other officers and sets their roles.</source>
        <translation>ایس ایچ او دوسرے افسران شامل کرتا ہے اور ان کی حیثیت مقرر کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="159"/>
        <source>No officer here is the SHO yet: until one is added (File, Officers), every officer may add officers and set roles.</source>
        <translation>یہاں ابھی کوئی افسر ایس ایچ او نہیں: جب تک کوئی شامل نہ ہو (فائل، افسران)، ہر افسر افسران شامل کر سکتا ہے اور ان کی حیثیت مقرر کر سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="166"/>
        <source>too short (at least {n} characters)</source>
        <translation>بہت چھوٹا (کم از کم {n} حروف)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="167"/>
        <source>weak: mix capitals, digits and signs</source>
        <translation>کمزور: بڑے حروف، ہندسے اور علامات ملائیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="168"/>
        <source>fair</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="169"/>
        <source>strong</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="172"/>
        <source>Strength: {hint}</source>
        <translation>مضبوطی: {hint}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="177"/>
        <source>Password: use at least {n} characters.</source>
        <translation>پاس ورڈ: کم از کم {n} حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="181"/>
        <source>Password again: the two passwords differ.</source>
        <translation>پاس ورڈ دوبارہ: دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="183"/>
        <source>Badge number and name: fill in both.</source>
        <translation>بیج نمبر اور نام: دونوں لکھیں۔</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="196"/>
        <source>Officers of this station</source>
        <translation>اس تھانے کے افسران</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="202"/>
        <source>&amp;Add officer…</source>
        <translation>&amp;افسر شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="203"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;پاس ورڈ دوبارہ مقرر کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="204"/>
        <source>Re&amp;move officer…</source>
        <translation>&amp;افسر ہٹائیں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="206"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;میرا پاس ورڈ بدلیں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="207"/>
        <source>New recovery &amp;key…</source>
        <translation>&amp;نئی ریکوری کلید…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="260"/>
        <source>{officer}; on the server: {role}</source>
        <translation>{officer}؛ سرور پر: {role}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="268"/>
        <source>{officer} — you</source>
        <translation>{officer} — آپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="296"/>
        <source>Add an officer</source>
        <translation>افسر شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="298"/>
        <source>The officer can now unlock this vault with the password you set.</source>
        <translation>افسر اب آپ کے مقرر کردہ پاس ورڈ سے یہ والٹ کھول سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="312"/>
        <source>New password for {badge}</source>
        <translation>{badge} کے لیے نیا پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="314"/>
        <source>Password of {badge} reset; tell the officer the new one in person.</source>
        <translation>{badge} کا پاس ورڈ دوبارہ مقرر ہو گیا؛ نیا پاس ورڈ افسر کو خود بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="337"/>
        <source>Change my password</source>
        <translation>میرا پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="339"/>
        <source>Your password was changed.</source>
        <translation>آپ کا پاس ورڈ بدل دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="360"/>
        <source>Remove officer</source>
        <translation>افسر ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="362"/>
        <source>Remove officer {badge}? They can no longer unlock this vault, and the vault is re-encrypted with a new key (this may take a minute).</source>
        <translation>افسر {badge} کو ہٹائیں؟ وہ یہ والٹ مزید نہیں کھول سکیں گے، اور والٹ نئی کلید سے دوبارہ خفیہ کیا جائے گا (اس میں ایک منٹ لگ سکتا ہے)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="369"/>
        <source>Removing {badge}…</source>
        <translation>{badge} کو ہٹایا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="372"/>
        <source>Officer {badge} removed.</source>
        <translation>افسر {badge} ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="378"/>
        <source>New recovery key</source>
        <translation>نئی ریکوری کلید</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="380"/>
        <source>Make a new station recovery key? The old one stops working; the SHO must keep the new one.</source>
        <translation>تھانے کی نئی ریکوری کلید بنائیں؟ پرانی کلید کام کرنا بند کر دے گی؛ نئی کلید ایس ایچ او کے پاس رہنی چاہیے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="205"/>
        <source>Set r&amp;ole…</source>
        <translation>&amp;حیثیت مقرر کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="325"/>
        <source>The role of {badge} was changed.</source>
        <translation>{badge} کی حیثیت بدل دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="265"/>
        <source>{officer} ({role} waits for the server administrator to confirm it)</source>
        <translation>{officer} ({role} سرور کے منتظم کی تصدیق کا منتظر ہے)</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="66"/>
        <source>Badge number</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="67"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="73"/>
        <source>Current password</source>
        <translation>موجودہ پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="96"/>
        <source>Working…</source>
        <translation>کام جاری ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="101"/>
        <source>Badge number: type the officer&apos;s badge number.</source>
        <translation>بیج نمبر: افسر کا بیج نمبر لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="103"/>
        <source>Name: type the officer&apos;s name.</source>
        <translation>نام: افسر کا نام لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="105"/>
        <source>Current password: type your password.</source>
        <translation>موجودہ پاس ورڈ: اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="68"/>
        <source>Role</source>
        <translation>حیثیت</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../fieldclient/ui/forms/payment_dialog.py" line="22"/>
        <source>Mark paid</source>
        <translation>ادا شدہ درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/payment_dialog.py" line="34"/>
        <source>Payment reference (bank receipt)</source>
        <translation>ادائیگی کا حوالہ (بینک رسید)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/payment_dialog.py" line="48"/>
        <source>Payment reference: type the reference printed on the bank receipt; the challan was not marked paid.</source>
        <translation>ادائیگی کا حوالہ: بینک رسید پر چھپا حوالہ لکھیں؛ چالان ادا شدہ درج نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="33"/>
        <source>Person by CNIC</source>
        <translation>شناختی کارڈ سے شخص</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="35"/>
        <source>CNIC 12345-1234567-1, passport or PoR no.</source>
        <translation>شناختی کارڈ 12345-1234567-1، پاسپورٹ یا PoR نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="37"/>
        <source>Find</source>
        <translation>تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="44"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="45"/>
        <source>Role</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="46"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="47"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="48"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="68"/>
        <source>Type a CNIC like 12345-1234567-1, or a passport or PoR number.</source>
        <translation>شناختی کارڈ نمبر جیسے 12345-1234567-1، یا پاسپورٹ یا PoR نمبر لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/person_dialog.py" line="91"/>
        <source>Records naming this person: {count}</source>
        <translation>اس شخص کے ریکارڈ: {count}</translation>
    </message>
</context>
<context>
    <name>PhotoSlot</name>
    <message>
        <location filename="../../fieldclient/ui/forms/photo_slot.py" line="28"/>
        <location filename="../../fieldclient/ui/forms/photo_slot.py" line="89"/>
        <source>No photo</source>
        <translation>تصویر نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/photo_slot.py" line="32"/>
        <source>Choose file…</source>
        <translation>فائل منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/photo_slot.py" line="33"/>
        <source>Remove</source>
        <translation>نکال دیں</translation>
    </message>
</context>
<context>
    <name>PrintDocumentButton</name>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="41"/>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="64"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="64"/>
        <source>80 mm receipt</source>
        <translation>80 ملی میٹر رسید</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="67"/>
        <source>Print ({layout})…</source>
        <translation>پرنٹ ({layout})…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="71"/>
        <source>Save as PDF ({layout})…</source>
        <translation>PDF کے طور پر محفوظ کریں ({layout})…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="83"/>
        <source>Save the document as PDF</source>
        <translation>دستاویز PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="85"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="111"/>
        <source>Print preview</source>
        <translation>پرنٹ کا پیش منظر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/print_button.py" line="156"/>
        <source>The document was not written ({reason}): choose another folder.</source>
        <translation>دستاویز محفوظ نہیں ہوئی ({reason}): کوئی اور فولڈر منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>PropertyTable</name>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_widgets.py" line="58"/>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_widgets.py" line="58"/>
        <source>Value (Rs)</source>
        <translation>مالیت (روپے)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/fir_widgets.py" line="61"/>
        <source>Add a row</source>
        <translation>ایک سطر شامل کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="34"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="35"/>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="36"/>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="37"/>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="38"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="39"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="40"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="41"/>
        <source>Discard</source>
        <translation>ضائع کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="42"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="43"/>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="44"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;پیچھے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="45"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;آگے &gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="46"/>
        <source>&amp;Next</source>
        <translation>&amp;آگے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="47"/>
        <source>&amp;Finish</source>
        <translation>&amp;مکمل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="48"/>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="49"/>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/language.py" line="50"/>
        <source>Commit</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="142"/>
        <source> (provisional)</source>
        <translation> (عارضی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="144"/>
        <source>No. {number}{provisional} — status: {status}</source>
        <translation>نمبر {number}{provisional} — حیثیت: {status}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="168"/>
        <source>Returned by {officer} on {when}: {reason}</source>
        <translation>{officer} نے {when} کو واپس کیا: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="170"/>
        <source>Returned by {officer} on {when} ({status}): {reason}</source>
        <translation>{officer} نے {when} کو واپس کیا ({status}): {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="209"/>
        <source>Document saved: {path}</source>
        <translation>دستاویز محفوظ ہو گئی: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="212"/>
        <source>The document was sent to the printer.</source>
        <translation>دستاویز پرنٹر کو بھیج دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="267"/>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="268"/>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="270"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="271"/>
        <source>Close (Esc)</source>
        <translation>بند کریں (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="381"/>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="455"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>محفوظ نہیں ہوا: سرخ نشان والے خانے درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="437"/>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="443"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="530"/>
        <source>Unsaved form</source>
        <translation>غیر محفوظ فارم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="539"/>
        <source>Restored the unsaved text from {when}.</source>
        <translation>{when} کا غیر محفوظ متن واپس لایا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="564"/>
        <source>Close the form</source>
        <translation>فارم بند کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="566"/>
        <source>What you typed is not saved.
Yes: keep it as a draft and offer it next time.
No: throw it away.</source>
        <translation>آپ کا لکھا ہوا محفوظ نہیں ہوا۔
ہاں: اسے مسودے کے طور پر رکھیں اور اگلی بار پیش کریں۔
نہیں: اسے ضائع کر دیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="593"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="607"/>
        <source>could not read the file ({reason})</source>
        <translation>فائل پڑھی نہ جا سکی ({reason})</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="614"/>
        <source>is not a picture; choose a JPEG or PNG file</source>
        <translation>تصویر نہیں ہے؛ JPEG یا PNG فائل منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="203"/>
        <source>Queued to be sent again at the next sync.</source>
        <translation>اگلے سنک پر دوبارہ بھیجنے کے لیے قطار میں لگا دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="183"/>
        <source>Waiting for review by: {roles}.</source>
        <translation>جائزے کا منتظر: {roles}۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="353"/>
        <source>Possible duplicate: {kind} {number}, made today, names {cnic}. Check it before saving.</source>
        <translation>ممکنہ دہرا اندراج: آج بنایا گیا {kind} {number} بھی {cnic} کا نام رکھتا ہے۔ محفوظ کرنے سے پہلے دیکھ لیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="359"/>
        <source>{count} × {kind} as {role}</source>
        <translation>{count} × {kind} بطور {role}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="362"/>
        <source> (unpaid)</source>
        <translation> (غیر ادا شدہ)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="366"/>
        <source>The station has on {cnic}: {records}.</source>
        <translation>تھانے کے پاس {cnic} کے بارے میں: {records}۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/record_form.py" line="526"/>
        <source>What you were typing is back.</source>
        <translation>جو آپ لکھ رہے تھے وہ واپس آ گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../fieldclient/domain/records/attendance.py" line="94"/>
        <source>attendance event</source>
        <translation>حاضری کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/attendance.py" line="95"/>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="89"/>
        <location filename="../../fieldclient/domain/records/attendance.py" line="103"/>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="103"/>
        <location filename="../../fieldclient/domain/records/enrolment.py" line="102"/>
        <source>Badge</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/attendance.py" line="104"/>
        <source>Check</source>
        <translation>آمد و روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="361"/>
        <source>challan</source>
        <translation>چالان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="362"/>
        <source>Challans</source>
        <translation>چالان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="395"/>
        <source>Vehicle</source>
        <translation>گاڑی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="396"/>
        <source>Violations and fine</source>
        <translation>خلاف ورزیاں اور جرمانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/__init__.py" line="64"/>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/__init__.py" line="65"/>
        <source>FIRs</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/__init__.py" line="76"/>
        <source>Informant</source>
        <translation>اطلاع دہندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/__init__.py" line="77"/>
        <source>Offences</source>
        <translation>جرائم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="117"/>
        <source>tenant record</source>
        <translation>کرایہ دار کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="118"/>
        <source>Tenants</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="139"/>
        <source>Tenant</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="140"/>
        <source>Property</source>
        <translation>جائیداد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="43"/>
        <source>front desk</source>
        <translation>فرنٹ ڈیسک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="44"/>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="45"/>
        <source>WhatsApp</source>
        <translation>واٹس ایپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="46"/>
        <source>online portal</source>
        <translation>آن لائن پورٹل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="47"/>
        <source>referred by a senior officer</source>
        <translation>سینئر افسر کی طرف سے بھیجی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="162"/>
        <source>complaint</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="163"/>
        <source>Complaints</source>
        <translation>درخواستیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="186"/>
        <source>Complainant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="187"/>
        <source>Complaint</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="41"/>
        <source>general</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="42"/>
        <source>arrival on duty</source>
        <translation>ڈیوٹی پر آمد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="43"/>
        <source>departure from duty</source>
        <translation>ڈیوٹی سے روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="44"/>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="45"/>
        <source>non-cognizable report (s.155)</source>
        <translation>ناقابل دست اندازی رپٹ (دفعہ 155)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="46"/>
        <source>tenant registered</source>
        <translation>کرایہ دار کا اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="47"/>
        <source>property received</source>
        <translation>مال موصول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="48"/>
        <source>day closed</source>
        <translation>دن بند</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="145"/>
        <source>daily diary entry</source>
        <translation>روزنامچہ اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="146"/>
        <source>Daily diary</source>
        <translation>روزنامچہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="154"/>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="155"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="22"/>
        <source>informant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="23"/>
        <source>accused</source>
        <translation>ملزم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="24"/>
        <source>driver</source>
        <translation>ڈرائیور</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="25"/>
        <source>tenant</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="26"/>
        <source>landlord</source>
        <translation>مالک مکان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="27"/>
        <source>property dealer</source>
        <translation>پراپرٹی ڈیلر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="28"/>
        <source>reference</source>
        <translation>ضامن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="30"/>
        <source>complainant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="31"/>
        <source>complained against</source>
        <translation>جس کے خلاف درخواست ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/people.py" line="29"/>
        <source>family member</source>
        <translation>اہل خانہ کا فرد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="24"/>
        <source>casual leave</source>
        <translation>اتفاقیہ رخصت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="25"/>
        <source>earned leave (leave on full pay)</source>
        <translation>کمائی ہوئی رخصت (پوری تنخواہ پر رخصت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="26"/>
        <source>medical leave (on medical certificate)</source>
        <translation>طبی رخصت (میڈیکل سرٹیفکیٹ پر)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="27"/>
        <source>rest day</source>
        <translation>آرام کا دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="28"/>
        <source>deputation</source>
        <translation>ڈیپوٹیشن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="79"/>
        <source>leave or absence</source>
        <translation>رخصت یا غیر حاضری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="80"/>
        <source>Leave and absences</source>
        <translation>رخصت اور غیر حاضریاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="90"/>
        <source>Leave</source>
        <translation>رخصت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="24"/>
        <source>Monday</source>
        <translation>پیر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="25"/>
        <source>Tuesday</source>
        <translation>منگل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="26"/>
        <source>Wednesday</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="27"/>
        <source>Thursday</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="28"/>
        <source>Friday</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="29"/>
        <source>Saturday</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="30"/>
        <source>Sunday</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="94"/>
        <source>duty roster entry</source>
        <translation>ڈیوٹی روسٹر اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="95"/>
        <source>Duty roster</source>
        <translation>ڈیوٹی روسٹر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="104"/>
        <source>Shift</source>
        <translation>ڈیوٹی کے اوقات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/enrolment.py" line="93"/>
        <source>attendance enrolment</source>
        <translation>حاضری اندراج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/enrolment.py" line="94"/>
        <source>Attendance enrolments</source>
        <translation>حاضری اندراجات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/enrolment.py" line="103"/>
        <source>Enrolled</source>
        <translation>درج شدہ</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../fieldclient/ui/kind_words.py" line="30"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/kind_words.py" line="31"/>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_model.py" line="206"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_model.py" line="206"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_model.py" line="206"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_model.py" line="191"/>
        <source>{status} — overdue</source>
        <translation>{status} — مدت سے زائد</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="82"/>
        <source>Search names, CNIC, numbers, places…</source>
        <translation>نام، شناختی کارڈ، نمبر، مقامات تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="85"/>
        <source>All statuses</source>
        <translation>تمام حیثیتیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="90"/>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="109"/>
        <source>any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="134"/>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="136"/>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="182"/>
        <source>Matches: {count}</source>
        <translation>ملے: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/record_list_page.py" line="184"/>
        <source>Records: {count}</source>
        <translation>ریکارڈ: {count}</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../fieldclient/ui/recover_dialog.py" line="36"/>
        <source>Forgot password</source>
        <translation>پاس ورڈ بھول گئے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recover_dialog.py" line="39"/>
        <source>Ask the SHO for the station recovery key, type it here and choose a new password for {officer}. Another officer can also reset your password (File, Officers).</source>
        <translation>ایس ایچ او سے تھانے کی ریکوری کلید لیں، اسے یہاں لکھیں اور {officer} کے لیے نیا پاس ورڈ چنیں۔ کوئی دوسرا افسر بھی آپ کا پاس ورڈ دوبارہ مقرر کر سکتا ہے (فائل، افسران)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recover_dialog.py" line="49"/>
        <source>Recovery key</source>
        <translation>ریکوری کلید</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recover_dialog.py" line="69"/>
        <source>Recovery key: type the key the SHO keeps.</source>
        <translation>ریکوری کلید: ایس ایچ او کے پاس رکھی کلید لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recover_dialog.py" line="75"/>
        <source>Checking the recovery key…</source>
        <translation>ریکوری کلید جانچی جا رہی ہے…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldclient/ui/recovery_key_dialog.py" line="27"/>
        <source>Station recovery key</source>
        <translation>تھانے کی ریکوری کلید</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recovery_key_dialog.py" line="30"/>
        <source>Print this key or write it down now, and give it to the SHO to keep locked away. With it an officer who forgot the password can set a new one. It is shown only this once and is not kept on this computer.</source>
        <translation>یہ کلید ابھی پرنٹ کریں یا لکھ لیں، اور ایس ایچ او کو دیں کہ تالے میں رکھے۔ اس سے پاس ورڈ بھولنے والا افسر نیا پاس ورڈ مقرر کر سکتا ہے۔ یہ صرف اسی ایک بار دکھائی جاتی ہے اور اس کمپیوٹر میں محفوظ نہیں رہتی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recovery_key_dialog.py" line="47"/>
        <source>The SHO &amp;has this key (printed or written down)</source>
        <translation>&amp;یہ کلید ایس ایچ او کے پاس ہے (پرنٹ شدہ یا لکھی ہوئی)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recovery_key_dialog.py" line="78"/>
        <source>Station recovery key — {station}

{key}

Keep locked away. With it an officer who forgot the password sets a new one (unlock screen, Forgot password).</source>
        <translation>تھانے کی ریکوری کلید — {station}

{key}

تالے میں رکھیں۔ اس سے پاس ورڈ بھولنے والا افسر نیا پاس ورڈ مقرر کرتا ہے (ان لاک اسکرین، پاس ورڈ بھول گئے)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/recovery_key_dialog.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="19"/>
        <source>en</source>
        <translation>ur</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="22"/>
        <source>Motorcycle</source>
        <translation>موٹر سائیکل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="23"/>
        <source>Motor car / jeep</source>
        <translation>موٹر کار / جیپ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="24"/>
        <source>Public service vehicle</source>
        <translation>پبلک سروس گاڑی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="25"/>
        <source>Heavy / goods / transport vehicle</source>
        <translation>بھاری / مال بردار / ٹرانسپورٹ گاڑی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="28"/>
        <source>Punjab</source>
        <translation>پنجاب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="29"/>
        <source>Khyber Pakhtunkhwa</source>
        <translation>خیبر پختونخوا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="30"/>
        <source>Islamabad Capital Territory</source>
        <translation>اسلام آباد کیپیٹل ٹیریٹری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="26"/>
        <source>Three-wheeler</source>
        <translation>تین پہیوں والی گاڑی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reference_words.py" line="27"/>
        <source>Motor car above 2000 cc</source>
        <translation>2000 سی سی سے بڑی موٹر کار</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="512"/>
        <source>the record&apos;s data was refused</source>
        <translation>ریکارڈ کا مواد قبول نہیں کیا گیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="516"/>
        <source>the record may no longer change in its status</source>
        <translation>ریکارڈ اپنی موجودہ حیثیت میں اب تبدیل نہیں ہو سکتا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="517"/>
        <source>the status change is not allowed</source>
        <translation>حیثیت کی یہ تبدیلی جائز نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="518"/>
        <source>the server does not know this record</source>
        <translation>سرور کے پاس یہ ریکارڈ نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="519"/>
        <source>the record already exists on the server</source>
        <translation>یہ ریکارڈ سرور پر پہلے سے موجود ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="520"/>
        <source>the record names another police station</source>
        <translation>ریکارڈ میں کسی دوسرے تھانے کا نام ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="521"/>
        <source>the record names another device</source>
        <translation>ریکارڈ میں کسی دوسرے آلے کا نام ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="522"/>
        <source>a value only the server gives was set</source>
        <translation>ایسی قدر درج کی گئی جو صرف سرور دیتا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="523"/>
        <source>the number is not one this device was given</source>
        <translation>یہ نمبر اس آلے کو جاری نہیں ہوا تھا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="526"/>
        <source>the number is already taken</source>
        <translation>یہ نمبر پہلے سے استعمال ہو چکا ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="527"/>
        <source>the change arrived out of order</source>
        <translation>تبدیلی ترتیب سے ہٹ کر پہنچی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="528"/>
        <source>the device&apos;s clock is ahead of the server&apos;s; correct the clock</source>
        <translation>آلے کی گھڑی سرور سے آگے ہے؛ گھڑی درست کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="531"/>
        <source>the officer is not known to the server</source>
        <translation>سرور اس افسر کو نہیں جانتا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="532"/>
        <source>the change names another officer</source>
        <translation>تبدیلی میں کسی دوسرے افسر کا نام ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="536"/>
        <source>practice (training) records and real ones never go to the same server</source>
        <translation>مشقی (تربیتی) اور اصلی ریکارڈ کبھی ایک ہی سرور پر نہیں جاتے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="513"/>
        <source>the record changed on another device first; compare it and try again</source>
        <translation>ریکارڈ پہلے کسی دوسرے آلے پر بدل گیا؛ موازنہ کر کے دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="533"/>
        <source>the officer&apos;s role on the server may not make this change; ask the SHO</source>
        <translation>سرور پر افسر کی حیثیت اس تبدیلی کی اجازت نہیں دیتی؛ ایس ایچ او سے رجوع کریں</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <location filename="../../fieldclient/ui/forms/refusal_banner.py" line="26"/>
        <source>Send again</source>
        <translation>دوبارہ بھیجیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/refusal_banner.py" line="41"/>
        <source>Correct the record and save to send it again, or send it again as it is.</source>
        <translation>ریکارڈ درست کر کے محفوظ کریں تاکہ یہ دوبارہ بھیجا جائے، یا اسے جوں کا توں دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/refusal_banner.py" line="43"/>
        <source>Send it again once the reason no longer holds.</source>
        <translation>وجہ ختم ہونے کے بعد اسے دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/refusal_banner.py" line="46"/>
        <source>The sync server refused this record ({reasons}). {advice}</source>
        <translation>سنک سرور نے یہ ریکارڈ قبول نہیں کیا ({reasons})۔ {advice}</translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="65"/>
        <source>Changes the server refused</source>
        <translation>سرور کی مسترد کردہ تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="69"/>
        <source>These changes are kept on this computer only. Open a record to see why it was refused, then correct it and save, or send it again as it is.</source>
        <translation>یہ تبدیلیاں صرف اسی کمپیوٹر پر محفوظ ہیں۔ ریکارڈ کھول کر دیکھیں کہ اسے کیوں مسترد کیا گیا، پھر اسے درست کر کے محفوظ کریں یا جوں کا توں دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="77"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="77"/>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="77"/>
        <source>Why the server refused it</source>
        <translation>سرور نے کیوں مسترد کیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="85"/>
        <source>Open record</source>
        <translation>ریکارڈ کھولیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="112"/>
        <source>new record</source>
        <translation>نیا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="113"/>
        <source>edit</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="114"/>
        <source>status change</source>
        <translation>حیثیت کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/refusals_dialog.py" line="115"/>
        <source>supplementary statement</source>
        <translation>ضمنی بیان</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="20"/>
        <source>Challan return</source>
        <translation>چالان کا گوشوارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="21"/>
        <source>Challans</source>
        <translation>چالان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="22"/>
        <source>Fines (Rs)</source>
        <translation>جرمانے (روپے)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="23"/>
        <location filename="../../fieldclient/domain/reports/situation.py" line="25"/>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="49"/>
        <source>Issued, by violation</source>
        <translation>جاری کردہ، خلاف ورزی کے لحاظ سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="51"/>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="52"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="53"/>
        <source>Violation</source>
        <translation>خلاف ورزی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="88"/>
        <location filename="../../fieldclient/domain/reports/situation.py" line="99"/>
        <source>Issued</source>
        <translation>جاری کردہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="89"/>
        <location filename="../../fieldclient/domain/reports/situation.py" line="100"/>
        <source>Fines imposed (Rs)</source>
        <translation>عائد جرمانے (روپے)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="94"/>
        <source>Moved to, in the period</source>
        <translation>مدت میں حیثیت کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/challan_return.py" line="95"/>
        <location filename="../../fieldclient/domain/reports/situation.py" line="84"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="24"/>
        <source>Crime statement by head</source>
        <translation>جرائم کا گوشوارہ بلحاظ مد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="26"/>
        <location filename="../../fieldclient/domain/reports/situation.py" line="75"/>
        <source>Head</source>
        <translation>مد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="27"/>
        <source>Registered</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="28"/>
        <source>Traced</source>
        <translation>سراغ لگایا گیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="29"/>
        <source>Untraced</source>
        <translation>عدم سراغ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="30"/>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="31"/>
        <source>Challaned</source>
        <translation>چالان شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="33"/>
        <source>Total (each FIR once)</source>
        <translation>کل (ہر ایف آئی آر ایک بار)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="36"/>
        <source>Counted by the day of each move in Pakistan time. Traced: FIRs registered in the period that name an accused. An FIR under several heads is counted under each.</source>
        <translation>ہر کارروائی اپنے دن کے حساب سے پاکستانی وقت میں گنی گئی ہے۔ سراغ لگایا گیا: مدت میں درج وہ ایف آئی آر جن میں کسی ملزم کا نام ہے۔ کئی مدوں والی ایف آئی آر ہر مد میں گنی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/crime_statement.py" line="84"/>
        <source>FIRs by head</source>
        <translation>ایف آئی آر بلحاظ مد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="24"/>
        <source>Daily situation report</source>
        <translation>روزانہ صورتحال رپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="26"/>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="38"/>
        <source>Arrests are not recorded in an FIR: the accused named in the FIRs registered are counted instead.</source>
        <translation>ایف آئی آر میں گرفتاری درج نہیں ہوتی: اس کی جگہ درج شدہ ایف آئی آر میں نامزد ملزمان گنے گئے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="73"/>
        <source>FIRs registered, by head</source>
        <translation>درج شدہ ایف آئی آر، بلحاظ مد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="76"/>
        <source>FIRs</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="77"/>
        <source>Accused named</source>
        <translation>نامزد ملزمان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="78"/>
        <source>Accused not known</source>
        <translation>نامعلوم ملزمان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="83"/>
        <source>FIRs moved to</source>
        <translation>ایف آئی آر کی حیثیت کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="97"/>
        <source>Traffic challans</source>
        <translation>ٹریفک چالان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="101"/>
        <source>Paid</source>
        <translation>ادا شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="102"/>
        <source>Fines paid (Rs)</source>
        <translation>ادا شدہ جرمانے (روپے)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="112"/>
        <source>Complaints</source>
        <translation>درخواستیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="114"/>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="140"/>
        <source>Daily diary entries</source>
        <translation>روزنامچہ کے اندراجات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/situation.py" line="141"/>
        <source>Kind of entry</source>
        <translation>اندراج کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/table.py" line="24"/>
        <source>Station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/table.py" line="25"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/table.py" line="26"/>
        <source>TRAINING — practice records, not a real report</source>
        <translation>تربیت — مشقی ریکارڈ، اصل رپورٹ نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="16"/>
        <source>Monthly attendance return</source>
        <translation>ماہانہ حاضری کا گوشوارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="18"/>
        <source>Badge no.</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="19"/>
        <source>Days present</source>
        <translation>حاضری کے دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="20"/>
        <source>Of which late</source>
        <translation>جن میں تاخیر سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="24"/>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="28"/>
        <source>Days of the month up to today; each day of an officer counted once.</source>
        <translation>مہینے کے آج تک کے دن؛ ہر اہلکار کا ہر دن ایک بار گنا گیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/reports/attendance.py" line="70"/>
        <source>Officers</source>
        <translation>اہلکار</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="60"/>
        <source>A day</source>
        <translation>ایک دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="60"/>
        <source>A month</source>
        <translation>ایک مہینہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="60"/>
        <source>From … to</source>
        <translation>سے … تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="66"/>
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="67"/>
        <source>&amp;Show</source>
        <translation>&amp;دکھائیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="68"/>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;سی ایس وی فائل میں محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="69"/>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="70"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF کے طور پر &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="92"/>
        <source>Report</source>
        <translation>رپورٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="94"/>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="152"/>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="171"/>
        <source>{title} — {station} — {period}</source>
        <translation>{title} — {station} — {period}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="219"/>
        <source>Save the report as CSV</source>
        <translation>رپورٹ سی ایس وی فائل میں محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="221"/>
        <source>CSV files (*.csv)</source>
        <translation>سی ایس وی فائلیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="234"/>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="278"/>
        <source>The report was not saved: {reason}</source>
        <translation>رپورٹ محفوظ نہیں ہوئی: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="240"/>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="284"/>
        <source>Report saved: {path}</source>
        <translation>رپورٹ محفوظ ہو گئی: {path}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="250"/>
        <source>Print preview</source>
        <translation>پرنٹ کا پیش منظر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="264"/>
        <source>Save the report as PDF</source>
        <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/reports/reports_page.py" line="266"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="20"/>
        <source>Trainees&apos; results</source>
        <translation>زیرِ تربیت افراد کے نتائج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="25"/>
        <source>Badge no.</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="26"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="27"/>
        <source>Exercise</source>
        <translation>مشق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="28"/>
        <source>When (PKT)</source>
        <translation>کب (پاکستانی وقت)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="29"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="47"/>
        <source>Passed</source>
        <translation>کامیاب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/training/results_dialog.py" line="49"/>
        <source>Missing: {items}</source>
        <translation>باقی: {items}</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="75"/>
        <source>Roll call</source>
        <translation>حاضری (رول کال)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="76"/>
        <source>&amp;Morning roll call</source>
        <translation>&amp;صبح کی حاضری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="77"/>
        <source>E&amp;vening roll call</source>
        <translation>&amp;شام کی حاضری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="78"/>
        <source>Enter in the daily &amp;diary</source>
        <translation>روزنامچے میں &amp;درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="88"/>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="149"/>
        <source>Badge</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="88"/>
        <source>At roll call</source>
        <translation>حاضری کے وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="88"/>
        <source>Duty</source>
        <translation>ڈیوٹی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="108"/>
        <source>Morning roll call at {at}</source>
        <translation>صبح کی حاضری، وقت {at}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="110"/>
        <source>Evening roll call at {at}</source>
        <translation>شام کی حاضری، وقت {at}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="129"/>
        <source>The roll call was entered in the daily diary.</source>
        <translation>حاضری روزنامچے میں درج ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="134"/>
        <source>Monthly attendance return</source>
        <translation>ماہانہ حاضری گوشوارہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="138"/>
        <source>&amp;Show</source>
        <translation>&amp;دکھائیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="140"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV میں برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="143"/>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="150"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="151"/>
        <source>of which late</source>
        <translation>جن میں تاخیر سے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="153"/>
        <source>Rest days</source>
        <translation>آرام کے دن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="154"/>
        <source>Deputation</source>
        <translation>ڈیپوٹیشن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="155"/>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="180"/>
        <source>Export the monthly return</source>
        <translation>ماہانہ گوشوارہ برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="182"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/return_screen.py" line="197"/>
        <source>The return was written to {file}.</source>
        <translation>گوشوارہ {file} میں لکھ دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="86"/>
        <source>Waiting for your review</source>
        <translation>آپ کے جائزے کے منتظر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="92"/>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="93"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="94"/>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="95"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="96"/>
        <source>Their reason</source>
        <translation>ان کی وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="97"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="112"/>
        <source>Why it goes back (needed to return it)</source>
        <translation>واپس کرنے کی وجہ (واپس کرنے کے لیے ضروری)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="114"/>
        <source>&amp;Approve</source>
        <translation>&amp;منظور کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="115"/>
        <source>&amp;Return with reason</source>
        <translation>وجہ کے ساتھ &amp;واپس کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="116"/>
        <source>&amp;Open record</source>
        <translation>ریکارڈ &amp;کھولیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="124"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="192"/>
        <source>Reason: say why the record goes back.</source>
        <translation>وجہ: بتائیں کہ ریکارڈ کیوں واپس جا رہا ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="212"/>
        <source>Approved.</source>
        <translation>منظور ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/review_page.py" line="214"/>
        <source>Returned; the reason reaches its author at the next sync.</source>
        <translation>واپس کر دیا گیا؛ وجہ اگلے سنک پر لکھنے والے تک پہنچ جائے گی۔</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="33"/>
        <source>SHO</source>
        <translation>ایس ایچ او</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="34"/>
        <source>Moharrir (duty officer)</source>
        <translation>محرر (ڈیوٹی افسر)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="35"/>
        <source>investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="36"/>
        <source>traffic warden</source>
        <translation>ٹریفک وارڈن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="37"/>
        <source>clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="38"/>
        <source>trainee</source>
        <translation>زیرِ تربیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="65"/>
        <source>register or refuse an FIR</source>
        <translation>ایف آئی آر درج کرنا یا درج کرنے سے انکار کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="66"/>
        <source>propose an FIR&apos;s cancellation</source>
        <translation>ایف آئی آر کی منسوخی تجویز کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="67"/>
        <source>void a challan</source>
        <translation>چالان کالعدم کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="68"/>
        <source>propose a challan&apos;s void to the SHO</source>
        <translation>ایس ایچ او کو چالان کالعدم کرنے کی تجویز دینا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="69"/>
        <source>override attendance</source>
        <translation>حاضری میں نگران کی مداخلت کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="70"/>
        <source>approve or return a record for review</source>
        <translation>جائزے کے لیے آیا ریکارڈ منظور یا واپس کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="71"/>
        <source>approve or return a tenant registration</source>
        <translation>کرایہ دار کا اندراج منظور یا واپس کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/roles.py" line="72"/>
        <source>add or remove officers and set roles</source>
        <translation>افسر شامل کرنا یا ہٹانا اور حیثیت مقرر کرنا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/role_words.py" line="23"/>
        <source> or </source>
        <translation> یا </translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="148"/>
        <source>Role of {badge}</source>
        <translation>{badge} کی حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="162"/>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/officers_dialog.py" line="163"/>
        <source>Role</source>
        <translation>حیثیت</translation>
    </message>
</context>
<context>
    <name>RollupModel</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="34"/>
        <source>Badge</source>
        <translation>بیج نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="35"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="36"/>
        <source>First in</source>
        <translation>پہلی آمد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="37"/>
        <source>Last out</source>
        <translation>آخری روانگی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="40"/>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="41"/>
        <source>late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/rollup_model.py" line="42"/>
        <source>absent</source>
        <translation>غیر حاضر</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="41"/>
        <source>Browse…</source>
        <translation>تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="46"/>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="50"/>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="58"/>
        <source> pt</source>
        <translation> پوائنٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="67"/>
        <source>Sync server address</source>
        <translation>سنک سرور کا پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="68"/>
        <source>Server certificate file</source>
        <translation>سرور سرٹیفکیٹ فائل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="69"/>
        <source>Sync every</source>
        <translation>ہر اتنے وقفے پر سنک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="70"/>
        <source>Lock after idle</source>
        <translation>بے کار رہنے پر لاک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="72"/>
        <source>Font size</source>
        <translation>فونٹ کا سائز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="85"/>
        <source>Server certificate</source>
        <translation>سرور سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="85"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>سرٹیفکیٹ (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/settings_dialog.py" line="95"/>
        <source>Sync server address: must start with https:// (for example {example})</source>
        <translation>سنک سرور کا پتہ: https:// سے شروع ہونا چاہیے (مثلاً {example})</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="43"/>
        <source>Supplementary statements</source>
        <translation>ضمنی بیانات</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="56"/>
        <source>Optional: who gave the statement</source>
        <translation>اختیاری: بیان کس نے دیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="57"/>
        <source>Add supplementary statement</source>
        <translation>ضمنی بیان شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="60"/>
        <source>So far</source>
        <translation>اب تک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="61"/>
        <source>New statement</source>
        <translation>نیا بیان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="62"/>
        <source>Given by</source>
        <translation>بیان دہندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/statement_panel.py" line="75"/>
        <source>is required: write the statement</source>
        <translation>ضروری ہے: بیان لکھیں</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="58"/>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="80"/>
        <source>Police station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="62"/>
        <source>Choose this computer&apos;s police station, or type its code.</source>
        <translation>اس کمپیوٹر کا تھانہ منتخب کریں، یا اس کا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="70"/>
        <source>(type the station code below)</source>
        <translation>(تھانے کا کوڈ نیچے لکھیں)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="79"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="81"/>
        <source>Station code</source>
        <translation>تھانے کا کوڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="60"/>
        <source>Training mode: choose the station whose work you will practise.</source>
        <translation>تربیتی موڈ: وہ تھانہ منتخب کریں جس کے کام کی آپ مشق کریں گے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="82"/>
        <source>Practise in training mode instead…</source>
        <translation>اس کے بجائے تربیتی موڈ میں مشق کریں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/first_run_wizard.py" line="86"/>
        <source>Opens a separate practice vault with made-up records, for the police IT school. Nothing in it is real or ever sent to a server.</source>
        <translation>پولیس آئی ٹی اسکول کے لیے فرضی ریکارڈ والا الگ مشقی والٹ کھولتا ہے۔ اس میں کچھ بھی اصلی نہیں اور نہ ہی کبھی کسی سرور کو بھیجا جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>StatusChangePanel</name>
    <message>
        <location filename="../../fieldclient/ui/forms/status_panel.py" line="49"/>
        <location filename="../../fieldclient/ui/forms/status_panel.py" line="59"/>
        <source>Change status</source>
        <translation>حیثیت تبدیل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/status_panel.py" line="57"/>
        <source>Why the status changes</source>
        <translation>حیثیت کیوں تبدیل ہو رہی ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/status_panel.py" line="62"/>
        <source>New status</source>
        <translation>نئی حیثیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/status_panel.py" line="63"/>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/status_panel.py" line="100"/>
        <source>is required: say why the status changes</source>
        <translation>ضروری ہے: حیثیت کی تبدیلی کی وجہ لکھیں</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="333"/>
        <source>Reading the certificate of {server}…</source>
        <translation>{server} کا سرٹیفکیٹ پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="354"/>
        <source>Server certificate</source>
        <translation>سرور سرٹیفکیٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="356"/>
        <source>The server at {server} presents a certificate with the SHA-256 fingerprint

{fingerprint}

Compare it with the fingerprint from your administrator. Pin this certificate and enroll?</source>
        <translation>{server} پر سرور ایک سرٹیفکیٹ پیش کر رہا ہے جس کا SHA-256 فنگر پرنٹ یہ ہے

{fingerprint}

اسے اپنے ایڈمنسٹریٹر کے دیے ہوئے فنگر پرنٹ سے ملائیں۔ کیا یہ سرٹیفکیٹ محفوظ کر کے اندراج کیا جائے؟</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="192"/>
        <source>The sync stopped because of a fault in the program; it was logged.</source>
        <translation>پروگرام میں خرابی کی وجہ سے سنک رک گیا؛ یہ لاگ میں درج ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/screenshots.py" line="219"/>
        <location filename="../../fieldclient/ui/sync_controller.py" line="201"/>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>سنک مکمل: {sent} بھیجے، {received} وصول۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="207"/>
        <source>{count} conflict(s) to review.</source>
        <translation>{count} تضادات جانچ کے منتظر۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="211"/>
        <source>{count} change(s) refused by the server: {refusals}</source>
        <translation>سرور نے {count} تبدیلیاں قبول نہیں کیں: {refusals}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="217"/>
        <source>Open a refused record (the refused button lists them) to correct it or send it again.</source>
        <translation>مسترد شدہ ریکارڈ کھولیں (مسترد کا بٹن ان سب کی فہرست دیتا ہے) اور اسے درست کریں یا دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="227"/>
        <source>Offline: {reason}</source>
        <translation>آف لائن: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="235"/>
        <source>Sync stopped: {reason}</source>
        <translation>سنک رک گیا: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="292"/>
        <source>Working offline. To sync, use File ▸ Enroll this device…</source>
        <translation>آف لائن کام جاری ہے۔ سنک کے لیے: فائل ◂ اس ڈیوائس کا اندراج…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="342"/>
        <source>Enrolling this device at {server}…</source>
        <translation>اس ڈیوائس کا اندراج {server} پر ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="381"/>
        <source>This device is enrolled at station {station} ({name}).</source>
        <translation>یہ ڈیوائس تھانہ {station} ({name}) میں درج ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="399"/>
        <source>Enrollment failed: {reason}</source>
        <translation>اندراج نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_controller.py" line="417"/>
        <source>Sync</source>
        <translation>سنک</translation>
    </message>
</context>
<context>
    <name>SyncOutcome</name>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="63"/>
        <source>Cannot reach the sync server; it tries again soon. Your records are kept.</source>
        <translation>سنک سرور تک رسائی نہیں ہو سکی؛ جلد دوبارہ کوشش ہو گی۔ آپ کے ریکارڈ محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="66"/>
        <source>The sync server refused the request; it tries again at the next sync. If this repeats, tell the administrator.</source>
        <translation>سنک سرور نے درخواست مسترد کر دی؛ اگلے سنک پر دوبارہ کوشش ہو گی۔ اگر ایسا بار بار ہو تو منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="71"/>
        <source>The sync server sent an answer this computer refuses; nothing was changed. Tell the administrator.</source>
        <translation>سنک سرور نے ایسا جواب بھیجا جو یہ کمپیوٹر قبول نہیں کرتا؛ کچھ تبدیل نہیں ہوا۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="76"/>
        <source>This device was revoked by the administrator; your unsynced records are kept.</source>
        <translation>منتظم نے اس ڈیوائس کی اجازت منسوخ کر دی ہے؛ آپ کے غیر سنک شدہ ریکارڈ محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="80"/>
        <source>The sync server does not accept this device; ask the administrator for a new enrollment code. Your unsynced records are kept.</source>
        <translation>سنک سرور اس ڈیوائس کو قبول نہیں کرتا؛ منتظم سے نیا اندراج کوڈ لیں۔ آپ کے غیر سنک شدہ ریکارڈ محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="85"/>
        <source>The sync server needs a newer version of this application: update it, then sync again. Your unsynced records are kept.</source>
        <translation>سنک سرور کو اس ایپلیکیشن کا نیا ورژن درکار ہے: اسے اپ ڈیٹ کریں، پھر دوبارہ سنک کریں۔ آپ کے غیر سنک شدہ ریکارڈ محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="90"/>
        <source>The sync server presented a different certificate from the one this device was enrolled with; nothing was sent. Tell the administrator.</source>
        <translation>سنک سرور نے اندراج کے وقت والے سرٹیفکیٹ سے مختلف سرٹیفکیٹ پیش کیا؛ کچھ نہیں بھیجا گیا۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="95"/>
        <source>This device is not enrolled. To sync, use File ▸ Enroll this device…</source>
        <translation>اس ڈیوائس کا اندراج نہیں ہوا۔ سنک کے لیے: فائل ◂ اس ڈیوائس کا اندراج…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="98"/>
        <source>The sync was stopped; your unsynced records are kept.</source>
        <translation>سنک روک دیا گیا؛ آپ کے غیر سنک شدہ ریکارڈ محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="101"/>
        <source>A sync is already running.</source>
        <translation>ایک سنک پہلے سے جاری ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="102"/>
        <source>The disk is full: free some space. The sync resumes where it stopped.</source>
        <translation>ڈسک بھر گئی ہے: کچھ جگہ خالی کریں۔ سنک وہیں سے دوبارہ شروع ہو گا جہاں رکا تھا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="105"/>
        <source>The vault could not be written, so the sync stopped; it resumes where it stopped.</source>
        <translation>والٹ میں لکھا نہیں جا سکا، اس لیے سنک رک گیا؛ یہ وہیں سے دوبارہ شروع ہو گا جہاں رکا تھا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="118"/>
        <source>This computer&apos;s clock is about {minutes} minutes behind the server&apos;s; ask the administrator to correct it (records are clocked with the server&apos;s time).</source>
        <translation>اس کمپیوٹر کی گھڑی سرور کی گھڑی سے تقریباً {minutes} منٹ پیچھے ہے؛ منتظم سے اسے درست کروائیں (ریکارڈ پر سرور کا وقت درج ہوتا ہے)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="123"/>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the server&apos;s; ask the administrator to correct it (records are clocked with the server&apos;s time).</source>
        <translation>اس کمپیوٹر کی گھڑی سرور کی گھڑی سے تقریباً {minutes} منٹ آگے ہے؛ منتظم سے اسے درست کروائیں (ریکارڈ پر سرور کا وقت درج ہوتا ہے)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="128"/>
        <source>{count} received record(s) carry a clock far in the future; this computer&apos;s clock did not follow them. Tell the administrator.</source>
        <translation>وصول شدہ {count} ریکارڈ پر مستقبل کا بہت آگے کا وقت درج ہے؛ اس کمپیوٹر کی گھڑی ان کے پیچھے نہیں گئی۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="133"/>
        <source>This computer&apos;s copy of the station&apos;s records did not match the server&apos;s ({here} records here, {there} on the server); it was repaired by receiving every record again.</source>
        <translation>اس کمپیوٹر پر تھانے کے ریکارڈ کی نقل سرور سے نہیں ملتی تھی (یہاں {here} ریکارڈ، سرور پر {there})؛ تمام ریکارڈ دوبارہ وصول کر کے اسے درست کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="138"/>
        <source>This computer&apos;s copy of the station&apos;s records still differs from the server&apos;s after receiving every record again ({here} records here, {there} on the server); tell the administrator.</source>
        <translation>تمام ریکارڈ دوبارہ وصول کرنے کے بعد بھی اس کمپیوٹر پر تھانے کے ریکارڈ کی نقل سرور سے مختلف ہے (یہاں {here} ریکارڈ، سرور پر {there})؛ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/sync_outcome.py" line="144"/>
        <source>Unsafe: the sync went over plain http to {host} (a test-lab setting), so records travelled unencrypted.</source>
        <translation>غیر محفوظ: سنک سادہ http پر {host} سے ہوا (تجربہ گاہ کی سیٹنگ)، اس لیے ریکارڈ بغیر خفیہ کاری کے گئے۔</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="42"/>
        <source>Sync now</source>
        <translation>ابھی سنک کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="62"/>
        <source>Online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="62"/>
        <source>Offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="67"/>
        <source>Not enrolled</source>
        <translation>اندراج نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="72"/>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="73"/>
        <source>Last sync: {when}</source>
        <translation>آخری سنک: {when}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="76"/>
        <source>{count} changes waiting</source>
        <translation>{count} تبدیلیاں منتظر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="90"/>
        <source>Syncing…</source>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="80"/>
        <source>{count} refused</source>
        <translation>{count} مسترد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="81"/>
        <source>Changes the sync server refused: see why</source>
        <translation>سنک سرور کی مسترد کردہ تبدیلیاں: وجہ دیکھیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="98"/>
        <source>Syncing: sent {sent} of {total} changes…</source>
        <translation>سنک ہو رہا ہے: {total} میں سے {sent} تبدیلیاں بھیجی گئیں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/status_bar.py" line="103"/>
        <source>Syncing: received {count} records ({pages} pages so far)…</source>
        <translation>سنک ہو رہا ہے: {count} ریکارڈ وصول ہوئے (اب تک {pages} صفحات)…</translation>
    </message>
</context>
<context>
    <name>TenantForm</name>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="129"/>
        <source>Tenant registration</source>
        <translation>اندراج کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="132"/>
        <source>Restore the unsaved tenant registration you were typing?</source>
        <translation>کرایہ دار کا جو اندراج آپ لکھ رہے تھے اور محفوظ نہیں ہوا، کیا اسے واپس لائیں؟</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="138"/>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="207"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="139"/>
        <source>Father&apos;s name</source>
        <translation>ولدیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="140"/>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="141"/>
        <source>Mobile</source>
        <translation>موبائل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="144"/>
        <source>Permanent address</source>
        <translation>مستقل پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="146"/>
        <source>Occupation</source>
        <translation>پیشہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="154"/>
        <source>&lt;b&gt;Landlord&lt;/b&gt;</source>
        <translation>&lt;b&gt;مالک مکان&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="158"/>
        <source>Property address</source>
        <translation>پتہ جائیداد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="174"/>
        <source>&lt;b&gt;Tenant&lt;/b&gt;</source>
        <translation>&lt;b&gt;کرایہ دار&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="185"/>
        <source>Tenancy starts</source>
        <translation>آغاز کرایہ داری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="202"/>
        <source>not given</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="204"/>
        <source>Family members</source>
        <translation>افراد خانہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="234"/>
        <source>&lt;b&gt;Photos&lt;/b&gt; (JPEG or PNG)</source>
        <translation>&lt;b&gt;تصاویر&lt;/b&gt; (JPEG یا PNG)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="236"/>
        <source>Tenant</source>
        <translation>کرایہ دار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="237"/>
        <source>CNIC front</source>
        <translation>شناختی کارڈ سامنے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="238"/>
        <source>CNIC back</source>
        <translation>شناختی کارڈ پیچھے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="373"/>
        <source>Choose a photo</source>
        <translation>تصویر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="416"/>
        <source>Receipt number for the tenant: {number}</source>
        <translation>کرایہ دار کے لیے رسید نمبر: {number}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="399"/>
        <source>Flagged by the central record check: {reason}</source>
        <translation>مرکزی ریکارڈ جانچ میں نشان زد: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="142"/>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="143"/>
        <source>Office address</source>
        <translation>دفتر کا پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="145"/>
        <source>Previous address</source>
        <translation>سابقہ پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="147"/>
        <source>Workplace</source>
        <translation>کام کی جگہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="148"/>
        <source>Passport no.</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="149"/>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="150"/>
        <source>Visa no.</source>
        <translation>ویزا نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="151"/>
        <source>Visa valid until</source>
        <translation>ویزا کی میعاد</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="156"/>
        <source>&lt;b&gt;Property&lt;/b&gt;</source>
        <translation>&lt;b&gt;جائیداد&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="160"/>
        <source>house</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="161"/>
        <source>portion of a house</source>
        <translation>مکان کا حصہ (پورشن)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="162"/>
        <source>flat</source>
        <translation>فلیٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="163"/>
        <source>room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="164"/>
        <source>shop</source>
        <translation>دکان</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="165"/>
        <source>office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="166"/>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="169"/>
        <source>— not given —</source>
        <translation>— درج نہیں —</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="171"/>
        <source>Property type</source>
        <translation>جائیداد کی قسم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="172"/>
        <source>&lt;b&gt;Property dealer&lt;/b&gt; (if any)</source>
        <translation>&lt;b&gt;پراپرٹی ڈیلر&lt;/b&gt; (اگر ہو)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="177"/>
        <source>&lt;b&gt;Foreign tenant&lt;/b&gt;: passport or PoR card instead of a CNIC</source>
        <translation>&lt;b&gt;غیر ملکی کرایہ دار&lt;/b&gt;: شناختی کارڈ کی بجائے پاسپورٹ یا پی او آر کارڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="182"/>
        <source>PoR card no.</source>
        <translation>پی او آر کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="183"/>
        <source>&lt;b&gt;Tenancy&lt;/b&gt;</source>
        <translation>&lt;b&gt;کرایہ داری&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="186"/>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="191"/>
        <source>given</source>
        <translation>درج ہے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="187"/>
        <source>Agreement ends</source>
        <translation>معاہدہ ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="189"/>
        <source>rupees</source>
        <translation>روپے</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="190"/>
        <source>Monthly rent</source>
        <translation>ماہانہ کرایہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="192"/>
        <source>Possession handed over</source>
        <translation>قبضہ دینے کا وقت</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="199"/>
        <source>&lt;b&gt;Family&lt;/b&gt; living there</source>
        <translation>&lt;b&gt;اہل خانہ&lt;/b&gt; جو وہاں رہتے ہیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="208"/>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="208"/>
        <source>wife, son…</source>
        <translation>بیوی، بیٹا…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="209"/>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="210"/>
        <source>CNIC (18 or older)</source>
        <translation>شناختی کارڈ (18 سال یا زیادہ)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="214"/>
        <source>Add a family member</source>
        <translation>اہل خانہ کا فرد شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="216"/>
        <source>Family members by name</source>
        <translation>اہل خانہ نام بنام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="217"/>
        <source>&lt;b&gt;References&lt;/b&gt; (two people who know the tenant)</source>
        <translation>&lt;b&gt;ضامن / حوالہ&lt;/b&gt; (کرایہ دار کو جاننے والے دو افراد)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="222"/>
        <source>&lt;b&gt;Licensed weapons&lt;/b&gt; carried by the tenant</source>
        <translation>کرایہ دار کے پاس &lt;b&gt;لائسنس یافتہ اسلحہ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="225"/>
        <source>Licence no.</source>
        <translation>لائسنس نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="226"/>
        <source>Weapon</source>
        <translation>اسلحہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="226"/>
        <source>pistol 30 bore…</source>
        <translation>پستول 30 بور…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="227"/>
        <source>Issued by</source>
        <translation>جاری کنندہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="231"/>
        <source>Add a weapon</source>
        <translation>اسلحہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="233"/>
        <source>Weapons</source>
        <translation>اسلحہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="251"/>
        <source>Reference {number}: name</source>
        <translation>حوالہ {number}: نام</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="252"/>
        <source>Reference {number}: CNIC</source>
        <translation>حوالہ {number}: شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="253"/>
        <source>Reference {number}: mobile</source>
        <translation>حوالہ {number}: موبائل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="254"/>
        <source>Reference {number}: address</source>
        <translation>حوالہ {number}: پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="346"/>
        <source>No reporting deadline is set for this station (setting tenant/report_within_hours): the Act&apos;s deadline is not confirmed.</source>
        <translation>اس تھانے کے لیے اطلاع کی کوئی آخری مہلت مقرر نہیں (تھانے کی سیٹنگز میں): قانون کی مہلت کی تصدیق نہیں ہوئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="354"/>
        <source>Enter when possession was handed over to see the reporting deadline.</source>
        <translation>اطلاع کی آخری مہلت دیکھنے کے لیے قبضہ دینے کا وقت درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="363"/>
        <source>Report to the police by {deadline} ({hours} hours after possession).</source>
        <translation>پولیس کو {deadline} تک اطلاع دینی تھی (قبضے کے {hours} گھنٹے بعد تک)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="366"/>
        <source>Filed late.</source>
        <translation>اطلاع تاخیر سے دی گئی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_form.py" line="401"/>
        <source>Returned for correction: {reason}. Correct the record, save it, then send it again with Change status → submitted.</source>
        <translation>درستی کے لیے واپس: {reason}۔ ریکارڈ درست کریں، محفوظ کریں، پھر حیثیت تبدیل کریں ← جمع شدہ کے ذریعے دوبارہ بھیجیں۔</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="59"/>
        <source>Field client — unlock</source>
        <translation>فیلڈ کلائنٹ — ان لاک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="61"/>
        <source>Unlock the vault</source>
        <translation>والٹ ان لاک کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="67"/>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="221"/>
        <source>Unlock</source>
        <translation>ان لاک</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="87"/>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="88"/>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="89"/>
        <source>Records stay encrypted until an officer of this station unlocks.</source>
        <translation>جب تک اس تھانے کا کوئی افسر ان لاک نہ کرے، ریکارڈ خفیہ (انکرپٹڈ) رہتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="130"/>
        <source>Password: type your password to unlock.</source>
        <translation>پاس ورڈ: ان لاک کرنے کے لیے اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="133"/>
        <source>Unlocking…</source>
        <translation>ان لاک ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="222"/>
        <source>You can try again now.</source>
        <translation>اب آپ دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="227"/>
        <source>Wait {seconds} s</source>
        <translation>{seconds} سیکنڈ انتظار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="229"/>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>بہت زیادہ غلط پاس ورڈ۔ {seconds} سیکنڈ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="57"/>
        <source>Field client (TRAINING) — unlock</source>
        <translation>فیلڈ کلائنٹ (تربیت) — کھولیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="69"/>
        <source>&amp;Forgot password…</source>
        <translation>&amp;پاس ورڈ بھول گئے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="73"/>
        <source>&amp;Verify a document…</source>
        <translation>دستاویز کی &amp;تصدیق…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="76"/>
        <source>Check a printed document&apos;s code without signing in</source>
        <translation>لاگ اِن کیے بغیر چھپی ہوئی دستاویز کا کوڈ جانچیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/unlock_screen.py" line="148"/>
        <source>Upgrading the vault</source>
        <translation>والٹ اپ گریڈ ہو رہا ہے</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldclient/ui/unlock_screen.py" line="151"/>
        <source>This version stores records in less space. Upgrading the vault&apos;s %n record(s) once; please wait and keep the computer on.</source>
        <translation>
            <numerusform>یہ ورژن ریکارڈ کم جگہ میں رکھتا ہے۔ والٹ کا %n ریکارڈ ایک بار اپ گریڈ ہو رہا ہے؛ براہِ کرم انتظار کریں اور کمپیوٹر بند نہ کریں۔</numerusform>
            <numerusform>یہ ورژن ریکارڈ کم جگہ میں رکھتا ہے۔ والٹ کے %n ریکارڈ ایک بار اپ گریڈ ہو رہے ہیں؛ براہِ کرم انتظار کریں اور کمپیوٹر بند نہ کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacatePanel</name>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_widgets.py" line="142"/>
        <source>The tenant has left</source>
        <translation>کرایہ دار مکان چھوڑ گیا</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_widgets.py" line="148"/>
        <source>Record as &amp;vacated</source>
        <translation>&amp;مکان خالی درج کریں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/forms/tenant_widgets.py" line="151"/>
        <source>Vacated on</source>
        <translation>مکان خالی کرنے کی تاریخ</translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="47"/>
        <source>Verify document</source>
        <translation>دستاویز کی تصدیق</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="50"/>
        <source>&amp;Open a PDF, photo or scan…</source>
        <translation>&amp;PDF، تصویر یا اسکین کھولیں…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="53"/>
        <source>Open a printed document&apos;s PDF, or a photo of its QR code.</source>
        <translation>چھپی ہوئی دستاویز کی PDF، یا اس کے QR کوڈ کی تصویر کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="70"/>
        <source>Open a document</source>
        <translation>دستاویز کھولیں</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="72"/>
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF یا تصویر (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="79"/>
        <source>Reading {name}…</source>
        <translation>{name} پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="115"/>
        <source>No QR code was found in this file.</source>
        <translation>اس فائل میں کوئی QR کوڈ نہیں ملا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="130"/>
        <source>Authentic and unaltered: signed by the device.</source>
        <translation>اصلی اور غیر تبدیل شدہ: آلے کے دستخط سے تصدیق شدہ۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="132"/>
        <source>Authentic and unaltered: countersigned by the server.</source>
        <translation>اصلی اور غیر تبدیل شدہ: سرور کے جوابی دستخط سے تصدیق شدہ۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="133"/>
        <source>Not authentic: this is not a document of this system.</source>
        <translation>اصلی نہیں: یہ اس نظام کی دستاویز نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="135"/>
        <source>Not authentic: signed by device {device}, which this PC does not know as a device of the station. Sync to receive the station&apos;s keys.</source>
        <translation>اصلی نہیں: اس پر آلہ {device} کے دستخط ہیں، جسے یہ کمپیوٹر تھانے کے آلے کے طور پر نہیں جانتا۔ تھانے کی چابیاں حاصل کرنے کے لیے سنک کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="139"/>
        <source>Not authentic: the signature does not match the content. The document was altered, or signed with a key that is not device {device}&apos;s.</source>
        <translation>اصلی نہیں: دستخط مواد سے مطابقت نہیں رکھتے۔ دستاویز میں تبدیلی کی گئی ہے، یا اس پر ایسی چابی سے دستخط ہیں جو آلہ {device} کی نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="143"/>
        <source>Not authentic: signed by device {device}, revoked on {day}; its signature can no longer be trusted.</source>
        <translation>اصلی نہیں: اس پر آلہ {device} کے دستخط ہیں جو {day} کو منسوخ ہو چکا؛ اس کے دستخط پر اب اعتبار نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="147"/>
        <source>Not authentic: the server&apos;s countersignature does not match the content. The document was altered.</source>
        <translation>اصلی نہیں: سرور کے جوابی دستخط مواد سے مطابقت نہیں رکھتے۔ دستاویز میں تبدیلی کی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="155"/>
        <source>It carries the server&apos;s countersignature, but this PC does not hold the server&apos;s key to check it.</source>
        <translation>اس پر سرور کے جوابی دستخط ہیں، لیکن اس کمپیوٹر کے پاس انہیں جانچنے کے لیے سرور کی چابی نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="165"/>
        <source>{kind} {number} of {station}, issued {issued}. {facts}</source>
        <translation>{kind} {number}، {station}، جاری کردہ {issued}۔ {facts}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="101"/>
        <source>Checked without login, with the keys of station {station} copied on {when}; server key SHA-256 {fingerprint} (compare it with the administrator&apos;s).</source>
        <translation>لاگ اِن کے بغیر جانچا گیا، تھانہ {station} کی چابیوں سے جن کی نقل {when} کو لی گئی؛ سرور کی چابی SHA-256 {fingerprint} (اسے منتظم کی دی ہوئی چابی سے ملائیں)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="106"/>
        <source>Checked without login, with the keys of station {station} copied on {when}; this computer holds no server key.</source>
        <translation>لاگ اِن کے بغیر جانچا گیا، تھانہ {station} کی چابیوں سے جن کی نقل {when} کو لی گئی؛ اس کمپیوٹر کے پاس سرور کی چابی نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="176"/>
        <source>{name} cannot be opened: check that the file is there and readable.</source>
        <translation>{name} کھولی نہیں جا سکی: دیکھیں کہ فائل موجود ہے اور پڑھی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="178"/>
        <source>{name} is not a readable PDF.</source>
        <translation>{name} پڑھنے کے قابل پی ڈی ایف نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="180"/>
        <source>{name} is not a PDF or an image this application can read (PNG, JPEG).</source>
        <translation>{name} نہ پی ڈی ایف ہے نہ ایسی تصویر جو یہ ایپلیکیشن پڑھ سکے (PNG، JPEG)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/documents/verify_screen.py" line="194"/>
        <source>This computer holds no copy of the document keys yet: an officer must sign in once (or sync), then documents can be verified without login.</source>
        <translation>اس کمپیوٹر کے پاس ابھی دستاویزی چابیوں کی نقل نہیں ہے: کوئی افسر ایک بار لاگ اِن کرے (یا سنک کرے)، پھر لاگ اِن کے بغیر دستاویزات کی تصدیق ہو سکے گی۔</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../fieldclient/ui/attendance/messages.py" line="15"/>
        <source>No finger on the scanner. Place a finger and try again.</source>
        <translation>اسکینر پر انگلی نہیں۔ انگلی رکھ کر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/messages.py" line="22"/>
        <source>Fingerprint not recognised. Try again, or use your PIN below.</source>
        <translation>انگلی کا نشان پہچانا نہیں گیا۔ دوبارہ کوشش کریں، یا نیچے اپنا پن استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/messages.py" line="26"/>
        <source>Wrong PIN for badge {badge}, or no PIN is set for it. Nothing was recorded.</source>
        <translation>بیج {badge} کا پن غلط ہے، یا اس کا کوئی پن مقرر نہیں۔ کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/messages.py" line="31"/>
        <source>That badge is not a supervisor: only an officer of this device marked supervisor in the attendance set-up, as SHO or Moharrir, may override. Nothing was recorded.</source>
        <translation>یہ بیج نگران افسر کا نہیں: صرف اس آلے کا وہ افسر جسے حاضری سیٹ اپ میں نگران افسر مقرر کیا گیا ہو اور جو ایس ایچ او یا محرر ہو، اوور رائیڈ کر سکتا ہے۔ کچھ درج نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/attendance/messages.py" line="37"/>
        <source>Wrong supervisor PIN. Nothing was recorded.</source>
        <translation>نگران افسر کا پن غلط ہے۔ کچھ درج نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../fieldclient/ui/errors.py" line="34"/>
        <source>Something went wrong; the app keeps running and nothing you typed was lost.</source>
        <translation>کچھ غلط ہو گیا؛ ایپ چل رہی ہے اور آپ کا لکھا ہوا کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/errors.py" line="45"/>
        <source>Field client</source>
        <translation>فیلڈ کلائنٹ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="32"/>
        <source>Please correct: {problems}</source>
        <translation>براہ کرم درست کریں: {problems}</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="33"/>
        <source>The status cannot go from {old} to {new}.</source>
        <translation>حیثیت {old} سے {new} میں تبدیل نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="387"/>
        <source>Wrong password. Check the keyboard layout and Caps Lock; after three wrong tries each further try waits longer.</source>
        <translation>پاس ورڈ غلط ہے۔ کی بورڈ کی زبان اور Caps Lock دیکھیں؛ تین غلط کوششوں کے بعد ہر اگلی کوشش کے لیے زیادہ انتظار کرنا ہو گا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="392"/>
        <source>This officer is not registered on this computer.</source>
        <translation>یہ افسر اس کمپیوٹر پر درج نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="395"/>
        <source>This officer is already registered on this computer.</source>
        <translation>یہ افسر اس کمپیوٹر پر پہلے سے درج ہے۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="398"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>ڈسک بھر گئی ہے: کچھ جگہ خالی کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="401"/>
        <source>The records folder cannot be written. Tell the administrator.</source>
        <translation>ریکارڈ کے فولڈر میں لکھا نہیں جا سکتا۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="404"/>
        <source>This record is not on this computer.</source>
        <translation>یہ ریکارڈ اس کمپیوٹر پر موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="407"/>
        <source>The records of this computer were not found. Tell the administrator.</source>
        <translation>اس کمپیوٹر کے ریکارڈ نہیں ملے۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="410"/>
        <source>Records already exist on this computer: unlock them instead.</source>
        <translation>اس کمپیوٹر پر ریکارڈ پہلے سے موجود ہیں: انہیں ان لاک کریں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="413"/>
        <source>The records file is damaged. Tell the administrator; do not delete it.</source>
        <translation>ریکارڈ کی فائل خراب ہے۔ منتظم کو بتائیں؛ اسے مٹائیں نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="416"/>
        <source>The records folder holds no records of this application.</source>
        <translation>ریکارڈ کے فولڈر میں اس ایپلیکیشن کے ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="419"/>
        <source>The officers&apos; key file was changed outside the application. Tell the administrator.</source>
        <translation>افسران کی چابیوں والی فائل ایپلیکیشن سے باہر تبدیل کی گئی ہے۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="423"/>
        <source>This installation cannot encrypt safely. Tell the administrator.</source>
        <translation>یہ انسٹالیشن محفوظ طریقے سے انکرپٹ نہیں کر سکتی۔ منتظم کو بتائیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="428"/>
        <source>This record can no longer be changed in its present status.</source>
        <translation>یہ ریکارڈ اپنی موجودہ حیثیت میں اب تبدیل نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="431"/>
        <source>The reference tables do not hold what this needs.</source>
        <translation>حوالہ جاتی جدولوں میں اس کے لیے درکار معلومات موجود نہیں۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="434"/>
        <source>This record has no printed document (not issued yet, or none for its kind).</source>
        <translation>اس ریکارڈ کی کوئی چھپی ہوئی دستاویز نہیں (ابھی جاری نہیں ہوا، یا اس قسم کی کوئی دستاویز نہیں)۔</translation>
    </message>
    <message>
        <location filename="../../fieldclient/ui/error_words.py" line="34"/>
        <source>Only an officer whose role is {needed} may {action}; you are signed in as {role}.</source>
        <translation>صرف وہ افسر جس کی حیثیت {needed} ہو، {action} کا مجاز ہے؛ آپ {role} کی حیثیت سے داخل ہیں۔</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../fieldclient/domain/records/attendance.py" line="108"/>
        <location filename="../../fieldclient/domain/records/duty_roster.py" line="108"/>
        <location filename="../../fieldclient/domain/records/enrolment.py" line="107"/>
        <source>recorded</source>
        <translation>درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="409"/>
        <source>issued</source>
        <translation>جاری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="410"/>
        <source>paid</source>
        <translation>ادا شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="411"/>
        <source>contested</source>
        <translation>اعتراض شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="412"/>
        <source>overdue</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="416"/>
        <source>void proposed</source>
        <translation>کالعدم کرنے کی تجویز</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="101"/>
        <location filename="../../fieldclient/domain/records/challan.py" line="413"/>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="58"/>
        <source>cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="54"/>
        <source>draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="55"/>
        <source>registered</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="56"/>
        <source>under investigation</source>
        <translation>زیر تفتیش</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="57"/>
        <source>challan submitted</source>
        <translation>چالان جمع</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="59"/>
        <source>untraced</source>
        <translation>عدم پتہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="150"/>
        <source>submitted</source>
        <translation>جمع شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="151"/>
        <source>verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="152"/>
        <source>flagged</source>
        <translation>مشکوک قرار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="201"/>
        <source>received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="202"/>
        <source>under inquiry</source>
        <translation>زیر انکوائری</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="203"/>
        <source>converted to FIR</source>
        <translation>ایف آئی آر میں تبدیل</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="204"/>
        <source>filed</source>
        <translation>داخل دفتر</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/complaint.py" line="205"/>
        <source>referred to another station</source>
        <translation>دوسرے تھانے کو بھیجی گئی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/diary.py" line="170"/>
        <source>entered</source>
        <translation>درج</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="60"/>
        <source>refused to register</source>
        <translation>اندراج سے انکار</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="61"/>
        <source>non-cognizable (s.155)</source>
        <translation>ناقابلِ دست اندازی (دفعہ 155)</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="62"/>
        <source>cancellation proposed</source>
        <translation>اخراج تجویز شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/fir/lifecycle.py" line="63"/>
        <source>transferred</source>
        <translation>منتقل شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="153"/>
        <source>returned for correction</source>
        <translation>درستی کے لیے واپس</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/tenant.py" line="154"/>
        <source>vacated</source>
        <translation>مکان خالی</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/absence.py" line="100"/>
        <source>sanctioned</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="414"/>
        <source>voided</source>
        <translation>کالعدم</translation>
    </message>
    <message>
        <location filename="../../fieldclient/domain/records/challan.py" line="415"/>
        <source>decided by court</source>
        <translation>عدالت نے فیصلہ کیا</translation>
    </message>
</context>
</TS>
