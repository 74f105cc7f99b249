<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="33"/>
        <source>Edit guest</source>
        <translation>Gast bearbeiten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="33"/>
        <source>Walk-in guest</source>
        <translation>Gast ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="44"/>
        <source>Needs attention (VIP, accessibility ...)</source>
        <translation>Besondere Aufmerksamkeit (VIP, Barrierefreiheit …)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="49"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="50"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="51"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="52"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="53"/>
        <source>F&amp;unction</source>
        <translation>F&amp;unktion</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="54"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="55"/>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="57"/>
        <source>&amp;Note</source>
        <translation>&amp;Hinweis</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="67"/>
        <source>Add and check in</source>
        <translation>Hinzufügen und einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/attendee_dialog.py" line="94"/>
        <source>Enter at least a first or last name.</source>
        <translation>Bitte mindestens Vor- oder Nachnamen eingeben.</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="334"/>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="279"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="280"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="281"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="313"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="331"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="332"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="335"/>
        <source>removed from list</source>
        <translation>nicht mehr auf der Liste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="322"/>
        <source> · walk-in</source>
        <translation> · Nachmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/models/attendee_table.py" line="333"/>
        <source>not paid</source>
        <translation>nicht bezahlt</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="151"/>
        <source>Print badges</source>
        <extracomment>A batch ended (printed, saved, cancelled or failed; see `status`).</extracomment>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="155"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="158"/>
        <source>Only guests without a printed badge</source>
        <translation>Nur Gäste ohne gedrucktes Namensschild</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="160"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="161"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="165"/>
        <source>Cut marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="170"/>
        <source>Check the badges before printing to see names that do not fit.</source>
        <translation>Namensschilder vor dem Druck prüfen, um zu lange Namen zu finden.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="178"/>
        <source>Check badges</source>
        <translation>Namensschilder prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="179"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="181"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="182"/>
        <source>Cancel printing</source>
        <translation>Druck abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="184"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="192"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="194"/>
        <source>Sorted by</source>
        <translation>Sortiert nach</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="195"/>
        <source>Start at label</source>
        <translation>Beginnen bei Etikett</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="229"/>
        <source>at minimum size</source>
        <translation>in Mindestgröße</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="230"/>
        <source>wrapped</source>
        <translation>umbrochen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="231"/>
        <source>cut off</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="232"/>
        <source>uses fallback font</source>
        <translation>nutzt Ersatzschrift</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="233"/>
        <source>character cannot be printed</source>
        <translation>Zeichen nicht druckbar</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="234"/>
        <source>too small on this stock</source>
        <translation>zu klein auf diesem Material</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="235"/>
        <source>no badge for this category</source>
        <translation>kein Namensschild für diese Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="236"/>
        <source>given names as initials:</source>
        <translation>Vornamen als Initialen:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="237"/>
        <source>title shortened:</source>
        <translation>Titel gekürzt:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="238"/>
        <source>more lines, smaller:</source>
        <translation>mehr Zeilen, kleiner:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="239"/>
        <source>parts left out:</source>
        <translation>Teile weggelassen:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="248"/>
        <source>{n} guests checked, {m} to fix before printing.</source>
        <translation>{n} Gäste geprüft, {m} vor dem Druck zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="263"/>
        <source>Save badges</source>
        <translation>Namensschilder speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="271"/>
        <source>No guests match.</source>
        <translation>Keine passenden Gäste.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="307"/>
        <source>Preparing {n} badges…</source>
        <translation>Bereite {n} Namensschilder vor …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="326"/>
        <source>{n} badges saved as PDF: {path}</source>
        <translation>{n} Namensschilder als PDF gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="330"/>
        <source>{n} badges printed to {printer}</source>
        <translation>{n} Namensschilder gedruckt auf {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="334"/>
        <source>{n} badges failed: {why}</source>
        <translation>{n} Namensschilder fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="298"/>
        <source>Cancelled: nothing was sent to the printer.</source>
        <translation>Abgebrochen: nichts wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="302"/>
        <source>Badges could not be made: {error}</source>
        <translation>Namensschilder konnten nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>CameraChooser</name>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="16"/>
        <source>System default camera</source>
        <translation>Standardkamera des Systems</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="20"/>
        <source>The chosen camera (not connected now)</source>
        <translation>Die gewählte Kamera (gerade nicht angeschlossen)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="22"/>
        <source>No camera found on this computer</source>
        <translation>Keine Kamera an diesem Computer gefunden</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="30"/>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/settings_rows.py" line="30"/>
        <source>Camera &amp;resolution</source>
        <translation>Kamera-&amp;Auflösung</translation>
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
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="75"/>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="79"/>
        <source>Scan with the camera</source>
        <translation>Mit der Kamera scannen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="82"/>
        <source>Scan a &amp;picture from the clipboard</source>
        <translation>&amp;Bild aus der Zwischenablage scannen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="85"/>
        <source>Judge every code in a copied picture (or drop a picture onto the window)</source>
        <translation>Jeden Code in einem kopierten Bild prüfen (oder ein Bild auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="168"/>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="191"/>
        <source>Camera is off</source>
        <translation>Kamera ist aus</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="290"/>
        <source>The clipboard holds no picture of a ticket</source>
        <translation>In der Zwischenablage ist kein Bild eines Tickets</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="306"/>
        <source>Reading the picture…</source>
        <translation>Bild wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="326"/>
        <source>No code found in the picture</source>
        <translation>Kein Code im Bild gefunden</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="327"/>
        <source>Try a sharper picture, or scan or type the code.</source>
        <translation>Ein schärferes Bild versuchen oder den Code scannen oder eintippen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="345"/>
        <source>This picture cannot be read</source>
        <translation>Dieses Bild kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/desk.py" line="346"/>
        <source>Use a PNG or JPEG picture of the ticket, or scan or type the code.</source>
        <translation>Ein PNG- oder JPEG-Bild des Tickets verwenden oder den Code scannen oder eintippen.</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <location filename="../../checkin/qt/camera/sources.py" line="165"/>
        <source>This computer does not let checkin use the camera. Allow it in the system&apos;s privacy settings; scanning with the scanner works meanwhile.</source>
        <translation>Dieser Computer lässt checkin die Kamera nicht benutzen. Bitte in den Datenschutz-Einstellungen des Systems erlauben; mit dem Scanner geht es inzwischen weiter.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/sources.py" line="172"/>
        <source>No camera found. Scan with the scanner or type the code.</source>
        <translation>Keine Kamera gefunden. Mit dem Scanner scannen oder den Code eintippen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/sources.py" line="195"/>
        <source>The camera could not be started; another program may be using it. Close that program and switch the camera on again.</source>
        <translation>Die Kamera ließ sich nicht starten; vielleicht benutzt sie ein anderes Programm. Das Programm schließen und die Kamera wieder einschalten.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="29"/>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="44"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="45"/>
        <source>Switch the camera&apos;s light on or off</source>
        <translation>Das Licht der Kamera ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/view.py" line="53"/>
        <source>Camera is off</source>
        <translation>Kamera ist aus</translation>
    </message>
</context>
<context>
    <name>CodesChoice</name>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="48"/>
        <source>Several codes in the picture</source>
        <translation>Mehrere Codes im Bild</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="50"/>
        <source>Several codes in view</source>
        <translation>Mehrere Codes vor der Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="53"/>
        <source>{count} different codes were read at once. Which should be judged?</source>
        <translation>{count} verschiedene Codes wurden zugleich gelesen. Welche sollen geprüft werden?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="67"/>
        <source>not on the guest list</source>
        <translation>nicht auf der Gästeliste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="74"/>
        <source>Judge</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="81"/>
        <source>Judge all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/camera/choice.py" line="102"/>
        <source>not judged (see the banner)</source>
        <translation>nicht geprüft (siehe Anzeige)</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="21"/>
        <source>Hidden columns were read too: {columns}</source>
        <translation>Ausgeblendete Spalten wurden mitgelesen: {columns}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="24"/>
        <source>{count} NUL characters were removed.</source>
        <translation>{count} NUL-Zeichen wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="27"/>
        <source>The file&apos;s text had been encoded twice ({example}: UTF-8 read as Windows-1252 and saved again); it was repaired.</source>
        <translation>Der Text der Datei war doppelt kodiert ({example}: UTF-8 als Windows-1252 gelesen und wieder gespeichert); er wurde repariert.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="32"/>
        <source>Some text looks double-encoded ({example}: UTF-8 read as Windows-1252 and saved again); it was read as it is. Check these names in the list.</source>
        <translation>Einige Texte sehen doppelt kodiert aus ({example}: UTF-8 als Windows-1252 gelesen und wieder gespeichert); sie wurden unverändert übernommen. Bitte diese Namen in der Liste prüfen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="37"/>
        <source>{count} line(s) were not UTF-8 and were read as Windows-1252 (first: line {first}).</source>
        <translation>{count} Zeile(n) waren nicht UTF-8 und wurden als Windows-1252 gelesen (erste: Zeile {first}).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="41"/>
        <source>The {count} guest(s) taken off the list were its last lines (from line {line} on): a file cut off at the end of a line looks complete. If the file was not meant to end there, get the complete file and import it again.</source>
        <translation>Die {count} von der Liste genommenen Gäste waren ihre letzten Zeilen (ab Zeile {line}): Eine am Ende einer Zeile abgeschnittene Datei sieht vollständig aus. Sollte die Datei dort nicht enden, besorgen Sie die vollständige Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="47"/>
        <source>{count} guest(s) are not in this file and were taken off the list. A CSV file cut off at the end of a line cannot be told from a complete one: check that the file is whole.</source>
        <translation>{count} Gäste stehen nicht in dieser Datei und wurden von der Liste genommen. Eine am Ende einer Zeile abgeschnittene CSV-Datei ist von einer vollständigen nicht zu unterscheiden: Prüfen Sie, ob die Datei vollständig ist.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="53"/>
        <source>{count} guest(s) were changed at a desk while this list was being written (a correction, a check-in, an undo): the desk&apos;s changes were kept, and none of them was taken off the list.</source>
        <translation>Gäste, die an einem Tisch geändert wurden, während diese Liste geschrieben wurde (eine Korrektur, ein Check-in, ein Rückgängigmachen): {count}. Was der Tisch getan hat, wurde behalten, und keiner dieser Gäste wurde von der Liste genommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="59"/>
        <source>This line is not UTF-8 and was read as Windows-1252; check its accents.</source>
        <translation>Diese Zeile ist nicht UTF-8 und wurde als Windows-1252 gelesen; bitte Umlaute und Akzente prüfen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="62"/>
        <source>The row has no name; it was not imported.</source>
        <translation>Die Zeile enthält keinen Namen; sie wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="65"/>
        <source>{text} looks like a note or total, not a guest; it was not imported.</source>
        <translation>{text} sieht nach einer Notiz oder Summe aus, nicht nach einem Gast; nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="68"/>
        <source>{name} with the same e-mail is also on line {earlier}; both rows were imported.</source>
        <translation>{name} mit derselben E-Mail-Adresse steht auch in Zeile {earlier}; beide Zeilen wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="72"/>
        <source>{name} with the same company is also on line {earlier}; both rows were imported.</source>
        <translation>{name} mit derselben Firma steht auch in Zeile {earlier}; beide Zeilen wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="76"/>
        <source>Code {code} is also on line {earlier}; both rows were imported and the code will not admit anyone until a person decides.</source>
        <translation>Code {code} steht auch in Zeile {earlier}; beide Zeilen wurden übernommen. Der Code lässt niemanden ein, bis eine Person entscheidet.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="81"/>
        <source>Code {code} was stored as a number and may have lost digits; format the code column as text and export the list again.</source>
        <translation>Code {code} war als Zahl gespeichert und hat womöglich Stellen verloren; die Code-Spalte als Text formatieren und die Liste neu exportieren.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="86"/>
        <source>Check-in value {value} is not a date or yes/no; taken as checked in.</source>
        <translation>Check-in-Wert {value} ist weder Datum noch ja/nein; als eingecheckt übernommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="89"/>
        <source>Check-in time {value} cannot be read as a date and time.</source>
        <translation>Check-in-Zeit {value} lässt sich nicht als Datum und Uhrzeit lesen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="92"/>
        <source>The line has more cells than the header; {cells} was not imported. Check the column separator, or give those cells a column header.</source>
        <translation>Die Zeile hat mehr Zellen als die Kopfzeile; {cells} wurde nicht übernommen. Bitte das Trennzeichen prüfen oder diesen Zellen eine Spaltenüberschrift geben.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="97"/>
        <source>{count} more lines have cells beyond the header that were not imported.</source>
        <translation>{count} weitere Zeilen haben Zellen jenseits der Kopfzeile, die nicht übernommen wurden.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="101"/>
        <source>Status {value} is not known; {count} row(s) with it were imported as active.</source>
        <translation>Status {value} ist unbekannt; {count} Zeile(n) damit wurden als aktiv übernommen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="105"/>
        <source>{name}: the list now gives code {new} instead of {old}; both spellings admit.</source>
        <translation>{name}: Die Liste nennt jetzt Code {new} statt {old}; beide Schreibweisen lassen ein.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="109"/>
        <source>{name}: the list now gives code {new} instead of {old}; the new code admits, the old one no longer does.</source>
        <translation>{name}: Die Liste nennt jetzt Code {new} statt {old}; der neue Code lässt ein, der alte nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="114"/>
        <source>Code {code} was {before}&apos;s; the list now names {now}: {before} is already checked in and keeps that check-in; {now} was added with the same code, so at the door the code asks a person to decide.</source>
        <translation>Code {code} gehörte {before}; die Liste nennt jetzt {now}: {before} ist schon eingecheckt und bleibt es; {now} wurde mit demselben Code hinzugefügt, am Eingang entscheidet bei diesem Code eine Person.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="120"/>
        <source>The sheet {sheet} was read; the workbook also has {others}.</source>
        <translation>Das Tabellenblatt {sheet} wurde gelesen; die Arbeitsmappe enthält außerdem {others}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="123"/>
        <source>Check-ins at the list {door} were taken as this door&apos;s (another list can be chosen in the import dialog).</source>
        <translation>Die Check-ins der Liste {door} gelten als die dieses Eingangs (eine andere Liste kann im Importdialog gewählt werden).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="128"/>
        <source>Check-ins at the list {door} were taken as this door&apos;s; those at {others} are kept as history only (another list can be chosen in the import dialog).</source>
        <translation>Die Check-ins der Liste {door} gelten als die dieses Eingangs; die an {others} bleiben nur als Verlauf erhalten (eine andere Liste kann im Importdialog gewählt werden).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="133"/>
        <source>The event had no name; it is now called {name}, as the list names it.</source>
        <translation>Die Veranstaltung hatte keinen Namen; sie heißt jetzt {name}, wie die Liste sie nennt.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="137"/>
        <source>{count} ticket(s) have no attendee name (lines {lines}): they are admitted as “name missing”, and the desk asks for the name before a badge prints.</source>
        <translation>{count} Ticket(s) ohne Namen der teilnehmenden Person (Zeilen {lines}): Sie werden als „Name fehlt“ eingelassen, und der Tisch fragt nach dem Namen, bevor ein Namensschild gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="142"/>
        <source>This pretix check-in list has no ticket secrets: ticket QR codes will read “unknown”, and the tickets of one order share its order code. Export it again with “Include QR-code secret”, or export the order data&apos;s “Order positions”.</source>
        <translation>Diese pretix-Check-in-Liste enthält keine Ticket-Secrets: QR-Codes der Tickets werden als „unbekannt“ gelesen, und die Tickets einer Bestellung teilen sich deren Bestellnummer. Exportieren Sie sie erneut mit „QR-Code-Geheimnis anzeigen“ (so heißt die Option im deutschen pretix) oder exportieren Sie aus den „Bestelldaten“ die „Bestellzeilen“.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="148"/>
        <source>Indico&apos;s ticket QR codes hold each registration&apos;s check-in secret, which Indico&apos;s CSV and Excel exports do not carry (only the per-event ID): with this list, scanned Indico tickets read &quot;unknown&quot;; typed registration IDs and the name search work. To scan Indico tickets, import the event&apos;s registrants JSON after this list (Indico&apos;s registrants API, GET /api/events/&lt;event id&gt;/registrants, as its check-in app loads it): its secrets become the codes, and the states of this list stay.</source>
        <translation>Die QR-Codes der Indico-Tickets enthalten das Check-in-Secret jeder Anmeldung, das Indicos CSV- und Excel-Exporte nicht mitliefern (nur die ID innerhalb der Veranstaltung): Mit dieser Liste werden gescannte Indico-Tickets als „unbekannt“ gelesen; eingetippte Anmelde-IDs und die Namenssuche funktionieren. Um Indico-Tickets zu scannen, importieren Sie nach dieser Liste das Registrants-JSON der Veranstaltung (Indicos Registrants-API, GET /api/events/&lt;event id&gt;/registrants, wie es die Check-in-App lädt): Dessen Secrets werden zu den Codes, und die Status aus dieser Liste bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="158"/>
        <source>Indico&apos;s registrants JSON gives each ticket&apos;s check-in secret but not whether a registration awaits approval or payment: import the registration list (CSV or Excel, with its &quot;Registration state&quot;) first, then this file. Its secrets then become the codes, the states stay, and typed registration IDs still work.</source>
        <translation>Das Registrants-JSON von Indico liefert das Check-in-Secret jedes Tickets, aber nicht, ob eine Anmeldung auf Freigabe oder Zahlung wartet: Importieren Sie zuerst die Anmeldeliste (CSV oder Excel, mit ihrem „Registration state“ / „Anmeldestatus“), dann diese Datei. Deren Secrets werden dann zu den Codes, die Status bleiben, und eingetippte Anmelde-IDs funktionieren weiter.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="165"/>
        <source>Code {code} was {before}&apos;s; the list now names {now}: the ticket was passed on: the code now admits {now}, no longer {before}.</source>
        <translation>Code {code} gehörte {before}; die Liste nennt jetzt {now}: Die Karte wurde weitergegeben, der Code lässt jetzt {now} ein, nicht mehr {before}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="189"/>
        <source>A6 single sheet (105 x 148 mm)</source>
        <translation>A6-Einzelblatt (105 x 148 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="190"/>
        <source>A7 single sheet (74 x 105 mm)</source>
        <translation>A7-Einzelblatt (74 x 105 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="191"/>
        <source>A4 sheet, 4 x A6 (105 x 148 mm)</source>
        <translation>A4-Bogen, 4 x A6 (105 x 148 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="192"/>
        <source>A4 sheet, 8 x A7 landscape (105 x 74 mm)</source>
        <translation>A4-Bogen, 8 x A7 quer (105 x 74 mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="195"/>
        <source>HERMA 4412 name labels, A4, 10 x 80 x 50 mm</source>
        <translation>HERMA 4412 Namensetiketten, A4, 10 x 80 x 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="198"/>
        <source>DURABLE 1445 badge inserts, A4, 10 x 90 x 54 mm</source>
        <translation>DURABLE 1445 Einsteckschilder, A4, 10 x 90 x 54 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="201"/>
        <source>Avery Zweckform L4785 name badge labels, A4, 10 x 80 x 50 mm</source>
        <translation>Avery Zweckform L4785 Namensetiketten, A4, 10 x 80 x 50 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="204"/>
        <source>Brother QL DK-11234 name badge, 60 x 86 mm</source>
        <translation>Brother QL DK-11234 Namensschild, 60 x 86 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="207"/>
        <source>Brother QL 62 mm continuous, cut at 100 mm</source>
        <translation>Brother QL 62 mm Endlosband, auf 100 mm geschnitten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="210"/>
        <source>Zebra 4 x 3 in direct thermal label</source>
        <translation>Zebra 4 x 3 Zoll Thermodirekt-Etikett</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="211"/>
        <source>DYMO 11356 name badge, 41 x 89 mm (landscape)</source>
        <translation>DYMO 11356 Namensschild, 41 x 89 mm (quer)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="214"/>
        <source>DYMO 4XL 1744907 shipping label, 104 x 159 mm</source>
        <translation>DYMO 4XL 1744907 Versandetikett, 104 x 159 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="228"/>
        <source>generic list</source>
        <translation>allgemeine Liste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="229"/>
        <source>pretix check-in list</source>
        <translation>pretix-Check-in-Liste (englisch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="230"/>
        <source>pretix check-in list (German)</source>
        <translation>pretix-Check-in-Liste (deutsch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="233"/>
        <source>pretix orders</source>
        <translation>pretix-Bestelldaten (englisch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="234"/>
        <source>pretix orders (German)</source>
        <translation>pretix-Bestelldaten (deutsch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="235"/>
        <source>pretix orders, one row per order</source>
        <translation>pretix-Bestelldaten, eine Zeile je Bestellung (englisch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="238"/>
        <source>pretix orders, one row per order (German)</source>
        <translation>pretix-Bestelldaten, eine Zeile je Bestellung (deutsch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="241"/>
        <source>pretix order fees</source>
        <translation>pretix-Bestellgebühren (englisch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="242"/>
        <source>pretix order fees (German)</source>
        <translation>pretix-Bestellgebühren (deutsch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="245"/>
        <source>Hi.Events attendees</source>
        <translation>Hi.Events-Teilnehmer*innen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="246"/>
        <source>Indico registrations</source>
        <translation>Indico-Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="247"/>
        <source>Eventbrite attendee report</source>
        <translation>Eventbrite-Teilnehmerbericht (englisch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/core_words.py" line="250"/>
        <source>Eventbrite attendee report (German)</source>
        <translation>Eventbrite-Teilnehmerbericht (deutsch)</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="43"/>
        <source>Checked in of expected</source>
        <extracomment>Emitted after new numbers are shown (for tests). The window&apos;s runner; on its own (a test, a preview) the bar keeps one.</extracomment>
        <translation>Eingecheckt von erwartet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="49"/>
        <source>Checked in per category</source>
        <translation>Eingecheckt je Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="59"/>
        <source>Checked in: … / …</source>
        <translation>Eingecheckt: … / …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="85"/>
        <source>Checked in: {done} / {expected}</source>
        <translation>Eingecheckt: {done} / {expected}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="89"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/counters.py" line="95"/>
        <source>walk-ins {count}</source>
        <translation>ohne Anmeldung {count}</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="107"/>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Checked in</source>
        <extracomment>Emitted on the GUI thread after new stats are shown. The window&apos;s runner; on its own (a test, a preview) the widget keeps one.</extracomment>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="108"/>
        <source>No-shows so far</source>
        <translation>Bisher nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="109"/>
        <source>Walk-ins</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="110"/>
        <source>Rejected scans</source>
        <translation>Abgewiesene Scans</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="112"/>
        <source>Admitted twice</source>
        <translation>Zweimal eingelassen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="120"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="122"/>
        <source>Checked in per category</source>
        <translation>Eingecheckt je Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="125"/>
        <source>Desk</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="126"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="127"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="128"/>
        <source>Guests per hour</source>
        <translation>Gäste pro Stunde</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="129"/>
        <source>Median seconds between guests</source>
        <translation>Median Sekunden zwischen Gästen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="132"/>
        <source>Throughput per desk</source>
        <translation>Durchsatz je Tisch</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="134"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="141"/>
        <source>Arrivals per 15 minutes</source>
        <translation>Ankünfte je 15 Minuten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="207"/>
        <source>{done} / {expected} ({percent} %)</source>
        <translation>{done} / {expected} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="216"/>
        <source>As of {time}</source>
        <translation>Stand {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/dashboard.py" line="223"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <location filename="../../checkin/qt/settings.py" line="66"/>
        <source>Desk 1</source>
        <extracomment>&quot;&quot; = follow the system locale. Every verdict also fills the whole screen (a guest reads it from 3 m away). &quot;salt$sha256&quot; of the organiser PIN; &quot;&quot; = organiser actions are not locked. The camera for the camera view (its device id); &quot;&quot; = the system&apos;s default camera. &quot;1280x720&quot;; &quot;&quot; = the camera view&apos;s default.</extracomment>
        <translation>Tisch 1</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="70"/>
        <source>Connection to the server</source>
        <extracomment>A double admission stays in the status bar this long (ms), unless another comes. A desk whose clock is further off the server&apos;s than this says so (seconds). Its events are stamped on the server&apos;s clock all the same (`DeskStore.now`). From any thread (the desk&apos;s listener); delivered queued on the GUI thread. On the GUI thread: double admissions a sync has just reported (LogEntry tuple). On the GUI thread, after the shown state changed (for tests).</extracomment>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="95"/>
        <source>Scans are decided by the server.</source>
        <translation>Der Server entscheidet über jeden Scan.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="98"/>
        <source>The server refused the password typed at start. This desk goes on deciding from its own copy of the list and keeps every check-in; start the desk again and type the right password to send them.</source>
        <translation>Der Server hat das beim Start eingegebene Passwort abgelehnt. Dieser Tisch entscheidet weiter nach seiner eigenen Kopie der Liste und behält jeden Check-in; starten Sie den Tisch neu und geben Sie das richtige Passwort ein, um sie zu übertragen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="104"/>
        <source>The server does not answer: this desk decides from its own copy of the list and sends its check-ins once the server answers again.</source>
        <translation>Der Server antwortet nicht: Dieser Tisch entscheidet nach seiner eigenen Kopie der Liste und überträgt seine Check-ins, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="114"/>
        <source>Check-ins are stamped with the server&apos;s time, so the desks agree who came first; set this computer&apos;s clock right when you can.</source>
        <translation>Check-ins erhalten die Zeit des Servers, damit alle Tische übereinstimmen, wer zuerst kam; bitte die Uhr dieses Rechners bei Gelegenheit richtig stellen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="147"/>
        <source>1 other record (a refused scan, an undo, a correction) waits for the server.</source>
        <translation>Dazu wartet 1 weiterer Eintrag (ein abgewiesener Scan, eine Rücknahme, eine Korrektur) auf Übertragung.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="150"/>
        <source>{count} other records (refused scans, undos, corrections) wait for the server.</source>
        <translation>Dazu warten {count} weitere Einträge (abgewiesene Scans, Rücknahmen, Korrekturen) auf Übertragung.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="165"/>
        <source>⚠ this computer&apos;s clock is {amount} slow</source>
        <translation>⚠ die Uhr dieses Rechners geht {amount} nach</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="168"/>
        <source>⚠ this computer&apos;s clock is {amount} fast</source>
        <translation>⚠ die Uhr dieses Rechners geht {amount} vor</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="175"/>
        <source>No event: erased at this desk</source>
        <translation>Keine Veranstaltung: an diesem Tisch gelöscht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="176"/>
        <source>No event: erased at another desk</source>
        <translation>Keine Veranstaltung: an einem anderen Tisch gelöscht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="178"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="181"/>
        <source>Online · 1 check-in waiting</source>
        <translation>Online · 1 Check-in wartet auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="183"/>
        <source>Online · {count} check-ins waiting</source>
        <translation>Online · {count} Check-ins warten auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="188"/>
        <source>Offline: the server refused the password · 1 check-in waiting</source>
        <translation>Offline: Der Server hat das Passwort abgelehnt · 1 Check-in wartet auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="190"/>
        <source>Offline: the server refused the password · {count} check-ins waiting</source>
        <translation>Offline: Der Server hat das Passwort abgelehnt · {count} Check-ins warten auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="195"/>
        <source>Offline since {time} · 1 check-in waiting</source>
        <translation>Offline seit {time} · 1 Check-in wartet auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="197"/>
        <source>Offline since {time} · {count} check-ins waiting</source>
        <translation>Offline seit {time} · {count} Check-ins warten auf Übertragung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="264"/>
        <source>1 check-in made here offline belonged to the erased event: it was not sent and is dropped with the event.</source>
        <translation>1 Check-in, der hier offline gemacht wurde, gehörte zur gelöschten Veranstaltung: Er wurde nicht übertragen und ist mit ihr verworfen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="270"/>
        <source>{count} check-ins made here offline belonged to the erased event: they were not sent and are dropped with the event.</source>
        <translation>{count} Check-ins, die hier offline gemacht wurden, gehörten zur gelöschten Veranstaltung: Sie wurden nicht übertragen und sind mit ihr verworfen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="283"/>
        <source>Event erased: no event is loaded at this desk</source>
        <translation>Veranstaltung gelöscht: An diesem Tisch ist keine Veranstaltung geladen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="286"/>
        <source>Its guests, check-ins and log are erased here and on the server. To begin again, import the attendee list (Event ▸ Import attendee list).</source>
        <translation>Ihre Gäste, Check-ins und das Protokoll sind hier und auf dem Server gelöscht. Für einen Neubeginn die Teilnehmerliste importieren (Veranstaltung ▸ Teilnehmerliste importieren).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="292"/>
        <source>No event loaded: it was erased at another desk</source>
        <translation>Keine Veranstaltung geladen: Sie wurde an einem anderen Tisch gelöscht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="295"/>
        <source>Its guests are erased from this computer too, and no code can be checked here. Ask the organiser, or import the attendee list again (Event ▸ Import attendee list).</source>
        <translation>Ihre Gäste sind auch auf diesem Computer gelöscht; hier kann kein Code geprüft werden. Bitte den Veranstalter fragen oder die Teilnehmerliste neu importieren (Veranstaltung ▸ Teilnehmerliste importieren).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="307"/>
        <source>The event was erased at another desk and a new attendee list imported; this desk has loaded the new list. Scanning goes on with it.</source>
        <translation>Die Veranstaltung wurde an einem anderen Tisch gelöscht und eine neue Teilnehmerliste importiert; dieser Tisch hat die neue Liste geladen. Es wird mit ihr weiter gescannt.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="316"/>
        <source>A new attendee list was loaded</source>
        <translation>Eine neue Teilnehmerliste wurde geladen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="327"/>
        <source>Not checked: the event changed on the server</source>
        <translation>Nicht geprüft: Die Veranstaltung hat sich auf dem Server geändert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="328"/>
        <source>It was erased or replaced at another desk a moment ago; this desk is loading what the server holds now. Scan again in a moment.</source>
        <translation>Sie wurde gerade an einem anderen Tisch gelöscht oder ersetzt; dieser Tisch lädt, was der Server jetzt hat. Bitte gleich noch einmal scannen.</translation>
    </message>
</context>
<context>
    <name>DoublesNotice</name>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="208"/>
        <source>Double admissions</source>
        <translation>Doppelte Einlässe</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="227"/>
        <source>{notice} (and {count} more)</source>
        <translation>{notice} (und {count} weitere)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="244"/>
        <source>⚠ Admitted twice: {name}</source>
        <translation>⚠ Zweimal eingelassen: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/desk_status.py" line="246"/>
        <source>⚠ Admitted twice: {name} – first at {first_desk} {first_time}, again at {second_desk} {second_time}</source>
        <translation>⚠ Zweimal eingelassen: {name} – zuerst an {first_desk} um {first_time}, erneut an {second_desk} um {second_time}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../checkin/qt/widgets/empty_state.py" line="17"/>
        <source>No attendee list yet.
Import the list of this event, start a new event, or try the demo.</source>
        <translation>Noch keine Teilnehmerliste.
Importieren Sie die Liste dieser Veranstaltung, legen Sie eine neue Veranstaltung an oder probieren Sie die Demo aus.</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="40"/>
        <source>Event without a name (Event ▸ Event details…)</source>
        <translation>Veranstaltung ohne Namen (Veranstaltung ▸ Veranstaltungsdaten…)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="44"/>
        <source>No guest list yet</source>
        <translation>Noch keine Gästeliste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="54"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="55"/>
        <source>Event &amp;details…</source>
        <translation>Veranstaltungs&amp;daten …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="56"/>
        <source>E&amp;xport attendance…</source>
        <translation>Anwesenheit e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="57"/>
        <source>Organisers&apos; &amp;report…</source>
        <translation>&amp;Bericht für die Veranstalter …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="90"/>
        <source>Event details saved</source>
        <translation>Veranstaltungsdaten gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="113"/>
        <source>{path} exists already: a new event needs a new file.</source>
        <translation>{path} gibt es schon: eine neue Veranstaltung braucht eine neue Datei.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="121"/>
        <source>The new event could not be made: {reason}</source>
        <translation>Die neue Veranstaltung konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="125"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/event_actions.py" line="156"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="43"/>
        <source>Event details</source>
        <extracomment>The earliest date the picker offers; showing it means &quot;no date set&quot;. A new event needs its name: a file with no details and no guest is no event.</extracomment>
        <translation>Veranstaltungsdaten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="48"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="58"/>
        <source>Not stated (Europe/Berlin)</source>
        <translation>Nicht angegeben (Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="73"/>
        <source>Event &amp;name</source>
        <translation>&amp;Name der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="74"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="75"/>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="76"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="119"/>
        <source>Give the event a name.</source>
        <translation>Bitte der Veranstaltung einen Namen geben.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="129"/>
        <source>The server does not answer: the event was not saved. Try again once the status bar says “Online”.</source>
        <translation>Der Server antwortet nicht: Die Veranstaltung wurde nicht gespeichert. Bitte erneut versuchen, sobald die Statusleiste „Online“ zeigt.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="135"/>
        <source>The event could not be saved: {reason}</source>
        <translation>Die Veranstaltungsdaten konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="142"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Unbekannte Zeitzone „{zone}“: bitte eine aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/event_dialog.py" line="145"/>
        <source>“{date}” is not a date.</source>
        <translation>„{date}“ ist kein Datum.</translation>
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
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="108"/>
        <source>PDF to print</source>
        <translation>PDF zum Ausdrucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="113"/>
        <source>Tick the columns to export; drag them into order</source>
        <translation>Zu exportierende Spalten ankreuzen; per Ziehen sortieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="116"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="129"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="132"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="135"/>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="378"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="144"/>
        <source>C&amp;olumns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="147"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="148"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="172"/>
        <source>Guests who came</source>
        <translation>Anwesende Gäste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="173"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="174"/>
        <source>Walk-ins</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="175"/>
        <source>Cancelled guests</source>
        <translation>Stornierte Gäste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="176"/>
        <source>All guests</source>
        <translation>Alle Gäste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="177"/>
        <source>Check-in log (every scan, undo and edit)</source>
        <translation>Check-in-Protokoll (jeder Scan, jede Rücknahme und Änderung)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="178"/>
        <source>Report for the organisers (PDF)</source>
        <translation>Bericht für die Veranstalter (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="183"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="184"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="185"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="186"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="187"/>
        <source>Full name</source>
        <translation>Voller Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="188"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="189"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="190"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="191"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="192"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="193"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="194"/>
        <source>Checked in at</source>
        <translation>Eingecheckt um</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="195"/>
        <source>Desk</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="196"/>
        <source>Operator</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="270"/>
        <source>attended</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="271"/>
        <source>no-shows</source>
        <translation>Nicht-erschienen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="272"/>
        <source>walk-ins</source>
        <translation>Ohne-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="273"/>
        <source>cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="274"/>
        <source>guests</source>
        <translation>Gaeste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="275"/>
        <source>check-in-log</source>
        <translation>Check-in-Protokoll</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="276"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="283"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="284"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="285"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="287"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="301"/>
        <source>Choose a file to export to.</source>
        <translation>Bitte eine Zieldatei wählen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="307"/>
        <source>Tick at least one column.</source>
        <translation>Bitte mindestens eine Spalte ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="331"/>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="359"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="370"/>
        <source>The report is saved as {path}.</source>
        <translation>Der Bericht ist gespeichert als {path}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="371"/>
        <source>Written to {path}; rows: {rows}.</source>
        <translation>Geschrieben nach {path}; Zeilen: {rows}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/export_dialog.py" line="398"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
</context>
<context>
    <name>FilePrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="131"/>
        <source>Import attendee list</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="133"/>
        <source>Attendee lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Teilnehmerlisten (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>GuestDetails</name>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="115"/>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="44"/>
        <source>Guest details</source>
        <extracomment>What the desk needs first comes first: on a 1024×600 laptop only the top rows show without scrolling (the heading already says the name).</extracomment>
        <translation>Gastdetails</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="45"/>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="105"/>
        <source>No guest selected</source>
        <translation>Kein Gast ausgewählt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="57"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="58"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="59"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="60"/>
        <source>Category</source>
        <translation>Kategorie</translation>
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
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="64"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="65"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="75"/>
        <source>Check-in history</source>
        <translation>Check-in-Verlauf</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="95"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="112"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="113"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="116"/>
        <source>removed from list</source>
        <translation>nicht mehr auf der Liste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="119"/>
        <source> (walk-in)</source>
        <translation> (Nachmeldung am Tisch)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="123"/>
        <source>added at the desk</source>
        <translation>am Tisch nachgemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="125"/>
        <source>, line {line}</source>
        <translation>, Zeile {line}</translation>
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
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="157"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="158"/>
        <source>check-in undone</source>
        <translation>Check-in zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="159"/>
        <source>scan rejected</source>
        <translation>Scan abgewiesen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="160"/>
        <source>walk-in, checked in</source>
        <translation>ohne Anmeldung eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="161"/>
        <source>data corrected</source>
        <translation>Daten korrigiert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="162"/>
        <source>badge printed</source>
        <translation>Namensschild gedruckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="163"/>
        <source>admitted anyway</source>
        <translation>trotzdem eingelassen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/guest_details.py" line="114"/>
        <source>not paid</source>
        <translation>nicht bezahlt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="583"/>
        <source>Nothing was imported yet: this file adds {count} registrations without saying whether they await approval or payment: {names}. At the door they would be admitted like complete ones. Import the registration list with its states (Indico&apos;s CSV or Excel export) first, then this file; if every registration is complete, press “Import anyway”.</source>
        <translation>Noch wurde nichts importiert: Diese Datei fügt {count} Anmeldungen hinzu, ohne zu sagen, ob sie auf Freigabe oder Zahlung warten: {names}. Am Einlass würden sie wie abgeschlossene eingelassen. Importieren Sie zuerst die Anmeldeliste mit ihrem Status (Indicos CSV- oder Excel-Export), dann diese Datei; sind alle Anmeldungen abgeschlossen, drücken Sie „Trotzdem importieren“.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="483"/>
        <source>{unapproved} registrations await approval: the door refuses them.</source>
        <translation>{unapproved} Anmeldungen warten auf Freigabe: der Einlass weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="174"/>
        <source>Import attendee list</source>
        <extracomment>The widest a preview column (and the mapping&apos;s column of headers) grows, in pixels. Emitted after a successful import (with its report). The window&apos;s runner; on its own (a test) the dialog keeps one. What the running attempt had confirmed (for the next question). What &quot;Import anyway&quot; confirms for the next attempt: the question just shown, and those the person confirmed before it in the same run of questions.</extracomment>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="176"/>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="177"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="180"/>
        <source>Worksheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="184"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="188"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="189"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="189"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="210"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="207"/>
        <source>Add to the current list (keep guests who are not in this file)</source>
        <translation>Zur bisherigen Liste hinzufügen (Gäste behalten, die nicht in dieser Datei stehen)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="202"/>
        <source>Choose this door&apos;s list…</source>
        <translation>Liste dieses Eingangs wählen …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="215"/>
        <source>Problems per row</source>
        <translation>Probleme je Zeile</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="223"/>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="331"/>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="431"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="235"/>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="237"/>
        <source>Which column holds what:</source>
        <translation>Welche Spalte enthält was:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="271"/>
        <source>Cannot read this file: {reason}</source>
        <translation>Diese Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="308"/>
        <source>Field for column {column}</source>
        <translation>Feld für Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="323"/>
        <source>This list records check-ins at {count} check-in lists ({names}). Choose which one is this door&apos;s: only its check-ins count as entered here, the others are kept as history.</source>
        <translation>Diese Liste verzeichnet Check-ins an {count} Check-in-Listen ({names}). Wählen Sie, welche die dieses Eingangs ist: nur deren Check-ins gelten hier als eingelassen, die anderen bleiben als Verlauf erhalten.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="345"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="346"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="347"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="348"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="349"/>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="350"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="351"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="352"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="353"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="354"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="355"/>
        <source>attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="356"/>
        <source>attention note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="357"/>
        <source>checked in (yes/no)</source>
        <translation>eingecheckt (ja/nein)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="358"/>
        <source>check-in time</source>
        <translation>Check-in-Zeit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="362"/>
        <source>(ignore)</source>
        <translation>(nicht übernehmen)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="407"/>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="454"/>
        <source>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {removed} no longer on the list; {rejected} rows rejected. The list marks {cancelled} guests as cancelled.</source>
        <translation>Importiert: {inserted} neu, {updated} geändert, {unchanged} unverändert, {removed} nicht mehr auf der Liste; {rejected} Zeilen abgewiesen. Die Liste führt {cancelled} Gäste als storniert.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="468"/>
        <source>1 registration is not paid: the door refuses it.</source>
        <translation>1 Anmeldung ist nicht bezahlt: der Einlass weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="480"/>
        <source>1 registration awaits approval: the door refuses it.</source>
        <translation>1 Anmeldung wartet auf Freigabe: der Einlass weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="501"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="503"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="503"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="505"/>
        <source>Line {line} ({severity}): {detail}</source>
        <translation>Zeile {line} ({severity}): {detail}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="509"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="517"/>
        <source>Rows matched: {parts}.</source>
        <translation>Zugeordnete Zeilen: {parts}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="522"/>
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="523"/>
        <source>{n} by the same code</source>
        <translation>{n} über denselben Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="524"/>
        <source>{n} by name within a shared code</source>
        <translation>{n} über den Namen innerhalb eines gemeinsamen Codes</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="525"/>
        <source>{n} by the code in other case</source>
        <translation>{n} über den Code in anderer Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="526"/>
        <source>{n} re-issued tickets (same person)</source>
        <translation>{n} neu ausgestellte Tickets (dieselbe Person)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="527"/>
        <source>{n} codes moved with their person</source>
        <translation>{n} Codes mit ihrer Person gewechselt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="528"/>
        <source>{n} tickets passed on</source>
        <translation>{n} weitergegebene Tickets</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="530"/>
        <source>{n} tickets passed on from a guest who came (added beside them)</source>
        <translation>{n} Tickets von bereits eingecheckten Gästen weitergegeben (zusätzlich angelegt)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="532"/>
        <source>{n} without code by e-mail</source>
        <translation>{n} ohne Code über die E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="533"/>
        <source>{n} without code by name</source>
        <translation>{n} ohne Code über den Namen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="534"/>
        <source>{n} by a name the desk corrected</source>
        <translation>{n} über einen am Tisch korrigierten Namen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="535"/>
        <source>{n} by name, company changed</source>
        <translation>{n} über den Namen, Firma geändert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="536"/>
        <source>{n} by name, name columns swapped</source>
        <translation>{n} über den Namen, Namensspalten vertauscht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="537"/>
        <source>{n} by name, first name corrected</source>
        <translation>{n} über den Namen, Vorname korrigiert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="545"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="560"/>
        <source>Import failed: {reason}</source>
        <translation>Import fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="555"/>
        <source>Import stopped after {done} of {total} guests were written: {reason} Import the same file again to complete it.</source>
        <translation>Import nach {done} von {total} geschriebenen Gästen angehalten: {reason} Dieselbe Datei erneut importieren, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="575"/>
        <source>Nothing was imported yet: this file looks cut off at line {line} (“{excerpt}”). It ends inside a row, as an interrupted download or a full USB stick leaves a file, and the guests after the cut would be taken off the list. Get the complete file; if this file is complete after all, press “Import anyway”.</source>
        <translation>Noch wurde nichts importiert: Diese Datei scheint in Zeile {line} abgeschnitten („{excerpt}“). Sie endet mitten in einer Zeile, wie es ein abgebrochener Download oder ein voller USB-Stick hinterlässt, und die Gäste nach dem Schnitt würden von der Liste genommen. Besorgen Sie die vollständige Datei; ist diese Datei doch vollständig, drücken Sie „Trotzdem importieren“.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="591"/>
        <source>Nothing was imported yet: this list no longer names {count} guests who already came or have a badge: {names}. They would be refused at the door from now on. If the file only adds late registrations, tick “Add to the current list”. If these guests really are no longer invited, press “Import anyway”.</source>
        <translation>Noch wurde nichts importiert: Diese Liste nennt {count} Gäste nicht mehr, die schon da waren oder ein Namensschild haben: {names}. Sie würden ab jetzt am Einlass abgewiesen. Enthält die Datei nur Nachmeldungen, setzen Sie das Häkchen bei „Zur bisherigen Liste hinzufügen“. Sind diese Gäste wirklich nicht mehr eingeladen, drücken Sie „Trotzdem importieren“.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="599"/>
        <source>Nothing was imported yet: this list would mark {removed} of the {stored} guests already imported as no longer on the list. If the file only adds late registrations, tick “Add to the current list”. If it is the complete new list, press “Import anyway”.</source>
        <translation>Noch wurde nichts importiert: Diese Liste würde {removed} der {stored} bereits importierten Gäste als „nicht mehr auf der Liste“ markieren. Enthält die Datei nur Nachmeldungen, setzen Sie das Häkchen bei „Zur bisherigen Liste hinzufügen“. Ist sie die vollständige neue Liste, drücken Sie „Trotzdem importieren“.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="606"/>
        <source>It would also give the codes of {count} guests to other people.</source>
        <translation>Außerdem würden die Codes von {count} Gästen an andere Personen gehen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="610"/>
        <source>Among them are guests who already came or have a badge: {names}.</source>
        <translation>Darunter sind Gäste, die schon da waren oder ein Namensschild haben: {names}.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="617"/>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="569"/>
        <source>Import &amp;anyway</source>
        <translation>&amp;Trotzdem importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="195"/>
        <source>Check-ins of this door are those at the list:</source>
        <translation>Check-ins dieses Eingangs sind die der Liste:</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="197"/>
        <source>Check-in list of this door</source>
        <translation>Check-in-Liste dieses Eingangs</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="317"/>
        <source>Format: {format}</source>
        <translation>Format: {format}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="319"/>
        <source>Sheet read: {sheet}</source>
        <translation>Gelesenes Blatt: {sheet}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="359"/>
        <source>paid (yes/no)</source>
        <translation>bezahlt (ja/nein)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="360"/>
        <source>check-in lists used</source>
        <translation>genutzte Check-in-Listen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="361"/>
        <source>order code</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="471"/>
        <source>{unpaid} registrations are not paid: the door refuses them.</source>
        <translation>{unpaid} Anmeldungen sind nicht bezahlt: der Einlass weist sie ab.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/import_dialog.py" line="491"/>
        <source>Check-ins at the list {name} are this door&apos;s.</source>
        <translation>Check-ins der Liste {name} gelten für diesen Eingang.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/qt/app.py" line="236"/>
        <source>ready in %1 s</source>
        <extracomment>How long the start-up time stays in the status bar before the desk and operator are back in its place (a message covers the status bar&apos;s left part while it is shown).</extracomment>
        <translation>bereit in %1 s</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="212"/>
        <source>&amp;Search guest</source>
        <extracomment>Search results shown at most (the table stays responsive; refine the query for more). Details follow the selection after this pause (ms), so fast typing never waits for them. Background work waits this long after each key in the scan field (s). The same code again from the same scanner within this many seconds is it firing twice. Sources whose repeats `core.sightings` (a camera: one scan per showing) or a person (a picture pasted again) decide already: no double-fire rule on top. Refusals a person at the desk may overrule (Ctrl+Shift+Return). The operator asked for the demo event / a language switch; the app rebuilds the window. The organiser confirmed erasing this event&apos;s data; the app wipes the file. The organiser made a new event (its Store, details saved); the app switches to it. A verdict was shown (for tests, screenshots and the benchmark). The full guest list is in the table (shortly after start-up). A repeat of the previous code within the double-fire window, ignored. The desk found its event erased or replaced on the server (the DeskState): the app builds the window again on what the desk holds now (its workers&apos; copies too). The verdict that refused a guest a person may admit anyway, and the banner&apos;s count when it was shown (see refused_guest). The one way this window runs work off the GUI thread (imports, counts, prints, exports); what they change comes back through `apply_changes`. This desk&apos;s badge printer (printer, stock and layout from its QSettings). Seconds for the double-fire window (tests and the benchmark replace it). The last code and its time, per source: a camera&apos;s read never makes the scanner&apos;s repeat a new scan, nor the other way round.</extracomment>
        <translation>Gast &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="214"/>
        <source>&amp;Check in selected guest</source>
        <translation>Ausgewählten Gast &amp;einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="220"/>
        <source>&amp;Admit the refused guest anyway (not paid or not approved)</source>
        <translation>Abgewiesenen Gast trotzdem &amp;einlassen (nicht bezahlt oder nicht freigegeben)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="224"/>
        <source>&amp;Undo last check-in</source>
        <translation>Letzten Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="226"/>
        <source>Undo check-in of selected guest</source>
        <translation>Check-in des ausgewählten Gastes zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="228"/>
        <source>&amp;Edit guest…</source>
        <translation>Gast &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="230"/>
        <source>&amp;Walk-in guest…</source>
        <translation>Gast &amp;ohne Anmeldung …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="232"/>
        <source>&amp;Print badge</source>
        <translation>&amp;Namensschild drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="234"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="236"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="237"/>
        <source>Print badge</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="239"/>
        <source>Print &amp;badges…</source>
        <translation>&amp;Mehrere Namensschilder drucken …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="241"/>
        <source>Badge p&amp;rinter…</source>
        <translation>D&amp;rucker für Namensschilder …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="243"/>
        <source>&amp;Import attendee list…</source>
        <translation>Teilnehmerliste &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="245"/>
        <source>Open &amp;demo event</source>
        <translation>&amp;Demo-Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="246"/>
        <source>&amp;Erase event data…</source>
        <translation>Veranstaltungsdaten &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="247"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="248"/>
        <source>&amp;Mute sounds</source>
        <translation>Töne &amp;stumm</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="254"/>
        <location filename="../../checkin/qt/main_window.py" line="370"/>
        <source>&amp;Desk</source>
        <translation>&amp;Tisch</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="256"/>
        <source>Das&amp;hboard</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="272"/>
        <source>Scan a code or type it and press Enter; type a name to search (F2)</source>
        <translation>Code scannen oder eintippen und Enter drücken; zum Suchen einen Namen tippen (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="281"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="329"/>
        <source>Desk</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="333"/>
        <location filename="../../checkin/qt/main_window.py" line="575"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="344"/>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="355"/>
        <source>&amp;Guest</source>
        <translation>&amp;Gast</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="362"/>
        <source>&amp;Badges</source>
        <translation>&amp;Namensschilder</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="364"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="387"/>
        <source>Same code twice: ignored</source>
        <translation>Derselbe Code zweimal: ignoriert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="486"/>
        <source>no operator set</source>
        <extracomment>A scan takes the desk&apos;s write turn (an import&apos;s part, on an event file). At a desk on a server it does not: a part there is the server&apos;s round trips and the worker&apos;s own replica commit, and the scan&apos;s deadline runs from its arrival.</extracomment>
        <translation>kein Name eingestellt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="488"/>
        <source>{desk} · {operator}</source>
        <translation>{desk} · {operator}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="624"/>
        <source>A code was scanned: the open question is asked again after it</source>
        <translation>Ein Code wurde gescannt: die offene Frage wird danach erneut gestellt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="688"/>
        <source>Database problem: nothing was saved</source>
        <translation>Datenbankproblem: nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="689"/>
        <source>Call the organiser. Details are in the status bar.</source>
        <translation>Bitte das Organisationsteam rufen. Details stehen in der Statusleiste.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="701"/>
        <source>Not possible offline: this needs the server</source>
        <translation>Offline nicht möglich: Dafür braucht es den Server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="703"/>
        <source>Nothing was changed. Scanning goes on; try again once the status bar says “Online”.</source>
        <translation>Nichts wurde geändert. Scannen geht weiter; bitte erneut versuchen, sobald die Statusleiste „Online“ zeigt.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="709"/>
        <source>The server does not answer: nothing was changed. Try again when online.</source>
        <translation>Der Server antwortet nicht: Nichts wurde geändert. Bitte erneut versuchen, sobald wieder online.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="878"/>
        <source>No refused guest to admit: scan the ticket again first</source>
        <translation>Kein abgewiesener Gast zum Einlassen: zuerst das Ticket erneut scannen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="908"/>
        <source>Nothing to undo</source>
        <translation>Nichts zurückzunehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="235"/>
        <location filename="../../checkin/qt/main_window.py" line="914"/>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="915"/>
        <source>Undo the check-in of {name}?</source>
        <translation>Check-in von {name} zurücknehmen?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="926"/>
        <source>Check-in undone</source>
        <translation>Check-in zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="981"/>
        <source>Correction saved at this desk: the server does not answer. It is sent once the server answers again.</source>
        <translation>Korrektur an diesem Tisch gespeichert: Der Server antwortet nicht. Sie wird übertragen, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1056"/>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1081"/>
        <source>Erase every guest, check-in and log entry of this event on the server? Every desk sharing it erases its copy too, and check-ins not yet sent from a desk are dropped. This cannot be undone. Export what you need first.</source>
        <translation>Alle Gäste, Check-ins und Protokolleinträge dieser Veranstaltung auf dem Server löschen? Jeder Tisch, der sie teilt, löscht auch seine Kopie; noch nicht übertragene Check-ins eines Tisches werden verworfen. Das lässt sich nicht rückgängig machen. Exportieren Sie vorher, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1091"/>
        <source>Erase event data</source>
        <translation>Veranstaltungsdaten löschen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1087"/>
        <source>Erase every guest, check-in and log entry of this event from this computer? This cannot be undone. Export what you need first.</source>
        <translation>Alle Gäste, Check-ins und Protokolleinträge dieser Veranstaltung von diesem Rechner löschen? Das lässt sich nicht rückgängig machen. Exportieren Sie vorher, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="1011"/>
        <source>Enter the guest&apos;s name first: no badge prints without one.</source>
        <translation>Erst den Namen des Gastes eintragen: ohne Namen druckt kein Badge.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/main_window.py" line="251"/>
        <source>&amp;Full-screen verdicts</source>
        <translation>&amp;Ergebnis im Vollbild</translation>
    </message>
</context>
<context>
    <name>NamesakeQuestion</name>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="34"/>
        <source>Already on the list?</source>
        <extracomment>The answer &quot;add a new walk-in anyway&quot;. Each answer button&apos;s index into the answers (a Python wrapper is no key: the button a key pressed came back as another wrapper, and the answer read as &quot;cancel&quot;).</extracomment>
        <translation>Schon auf der Liste?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="36"/>
        <source>{name} is on the guest list and has not arrived yet. Is this the registered guest?</source>
        <translation>{name} steht auf der Gästeliste und ist noch nicht eingecheckt. Ist das dieser angemeldete Gast?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="46"/>
        <source>Check in {guest}</source>
        <translation>{guest} einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/namesake.py" line="54"/>
        <source>Add as a new walk-in</source>
        <translation>Als neuen Gast ohne Anmeldung aufnehmen</translation>
    </message>
</context>
<context>
    <name>NewEventPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="117"/>
        <source>New event: where to keep it</source>
        <translation>Neue Veranstaltung: wo sie gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="119"/>
        <source>Event files (*.sqlite3);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../checkin/qt/messages.py" line="135"/>
        <source>The disk is full. Free some space and try again; nothing already saved is lost.</source>
        <translation>Der Datenträger ist voll. Bitte Platz schaffen und erneut versuchen; bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="140"/>
        <source>The file or folder may not be written (read-only or no permission). Choose another place or check the permissions.</source>
        <translation>Die Datei oder der Ordner darf nicht beschrieben werden (schreibgeschützt oder keine Berechtigung). Bitte einen anderen Ort wählen oder die Berechtigungen prüfen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="146"/>
        <source>The event database is busy (another program is writing). Try again.</source>
        <translation>Die Veranstaltungsdatenbank ist belegt (ein anderes Programm schreibt gerade). Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="150"/>
        <source>This needs the server, which does not answer: nothing was changed. Scanning goes on; try again once the status bar says “Online”.</source>
        <translation>Dafür braucht es den Server, und er antwortet nicht: Nichts wurde geändert. Scannen geht weiter; bitte erneut versuchen, sobald die Statusleiste „Online“ zeigt.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="156"/>
        <source>The event database failed; what was not yet saved was not changed. Call the organiser if it happens again.</source>
        <translation>Die Veranstaltungsdatenbank hat einen Fehler gemeldet; noch nicht Gespeichertes wurde nicht geändert. Bitte die Veranstaltungsleitung rufen, wenn es wieder passiert.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="165"/>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>Den Ordner {folder} gibt es nicht; bitte einen vorhandenen Ordner wählen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="169"/>
        <source>The badge layout or paper cannot be used: {reason}</source>
        <translation>Das Namensschild-Layout oder das Papier ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="173"/>
        <source>The file could not be used: {reason}</source>
        <translation>Die Datei konnte nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="177"/>
        <source>Something went wrong ({error}); nothing more was changed. The details are in the log.</source>
        <translation>Etwas ist schiefgegangen ({error}); weiter wurde nichts geändert. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="78"/>
        <source>Organiser PIN</source>
        <translation>Organisations-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="80"/>
        <source>This action is for organisers. Enter the PIN:</source>
        <translation>Diese Aktion ist dem Organisationsteam vorbehalten. PIN eingeben:</translation>
    </message>
</context>
<context>
    <name>PrintCheck</name>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="40"/>
        <source>“{text}” would be cut off</source>
        <translation>„{text}“ würde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="48"/>
        <source>“{chars}” cannot be printed</source>
        <translation>„{chars}“ kann nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="44"/>
        <source>only “{text}” fits, the rest is left out</source>
        <translation>nur „{text}“ passt, der Rest fehlt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="51"/>
        <source>the text would be too small to read ({size} pt)</source>
        <translation>die Schrift wäre zu klein zum Lesen ({size} pt)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="66"/>
        <source>Check the badge</source>
        <translation>Namensschild prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/print_check.py" line="67"/>
        <source>On the badge of {name}:
{problems}

Print it anyway? (Edit guest, Ctrl+E, corrects the name.)</source>
        <translation>Auf dem Namensschild von {name}:
{problems}

Trotzdem drucken? (Gast bearbeiten, Strg+E, korrigiert den Namen.)</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="72"/>
        <source>Made for this event, else built-in</source>
        <translation>Für diese Veranstaltung gemacht, sonst eingebaut</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="55"/>
        <source>Badge printing</source>
        <translation>Namensschilddruck</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="57"/>
        <source>No printer (export PDF only)</source>
        <translation>Kein Drucker (nur PDF-Export)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="62"/>
        <source>{name} (not available)</source>
        <translation>{name} (nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="78"/>
        <source>Print calibration page</source>
        <translation>Kalibrierseite drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="84"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="85"/>
        <source>Paper / labels</source>
        <translation>Papier / Etiketten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="86"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="90"/>
        <source>Offset right / down (mm)</source>
        <translation>Versatz rechts / unten (mm)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/badge_dialogs.py" line="124"/>
        <source>Choose a printer first.</source>
        <translation>Bitte zuerst einen Drucker wählen.</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="57"/>
        <source>Scan field</source>
        <extracomment>Typed letters switch to search mode from this many characters on (&quot;mue&quot; may be a code). Ctrl+key combinations the field keeps for editing; every other one is a window shortcut. A code typed by hand and submitted with Enter or Tab. Search mode: the query changed / Enter / arrow (+1 down, -1 up) / Esc.</extracomment>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="92"/>
        <source>Search: name, company or e-mail  (↑↓ choose, Enter check in, Esc back)</source>
        <translation>Suche: Name, Firma oder E-Mail  (↑↓ wählen, Enter einchecken, Esc zurück)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/scan_field.py" line="95"/>
        <source>Scan a code, or type a name to search (F2)</source>
        <translation>Code scannen oder Namen zum Suchen tippen (F2)</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="98"/>
        <source>Server password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/questions.py" line="99"/>
        <source>The server {address} asks for a password:</source>
        <translation>Der Server {address} verlangt ein Passwort:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="31"/>
        <source>Desk settings</source>
        <translation>Tisch-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="35"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="39"/>
        <source>Play a sound for every verdict</source>
        <translation>Bei jedem Ergebnis einen Ton abspielen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="43"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="47"/>
        <source>Print the badge on every check-in</source>
        <translation>Namensschild bei jedem Check-in drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="52"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="52"/>
        <source>no PIN: organiser actions open</source>
        <translation>keine PIN: Organisationsaktionen frei</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="54"/>
        <source>Remove the PIN lock</source>
        <translation>PIN-Sperre entfernen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="59"/>
        <source>&amp;Desk name</source>
        <translation>&amp;Tischname</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="60"/>
        <source>&amp;Operator</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="61"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="63"/>
        <source>&amp;Verdict shown for</source>
        <translation>&amp;Ergebnis anzeigen für</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="66"/>
        <source>Organiser &amp;PIN</source>
        <translation>Organisations-&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/dialogs/settings_dialog.py" line="45"/>
        <source>Show every verdict on the whole screen</source>
        <translation>Jedes Ergebnis auf dem ganzen Bildschirm zeigen</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="130"/>
        <source>{name}: the registration awaits the organiser&apos;s approval; a person may admit anyway</source>
        <translation>{name}: die Anmeldung wartet auf die Freigabe durch den Veranstalter; eine Person kann trotzdem einlassen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="129"/>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="46"/>
        <source>imported list</source>
        <extracomment>A glyph that carries the meaning without colour (✓, !, ✗). The code as it was read and the time of the scan: every scan reads differently, so staff see that the second of two unknown codes registered.</extracomment>
        <translation>importierte Liste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="54"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="55"/>
        <source>Scan a code or type a name</source>
        <translation>Code scannen oder Namen tippen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="142"/>
        <source>Welcome, {name}</source>
        <translation>Willkommen, {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="154"/>
        <source>Already checked in according to the imported list ({time})</source>
        <translation>Laut importierter Liste bereits eingecheckt ({time})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="160"/>
        <source>Already checked in at {time}, {desk} ({operator})</source>
        <translation>Bereits eingecheckt um {time} an {desk} ({operator})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="164"/>
        <source>Already checked in at {time}, {desk}</source>
        <translation>Bereits eingecheckt um {time}, {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="167"/>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="175"/>
        <source>Not on the list any more</source>
        <translation>Nicht mehr auf der Liste</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="176"/>
        <source>{name} was removed from the attendee list: ask the organiser</source>
        <translation>{name} wurde von der Gästeliste gestrichen: bitte die Organisation fragen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="183"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="184"/>
        <source>{name}: registration cancelled</source>
        <translation>{name}: Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="203"/>
        <source>Code belongs to several people</source>
        <translation>Code gehört zu mehreren Personen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="204"/>
        <source>Choose the guest in the list below and press Enter</source>
        <translation>Gast in der Liste unten wählen und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="213"/>
        <source>Typo? Check the code</source>
        <translation>Tippfehler? Code prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="214"/>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="221"/>
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="222"/>
        <source>Search the guest by name (F2)</source>
        <translation>Gast über den Namen suchen (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="227"/>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="228"/>
        <source>Scan again or search by name (F2)</source>
        <translation>Erneut scannen oder über den Namen suchen (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="107"/>
        <source>Admitted – name missing</source>
        <translation>Eingelassen – Name fehlt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="92"/>
        <source>⚡ offline – sent once the server answers</source>
        <translation>⚡ offline – wird übertragen, sobald der Server antwortet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="108"/>
        <source>Ask the guest&apos;s name and enter it before the badge prints</source>
        <translation>Namen erfragen und eintragen, bevor das Badge gedruckt wird</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="118"/>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="119"/>
        <source>{name}: the registration is not paid; a person may admit anyway</source>
        <translation>{name}: die Anmeldung ist nicht bezahlt; eine Person kann trotzdem einlassen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="192"/>
        <source>Order {order}: {count} tickets</source>
        <translation>Bestellung {order}: {count} Tickets</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="195"/>
        <source>An order code is no ticket: choose the guest below and press Enter</source>
        <translation>Eine Bestellnummer ist kein Ticket: Gast unten wählen und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/verdict_text.py" line="83"/>
        <source>Read: {code} · {time}</source>
        <extracomment>Longer inputs (a whole ticket URL) are shown shortened in the middle.</extracomment>
        <translation>Gelesen: {code} · {time}</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="58"/>
        <source>Verdict</source>
        <extracomment>tone -&gt; (background, text) The flash of a new verdict: a light tint of its colour easing into it. The banner&apos;s height on its own; in the desk window `window_fit.DeskFit` sets it. (label, points, bold) of the banner&apos;s words at full size. Sizes tried, largest first, until the words fit the banner&apos;s fixed height. Emitted once the banner is back in its neutral state.</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="69"/>
        <source>Attention note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_banner.py" line="73"/>
        <source>Code read and time of the scan</source>
        <translation>Gelesener Code und Zeit des Scans</translation>
    </message>
</context>
<context>
    <name>VerdictScreen</name>
    <message>
        <location filename="../../checkin/qt/widgets/verdict_screen.py" line="38"/>
        <source>Verdict</source>
        <extracomment>Label -&gt; share of the screen height its font is given (pixels), and bold. The operator clicked it away.</extracomment>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>WindowFit</name>
    <message>
        <location filename="../../checkin/qt/window_fit.py" line="74"/>
        <source>&amp;Full screen</source>
        <extracomment>The size the desk would like (the banner at full height, a long list). Room a window manager&apos;s title bar and frame take (before the window is shown). Smallest window the desk still works in (1024×600 minus a panel and a title bar).</extracomment>
        <translation>&amp;Vollbild</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../checkin/qt/printing.py" line="325"/>
        <source>No badge printer chosen for this desk (Badges &gt; Printer settings)</source>
        <extracomment>Rendering resolution when Qt (not CUPS) drives the printer. Value of BadgeSettings.printer meaning &quot;no printer, export PDF only&quot;. A layout name or file; &quot;&quot; picks the one made for the event, else the built-in one. For sheets: correct a printer&apos;s drift (mm, right/down). ReportLab&apos;s font registry and subsetting are not thread-safe: one render at a time, whichever runner (the window&apos;s, a test&apos;s) started it. Guests whose badges were rendered (and, with a printer, spooled). The printer the work was sent to (&quot;&quot; for a PDF only). The PDF file the badges were saved to (None: not saved). PrintOutcome of a single badge (ok, or why not: spool.error / no_badge). A single badge could not be made at all (layout, paper, renderer): the attendee and the OperationError; after the window-wide error message, so the words name the guest. Where badges go when the desk has no printer (tests set a temporary folder).</extracomment>
        <translation>Für diesen Tisch ist kein Namensschilddrucker gewählt (Namensschilder &gt; Drucker)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/printing.py" line="329"/>
        <source>Saving badge for {name} as PDF…</source>
        <translation>Namensschild für {name} wird als PDF gespeichert …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/printing.py" line="334"/>
        <source>Printing badge for {name}…</source>
        <translation>Drucke Namensschild für {name} …</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="191"/>
        <source>Badge already printed at {time} ({desk})</source>
        <translation>Namensschild bereits gedruckt um {time} ({desk})</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="198"/>
        <source>Sent to {printer}</source>
        <translation>An {printer} gesendet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="202"/>
        <source>No print system found; export the badge as PDF instead.</source>
        <translation>Kein Drucksystem gefunden; Namensschild stattdessen als PDF exportieren.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="205"/>
        <source>Printer {printer} not found: is it switched on and connected?</source>
        <translation>Drucker {printer} nicht gefunden: ist er eingeschaltet und angeschlossen?</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="208"/>
        <source>Printer {printer} is paused or has a problem (paper? ribbon?).</source>
        <translation>Drucker {printer} ist angehalten oder hat ein Problem (Papier? Farbband?).</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="211"/>
        <source>Printer {printer} does not accept jobs right now.</source>
        <translation>Drucker {printer} nimmt gerade keine Aufträge an.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="214"/>
        <source>Printing on {printer} failed.</source>
        <translation>Druck auf {printer} fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="215"/>
        <source>The print system did not answer; try again.</source>
        <translation>Das Drucksystem antwortet nicht; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="221"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="230"/>
        <source>No badge for this category.</source>
        <translation>Kein Namensschild für diese Kategorie.</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="232"/>
        <source>Badge for {name} saved as PDF: {path}</source>
        <translation>Namensschild für {name} als PDF gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="236"/>
        <source>Badge for {name} printed to {printer}</source>
        <translation>Namensschild für {name} gedruckt auf {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/messages.py" line="244"/>
        <source>Badge for {name} failed: {why}</source>
        <translation>Namensschild für {name} fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="31"/>
        <source>ADMITTED</source>
        <extracomment>Each key names one sentence the CLI says; the value is its English source text.</extracomment>
        <translation>EINGELASSEN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="32"/>
        <source>ALREADY CHECKED IN</source>
        <translation>BEREITS EINGECHECKT</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="33"/>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="34"/>
        <source>CANCELLED</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="35"/>
        <source>AMBIGUOUS</source>
        <translation>MEHRDEUTIG</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="36"/>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="37"/>
        <source>NOT PAID</source>
        <translation>NICHT BEZAHLT</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="38"/>
        <source>NOT APPROVED</source>
        <translation>NICHT FREIGEGEBEN</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="39"/>
        <source> (NAME MISSING: ask the guest&apos;s name before a badge prints)</source>
        <translation> (NAME FEHLT: Namen erfragen, bevor ein Namensschild gedruckt wird)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="42"/>
        <source>  first at {time}, desk {desk}</source>
        <translation>  zuerst um {time}, Tisch {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="43"/>
        <source>  tickets of order {order}: </source>
        <translation>  Tickets der Bestellung {order}: </translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="44"/>
        <source>  holders: </source>
        <translation>  Inhaber: </translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="45"/>
        <source>  (typo? check the code)</source>
        <translation>  (Tippfehler? Code prüfen)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="46"/>
        <source>  (offline: decided by this desk, uploaded when the server answers)</source>
        <translation>  (offline: von diesem Tisch entschieden, wird übertragen, sobald der Server antwortet)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="49"/>
        <source>ERROR  {error}</source>
        <translation>FEHLER  {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="50"/>
        <source>{name}: no code found in the picture</source>
        <translation>{name}: kein Code im Bild gefunden</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="51"/>
        <source>{name}: 1 code in the picture</source>
        <translation>{name}: 1 Code im Bild</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="52"/>
        <source>{name}: {count} codes in the picture</source>
        <translation>{name}: {count} Codes im Bild</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="54"/>
        <source>a single-desk event file: nothing to sync</source>
        <translation>eine Veranstaltungsdatei für einen Tisch: nichts abzugleichen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="55"/>
        <source>online ({server}); {waiting}</source>
        <translation>online ({server}); {waiting}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="56"/>
        <source>offline since {time} ({server}); {waiting} for the server</source>
        <translation>offline seit {time} ({server}); {waiting} auf den Server</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="59"/>
        <source>1 check-in waiting</source>
        <translation>1 Check-in wartet</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="60"/>
        <source>{count} check-ins waiting</source>
        <translation>{count} Check-ins warten</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="61"/>
        <source> (and 1 other record)</source>
        <translation> (und 1 weiterer Eintrag)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="62"/>
        <source> (and {count} other records)</source>
        <translation> (und {count} weitere Einträge)</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="63"/>
        <source>uploaded {uploaded} events ({doubles} double admissions reported), pulled {pulled}; {waiting}</source>
        <translation>{uploaded} Ereignisse übertragen ({doubles} doppelte Einlässe gemeldet), {pulled} geholt; {waiting}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="69"/>
        <source>no event here: it was erased at another desk ({server}); import a list to begin a new one</source>
        <translation>keine Veranstaltung hier: Sie wurde an einem anderen Tisch gelöscht ({server}); für eine neue eine Liste importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="73"/>
        <source>no event here: it was erased at this desk ({server}); import a list to begin a new one</source>
        <translation>keine Veranstaltung hier: Sie wurde an diesem Tisch gelöscht ({server}); für eine neue eine Liste importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="77"/>
        <source>the event was replaced by a new list ({server}); this desk is downloading it</source>
        <translation>die Veranstaltung wurde durch eine neue Liste ersetzt ({server}); dieser Tisch lädt sie</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="80"/>
        <source>online ({server}): the event was replaced by a new list, which this desk loaded</source>
        <translation>online ({server}): Die Veranstaltung wurde durch eine neue Liste ersetzt, die dieser Tisch geladen hat</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="83"/>
        <source>; {count} check-ins and {others} other records of the erased event made here offline were dropped with it</source>
        <translation>; {count} Check-ins und {others} weitere Einträge der gelöschten Veranstaltung, die hier offline gemacht wurden, sind mit ihr verworfen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="89"/>
        <source>Erase every attendee and check-in in {target}? Type &apos;{word}&apos;: </source>
        <translation>Alle Gäste und Check-ins in {target} löschen? Zum Bestätigen &apos;{word}&apos; tippen: </translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="92"/>
        <source>erase</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="93"/>
        <source>not erased</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="94"/>
        <source>erased {count} file(s): {files}</source>
        <translation>{count} Datei(en) gelöscht: {files}</translation>
    </message>
    <message>
        <location filename="../../checkin/qt/cli_words.py" line="95"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
</TS>
