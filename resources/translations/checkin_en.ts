<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="26"/>
        <source>Edit guest</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="26"/>
        <source>Walk-in guest</source>
        <translation>Walk-in guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="37"/>
        <source>Needs attention (VIP, accessibility ...)</source>
        <translation>Needs attention (VIP, accessibility ...)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="42"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="43"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="44"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="45"/>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="46"/>
        <source>F&amp;unction</source>
        <translation>F&amp;unction</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="47"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="48"/>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="50"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="60"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="60"/>
        <source>Add and check in</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="87"/>
        <source>Enter at least a first or last name.</source>
        <translation>Enter at least a first or last name.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="144"/>
        <source>Name</source>
        <extracomment>Rows fetched per store round trip around the row being painted. Attendees kept in memory at most. The attendee object behind a row, for views and tests.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="145"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="146"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="148"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="183"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="184"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="185"/>
        <source>removed from list</source>
        <translation>removed from list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="186"/>
        <source> · walk-in</source>
        <translation> · walk-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="185"/>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="149"/>
        <source>Print badges</source>
        <extracomment>A batch ended (printed, saved, cancelled or failed; see `status`).</extracomment>
        <translation>Print badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="153"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="156"/>
        <source>Only guests without a printed badge</source>
        <translation>Only guests without a printed badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="158"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="159"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="163"/>
        <source>Cut marks</source>
        <translation>Cut marks</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="168"/>
        <source>Check the badges before printing to see names that do not fit.</source>
        <translation>Check the badges before printing to see names that do not fit.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="176"/>
        <source>Check badges</source>
        <translation>Check badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="177"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="179"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="180"/>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="182"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="190"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="192"/>
        <source>Sorted by</source>
        <translation>Sorted by</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="193"/>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="226"/>
        <source>at minimum size</source>
        <translation>at minimum size</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="227"/>
        <source>wrapped</source>
        <translation>wrapped</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="228"/>
        <source>cut off</source>
        <translation>cut off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="229"/>
        <source>uses fallback font</source>
        <translation>uses fallback font</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="230"/>
        <source>character cannot be printed</source>
        <translation>character cannot be printed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="231"/>
        <source>too small on this stock</source>
        <translation>too small on this stock</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="232"/>
        <source>no badge for this category</source>
        <translation>no badge for this category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="230"/>
        <source>given names as initials:</source>
        <translation>given names as initials:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="231"/>
        <source>title shortened:</source>
        <translation>title shortened:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="232"/>
        <source>more lines, smaller:</source>
        <translation>more lines, smaller:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="233"/>
        <source>parts left out:</source>
        <translation>parts left out:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="241"/>
        <source>{n} guests checked, {m} to fix before printing.</source>
        <translation>{n} guests checked, {m} to fix before printing.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="256"/>
        <source>Save badges</source>
        <translation>Save badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="264"/>
        <source>No guests match.</source>
        <translation>No guests match.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="300"/>
        <source>Preparing {n} badges…</source>
        <translation>Preparing {n} badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="291"/>
        <source>Cancelled: nothing was sent to the printer.</source>
        <translation>Cancelled: nothing was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="295"/>
        <source>Badges could not be made: {error}</source>
        <translation>Badges could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="319"/>
        <source>{n} badges saved.</source>
        <translation>{n} badges saved.</translation>
    </message>
</context>
<context>
    <name>CameraChooser</name>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="16"/>
        <source>System default camera</source>
        <translation>System default camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="20"/>
        <source>The chosen camera (not connected now)</source>
        <translation>The chosen camera (not connected now)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="22"/>
        <source>No camera found on this computer</source>
        <translation>No camera found on this computer</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="30"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="30"/>
        <source>Camera &amp;resolution</source>
        <translation>Camera &amp;resolution</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="36"/>
        <source>Standard ({size})</source>
        <translation>Standard ({size})</translation>
    </message>
