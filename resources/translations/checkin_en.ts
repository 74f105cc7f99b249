<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="33"/>
        <source>Edit guest</source>
        <translation>Edit guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="33"/>
        <source>Walk-in guest</source>
        <translation>Walk-in guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="44"/>
        <source>Needs attention (VIP, accessibility ...)</source>
        <translation>Needs attention (VIP, accessibility ...)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="49"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="50"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="51"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="52"/>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="53"/>
        <source>F&amp;unction</source>
        <translation>F&amp;unction</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="54"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="55"/>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="57"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="67"/>
        <source>Add and check in</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="94"/>
        <source>Enter at least a first or last name.</source>
        <translation>Enter at least a first or last name.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="334"/>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="277"/>
        <source>Name</source>
        <extracomment>Rows fetched per store round trip around the row being painted. Attendees kept in memory at most. The attendee object behind a row, for views and tests. While the list is read in the background: what changed meanwhile (None: not reading).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="278"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="279"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="280"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="281"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="313"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="331"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="332"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="335"/>
        <source>removed from list</source>
        <translation>removed from list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="322"/>
        <source> · walk-in</source>
        <translation> · walk-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="333"/>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="151"/>
        <source>Print badges</source>
        <extracomment>A batch ended (printed, saved, cancelled or failed; see `status`).</extracomment>
        <translation>Print badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="155"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="158"/>
        <source>Only guests without a printed badge</source>
        <translation>Only guests without a printed badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="160"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="161"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="165"/>
        <source>Cut marks</source>
        <translation>Cut marks</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="170"/>
        <source>Check the badges before printing to see names that do not fit.</source>
        <translation>Check the badges before printing to see names that do not fit.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="178"/>
        <source>Check badges</source>
        <translation>Check badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="179"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="181"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="182"/>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="184"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="192"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="194"/>
        <source>Sorted by</source>
        <translation>Sorted by</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="195"/>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="229"/>
        <source>at minimum size</source>
        <translation>at minimum size</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="230"/>
        <source>wrapped</source>
        <translation>wrapped</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="231"/>
        <source>cut off</source>
        <translation>cut off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="232"/>
        <source>uses fallback font</source>
        <translation>uses fallback font</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="233"/>
        <source>character cannot be printed</source>
        <translation>character cannot be printed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="234"/>
        <source>too small on this stock</source>
        <translation>too small on this stock</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="235"/>
        <source>no badge for this category</source>
        <translation>no badge for this category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="236"/>
        <source>given names as initials:</source>
        <translation>given names as initials:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="237"/>
        <source>title shortened:</source>
        <translation>title shortened:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="238"/>
        <source>more lines, smaller:</source>
        <translation>more lines, smaller:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="239"/>
        <source>parts left out:</source>
        <translation>parts left out:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="248"/>
        <source>{n} guests checked, {m} to fix before printing.</source>
        <translation>{n} guests checked, {m} to fix before printing.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="263"/>
        <source>Save badges</source>
        <translation>Save badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="271"/>
        <source>No guests match.</source>
        <translation>No guests match.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="307"/>
        <source>Preparing {n} badges…</source>
        <translation>Preparing {n} badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="326"/>
        <source>{n} badges saved as PDF: {path}</source>
        <translation>{n} badges saved as PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="330"/>
        <source>{n} badges printed to {printer}</source>
        <translation>{n} badges printed to {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="334"/>
        <source>{n} badges failed: {why}</source>
        <translation>{n} badges failed: {why}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="298"/>
        <source>Cancelled: nothing was sent to the printer.</source>
        <translation>Cancelled: nothing was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="302"/>
        <source>Badges could not be made: {error}</source>
        <translation>Badges could not be made: {error}</translation>
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
        <location filename="../../checkin/qt/camera/desk.py" line="91"/>
        <location filename="../../checkin/qt/camera/desk.py" line="130"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="75"/>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="79"/>
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="82"/>
        <source>Scan a &amp;picture from the clipboard</source>
        <translation>Scan a &amp;picture from the clipboard</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="85"/>
        <source>Judge every code in a copied picture (or drop a picture onto the window)</source>
        <translation>Judge every code in a copied picture (or drop a picture onto the window)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="168"/>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="191"/>
        <source>Camera is off</source>
        <translation>Camera is off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="290"/>
        <source>The clipboard holds no picture of a ticket</source>
        <translation>The clipboard holds no picture of a ticket</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="306"/>
        <source>Reading the picture…</source>
        <translation>Reading the picture…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="326"/>
        <source>No code found in the picture</source>
        <translation>No code found in the picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="327"/>
        <source>Try a sharper picture, or scan or type the code.</source>
        <translation>Try a sharper picture, or scan or type the code.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="345"/>
        <source>This picture cannot be read</source>
        <translation>This picture cannot be read</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="346"/>
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
    <name>CoreWords</name>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="21"/>
        <source>Hidden columns were read too: {columns}</source>
        <translation>Hidden columns were read too: {columns}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="24"/>
        <source>{count} NUL characters were removed.</source>
        <translation>{count} NUL characters were removed.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="27"/>
        <source>The file&apos;s text had been encoded twice ({example}: UTF-8 read as Windows-1252 and saved again); it was repaired.</source>
        <translation>The file&apos;s text had been encoded twice ({example}: UTF-8 read as Windows-1252 and saved again); it was repaired.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="32"/>
        <source>Some text looks double-encoded ({example}: UTF-8 read as Windows-1252 and saved again); it was read as it is. Check these names in the list.</source>
        <translation>Some text looks double-encoded ({example}: UTF-8 read as Windows-1252 and saved again); it was read as it is. Check these names in the list.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="37"/>
        <source>{count} line(s) were not UTF-8 and were read as Windows-1252 (first: line {first}).</source>
        <translation>{count} line(s) were not UTF-8 and were read as Windows-1252 (first: line {first}).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="41"/>
        <source>The {count} guest(s) taken off the list were its last lines (from line {line} on): a file cut off at the end of a line looks complete. If the file was not meant to end there, get the complete file and import it again.</source>
        <translation>The {count} guest(s) taken off the list were its last lines (from line {line} on): a file cut off at the end of a line looks complete. If the file was not meant to end there, get the complete file and import it again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="47"/>
        <source>{count} guest(s) are not in this file and were taken off the list. A CSV file cut off at the end of a line cannot be told from a complete one: check that the file is whole.</source>
        <translation>{count} guest(s) are not in this file and were taken off the list. A CSV file cut off at the end of a line cannot be told from a complete one: check that the file is whole.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="53"/>
        <source>{count} guest(s) were changed at a desk while this list was being written (a correction, a check-in, an undo): the desk&apos;s changes were kept, and none of them was taken off the list.</source>
        <translation>{count} guest(s) were changed at a desk while this list was being written (a correction, a check-in, an undo): the desk&apos;s changes were kept, and none of them was taken off the list.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="59"/>
        <source>This line is not UTF-8 and was read as Windows-1252; check its accents.</source>
        <translation>This line is not UTF-8 and was read as Windows-1252; check its accents.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="62"/>
        <source>The row has no name; it was not imported.</source>
        <translation>The row has no name; it was not imported.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="65"/>
        <source>{text} looks like a note or total, not a guest; it was not imported.</source>
        <translation>{text} looks like a note or total, not a guest; it was not imported.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="68"/>
        <source>{name} with the same e-mail is also on line {earlier}; both rows were imported.</source>
        <translation>{name} with the same e-mail is also on line {earlier}; both rows were imported.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="72"/>
        <source>{name} with the same company is also on line {earlier}; both rows were imported.</source>
        <translation>{name} with the same company is also on line {earlier}; both rows were imported.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="76"/>
        <source>Code {code} is also on line {earlier}; both rows were imported and the code will not admit anyone until a person decides.</source>
        <translation>Code {code} is also on line {earlier}; both rows were imported and the code will not admit anyone until a person decides.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="81"/>
        <source>Code {code} was stored as a number and may have lost digits; format the code column as text and export the list again.</source>
        <translation>Code {code} was stored as a number and may have lost digits; format the code column as text and export the list again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="86"/>
        <source>Check-in value {value} is not a date or yes/no; taken as checked in.</source>
        <translation>Check-in value {value} is not a date or yes/no; taken as checked in.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="89"/>
        <source>Check-in time {value} cannot be read as a date and time.</source>
        <translation>Check-in time {value} cannot be read as a date and time.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="92"/>
        <source>The line has more cells than the header; {cells} was not imported. Check the column separator, or give those cells a column header.</source>
        <translation>The line has more cells than the header; {cells} was not imported. Check the column separator, or give those cells a column header.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="97"/>
        <source>{count} more lines have cells beyond the header that were not imported.</source>
        <translation>{count} more lines have cells beyond the header that were not imported.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="101"/>
        <source>Status {value} is not known; {count} row(s) with it were imported as active.</source>
        <translation>Status {value} is not known; {count} row(s) with it were imported as active.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="105"/>
        <source>{name}: the list now gives code {new} instead of {old}; both spellings admit.</source>
        <translation>{name}: the list now gives code {new} instead of {old}; both spellings admit.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="109"/>
        <source>{name}: the list now gives code {new} instead of {old}; the new code admits, the old one no longer does.</source>
        <translation>{name}: the list now gives code {new} instead of {old}; the new code admits, the old one no longer does.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="114"/>
        <source>Code {code} was {before}&apos;s; the list now names {now}: {before} is already checked in and keeps that check-in; {now} was added with the same code, so at the door the code asks a person to decide.</source>
        <translation>Code {code} was {before}&apos;s; the list now names {now}: {before} is already checked in and keeps that check-in; {now} was added with the same code, so at the door the code asks a person to decide.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="120"/>
        <source>The sheet {sheet} was read; the workbook also has {others}.</source>
        <translation>The sheet {sheet} was read; the workbook also has {others}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="123"/>
        <source>Check-ins at the list {door} were taken as this door&apos;s (another list can be chosen in the import dialog).</source>
        <translation>Check-ins at the list {door} were taken as this door&apos;s (another list can be chosen in the import dialog).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="128"/>
        <source>Check-ins at the list {door} were taken as this door&apos;s; those at {others} are kept as history only (another list can be chosen in the import dialog).</source>
        <translation>Check-ins at the list {door} were taken as this door&apos;s; those at {others} are kept as history only (another list can be chosen in the import dialog).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="133"/>
        <source>The event had no name; it is now called {name}, as the list names it.</source>
        <translation>The event had no name; it is now called {name}, as the list names it.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="137"/>
        <source>{count} ticket(s) have no attendee name (lines {lines}): they are admitted as “name missing”, and the desk asks for the name before a badge prints.</source>
        <translation>{count} ticket(s) have no attendee name (lines {lines}): they are admitted as “name missing”, and the desk asks for the name before a badge prints.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="142"/>
        <source>This pretix check-in list has no ticket secrets: ticket QR codes will read “unknown”, and the tickets of one order share its order code. Export it again with “Include QR-code secret”, or export the order data&apos;s “Order positions”.</source>
        <translation>This pretix check-in list has no ticket secrets: ticket QR codes will read “unknown”, and the tickets of one order share its order code. Export it again with “Include QR-code secret”, or export the order data&apos;s “Order positions”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="148"/>
        <source>Indico&apos;s ticket QR codes hold each registration&apos;s check-in secret, which Indico&apos;s CSV and Excel exports do not carry (only the per-event ID): with this list, scanned Indico tickets read &quot;unknown&quot;; typed registration IDs and the name search work. To scan Indico tickets, import the event&apos;s registrants JSON after this list (Indico&apos;s registrants API, GET /api/events/&lt;event id&gt;/registrants, as its check-in app loads it): its secrets become the codes, and the states of this list stay.</source>
        <translation>Indico&apos;s ticket QR codes hold each registration&apos;s check-in secret, which Indico&apos;s CSV and Excel exports do not carry (only the per-event ID): with this list, scanned Indico tickets read &quot;unknown&quot;; typed registration IDs and the name search work. To scan Indico tickets, import the event&apos;s registrants JSON after this list (Indico&apos;s registrants API, GET /api/events/&lt;event id&gt;/registrants, as its check-in app loads it): its secrets become the codes, and the states of this list stay.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="158"/>
        <source>Indico&apos;s registrants JSON gives each ticket&apos;s check-in secret but not whether a registration awaits approval or payment: import the registration list (CSV or Excel, with its &quot;Registration state&quot;) first, then this file. Its secrets then become the codes, the states stay, and typed registration IDs still work.</source>
        <translation>Indico&apos;s registrants JSON gives each ticket&apos;s check-in secret but not whether a registration awaits approval or payment: import the registration list (CSV or Excel, with its &quot;Registration state&quot;) first, then this file. Its secrets then become the codes, the states stay, and typed registration IDs still work.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="165"/>
        <source>Code {code} was {before}&apos;s; the list now names {now}: the ticket was passed on: the code now admits {now}, no longer {before}.</source>
        <translation>Code {code} was {before}&apos;s; the list now names {now}: the ticket was passed on: the code now admits {now}, no longer {before}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="189"/>
        <source>A6 single sheet (105 x 148 mm)</source>
        <translation>A6 single sheet (105 x 148 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="190"/>
        <source>A7 single sheet (74 x 105 mm)</source>
        <translation>A7 single sheet (74 x 105 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="191"/>
        <source>A4 sheet, 4 x A6 (105 x 148 mm)</source>
        <translation>A4 sheet, 4 x A6 (105 x 148 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="192"/>
        <source>A4 sheet, 8 x A7 landscape (105 x 74 mm)</source>
        <translation>A4 sheet, 8 x A7 landscape (105 x 74 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="195"/>
        <source>HERMA 4412 name labels, A4, 10 x 80 x 50 mm</source>
        <translation>HERMA 4412 name labels, A4, 10 x 80 x 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="198"/>
        <source>DURABLE 1445 badge inserts, A4, 10 x 90 x 54 mm</source>
        <translation>DURABLE 1445 badge inserts, A4, 10 x 90 x 54 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="201"/>
        <source>Avery Zweckform L4785 name badge labels, A4, 10 x 80 x 50 mm</source>
        <translation>Avery Zweckform L4785 name badge labels, A4, 10 x 80 x 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="204"/>
        <source>Brother QL DK-11234 name badge, 60 x 86 mm</source>
        <translation>Brother QL DK-11234 name badge, 60 x 86 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="207"/>
        <source>Brother QL 62 mm continuous, cut at 100 mm</source>
        <translation>Brother QL 62 mm continuous, cut at 100 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="210"/>
        <source>Zebra 4 x 3 in direct thermal label</source>
        <translation>Zebra 4 x 3 in direct thermal label</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="211"/>
        <source>DYMO 11356 name badge, 41 x 89 mm (landscape)</source>
        <translation>DYMO 11356 name badge, 41 x 89 mm (landscape)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="214"/>
        <source>DYMO 4XL 1744907 shipping label, 104 x 159 mm</source>
        <translation>DYMO 4XL 1744907 shipping label, 104 x 159 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="228"/>
        <source>generic list</source>
        <translation>generic list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="229"/>
        <source>pretix check-in list</source>
        <translation>pretix check-in list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="230"/>
        <source>pretix check-in list (German)</source>
        <translation>pretix check-in list (German)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="233"/>
        <source>pretix orders</source>
        <translation>pretix orders</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="234"/>
        <source>pretix orders (German)</source>
        <translation>pretix orders (German)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="235"/>
        <source>pretix orders, one row per order</source>
        <translation>pretix orders, one row per order</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="238"/>
        <source>pretix orders, one row per order (German)</source>
        <translation>pretix orders, one row per order (German)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="241"/>
        <source>pretix order fees</source>
        <translation>pretix order fees</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="242"/>
        <source>pretix order fees (German)</source>
        <translation>pretix order fees (German)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="245"/>
        <source>Hi.Events attendees</source>
        <translation>Hi.Events attendees</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="246"/>
        <source>Indico registrations</source>
        <translation>Indico registrations</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="247"/>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite attendee report</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="250"/>
        <source>Eventbrite attendee report (German)</source>
        <translation>Eventbrite attendee report (German)</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="43"/>
        <source>Checked in of expected</source>
        <extracomment>Emitted after new numbers are shown (for tests). The window&apos;s runner; on its own (a test, a preview) the bar keeps one.</extracomment>
        <translation>Checked in of expected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="49"/>
        <source>Checked in per category</source>
        <translation>Checked in per category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="59"/>
        <source>Checked in: … / …</source>
        <translation>Checked in: … / …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="85"/>
        <source>Checked in: {done} / {expected}</source>
        <translation>Checked in: {done} / {expected}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="89"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="95"/>
        <source>walk-ins {count}</source>
        <translation>walk-ins {count}</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="107"/>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Checked in</source>
        <extracomment>Emitted on the GUI thread after new stats are shown. The window&apos;s runner; on its own (a test, a preview) the widget keeps one.</extracomment>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="108"/>
        <source>No-shows so far</source>
        <translation>No-shows so far</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="109"/>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="110"/>
        <source>Rejected scans</source>
        <translation>Rejected scans</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="112"/>
        <source>Admitted twice</source>
        <translation>Admitted twice</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="122"/>
        <source>Checked in per category</source>
        <translation>Checked in per category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="125"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="126"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="127"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="128"/>
        <source>Guests per hour</source>
        <translation>Guests per hour</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="129"/>
        <source>Median seconds between guests</source>
        <translation>Median seconds between guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="132"/>
        <source>Throughput per desk</source>
        <translation>Throughput per desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="134"/>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="141"/>
        <source>Arrivals per 15 minutes</source>
        <translation>Arrivals per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="207"/>
        <source>{done} / {expected} ({percent} %)</source>
        <translation>{done} / {expected} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="216"/>
        <source>As of {time}</source>
        <translation>As of {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="223"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <location filename="../../checkin/qt/settings.py" line="66"/>
        <source>Desk 1</source>
        <extracomment>&quot;&quot; = follow the system locale. Every verdict also fills the whole screen (a guest reads it from 3 m away). &quot;salt$sha256&quot; of the organiser PIN; &quot;&quot; = organiser actions are not locked. The camera for the camera view (its device id); &quot;&quot; = the system&apos;s default camera. &quot;1280x720&quot;; &quot;&quot; = the camera view&apos;s default.</extracomment>
        <translation>Desk 1</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="70"/>
        <source>Connection to the server</source>
        <extracomment>A double admission stays in the status bar this long (ms), unless another comes. A desk whose clock is further off the server&apos;s than this says so (seconds). Its events are stamped on the server&apos;s clock all the same (`DeskStore.now`). From any thread (the desk&apos;s listener); delivered queued on the GUI thread. On the GUI thread: double admissions a sync has just reported (LogEntry tuple). On the GUI thread, after the shown state changed (for tests).</extracomment>
        <translation>Connection to the server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="95"/>
        <source>Scans are decided by the server.</source>
        <translation>Scans are decided by the server.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="98"/>
        <source>The server refused the password typed at start. This desk goes on deciding from its own copy of the list and keeps every check-in; start the desk again and type the right password to send them.</source>
        <translation>The server refused the password typed at start. This desk goes on deciding from its own copy of the list and keeps every check-in; start the desk again and type the right password to send them.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="104"/>
        <source>The server does not answer: this desk decides from its own copy of the list and sends its check-ins once the server answers again.</source>
        <translation>The server does not answer: this desk decides from its own copy of the list and sends its check-ins once the server answers again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="114"/>
        <source>Check-ins are stamped with the server&apos;s time, so the desks agree who came first; set this computer&apos;s clock right when you can.</source>
        <translation>Check-ins are stamped with the server&apos;s time, so the desks agree who came first; set this computer&apos;s clock right when you can.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="147"/>
        <source>1 other record (a refused scan, an undo, a correction) waits for the server.</source>
        <translation>1 other record (a refused scan, an undo, a correction) waits for the server.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="150"/>
        <source>{count} other records (refused scans, undos, corrections) wait for the server.</source>
        <translation>{count} other records (refused scans, undos, corrections) wait for the server.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="165"/>
        <source>⚠ this computer&apos;s clock is {amount} slow</source>
        <translation>⚠ this computer&apos;s clock is {amount} slow</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="168"/>
        <source>⚠ this computer&apos;s clock is {amount} fast</source>
        <translation>⚠ this computer&apos;s clock is {amount} fast</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="175"/>
        <source>No event: erased at this desk</source>
        <translation>No event: erased at this desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="176"/>
        <source>No event: erased at another desk</source>
        <translation>No event: erased at another desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="178"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="181"/>
        <source>Online · 1 check-in waiting</source>
        <translation>Online · 1 check-in waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="183"/>
        <source>Online · {count} check-ins waiting</source>
        <translation>Online · {count} check-ins waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="188"/>
        <source>Offline: the server refused the password · 1 check-in waiting</source>
        <translation>Offline: the server refused the password · 1 check-in waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="190"/>
        <source>Offline: the server refused the password · {count} check-ins waiting</source>
        <translation>Offline: the server refused the password · {count} check-ins waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="195"/>
        <source>Offline since {time} · 1 check-in waiting</source>
        <translation>Offline since {time} · 1 check-in waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="197"/>
        <source>Offline since {time} · {count} check-ins waiting</source>
        <translation>Offline since {time} · {count} check-ins waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="264"/>
        <source>1 check-in made here offline belonged to the erased event: it was not sent and is dropped with the event.</source>
        <translation>1 check-in made here offline belonged to the erased event: it was not sent and is dropped with the event.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="270"/>
        <source>{count} check-ins made here offline belonged to the erased event: they were not sent and are dropped with the event.</source>
        <translation>{count} check-ins made here offline belonged to the erased event: they were not sent and are dropped with the event.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="283"/>
        <source>Event erased: no event is loaded at this desk</source>
        <translation>Event erased: no event is loaded at this desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="286"/>
        <source>Its guests, check-ins and log are erased here and on the server. To begin again, import the attendee list (Event ▸ Import attendee list).</source>
        <translation>Its guests, check-ins and log are erased here and on the server. To begin again, import the attendee list (Event ▸ Import attendee list).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="292"/>
        <source>No event loaded: it was erased at another desk</source>
        <translation>No event loaded: it was erased at another desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="295"/>
        <source>Its guests are erased from this computer too, and no code can be checked here. Ask the organiser, or import the attendee list again (Event ▸ Import attendee list).</source>
        <translation>Its guests are erased from this computer too, and no code can be checked here. Ask the organiser, or import the attendee list again (Event ▸ Import attendee list).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="307"/>
        <source>The event was erased at another desk and a new attendee list imported; this desk has loaded the new list. Scanning goes on with it.</source>
        <translation>The event was erased at another desk and a new attendee list imported; this desk has loaded the new list. Scanning goes on with it.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="316"/>
        <source>A new attendee list was loaded</source>
        <translation>A new attendee list was loaded</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="327"/>
        <source>Not checked: the event changed on the server</source>
        <translation>Not checked: the event changed on the server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="328"/>
        <source>It was erased or replaced at another desk a moment ago; this desk is loading what the server holds now. Scan again in a moment.</source>
        <translation>It was erased or replaced at another desk a moment ago; this desk is loading what the server holds now. Scan again in a moment.</translation>
    </message>
</context>
<context>
    <name>DoublesNotice</name>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="208"/>
        <source>Double admissions</source>
        <translation>Double admissions</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="227"/>
        <source>{notice} (and {count} more)</source>
        <translation>{notice} (and {count} more)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="244"/>
        <source>⚠ Admitted twice: {name}</source>
        <translation>⚠ Admitted twice: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="246"/>
        <source>⚠ Admitted twice: {name} – first at {first_desk} {first_time}, again at {second_desk} {second_time}</source>
        <translation>⚠ Admitted twice: {name} – first at {first_desk} {first_time}, again at {second_desk} {second_time}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../checkin/qt/widgets/empty_state.py" line="17"/>
        <source>No attendee list yet.
Import the list of this event, start a new event, or try the demo.</source>
        <translation>No attendee list yet.
Import the list of this event, start a new event, or try the demo.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="40"/>
        <source>Event without a name (Event ▸ Event details…)</source>
        <translation>Event without a name (Event ▸ Event details…)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="44"/>
        <source>No guest list yet</source>
        <translation>No guest list yet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="54"/>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="55"/>
        <source>Event &amp;details…</source>
        <translation>Event &amp;details…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="56"/>
        <source>E&amp;xport attendance…</source>
        <translation>E&amp;xport attendance…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="57"/>
        <source>Organisers&apos; &amp;report…</source>
        <translation>Organisers&apos; &amp;report…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="90"/>
        <source>Event details saved</source>
        <translation>Event details saved</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="113"/>
        <source>{path} exists already: a new event needs a new file.</source>
        <translation>{path} exists already: a new event needs a new file.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="121"/>
        <source>The new event could not be made: {reason}</source>
        <translation>The new event could not be made: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="125"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="156"/>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="43"/>
        <source>Event details</source>
        <extracomment>The earliest date the picker offers; showing it means &quot;no date set&quot;. A new event needs its name: a file with no details and no guest is no event.</extracomment>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="48"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="58"/>
        <source>Not stated (Europe/Berlin)</source>
        <translation>Not stated (Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="73"/>
        <source>Event &amp;name</source>
        <translation>Event &amp;name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="74"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="75"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="76"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="119"/>
        <source>Give the event a name.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="129"/>
        <source>The server does not answer: the event was not saved. Try again once the status bar says “Online”.</source>
        <translation>The server does not answer: the event was not saved. Try again once the status bar says “Online”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="135"/>
        <source>The event could not be saved: {reason}</source>
        <translation>The event could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="142"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Unknown time zone “{zone}”: choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="145"/>
        <source>“{date}” is not a date.</source>
        <translation>“{date}” is not a date.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="100"/>
        <source>Export</source>
        <extracomment>Guests sampled for the list&apos;s own extra columns (the first rows show which exist). The export ended (an ExportOutcome), for the window&apos;s status bar.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="106"/>
        <source>CSV (Excel, LibreOffice)</source>
        <translation>CSV (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="107"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="108"/>
        <source>PDF to print</source>
        <translation>PDF to print</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="113"/>
        <source>Tick the columns to export; drag them into order</source>
        <translation>Tick the columns to export; drag them into order</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="116"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="129"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="132"/>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="135"/>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="378"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="144"/>
        <source>C&amp;olumns</source>
        <translation>C&amp;olumns</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="147"/>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="148"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="172"/>
        <source>Guests who came</source>
        <translation>Guests who came</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="173"/>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="174"/>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="175"/>
        <source>Cancelled guests</source>
        <translation>Cancelled guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="176"/>
        <source>All guests</source>
        <translation>All guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="177"/>
        <source>Check-in log (every scan, undo and edit)</source>
        <translation>Check-in log (every scan, undo and edit)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="178"/>
        <source>Report for the organisers (PDF)</source>
        <translation>Report for the organisers (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="183"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="184"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="185"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="186"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="187"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="188"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="189"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="190"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="191"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="192"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="193"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="194"/>
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="195"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="196"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="270"/>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="271"/>
        <source>no-shows</source>
        <translation>no-shows</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="272"/>
        <source>walk-ins</source>
        <translation>walk-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="273"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="274"/>
        <source>guests</source>
        <translation>guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="275"/>
        <source>check-in-log</source>
        <translation>check-in-log</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="276"/>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="283"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="284"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="285"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="287"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="301"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="307"/>
        <source>Tick at least one column.</source>
        <translation>Tick at least one column.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="331"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="359"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="370"/>
        <source>The report is saved as {path}.</source>
        <translation>The report is saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="371"/>
        <source>Written to {path}; rows: {rows}.</source>
        <translation>Written to {path}; rows: {rows}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="398"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>FilePrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="131"/>
        <source>Import attendee list</source>
        <translation>Import attendee list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="133"/>
        <source>Attendee lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Attendee lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</translation>
    </message>
</context>
<context>
    <name>GuestDetails</name>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="115"/>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="44"/>
        <source>Guest details</source>
        <extracomment>What the desk needs first comes first: on a 1024×600 laptop only the top rows show without scrolling (the heading already says the name).</extracomment>
        <translation>Guest details</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="45"/>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="105"/>
        <source>No guest selected</source>
        <translation>No guest selected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="57"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="58"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="60"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="62"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="63"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="64"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="65"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="75"/>
        <source>Check-in history</source>
        <translation>Check-in history</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="95"/>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="112"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="113"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="116"/>
        <source>removed from list</source>
        <translation>removed from list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="119"/>
        <source> (walk-in)</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="123"/>
        <source>added at the desk</source>
        <translation>added at the desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="125"/>
        <source>, line {line}</source>
        <translation>, line {line}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="136"/>
        <source>{time}, {desk} ({operator})</source>
        <translation>{time}, {desk} ({operator})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="138"/>
        <source>{time}, {desk}</source>
        <translation>{time}, {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="141"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="157"/>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="158"/>
        <source>check-in undone</source>
        <translation>check-in undone</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="159"/>
        <source>scan rejected</source>
        <translation>scan rejected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="160"/>
        <source>walk-in, checked in</source>
        <translation>walk-in, checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="161"/>
        <source>data corrected</source>
        <translation>data corrected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="162"/>
        <source>badge printed</source>
        <translation>badge printed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="163"/>
        <source>admitted anyway</source>
        <translation>admitted anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="114"/>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="583"/>
        <source>Nothing was imported yet: this file adds {count} registrations without saying whether they await approval or payment: {names}. At the door they would be admitted like complete ones. Import the registration list with its states (Indico&apos;s CSV or Excel export) first, then this file; if every registration is complete, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this file adds {count} registrations without saying whether they await approval or payment: {names}. At the door they would be admitted like complete ones. Import the registration list with its states (Indico&apos;s CSV or Excel export) first, then this file; if every registration is complete, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="483"/>
        <source>{unapproved} registrations await approval: the door refuses them.</source>
        <translation>{unapproved} registrations await approval: the door refuses them.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="174"/>
        <source>Import attendee list</source>
        <extracomment>The widest a preview column (and the mapping&apos;s column of headers) grows, in pixels. Emitted after a successful import (with its report). The window&apos;s runner; on its own (a test) the dialog keeps one. What the running attempt had confirmed (for the next question). What &quot;Import anyway&quot; confirms for the next attempt: the question just shown, and those the person confirmed before it in the same run of questions.</extracomment>
        <translation>Import attendee list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="176"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="177"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="180"/>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="184"/>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="188"/>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="189"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="189"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="210"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="207"/>
        <source>Add to the current list (keep guests who are not in this file)</source>
        <translation>Add to the current list (keep guests who are not in this file)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="202"/>
        <source>Choose this door&apos;s list…</source>
        <translation>Choose this door&apos;s list…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="215"/>
        <source>Problems per row</source>
        <translation>Problems per row</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="223"/>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="331"/>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="431"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="235"/>
        <source>First rows:</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="237"/>
        <source>Which column holds what:</source>
        <translation>Which column holds what:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="271"/>
        <source>Cannot read this file: {reason}</source>
        <translation>Cannot read this file: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="308"/>
        <source>Field for column {column}</source>
        <translation>Field for column {column}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="323"/>
        <source>This list records check-ins at {count} check-in lists ({names}). Choose which one is this door&apos;s: only its check-ins count as entered here, the others are kept as history.</source>
        <translation>This list records check-ins at {count} check-in lists ({names}). Choose which one is this door&apos;s: only its check-ins count as entered here, the others are kept as history.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="345"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="346"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="347"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="348"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="349"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="350"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="351"/>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="352"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="353"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="354"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="355"/>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="356"/>
        <source>attention note</source>
        <translation>attention note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="357"/>
        <source>checked in (yes/no)</source>
        <translation>checked in (yes/no)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="358"/>
        <source>check-in time</source>
        <translation>check-in time</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="362"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="407"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="454"/>
        <source>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {removed} no longer on the list; {rejected} rows rejected. The list marks {cancelled} guests as cancelled.</source>
        <translation>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {removed} no longer on the list; {rejected} rows rejected. The list marks {cancelled} guests as cancelled.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="468"/>
        <source>1 registration is not paid: the door refuses it.</source>
        <translation>1 registration is not paid: the door refuses it.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="480"/>
        <source>1 registration awaits approval: the door refuses it.</source>
        <translation>1 registration awaits approval: the door refuses it.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="501"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="503"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="503"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="505"/>
        <source>Line {line} ({severity}): {detail}</source>
        <translation>Line {line} ({severity}): {detail}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="509"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="517"/>
        <source>Rows matched: {parts}.</source>
        <translation>Rows matched: {parts}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="522"/>
        <source>{n} new</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="523"/>
        <source>{n} by the same code</source>
        <translation>{n} by the same code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="524"/>
        <source>{n} by name within a shared code</source>
        <translation>{n} by name within a shared code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="525"/>
        <source>{n} by the code in other case</source>
        <translation>{n} by the code in other case</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="526"/>
        <source>{n} re-issued tickets (same person)</source>
        <translation>{n} re-issued tickets (same person)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="527"/>
        <source>{n} codes moved with their person</source>
        <translation>{n} codes moved with their person</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="528"/>
        <source>{n} tickets passed on</source>
        <translation>{n} tickets passed on</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="530"/>
        <source>{n} tickets passed on from a guest who came (added beside them)</source>
        <translation>{n} tickets passed on from a guest who came (added beside them)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="532"/>
        <source>{n} without code by e-mail</source>
        <translation>{n} without code by e-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="533"/>
        <source>{n} without code by name</source>
        <translation>{n} without code by name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="534"/>
        <source>{n} by a name the desk corrected</source>
        <translation>{n} by a name the desk corrected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="535"/>
        <source>{n} by name, company changed</source>
        <translation>{n} by name, company changed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="536"/>
        <source>{n} by name, name columns swapped</source>
        <translation>{n} by name, name columns swapped</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="537"/>
        <source>{n} by name, first name corrected</source>
        <translation>{n} by name, first name corrected</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="545"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="560"/>
        <source>Import failed: {reason}</source>
        <translation>Import failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="555"/>
        <source>Import stopped after {done} of {total} guests were written: {reason} Import the same file again to complete it.</source>
        <translation>Import stopped after {done} of {total} guests were written: {reason} Import the same file again to complete it.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="575"/>
        <source>Nothing was imported yet: this file looks cut off at line {line} (“{excerpt}”). It ends inside a row, as an interrupted download or a full USB stick leaves a file, and the guests after the cut would be taken off the list. Get the complete file; if this file is complete after all, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this file looks cut off at line {line} (“{excerpt}”). It ends inside a row, as an interrupted download or a full USB stick leaves a file, and the guests after the cut would be taken off the list. Get the complete file; if this file is complete after all, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="591"/>
        <source>Nothing was imported yet: this list no longer names {count} guests who already came or have a badge: {names}. They would be refused at the door from now on. If the file only adds late registrations, tick “Add to the current list”. If these guests really are no longer invited, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this list no longer names {count} guests who already came or have a badge: {names}. They would be refused at the door from now on. If the file only adds late registrations, tick “Add to the current list”. If these guests really are no longer invited, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="599"/>
        <source>Nothing was imported yet: this list would mark {removed} of the {stored} guests already imported as no longer on the list. If the file only adds late registrations, tick “Add to the current list”. If it is the complete new list, press “Import anyway”.</source>
        <translation>Nothing was imported yet: this list would mark {removed} of the {stored} guests already imported as no longer on the list. If the file only adds late registrations, tick “Add to the current list”. If it is the complete new list, press “Import anyway”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="606"/>
        <source>It would also give the codes of {count} guests to other people.</source>
        <translation>It would also give the codes of {count} guests to other people.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="610"/>
        <source>Among them are guests who already came or have a badge: {names}.</source>
        <translation>Among them are guests who already came or have a badge: {names}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="617"/>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="569"/>
        <source>Import &amp;anyway</source>
        <translation>Import &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="195"/>
        <source>Check-ins of this door are those at the list:</source>
        <translation>Check-ins of this door are those at the list:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="197"/>
        <source>Check-in list of this door</source>
        <translation>Check-in list of this door</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="317"/>
        <source>Format: {format}</source>
        <translation>Format: {format}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="319"/>
        <source>Sheet read: {sheet}</source>
        <translation>Sheet read: {sheet}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="359"/>
        <source>paid (yes/no)</source>
        <translation>paid (yes/no)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="360"/>
        <source>check-in lists used</source>
        <translation>check-in lists used</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="361"/>
        <source>order code</source>
        <translation>order code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="471"/>
        <source>{unpaid} registrations are not paid: the door refuses them.</source>
        <translation>{unpaid} registrations are not paid: the door refuses them.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="491"/>
        <source>Check-ins at the list {name} are this door&apos;s.</source>
        <translation>Check-ins at the list {name} are this door&apos;s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/qt/app.py" line="236"/>
        <source>ready in %1 s</source>
        <extracomment>How long the start-up time stays in the status bar before the desk and operator are back in its place (a message covers the status bar&apos;s left part while it is shown).</extracomment>
        <translation>ready in %1 s</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="212"/>
        <source>&amp;Search guest</source>
        <extracomment>Search results shown at most (the table stays responsive; refine the query for more). Details follow the selection after this pause (ms), so fast typing never waits for them. Background work waits this long after each key in the scan field (s). The same code again from the same scanner within this many seconds is it firing twice. Sources whose repeats `core.sightings` (a camera: one scan per showing) or a person (a picture pasted again) decide already: no double-fire rule on top. Refusals a person at the desk may overrule (Ctrl+Shift+Return). The operator asked for the demo event / a language switch; the app rebuilds the window. The organiser confirmed erasing this event&apos;s data; the app wipes the file. The organiser made a new event (its Store, details saved); the app switches to it. A verdict was shown (for tests, screenshots and the benchmark). The full guest list is in the table (shortly after start-up). A repeat of the previous code within the double-fire window, ignored. The desk found its event erased or replaced on the server (the DeskState): the app builds the window again on what the desk holds now (its workers&apos; copies too). The verdict that refused a guest a person may admit anyway, and the banner&apos;s count when it was shown (see refused_guest). The one way this window runs work off the GUI thread (imports, counts, prints, exports); what they change comes back through `apply_changes`. This desk&apos;s badge printer (printer, stock and layout from its QSettings). Seconds for the double-fire window (tests and the benchmark replace it). The last code and its time, per source: a camera&apos;s read never makes the scanner&apos;s repeat a new scan, nor the other way round.</extracomment>
        <translation>&amp;Search guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="214"/>
        <source>&amp;Check in selected guest</source>
        <translation>&amp;Check in selected guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="220"/>
        <source>&amp;Admit the refused guest anyway (not paid or not approved)</source>
        <translation>&amp;Admit the refused guest anyway (not paid or not approved)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="224"/>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Undo last check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="226"/>
        <source>Undo check-in of selected guest</source>
        <translation>Undo check-in of selected guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="228"/>
        <source>&amp;Edit guest…</source>
        <translation>&amp;Edit guest…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="230"/>
        <source>&amp;Walk-in guest…</source>
        <translation>&amp;Walk-in guest…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="232"/>
        <source>&amp;Print badge</source>
        <translation>&amp;Print badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="234"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="236"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="237"/>
        <source>Print badge</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="239"/>
        <source>Print &amp;badges…</source>
        <translation>Print &amp;badges…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="241"/>
        <source>Badge p&amp;rinter…</source>
        <translation>Badge p&amp;rinter…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="243"/>
        <source>&amp;Import attendee list…</source>
        <translation>&amp;Import attendee list…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="245"/>
        <source>Open &amp;demo event</source>
        <translation>Open &amp;demo event</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="246"/>
        <source>&amp;Erase event data…</source>
        <translation>&amp;Erase event data…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="247"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="248"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Mute sounds</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="254"/>
        <location filename="../../checkin/qt/main_window.py" line="370"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="256"/>
        <source>Das&amp;hboard</source>
        <translation>Das&amp;hboard</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="272"/>
        <source>Scan a code or type it and press Enter; type a name to search (F2)</source>
        <translation>Scan a code or type it and press Enter; type a name to search (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="281"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="329"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="333"/>
        <location filename="../../checkin/qt/main_window.py" line="575"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="344"/>
        <source>&amp;Event</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="355"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="362"/>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="364"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="387"/>
        <source>Same code twice: ignored</source>
        <translation>Same code twice: ignored</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="486"/>
        <source>no operator set</source>
        <extracomment>A scan takes the desk&apos;s write turn (an import&apos;s part, on an event file). At a desk on a server it does not: a part there is the server&apos;s round trips and the worker&apos;s own replica commit, and the scan&apos;s deadline runs from its arrival.</extracomment>
        <translation>no operator set</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="488"/>
        <source>{desk} · {operator}</source>
        <translation>{desk} · {operator}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="624"/>
        <source>A code was scanned: the open question is asked again after it</source>
        <translation>A code was scanned: the open question is asked again after it</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="688"/>
        <source>Database problem: nothing was saved</source>
        <translation>Database problem: nothing was saved</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="689"/>
        <source>Call the organiser. Details are in the status bar.</source>
        <translation>Call the organiser. Details are in the status bar.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="701"/>
        <source>Not possible offline: this needs the server</source>
        <translation>Not possible offline: this needs the server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="703"/>
        <source>Nothing was changed. Scanning goes on; try again once the status bar says “Online”.</source>
        <translation>Nothing was changed. Scanning goes on; try again once the status bar says “Online”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="709"/>
        <source>The server does not answer: nothing was changed. Try again when online.</source>
        <translation>The server does not answer: nothing was changed. Try again when online.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="878"/>
        <source>No refused guest to admit: scan the ticket again first</source>
        <translation>No refused guest to admit: scan the ticket again first</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="908"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="235"/>
        <location filename="../../checkin/qt/main_window.py" line="914"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="915"/>
        <source>Undo the check-in of {name}?</source>
        <translation>Undo the check-in of {name}?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="926"/>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="981"/>
        <source>Correction saved at this desk: the server does not answer. It is sent once the server answers again.</source>
        <translation>Correction saved at this desk: the server does not answer. It is sent once the server answers again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1056"/>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1081"/>
        <source>Erase every guest, check-in and log entry of this event on the server? Every desk sharing it erases its copy too, and check-ins not yet sent from a desk are dropped. This cannot be undone. Export what you need first.</source>
        <translation>Erase every guest, check-in and log entry of this event on the server? Every desk sharing it erases its copy too, and check-ins not yet sent from a desk are dropped. This cannot be undone. Export what you need first.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1091"/>
        <source>Erase event data</source>
        <translation>Erase event data</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1087"/>
        <source>Erase every guest, check-in and log entry of this event from this computer? This cannot be undone. Export what you need first.</source>
        <translation>Erase every guest, check-in and log entry of this event from this computer? This cannot be undone. Export what you need first.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1011"/>
        <source>Enter the guest&apos;s name first: no badge prints without one.</source>
        <translation>Enter the guest&apos;s name first: no badge prints without one.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="251"/>
        <source>&amp;Full-screen verdicts</source>
        <translation>&amp;Full-screen verdicts</translation>
    </message>
</context>
<context>
    <name>NamesakeQuestion</name>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="34"/>
        <source>Already on the list?</source>
        <extracomment>The answer &quot;add a new walk-in anyway&quot;. Each answer button&apos;s index into the answers (a Python wrapper is no key: the button a key pressed came back as another wrapper, and the answer read as &quot;cancel&quot;).</extracomment>
        <translation>Already on the list?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="36"/>
        <source>{name} is on the guest list and has not arrived yet. Is this the registered guest?</source>
        <translation>{name} is on the guest list and has not arrived yet. Is this the registered guest?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="46"/>
        <source>Check in {guest}</source>
        <translation>Check in {guest}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="54"/>
        <source>Add as a new walk-in</source>
        <translation>Add as a new walk-in</translation>
    </message>
</context>
<context>
    <name>NewEventPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="117"/>
        <source>New event: where to keep it</source>
        <translation>New event: where to keep it</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="119"/>
        <source>Event files (*.sqlite3);;All files (*)</source>
        <translation>Event files (*.sqlite3);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../checkin/qt/messages.py" line="135"/>
        <source>The disk is full. Free some space and try again; nothing already saved is lost.</source>
        <translation>The disk is full. Free some space and try again; nothing already saved is lost.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="140"/>
        <source>The file or folder may not be written (read-only or no permission). Choose another place or check the permissions.</source>
        <translation>The file or folder may not be written (read-only or no permission). Choose another place or check the permissions.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="146"/>
        <source>The event database is busy (another program is writing). Try again.</source>
        <translation>The event database is busy (another program is writing). Try again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="150"/>
        <source>This needs the server, which does not answer: nothing was changed. Scanning goes on; try again once the status bar says “Online”.</source>
        <translation>This needs the server, which does not answer: nothing was changed. Scanning goes on; try again once the status bar says “Online”.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="156"/>
        <source>The event database failed; what was not yet saved was not changed. Call the organiser if it happens again.</source>
        <translation>The event database failed; what was not yet saved was not changed. Call the organiser if it happens again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="165"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>The folder {folder} does not exist; choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="169"/>
        <source>The badge layout or paper cannot be used: {reason}</source>
        <translation>The badge layout or paper cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="173"/>
        <source>The file could not be used: {reason}</source>
        <translation>The file could not be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="177"/>
        <source>Something went wrong ({error}); nothing more was changed. The details are in the log.</source>
        <translation>Something went wrong ({error}); nothing more was changed. The details are in the log.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="78"/>
        <source>Organiser PIN</source>
        <translation>Organiser PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="80"/>
        <source>This action is for organisers. Enter the PIN:</source>
        <translation>This action is for organisers. Enter the PIN:</translation>
    </message>
</context>
<context>
    <name>PrintCheck</name>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="40"/>
        <source>“{text}” would be cut off</source>
        <translation>“{text}” would be cut off</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="48"/>
        <source>“{chars}” cannot be printed</source>
        <translation>“{chars}” cannot be printed</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="44"/>
        <source>only “{text}” fits, the rest is left out</source>
        <translation>only “{text}” fits, the rest is left out</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="51"/>
        <source>the text would be too small to read ({size} pt)</source>
        <translation>the text would be too small to read ({size} pt)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="66"/>
        <source>Check the badge</source>
        <translation>Check the badge</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="67"/>
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
        <location filename="../../checkin/qt/badge_dialogs.py" line="72"/>
        <source>Made for this event, else built-in</source>
        <translation>Made for this event, else built-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="55"/>
        <source>Badge printing</source>
        <translation>Badge printing</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="57"/>
        <source>No printer (export PDF only)</source>
        <translation>No printer (export PDF only)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="62"/>
        <source>{name} (not available)</source>
        <translation>{name} (not available)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="78"/>
        <source>Print calibration page</source>
        <translation>Print calibration page</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="84"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="85"/>
        <source>Paper / labels</source>
        <translation>Paper / labels</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="86"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="90"/>
        <source>Offset right / down (mm)</source>
        <translation>Offset right / down (mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="124"/>
        <source>Choose a printer first.</source>
        <translation>Choose a printer first.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="57"/>
        <source>Scan field</source>
        <extracomment>Typed letters switch to search mode from this many characters on (&quot;mue&quot; may be a code). Ctrl+key combinations the field keeps for editing; every other one is a window shortcut. A code typed by hand and submitted with Enter or Tab. Search mode: the query changed / Enter / arrow (+1 down, -1 up) / Esc.</extracomment>
        <translation>Scan field</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="92"/>
        <source>Search: name, company or e-mail  (↑↓ choose, Enter check in, Esc back)</source>
        <translation>Search: name, company or e-mail  (↑↓ choose, Enter check in, Esc back)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="95"/>
        <source>Scan a code, or type a name to search (F2)</source>
        <translation>Scan a code, or type a name to search (F2)</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="98"/>
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="99"/>
        <source>The server {address} asks for a password:</source>
        <translation>The server {address} asks for a password:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="31"/>
        <source>Desk settings</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="35"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="39"/>
        <source>Play a sound for every verdict</source>
        <translation>Play a sound for every verdict</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="43"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="47"/>
        <source>Print the badge on every check-in</source>
        <translation>Print the badge on every check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="52"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="52"/>
        <source>no PIN: organiser actions open</source>
        <translation>no PIN: organiser actions open</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="54"/>
        <source>Remove the PIN lock</source>
        <translation>Remove the PIN lock</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="59"/>
        <source>&amp;Desk name</source>
        <translation>&amp;Desk name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="60"/>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="61"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="63"/>
        <source>&amp;Verdict shown for</source>
        <translation>&amp;Verdict shown for</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="66"/>
        <source>Organiser &amp;PIN</source>
        <translation>Organiser &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="45"/>
        <source>Show every verdict on the whole screen</source>
        <translation>Show every verdict on the whole screen</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="130"/>
        <source>{name}: the registration awaits the organiser&apos;s approval; a person may admit anyway</source>
        <translation>{name}: the registration awaits the organiser&apos;s approval; a person may admit anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="129"/>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="46"/>
        <source>imported list</source>
        <extracomment>A glyph that carries the meaning without colour (✓, !, ✗). The code as it was read and the time of the scan: every scan reads differently, so staff see that the second of two unknown codes registered.</extracomment>
        <translation>imported list</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="54"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="55"/>
        <source>Scan a code or type a name</source>
        <translation>Scan a code or type a name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="142"/>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="154"/>
        <source>Already checked in according to the imported list ({time})</source>
        <translation>Already checked in according to the imported list ({time})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="160"/>
        <source>Already checked in at {time}, {desk} ({operator})</source>
        <translation>Already checked in at {time}, {desk} ({operator})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="164"/>
        <source>Already checked in at {time}, {desk}</source>
        <translation>Already checked in at {time}, {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="167"/>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="175"/>
        <source>Not on the list any more</source>
        <translation>Not on the list any more</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="176"/>
        <source>{name} was removed from the attendee list: ask the organiser</source>
        <translation>{name} was removed from the attendee list: ask the organiser</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="183"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="184"/>
        <source>{name}: registration cancelled</source>
        <translation>{name}: registration cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="203"/>
        <source>Code belongs to several people</source>
        <translation>Code belongs to several people</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="204"/>
        <source>Choose the guest in the list below and press Enter</source>
        <translation>Choose the guest in the list below and press Enter</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="213"/>
        <source>Typo? Check the code</source>
        <translation>Typo? Check the code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="214"/>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="221"/>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="222"/>
        <source>Search the guest by name (F2)</source>
        <translation>Search the guest by name (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="227"/>
        <source>Invalid input</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="228"/>
        <source>Scan again or search by name (F2)</source>
        <translation>Scan again or search by name (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="107"/>
        <source>Admitted – name missing</source>
        <translation>Admitted – name missing</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="92"/>
        <source>⚡ offline – sent once the server answers</source>
        <translation>⚡ offline – sent once the server answers</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="108"/>
        <source>Ask the guest&apos;s name and enter it before the badge prints</source>
        <translation>Ask the guest&apos;s name and enter it before the badge prints</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="118"/>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="119"/>
        <source>{name}: the registration is not paid; a person may admit anyway</source>
        <translation>{name}: the registration is not paid; a person may admit anyway</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="192"/>
        <source>Order {order}: {count} tickets</source>
        <translation>Order {order}: {count} tickets</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="195"/>
        <source>An order code is no ticket: choose the guest below and press Enter</source>
        <translation>An order code is no ticket: choose the guest below and press Enter</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="83"/>
        <source>Read: {code} · {time}</source>
        <extracomment>Longer inputs (a whole ticket URL) are shown shortened in the middle.</extracomment>
        <translation>Read: {code} · {time}</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="58"/>
        <source>Verdict</source>
        <extracomment>tone -&gt; (background, text) The flash of a new verdict: a light tint of its colour easing into it. The banner&apos;s height on its own; in the desk window `window_fit.DeskFit` sets it. (label, points, bold) of the banner&apos;s words at full size. Sizes tried, largest first, until the words fit the banner&apos;s fixed height. Emitted once the banner is back in its neutral state.</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="69"/>
        <source>Attention note</source>
        <translation>Attention note</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="73"/>
        <source>Code read and time of the scan</source>
        <translation>Code read and time of the scan</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_screen.py" line="38"/>
        <source>Verdict</source>
        <extracomment>Label -&gt; share of the screen height its font is given (pixels), and bold. The operator clicked it away.</extracomment>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>WindowFit</name>
    <message>
        <location filename="../../checkin/qt/window_fit.py" line="74"/>
        <source>&amp;Full screen</source>
        <extracomment>The size the desk would like (the banner at full height, a long list). Room a window manager&apos;s title bar and frame take (before the window is shown). Smallest window the desk still works in (1024×600 minus a panel and a title bar).</extracomment>
        <translation>&amp;Full screen</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../checkin/qt/printing.py" line="325"/>
        <source>No badge printer chosen for this desk (Badges &gt; Printer settings)</source>
        <extracomment>Rendering resolution when Qt (not CUPS) drives the printer. Value of BadgeSettings.printer meaning &quot;no printer, export PDF only&quot;. A layout name or file; &quot;&quot; picks the one made for the event, else the built-in one. For sheets: correct a printer&apos;s drift (mm, right/down). ReportLab&apos;s font registry and subsetting are not thread-safe: one render at a time, whichever runner (the window&apos;s, a test&apos;s) started it. Guests whose badges were rendered (and, with a printer, spooled). The printer the work was sent to (&quot;&quot; for a PDF only). The PDF file the badges were saved to (None: not saved). PrintOutcome of a single badge (ok, or why not: spool.error / no_badge). A single badge could not be made at all (layout, paper, renderer): the attendee and the OperationError; after the window-wide error message, so the words name the guest. Where badges go when the desk has no printer (tests set a temporary folder).</extracomment>
        <translation>No badge printer chosen for this desk (Badges &gt; Printer settings)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/printing.py" line="329"/>
        <source>Saving badge for {name} as PDF…</source>
        <translation>Saving badge for {name} as PDF…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/printing.py" line="334"/>
        <source>Printing badge for {name}…</source>
        <translation>Printing badge for {name}…</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="191"/>
        <source>Badge already printed at {time} ({desk})</source>
        <translation>Badge already printed at {time} ({desk})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="198"/>
        <source>Sent to {printer}</source>
        <translation>Sent to {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="202"/>
        <source>No print system found; export the badge as PDF instead.</source>
        <translation>No print system found; export the badge as PDF instead.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="205"/>
        <source>Printer {printer} not found: is it switched on and connected?</source>
        <translation>Printer {printer} not found: is it switched on and connected?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="208"/>
        <source>Printer {printer} is paused or has a problem (paper? ribbon?).</source>
        <translation>Printer {printer} is paused or has a problem (paper? ribbon?).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="211"/>
        <source>Printer {printer} does not accept jobs right now.</source>
        <translation>Printer {printer} does not accept jobs right now.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="214"/>
        <source>Printing on {printer} failed.</source>
        <translation>Printing on {printer} failed.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="215"/>
        <source>The print system did not answer; try again.</source>
        <translation>The print system did not answer; try again.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="221"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="230"/>
        <source>No badge for this category.</source>
        <translation>No badge for this category.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="232"/>
        <source>Badge for {name} saved as PDF: {path}</source>
        <translation>Badge for {name} saved as PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="236"/>
        <source>Badge for {name} printed to {printer}</source>
        <translation>Badge for {name} printed to {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="244"/>
        <source>Badge for {name} failed: {why}</source>
        <translation>Badge for {name} failed: {why}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="31"/>
        <source>ADMITTED</source>
        <extracomment>Each key names one sentence the CLI says; the value is its English source text.</extracomment>
        <translation>ADMITTED</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="32"/>
        <source>ALREADY CHECKED IN</source>
        <translation>ALREADY CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="33"/>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="34"/>
        <source>CANCELLED</source>
        <translation>CANCELLED</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="35"/>
        <source>AMBIGUOUS</source>
        <translation>AMBIGUOUS</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="36"/>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="37"/>
        <source>NOT PAID</source>
        <translation>NOT PAID</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="38"/>
        <source>NOT APPROVED</source>
        <translation>NOT APPROVED</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="39"/>
        <source> (NAME MISSING: ask the guest&apos;s name before a badge prints)</source>
        <translation> (NAME MISSING: ask the guest&apos;s name before a badge prints)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="42"/>
        <source>  first at {time}, desk {desk}</source>
        <translation>  first at {time}, desk {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="43"/>
        <source>  tickets of order {order}: </source>
        <translation>  tickets of order {order}: </translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="44"/>
        <source>  holders: </source>
        <translation>  holders: </translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="45"/>
        <source>  (typo? check the code)</source>
        <translation>  (typo? check the code)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="46"/>
        <source>  (offline: decided by this desk, uploaded when the server answers)</source>
        <translation>  (offline: decided by this desk, uploaded when the server answers)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="49"/>
        <source>ERROR  {error}</source>
        <translation>ERROR  {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="50"/>
        <source>{name}: no code found in the picture</source>
        <translation>{name}: no code found in the picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="51"/>
        <source>{name}: 1 code in the picture</source>
        <translation>{name}: 1 code in the picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="52"/>
        <source>{name}: {count} codes in the picture</source>
        <translation>{name}: {count} codes in the picture</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="54"/>
        <source>a single-desk event file: nothing to sync</source>
        <translation>a single-desk event file: nothing to sync</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="55"/>
        <source>online ({server}); {waiting}</source>
        <translation>online ({server}); {waiting}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="56"/>
        <source>offline since {time} ({server}); {waiting} for the server</source>
        <translation>offline since {time} ({server}); {waiting} for the server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="59"/>
        <source>1 check-in waiting</source>
        <translation>1 check-in waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="60"/>
        <source>{count} check-ins waiting</source>
        <translation>{count} check-ins waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="61"/>
        <source> (and 1 other record)</source>
        <translation> (and 1 other record)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="62"/>
        <source> (and {count} other records)</source>
        <translation> (and {count} other records)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="63"/>
        <source>uploaded {uploaded} events ({doubles} double admissions reported), pulled {pulled}; {waiting}</source>
        <translation>uploaded {uploaded} events ({doubles} double admissions reported), pulled {pulled}; {waiting}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="69"/>
        <source>no event here: it was erased at another desk ({server}); import a list to begin a new one</source>
        <translation>no event here: it was erased at another desk ({server}); import a list to begin a new one</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="73"/>
        <source>no event here: it was erased at this desk ({server}); import a list to begin a new one</source>
        <translation>no event here: it was erased at this desk ({server}); import a list to begin a new one</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="77"/>
        <source>the event was replaced by a new list ({server}); this desk is downloading it</source>
        <translation>the event was replaced by a new list ({server}); this desk is downloading it</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="80"/>
        <source>online ({server}): the event was replaced by a new list, which this desk loaded</source>
        <translation>online ({server}): the event was replaced by a new list, which this desk loaded</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="83"/>
        <source>; {count} check-ins and {others} other records of the erased event made here offline were dropped with it</source>
        <translation>; {count} check-ins and {others} other records of the erased event made here offline were dropped with it</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="89"/>
        <source>Erase every attendee and check-in in {target}? Type &apos;{word}&apos;: </source>
        <translation>Erase every attendee and check-in in {target}? Type &apos;{word}&apos;: </translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="92"/>
        <source>erase</source>
        <translation>erase</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="93"/>
        <source>not erased</source>
        <translation>not erased</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="94"/>
        <source>erased {count} file(s): {files}</source>
        <translation>erased {count} file(s): {files}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="95"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
</TS>