</context>
<context>
    <name>CameraDesk</name>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="71"/>
        <location filename="../../checkin/qt/camera/desk.py" line="97"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="82"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="88"/>
        <source>Scan a &amp;picture from the clipboard</source>
        <translation>Scan a &amp;picture from the clipboard</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="91"/>
        <source>Judge every code in a copied picture (or drop a picture onto the window)</source>
        <translation>Judge every code in a copied picture (or drop a picture onto the window)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="136"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="157"/>
        <source>Camera is off</source>
        <translation>Camera is off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="246"/>
        <source>The clipboard holds no picture of a ticket</source>
        <translation>The clipboard holds no picture of a ticket</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="262"/>
        <source>Reading the picture…</source>
        <translation>Reading the picture…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="282"/>
        <source>No code found in the picture</source>
        <translation>No code found in the picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="283"/>
        <source>Try a sharper picture, or scan or type the code.</source>
        <translation>Try a sharper picture, or scan or type the code.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="301"/>
        <source>This picture cannot be read</source>
        <translation>This picture cannot be read</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="302"/>
        <source>Use a PNG or JPEG picture of the ticket, or scan or type the code.</source>
        <translation>Use a PNG or JPEG picture of the ticket, or scan or type the code.</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <location filename="../../checkin/qt/camera/sources.py" line="165"/>
        <source>This computer does not let checkin use the camera. Allow it in the system&apos;s privacy settings; scanning with the scanner works meanwhile.</source>
        <translation>This computer does not let checkin use the camera. Allow it in the system&apos;s privacy settings; scanning with the scanner works meanwhile.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/sources.py" line="172"/>
        <source>No camera found. Scan with the scanner or type the code.</source>
        <translation>No camera found. Scan with the scanner or type the code.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/sources.py" line="195"/>
        <source>The camera could not be started; another program may be using it. Close that program and switch the camera on again.</source>
        <translation>The camera could not be started; another program may be using it. Close that program and switch the camera on again.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="29"/>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="44"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="45"/>
        <source>Switch the camera&apos;s light on or off</source>
        <translation>Switch the camera&apos;s light on or off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="53"/>
        <source>Camera is off</source>
        <translation>Camera is off</translation>
    </message>
</context>
<context>
    <name>CodesChoice</name>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="48"/>
        <source>Several codes in the picture</source>
        <translation>Several codes in the picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="50"/>
        <source>Several codes in view</source>
        <translation>Several codes in view</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="53"/>
        <source>{count} different codes were read at once. Which should be judged?</source>
        <translation>{count} different codes were read at once. Which should be judged?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="67"/>
        <source>not on the guest list</source>
        <translation>not on the guest list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="74"/>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="81"/>
        <source>Judge all</source>
        <translation>Judge all</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="102"/>
        <source>not judged (see the banner)</source>
        <translation>not judged (see the banner)</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="39"/>
        <source>Checked in of expected</source>
        <extracomment>Emitted after new numbers are shown (for tests).</extracomment>
        <translation>Checked in of expected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="45"/>
        <source>Checked in per category</source>
        <translation>Checked in per category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="55"/>
        <source>Checked in: … / …</source>
        <translation>Checked in: … / …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="76"/>
        <source>Checked in: {done} / {expected}</source>
        <translation>Checked in: {done} / {expected}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="81"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="87"/>
        <source>walk-ins {count}</source>
        <translation>walk-ins {count}</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="111"/>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="122"/>
        <source>Checked in</source>
        <extracomment>Emitted on the GUI thread after new stats are shown. The window&apos;s runner; on its own (a test, a preview) the widget keeps one.</extracomment>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="112"/>
        <source>No-shows so far</source>
        <translation>No-shows so far</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="113"/>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="114"/>
        <source>Rejected scans</source>
        <translation>Rejected scans</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="122"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="122"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="122"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="124"/>
        <source>Checked in per category</source>
        <translation>Checked in per category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="127"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="128"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="129"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="130"/>
        <source>Guests per hour</source>
        <translation>Guests per hour</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="131"/>
        <source>Median seconds between guests</source>
        <translation>Median seconds between guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="134"/>
        <source>Throughput per desk</source>
        <translation>Throughput per desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="136"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="143"/>
        <source>Arrivals per 15 minutes</source>
        <translation>Arrivals per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="209"/>
        <source>{done} / {expected} ({percent} %)</source>
        <translation>{done} / {expected} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="217"/>
        <source>As of {time}</source>
        <translation>As of {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="222"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../checkin/qt/widgets/empty_state.py" line="16"/>
        <source>No attendee list yet.
Import the list of this event, or try the demo.</source>
        <translation>No attendee list yet.
Import the list of this event, or try the demo.</translation>
    </message>
</context>
<context>
    <name>FilePrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="44"/>
        <source>Import attendee list</source>
        <translation>Import attendee list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="46"/>
        <source>Attendee lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Attendee lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</translation>
    </message>
</context>
<context>
    <name>GuestDetails</name>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="39"/>
        <source>Guest details</source>
        <translation>Guest details</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="40"/>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="96"/>
        <source>No guest selected</source>
        <translation>No guest selected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="51"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="52"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="53"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="54"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="57"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="59"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="69"/>
        <source>Check-in history</source>
        <translation>Check-in history</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="86"/>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="102"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="103"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="104"/>
        <source>removed from list</source>
        <translation>removed from list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="107"/>
        <source> (walk-in)</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="111"/>
        <source>, line {line}</source>
        <translation>, line {line}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="121"/>
        <source>{time}, {desk} ({operator})</source>
        <translation>{time}, {desk} ({operator})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="125"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="140"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="141"/>
        <source>check-in undone</source>
        <translation>check-in undone</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="142"/>
        <source>scan rejected</source>
        <translation>scan rejected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="143"/>
        <source>walk-in, checked in</source>
        <translation>walk-in, checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="144"/>
        <source>data corrected</source>
        <translation>data corrected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="145"/>
        <source>badge printed</source>
        <translation>badge printed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="148"/>
        <source>admitted anyway</source>
        <translation>admitted anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="106"/>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="122"/>
        <source>Import attendee list</source>
        <extracomment>The import stopped to ask a person (an ImportQuestion: a cut-off file, most guests or guests who came taken off the list): nothing changed. Emitted after a successful import (with its report). What &quot;Import anyway&quot; confirms for the next attempt: the question just shown, and those the person confirmed before it in the same run of questions.</extracomment>
        <translation>Import attendee list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="124"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="125"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="128"/>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="132"/>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="135"/>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="136"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="136"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="146"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="143"/>
        <source>Add to the current list (keep guests who are not in this file)</source>
        <translation>Add to the current list (keep guests who are not in this file)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="151"/>
        <source>Problems per row</source>
        <translation>Problems per row</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="154"/>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="218"/>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="283"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="166"/>
        <source>First rows:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="168"/>
        <source>Which column holds what:</source>
        <translation>Which column holds what:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="188"/>
        <source>Cannot read this file: {reason}</source>
        <translation>Cannot read this file: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="210"/>
        <source>Field for column {column}</source>
        <translation>Field for column {column}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="224"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="225"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="226"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="227"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="228"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="229"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="230"/>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="231"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="232"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="233"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="234"/>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="235"/>
        <source>attention note</source>
        <translation>attention note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="236"/>
        <source>checked in (yes/no)</source>
        <translation>checked in (yes/no)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="237"/>
        <source>check-in time</source>
        <translation>check-in time</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="238"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="271"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="301"/>
        <source>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {removed} no longer on the list; {rejected} rows rejected. The list marks {cancelled} guests as cancelled.</source>
        <translation>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {removed} no longer on the list; {rejected} rows rejected. The list marks {cancelled} guests as cancelled.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="315"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="317"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="317"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="319"/>
        <source>Line {line} ({severity}): {detail}</source>
        <translation>Line {line} ({severity}): {detail}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="323"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="331"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="333"/>
        <source>Import failed: {reason}</source>
        <translation>Import failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="332"/>
        <source>Import stopped after {done} of {total} guests were written: {reason} Import the same file again to complete it.</source>
        <translation>Import stopped after {done} of {total} guests were written: {reason} Import the same file again to complete it.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="348"/>
        <source>Nothing was imported yet: this file looks cut off at line {line} (“{excerpt}”). It ends inside a row, as an interrupted download or a full USB stick leaves a file, and the guests after the cut would be taken off the list. Get the complete file; if this file is complete after all, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this file looks cut off at line {line} (“{excerpt}”). It ends inside a row, as an interrupted download or a full USB stick leaves a file, and the guests after the cut would be taken off the list. Get the complete file; if this file is complete after all, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="356"/>
        <source>Nothing was imported yet: this list no longer names {count} guests who already came or have a badge: {names}. They would be refused at the door from now on. If the file only adds late registrations, tick “Add to the current list”. If these guests really are no longer invited, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this list no longer names {count} guests who already came or have a badge: {names}. They would be refused at the door from now on. If the file only adds late registrations, tick “Add to the current list”. If these guests really are no longer invited, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="364"/>
        <source>Nothing was imported yet: this list would mark {removed} of the {stored} guests already imported as no longer on the list. If the file only adds late registrations, tick “Add to the current list”. If it is the complete new list, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this list would mark {removed} of the {stored} guests already imported as no longer on the list. If the file only adds late registrations, tick “Add to the current list”. If it is the complete new list, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="371"/>
        <source>It would also give the codes of {count} guests to other people.</source>
        <translation>It would also give the codes of {count} guests to other people.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="375"/>
        <source>Among them are guests who already came or have a badge: {names}.</source>
        <translation>Among them are guests who already came or have a badge: {names}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="382"/>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="342"/>
        <source>Import &amp;anyway</source>
        <translation>Import &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="148"/>
        <source>Check-ins of this door are those at the list:</source>
        <translation>Check-ins of this door are those at the list:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="150"/>
        <source>Check-in list of this door</source>
        <translation>Check-in list of this door</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="240"/>
        <source>Format: {format}</source>
        <translation>Format: {format}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="242"/>
        <source>Sheet read: {sheet}</source>
        <translation>Sheet read: {sheet}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="266"/>
        <source>paid (yes/no)</source>
        <translation>paid (yes/no)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="267"/>
        <source>check-in lists used</source>
        <translation>check-in lists used</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="268"/>
        <source>order code</source>
        <translation>order code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="358"/>
        <source>{unpaid} registrations are not paid: the door refuses them.</source>
        <translation>{unpaid} registrations are not paid: the door refuses them.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="366"/>
        <source>Check-ins at the list {name} are this door&apos;s.</source>
        <translation>Check-ins at the list {name} are this door&apos;s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="144"/>
        <source>&amp;Search guest</source>
        <extracomment>Search results shown at most (the table stays responsive; refine the query for more). Details follow the selection after this pause (ms), so fast typing never waits for them. The operator asked for the demo event / a language switch; the app rebuilds the window. The organiser confirmed erasing this event&apos;s data; the app wipes the file. A verdict was shown (for tests, screenshots and the benchmark). The full guest list is in the table (shortly after start-up). The one way this window runs work off the GUI thread (imports, counts, prints, exports); what they change comes back through `apply_changes`. This desk&apos;s badge printer (printer, stock and layout from its QSettings).</extracomment>
        <translation>&amp;Search guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="146"/>
        <source>&amp;Check in selected guest</source>
        <translation>&amp;Check in selected guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="148"/>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Undo last check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="150"/>
        <source>Undo check-in of selected guest</source>
        <translation>Undo check-in of selected guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="152"/>
        <source>&amp;Edit guest…</source>
        <translation>&amp;Edit guest…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="153"/>
        <source>&amp;Walk-in guest…</source>
        <translation>&amp;Walk-in guest…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="154"/>
        <source>&amp;Print badge</source>
        <translation>&amp;Print badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="156"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="158"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="159"/>
        <source>Print badge</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="161"/>
        <source>Print &amp;badges…</source>
        <translation>Print &amp;badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="163"/>
        <source>Badge p&amp;rinter…</source>
        <translation>Badge p&amp;rinter…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="165"/>
        <source>&amp;Import attendee list…</source>
        <translation>&amp;Import attendee list…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="167"/>
        <source>Open &amp;demo event</source>
        <translation>Open &amp;demo event</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="168"/>
        <source>&amp;Erase event data…</source>
        <translation>&amp;Erase event data…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="169"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="170"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Mute sounds</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="172"/>
        <location filename="../../checkin/qt/main_window.py" line="260"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="174"/>
        <source>Das&amp;hboard</source>
        <translation>Das&amp;hboard</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="179"/>
        <location filename="../../checkin/qt/main_window.py" line="329"/>
        <source>No event loaded</source>
        <translation>No event loaded</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="187"/>
        <source>Scan a code or type it and press Enter; type a name to search (F2)</source>
        <translation>Scan a code or type it and press Enter; type a name to search (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="193"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="229"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="233"/>
        <location filename="../../checkin/qt/main_window.py" line="360"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="244"/>
        <source>&amp;Event</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="250"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="256"/>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="258"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="271"/>
        <source>Same code twice: ignored</source>
        <translation>Same code twice: ignored</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="294"/>
        <source>no operator set</source>
        <translation>no operator set</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="296"/>
        <source>{desk} · {operator}</source>
        <translation>{desk} · {operator}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="405"/>
        <source>Database problem: nothing was saved</source>
        <translation>Database problem: nothing was saved</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="406"/>
        <source>Call the organiser. Details are in the status bar.</source>
        <translation>Call the organiser. Details are in the status bar.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="528"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="157"/>
        <location filename="../../checkin/qt/main_window.py" line="534"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="535"/>
        <source>Undo the check-in of {name}?</source>
        <translation>Undo the check-in of {name}?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="542"/>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="600"/>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="623"/>
        <source>Erase event data</source>
        <translation>Erase event data</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="625"/>
        <source>Erase every guest, check-in and log entry of this event from this computer? This cannot be undone. Export what you need first.</source>
        <translation>Erase every guest, check-in and log entry of this event from this computer? This cannot be undone. Export what you need first.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="158"/>
        <source>&amp;Admit selected guest anyway (not paid)</source>
        <translation>&amp;Admit selected guest anyway (not paid)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../checkin/qt/messages.py" line="131"/>
        <source>The disk is full. Free some space and try again; nothing already saved is lost.</source>
        <translation>The disk is full. Free some space and try again; nothing already saved is lost.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="136"/>
        <source>The file or folder may not be written (read-only or no permission). Choose another place or check the permissions.</source>
        <translation>The file or folder may not be written (read-only or no permission). Choose another place or check the permissions.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="142"/>
        <source>The event database is busy (another program is writing). Try again.</source>
        <translation>The event database is busy (another program is writing). Try again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="146"/>
        <source>The event database failed; what was not yet saved was not changed. Call the organiser if it happens again.</source>
        <translation>The event database failed; what was not yet saved was not changed. Call the organiser if it happens again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="155"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>The folder {folder} does not exist; choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="159"/>
        <source>The badge layout or paper cannot be used: {reason}</source>
        <translation>The badge layout or paper cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="163"/>
        <source>The file could not be used: {reason}</source>
        <translation>The file could not be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="167"/>
        <source>Something went wrong ({error}); nothing more was changed. The details are in the log.</source>
        <translation>Something went wrong ({error}); nothing more was changed. The details are in the log.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="28"/>
        <source>Organiser PIN</source>
        <translation>Organiser PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="29"/>
        <source>This action is for organisers. Enter the PIN:</source>
        <translation>This action is for organisers. Enter the PIN:</translation>
    </message>
</context>
<context>
    <name>PrintCheck</name>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="0"/>
        <source>“{text}” would be cut off</source>
        <translation>“{text}” would be cut off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="0"/>
        <source>“{chars}” cannot be printed</source>
        <translation>“{chars}” cannot be printed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="0"/>
        <source>only “{text}” fits, the rest is left out</source>
        <translation>only “{text}” fits, the rest is left out</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="0"/>
        <source>the text would be too small to read ({size} pt)</source>
        <translation>the text would be too small to read ({size} pt)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="0"/>
        <source>Check the badge</source>
        <translation>Check the badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="0"/>
        <source>On the badge of {name}:
{problems}

Print it anyway? (Edit guest, Ctrl+E, corrects the name.)</source>
        <translation>On the badge of {name}:
{problems}

Print it anyway? (Edit guest, Ctrl+E, corrects the name.)</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="71"/>
        <source>Made for this event, else built-in</source>
        <translation>Made for this event, else built-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="54"/>
        <source>Badge printing</source>
        <translation>Badge printing</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="56"/>
        <source>No printer (export PDF only)</source>
        <translation>No printer (export PDF only)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="61"/>
        <source>{name} (not available)</source>
        <translation>{name} (not available)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="76"/>
        <source>Print calibration page</source>
        <translation>Print calibration page</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="82"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="83"/>
        <source>Paper / labels</source>
        <translation>Paper / labels</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="84"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="88"/>
        <source>Offset right / down (mm)</source>
        <translation>Offset right / down (mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="122"/>
        <source>Choose a printer first.</source>
        <translation>Choose a printer first.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="104"/>
        <source>Scan field</source>
        <extracomment>Keys closer together than this come from a scanner, not a person (seconds). A burst needs at least this many characters to count as a scan. After a burst, this much quiet (ms) means the scanner has finished. The same code again within this many seconds is a scanner firing twice. Ctrl+key combinations the field keeps for editing; every other one is a window shortcut. A code to judge (cleaned of the scanner suffix, never a repeat within 3 s). A repeat of the previous code within the double-fire window, ignored. Search mode: the query changed / Enter / arrow (+1 down, -1 up) / Esc.</extracomment>
        <translation>Scan field</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="143"/>
        <source>Search: name, company or e-mail  (↑↓ choose, Enter check in, Esc back)</source>
        <translation>Search: name, company or e-mail  (↑↓ choose, Enter check in, Esc back)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="146"/>
        <source>Scan a code, or type a name to search (F2)</source>
        <translation>Scan a code, or type a name to search (F2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="30"/>
        <source>Desk settings</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="34"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="38"/>
        <source>Play a sound for every verdict</source>
        <translation>Play a sound for every verdict</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="42"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="44"/>
        <source>Print the badge on every check-in</source>
        <translation>Print the badge on every check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="49"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="49"/>
        <source>no PIN: organiser actions open</source>
        <translation>no PIN: organiser actions open</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="51"/>
        <source>Remove the PIN lock</source>
        <translation>Remove the PIN lock</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="55"/>
        <source>&amp;Desk name</source>
        <translation>&amp;Desk name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="56"/>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="57"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="59"/>
        <source>&amp;Verdict shown for</source>
        <translation>&amp;Verdict shown for</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="61"/>
        <source>Organiser &amp;PIN</source>
        <translation>Organiser &amp;PIN</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="39"/>
        <source>Ready</source>
        <extracomment>A glyph that carries the meaning without colour (✓, !, ✗).</extracomment>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="40"/>
        <source>Scan a code or type a name</source>
        <translation>Scan a code or type a name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="57"/>
        <source>Attention: see guest notes</source>
        <translation>Attention: see guest notes</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="65"/>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="75"/>
        <source>Already checked in at {time}, {desk} ({operator})</source>
        <translation>Already checked in at {time}, {desk} ({operator})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="79"/>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="87"/>
        <source>Not on the list any more</source>
        <translation>Not on the list any more</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="88"/>
        <source>{name} was removed from the attendee list: ask the organiser</source>
        <translation>{name} was removed from the attendee list: ask the organiser</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="95"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="96"/>
        <source>{name}: registration cancelled</source>
        <translation>{name}: registration cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="104"/>
        <source>Code belongs to several people</source>
        <translation>Code belongs to several people</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="105"/>
        <source>Choose the guest in the list below and press Enter</source>
        <translation>Choose the guest in the list below and press Enter</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="114"/>
        <source>Typo? Check the code</source>
        <translation>Typo? Check the code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="115"/>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="122"/>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="123"/>
        <source>Search the guest by name (F2)</source>
        <translation>Search the guest by name (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="128"/>
        <source>Invalid input</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="129"/>
        <source>Scan again or search by name (F2)</source>
        <translation>Scan again or search by name (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="64"/>
        <source>Admitted – name missing</source>
        <translation>Admitted – name missing</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="65"/>
        <source>Ask the guest&apos;s name and enter it before the badge prints</source>
        <translation>Ask the guest&apos;s name and enter it before the badge prints</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="75"/>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="76"/>
        <source>{name}: the registration is not paid; a person may admit anyway</source>
        <translation>{name}: the registration is not paid; a person may admit anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="125"/>
        <source>Order {order}: {count} tickets</source>
        <translation>Order {order}: {count} tickets</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="128"/>
        <source>An order code is no ticket: choose the guest below and press Enter</source>
        <translation>An order code is no ticket: choose the guest below and press Enter</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="45"/>
        <source>Verdict</source>
        <extracomment>tone -&gt; (background, text) (label, points, bold) of the banner&apos;s words at full size. Sizes tried, largest first, until the words fit the banner&apos;s fixed height. Emitted once the banner is back in its neutral state.</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="56"/>
        <source>Attention note</source>
        <translation>Attention note</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../checkin/qt/printing.py" line="303"/>
        <source>No badge printer chosen for this desk (Badges &gt; Printer settings)</source>
        <extracomment>Rendering resolution when Qt (not CUPS) drives the printer. Value of BadgeSettings.printer meaning &quot;no printer, export PDF only&quot;. For sheets: correct a printer&apos;s drift (mm, right/down). ReportLab&apos;s font registry and subsetting are not thread-safe: one render at a time, whichever runner (the window&apos;s, a test&apos;s) started it. Guests whose badges were rendered (and, with a printer, spooled). The printer the work was sent to (&quot;&quot; for a PDF only). PrintOutcome of a single badge (ok, or why not: spool.error / no_badge).</extracomment>
        <translation>No badge printer chosen for this desk (Badges &gt; Printer settings)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/printing.py" line="308"/>
        <source>Printing badge for {name}…</source>
        <translation>Printing badge for {name}…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="181"/>
        <source>Badge already printed at {time} ({desk})</source>
        <translation>Badge already printed at {time} ({desk})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="188"/>
        <source>Sent to {printer}</source>
        <translation>Sent to {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="192"/>
        <source>No print system found; export the badge as PDF instead.</source>
        <translation>No print system found; export the badge as PDF instead.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="195"/>
        <source>Printer {printer} not found: is it switched on and connected?</source>
        <translation>Printer {printer} not found: is it switched on and connected?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="198"/>
        <source>Printer {printer} is paused or has a problem (paper? ribbon?).</source>
        <translation>Printer {printer} is paused or has a problem (paper? ribbon?).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="201"/>
        <source>Printer {printer} does not accept jobs right now.</source>
        <translation>Printer {printer} does not accept jobs right now.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="204"/>
        <source>Printing on {printer} failed.</source>
        <translation>Printing on {printer} failed.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="205"/>
        <source>The print system did not answer; try again.</source>
        <translation>The print system did not answer; try again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="211"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="218"/>
        <source>No badge for this category.</source>
        <translation>No badge for this category.</translation>
    </message>
</context>
</TS>
