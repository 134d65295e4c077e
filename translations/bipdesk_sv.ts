<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Activities</name>
    <message>
        <location filename="../bipdesk/ui/activity_labels.py" line="+18"/>
        <source>Work training</source>
        <translation>Arbetsträning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job coaching</source>
        <translation>Jobbcoachning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidised employment</source>
        <translation>Subventionerad anställning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills course</source>
        <translation>Kompetenshöjande insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health promotion</source>
        <translation>Hälsofrämjande insats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counselling</source>
        <translation>Samtalsstöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing support</source>
        <translation>Boendestöd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social activity</source>
        <translation>Social aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job focus</source>
        <translation>Jobbfokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Kompetens</translation>
    </message>
</context>
<context>
    <name>ActivitiesSection</name>
    <message>
        <location filename="../bipdesk/ui/activities_section.py" line="+64"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add activity…</source>
        <translation>Lägg till aktivitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit activity</source>
        <translation>Redigera aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End activity</source>
        <translation>Avsluta aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the end date of an ongoing activity</source>
        <translation>Ange slutdatum för en pågående aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+247"/>
        <source>Remove activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Activities of the participant</source>
        <translation>Deltagarens aktiviteter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No activities yet. Press Add activity to record what the participant takes part in: work training, courses, health or social support.</source>
        <translation>Inga aktiviteter ännu. Tryck på Lägg till aktivitet för att registrera vad deltagaren är med i: arbetsträning, kurser, hälsa eller socialt stöd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activities per area since the start</source>
        <translation>Aktiviteter per område sedan start</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The activity was added.</source>
        <translation>Aktiviteten lades till.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The activity was saved.</source>
        <translation>Aktiviteten sparades.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The activity was not changed</source>
        <translation>Aktiviteten ändrades inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{activity} ended {date}.</source>
        <translation>{activity} avslutades {date}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove {activity}, started {date}? It is removed for good.</source>
        <translation>Ta bort {activity}, startad {date}? Den tas bort för gott.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The activity was not removed</source>
        <translation>Aktiviteten togs inte bort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{activity} was removed.</source>
        <translation>{activity} togs bort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The activity was not saved</source>
        <translation>Aktiviteten sparades inte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The participant already has {activity} starting {date}; change the date or edit that activity.</source>
        <translation>Deltagaren har redan {activity} med start {date}; ändra datumet eller redigera den aktiviteten.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../bipdesk/ui/activity_dialog.py" line="+62"/>
        <location line="+74"/>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Edit activity</source>
        <translation>Redigera aktivitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity type</source>
        <translation>Typ av aktivitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an area…</source>
        <translation>Välj ett område…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follows the type; chosen only for Other.</source>
        <translation>Följer typen; väljs bara för Annan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ongoing</source>
        <translation>På&amp;går</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity has no end date yet.</source>
        <translation>Aktiviteten har inget slutdatum ännu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, planned or done, e.g. {example}</source>
        <translation>Totalt, planerat eller gjort, t.ex. {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; stays on this computer</source>
        <translation>Valfritt; stannar på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text for you; it is never exported or printed on the sheet.</source>
        <translation>Fritext för dig; den exporteras aldrig och skrivs inte ut på bladet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No branch</source>
        <translation>Ingen bransch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SNI 2007 section of the workplace, for work training and internships.</source>
        <translation>Arbetsplatsens avdelning i SNI 2007, för arbetsträning och praktik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start date:</source>
        <translation>St&amp;artdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>&amp;Slutdatum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hours:</source>
        <translation>T&amp;immar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Bransch:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant started:</source>
        <translation>Deltagaren började:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose the area of an activity of the type Other.</source>
        <translation>Välj område för en aktivitet av typen Annan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date cannot be before the start date, {date}.</source>
        <translation>Slutdatumet kan inte vara före startdatumet, {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours: &apos;{text}&apos; is not a number of hours; write e.g. {example}.</source>
        <translation>Timmar: ”{text}” är inget antal timmar; skriv t.ex. {example}.</translation>
    </message>
</context>
<context>
    <name>BackgroundForm</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/background.py" line="+110"/>
        <source>Participant code</source>
        <translation>Deltagarkod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. P-0042</source>
        <translation>t.ex. P-0042</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referrer</source>
        <translation>Remittent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Arbetsförmedlingen</source>
        <translation>t.ex. Arbetsförmedlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit reason</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>K&amp;ön:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Födelseår:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referrer:</source>
        <translation>&amp;Remittent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oordinator:</source>
        <translation>Koor&amp;dinator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart date:</source>
        <translation>S&amp;tartdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date:</source>
        <translation>Slutdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit reason:</source>
        <translation>Avslutsorsak:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+51"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Save participant</source>
        <translation>Spara deltagaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Ångra ändringarna</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Still taking part</source>
        <translation>Deltar fortfarande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter a code for the participant.</source>
        <translation>Skriv en kod för deltagaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code can be at most {count} characters long.</source>
        <translation>Koden får vara högst {count} tecken lång.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another participant already has the code {code}.</source>
        <translation>En annan deltagare har redan koden {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth year must be between {first} and {last}.</source>
        <translation>Födelseåret måste vara mellan {first} och {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the birth year with four digits, or leave it empty when it is not known.</source>
        <translation>Skriv födelseåret med fyra siffror, eller lämna fältet tomt om det inte är känt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start date is after the end of the participation.</source>
        <translation>Startdatumet ligger efter deltagandets slut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ended participation needs an exit reason.</source>
        <translation>Ett avslutat deltagande behöver en avslutsorsak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exit reason needs an end date.</source>
        <translation>En avslutsorsak behöver ett slutdatum.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The participant was not saved</source>
        <translation>Deltagaren sparades inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant {code} saved.</source>
        <translation>Deltagare {code} sparad.</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <location filename="../bipdesk/ui/operations.py" line="+76"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIP Desk</source>
        <translation>BIP Desk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../bipdesk/ui/backups_dialog.py" line="+63"/>
        <source>Backups — BIP Desk</source>
        <translation>Säkerhetskopior — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>BIP Desk backs the database up when it starts (once a day) and when it closes. The backups are in the folder {folder}.</source>
        <translation>BIP Desk säkerhetskopierar databasen när programmet startar (en gång per dag) och när det stängs. Säkerhetskopiorna finns i mappen {folder}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taken</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>Säkerhetskopior, senaste först</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup yet.</source>
        <translation>Det finns ingen säkerhetskopia än.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Behåll de senaste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups</source>
        <translation> säkerhetskopiorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of backups to keep</source>
        <translation>Antal säkerhetskopior att behålla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older backups are deleted when a new one is made. Saved in the database.</source>
        <translation>Äldre säkerhetskopior tas bort när en ny görs. Sparas i databasen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Återställ den valda säkerhetskopian</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No backup was made</source>
        <translation>Ingen säkerhetskopia gjordes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup from {time}?</source>
        <translation>Återställa säkerhetskopian från {time}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database will be replaced by this backup: whatever was saved after {time} will no longer be in it. First BIP Desk backs up the database as it is now, so you can go back to it by restoring that backup.</source>
        <translation>Databasen ersätts av den här säkerhetskopian: det som sparades efter {time} finns då inte längre i den. Först säkerhetskopierar BIP Desk databasen som den är nu, så att du kan gå tillbaka till den genom att återställa den säkerhetskopian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup from {time} has been restored. The database as it was before is kept as the newest backup.</source>
        <translation>Säkerhetskopian från {time} är återställd. Databasen som den var innan finns kvar som den senaste säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>BaselineChoice</name>
    <message>
        <location filename="../bipdesk/ui/baseline_choice.py" line="+47"/>
        <source>The figures compare each participant&apos;s latest measurement in {period} against their first measurement.</source>
        <translation>Siffrorna jämför varje deltagares senaste mätning under {period} med deltagarens första mätning.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The figures compare the latest measurement in {period} against each participant&apos;s first measurement.</source>
        <translation>Siffrorna jämför den senaste mätningen under {period} med varje deltagares första mätning.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The figures compare the latest measurement in {period} against each participant&apos;s first measurement in {period}; people measured only once in it are not compared.</source>
        <translation>Siffrorna jämför den senaste mätningen under {period} med varje deltagares första mätning under {period}; den som bara mättes en gång under perioden jämförs inte.</translation>
    </message>
</context>
<context>
    <name>BaselineCombo</name>
    <message>
        <location line="-35"/>
        <source>Since they began</source>
        <translation>Sedan de började</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During the period</source>
        <translation>Under perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since they began: the latest measurement in the period against each participant&apos;s first measurement ever. During the period: against the first measurement inside the period (a quarter seldom holds two).</source>
        <translation>Sedan de började: den senaste mätningen under perioden jämförs med varje deltagares första mätning någonsin. Under perioden: med den första mätningen inom perioden (ett kvartal rymmer sällan två).</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../bipdesk/ui/passphrase_dialog.py" line="+42"/>
        <source>Change passphrase — BIP Desk</source>
        <translation>Byt lösenfras — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a new passphrase for {file}. Backups made before keep the passphrase they were made with.</source>
        <translation>Välj en ny lösenfras för {file}. Säkerhetskopior som redan finns behåller lösenfrasen de gjordes med.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new passphrase again</source>
        <translation>Den nya lösenfrasen igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the new passphrase down and keep it somewhere safe. A lost passphrase cannot be recovered, by anyone: without it the database cannot be opened.</source>
        <translation>Skriv ner den nya lösenfrasen och förvara den säkert. En borttappad lösenfras kan inte återskapas, av någon: utan den går databasen inte att öppna.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Byt lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The current passphrase is wrong. Check Caps Lock and try again.</source>
        <translation>Den nuvarande lösenfrasen är fel. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase must be at least {n} characters long.</source>
        <translation>Den nya lösenfrasen måste vara minst {n} tecken lång.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passphrases differ.</source>
        <translation>De två nya lösenfraserna är olika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nya lösenfrasen är densamma som den nuvarande.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Encrypting the database with the new passphrase…</source>
        <translation>Krypterar databasen med den nya lösenfrasen …</translation>
    </message>
</context>
<context>
    <name>ChangedValuesBox</name>
    <message>
        <location filename="../bipdesk/ui/import_changes.py" line="+28"/>
        <source>…and {count} more changed values.</source>
        <translation>…och {count} ändrade värden till.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changed values:</source>
        <translation>Ändrade värden:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved values the import changes (the edit history keeps the old ones):</source>
        <translation>Sparade värden som importen ändrar (ändringshistoriken behåller de gamla):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved values the import changes</source>
        <translation>Sparade värden som importen ändrar</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../bipdesk/ui/compare_table.py" line="+50"/>
        <source>Change table</source>
        <translation>Förändringstabell</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
</context>
<context>
    <name>ComparisonArea</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/comparison.py" line="+21"/>
        <source>Comparison of measurements</source>
        <translation>Jämförelse av mätningar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print follow-up sheet…</source>
        <translation>Skriv ut uppföljningsblad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print follow-up sheet</source>
        <translation>Skriv ut uppföljningsblad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save sheet as PDF…</source>
        <translation>Spara bladet som PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save follow-up sheet as PDF</source>
        <translation>Spara uppföljningsbladet som PDF</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved the follow-up sheet as {path}</source>
        <translation>Uppföljningsbladet sparades som {path}</translation>
    </message>
</context>
<context>
    <name>ConversationButtons</name>
    <message>
        <location filename="../bipdesk/ui/conversation_buttons.py" line="+47"/>
        <source>Coordinator&apos;s view…</source>
        <translation>Koordinatorns bild…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator&apos;s view of the measurement</source>
        <translation>Koordinatorns bild av mätningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talked through together, and your own value and why where you see a question differently. The participant&apos;s answer stays the measurement.</source>
        <translation>Genomgången tillsammans, och ditt eget värde och varför där du ser en fråga annorlunda. Deltagarens svar är fortfarande mätningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Show to participant</source>
        <translation>Visa för deltagaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their own chart and what has changed, over the whole screen, without codes or notes ({shortcut}; Esc closes).</source>
        <translation>Deltagarens eget diagram och vad som har ändrats, över hela skärmen, utan koder och anteckningar ({shortcut}; Esc stänger).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant&apos;s copy</source>
        <translation>Deltagarens kopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant&apos;s copy of the sheet</source>
        <translation>Deltagarens kopia av uppföljningsbladet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page for the participant to keep: their chart and what has changed, in their language with Swedish; no code, notes or coordinator&apos;s view.</source>
        <translation>En sida som deltagaren får behålla: diagrammet och vad som har ändrats, på deltagarens språk och på svenska; utan kod, anteckningar och koordinatorns bild.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is nothing to show {code} yet: no measurement.</source>
        <translation>Det finns inget att visa {code} ännu: ingen mätning.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved the participant&apos;s copy as {path}</source>
        <translation>Deltagarens kopia sparades som {path}</translation>
    </message>
</context>
<context>
    <name>CoordinatorSection</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/coordinator_section.py" line="+67"/>
        <source>For the coordinator</source>
        <translation>För koordinatorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the coordinator:</source>
        <translation>För koordinatorn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Talked through together</source>
        <translation>&amp;Genomgången tillsammans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and the participant went through the answers together.</source>
        <translation>Du och deltagaren har gått igenom svaren tillsammans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talked through together</source>
        <translation>Genomgången tillsammans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coordinator&apos;s view…</source>
        <translation>&amp;Koordinatorns bild…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinator&apos;s view</source>
        <translation>Koordinatorns bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note your own value and why, where you see a question differently. The participant&apos;s answer stays the measurement.</source>
        <translation>Anteckna ditt eget värde och varför, där du ser en fråga annorlunda. Deltagarens svar är fortfarande mätningen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{question} {value} (participant {answer})</source>
        <translation>{question} {value} (deltagaren {answer})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where you see it differently: {list}</source>
        <translation>Där du ser det annorlunda: {list}</translation>
    </message>
</context>
<context>
    <name>CoordinatorViewDialog</name>
    <message>
        <location filename="../bipdesk/ui/coordinator_view_dialog.py" line="+64"/>
        <source>Coordinator&apos;s view — {date}</source>
        <translation>Koordinatorns bild — {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own view as coordinator, noted beside the participant&apos;s answers. Choose a value only where you see it differently, and say why in a few words. The participant&apos;s answers stay the measurement: progression and reports use them alone.</source>
        <translation>Din egen bild som koordinator, antecknad bredvid deltagarens svar. Välj ett värde bara där du ser det annorlunda, och skriv med några ord varför. Deltagarens svar är fortfarande mätningen: stegförflyttning och rapporter bygger bara på dem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Talked through together</source>
        <translation>&amp;Genomgången tillsammans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talked through together</source>
        <translation>Genomgången tillsammans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coordinator&apos;s value per question</source>
        <translation>Koordinatorns värde per fråga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Deltagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+74"/>
        <source>Why you see it differently</source>
        <translation>Varför du ser det annorlunda</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>— (same view)</source>
        <translation>— (samma bild)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} (the participant&apos;s)</source>
        <translation>{value} (deltagarens)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{question}: choose your value, or clear the reason.</source>
        <translation>{question}: välj ditt värde eller ta bort motiveringen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{question}: say in a few words why you see it differently.</source>
        <translation>{question}: skriv med några ord varför du ser det annorlunda.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Coordinator&apos;s view</source>
        <translation>Koordinatorns bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement was made with card {card}, which is not installed.</source>
        <translation>Mätningen gjordes med kortet {card}, som inte är installerat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The coordinator&apos;s view was not saved: {reason}</source>
        <translation>Koordinatorns bild sparades inte: {reason}</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <location filename="../bipdesk/ui/start_page.py" line="+89"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open participant {code}</source>
        <translation>Öppna deltagare {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the participant&apos;s page.</source>
        <translation>Visa deltagarens sida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start measurement</source>
        <translation>Starta mätning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start measurement for {code}</source>
        <translation>Starta mätning för {code}</translation>
    </message>
</context>
<context>
    <name>EncryptionOffer</name>
    <message>
        <location filename="../bipdesk/ui/encryption.py" line="+68"/>
        <source>Protect the database — BIP Desk</source>
        <translation>Skydda databasen — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect the database</source>
        <translation>Skydda databasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BIP Desk keeps what participants tell about their health and life in {file}. Encrypt it with a passphrase (recommended): then nobody can read it if the computer is lost or stolen, and its backups are encrypted too.</source>
        <translation>BIP Desk sparar det deltagarna berättar om sin hälsa och sitt liv i {file}. Kryptera filen med en lösenfras (rekommenderas): då kan ingen läsa den om datorn kommer bort eller blir stulen, och säkerhetskopiorna krypteras också.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>Samma lösenfras igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the passphrase down and keep it somewhere safe. A lost passphrase cannot be recovered, by anyone: without it neither the database nor its backups can be opened.</source>
        <translation>Skriv ner lösenfrasen och förvara den säkert. En borttappad lösenfras kan inte återskapas, av någon: utan den går varken databasen eller säkerhetskopiorna att öppna.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Kryptera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Without passphrase</source>
        <translation>&amp;Utan lösenfras</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Lösenfrasen måste ha minst {n} tecken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
</context>
<context>
    <name>EndActivityDialog</name>
    <message>
        <location filename="../bipdesk/ui/activity_dialog.py" line="+48"/>
        <location line="+1"/>
        <location line="+16"/>
        <source>End activity</source>
        <translation>Avsluta aktivitet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>When did {activity} end? It started {date}.</source>
        <translation>När slutade {activity}? Den började {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End date:</source>
        <translation>&amp;Slutdatum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The end date cannot be before the start date, {date}.</source>
        <translation>Slutdatumet kan inte vara före startdatumet, {date}.</translation>
    </message>
</context>
<context>
    <name>EraseParticipantDialog</name>
    <message>
        <location filename="../bipdesk/ui/privacy_dialogs.py" line="+82"/>
        <source>Erase participant {code}</source>
        <translation>Radera deltagaren {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase participant</source>
        <translation>Radera deltagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This erases participant {code} for good:&lt;/b&gt; the background, every measurement with its answers and notes, and any unfinished measurement. It cannot be undone.</source>
        <translation>&lt;b&gt;Det här raderar deltagaren {code} för gott:&lt;/b&gt; bakgrundsuppgifterna, alla mätningar med svar och anteckningar och en påbörjad mätning. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the code {code} to confirm:</source>
        <translation>Skriv koden {code} för att bekräfta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code to confirm the erasure</source>
        <translation>Kod för att bekräfta raderingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase for good</source>
        <translation>Radera för gott</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the participant for good</source>
        <translation>Radera deltagaren för gott</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../bipdesk/ui/exit_dialog.py" line="+66"/>
        <location line="+1"/>
        <location line="+52"/>
        <location line="+1"/>
        <source>Record exit</source>
        <translation>Registrera avslut</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit reason</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason…</source>
        <translation>Välj en orsak…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When did the participant leave the project, and why? The reason is counted in the reports to the project office.</source>
        <translation>När lämnade deltagaren projektet, och varför? Orsaken räknas med i rapporterna till projektkontoret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;End date:</source>
        <translation>&amp;Slutdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit &amp;reason:</source>
        <translation>&amp;Avslutsorsak:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started:</source>
        <translation>Började:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the exit survey again now (the earlier answers are replaced)</source>
        <translation>Svara på enkäten vid avslut igen nu (de tidigare svaren ersätts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the participant answer the exit survey now</source>
        <translation>Låt deltagaren svara på enkäten vid avslut nu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the activities still going on ({count}) on the end date</source>
        <translation>Avsluta de pågående aktiviteterna ({count}) på slutdatumet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Three questions on the support, answered 1–4; each can be skipped.</source>
        <translation>Tre frågor om stödet, som besvaras 1–4; varje fråga kan hoppas över.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+18"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The job</source>
        <translation>Arbetet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working time</source>
        <translation>Arbetstid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subsidised</source>
        <translation>Subventionerad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted in the reports without names; leave what you do not know.</source>
        <translation>Räknas i rapporterna utan namn; lämna det du inte vet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Em&amp;ployment:</source>
        <translation>A&amp;nställning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working time:</source>
        <translation>Arbets&amp;tid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subsidised:</source>
        <translation>S&amp;ubventionerad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch (SNI 2007):</source>
        <translation>&amp;Bransch (SNI 2007):</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The end date cannot be before the start date, {date}.</source>
        <translation>Slutdatumet kan inte vara före startdatumet, {date}.</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/exit_labels.py" line="+48"/>
        <source>Permanent</source>
        <translation>Tillsvidare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary</source>
        <translation>Tidsbegränsad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full time</source>
        <translation>Heltid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part time</source>
        <translation>Deltid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, subsidised</source>
        <translation>Ja, subventionerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not subsidised</source>
        <translation>Nej, inte subventionerad</translation>
    </message>
</context>
<context>
    <name>ExitSurveyDialog</name>
    <message>
        <location filename="../bipdesk/ui/exit_survey_dialog.py" line="+75"/>
        <source>Exit survey — {code}</source>
        <translation>Enkät vid avslut — {code}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no participant {code}.</source>
        <translation>Det finns ingen deltagare {code}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exit survey cannot be shown: {problem}</source>
        <translation>Enkäten vid avslut kan inte visas: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+132"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Show only the survey on the whole screen (F11)</source>
        <translation>Visa bara enkäten på hela skärmen (F11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant&apos;s &amp;language:</source>
        <translation>Deltagarens &amp;språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant&apos;s language</source>
        <translation>Deltagarens språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show each question in the participant&apos;s language too, under the Swedish. Remembered for this participant.</source>
        <translation>Visa varje fråga också på deltagarens språk, under svenskan. Kommer ihåg valet för den här deltagaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close the survey</source>
        <translation>Stäng enkäten</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The answers were not saved</source>
        <translation>Svaren sparades inte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close the survey?</source>
        <translation>Stänga enkäten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers are not saved yet. Close the survey without saving them?</source>
        <translation>Svaren är inte sparade ännu. Stänga enkäten utan att spara dem?</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Keys: Enter saves, Backspace goes back</source>
        <translation>Tangenter: Enter sparar, Backsteg går tillbaka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keys: 1–4 answer, Enter next, Backspace back, – does not want to answer, F11 full screen, Ctrl +/− text size</source>
        <translation>Tangenter: 1–4 svarar, Enter nästa, Backsteg tillbaka, – vill inte svara, F11 helskärm, Ctrl +/− textstorlek</translation>
    </message>
</context>
<context>
    <name>ExitSurveyPage</name>
    <message>
        <location filename="../bipdesk/ui/exit_survey_page.py" line="+158"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question in the participant&apos;s language</source>
        <translation>Frågan på deltagarens språk</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Does not want to answer</source>
        <translation>Vill inte svara</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../bipdesk/ui/export_dialog.py" line="+95"/>
        <location line="+1"/>
        <source>Export for the project office</source>
        <translation>Export till projektkontoret</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example Delprojekt Växjö</source>
        <translation>Till exempel Delprojekt Växjö</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of your unit, so that the project office knows whose figures these are</source>
        <translation>Enhetens namn, så att projektkontoret vet vems siffrorna är</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to export</source>
        <translation>Vad som exporteras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project profile:</source>
        <translation>Projektprofil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Jämför med:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The period ends before it starts; change the dates.</source>
        <translation>Perioden slutar innan den börjar. Ändra datumen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counting the participants for the export…</source>
        <translation>Räknar deltagarna för exporten…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The tables could not be counted: {reason}</source>
        <translation>Tabellerna kunde inte räknas fram: {reason}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no name yet)</source>
        <translation>(inget namn än)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} ({dates})</source>
        <translation>{label} ({dates})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit: {unit} · Period: {period}</source>
        <translation>Enhet: {unit} · Period: {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: {project} · Unit: {unit} · Period: {period}</source>
        <translation>Projekt: {project} · Enhet: {unit} · Period: {period}</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../bipdesk/ui/export_preview.py" line="+53"/>
        <source>What will leave the computer</source>
        <translation>Det här lämnar datorn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project, unit and period of the file</source>
        <translation>Filens projekt, enhet och period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary of the export</source>
        <translation>Sammanfattning av exporten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the figures compare</source>
        <translation>Vad siffrorna jämför</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the figures are protected</source>
        <translation>Hur siffrorna skyddas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables of the export</source>
        <translation>Exportens tabeller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the tables show</source>
        <translation>Vad tabellerna visar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No participants registered in this period; {withheld} of {means} means withheld (fewer than {people} people).</source>
        <translation>Inga deltagare inskrivna under perioden; {withheld} av {means} medelvärden visas inte (färre än {people} personer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{registered} participants registered; {withheld} of {means} means withheld (fewer than {people} people).</source>
        <translation>{registered} deltagare inskrivna; {withheld} av {means} medelvärden visas inte (färre än {people} personer).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“..” = withheld: fewer than {people} people stand behind the mean or share. Only these tables leave the computer: no names, participant codes, birth years, notes or exact dates.</source>
        <translation>”..” = visas inte: färre än {people} personer står bakom medelvärdet eller andelen. Bara de här tabellerna lämnar datorn: inga namn, deltagarkoder, födelseår, anteckningar eller exakta datum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Withheld: fewer than {people} people stand behind it</source>
        <translation>Visas inte: färre än {people} personer står bakom</translation>
    </message>
</context>
<context>
    <name>ExportSaving</name>
    <message>
        <location filename="../bipdesk/ui/export_saving.py" line="+71"/>
        <source>Also &amp;CSV for Excel</source>
        <translation>Även &amp;CSV för Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same tables as a .csv file beside the export (semicolons, decimal comma)</source>
        <translation>Samma tabeller som en .csv-fil bredvid exporten (semikolon, decimalkomma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also Excel &amp;workbook (XLSX)</source>
        <translation>Även Excel-&amp;arbetsbok (XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same tables as an .xlsx workbook beside the export, one sheet per table</source>
        <translation>Samma tabeller som en .xlsx-arbetsbok bredvid exporten, ett blad per tabell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why the export cannot be saved yet</source>
        <translation>Varför exporten inte kan sparas än</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the export</source>
        <translation>Spara exporten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The period ends before it starts; change the dates.</source>
        <translation>Perioden slutar innan den börjar. Ändra datumen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the name of your unit above: the project office needs to know whose figures these are.</source>
        <translation>Skriv enhetens namn ovan: projektkontoret behöver veta vems siffrorna är.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview is being brought up to date…</source>
        <translation>Förhandsvisningen uppdateras…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the export for the project office</source>
        <translation>Spara exporten till projektkontoret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate files (*.json)</source>
        <translation>Sammanställningsfiler (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export not saved yet</source>
        <translation>Exporten är inte sparad än</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export not saved</source>
        <translation>Exporten sparades inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be saved in {folder}: {reason}</source>
        <translation>Exporten kunde inte sparas i {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved for the project office: {files} (in {folder}).</source>
        <translation>Sparat till projektkontoret: {files} (i {folder}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace files?</source>
        <translation>Ersätta filerna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files already exist and will be replaced: {files}</source>
        <translation>De här filerna finns redan och ersätts: {files}</translation>
    </message>
</context>
<context>
    <name>FillIn</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/prompts.py" line="+21"/>
        <source>Unfinished measurement</source>
        <translation>Påbörjad mätning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the card?</source>
        <translation>Stänga kortet?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement is not saved yet. Keep it as a draft to finish later?</source>
        <translation>Mätningen är inte sparad ännu. Vill du spara den som utkast och göra klart den senare?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft is kept on this computer, also when BIP Desk is closed.</source>
        <translation>Ett utkast sparas på den här datorn, även när BIP Desk stängs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue filling in</source>
        <translation>Fortsätt fylla i</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/fill_in/texts.py" line="+30"/>
        <source>Job focus</source>
        <translation>Jobbfokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social life</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Don&apos;t want to answer / not applicable</source>
        <translation>Vill inte svara / ej aktuell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft translation — check with the interpreter</source>
        <translation>Utkast till översättning – stäm av med tolken</translation>
    </message>
</context>
<context>
    <name>FillInDialog</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/dialog.py" line="+70"/>
        <source>Fill in the card — {code}</source>
        <translation>Fyll i kortet — {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The participant&apos;s language could not be remembered: {reason}</source>
        <translation>Deltagarens språk kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Before the start of the participation ({start}): is the date right?</source>
        <translation>Före deltagandets start ({start}): stämmer datumet?</translation>
    </message>
</context>
<context>
    <name>FillInLoading</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/loading.py" line="+41"/>
        <source>There is no participant {code}.</source>
        <translation>Det finns ingen deltagare {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The measurement no longer exists.</source>
        <translation>Mätningen finns inte längre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The measurement was made with card {card}, which is not installed.</source>
        <translation>Mätningen gjordes med kortet {card}, som inte är installerat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The card {card} is not installed.</source>
        <translation>Kortet {card} är inte installerat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unfinished measurement</source>
        <translation>Påbörjad mätning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is an unfinished measurement, but its card {card} is not installed any more. It cannot be resumed; you start over.</source>
        <translation>Det finns en påbörjad mätning, men dess kort {card} är inte installerat längre. Den kan inte återupptas, så du börjar om.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is an unfinished measurement of {date} for {code}: {answered} of {total} questions answered. Resume it, or start over and discard it?</source>
        <translation>Det finns en påbörjad mätning från {date} för {code}: {answered} av {total} frågor är besvarade. Vill du fortsätta med den, eller börja om och kasta den?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are unsaved changes to the measurement of {date} for {code}: {answered} of {total} questions answered. Resume them, or start over and discard them?</source>
        <translation>Det finns osparade ändringar i mätningen från {date} för {code}: {answered} av {total} frågor är besvarade. Vill du fortsätta med dem, eller börja om och kasta dem?</translation>
    </message>
</context>
<context>
    <name>FillInNavigation</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/navigation.py" line="+132"/>
        <source>Choose a number, or press – for no answer</source>
        <translation>Välj en siffra, eller tryck – för inget svar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keys: 1–9, 0 = 10, ←/→, Enter next, Backspace back, – no answer, F11 full screen, Ctrl +/− text size</source>
        <translation>Tangenter: 1–9, 0 = 10, ←/→, Enter nästa, Backsteg tillbaka, – inget svar, F11 helskärm, Ctrl +/− textstorlek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys: digits choose, ←/→, Enter next, Backspace back, – no answer, F11 full screen, Ctrl +/− text size</source>
        <translation>Tangenter: siffror väljer, ←/→, Enter nästa, Backsteg tillbaka, – inget svar, F11 helskärm, Ctrl +/− textstorlek</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keys: Enter or Ctrl+Enter save, Backspace back, click a row to change it</source>
        <translation>Tangenter: Enter eller Ctrl+Enter sparar, Backsteg tillbaka, klicka på en rad för att ändra den</translation>
    </message>
</context>
<context>
    <name>FillInOffline</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/offline.py" line="+47"/>
        <source>The server cannot be reached: the answers are kept on this computer and sent when the connection is back.</source>
        <translation>Servern går inte att nå: svaren sparas på den här datorn och skickas när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kept on this computer</source>
        <translation>Sparad på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached right now. The measurement is kept on this computer and sent to the team database as soon as the connection is back; you need not do anything.

{reason}</source>
        <translation>Servern går inte att nå just nu. Mätningen sparas på den här datorn och skickas till teamdatabasen så snart anslutningen är tillbaka; du behöver inte göra något.

{reason}</translation>
    </message>
</context>
<context>
    <name>FillInSaving</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/saving.py" line="+61"/>
        <location line="+21"/>
        <source>The measurement was not saved</source>
        <translation>Mätningen sparades inte</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>What you filled in is kept as an unfinished measurement: edit the measurement again to resume it.</source>
        <translation>Det du fyllde i finns kvar som en påbörjad mätning: redigera mätningen igen för att fortsätta med den.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The date is in the future; choose today or an earlier day.</source>
        <translation>Datumet ligger i framtiden. Välj i dag eller en tidigare dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a measurement with this card on {date}. Choose another date, or close and edit that measurement.</source>
        <translation>Det finns redan en mätning med det här kortet den {date}. Välj ett annat datum, eller stäng och redigera den mätningen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The draft could not be kept: {reason}</source>
        <translation>Utkastet kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft was not kept</source>
        <translation>Utkastet sparades inte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft was not discarded</source>
        <translation>Utkastet kastades inte</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/chrome.py" line="+161"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the card</source>
        <translation>Stäng kortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous question</source>
        <translation>Föregående fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Next question</source>
        <translation>Nästa fråga</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{number} / {total}</source>
        <translation>{number} / {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question {number} of {total}</source>
        <translation>Fråga {number} av {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary →</source>
        <translation>Sammanfattning →</translation>
    </message>
</context>
<context>
    <name>GroupChart</name>
    <message>
        <location filename="../bipdesk/ui/group_chart.py" line="+29"/>
        <source>Group spider chart</source>
        <translation>Gruppens spindeldiagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation>Högerklicka för att exportera diagrammet som PNG, SVG eller PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why no chart is shown</source>
        <translation>Varför inget diagram visas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Too few people (%1) stand behind this group; at least %2 are needed so that no one can be recognised.</source>
        <translation>För få personer (%1) står bakom gruppen. Det behövs minst %2 för att ingen ska kunna kännas igen.</translation>
    </message>
</context>
<context>
    <name>GroupComparisonDialog</name>
    <message>
        <location filename="../bipdesk/ui/group_dialog.py" line="+65"/>
        <location line="+1"/>
        <source>Group comparison</source>
        <translation>Gruppjämförelse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Participants behind the chart</source>
        <translation>Deltagare bakom diagrammet</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <source>Reading the measurements…</source>
        <translation>Läser mätningarna…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The measurements could not be read: %1</source>
        <translation>Mätningarna kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no card to compare.</source>
        <translation>Det finns inget kort att jämföra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts; change the dates.</source>
        <translation>Perioden slutar innan den börjar. Ändra datumen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants with two comparable measurements: n = %1 (of %2 in the group in this period)</source>
        <translation>Deltagare med två jämförbara mätningar: n = %1 (av %2 i gruppen under perioden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Widen the group: choose all units, sexes or ages, or a longer period.</source>
        <translation>Gör gruppen större: välj alla enheter, kön eller åldrar, eller en längre period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody in this group has two comparable measurements in the period.</source>
        <translation>Ingen i gruppen har två jämförbara mätningar under perioden.</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <location filename="../bipdesk/ui/group_filters.py" line="+78"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ages</source>
        <translation>Alla åldrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age not known</source>
        <translation>Okänd ålder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole calendar year or quarter, or all time</source>
        <translation>Ett helt kalenderår eller kvartal, eller hela tiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the start of the period</source>
        <translation>Begränsa periodens början</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to leave the start of the period open</source>
        <translation>Avmarkera för att lämna periodens början öppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end of the period</source>
        <translation>Begränsa periodens slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick to leave the end of the period open</source>
        <translation>Avmarkera för att lämna periodens slut öppet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Period till</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who is in the group</source>
        <translation>Vilka som ingår i gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age band:</source>
        <translation>Ål&amp;dersgrupp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Q%1 %2</source>
        <translation>Kvartal %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year %1</source>
        <translation>År %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates below</source>
        <translation>Datum nedan</translation>
    </message>
</context>
<context>
    <name>HandoverAction</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/handover.py" line="+30"/>
        <source>Hand over to…</source>
        <translation>Lämna över till…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over to another unit</source>
        <translation>Lämna över till en annan enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the participant to another unit; its coordinators take over.</source>
        <translation>Flytta deltagaren till en annan enhet; dess koordinatorer tar över.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>On a team database a participant moves to another unit by a hand-over, which a lead of the unit makes with Hand over to…</source>
        <translation>I en teamdatabas flyttas en deltagare till en annan enhet genom en överlämning, som en enhetsansvarig gör med Lämna över till…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Participant {code} was handed over to unit {unit}.</source>
        <translation>Deltagaren {code} lämnades över till enheten {unit}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hand over</source>
        <translation>Lämna över</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or discard the changes to the background first, then hand over.</source>
        <translation>Spara eller ångra ändringarna i bakgrunden först och lämna sedan över.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The participant was not handed over</source>
        <translation>Deltagaren lämnades inte över</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../bipdesk/ui/handover_dialog.py" line="+45"/>
        <source>Hand over {code} — BIP Desk</source>
        <translation>Lämna över {code} — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over participant</source>
        <translation>Lämna över deltagare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand participant {code} over from unit {unit} to another unit. The coordinators of that unit take over, with the background, the measurements, the activities and the history; the edit history records the hand-over.</source>
        <translation>Lämna över deltagaren {code} från enheten {unit} till en annan enhet. Koordinatorerna i den enheten tar över, med bakgrund, mätningar, aktiviteter och historik; ändringshistoriken visar överlämningen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units to hand over to</source>
        <translation>Enheter att lämna över till</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Lämna över</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>There is no other unit to hand over to.</source>
        <translation>Det finns ingen annan enhet att lämna över till.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose the unit that takes the participant over.</source>
        <translation>Välj den enhet som tar över deltagaren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hand over to {unit}</source>
        <translation>&amp;Lämna över till {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are a member of {unit}: {code} stays in your list.</source>
        <translation>Du är medlem i {unit}: {code} finns kvar i din lista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not a member of {unit}: after the hand-over, {code} is no longer in your list, and only the members of {unit} can open the participant.</source>
        <translation>Du är inte medlem i {unit}: efter överlämningen finns {code} inte längre i din lista, och bara medlemmarna i {unit} kan öppna deltagaren.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/chrome.py" line="-155"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measurement date</source>
        <translation>Mätdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the date</source>
        <translation>Om datumet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Mindre text (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Större text (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Show only this card on the whole screen (F11)</source>
        <translation>Visa bara kortet på hela skärmen (F11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant&apos;s &amp;language:</source>
        <translation>Deltagarens &amp;språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant&apos;s language</source>
        <translation>Deltagarens språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show each question in the participant&apos;s language too, beside the card&apos;s text. Remembered for this participant.</source>
        <translation>Visa varje fråga även på deltagarens språk, bredvid kortets text. Sparas för den här deltagaren.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/history_model.py" line="+85"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mean of the {count} answered questions.</source>
        <translation>Medelvärdet av de {count} besvarade frågorna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first measurement with this card.</source>
        <translation>Den första mätningen med det här kortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No question was answered both here and in the measurement of {date}.</source>
        <translation>Ingen fråga besvarades både här och i mätningen från {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with the measurement of {date}, over the {count} questions answered in both.</source>
        <translation>Jämfört med mätningen från {date}, över de {count} frågor som besvarats i båda.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../bipdesk/ui/history_section.py" line="+60"/>
        <source>the app</source>
        <translation>appen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the command line</source>
        <translation>kommandoraden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import of {file}</source>
        <translation>import av {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Remittent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit reason</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Anställningsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working time</source>
        <translation>Arbetstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidised employment</source>
        <translation>Subventionerad anställning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(hidden)</source>
        <translation>(dolt)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>participant added</source>
        <translation>deltagaren lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement added</source>
        <translation>mätningen lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement removed</source>
        <translation>mätningen togs bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on {question}</source>
        <translation>anteckning om {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talked through together</source>
        <translation>genomgången tillsammans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator&apos;s view of {question}</source>
        <translation>koordinatorns bild av {question}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>added</source>
        <translation>lades till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>togs bort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement {day}: {change}</source>
        <translation>Mätning {day}: {change}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every change to the participant&apos;s details and measurements: when, by whom, from where and what changed. Newest first.</source>
        <translation>Varje ändring av deltagarens uppgifter och mätningar: när, av vem, varifrån och vad som ändrades. Nyaste först.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes to the participant&apos;s record</source>
        <translation>Ändringar i deltagarens uppgifter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Varifrån</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Vad ändrades</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No changes are recorded yet. From now on every change to the participant&apos;s details and measurements is listed here, with who made it and when.</source>
        <translation>Inga ändringar är sparade ännu. Från och med nu visas här varje ändring av deltagarens uppgifter och mätningar, med vem som gjorde den och när.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../bipdesk/ui/import_dialog.py" line="+68"/>
        <location line="+1"/>
        <location line="+91"/>
        <source>Import from file</source>
        <translation>Importera från fil</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+148"/>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Kalkylark (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the file was cancelled.</source>
        <translation>Inläsningen av filen avbröts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read: {reason}</source>
        <translation>Filen kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}…</source>
        <translation>Importerar {file}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The import is done.

Activities: {an} new, {au} updated, {ac} unchanged.</source>
        <translation>Importen är klar.

Aktiviteter: {an} nya, {au} ändrade, {ac} oförändrade.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exit surveys: {sn} new, {su} updated, {sc} unchanged.</source>
        <translation>Enkäter vid avslut: {sn} nya, {su} ändrade, {sc} oförändrade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The import is done.

Participants: {pn} new, {pu} updated, {pc} unchanged.
Measurements: {mn} new, {mu} updated, {mc} unchanged.</source>
        <translation>Importen är klar.

Deltagare: {pn} nya, {pu} ändrade, {pc} oförändrade.
Mätningar: {mn} nya, {mu} ändrade, {mc} oförändrade.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Choose a CSV or Excel file (.csv or .xlsx) with one row per measurement and a column &apos;participant&apos; holding the participant code. The columns may have Swedish names too: deltagare, kön, födelseår, startdatum, mätdatum, and so on. You see what would change before anything is saved, and a file with any problem is not imported at all.

You can also drop a file on this window.</source>
        <translation>Välj en CSV- eller Excelfil (.csv eller .xlsx) med en rad per mätning och en kolumn ”deltagare” (eller ”participant”) med deltagarkoden. Kolumnerna har svenska namn: deltagare, kön, födelseår, startdatum, mätdatum och så vidare; de engelska namnen går också bra. Du ser vad som skulle ändras innan något sparas, och en fil med något problem importeras inte alls.

Du kan också släppa en fil på det här fönstret.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen avbröts. Ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Ingenting importerades: {reason}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../bipdesk/ui/import_preview.py" line="+130"/>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Updated</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+94"/>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit surveys</source>
        <translation>Enkäter vid avslut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Participants the import adds or changes:</source>
        <translation>Deltagare som importen lägger till eller ändrar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New measurements</source>
        <translation>Nya mätningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed measurements</source>
        <translation>Ändrade mätningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants the import adds or changes</source>
        <translation>Deltagare som importen lägger till eller ändrar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Importing {file} will make these changes:</source>
        <translation>Importen av {file} gör de här ändringarna:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} holds nothing new: everything in it is already saved.</source>
        <translation>{file} innehåller inget nytt: allt i filen är redan sparat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>…and {count} more participants.</source>
        <translation>…och {count} deltagare till.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsPage</name>
    <message>
        <location filename="../bipdesk/ui/import_problems.py" line="+28"/>
        <source>Correct these places in the file, save it and choose it again.</source>
        <translation>Rätta de här ställena i filen, spara den och välj den igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the first {count} problems are listed; there may be more.</source>
        <translation>Bara de {count} första problemen visas. Det kan finnas fler.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported: 1 problem in {file}</source>
        <translation>Ingenting importerades: 1 problem i {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {count} problems in {file}</source>
        <translation>Ingenting importerades: {count} problem i {file}</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <location filename="../bipdesk/ui/import_warnings.py" line="+34"/>
        <source>participant {participant}: the measurement date {date} is before the start date {start}</source>
        <translation>deltagare {participant}: mätdatumet {date} är före startdatumet {start}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>participant {participant}: the start date {start} is in the future</source>
        <translation>deltagare {participant}: startdatumet {start} ligger i framtiden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Rad {row}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>…and {count} more to check.</source>
        <translation>…och {count} till att se över.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported, but worth a second look:</source>
        <translation>Importerat, men värt att se över:</translation>
    </message>
</context>
<context>
    <name>ImportWarningsBox</name>
    <message>
        <location line="+14"/>
        <source>Rows worth a second look</source>
        <translation>Rader värda att se över</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} rows will be imported but are worth a second look (they do not stop the import):</source>
        <translation>{count} rader importeras men är värda att se över (de stoppar inte importen):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 row will be imported but is worth a second look (it does not stop the import):</source>
        <translation>1 rad importeras men är värd att se över (den stoppar inte importen):</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../bipdesk/ui/encryption.py" line="+37"/>
        <location line="+1"/>
        <source>BIP Desk is locked</source>
        <translation>BIP Desk är låst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BIP Desk was locked after {minutes} minutes without use, so that nobody passing by sees participants&apos; data. Enter the passphrase to go on.</source>
        <translation>BIP Desk låstes efter {minutes} minuter utan användning, så att ingen som går förbi ser deltagarnas uppgifter. Skriv lösenfrasen för att fortsätta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit BIP Desk</source>
        <translation>&amp;Avsluta BIP Desk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That passphrase is wrong.</source>
        <translation>Lösenfrasen är fel.</translation>
    </message>
</context>
<context>
    <name>MainDialogs</name>
    <message>
        <location filename="../bipdesk/ui/main_dialogs.py" line="+43"/>
        <source>Import participants and measurements</source>
        <translation>Importera deltagare och mätningar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Kalkylark (*.csv *.xlsx);;CSV-filer (*.csv);;Excelarbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Imported {file}: {new_p} new and {updated_p} changed participants, {new_m} new and {updated_m} changed measurements.</source>
        <translation>Importerade {file}: {new_p} nya och {updated_p} ändrade deltagare, {new_m} nya och {updated_m} ändrade mätningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {file}.</source>
        <translation>Importerade {file}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo data is already open.</source>
        <translation>Demodatan är redan öppen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making demo participants…</source>
        <translation>Skapar demodeltagare…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup restored.</source>
        <translation>Säkerhetskopian är återställd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is changed. Backups made before keep the old one.</source>
        <translation>Lösenfrasen är bytt. Säkerhetskopior som gjordes tidigare behåller den gamla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings saved.</source>
        <translation>Inställningarna sparades.</translation>
    </message>
</context>
<context>
    <name>MainPages</name>
    <message>
        <location filename="../bipdesk/ui/main_pages.py" line="+54"/>
        <source>Open a participant to print their follow-up sheet.</source>
        <translation>Öppna en deltagare för att skriva ut deltagarens uppföljningsblad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a participant to show them their own chart.</source>
        <translation>Öppna en deltagare för att visa deltagaren sitt eget diagram.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant has changes that are not saved. Leave without saving?</source>
        <translation>Deltagaren har ändringar som inte är sparade. Vill du lämna sidan utan att spara?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved participant {code}.</source>
        <translation>Deltagare {code} sparad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved measurement for {code}.</source>
        <translation>Mätningen för {code} sparad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The participant list could not be read</source>
        <translation>Deltagarlistan kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../bipdesk/ui/main_window.py" line="+77"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More tools</source>
        <translation>Fler verktyg</translation>
    </message>
</context>
<context>
    <name>MeasurementList</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/measurements.py" line="+47"/>
        <source>Next measurement due</source>
        <translation>Nästa mätning</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>New measurement</source>
        <translation>Ny mätning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the card together with the participant</source>
        <translation>Fyll i kortet tillsammans med deltagaren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measurement history</source>
        <translation>Mäthistorik</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit measurement</source>
        <translation>Redigera mätningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Delete measurement</source>
        <translation>Ta bort mätningen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No measurements yet. Press New measurement to fill in the first card.</source>
        <translation>Inga mätningar ännu. Tryck på Ny mätning för att fylla i det första kortet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill in the background and press Add participant; then the first measurement can be made.</source>
        <translation>Fyll i bakgrunden och tryck på Lägg till deltagare. Sedan kan den första mätningen göras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participation ended {date}; no more measurements are due.</source>
        <translation>Deltagandet avslutades {date}. Inga fler mätningar ska göras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No measurement yet: the first one is due now.</source>
        <translation>Ingen mätning ännu: den första ska göras nu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next measurement due: {date} — overdue</source>
        <translation>Nästa mätning: {date} — försenad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next measurement due: {date} — soon</source>
        <translation>Nästa mätning: {date} — snart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next measurement due: {date}</source>
        <translation>Nästa mätning: {date}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete the measurement of {date}? Its answers and notes are removed for good.</source>
        <translation>Ta bort mätningen från {date}? Svaren och anteckningarna försvinner för gott.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The measurement was not deleted</source>
        <translation>Mätningen togs inte bort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The measurement of {date} was deleted.</source>
        <translation>Mätningen från {date} togs bort.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../bipdesk/ui/office_dialog.py" line="+90"/>
        <location line="+1"/>
        <source>Project office</source>
        <translation>Projektkontoret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the aggregate files (.json) the units have exported. BIP Desk checks every file and adds them together; no participant data is needed.</source>
        <translation>Lägg till de sammanställningsfiler (.json) som enheterna har exporterat. BIP Desk kontrollerar varje fil och lägger ihop dem; inga deltagaruppgifter behövs.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel tables (XLSX)</source>
        <translation>Excel-tabeller (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged file (JSON)</source>
        <translation>Sammanslagen fil (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summed aggregate file, which can be merged again with other files</source>
        <translation>Den summerade sammanställningsfilen, som kan slås ihop igen med andra filer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exit survey goal</source>
        <translation>Mål för enkäten vid avslut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s goal for the share of positive answers to each exit survey question; the report shows each share against it</source>
        <translation>Projektets mål för andelen positiva svar på varje fråga i enkäten vid avslut; rapporten visar varje andel mot målet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey &amp;goal:</source>
        <translation>Enkät&amp;mål:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Spara rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+233"/>
        <location line="+11"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was saved</source>
        <translation>Vad som sparades</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+52"/>
        <source>Checking the files…</source>
        <translation>Kontrollerar filerna…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The tables of the merged files appear here.</source>
        <translation>Här visas tabellerna för de sammanslagna filerna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tables appear when every file is OK: remove or replace the files with problems.</source>
        <translation>Tabellerna visas när alla filer är OK: ta bort eller byt ut filerna med problem.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Every file must be OK before saving</source>
        <translation>Alla filer måste vara OK innan du kan spara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report of all units together</source>
        <translation>Spara rapporten för alla enheter tillsammans</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>project-office-report</source>
        <translation>projektkontoret-rapport</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>project-office-{year}-Q{quarter}</source>
        <translation>projektkontoret-{year}-kv{quarter}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project-office-{year}</source>
        <translation>projektkontoret-{year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report (*.pdf *.xlsx *.json)</source>
        <translation>Rapport (*.pdf *.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These files exist already and will be replaced: {files}</source>
        <translation>De här filerna finns redan och ersätts: {files}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Saving the report…</source>
        <translation>Sparar rapporten…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {files} in {folder}.</source>
        <translation>Sparade {files} i {folder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report could not be saved: {reason}</source>
        <translation>Rapporten kunde inte sparas: {reason}</translation>
    </message>
</context>
<context>
    <name>OfficeFiles</name>
    <message>
        <location filename="../bipdesk/ui/office_files.py" line="+69"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aggregate files</source>
        <translation>Sammanställningsfiler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen files</source>
        <translation>Ta bort de valda filerna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drag files here.</source>
        <translation>Du kan också dra filer hit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save project &amp;profile…</source>
        <translation>Spara &amp;projektprofil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save project profile</source>
        <translation>Spara projektprofil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the profile the units export with: the project, the card, the age bands and the reporting periods, so that every unit&apos;s file can be added to the others</source>
        <translation>Skriv projektprofilen som enheterna exporterar med: projektet, kortet, åldersgrupperna och rapportperioderna, så att varje enhets fil kan läggas ihop med de andras</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether the files can be added together</source>
        <translation>Om filerna kan läggas ihop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow &amp;mixed periods</source>
        <translation>Tillåt &amp;blandade perioder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add together files that cover different periods, e.g. one unit&apos;s spring and another&apos;s autumn. The report then names every period.</source>
        <translation>Lägg ihop filer som gäller olika perioder, till exempel en enhets vår och en annans höst. Rapporten anger då varje period.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add aggregate files</source>
        <translation>Lägg till sammanställningsfiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate files (*.json);;All files (*)</source>
        <translation>Sammanställningsfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Already in the list: {files}</source>
        <translation>Finns redan i listan: {files}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking the files…</source>
        <translation>Kontrollerar filerna…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The files could not be checked: {reason}</source>
        <translation>Filerna kunde inte kontrolleras: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not checked yet</source>
        <translation>Inte kontrollerad än</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No files yet: add the files the units sent you.</source>
        <translation>Inga filer än: lägg till filerna som enheterna har skickat.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of the files cannot be added together with the others; remove or replace them. Nothing can be saved until every file is OK.</source>
        <translation>
            <numerusform>%n av filerna kan inte läggas ihop med de andra; ta bort eller byt ut den. Inget kan sparas förrän alla filer är OK.</numerusform>
            <numerusform>%n av filerna kan inte läggas ihop med de andra; ta bort eller byt ut dem. Inget kan sparas förrän alla filer är OK.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Files of different periods can be added together when you tick “Allow mixed periods”.</source>
        <translation>Filer från olika perioder kan läggas ihop om du kryssar i ”Tillåt blandade perioder”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is OK and shown alone (unit: %1). Add the other units&apos; files to add them together.</source>
        <translation>Filen är OK och visas ensam (enhet: %1). Lägg till de andra enheternas filer för att lägga ihop dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All %1 files are OK. Units: %2.</source>
        <translation>Alla %1 filer är OK. Enheter: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The files cover different periods; the report names each.</source>
        <translation>Filerna gäller olika perioder; rapporten anger var och en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{card} version {version}</source>
        <translation>{card} version {version}</translation>
    </message>
</context>
<context>
    <name>OfficeResults</name>
    <message>
        <location filename="../bipdesk/ui/office_results.py" line="+71"/>
        <source>from {start}</source>
        <translation>från {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translation>till och med {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all time</source>
        <translation>hela tiden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Which units to show</source>
        <translation>Vilka enheter som visas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spider chart</source>
        <translation>Spindeldiagram</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why no tables are shown</source>
        <translation>Varför inga tabeller visas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Group spider chart</source>
        <translation>Gruppens spindeldiagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation>Högerklicka för att exportera diagrammet som PNG, SVG eller PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why no chart is shown</source>
        <translation>Varför inget diagram visas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Exit reason</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shares are computed from the published counts, where at least %1 people stand behind what they are a share of. .. = a mean not shown: fewer than %1 people stand behind it.</source>
        <translation>Andelarna räknas av de publicerade antalen, där minst %1 personer står bakom det som andelen räknas av. .. = ett medelvärde som inte visas: färre än %1 personer står bakom det.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not shown: fewer than %1 people stand behind it</source>
        <translation>Visas inte: färre än %1 personer står bakom</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Too few people (%1) with two comparable measurements stand behind these files; the chart needs at least %2 for the group&apos;s means to be shown.</source>
        <translation>För få personer (%1) med två jämförbara mätningar står bakom filerna; diagrammet behöver minst %2 för att gruppens medelvärden ska visas.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The card %1 version %2 is not installed on this computer, so the spider chart cannot be drawn. The tables are complete without it.</source>
        <translation>Kortet %1 version %2 finns inte installerat på den här datorn, så spindeldiagrammet kan inte ritas. Tabellerna är fullständiga ändå.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>± = margin of error (95%): with 95% certainty the exact count lies within that much of the figure.</source>
        <translation>± = felmarginal (95 %): med 95 % säkerhet ligger det exakta antalet inom så mycket från siffran.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Margin of error ±%1 (95%): the exact count lies between %2 and %3 with 95% certainty.</source>
        <translation>Felmarginal ±%1 (95 %): det exakta antalet ligger med 95 % säkerhet mellan %2 och %3.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The files publish no means per question, so there is no chart to draw.</source>
        <translation>Filerna redovisar inga medelvärden per fråga, så det finns inget diagram att rita.</translation>
    </message>
</context>
<context>
    <name>OpeningFrame</name>
    <message>
        <location filename="../bipdesk/ui/opening_frame.py" line="+30"/>
        <source>Opening {file} — BIP Desk</source>
        <translation>Öppnar {file} — BIP Desk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening {file}…</source>
        <translation>Öppnar {file}…</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <location filename="../bipdesk/ui/outbox_sender.py" line="+77"/>
        <source>A measurement of {code} kept on this computer was not accepted by the server: {reason}</source>
        <translation>En mätning för {code} som sparats på den här datorn togs inte emot av servern: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measurement kept on this computer reached the team database.</source>
        <translation>Mätningen som sparats på den här datorn har kommit fram till teamdatabasen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} measurements kept on this computer reached the team database.</source>
        <translation>{count} mätningar som sparats på den här datorn har kommit fram till teamdatabasen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers kept on this computer reached the team database.</source>
        <translation>Svaren som sparats på den här datorn har kommit fram till teamdatabasen.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/header.py" line="+19"/>
        <source>← All participants</source>
        <translation>← Alla deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to all participants</source>
        <translation>Tillbaka till alla deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of participants</source>
        <translation>Tillbaka till deltagarlistan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ended {date}</source>
        <translation>Avslutad {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../bipdesk/ui/participant_table/list_page.py" line="+47"/>
        <location line="+115"/>
        <source>Search by code or name</source>
        <translation>Sök på kod eller namn</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show active, ended or all participants</source>
        <translation>Visa aktiva, avslutade eller alla deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show participants of one unit</source>
        <translation>Visa deltagarna i en enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>All units</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by next due date</source>
        <translation>Filtrera på när nästa mätning ska göras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due within {days} days</source>
        <translation>Inom {days} dagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never measured</source>
        <translation>Ingen mätning ännu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Nästa mätning:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search by code</source>
        <translation>Sök på kod</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing {shown} of 1 participant.</source>
        <translation>Visar {shown} av 1 deltagare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {shown} of {total} participants.</source>
        <translation>Visar {shown} av {total} deltagare.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../bipdesk/ui/history_section.py" line="-131"/>
        <location filename="../bipdesk/ui/participant_page/background.py" line="-318"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../bipdesk/ui/participant_page/background.py" line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../bipdesk/ui/participant_page/background.py" line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../bipdesk/ui/participant_page/background.py" line="+1"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/exit_labels.py" line="-49"/>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour market training</source>
        <translation>Arbetsmarknadsutbildning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job seeking</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational rehabilitation</source>
        <translation>Arbetslivsinriktad rehabilitering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medical rehabilitation or care</source>
        <translation>Medicinsk rehabilitering/vård</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed the programme</source>
        <translation>Fullföljt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropped out</source>
        <translation>Avbrutit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work or studies</source>
        <translation>Arbete eller studier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closer to the labour market</source>
        <translation>Närmare arbetsmarknaden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other exits</source>
        <translation>Övriga avslut</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/participant_page/page.py" line="+67"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Fill in the card together with the participant</source>
        <translation>Fyll i kortet tillsammans med deltagaren</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The participant {code} no longer exists.</source>
        <translation>Deltagaren {code} finns inte längre.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Save the changes to the background first.</source>
        <translation>Spara ändringarna i bakgrunden först.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../bipdesk/ui/participant_table/model.py" line="+166"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last measurement</source>
        <translation>Senaste mätning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Nästa mätning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age band in the year of the first measurement.</source>
        <translation>Åldersgrupp det år den första mätningen gjordes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the next measurement is due.</source>
        <translation>När nästa mätning ska göras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of measurements so far.</source>
        <translation>Antal mätningar hittills.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never measured</source>
        <translation>Ingen mätning ännu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Participation has ended; no measurement is due.</source>
        <translation>Deltagandet har avslutats. Ingen mätning ska göras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never measured: the first measurement is due now.</source>
        <translation>Ingen mätning ännu: den första mätningen ska göras nu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue by 1 day: it was due on {date}.</source>
        <translation>Försenad 1 dag: mätningen skulle ha gjorts den {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue by {days} days: it was due on {date}.</source>
        <translation>Försenad {days} dagar: mätningen skulle ha gjorts den {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today.</source>
        <translation>Mätningen ska göras i dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: tomorrow, on {date}.</source>
        <translation>Snart: i morgon, den {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon: in {days} days, on {date}.</source>
        <translation>Snart: om {days} dagar, den {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next measurement due on {date}.</source>
        <translation>Nästa mätning ska göras den {date}.</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <location filename="../bipdesk/ui/participant_view.py" line="+64"/>
        <location line="+20"/>
        <location line="+52"/>
        <source>Your follow-up</source>
        <translation>Din uppföljning</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the participant&apos;s view</source>
        <translation>Stäng deltagarens vy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your spider chart</source>
        <translation>Ditt spindeldiagram</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What has changed</source>
        <translation>Det här har ändrats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is your first measurement. Next time you can see what has changed.</source>
        <translation>Det här är din första mätning. Nästa gång kan du se vad som har ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer has changed between the measurements.</source>
        <translation>Inga svar har ändrats mellan mätningarna.</translation>
    </message>
</context>
<context>
    <name>ParticipationActions</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/participation.py" line="+29"/>
        <source>Record exit…</source>
        <translation>Registrera avslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record exit</source>
        <translation>Registrera avslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen participation…</source>
        <translation>Återöppna deltagandet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Reopen participation</source>
        <translation>Återöppna deltagandet</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Exit survey…</source>
        <translation>Enkät vid avslut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant answers the exit survey</source>
        <translation>Deltagaren svarar på enkäten vid avslut</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The participation was not changed</source>
        <translation>Deltagandet ändrades inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The participation of {code} was reopened.</source>
        <translation>Deltagandet för {code} återöppnades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The participation of {code} was ended.</source>
        <translation>Deltagandet för {code} avslutades.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the participation of {code}? The end date and the exit reason are cleared.</source>
        <translation>Återöppna deltagandet för {code}? Slutdatum och avslutsorsak tas bort.</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../bipdesk/ui/export_periods.py" line="+63"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the beginning</source>
        <translation>från början</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period from the beginning</source>
        <translation>Perioden från början</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count from the first participant on, with no first day</source>
        <translation>Räkna från den första deltagaren, utan första dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end</source>
        <translation>inget slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period with no end</source>
        <translation>Perioden utan slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count up to the latest entry, with no last day</source>
        <translation>Räkna till och med det senast registrerade, utan sista dag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The whole project, a quarter or calendar year as ESF reports them, or other dates</source>
        <translation>Hela projektet, ett kvartal eller kalenderår som ESF redovisar dem, eller andra datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole project (all dates)</source>
        <translation>Hela projektet (alla datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole project</source>
        <translation>hela projektet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Q{number} {year} ({dates})</source>
        <translation>Kvartal {number} {year} ({dates})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q{number} {year} ({dates}), in progress</source>
        <translation>Kvartal {number} {year} ({dates}), pågår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q{number} {year}</source>
        <translation>kvartal {number} {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year {year}</source>
        <translation>År {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year {year}, in progress</source>
        <translation>År {year}, pågår</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other dates…</source>
        <translation>Andra datum…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reporting periods of the project profile; every unit reports these</source>
        <translation>Projektprofilens rapportperioder; alla enheter rapporterar samma perioder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} ({dates})</source>
        <translation>{label} ({dates})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} ({dates}), in progress</source>
        <translation>{label} ({dates}), pågår</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>from {day}, no end</source>
        <translation>från {day}, inget slutdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the beginning to {day}</source>
        <translation>från början till {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all time</source>
        <translation>hela tiden</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../bipdesk/ui/participant_page/privacy.py" line="+18"/>
        <source>Extract all data…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extract all data about the participant</source>
        <translation>Registerutdrag med alla uppgifter om deltagaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save everything stored about the participant as JSON and PDF (GDPR).</source>
        <translation>Spara allt som finns lagrat om deltagaren som JSON och PDF (GDPR).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase participant…</source>
        <translation>Radera deltagare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase participant</source>
        <translation>Radera deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the participant and everything stored about them, for good.</source>
        <translation>Ta bort deltagaren och allt som finns lagrat om hen, för gott.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Participant {code} was erased.</source>
        <translation>Deltagaren {code} har raderats.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data was not saved</source>
        <translation>Uppgifterna sparades inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved everything stored about {code} as {json} and {pdf}.</source>
        <translation>Allt som finns lagrat om {code} har sparats som {json} och {pdf}.</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <location filename="../bipdesk/ui/export_profile.py" line="+60"/>
        <source>Project profile</source>
        <translation>Projektprofil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card and age bands of the export</source>
        <translation>Exportens kort och åldersgrupper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project profile…</source>
        <translation>&amp;Öppna projektprofil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Open project profile</source>
        <translation>Öppna projektprofil</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The profile from the project office: project, card, age bands and reporting periods, so that your file merges with the other units&apos;</source>
        <translation>Profilen från projektkontoret: projekt, kort, åldersgrupper och rapportperioder, så att er fil går att slå ihop med de andra enheternas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove profile</source>
        <translation>Ta &amp;bort profilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the project profile</source>
        <translation>Ta bort projektprofilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export without a profile: the usual quarters and years, or other dates</source>
        <translation>Exportera utan profil: de vanliga kvartalen och åren, eller andra datum</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The profile used last time could not be opened again: {reason}</source>
        <translation>Profilen som användes förra gången kunde inte öppnas igen: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project profiles (*.json)</source>
        <translation>Projektprofiler (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Project profile not opened</source>
        <translation>Projektprofilen öppnades inte</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;{project}&lt;/b&gt; (from {file})</source>
        <translation>&lt;b&gt;{project}&lt;/b&gt; (från {file})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None: the usual quarters and years, or other dates</source>
        <translation>Ingen: de vanliga kvartalen och åren, eller andra datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Card {card} (not installed) · age bands {bands}</source>
        <translation>Kortet {card} (inte installerat) · åldersgrupper {bands}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Card {card} version {version} · age bands {bands}</source>
        <translation>Kortet {card} version {version} · åldersgrupper {bands}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../bipdesk/ui/office_profile.py" line="+120"/>
        <source>Row {row}: give the period a label.</source>
        <translation>Rad {row}: ge perioden en etikett.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the first day &apos;{text}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Rad {row}: första dagen ”{text}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the last day &apos;{text}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Rad {row}: sista dagen ”{text}” är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row}: the period ends ({end}) before it starts ({start}).</source>
        <translation>Rad {row}: perioden slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows {first} and {second} have the same label &apos;{label}&apos;.</source>
        <translation>Rad {first} och {second} har samma etikett ”{label}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add at least one reporting period.</source>
        <translation>Lägg till minst en rapportperiod.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+1"/>
        <location line="+195"/>
        <source>Save project profile</source>
        <translation>Spara projektprofil</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>as in the listed files</source>
        <translation>som i filerna i listan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the installed standard card and age bands</source>
        <translation>det installerade standardkortet och åldersgrupperna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A project profile tells every unit which card, age bands and reporting periods to export with, so that all their files can be added together. Send the saved file to the units; they choose it when they export for the project office.</source>
        <translation>En projektprofil talar om för varje enhet vilket kort, vilka åldersgrupper och vilka rapportperioder de ska exportera med, så att alla filer kan läggas ihop. Skicka den sparade filen till enheterna; de väljer den när de exporterar till projektkontoret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. BIP Kronoberg 2025–2027</source>
        <translation>t.ex. BIP Kronoberg 2025–2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} ({id}, version {version}) – {source}</source>
        <translation>{title} ({id}, version {version}) – {source}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands:</source>
        <translation>Åldersgrupper:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting periods</source>
        <translation>Rapportperioder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quarters</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-years</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole year</source>
        <translation>Helår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters, half-years and the year</source>
        <translation>Kvartal, halvår och helår</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which periods to fill in</source>
        <translation>Vilka perioder som fylls i</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill in</source>
        <translation>&amp;Fyll i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the rows with these periods</source>
        <translation>Ersätt raderna med de här perioderna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add row</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in:</source>
        <translation>Fyll i:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of</source>
        <translation>för</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days as YYYY-MM-DD; an empty day leaves that end open. Units name the period by its label when they export.</source>
        <translation>Datum som ÅÅÅÅ-MM-DD; ett tomt datum lämnar den änden öppen. Enheterna anger perioden med dess etikett när de exporterar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What must be put right</source>
        <translation>Vad som måste rättas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save profile…</source>
        <translation>&amp;Spara profil…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting periods:</source>
        <translation>Rapportperioder:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Give the project a name.</source>
        <translation>Ge projektet ett namn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Project profile (*.json)</source>
        <translation>Projektprofil (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The profile could not be saved: {reason}</source>
        <translation>Profilen kunde inte sparas: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved the project profile %1 (reporting periods: %n).</source>
        <translation>
            <numerusform>Sparade projektprofilen %1 (rapportperioder: %n).</numerusform>
            <numerusform>Sparade projektprofilen %1 (rapportperioder: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressionSummary</name>
    <message>
        <location filename="../bipdesk/ui/progression_summary.py" line="+36"/>
        <source>First and latest measurement</source>
        <translation>Första och senaste mätningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First, latest and change</source>
        <translation>Första, senaste och förändring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progression</source>
        <translation>Stegförflyttning</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>After the second measurement, the first and the latest are compared here.</source>
        <translation>Efter den andra mätningen jämförs den första och den senaste här.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progression: positive</source>
        <translation>Stegförflyttning: positiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progression: negative</source>
        <translation>Stegförflyttning: negativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progression: neutral (no change)</source>
        <translation>Stegförflyttning: neutral (ingen förändring)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progression: not comparable</source>
        <translation>Stegförflyttning: ej jämförbar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two measurements have no answered question in common.</source>
        <translation>De två mätningarna har ingen besvarad fråga gemensamt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First {first_date}: {first} · latest {latest_date}: {latest} · change {change} — over the one question answered in both</source>
        <translation>Första {first_date}: {first} · senaste {latest_date}: {latest} · förändring {change} – över den enda fråga som besvarats båda gångerna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First {first_date}: {first} · latest {latest_date}: {latest} · change {change} — means over the {count} questions answered in both</source>
        <translation>Första {first_date}: {first} · senaste {latest_date}: {latest} · förändring {change} – medelvärden över de {count} frågor som besvarats båda gångerna</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/question_page.py" line="+83"/>
        <source>Question in the participant&apos;s language</source>
        <translation>Frågan på deltagarens språk</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+ Add a note</source>
        <translation>+ Lägg till en anteckning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a note to this question</source>
        <translation>Lägg till en anteckning till frågan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on this question (optional)</source>
        <translation>Anteckning till frågan (valfritt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note on this question</source>
        <translation>Anteckning till frågan</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Area: {area}</source>
        <translation>Område: {area}</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>{value} of {maximum}</source>
        <translation>{value} av {maximum}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+9"/>
        <source>{value} = {label}</source>
        <translation>{value} = {label}</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <location filename="../bipdesk/ui/privacy_dialogs.py" line="+95"/>
        <source>Retention review — BIP Desk</source>
        <translation>Gallringsöversyn — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention review</source>
        <translation>Gallringsöversyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants due for erasure</source>
        <translation>Deltagare som ska gallras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due for erasure since</source>
        <translation>Ska gallras sedan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all participants</source>
        <translation>Markera alla deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>A&amp;vmarkera alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all participants</source>
        <translation>Avmarkera alla deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase ticked…</source>
        <translation>&amp;Radera markerade…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the ticked participants</source>
        <translation>Radera de markerade deltagarna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Participants whose participation ended more than {years} years ago (the retention period in Settings). Erase them when your organisation&apos;s rules for thinning out records (gallring) say they are no longer needed; the reports already sent keep their anonymized figures.</source>
        <translation>Deltagare vars deltagande avslutades för mer än {years} år sedan (bevarandetiden i Inställningar). Radera dem när er organisations gallringsregler säger att uppgifterna inte längre behövs; rapporter som redan skickats behåller sina avidentifierade siffror.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No participant ended more than {years} years ago. Nothing is due.</source>
        <translation>Ingen deltagare avslutades för mer än {years} år sedan. Inget ska gallras.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Erase participants</source>
        <translation>Radera deltagare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {count} participants for good, with all their measurements, answers and notes? This cannot be undone.</source>
        <translation>Radera {count} deltagare för gott, med alla deras mätningar, svar och anteckningar? Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase {count} participants</source>
        <translation>Radera {count} deltagare</translation>
    </message>
</context>
<context>
    <name>ScaleButton</name>
    <message>
        <location filename="../bipdesk/ui/exit_survey_page.py" line="-79"/>
        <source>Answer {value}: {label}</source>
        <translation>Svar {value}: {label}</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <location filename="../bipdesk/ui/server_address_dialog.py" line="+56"/>
        <source>Open team database — BIP Desk</source>
        <translation>Öppna teamdatabas — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open team database</source>
        <translation>Öppna teamdatabas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team database lives on a PostgreSQL server that your IT department runs, so that the coordinators of a unit can work with the same participants. They tell you the server, the database and your login.</source>
        <translation>En teamdatabas ligger på en PostgreSQL-server som it-avdelningen driver, så att koordinatorerna i en enhet kan arbeta med samma deltagare. It-avdelningen ger dig server, databas och inloggning.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example anna.svensson</source>
        <translation>till exempel anna.svensson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example db.kommun.se</source>
        <translation>till exempel db.kommun.se</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example bip</source>
        <translation>till exempel bip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption of the connection</source>
        <translation>Kryptering av anslutningen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic: checked TLS to another computer</source>
        <translation>Automatiskt: kontrollerad TLS till en annan dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS, the server&apos;s certificate checked (verify-full)</source>
        <translation>TLS, serverns certifikat kontrolleras (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS, the certificate not checked (require)</source>
        <translation>TLS, certifikatet kontrolleras inte (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No TLS (disable): only on this computer or a trusted network</source>
        <translation>Ingen TLS (disable): bara på den här datorn eller ett betrott nätverk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>&amp;Inloggning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is asked when the server wants one. BIP Desk does not save it.</source>
        <translation>Lösenordet efterfrågas om servern kräver ett. BIP Desk sparar det inte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../bipdesk/ui/server_password.py" line="+36"/>
        <source>Password for the team database</source>
        <translation>Lösenord till teamdatabasen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Password — BIP Desk</source>
        <translation>Lösenord — BIP Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server {server} asks for the password of the login {login} to open the team database {database}.</source>
        <translation>Servern {server} frågar efter lösenordet för inloggningen {login} för att öppna teamdatabasen {database}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not accept that password. Check Caps Lock and try again.</source>
        <translation>Servern godtog inte lösenordet. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BIP Desk does not save the password: it is asked again the next time the team database is opened.</source>
        <translation>BIP Desk sparar inte lösenordet: det efterfrågas igen nästa gång teamdatabasen öppnas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../bipdesk/ui/settings_dialog.py" line="+40"/>
        <source>Settings — BIP Desk</source>
        <translation>Inställningar — BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For this project (saved in the database):</source>
        <translation>För det här projektet (sparas i databasen):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit name</source>
        <translation>Enhetens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example Delprojekt Växjö</source>
        <translation>Till exempel Delprojekt Växjö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name of your unit or sub-project, written on aggregate files.</source>
        <translation>Namnet på er enhet eller ert delprojekt. Det skrivs i sammanställningarna till projektkontoret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit name:</source>
        <translation>&amp;Enhetens namn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement interval in months</source>
        <translation>Mätintervall i månader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next measurement is due this many months after the latest one.</source>
        <translation>Nästa mätning ska göras så här många månader efter den senaste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measurement &amp;interval:</source>
        <translation>Mät&amp;intervall:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period in years</source>
        <translation>Bevarandetid i år</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File → Retention review lists participants who ended longer ago than this, to be erased. Follow your organisation&apos;s rules for thinning out records.</source>
        <translation>Arkiv → Gallringsöversyn listar deltagare som avslutades för längre sedan än så, för radering. Följ er organisations regler för gallring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;ended participants for:</source>
        <translation>Bevara &amp;avslutade deltagare i:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes</source>
        <translation> minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes without use</source>
        <translation>Lås efter antal minuter utan användning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After this many minutes without use BIP Desk covers its windows until the passphrase is typed again.</source>
        <translation>Efter så här många minuter utan användning döljer BIP Desk sina fönster tills lösenfrasen skrivs igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only for an encrypted database: this one has no passphrase, so BIP Desk cannot lock it.</source>
        <translation>Bara för en krypterad databas: den här har ingen lösenfras, så BIP Desk kan inte låsa den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Lås vid inaktivitet efter:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep the &amp;newest:</source>
        <translation>Behåll de &amp;senaste:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> backups</source>
        <translation> säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of backups to keep</source>
        <translation>Antal säkerhetskopior att behålla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIP Desk backs the database up at start and at exit; older backups than this many are deleted.</source>
        <translation>BIP Desk säkerhetskopierar databasen när programmet startar och stängs; säkerhetskopior utöver så här många tas bort, de äldsta först.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On this computer:</source>
        <translation>På den här datorn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show participants&apos; &amp;names</source>
        <translation>Visa deltagarnas &amp;namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show participants&apos; names</source>
        <translation>Visa deltagarnas namn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When off, participants are shown by code only, everywhere in BIP Desk.</source>
        <translation>När rutan inte är ikryssad visas deltagarna bara med kod, överallt i BIP Desk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of BIP Desk</source>
        <translation>BIP Desks språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of menus, sheets, exports and reports. It changes at once; &apos;bipdesk --lang&apos; overrides it for one run.</source>
        <translation>Språket i menyer, uppföljningsblad, exporter och rapporter. Det byts direkt; &apos;bipdesk --lang&apos; går före för en körning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name in the edit history</source>
        <translation>Ditt namn i ändringshistoriken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded with every change you make, so that colleagues can see who changed what. Left empty, the computer&apos;s login name is recorded.</source>
        <translation>Sparas med varje ändring du gör, så att kollegor kan se vem som ändrade vad. Lämnar du fältet tomt sparas datorns inloggningsnamn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your na&amp;me (recorded in the edit history):</source>
        <translation>&amp;Ditt namn (sparas i ändringshistoriken):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>System ({language})</source>
        <translation>Systemets ({language})</translation>
    </message>
</context>
<context>
    <name>SpiderPanel</name>
    <message>
        <location filename="../bipdesk/ui/spider_widget.py" line="+80"/>
        <source>Export chart as %1…</source>
        <translation>Exportera diagrammet som %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export chart</source>
        <translation>Exportera diagrammet</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Show coordinator&apos;s view</source>
        <translation>Visa koordinatorns bild</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your own view of the latest ticked measurement, as a dashed outline</source>
        <translation>Din egen bild av den senaste markerade mätningen, som en streckad kontur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spider chart</source>
        <translation>Spindeldiagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-click to export the chart as PNG, SVG or PDF</source>
        <translation>Högerklicka för att exportera diagrammet som PNG, SVG eller PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measurements to show yet.</source>
        <translation>Inga mätningar att visa ännu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measurements to compare</source>
        <translation>Mätningar att jämföra</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Compare (at most %n):</source>
        <translation>
            <numerusform>Jämför (högst %n):</numerusform>
            <numerusform>Jämför (högst %n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+119"/>
        <source>mean %1</source>
        <translation>medel %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>At most %n measurements can be compared; untick one first.</source>
        <translation>
            <numerusform>Högst %n mätning kan jämföras. Avmarkera en först.</numerusform>
            <numerusform>Högst %n mätningar kan jämföras. Avmarkera en först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../bipdesk/ui/start_page.py" line="+93"/>
        <source>Who is due for a measurement</source>
        <translation>Dags för mätning</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue ({count})</source>
        <translation>Försenade ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is overdue.</source>
        <translation>Ingen är försenad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due within {days} days ({count})</source>
        <translation>Inom {days} dagar ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is due in the next {days} days.</source>
        <translation>Ingen ska mätas de närmaste {days} dagarna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never measured ({count})</source>
        <translation>Ingen mätning ännu ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has been measured at least once.</source>
        <translation>Alla har mätts minst en gång.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome to BIP Desk</source>
        <translation>Välkommen till BIP Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no participants yet. Add the first one, import them from a spreadsheet, or look around with invented demo data.</source>
        <translation>Det finns inga deltagare ännu. Lägg till den första, importera deltagare från ett kalkylark eller titta runt med påhittade demodata.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from file…</source>
        <translation>Importera från fil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import from file</source>
        <translation>Importera från fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open demo data</source>
        <translation>Öppna demodata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;a href=&quot;guide&quot;&gt;New to BIP Desk? Read the user guide (F1), with pictures.&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;Ny i BIP Desk? Läs användarhandboken (F1), med bilder.&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the user guide</source>
        <translation>Läs användarhandboken</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The start page could not be read</source>
        <translation>Startsidan kunde inte läsas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today is {today}. A measurement is due 1 month after the latest one.</source>
        <translation>I dag är det {today}. En ny mätning görs 1 månad efter den senaste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today is {today}. A measurement is due {months} months after the latest one.</source>
        <translation>I dag är det {today}. En ny mätning görs {months} månader efter den senaste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: {overdue}. Due within {days} days: {soon}. Never measured: {never}.</source>
        <translation>Försenade: {overdue}. Inom {days} dagar: {soon}. Ingen mätning ännu: {never}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show all {count} overdue participants in the list</source>
        <translation>Visa alla {count} försenade deltagare i listan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all {count} participants due soon in the list</source>
        <translation>Visa alla {count} deltagare som snart ska mätas i listan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all {count} participants never measured in the list</source>
        <translation>Visa alla {count} deltagare utan mätning i listan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Never measured.</source>
        <translation>Ingen mätning ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never measured; started on {date}.</source>
        <translation>Ingen mätning ännu. Började den {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day overdue (was due on {date}).</source>
        <translation>1 dag försenad (skulle ha gjorts den {date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days overdue (was due on {date}).</source>
        <translation>{days} dagar försenad (skulle ha gjorts den {date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today.</source>
        <translation>Dags i dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow, on {date}.</source>
        <translation>Dags i morgon, den {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due in {days} days, on {date}.</source>
        <translation>Dags om {days} dagar, den {date}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../bipdesk/ui/fill_in/summary_page.py" line="+56"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the answers together. Click a row to change that answer.</source>
        <translation>Gå igenom svaren tillsammans. Klicka på en rad för att ändra svaret.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answers, this time and the previous time</source>
        <translation>Svaren nu och förra gången</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Note on the whole measurement (optional):</source>
        <translation>&amp;Anteckning om hela mätningen (valfritt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on the whole measurement</source>
        <translation>Anteckning om hela mätningen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the last question</source>
        <translation>Tillbaka till sista frågan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save measurement</source>
        <translation>&amp;Spara mätningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save measurement</source>
        <translation>Spara mätningen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Previous</source>
        <translation>Förra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no earlier measurement to compare with.</source>
        <translation>Det finns ingen tidigare mätning att jämföra med.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous
{date}</source>
        <translation>Förra
{date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with the measurement of {date}.</source>
        <translation>Jämfört med mätningen från {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This time</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Not answered yet</source>
        <translation>Inte besvarad ännu</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>{label} (note: {note})</source>
        <translation>{label} (anteckning: {note})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not answered yet: question {numbers}. Click the row to answer it; if you save now, it is saved without an answer.</source>
        <translation>Inte besvarad ännu: fråga {numbers}. Klicka på raden för att svara; sparar du nu sparas den utan svar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answered yet: questions {numbers}. Click a row to answer it; if you save now, they are saved without an answer.</source>
        <translation>Inte besvarade ännu: frågorna {numbers}. Klicka på en rad för att svara; sparar du nu sparas de utan svar.</translation>
    </message>
</context>
<context>
    <name>SurveySummaryPage</name>
    <message>
        <location filename="../bipdesk/ui/exit_survey_page.py" line="+230"/>
        <source>The answers</source>
        <translation>Svaren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change this answer</source>
        <translation>Ändra det här svaret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the answers</source>
        <translation>Spara svaren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the last question</source>
        <translation>Tillbaka till sista frågan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} – {label}</source>
        <translation>{value} – {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{question}: {answer}</source>
        <translation>{question}: {answer}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No question is answered, so nothing is saved; an earlier answer is removed.</source>
        <translation>Ingen fråga är besvarad, så inget sparas; ett tidigare svar tas bort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers are counted in the reports without names.</source>
        <translation>Svaren räknas i rapporterna utan namn.</translation>
    </message>
</context>
<context>
    <name>TemplateButton</name>
    <message>
        <location filename="../bipdesk/ui/import_templates.py" line="+28"/>
        <source>Save a &amp;template…</source>
        <translation>Spara en &amp;mall…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Save a template</source>
        <translation>Spara en mall</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>A spreadsheet with the right columns and a few example rows to fill in</source>
        <translation>Ett kalkylark med rätt kolumner och några exempelrader att fylla i</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants and measurements…</source>
        <translation>Deltagare och mätningar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per measurement; a row without a date only adds the participant</source>
        <translation>En rad per mätning. En rad utan datum lägger bara till deltagaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities…</source>
        <translation>Aktiviteter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per activity of participants already in BIP Desk</source>
        <translation>En rad per aktivitet, för deltagare som redan finns i BIP Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>template-activities</source>
        <translation>mall-aktiviteter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template-participants</source>
        <translation>mall-deltagare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The template was not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the template as {file}. Fill it in, save it and import it.</source>
        <translation>Mallen sparades som {file}. Fyll i den, spara den och importera den.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../bipdesk/ui/timeline_widget.py" line="+44"/>
        <source>Timeline of the activities</source>
        <translation>Tidslinje över aktiviteterna</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} activities since {start}</source>
        <translation>{count} aktiviteter sedan {start}</translation>
    </message>
</context>
<context>
    <name>UnitReportDialog</name>
    <message>
        <location filename="../bipdesk/ui/unit_report_dialog.py" line="+111"/>
        <location line="+197"/>
        <source>Unit report</source>
        <translation>Enhetsrapport</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Internal — contains small counts, do not publish</source>
        <translation>Internt – innehåller små antal, får inte publiceras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is internal</source>
        <translation>Rapporten är intern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit report shows your unit&apos;s exact figures, small counts included, for your own follow-up. Do not publish it or send it on: the project office gets the export instead (File → Export for the project office…), whose figures are protected.</source>
        <translation>Enhetsrapporten visar er enhets exakta siffror, även små antal, för er egen uppföljning. Publicera den inte och skicka den inte vidare: projektkontoret får i stället exporten (Arkiv → Exportera till projektkontoret…), där siffrorna är skyddade.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the unit report</source>
        <translation>Om enhetsrapporten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole project, a calendar year or a quarter of the report</source>
        <translation>Rapportens period: hela projektet, ett kalenderår eller ett kvartal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also Excel &amp;workbook (XLSX)</source>
        <translation>Även Excel-&amp;arbetsbok (XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same exact tables as an .xlsx workbook beside the PDF</source>
        <translation>Samma exakta tabeller som en .xlsx-arbetsbok bredvid PDF-filen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit survey goal</source>
        <translation>Mål för enkäten vid avslut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s goal for the share of positive answers to each exit survey question; kept in the database for the next report</source>
        <translation>Projektets mål för andelen positiva svar på varje fråga i enkäten vid avslut; sparas i databasen till nästa rapport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Jämför med:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit survey &amp;goal:</source>
        <translation>&amp;Mål för enkäten vid avslut:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Save the unit report</source>
        <translation>Spara enhetsrapporten</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The whole project (all dates)</source>
        <translation>Hela projektet (alla datum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole project</source>
        <translation>hela projektet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year {year}</source>
        <translation>År {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year {year}, in progress</source>
        <translation>År {year}, pågår</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Q{number} {year} ({dates})</source>
        <translation>Kvartal {number} {year} ({dates})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q{number} {year} ({dates}), in progress</source>
        <translation>Kvartal {number} {year} ({dates}), pågår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q{number} {year}</source>
        <translation>kvartal {number} {year}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unit-report</source>
        <translation>enhetsrapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Writing the unit report…</source>
        <translation>Skriver enhetsrapporten…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unit report saved: {pdf} and {xlsx}</source>
        <translation>Enhetsrapporten är sparad: {pdf} och {xlsx}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit report saved: {pdf}</source>
        <translation>Enhetsrapporten är sparad: {pdf}</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../bipdesk/ui/user_guide.py" line="+247"/>
        <source>BIP Desk — User guide</source>
        <translation>BIP Desk — Användarhandbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+99"/>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+2"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The beginning of the guide, with its contents</source>
        <translation>Början av handboken, med innehållsförteckningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search in the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Find next</source>
        <translation>Sök nästa</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not in the guide: {text}</source>
        <translation>Finns inte i handboken: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is missing from this installation.</source>
        <translation>{file} saknas i den här installationen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The user guide is missing from this installation of BIP Desk. Install BIP Desk again, or read the guide in the docs folder of its source code.</source>
        <translation>Användarhandboken saknas i den här installationen av BIP Desk. Installera BIP Desk igen, eller läs handboken i mappen docs i källkoden.</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <location filename="../bipdesk/ui/window_host.py" line="+86"/>
        <source>{file} is already open.</source>
        <translation>{file} är redan öppen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the open tool windows first, then open the database.</source>
        <translation>Stäng de öppna verktygsfönstren först och öppna sedan databasen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened {file}.</source>
        <translation>Öppnade {file}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The new language is used from the next start of BIP Desk.</source>
        <translation>Det nya språket används från nästa gång BIP Desk startar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new language is used once the open tool windows are closed.</source>
        <translation>Det nya språket används när de öppna verktygsfönstren har stängts.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../bipdesk/ui/about.py" line="+35"/>
        <source>&lt;h2&gt;BIP Desk {version}&lt;/h2&gt;&lt;p&gt;BIP Desk helps coordinators in labour-market projects fill in the BIP progression card together with each participant, see who is due for the next measurement, and send anonymized figures to the project office.&lt;/p&gt;&lt;p&gt;The progression card is adapted from the BIP (Beskæftigelses Indikator Projektet) of Væksthusets Forskningscenter.&lt;/p&gt;&lt;p&gt;Participants&apos; data stays on this computer.&lt;/p&gt;&lt;p&gt;This is version {version}. What is new in it and in earlier versions is in the release notes that come with the program (the Release notes button). BIP Desk does not look for updates on the internet: your IT department installs new versions.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;BIP Desk {version}&lt;/h2&gt;&lt;p&gt;BIP Desk hjälper koordinatorer i arbetsmarknadsprojekt att fylla i BIP:s progressionskort tillsammans med varje deltagare, se vilka som ska mätas härnäst och skicka anonymiserade siffror till projektkontoret.&lt;/p&gt;&lt;p&gt;Progressionskortet bygger på BIP (Beskæftigelses Indikator Projektet) från Væksthusets Forskningscenter.&lt;/p&gt;&lt;p&gt;Deltagarnas uppgifter stannar på den här datorn.&lt;/p&gt;&lt;p&gt;Det här är version {version}. Vad som är nytt i den och i tidigare versioner står i versionsnyheterna som följer med programmet (knappen Versionsnyheter). BIP Desk letar inte efter uppdateringar på internet: din IT-avdelning installerar nya versioner.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About BIP Desk</source>
        <translation>Om BIP Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Release notes</source>
        <translation>Versionsnyheter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>BIP Desk — Release notes</source>
        <translation>BIP Desk — Versionsnyheter</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../bipdesk/ui/actions.py" line="+63"/>
        <source>&amp;New participant</source>
        <translation>&amp;Ny deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new participant.</source>
        <translation>Lägg till en ny deltagare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import participants and measurements from a CSV or Excel file.</source>
        <translation>Importera deltagare och mätningar från en CSV- eller Excelfil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print follow-up sheet…</source>
        <translation>Skriv &amp;ut uppföljningsblad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the follow-up sheet of the participant shown, with the chart.</source>
        <translation>Skriv ut uppföljningsbladet för den deltagare som visas, med diagrammet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheets for everyone due this &amp;week…</source>
        <translation>Blad för alla som ska mätas denna &amp;vecka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the follow-up sheets of everyone due this week in one PDF to print.</source>
        <translation>Spara uppföljningsbladen för alla som ska mätas den här veckan i en PDF för utskrift.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;demo data</source>
        <translation>Öppna &amp;demodata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this empty database with invented participants to try BIP Desk out.</source>
        <translation>Fyll den tomma databasen med påhittade deltagare för att prova BIP Desk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit report…</source>
        <translation>Enhets&amp;rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the unit&apos;s exact figures of a period as an internal PDF report for your own follow-up.</source>
        <translation>Spara enhetens exakta siffror för en period som en intern PDF-rapport för er egen uppföljning.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export for the project office…</source>
        <translation>&amp;Exportera till projektkontoret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and save the anonymized tables of a quarter or year for the project office.</source>
        <translation>Förhandsgranska och spara de anonymiserade tabellerna för ett kvartal eller år till projektkontoret.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project &amp;office…</source>
        <translation>Projekt&amp;kontoret…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add up the aggregate files of several units and save the project office&apos;s report.</source>
        <translation>Lägg ihop flera enheters sammanställningsfiler och spara projektkontorets rapport.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retention review…</source>
        <translation>&amp;Gallringsöversyn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the participants who ended longer ago than the retention period, to erase them.</source>
        <translation>Lista deltagare som avslutades för längre sedan än bevarandetiden, för att radera dem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the backups of the database, back it up now, or restore a backup.</source>
        <translation>Se databasens säkerhetskopior, säkerhetskopiera nu eller återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;passphrase…</source>
        <translation>Byt &amp;lösenfras …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database with a new passphrase from now on.</source>
        <translation>Kryptera databasen med en ny lösenfras från och med nu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close BIP Desk.</source>
        <translation>Stäng BIP Desk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find participant</source>
        <translation>&amp;Sök deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the participant list by code or name.</source>
        <translation>Sök i deltagarlistan på kod eller namn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the unit name, the measurement interval and whether names are shown.</source>
        <translation>Ändra enhetens namn, mätintervallet och om namn ska visas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start page</source>
        <translation>&amp;Startsida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who is due for a measurement.</source>
        <translation>Visa vilka som ska mätas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of all participants.</source>
        <translation>Visa listan över alla deltagare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group comparison…</source>
        <translation>&amp;Gruppjämförelse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the mean first and latest measurement of a group of participants.</source>
        <translation>Jämför medelvärdet av första och senaste mätningen för en grupp deltagare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sho&amp;w to participant</source>
        <translation>Visa &amp;för deltagaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the open participant their own chart and what has changed, over the whole screen, without codes or notes (Esc closes).</source>
        <translation>Visa den öppna deltagarens eget diagram och vad som har ändrats, över hela skärmen, utan koder och anteckningar (Esc stänger).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show &amp;names</source>
        <translation>Visa &amp;namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show participants&apos; names, or only their codes when someone else can see the screen.</source>
        <translation>Visa deltagarnas namn, eller bara deras koder när någon annan kan se skärmen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read how to use BIP Desk, with pictures (also offline).</source>
        <translation>Läs hur du använder BIP Desk, med bilder (fungerar utan internet).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About BIP Desk</source>
        <translation>&amp;Om BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version of BIP Desk.</source>
        <translation>Visa vilken version av BIP Desk som används.</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../bipdesk/core/activities.py" line="+130"/>
        <source>&apos;{text}&apos; is not an activity type; use one of {types} (or their Swedish names)</source>
        <translation>”{text}” är ingen aktivitetstyp; använd en av {types} (eller deras svenska namn)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{text}&apos; is not an area; use job, health, social or skills</source>
        <translation>”{text}” är inget område; använd job, health, social eller skills (eller de svenska namnen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{text}&apos; is not a branch; use an SNI 2007 section letter A–U</source>
        <translation>”{text}” är ingen bransch; använd en avdelningsbokstav A–U i SNI 2007</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the activity ends ({end}) before it starts ({start})</source>
        <translation>aktiviteten slutar ({end}) innan den börjar ({start})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hours cannot be negative ({hours})</source>
        <translation>timmarna kan inte vara negativa ({hours})</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/activities_repository.py" line="+136"/>
        <source>&apos;{value}&apos; is not an activity type</source>
        <translation>”{value}” är ingen aktivitetstyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an area; use {areas}</source>
        <translation>”{value}” är inget område; använd {areas}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{value}&apos; is not a number of hours</source>
        <translation>”{value}” är inget antal timmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hours cannot be negative</source>
        <translation>timmarna kan inte vara negativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not an SNI section A–U</source>
        <translation>”{value}” är ingen SNI-avdelning A–U</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an activity needs a start date</source>
        <translation>en aktivitet behöver ett startdatum</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&apos;{code}&apos; already has a {activity} activity starting {date}</source>
        <translation>”{code}” har redan en aktivitet av typen {activity} som börjar {date}</translation>
    </message>
</context>
<context>
    <name>activity import</name>
    <message>
        <location filename="../bipdesk/io/activity_import.py" line="+71"/>
        <source>hours cannot be negative (&apos;{text}&apos;)</source>
        <translation>timmar kan inte vara negativa (”{text}”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is not a number of hours (write e.g. 12 or 12,5)</source>
        <translation>”{text}” är inget antal timmar (skriv till exempel 12 eller 12,5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; hours is more than one activity can hold ({most})</source>
        <translation>”{text}” timmar är fler än en aktivitet kan ha ({most})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the column &apos;{name}&apos; of an activities file is missing</source>
        <translation>kolumnen ”{name}” saknas; en aktivitetsfil måste ha den</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>participant {participant} already has a {activity} activity starting {date} in row {row}</source>
        <translation>deltagare {participant} har redan en aktivitet {activity} som börjar {date} på rad {row}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an activity of type &apos;other&apos; needs its area: job, health, social or skills</source>
        <translation>en aktivitet av typen ”other” (Annan) behöver sitt område: job, health, social eller skills</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the activity ends ({end}) before it starts ({start})</source>
        <translation>aktiviteten slutar ({end}) innan den börjar ({start})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{hours} hours in {count} day is more than {most} hours a day</source>
        <translation>{hours} timmar på {count} dag är mer än {most} timmar om dagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} hours in {count} days is more than {most} hours a day</source>
        <translation>{hours} timmar på {count} dagar är mer än {most} timmar om dagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the participant code is empty</source>
        <translation>deltagarkoden är tom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the activity type is empty</source>
        <translation>aktivitetstypen är tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start date is empty</source>
        <translation>startdatumet är tomt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the hours are empty; give the hours planned or done</source>
        <translation>timmarna är tomma; fyll i planerade eller gjorda timmar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>there is no participant &apos;{participant}&apos; in the database; import or add the participant first</source>
        <translation>det finns ingen deltagare ”{participant}” i databasen; importera eller lägg till deltagaren först</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the activity starts {date} but participant {participant} starts {start}</source>
        <translation>aktiviteten börjar {date} men deltagare {participant} börjar {start}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the activity starts {date} but participant {participant} left {end}</source>
        <translation>aktiviteten börjar {date} men deltagare {participant} avslutades {end}</translation>
    </message>
</context>
<context>
    <name>age bands</name>
    <message>
        <location filename="../bipdesk/core/ages.py" line="+28"/>
        <source>age band limits must be increasing</source>
        <translation>åldersgruppernas gränser måste vara stigande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first age band limit must be 1 or more</source>
        <translation>den första åldersgränsen måste vara 1 eller mer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the age bands {bands}</source>
        <translation>kan inte läsa åldersgrupperna {bands}</translation>
    </message>
</context>
<context>
    <name>aggregation</name>
    <message>
        <location filename="../bipdesk/core/aggregation.py" line="+325"/>
        <source>a participant&apos;s record key is 0–255, not {key}</source>
        <translation>en deltagares postnyckel är 0–255, inte {key}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the answers of a measurement that counts are missing</source>
        <translation>svaren saknas för en mätning som räknas</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../bipdesk/storage/backup.py" line="+139"/>
        <source>{path} is empty: it is not a BIP Desk backup</source>
        <translation>{path} är tom: den är ingen säkerhetskopia från BIP Desk</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{path} holds no BIP Desk data yet; there is nothing to back up</source>
        <translation>{path} innehåller inga BIP Desk-uppgifter ännu; det finns inget att säkerhetskopiera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the backup folder {folder} cannot be created: {reason}</source>
        <translation>mappen för säkerhetskopior {folder} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} cannot be read for a backup: {reason}</source>
        <translation>{path} kan inte läsas för en säkerhetskopia: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{path} could not be copied to {destination}: {reason}</source>
        <translation>{path} kunde inte kopieras till {destination}: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the old backup {path} cannot be deleted: {reason}</source>
        <translation>den gamla säkerhetskopian {path} kan inte tas bort: {reason}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{path} is the database itself, not a backup of it</source>
        <translation>{path} är själva databasen, inte en säkerhetskopia av den</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{path} could not be copied aside before the restore ({reason}); nothing was changed</source>
        <translation>{path} kunde inte kopieras undan före återställningen ({reason}); ingenting har ändrats</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../bipdesk/core/card_parsing.py" line="+45"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../bipdesk/core/card_refusals.py" line="+12"/>
        <source>use lower-case letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>använd bara små bokstäver, siffror, &apos;-&apos; och &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 1 or more</source>
        <translation>måste vara 1 eller mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be greater than scale.min</source>
        <translation>måste vara större än scale.min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scale may have at most 21 steps</source>
        <translation>en skala får ha högst 21 steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing or empty; a card needs at least one question</source>
        <translation>saknas eller är tom; ett kort behöver minst en fråga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a table</source>
        <translation>måste vara en tabell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use lower-case letters, digits and &apos;_&apos; only</source>
        <translation>använd bara små bokstäver, siffror och &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchors need a scale of at least three steps (low, middle, high)</source>
        <translation>ankartexter behöver en skala med minst tre steg (låg, mitten, hög)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a language code other than &apos;sv&apos;</source>
        <translation>måste vara en annan språkkod än &apos;sv&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a table of question id → {text, label, anchors}</source>
        <translation>måste vara en tabell med fråge-id → {text, label, anchors}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a table with text and label</source>
        <translation>måste vara en tabell med text och label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{id}&apos; is used twice</source>
        <translation>”{id}” används två gånger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{area}&apos; is not one of {areas}</source>
        <translation>”{area}” är inte något av {areas}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the translation is for {translated}, not for {card}</source>
        <translation>översättningen gäller {translated}, inte {card}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>card {card} has no such question</source>
        <translation>kortet {card} har ingen sådan fråga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>card {card} is already defined in {source}; give an adapted card a new version or a new id</source>
        <translation>kortet {card} finns redan i {source}; ge ett anpassat kort en ny version eller ett nytt id</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/cards.py" line="+39"/>
        <source>not valid {format}: {error}</source>
        <translation>inte giltig {format}: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not UTF-8 text</source>
        <translation>inte UTF-8-text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: {reason}</source>
        <translation>kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must hold a table of fields</source>
        <translation>måste innehålla en tabell med fält</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no card {card} to translate</source>
        <translation>det finns inget kort {card} att översätta</translation>
    </message>
</context>
<context>
    <name>card file</name>
    <message>
        <location filename="../bipdesk/io/card_toml.py" line="+87"/>
        <source>cannot be written ({reason})</source>
        <translation>kan inte skrivas ({reason})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the card would not read back as written; nothing written</source>
        <translation>kortet skulle inte läsas tillbaka som det skrevs; ingenting skrevs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already exists; nothing written</source>
        <translation>finns redan; ingenting skrevs</translation>
    </message>
</context>
<context>
    <name>card texts</name>
    <message>
        <location filename="../bipdesk/cli/card.py" line="+76"/>
        <source>&apos;{name}&apos;: the version after &apos;@&apos; must be a whole number, e.g. @1</source>
        <translation>”{name}”: versionen efter ”@” måste vara ett heltal, till exempel @1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no card &apos;{name}&apos; is installed (none is)</source>
        <translation>inget kort ”{name}” är installerat (inget kort alls är installerat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no card &apos;{name}&apos; is installed (installed: {installed})</source>
        <translation>inget kort ”{name}” är installerat (installerade: {installed})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--lang: {reason}</source>
        <translation>--lang: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{out}: {count} texts of {card} to translate into {language} ({code}); the card has {have} of {questions} questions in it already (status: {status})</source>
        <translation>{out}: {count} texter i {card} att översätta till {language} ({code}); kortet har redan {have} av {questions} frågor på språket (status: {status})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}: no such file</source>
        <translation>{file}: filen finns inte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path}: {card}, made from {base}</source>
        <translation>{path}: {card}, gjort från {base}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{language}: {count} text changed, {unchanged} unchanged; status {before} → {after}</source>
        <translation>{language}: {count} text ändrad, {unchanged} oförändrade; status {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{language}: {count} texts changed, {unchanged} unchanged; status {before} → {after}</source>
        <translation>{language}: {count} texter ändrade, {unchanged} oförändrade; status {before} → {after}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>changed: {key}</source>
        <translation>ändrad: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: {key}</source>
        <translation>ny: {key}</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/card_texts.py" line="+159"/>
        <source>&apos;{language}&apos; is not a language code such as &apos;ar&apos;, &apos;so&apos; or &apos;prs&apos;</source>
        <translation>”{language}” är ingen språkkod som ”ar”, ”so” eller ”prs”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swedish is the card&apos;s base language: change it in a copy of the card file</source>
        <translation>svenska är kortets grundspråk: ändra det i en kopia av kortfilen</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/card_texts_import.py" line="+33"/>
        <source>sheet {sheet}, row {row}, column {column}</source>
        <translation>bladet {sheet}, rad {row}, kolumn {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot be read ({reason})</source>
        <translation>kan inte läsas ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a readable XLSX workbook</source>
        <translation>är ingen läsbar XLSX-arbetsbok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was not made by `bipdesk card texts` (it has no sheet &apos;bipdesk&apos;)</source>
        <translation>är inte gjord med `bipdesk card texts` (den har inget blad ”bipdesk”)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was not made by `bipdesk card texts` (sheet &apos;bipdesk&apos; is not its own)</source>
        <translation>är inte gjord med `bipdesk card texts` (bladet ”bipdesk” är inte dess eget)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no sheet &apos;{sheet}&apos;</source>
        <translation>har inget blad ”{sheet}”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is not a readable XLSX workbook (a part is damaged)</source>
        <translation>är ingen läsbar XLSX-arbetsbok (en del är skadad)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sheet &apos;bipdesk&apos; does not name the card and its version</source>
        <translation>bladet ”bipdesk” anger inte kortet och dess version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>was made from card {card} v{version}, which is not installed</source>
        <translation>gjordes från kortet {card} v{version}, som inte är installerat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>was made from {base}, but {newest} is newer; make a new workbook with `bipdesk card texts {card}` so that no change is lost</source>
        <translation>gjordes från {base}, men {newest} är nyare; gör en ny arbetsbok med `bipdesk card texts {card}` så att ingen ändring går förlorad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: missing language code; the header ends with it, e.g. &apos;(ar)&apos;</source>
        <translation>{where}: språkkoden saknas; rubriken slutar med den, till exempel ”(ar)”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;{key}&apos; is not a text of {card}</source>
        <translation>”{key}” är ingen text i {card}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an empty key is not a text of {card}</source>
        <translation>en tom nyckel är ingen text i {card}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{key}&apos; is also in row {row}</source>
        <translation>”{key}” finns också på rad {row}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sheet {sheet}: no row for &apos;{key}&apos; in column {column}; make a new workbook</source>
        <translation>bladet {sheet}: ingen rad för ”{key}” i kolumn {column}; gör en ny arbetsbok</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sheet {sheet}, column {column}: no {language} text is filled in</source>
        <translation>bladet {sheet}, kolumn {column}: ingen text på {language} är ifylld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text for &apos;{key}&apos; is empty</source>
        <translation>texten för ”{key}” är tom</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>changes nothing: its {language} texts and their status ({status}) are those of {card} already; no new version written</source>
        <translation>ändrar ingenting: dess texter på {language} och deras status ({status}) är redan desamma som i {card}; ingen ny version skrevs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sheet {sheet}, rows {first}–{last}, column {column}: {key} needs exactly three texts (low, middle, high), found {found}</source>
        <translation>bladet {sheet}, rad {first}–{last}, kolumn {column}: {key} behöver exakt tre texter (låg, mitten, hög), hittade {found}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../bipdesk/cli/errors.py" line="+31"/>
        <source>{path}: no such database</source>
        <translation>{path}: databasen finns inte</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/importing.py" line="+51"/>
        <source>{file}: no such file</source>
        <translation>{file}: filen finns inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Would change (dry run, nothing written):</source>
        <translation>Skulle ändra (provkörning, ingenting skrivet):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported:</source>
        <translation>Importerat:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{path}: added {participants} demo participants with {measurements} measurements</source>
        <translation>{path}: lade till {participants} demodeltagare med {measurements} mätningar</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/sheet.py" line="+65"/>
        <source>{out}: follow-up sheet of {code}, {count} page</source>
        <translation>{out}: uppföljningsblad för {code}, {count} sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out}: follow-up sheet of {code}, {count} pages</source>
        <translation>{out}: uppföljningsblad för {code}, {count} sidor</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/main.py" line="+37"/>
        <source>self-check failed: {failure}</source>
        <translation>självkontrollen misslyckades: {failure}</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/safety.py" line="+48"/>
        <source>{backup}: backup of {path}, {size} bytes</source>
        <translation>{backup}: säkerhetskopia av {path}, {size} byte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} older backup deleted, the newest {keep} kept</source>
        <translation>{count} äldre säkerhetskopia raderad, de {keep} nyaste sparade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} older backups deleted, the newest {keep} kept</source>
        <translation>{count} äldre säkerhetskopior raderade, de {keep} nyaste sparade</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{backup}: no such backup</source>
        <translation>{backup}: säkerhetskopian finns inte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: restored from {backup}</source>
        <translation>{path}: återställd från {backup}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: restored from {backup}; the file it replaced is kept as {previous}</source>
        <translation>{path}: återställd från {backup}; filen den ersatte finns kvar som {previous}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>schema {revision}</source>
        <translation>schema {revision}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema {revision} (upgraded to {head} when next opened)</source>
        <translation>schema {revision} (uppgraderas till {head} nästa gång den öppnas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: sound BIP Desk database, {version}, {participants} participants, {measurements} measurements</source>
        <translation>{path}: felfri BIP Desk-databas, {version}, {participants} deltagare, {measurements} mätningar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in use by {holder}</source>
        <translation>används av {holder}</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/main.py" line="+20"/>
        <source>Restore it with `{command}`.</source>
        <translation>Återställ den med `{command}`.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>nothing was imported: {count} problem</source>
        <translation>ingenting importerades: {count} problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was imported: {count} problems</source>
        <translation>ingenting importerades: {count} problem</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected error ({error}); set BIPDESK_DEBUG=1 to see the details</source>
        <translation>oväntat fel ({error}); sätt BIPDESK_DEBUG=1 för att se detaljerna</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/aggregate.py" line="+148"/>
        <source>--k is gone: aggregate files are now protected by the cell key method, which needs no smallest count; leave --k out</source>
        <translation>--k finns inte längre: sammanställningsfiler skyddas nu med cellnyckelmetoden, som inte behöver något minsta antal; utelämna --k</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--period names a period of a project profile; give --profile too</source>
        <translation>--period anger en period i en projektprofil; ange --profile också</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give either --period or --from/--to, not both</source>
        <translation>ange antingen --period eller --from/--to, inte båda</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{files}: unit &apos;{unit}&apos;, {registered} participants registered (protected by the cell key method: each figure within ±{deviation} of the exact count); {withheld} means withheld (fewer than {smallest} people)</source>
        <translation>{files}: enheten ”{unit}”, {registered} deltagare registrerade (skyddade med cellnyckelmetoden: varje siffra ligger inom ±{deviation} från det exakta antalet); {withheld} medelvärden utelämnade (färre än {smallest} personer)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>give --allow-mixed-periods to merge files of different periods</source>
        <translation>ange --allow-mixed-periods för att slå ihop filer från olika perioder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was written</source>
        <translation>ingenting skrevs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{files}: {count} exports of {units} merged</source>
        <translation>{files}: {count} exporter från {units} ihopslagna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{files}: {count} exports of {units} merged; positive step {value} ± {margin}</source>
        <translation>{files}: {count} exporter från {units} ihopslagna; positivt steg {value} ± {margin}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{problem}; nothing was written</source>
        <translation>{problem}; ingenting skrevs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: {option} needs a file name ending in {suffix}; nothing was written</source>
        <translation>{file}: {option} behöver ett filnamn som slutar på {suffix}; ingenting skrevs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{files}: the exact figures of unit &apos;{unit}&apos;, {registered} participants registered; internal - contains small counts, do not publish</source>
        <translation>{files}: de exakta siffrorna för enheten ”{unit}”, {registered} deltagare registrerade; internt – innehåller små antal, får inte publiceras</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: is one of the files to merge; nothing was written</source>
        <translation>{file}: är en av filerna som ska slås ihop; ingenting skrevs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: given twice as an output; nothing was written</source>
        <translation>{file}: angiven två gånger som utfil; ingenting skrevs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: the folder {folder} does not exist; nothing was written</source>
        <translation>{file}: mappen {folder} finns inte; ingenting skrevs</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/participant_copy.py" line="+30"/>
        <source>--names cannot be used with --participant-copy: the copy has no name</source>
        <translation>--names kan inte användas med --participant-copy: kopian har inget namn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--compare cannot be used with --participant-copy: the copy always shows the first, the previous and the latest measurement</source>
        <translation>--compare kan inte användas med --participant-copy: kopian visar alltid den första, den förra och den senaste mätningen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file}: the participant&apos;s own copy ({languages}), {count} page</source>
        <translation>{file}: deltagarens egen kopia ({languages}), {count} sida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the participant&apos;s own copy ({languages}), {count} pages</source>
        <translation>{file}: deltagarens egen kopia ({languages}), {count} sidor</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/encryption.py" line="+25"/>
        <source>Keep the passphrase safe: a lost passphrase cannot be recovered by anyone, and without it neither the database nor its backups can be read.</source>
        <translation>Förvara lösenfrasen säkert: en förlorad lösenfras kan ingen återskapa, och utan den går varken databasen eller dess säkerhetskopior att läsa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passphrase for {path}: </source>
        <translation>Lösenfras för {path}: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a new passphrase for {path} is needed: set {variable} or run the command in a terminal; nothing was changed</source>
        <translation>en ny lösenfras för {path} behövs: sätt {variable} eller kör kommandot i en terminal; ingenting har ändrats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase for {path}: </source>
        <translation>Ny lösenfras för {path}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again: </source>
        <translation>Samma lösenfras igen: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>de två lösenfraserna är olika; ingenting har ändrats</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{where} is a team database on a server: its owner makes it ready with &apos;bipdesk --db URL team init&apos;; &apos;init&apos; makes a database file on this computer</source>
        <translation>{where} är en teamdatabas på en server: dess ägare gör den klar med ”bipdesk --db URL team init”; ”init” skapar en databasfil på den här datorn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} already exists; init only makes a new database (nothing was changed)</source>
        <translation>{path} finns redan; init skapar bara en ny databas (ingenting har ändrats)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: new database, encrypted with SQLCipher. {warning}</source>
        <translation>{path}: ny databas, krypterad med SQLCipher. {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: new database (not encrypted)</source>
        <translation>{path}: ny databas (inte krypterad)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path}: the passphrase is changed; backups made before keep the old one. {warning}</source>
        <translation>{path}: lösenfrasen är bytt; säkerhetskopior som gjorts tidigare behåller den gamla. {warning}</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/history.py" line="+22"/>
        <source>Edit history of {code}, newest first:</source>
        <translation>Ändringshistorik för {code}, nyaste först:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code}: no changes are recorded</source>
        <translation>{code}: inga ändringar är sparade</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../bipdesk/cli/privacy.py" line="+49"/>
        <source>there is no participant &apos;{code}&apos; in {path}</source>
        <translation>det finns ingen deltagare ”{code}” i {path}</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/privacy.py" line="+10"/>
        <source>This erases participant {code} with every measurement, note and draft, for good. Backups keep a copy until they are replaced.</source>
        <translation>Detta raderar deltagaren {code} med alla mätningar, anteckningar och utkast, för gott. Säkerhetskopior behåller en kopia tills de ersätts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code {code} to erase: </source>
        <translation>Skriv koden {code} för att radera: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>participant {code} was not erased: confirm by typing the code, or add {option} when no one can type</source>
        <translation>deltagaren {code} raderades inte: bekräfta genom att skriva koden, eller lägg till {option} när ingen kan skriva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path}: erased participant {code} with {count} measurement; backups keep a copy until they are replaced</source>
        <translation>{path}: deltagaren {code} med {count} mätning är raderad; säkerhetskopior behåller en kopia tills de ersätts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: erased participant {code} with {count} measurements; backups keep a copy until they are replaced</source>
        <translation>{path}: deltagaren {code} med {count} mätningar är raderad; säkerhetskopior behåller en kopia tills de ersätts</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{file} ({count} page)</source>
        <translation>{file} ({count} sida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} ({count} pages)</source>
        <translation>{file} ({count} sidor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{files}: everything stored about {code}, {count} measurement</source>
        <translation>{files}: allt som är sparat om {code}, {count} mätning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files}: everything stored about {code}, {count} measurements</source>
        <translation>{files}: allt som är sparat om {code}, {count} mätningar</translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/opening.py" line="+71"/>
        <source>The password was not accepted; type it again.</source>
        <translation>Lösenordet godtogs inte; skriv det igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {address}: </source>
        <translation>Lösenord för {address}: </translation>
    </message>
    <message>
        <location filename="../bipdesk/cli/team.py" line="+81"/>
        <source>{path} is a file; the team commands work on a team database (--db postgresql://LOGIN@HOST/DATABASE)</source>
        <translation>{path} är en fil; teamkommandona arbetar med en teamdatabas (--db postgresql://INLOGGNING@SERVER/DATABAS)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{where} is a BIP Desk team database at schema {revision}</source>
        <translation>{where} är en teamdatabas för BIP Desk med schema {revision}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created the group roles {roles}</source>
        <translation>skapade grupprollerna {roles}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next: add an admin or the units&apos; members with &apos;bipdesk --db {url} team add-member LOGIN --unit UNIT --role coordinator|lead|admin&apos;</source>
        <translation>nästa steg: lägg till en administratör eller enheternas medlemmar med ”bipdesk --db {url} team add-member INLOGGNING --unit ENHET --role coordinator|lead|admin”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>created unit {unit}</source>
        <translation>skapade enheten {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{login} is now an admin: manages units and members, sees no participant</source>
        <translation>{login} är nu administratör: hanterar enheter och medlemmar, ser inga deltagare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{login}: admin</source>
        <translation>{login}: administratör</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{login} is now a lead of unit {unit}</source>
        <translation>{login} är nu enhetsansvarig för enheten {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{login}: lead of unit {unit}</source>
        <translation>{login}: enhetsansvarig för enheten {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} is now a coordinator of unit {unit}</source>
        <translation>{login} är nu koordinator för enheten {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{login}: coordinator of unit {unit}</source>
        <translation>{login}: koordinator för enheten {unit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{login} is no longer a member of unit {unit}</source>
        <translation>{login} är inte längre medlem i enheten {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{login} is no longer an admin</source>
        <translation>{login} är inte längre administratör</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no members that your login may see</source>
        <translation>inga medlemmar som din inloggning får se</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>participant {code} is handed over from unit {from_unit} to unit {to_unit}</source>
        <translation>deltagare {code} är överlämnad från enheten {from_unit} till enheten {to_unit}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>copied {count} participant with {measurements} measurements from {path} to unit {unit} of {where}; the file is unchanged</source>
        <translation>kopierade {count} deltagare med {measurements} mätningar från {path} till enheten {unit} i {where}; filen är oförändrad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>copied {count} participants with {measurements} measurements from {path} to unit {unit} of {where}; the file is unchanged</source>
        <translation>kopierade {count} deltagare med {measurements} mätningar från {path} till enheten {unit} i {where}; filen är oförändrad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{where}: BIP Desk team database at schema {revision}; your login sees {participants} participants and {measurements} measurements</source>
        <translation>{where}: teamdatabas för BIP Desk med schema {revision}; din inloggning ser {participants} deltagare och {measurements} mätningar</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../bipdesk/reports/changes.py" line="+78"/>
        <source>--compare is empty; use first,latest, all or dates YYYY-MM-DD,...</source>
        <translation>--compare är tomt; använd first,latest, all eller datum ÅÅÅÅ-MM-DD,...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{word}&apos; is neither first, latest, all nor a date YYYY-MM-DD</source>
        <translation>”{word}” är varken first, latest, all eller ett datum ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no measurement on {day}; there are: {dates}</source>
        <translation>det finns ingen mätning den {day}; det finns mätningar den: {dates}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at most {count} measurements can be compared</source>
        <translation>högst {count} mätningar kan jämföras</translation>
    </message>
</context>
<context>
    <name>concurrent change</name>
    <message>
        <location filename="../bipdesk/ui/concurrent_change.py" line="+30"/>
        <source>Someone else changed this participant while you were editing; your change was not saved. The page now shows what is saved.</source>
        <translation>Någon annan ändrade deltagaren medan du redigerade; din ändring sparades inte. Sidan visar nu det som är sparat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the measurement of {date} while you were editing; your change was not saved. The page now shows what is saved.</source>
        <translation>Någon annan ändrade mätningen från {date} medan du redigerade; din ändring sparades inte. Sidan visar nu det som är sparat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{editor} changed this participant at {time} while you were editing; your change was not saved. The page now shows what is saved.</source>
        <translation>{editor} ändrade deltagaren kl. {time} medan du redigerade; din ändring sparades inte. Sidan visar nu det som är sparat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{editor} changed this participant on {day} at {time} while you were editing; your change was not saved. The page now shows what is saved.</source>
        <translation>{editor} ändrade deltagaren den {day} kl. {time} medan du redigerade; din ändring sparades inte. Sidan visar nu det som är sparat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{editor} changed the measurement of {date} at {time} while you were editing; your change was not saved. The page now shows what is saved.</source>
        <translation>{editor} ändrade mätningen från {date} kl. {time} medan du redigerade; din ändring sparades inte. Sidan visar nu det som är sparat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{editor} changed the measurement of {date} on {day} at {time} while you were editing; your change was not saved. The page now shows what is saved.</source>
        <translation>{editor} ändrade mätningen från {date} den {day} kl. {time} medan du redigerade; din ändring sparades inte. Sidan visar nu det som är sparat.</translation>
    </message>
</context>
<context>
    <name>coordinator view</name>
    <message>
        <location filename="../bipdesk/core/coordinator_view.py" line="+88"/>
        <source>card {card} has no question &apos;{question}&apos;</source>
        <translation>kortet {card} har ingen fråga ”{question}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{question}: the coordinator&apos;s value {value} is not a whole number {first}–{last}</source>
        <translation>{question}: koordinatorns värde {value} är inget heltal {first}–{last}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{question}: say in a few words why the coordinator sees it differently</source>
        <translation>{question}: skriv med några ord varför koordinatorn ser det annorlunda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{question}: the reason is {count} characters; at most {most} are kept</source>
        <translation>{question}: motiveringen är {count} tecken; högst {most} sparas</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/coordinator_view_repository.py" line="+134"/>
        <source>card {card} v{version} is not installed, so the coordinator&apos;s view cannot be checked</source>
        <translation>kortet {card} v{version} är inte installerat, så koordinatorns bild kan inte kontrolleras</translation>
    </message>
</context>
<context>
    <name>database_menu</name>
    <message>
        <location filename="../bipdesk/ui/database_menu.py" line="+88"/>
        <source>{file} (read-only) — BIP Desk</source>
        <translation>{file} (skrivskyddad) — BIP Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} — BIP Desk</source>
        <translation>{file} — BIP Desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database: {file}</source>
        <translation>Databas: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team database {database} on {server} · Login: {login}</source>
        <translation>Teamdatabas {database} på {server} · Inloggning: {login}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team database on a server: the coordinators of your units work in it together. Address: {address}</source>
        <translation>En teamdatabas på en server: koordinatorerna i dina enheter arbetar i den tillsammans. Adress: {address}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New &amp;database…</source>
        <translation>Ny &amp;databas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an empty database in a file of your choice</source>
        <translation>Börja med en tom databas i en fil som du väljer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open another BIP Desk database</source>
        <translation>Öppna en annan databas för BIP Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;team database…</source>
        <translation>Öppna &amp;teamdatabas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database your team shares on a server</source>
        <translation>Öppna databasen som ditt team delar på en server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+13"/>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>BIP Desk databases (*.db)</source>
        <translation>Databaser för BIP Desk (*.db)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} already exists. A new database needs a new file name; to open the existing one, choose File → Open database….</source>
        <translation>{file} finns redan. En ny databas behöver ett nytt filnamn. Vill du öppna den som finns, välj Arkiv → Öppna databas….</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIP Desk databases (*.db);;All files (*)</source>
        <translation>Databaser för BIP Desk (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{address}  (team database)</source>
        <translation>{address}  (teamdatabas)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is missing</source>
        <translation>{path} finns inte längre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No other databases yet</source>
        <translation>Inga andra databaser än</translation>
    </message>
</context>
<context>
    <name>demo_banner</name>
    <message>
        <location filename="../bipdesk/ui/demo_banner.py" line="+19"/>
        <source>Demo data — invented people</source>
        <translation>Demodata – påhittade personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here is about real participants. Your own database is under File → Open recent.</source>
        <translation>Inget här handlar om riktiga deltagare. Din egen databas hittar du under Arkiv → Öppna senaste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
</context>
<context>
    <name>desktop check</name>
    <message>
        <location filename="../bipdesk/desktop_check.py" line="+94"/>
        <source>the command-line tools work without a display: see {command}.</source>
        <translation>kommandoradsverktygen fungerar utan skärm: se {command}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot open the display {display}: is the desktop session running, and may this user use it (DISPLAY, xhost)?</source>
        <translation>kan inte öppna skärmen {display}: är skrivbordssessionen igång, och får den här användaren använda den (DISPLAY, xhost)?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>reinstall your desktop&apos;s X11 libraries (libxcb and the xcb-util family)</source>
        <translation>installera om skrivbordets X11-bibliotek (libxcb och xcb-util-familjen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debian/Ubuntu: {debian_command}; Fedora: {fedora_command}</source>
        <translation>Debian/Ubuntu: {debian_command}; Fedora: {fedora_command}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no display: the desktop window needs a graphical session, and neither DISPLAY nor WAYLAND_DISPLAY is set (on a server, connect with {ssh} or use a desktop).</source>
        <translation>ingen skärm: skrivbordsfönstret behöver en grafisk session, och varken DISPLAY eller WAYLAND_DISPLAY är satt (på en server, anslut med {ssh} eller använd ett skrivbord).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the desktop window cannot start: Qt needs system libraries that are missing: {libraries}.</source>
        <translation>skrivbordsfönstret kan inte starta: Qt behöver systembibliotek som saknas: {libraries}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>install them ({advice}); the command-line tools work without them ({command}).</source>
        <translation>installera dem ({advice}); kommandoradsverktygen fungerar utan dem ({command}).</translation>
    </message>
</context>
<context>
    <name>edit history</name>
    <message>
        <location filename="../bipdesk/core/history.py" line="+92"/>
        <source>&apos;{name}&apos; is not a field of the edit history</source>
        <translation>”{name}” är inget fält i ändringshistoriken</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../bipdesk/ui/encryption.py" line="-172"/>
        <source>Passphrase for {file}:</source>
        <translation>Lösenfras för {file}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase is wrong. Check Caps Lock and try again.</source>
        <translation>Lösenfrasen är fel. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is encrypted</source>
        <translation>Databasen är krypterad</translation>
    </message>
</context>
<context>
    <name>exit survey</name>
    <message>
        <location filename="../bipdesk/core/surveys.py" line="+24"/>
        <source>the exit survey&apos;s goal is a whole percent from 1 to 100, not {value}</source>
        <translation>målet för enkäten vid avslut ska vara ett helt antal procent från 1 till 100, inte {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a survey answer is 1–4, not {value}</source>
        <translation>ett enkätsvar är 1–4, inte {value}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{question}: a survey answer is 1–4, not {value}</source>
        <translation>{question}: ett enkätsvar är 1–4, inte {value}</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/activities_repository.py" line="+28"/>
        <source>the survey has no id or version</source>
        <translation>enkäten saknar id eller version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an answer has no question</source>
        <translation>ett svar saknar fråga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{question}: {value} is not 1–4</source>
        <translation>{question}: {value} är inte 1–4</translation>
    </message>
</context>
<context>
    <name>exits</name>
    <message>
        <location filename="../bipdesk/core/exits.py" line="+46"/>
        <source>&apos;{text}&apos; is not an employment; use permanent or temporary</source>
        <translation>”{text}” är ingen anställningsform; använd permanent eller temporary (eller de svenska namnen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{text}&apos; is not a working time; use full_time or part_time</source>
        <translation>”{text}” är ingen arbetstid; använd full_time eller part_time (eller de svenska namnen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{text}&apos; is neither yes nor no (ja/nej)</source>
        <translation>”{text}” är varken ja eller nej</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../bipdesk/io/export.py" line="+64"/>
        <source>the card &apos;{card}&apos; is not installed</source>
        <translation>kortet ”{card}” är inte installerat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the card &apos;{card}&apos; version {version} is not installed</source>
        <translation>kortet ”{card}” version {version} är inte installerat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the unit label is empty; give the exporting unit a name</source>
        <translation>enhetens namn är tomt; ge den exporterande enheten ett namn</translation>
    </message>
</context>
<context>
    <name>file</name>
    <message>
        <location filename="../bipdesk/io/file_error.py" line="+25"/>
        <source>Cannot be used</source>
        <translation>Kan inte användas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot be read</source>
        <translation>Kan inte läsas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not JSON</source>
        <translation>Inte JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist; it may have been moved or deleted.</source>
        <translation>Filen finns inte; den kan ha flyttats eller tagits bort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: you may not open it.</source>
        <translation>Filen kan inte läsas: du har inte behörighet att öppna den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>Filen kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not JSON: it is not UTF-8 text.</source>
        <translation>Filen är inte JSON: den är inte text i UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not JSON (error at line {line}, column {column}).</source>
        <translation>Filen är inte JSON (fel på rad {line}, kolumn {column}).</translation>
    </message>
</context>
<context>
    <name>group</name>
    <message>
        <location filename="../bipdesk/reports/group.py" line="+62"/>
        <source>&apos;{band}&apos; is not an age band; use one of {bands}</source>
        <translation>”{band}” är ingen åldersgrupp; använd en av {bands}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../bipdesk/io/import_kind.py" line="+21"/>
        <source>is an aggregate file exported for the project office, not an import file; import a CSV or XLSX file with one row per participant or measurement</source>
        <translation>är en aggregatfil som exporterats till projektkontoret, inte en importfil; importera en CSV- eller XLSX-fil med en rad per deltagare eller mätning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is a table exported from BIP Desk (a report or an aggregate file), not an import file: an import file starts with a header row naming its columns ({columns}, ...)</source>
        <translation>är en tabell som exporterats från BIP Desk (en rapport eller en aggregatfil), inte en importfil: en importfil börjar med en rubrikrad som namnger kolumnerna ({columns} …)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is a PDF (a report or a sheet), not an import file; import a CSV or XLSX file</source>
        <translation>är en PDF (en rapport eller ett uppföljningsblad), inte en importfil; importera en CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is a JSON file, not an import file; import a CSV or XLSX file</source>
        <translation>är en JSON-fil, inte en importfil; importera en CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/import_plan.py" line="+21"/>
        <source>participants: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>deltagare: nya {new}, ändrade {updated}, oförändrade {unchanged}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measurements: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>mätningar: nya {new}, ändrade {updated}, oförändrade {unchanged}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>activities: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>aktiviteter: nya {new}, ändrade {updated}, oförändrade {unchanged}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit surveys: {new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>enkäter vid avslut: nya {new}, ändrade {updated}, oförändrade {unchanged}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>changed values ({count}):</source>
        <translation>ändrade värden ({count}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warnings, imported all the same ({count}):</source>
        <translation>varningar, importeras ändå ({count}):</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/import_problems.py" line="+69"/>
        <location filename="../bipdesk/io/tabular.py" line="+31"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../bipdesk/io/tabular.py" line="+2"/>
        <source>{file}, row {row}: {reason}</source>
        <translation>{file}, rad {row}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, column {column}: {reason}</source>
        <translation>{file}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, column {letter} ({column}): {reason}</source>
        <translation>{file}, kolumn {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, row {row}, column {column}: {reason}</source>
        <translation>{file}, rad {row}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, row {row}, column {letter} ({column}): {reason}</source>
        <translation>{file}, rad {row}, kolumn {letter} ({column}): {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{first} (and {count} more problem)</source>
        <translation>{first} (och {count} problem till)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} (and {count} more problems)</source>
        <translation>{first} (och {count} problem till)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&apos;{text}&apos; is not a whole number; the answers are whole numbers on the scale {scale}</source>
        <translation>”{text}” är inget heltal; svaren är heltal på skalan {scale}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a whole number on the scale {scale}</source>
        <translation>”{text}” är inget heltal på skalan {scale}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>”{text}” är inget datum skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{text}&apos; is not a real date</source>
        <translation>”{text}” är inget riktigt datum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown column &apos;{name}&apos;; expected {expected}</source>
        <translation>okänd kolumn ”{name}”; väntade en av {expected}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column {letter} has no name in the header</source>
        <translation>kolumn {letter} har inget namn på rubrikraden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column &apos;{name}&apos; appears twice</source>
        <translation>kolumnen ”{name}” finns två gånger</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/import_reasons.py" line="+13"/>
        <source>the participant code is empty</source>
        <translation>deltagarkoden är tom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not a four-digit year</source>
        <translation>”{text}” är inget årtal med fyra siffror</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not an answer: 1 (Stämmer inte alls) to 4 (Stämmer helt), or empty when not answered</source>
        <translation>”{text}” är inget svar: 1 (Stämmer inte alls) till 4 (Stämmer helt), eller tomt när frågan inte besvarats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>participant {participant} already has a {card} measurement on {date} in row {row}</source>
        <translation>deltagare {participant} har redan en mätning med {card} den {date} på rad {row}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the exit survey cannot be read ({reason})</source>
        <translation>enkäten vid avslut kan inte läsas ({reason})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown column &apos;{name}&apos;; expected {expected} or a question id of the card</source>
        <translation>okänd kolumn ”{name}”; väntade en av {expected} eller ett fråge-id på kortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the column &apos;{participant}&apos; (the participant code) is missing</source>
        <translation>kolumnen ”{participant}” (deltagarkoden) saknas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>participant {participant} has {column} &apos;{text}&apos; here but &apos;{earlier}&apos; in row {row}</source>
        <translation>deltagare {participant} har {column} ”{text}” här men ”{earlier}” på rad {row}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown card &apos;{text}&apos; (no card is installed)</source>
        <translation>okänt kort ”{text}” (inget kort är installerat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown card &apos;{text}&apos; (known cards: {known})</source>
        <translation>okänt kort ”{text}” (installerade kort: {known})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>card {card} has no question &apos;{question}&apos;</source>
        <translation>kortet {card} har ingen fråga ”{question}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an answer is given but {measurement_date} is empty</source>
        <translation>ett svar är ifyllt men {measurement_date} är tomt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../bipdesk/io/import_warnings.py" line="+49"/>
        <source>participant {participant}: {reason}</source>
        <translation>deltagare {participant}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>participant {participant}: {column} tells what job the participant left for, so the {exit_reason} must be work</source>
        <translation>deltagare {participant}: {column} beskriver jobbet som deltagaren gick till, så {exit_reason} måste vara arbete (work)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>participant {participant}: the exit survey is answered at exit; give the {end_date} too</source>
        <translation>deltagare {participant}: enkäten besvaras vid avslut; fyll i {end_date} också</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/import_warnings.py" line="-22"/>
        <source>participant {participant}: the start date {start} is in the future</source>
        <translation>deltagare {participant}: startdatumet {start} ligger i framtiden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>participant {participant}: the measurement date {date} is before the participant&apos;s start date {start}</source>
        <translation>deltagare {participant}: mätdatumet {date} är före deltagarens startdatum {start}</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/tabular.py" line="+42"/>
        <source>not a CSV or XLSX file (the name should end in .csv or .xlsx)</source>
        <translation>är ingen CSV- eller XLSX-fil (namnet ska sluta på .csv eller .xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is not UTF-8 text; save it as &apos;CSV UTF-8&apos; and try again</source>
        <translation>är inte UTF-8-text; spara den som ”CSV UTF-8” och försök igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not well-formed CSV ({error})</source>
        <translation>är ingen korrekt CSV ({error})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>is not a readable XLSX workbook</source>
        <translation>är ingen läsbar XLSX-arbetsbok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds no worksheet</source>
        <translation>har inget kalkylblad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a readable XLSX workbook (a part of it is damaged)</source>
        <translation>är ingen läsbar XLSX-arbetsbok (en del av den är skadad)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>holds no header row</source>
        <translation>har ingen rubrikrad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has {cells} cells but the header (row {header_row}) has {columns} columns</source>
        <translation>har {cells} celler men rubrikraden (rad {header_row}) har {columns} kolumner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be read: {reason}</source>
        <translation>kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../bipdesk/io/import_units.py" line="+110"/>
        <source>participant code {code} is taken in the team database, in a unit you do not see; choose another code</source>
        <translation>deltagarkoden {code} används redan i teamdatabasen, i en enhet som du inte ser; välj en annan kod</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no unit: on a team database each participant belongs to one of your units ({units}); add a unit column</source>
        <translation>ingen enhet: i en teamdatabas hör varje deltagare till en av dina enheter ({units}); lägg till kolumnen enhet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no unit: on a team database each participant belongs to one of your units ({units}); fill in the unit</source>
        <translation>ingen enhet: i en teamdatabas hör varje deltagare till en av dina enheter ({units}); fyll i enheten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unit &apos;{unit}&apos; is not one of your units ({units})</source>
        <translation>enheten ”{unit}” är inte en av dina enheter ({units})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>participant {participant} is in unit {unit}; a lead moves participants with Hand over to…</source>
        <translation>deltagaren {participant} hör till enheten {unit}; en enhetsansvarig flyttar deltagare med Lämna över till…</translation>
    </message>
</context>
<context>
    <name>import change</name>
    <message>
        <location filename="../bipdesk/io/change_lines.py" line="+16"/>
        <source>(not answered)</source>
        <translation>(inget svar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {old} → {new}</source>
        <translation>{what} {old} → {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{whose}: {what}</source>
        <translation>{whose}: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>participant added</source>
        <translation>deltagaren lades till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measurement added ({answers})</source>
        <translation>mätningen lades till ({answers})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measurement added</source>
        <translation>mätningen lades till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measurement removed ({answers})</source>
        <translation>mätningen togs bort ({answers})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>measurement removed</source>
        <translation>mätningen togs bort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note on {question}</source>
        <translation>anteckning om {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>talked through together: {old} → {new}</source>
        <translation>genomgången tillsammans: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>coordinator&apos;s view of {question}</source>
        <translation>koordinatorns bild av {question}</translation>
    </message>
</context>
<context>
    <name>import column</name>
    <message>
        <location filename="../bipdesk/io/import_columns.py" line="+47"/>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>kön</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth_year</source>
        <translation>födelseår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer</source>
        <translation>remittent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start_date</source>
        <translation>startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end_date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit_reason</source>
        <translation>avslutsorsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employment</source>
        <translation>anställningsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working_time</source>
        <translation>arbetstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subsidised</source>
        <translation>subventionerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>bransch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey_useful</source>
        <translation>enkät_nytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey_experience_used</source>
        <translation>enkät_erfarenheter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey_involved</source>
        <translation>enkät_delaktighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement_date</source>
        <translation>mätdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>plats</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../bipdesk/io/merge_problems.py" line="+19"/>
        <source>Other format</source>
        <translation>Annat format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged file</source>
        <translation>Skadad fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different card</source>
        <translation>Annat kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different period</source>
        <translation>Annan period</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the beginning</source>
        <translation>början</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open end</source>
        <translation>öppet slut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is JSON, but not an aggregate file exported by BIP Desk.</source>
        <translation>Filen är JSON, men inte en sammanställningsfil som BIP Desk har exporterat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not a BIP Desk aggregate file (its format is {format}).</source>
        <translation>Filen är inte en sammanställningsfil från BIP Desk (dess format är {format}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Older BIP Desk</source>
        <translation>Äldre BIP Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was made by an older BIP Desk (aggregate file version 1). Its figures cannot be added to those of this version: ask the unit to export the period again with this BIP Desk.</source>
        <translation>Filen är gjord med en äldre BIP Desk (sammanställningsfil version 1). Dess siffror kan inte läggas ihop med den här versionens: be enheten exportera perioden igen med den här BIP Desk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other version</source>
        <translation>Annan version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is an aggregate file of version {found}; this BIP Desk reads version {supported}. Ask the unit to export again with the same BIP Desk version.</source>
        <translation>Filen är en sammanställningsfil av version {found}; den här BIP Desk läser version {supported}. Be enheten exportera igen med samma version av BIP Desk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file does not follow the aggregate file format at {where}: {detail}. It may have been edited by hand; ask the unit to export it again.</source>
        <translation>Filen följer inte formatet för sammanställningsfiler vid {where}: {detail}. Den kan ha ändrats för hand; be enheten exportera den igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level</source>
        <translation>översta nivån</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has an impossible period ({detail}). It may have been edited by hand; ask the unit to export it again.</source>
        <translation>Filen har en omöjlig period ({detail}). Den kan ha ändrats för hand; be enheten exportera den igen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file uses the card {card} version {version}, but {other} uses {other_card} version {other_version}. Only files of the same card can be added together.</source>
        <translation>Filen använder kortet {card} version {version}, men {other} använder {other_card} version {other_version}. Bara filer med samma kort kan läggas ihop.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file has other questions than {other} for the same card.</source>
        <translation>Filen har andra frågor än {other} för samma kort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Different age bands</source>
        <translation>Andra åldersgrupper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has the age bands {bands}, but {other} has {other_bands}. Only files with the same age bands can be added together.</source>
        <translation>Filen har åldersgrupperna {bands}, men {other} har {other_bands}. Bara filer med samma åldersgrupper kan läggas ihop.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Different protection</source>
        <translation>Annat skydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is protected with the perturbation table {table}, but {other} with {other_table}. Only files protected with the same table can be added together: ask the unit to export again with the project&apos;s BIP Desk version.</source>
        <translation>Filen är skyddad med störningstabellen {table}, men {other} med {other_table}. Bara filer som skyddats med samma tabell kan läggas ihop: be enheten exportera igen med projektets version av BIP Desk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the first measurement ever</source>
        <translation>den allra första mätningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first measurement in the period</source>
        <translation>den första mätningen under perioden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Different baseline</source>
        <translation>Annan utgångspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file compares the latest measurement with {baseline}, but {other} with {other_baseline}. Only files that compare alike can be added together.</source>
        <translation>Filen jämför den senaste mätningen med {baseline}, men {other} med {other_baseline}. Bara filer som jämför på samma sätt kan läggas ihop.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data cannot be added to real data: {demo} was made from invented demo people. Remove the demo file, or use demo files only.</source>
        <translation>Demodata kan inte läggas ihop med riktiga uppgifter: {demo} är gjord av påhittade demopersoner. Ta bort demofilen, eller använd bara demofiler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file covers {period}, but {other} covers {other_period}. Files of different periods are added together only when mixed periods are allowed (the report then names every period); otherwise ask for files of the same period.</source>
        <translation>Filen gäller {period}, men {other} gäller {other_period}. Filer från olika perioder läggs bara ihop när blandade perioder är tillåtna (rapporten anger då varje period); be annars om filer för samma period.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Same export twice</source>
        <translation>Samma export två gånger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds the same export as {other}; it would count the same people twice. Remove one of them.</source>
        <translation>Filen innehåller samma export som {other}; samma personer skulle räknas två gånger. Ta bort en av dem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overlapping period</source>
        <translation>Överlappande period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period of unit {unit} ({period}) overlaps its period {other_period} in {other}; the same people would be counted twice. Use files whose periods do not overlap, for example one file per quarter.</source>
        <translation>Perioden för enheten {unit} ({period}) överlappar enhetens period {other_period} i {other}; samma personer skulle räknas två gånger. Använd filer vars perioder inte överlappar, till exempel en fil per kvartal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs more files</source>
        <translation>Behöver fler filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A merge needs two files or more: add at least one more file to merge.</source>
        <translation>Det behövs minst två filer för att slå ihop: lägg till minst en fil till.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../bipdesk/ui/moments.py" line="+25"/>
        <source>{user} on the computer {host} (since {time})</source>
        <translation>{user} på datorn {host} (sedan {time})</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/opening.py" line="+116"/>
        <source>BIP Desk cannot open the database</source>
        <translation>BIP Desk kan inte öppna databasen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database is in use</source>
        <translation>Databasen används</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is already open in BIP Desk, by {holder}.</source>
        <translation>{file} är redan öppen i BIP Desk hos {holder}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only one BIP Desk at a time can save to a database. You can open it read-only to look at it while the other one is open: then nothing can be saved. Or quit, and start BIP Desk again once the other one is closed.</source>
        <translation>Bara ett BIP Desk åt gången kan spara i en databas. Du kan öppna den skrivskyddad och titta i den medan den andra är öppen – då går ingenting att spara. Eller avsluta och starta BIP Desk igen när den andra har stängts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{login} is an admin of this team database: admins manage units and members with the bipdesk team commands and see no participants; the app is for coordinators and leads.</source>
        <translation>{login} är administratör för den här teamdatabasen: administratörer hanterar enheter och medlemmar med kommandona bipdesk team och ser inga deltagare. Appen är till för koordinatorer och enhetsansvariga.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Only one BIP Desk at a time can save to a database. You can open it read-only to look at it while the other one is open: then nothing can be saved. Or cancel, and keep working in the database that is open now.</source>
        <translation>Bara ett BIP Desk åt gången kan spara i en databas. Du kan öppna den skrivskyddad och titta i den medan den andra är öppen – då går ingenting att spara. Eller avbryt och fortsätt arbeta i databasen som är öppen nu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is damaged: the database engine found errors in it, for example after a disk fault. BIP Desk has not written anything to it.</source>
        <translation>{file} är skadad: databasmotorn hittade fel i den, till exempel efter ett diskfel. BIP Desk har inte skrivit något till den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No good backup of it was found. Keep the file as it is and ask your IT support for help: they may be able to rescue what it holds.</source>
        <translation>Ingen hel säkerhetskopia av den hittades. Låt filen vara som den är och be IT-supporten om hjälp: de kan kanske rädda det som finns i den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The newest good backup is from {time}. Restore it? Whatever was saved after that must be entered again. The damaged file is kept as a copy in the backups folder.</source>
        <translation>Den senaste hela säkerhetskopian är från {time}. Vill du återställa den? Det som sparades efter det måste föras in igen. Den skadade filen sparas som en kopia i mappen med säkerhetskopior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Återställ säkerhetskopian</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No backup was made</source>
        <translation>Ingen säkerhetskopia gjordes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIP Desk could not back the database up: {reason}</source>
        <translation>BIP Desk kunde inte säkerhetskopiera databasen: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read-only: {holder} has this database open.</source>
        <translation>Skrivskyddad: {holder} har databasen öppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: this database is open for reading.</source>
        <translation>Skrivskyddad: databasen är öppen bara för läsning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can look, but nothing can be saved until BIP Desk is started again without the other one open.</source>
        <translation>Du kan titta, men ingenting kan sparas förrän BIP Desk startas igen utan att den andra är öppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
</context>
<context>
    <name>participant_copy</name>
    <message>
        <location filename="../bipdesk/ui/participant_copy.py" line="+42"/>
        <location line="+6"/>
        <source>Participant&apos;s copy</source>
        <translation>Deltagarens kopia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the participant&apos;s copy</source>
        <translation>Skriv ut deltagarens kopia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the participant&apos;s copy as PDF</source>
        <translation>Spara deltagarens kopia som PDF</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <location filename="../bipdesk/core/participants.py" line="+47"/>
        <source>&apos;{text}&apos; is not a sex; use women, men, other or unknown (or kvinna/K/F, man/M, annat/X, okänt)</source>
        <translation>”{text}” är inget kön; använd kvinna/K/F, man/M, annat/X eller okänt (eller women, men, other, unknown)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;{text}&apos; is not an exit reason; use one of {reasons}</source>
        <translation>”{text}” är ingen avslutsorsak; använd en av {reasons} (eller de svenska namnen)</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/participant_rows.py" line="+21"/>
        <source>&apos;{value}&apos; is not a sex code</source>
        <translation>”{value}” är ingen kod för kön</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{value}&apos; is not an exit reason code</source>
        <translation>”{value}” är ingen kod för avslutsorsak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not permanent or temporary</source>
        <translation>”{value}” är varken permanent eller temporary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not full_time or part_time</source>
        <translation>”{value}” är varken full_time eller part_time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not an SNI section letter A–U</source>
        <translation>”{value}” är ingen avdelningsbokstav A–U i SNI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{value}&apos; is neither yes nor no</source>
        <translation>”{value}” är varken ja eller nej</translation>
    </message>
</context>
<context>
    <name>period</name>
    <message>
        <location filename="../bipdesk/core/periods.py" line="+10"/>
        <source>a quarter is 1, 2, 3 or 4</source>
        <translation>ett kvartal är 1, 2, 3 eller 4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>perioden slutar ({end}) innan den börjar ({start})</translation>
    </message>
</context>
<context>
    <name>perturbation table</name>
    <message>
        <location filename="../bipdesk/io/ptables.py" line="+173"/>
        <source>it is missing</source>
        <translation>den saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not UTF-8 text</source>
        <translation>den är inte text i UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The perturbation table {path} cannot be read ({reason}); install BIP Desk again.</source>
        <translation>Störningstabellen {path} kan inte läsas ({reason}); installera BIP Desk igen.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../bipdesk/ui/printing.py" line="+46"/>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Print follow-up sheet</source>
        <translation>Skriv ut uppföljningsblad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save follow-up sheet as PDF</source>
        <translation>Spara uppföljningsbladet som PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sheets for everyone due this week</source>
        <translation>Blad för alla som ska mätas denna vecka</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+15"/>
        <source>Sheets</source>
        <translation>Uppföljningsblad</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nobody is due this week.</source>
        <translation>Ingen ska mätas den här veckan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sheets were saved in %3.

Sheets: %1
Pages: %2</source>
        <translation>Bladen sparades i %3.

Blad: %1
Sidor: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the sheets of everyone due this week…</source>
        <translation>Skriver bladen för alla som ska mätas den här veckan…</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../bipdesk/ui/privacy_dialogs.py" line="-269"/>
        <source>The server&apos;s backups, which your IT department makes, still hold the data until they are replaced by newer ones.</source>
        <translation>Serverns säkerhetskopior, som it-avdelningen gör, innehåller fortfarande uppgifterna tills de ersätts av nyare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The automatic backups still hold the data until they are replaced by newer ones.</source>
        <translation>De automatiska säkerhetskopiorna innehåller uppgifterna tills de ersätts av nyare kopior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The automatic backups still hold the data until they age out: BIP Desk keeps the latest {count} backups, so the data is gone from them once {count} newer backups have been made.</source>
        <translation>De automatiska säkerhetskopiorna innehåller uppgifterna tills de gallras bort: BIP Desk behåller de {count} senaste kopiorna, så uppgifterna är borta ur dem när {count} nyare kopior har gjorts.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing was erased</source>
        <translation>Inget raderades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>extract-{code}.json</source>
        <translation>registerutdrag-{code}.json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save everything stored about {code}</source>
        <translation>Spara allt som finns lagrat om {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../bipdesk/io/profile.py" line="+40"/>
        <source>The project profile names no reporting periods; ask the project office for a profile with its periods.</source>
        <translation>Projektprofilen anger inga rapportperioder; be projektkontoret om en profil med projektets perioder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project profile has a wrong value in the field “{field}” ({detail}).</source>
        <translation>Projektprofilen har ett felaktigt värde i fältet ”{field}” ({detail}).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The project profile has no period &apos;{label}&apos;; its periods are {periods}.</source>
        <translation>Projektprofilen har ingen period som heter ”{label}”; dess perioder är {periods}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not a BIP Desk project profile; open the profile the project office sent.</source>
        <translation>Filen är ingen projektprofil för BIP Desk; öppna profilen som projektkontoret skickade.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project profile lacks something a profile must have ({detail}).</source>
        <translation>Projektprofilen saknar något som en profil måste ha ({detail}).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project profile has two periods with the same label in the field “periods”.</source>
        <translation>Projektprofilen har två perioder med samma namn i fältet ”periods”.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The project profile asks for card {card} version {version}, but this BIP Desk has version {installed}, so the export would not merge with the other units&apos; files; install the project&apos;s card first.</source>
        <translation>Projektprofilen kräver kortet {card} version {version}, men den här BIP Desk har version {installed}, så exporten skulle inte gå att slå ihop med de andra enheternas filer; installera projektets kort först.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project profile asks for card {card} version {version}, which this BIP Desk does not have, so the export would not merge with the other units&apos; files; install the project&apos;s card first.</source>
        <translation>Projektprofilen kräver kortet {card} version {version}, som den här BIP Desk inte har, så exporten skulle inte gå att slå ihop med de andra enheternas filer; installera projektets kort först.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project profile asks for the perturbation table {wanted}, but this BIP Desk protects with {used}, so the export would not merge with the other units&apos; files; ask the project office which BIP Desk to use.</source>
        <translation>Projektprofilen kräver störningstabellen {wanted}, men den här BIP Desk skyddar med {used}, så exporten skulle inte gå att slå ihop med de andra enheternas filer; fråga projektkontoret vilken BIP Desk ni ska använda.</translation>
    </message>
</context>
<context>
    <name>progression</name>
    <message>
        <location filename="../bipdesk/core/progression.py" line="+48"/>
        <source>the progression threshold must not be negative (got {threshold})</source>
        <translation>gränsen för progression får inte vara negativ (angav {threshold})</translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <location filename="../bipdesk/ui/read_only.py" line="+25"/>
        <source>Not available: the database is open read-only, because {holder} has it open. Nothing can be saved here.</source>
        <translation>Går inte nu: databasen är öppen skrivskyddad, eftersom {holder} har den öppen. Här går ingenting att spara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not available: the database is open read-only. Nothing can be saved here.</source>
        <translation>Går inte nu: databasen är öppen skrivskyddad. Här går ingenting att spara.</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../bipdesk/core/retention.py" line="+58"/>
        <source>the retention period is at least {count} year</source>
        <translation>bevarandetiden är minst {count} år</translation>
    </message>
</context>
<context>
    <name>scheduling</name>
    <message>
        <location filename="../bipdesk/core/scheduling.py" line="+28"/>
        <source>the measurement interval is at least one month</source>
        <translation>tiden mellan mätningarna är minst en månad</translation>
    </message>
</context>
<context>
    <name>self-check</name>
    <message>
        <location filename="../bipdesk/cli/self_check.py" line="+45"/>
        <source>{step}: {reason}</source>
        <translation>{step}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>desktop window</source>
        <translation>skrivbordsfönster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>databas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>migrations</source>
        <translation>migreringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation</source>
        <translation>översättning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user guide</source>
        <translation>användarhandbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main window</source>
        <translation>huvudfönster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spider chart</source>
        <translation>spindeldiagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet PDF</source>
        <translation>uppföljningsblad (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aggregate file</source>
        <translation>aggregatfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team database driver</source>
        <translation>drivrutin för teamdatabas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>frozen app</source>
        <translation>fristående app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python package</source>
        <translation>Python-paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bipdesk {version} self-check ({build}, {python})</source>
        <translation>bipdesk {version} självkontroll ({build}, {python})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>self-check passed in {seconds} s</source>
        <translation>självkontrollen gick igenom på {seconds} s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing to check on this system</source>
        <translation>inget att kontrollera på det här systemet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no display here (the window is painted offscreen below); Qt&apos;s xcb plugin loads</source>
        <translation>ingen skärm här (fönstret ritas utan skärm nedan); Qts xcb-tillägg laddas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no display here (the window is painted offscreen below); on a desktop the window would also need {libraries} ({advice})</source>
        <translation>ingen skärm här (fönstret ritas utan skärm nedan); på ett skrivbord skulle fönstret också behöva {libraries} ({advice})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{variable}={value}</source>
        <translation>{variable}={value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a display is reachable and Qt&apos;s platform plugin loads</source>
        <translation>en skärm nås och Qts plattformstillägg laddas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{step}: {done}</source>
        <translation>{step}: {done}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>temporary database created at schema {revision}</source>
        <translation>tillfällig databas skapad med schema {revision}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{guide} shows {picture}, which is missing</source>
        <translation>{guide} visar {picture}, som saknas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Swedish and English guides with {count} pictures</source>
        <translation>svensk och engelsk handbok med {count} bilder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the upgrade stopped at {revision}</source>
        <translation>uppgraderingen stannade vid {revision}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a schema {oldest} file upgraded to {head} ({count} migration)</source>
        <translation>en fil med schema {oldest} uppgraderad till {head} ({count} migrering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a schema {oldest} file upgraded to {head} ({count} migrations)</source>
        <translation>en fil med schema {oldest} uppgraderad till {head} ({count} migreringar)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} imported nothing</source>
        <translation>{file} importerade ingenting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {participants} participants, {measurements} measurements</source>
        <translation>{file}: {participants} deltagare, {measurements} mätningar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file} is missing in {folder}</source>
        <translation>{file} saknas i {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swedish loaded from {folder}</source>
        <translation>svenskan laddades från {folder}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the app icon is missing</source>
        <translation>appens ikon saknas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing was painted</source>
        <translation>ingenting ritades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>painted {width}×{height} on &apos;{platform}&apos;, {count} participants listed</source>
        <translation>ritat {width}×{height} på ”{platform}”, {count} deltagare i listan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>card {card} is not installed</source>
        <translation>kortet {card} är inte installerat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} measurements, {size} bytes PNG</source>
        <translation>{count} mätningar, {size} byte PNG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is not a PDF with the {font} font</source>
        <translation>filen är ingen PDF med typsnittet {font}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} page, {size} bytes</source>
        <translation>{count} sida, {size} byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pages, {size} bytes</source>
        <translation>{count} sidor, {size} byte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>what was read back differs from what was written</source>
        <translation>det som lästes tillbaka skiljer sig från det som skrevs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cells, protected with {table}</source>
        <translation>{count} celler, skyddade med {table}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>psycopg {version}, libpq {libpq}</source>
        <translation>psycopg {version}, libpq {libpq}</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../bipdesk/reports/participant_copy.py" line="+85"/>
        <location filename="../bipdesk/reports/sheet_data.py" line="+91"/>
        <source>there is no participant &apos;{code}&apos;</source>
        <translation>det finns ingen deltagare ”{code}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>card {card} is not installed, so the copy cannot be drawn</source>
        <translation>kortet {card} är inte installerat, så kopian kan inte ritas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no card is installed, so the copy cannot be drawn</source>
        <translation>inget kort är installerat, så kopian kan inte ritas</translation>
    </message>
    <message>
        <location filename="../bipdesk/reports/sheet_data.py" line="+29"/>
        <source>card {card} is not installed, so the sheet cannot be drawn</source>
        <translation>kortet {card} är inte installerat, så bladet kan inte ritas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no card is installed, so the sheet cannot be drawn</source>
        <translation>inget kort är installerat, så bladet kan inte ritas</translation>
    </message>
    <message>
        <location filename="../bipdesk/reports/sheet.py" line="+64"/>
        <source>there is no sheet to write</source>
        <translation>det finns inget blad att skriva</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>writing the sheets was cancelled</source>
        <translation>utskriften av bladen avbröts</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../bipdesk/ui/storage_messages.py" line="+75"/>
        <source>{file} could not be opened: the passphrase is wrong. Check Caps Lock and try again; the file has not been changed.</source>
        <translation>{file} kunde inte öppnas: lösenfrasen är fel. Kontrollera Caps Lock och försök igen; filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is encrypted and can only be opened with its passphrase.</source>
        <translation>{file} är krypterad och kan bara öppnas med sin lösenfras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was made by a newer version of BIP Desk. Install the newer version to open it; the file has not been changed.</source>
        <translation>{file} har gjorts av en nyare version av BIP Desk. Installera den nyare versionen för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not a BIP Desk database: it is not a database file at all. The file has not been changed.</source>
        <translation>{file} är ingen BIP Desk-databas: det är inte alls någon databasfil. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a BIP Desk database: it belongs to another program. The file has not been changed.</source>
        <translation>{file} är ingen BIP Desk-databas: den hör till ett annat program. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a BIP Desk database: it has no BIP Desk version mark. The file has not been changed.</source>
        <translation>{file} är ingen BIP Desk-databas: den saknar BIP Desks versionsmärkning. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a BIP Desk database: it has a version mark BIP Desk does not know. The file has not been changed.</source>
        <translation>{file} är ingen BIP Desk-databas: den har en versionsmärkning som BIP Desk inte känner till. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not a BIP Desk database. The file has not been changed.</source>
        <translation>{file} är ingen BIP Desk-databas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged, for example after a disk fault; BIP Desk has not written anything to it.</source>
        <translation>{file} är skadad, till exempel efter ett diskfel; BIP Desk har inte skrivit något i den.</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/errors.py" line="+41"/>
        <source>{path} was made by a newer version of BIP Desk (schema {revision}); this version knows up to {head}. Install the newer version; the file has not been changed.</source>
        <translation>{path} har gjorts av en nyare version av BIP Desk (schema {revision}); den här versionen känner till schema upp till {head}. Installera den nyare versionen; filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is not a BIP Desk database ({reason}); the file has not been changed.</source>
        <translation>{path} är ingen BIP Desk-databas ({reason}); filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../bipdesk/ui/storage_messages.py" line="+6"/>
        <source>The newest good backup is {backup} from {time}.</source>
        <translation>Den senaste felfria säkerhetskopian är {backup} från {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../bipdesk/ui/storage_messages.py" line="+4"/>
        <source>No good backup of it was found.</source>
        <translation>Ingen felfri säkerhetskopia av den hittades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged ({detail}); nothing has been written to it.</source>
        <translation>{path} är skadad ({detail}); ingenting har skrivits till den.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is in use by {holder}. Close BIP Desk there first, or open the file read-only; nothing was changed.</source>
        <translation>{path} används av {holder}. Stäng BIP Desk där först, eller öppna filen skrivskyddad; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is open read-only ({why}); nothing was saved.</source>
        <translation>{path} är öppen skrivskyddad ({why}); ingenting sparades.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path}: no such backup</source>
        <translation>{path}: säkerhetskopian finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: no such database ({note})</source>
        <translation>{path}: databasen finns inte ({note})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no such database</source>
        <translation>{path}: databasen finns inte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{path} is busy: another BIP Desk window or command is saving. Try again in a moment; nothing was saved.</source>
        <translation>{path} är upptagen: ett annat BIP Desk-fönster eller kommando sparar just nu. Försök igen om en stund; ingenting sparades.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is damaged ({reason}); nothing was saved. Close BIP Desk and run {command} to see which backup to restore</source>
        <translation>{path} är skadad ({reason}); ingenting sparades. Stäng BIP Desk och kör {command} för att se vilken säkerhetskopia du ska återställa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} could not be used ({reason}); nothing was saved</source>
        <translation>{path} kunde inte användas ({reason}); ingenting sparades</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} has been closed</source>
        <translation>{path} har stängts</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{path} is not encrypted, so it has no passphrase to change</source>
        <translation>{path} är inte krypterad, så den har ingen lösenfras att byta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the passphrase must be at least {minimum} characters long</source>
        <translation>lösenfrasen måste vara minst {minimum} tecken lång</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} already holds {count} participant; demo data only goes into an empty database of its own: give a new file, for example {command}, or choose Open demo data in the app</source>
        <translation>{path} innehåller redan {count} deltagare; demouppgifter läggs bara i en egen, tom databas: ange en ny fil, till exempel {command}, eller välj Öppna demouppgifter i appen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already holds {count} participants; demo data only goes into an empty database of its own: give a new file, for example {command}, or choose Open demo data in the app</source>
        <translation>{path} innehåller redan {count} deltagare; demouppgifter läggs bara i en egen, tom databas: ange en ny fil, till exempel {command}, eller välj Öppna demouppgifter i appen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where} is a team database on a server: its backups, restores and encryption are the server&apos;s (pg_dump, see the team database guide), not BIP Desk&apos;s</source>
        <translation>{where} är en teamdatabas på en server: säkerhetskopior, återställning och kryptering sköts på servern (pg_dump, se guiden om teamdatabasen), inte av BIP Desk</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/storage_messages.py" line="+4"/>
        <source>{file} is in use by {holder}. Close BIP Desk there first, or open the file read-only; nothing was changed.</source>
        <translation>{file} används av {holder}. Stäng BIP Desk där först, eller öppna filen skrivskyddad; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is in use by another program. Close it first; nothing was changed.</source>
        <translation>{file} används av ett annat program. Stäng det först; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: {file} is open read-only, because {holder} has it open.</source>
        <translation>Ingenting sparades: {file} är öppen skrivskyddad, eftersom {holder} har den öppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: {file} is open read-only.</source>
        <translation>Ingenting sparades: {file} är öppen skrivskyddad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no participant {code} any more: perhaps it was erased or its code changed in another window. Nothing was saved.</source>
        <translation>Deltagaren {code} finns inte längre: den kan ha raderats eller fått en ny kod i ett annat fönster. Ingenting sparades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measurement of {date} no longer exists: perhaps it was deleted in another window. Nothing was saved.</source>
        <translation>Mätningen från {date} finns inte längre: den kan ha tagits bort i ett annat fönster. Ingenting sparades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measurement no longer exists: perhaps it was deleted in another window. Nothing was saved.</source>
        <translation>Mätningen finns inte längre: den kan ha tagits bort i ett annat fönster. Ingenting sparades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup {file} no longer exists.</source>
        <translation>Säkerhetskopian {file} finns inte längre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database {file}.</source>
        <translation>Det finns ingen databas {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is empty: it is not a BIP Desk backup.</source>
        <translation>{file} är tom: den är ingen säkerhetskopia från BIP Desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} holds no BIP Desk data yet.</source>
        <translation>{file} innehåller inga uppgifter från BIP Desk än.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is busy: another BIP Desk window or command is saving. Try again in a moment; nothing was saved.</source>
        <translation>{file} är upptagen: ett annat fönster eller kommando i BIP Desk sparar just nu. Försök igen om en stund; ingenting sparades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} seems to be damaged; nothing was saved. Quit BIP Desk and start it again: it checks the file and offers the newest good backup.</source>
        <translation>{file} verkar vara skadad; ingenting sparades. Avsluta BIP Desk och starta programmet igen: då kontrolleras filen och den senaste felfria säkerhetskopian erbjuds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be used ({reason}); nothing was saved.</source>
        <translation>{file} kunde inte användas ({reason}); ingenting sparades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database has been closed; nothing was done.</source>
        <translation>Databasen har stängts; ingenting gjordes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is from an older version of BIP Desk and could not be brought up to date here; the file has not been changed.</source>
        <translation>{file} är från en äldre version av BIP Desk och kunde inte uppdateras här; filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not encrypted, so it has no passphrase to change.</source>
        <translation>{file} är inte krypterad och har alltså ingen lösenfras att byta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Lösenfrasen måste vara minst {n} tecken lång.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} already holds {count} participants; demo data only goes into an empty database.</source>
        <translation>{file} innehåller redan {count} deltagare; demodata läggs bara in i en tom databas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong with the database; nothing was saved.</source>
        <translation>Något gick fel med databasen; ingenting sparades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; nothing was saved.</source>
        <translation>Något gick fel; ingenting sparades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Details for IT support: {detail}</source>
        <translation>Detaljer för it-supporten: {detail}</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The server of {where} cannot be reached. Check the network connection (and the VPN, if you use one) and try again; if it keeps failing, ask your IT department.</source>
        <translation>Servern för {where} går inte att nå. Kontrollera nätverksanslutningen (och VPN, om du använder det) och försök igen; fråga it-avdelningen om det fortsätter att misslyckas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server of {where} cannot be reached, so nothing was saved. Check the network connection (and the VPN, if you use one) and try again; if it keeps failing, ask your IT department.</source>
        <translation>Servern för {where} går inte att nå, så ingenting sparades. Kontrollera nätverksanslutningen (och VPN, om du använder det) och försök igen; fungerar det fortfarande inte, kontakta it-avdelningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server answered, but has no database called {database}. Check the database name with your IT department; nothing was opened.</source>
        <translation>Servern svarade, men har ingen databas som heter {database}. Kontrollera databasens namn med it-avdelningen; ingenting öppnades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved: that participant code is already used in the team database, in a unit you do not see. Choose another code, or ask a lead of the other unit.</source>
        <translation>Ingenting sparades: deltagarkoden används redan i teamdatabasen, i en enhet som du inte ser. Välj en annan kod, eller fråga en enhetsansvarig för den andra enheten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: your login may not do this in {where}. The participant may belong to a unit you are not a member of, or your role does not allow it.</source>
        <translation>Ingenting sparades: din inloggning får inte göra detta i {where}. Deltagaren kan höra till en enhet som du inte är medlem i, eller så tillåter inte din roll det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server of {where} did not accept the password. Check Caps Lock and try again; nothing was opened.</source>
        <translation>Servern för {where} godtog inte lösenordet. Kontrollera Caps Lock och försök igen; ingenting öppnades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server of {where} asks for the password of your login, and none was given; nothing was opened.</source>
        <translation>Servern för {where} vill ha lösenordet för din inloggning, och inget angavs; ingenting öppnades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} is not a BIP Desk team database yet. Its owner (usually the IT department) makes it one with &apos;bipdesk --db ADDRESS team init&apos;; nothing was changed.</source>
        <translation>{where} är ännu ingen teamdatabas för BIP Desk. Dess ägare (oftast it-avdelningen) gör den till en med ”bipdesk --db ADRESS team init”; ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} is from an older version of BIP Desk. Its owner (usually the IT department) brings it up to date with &apos;bipdesk --db ADDRESS team init&apos;; nothing was changed.</source>
        <translation>{where} är från en äldre version av BIP Desk. Dess ägare (oftast it-avdelningen) uppdaterar den med ”bipdesk --db ADRESS team init”; ingenting ändrades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address} is not a server address BIP Desk can use: {reason}.</source>
        <translation>{address} är ingen serveradress som BIP Desk kan använda: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team database did not allow it: {reason}.</source>
        <translation>Teamdatabasen tillät det inte: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} is a team database on a server: its backups, restores and encryption are the server&apos;s (the IT department backs it up with pg_dump), not BIP Desk&apos;s.</source>
        <translation>{where} är en teamdatabas på en server: säkerhetskopior, återställning och kryptering sköts på servern (it-avdelningen säkerhetskopierar den med pg_dump), inte av BIP Desk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A file could not be read or written ({reason}). Check that the disk or network drive is there and that you may write to it; nothing was changed.</source>
        <translation>En fil kunde inte läsas eller skrivas ({reason}). Kontrollera att disken eller nätverksenheten är ansluten och att du får skriva där; ingenting har ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} could not be read or written ({reason}). Check that the disk or network drive is there and that you may write to it; nothing was changed.</source>
        <translation>{path} kunde inte läsas eller skrivas ({reason}). Kontrollera att disken eller nätverksenheten är ansluten och att du får skriva där; ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/check.py" line="+57"/>
        <source>{path} is empty: it holds no BIP Desk data yet</source>
        <translation>{path} är tom: den innehåller inga BIP Desk-uppgifter ännu</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/cipher.py" line="+46"/>
        <source>{path} could not be opened: the passphrase is wrong (or the file is not a BIP Desk database); the file has not been changed.</source>
        <translation>{path} kunde inte öppnas: lösenfrasen är fel (eller så är filen ingen BIP Desk-databas); filen har inte ändrats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is encrypted: it needs its passphrase (set {variable}, or run the command in a terminal to be asked).</source>
        <translation>{path} är krypterad och behöver sin lösenfras (sätt {variable}, eller kör kommandot i en terminal för att bli tillfrågad).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>encryption is not available: the package {package} is not installed</source>
        <translation>kryptering är inte tillgänglig: paketet {package} är inte installerat</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/database.py" line="+166"/>
        <source>nothing to open read-only</source>
        <translation>det finns inget att öppna skrivskyddat</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/errors.py" line="-72"/>
        <source>{path} is from an older version of BIP Desk (schema {revision}) and cannot be opened read-only: it must be upgraded first; the file has not been changed</source>
        <translation>{path} kommer från en äldre version av BIP Desk (schema {revision}) och kan inte öppnas skrivskyddad: den måste uppgraderas först; filen har inte ändrats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is from an older version of BIP Desk (schema {revision}) and cannot be opened read-only while {holder} holds it: it must be upgraded first; the file has not been changed</source>
        <translation>{path} kommer från en äldre version av BIP Desk (schema {revision}) och kan inte öppnas skrivskyddad medan {holder} har den öppen: den måste uppgraderas först; filen har inte ändrats</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/database.py" line="+19"/>
        <source>{path} needs upgrading from schema {revision} to {head}, but no backup could be made first ({reason}); the file has not been changed</source>
        <translation>{path} behöver uppgraderas från schema {revision} till {head}, men ingen säkerhetskopia kunde göras först ({reason}); filen har inte ändrats</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} could not be upgraded from schema {revision} to {head} ({reason}); the file has not been changed</source>
        <translation>{path} kunde inte uppgraderas från schema {revision} till {head} ({reason}); filen har inte ändrats</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../bipdesk/storage/probe.py" line="+57"/>
        <source>a folder</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder {folder} cannot be created: {reason}</source>
        <translation>mappen {folder} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>{holder} is using it</source>
        <translation>{holder} använder den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as asked</source>
        <translation>som du bad om</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{backup} was restored but could not be upgraded from schema {revision} to {head} ({reason})</source>
        <translation>{backup} återställdes men kunde inte uppgraderas från schema {revision} till {head} ({reason})</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/demo.py" line="+38"/>
        <source>the card &apos;{card}&apos; is missing, so no demo data can be made</source>
        <translation>kortet ”{card}” saknas, så inga demouppgifter kan skapas</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/lock_holder.py" line="+30"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{user} på {host} (process {pid}) sedan {since}</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/lock.py" line="+179"/>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/probe.py" line="+16"/>
        <source>it is not an SQLite database</source>
        <translation>den är ingen SQLite-databas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it belongs to another program</source>
        <translation>den hör till ett annat program</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no BIP Desk schema version</source>
        <translation>den saknar schemaversion från BIP Desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its schema version {revision} is not one of BIP Desk&apos;s</source>
        <translation>dess schemaversion {revision} är inte någon av BIP Desks</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>SQLite reports: {finding}, and {count} more</source>
        <translation>SQLite rapporterar: {finding}, och {count} fel till</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SQLite reports: {finding}</source>
        <translation>SQLite rapporterar: {finding}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} är en mapp, inte en databasfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/refusals.py" line="+17"/>
        <source>participant &apos;{code}&apos; does not exist</source>
        <translation>deltagaren ”{code}” finns inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>participant &apos;{code}&apos; no longer exists</source>
        <translation>deltagaren ”{code}” finns inte längre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the measurement no longer exists</source>
        <translation>mätningen finns inte längre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the measurement of {date} no longer exists</source>
        <translation>mätningen den {date} finns inte längre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the measurement being edited no longer exists</source>
        <translation>mätningen som redigeras finns inte längre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the activity no longer exists</source>
        <translation>aktiviteten finns inte längre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {activity} activity no longer exists</source>
        <translation>aktiviteten {activity} finns inte längre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no participant &apos;{code}&apos;</source>
        <translation>det finns ingen deltagare ”{code}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card {card} is not installed</source>
        <translation>kortet {card} är inte installerat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{code}&apos; already has a measurement with card {card} on {date}</source>
        <translation>”{code}” har redan en mätning med kortet {card} den {date}</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/schema.py" line="+156"/>
        <source>upgrading the database would leave {count} broken references (first in table {table}); nothing was changed</source>
        <translation>uppgraderingen av databasen skulle lämna {count} trasiga hänvisningar (den första i tabellen {table}); ingenting har ändrats</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/concurrency.py" line="+73"/>
        <source>someone else changed participant {code} while this change was being made; it was not saved</source>
        <translation>någon annan ändrade deltagaren {code} medan den här ändringen gjordes; den sparades inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>someone else changed the measurement of {date} of participant {code} while this change was being made; it was not saved</source>
        <translation>någon annan ändrade mätningen från {date} för deltagaren {code} medan den här ändringen gjordes; den sparades inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{editor} changed participant {code} at {time} while this change was being made; it was not saved</source>
        <translation>{editor} ändrade deltagaren {code} den {time} medan den här ändringen gjordes; den sparades inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{editor} changed the measurement of {date} of participant {code} at {time} while this change was being made; it was not saved</source>
        <translation>{editor} ändrade mätningen från {date} för deltagaren {code} den {time} medan den här ändringen gjordes; den sparades inte</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/outbox.py" line="+105"/>
        <source>{path} cannot be opened with this login&apos;s key ({reason}); it has been left as it is</source>
        <translation>{path} går inte att öppna med den här inloggningens nyckel ({reason}); filen har lämnats som den är</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} was written by another version of BIP Desk (outbox format {version}); it has been left as it is</source>
        <translation>{path} skrevs av en annan version av BIP Desk (utkorgsformat {version}); filen har lämnats som den är</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/server_address.py" line="+34"/>
        <source>{address}: {reason}</source>
        <translation>{address}: {reason}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a server address starts with postgresql://</source>
        <translation>en serveradress börjar med postgresql://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password does not belong in the address; BIP Desk asks for it, or PostgreSQL finds it in ~/.pgpass</source>
        <translation>ett lösenord hör inte hemma i adressen; BIP Desk frågar efter det, eller så hittar PostgreSQL det i ~/.pgpass</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the login is missing (LOGIN@HOST/DATABASE)</source>
        <translation>inloggningen saknas (INLOGGNING@SERVER/DATABAS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server is missing (LOGIN@HOST/DATABASE)</source>
        <translation>servern saknas (INLOGGNING@SERVER/DATABAS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name one database after the server (LOGIN@HOST/DATABASE)</source>
        <translation>ange en databas efter servern (INLOGGNING@SERVER/DATABAS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the port is not a number from 1 to 65535</source>
        <translation>porten är inte ett tal från 1 till 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option {option}; only sslmode is read</source>
        <translation>okänt alternativ {option}; bara sslmode läses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sslmode must be one of {modes}</source>
        <translation>sslmode måste vara något av {modes}</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/team_database.py" line="+58"/>
        <source>{where}: the server cannot be reached ({reason}); nothing was saved</source>
        <translation>{where}: servern går inte att nå ({reason}); ingenting sparades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the server cannot be reached ({reason})</source>
        <translation>{where}: servern går inte att nå ({reason})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the server has no database {database}; check the name with your IT department</source>
        <translation>{where}: servern har ingen databas som heter {database}; kontrollera namnet med it-avdelningen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{where}: the password was not accepted</source>
        <translation>{where}: lösenordet godtogs inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: the server asks for a password (set PGPASSWORD or ~/.pgpass, or type it when asked)</source>
        <translation>{where}: servern vill ha ett lösenord (ange PGPASSWORD eller ~/.pgpass, eller skriv det när du blir tillfrågad)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where} is not a BIP Desk team database yet; its owner makes it one with &apos;bipdesk --db URL team init&apos;</source>
        <translation>{where} är ännu ingen teamdatabas för BIP Desk; dess ägare gör den till en med ”bipdesk --db URL team init”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} has schema {revision} and this BIP Desk needs {head}; the database&apos;s owner upgrades it with &apos;bipdesk --db URL team init&apos;</source>
        <translation>{where} har schemaversion {revision} och den här versionen av BIP Desk behöver {head}; databasens ägare uppdaterar den med ”bipdesk --db URL team init”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{where}: that participant code is taken in the team database, in a unit you do not see; choose another code (or ask a lead of the other unit); nothing was saved</source>
        <translation>{where}: deltagarkoden används redan i teamdatabasen, i en enhet som du inte ser; välj en annan kod (eller fråga en enhetsansvarig för den andra enheten); ingenting sparades</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: your login may not do this ({reason}); nothing was saved</source>
        <translation>{where}: din inloggning får inte göra detta ({reason}); ingenting sparades</translation>
    </message>
</context>
<context>
    <name>survey file</name>
    <message>
        <location filename="../bipdesk/io/surveys.py" line="+29"/>
        <source>{field}: give the text in Swedish (sv) at least</source>
        <translation>{field}: ange åtminstone texten på svenska (sv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: every language needs a non-empty text</source>
        <translation>{field}: varje språk behöver en text som inte är tom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id: give the survey an id</source>
        <translation>id: ge enkäten ett id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version: a whole number from 1</source>
        <translation>version: ett heltal från 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: give the words of the 4 steps</source>
        <translation>{field}: ange orden för de 4 stegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scale: give the words of the 4 steps in Swedish (sv)</source>
        <translation>scale: ange orden för de 4 stegen på svenska (sv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: give a short id of letters and _</source>
        <translation>{field}: ange ett kort id av bokstäver och _</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: &apos;{id}&apos; appears twice</source>
        <translation>{field}: ”{id}” finns två gånger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>questions: the survey has no questions</source>
        <translation>questions: enkäten har inga frågor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot be read ({reason})</source>
        <translation>kan inte läsas ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not valid TOML ({error})</source>
        <translation>är ingen giltig TOML ({error})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the survey &apos;{survey}&apos; is missing</source>
        <translation>enkäten ”{survey}” saknas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the survey &apos;{survey}&apos; version {version} is missing</source>
        <translation>enkäten ”{survey}” version {version} saknas</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../bipdesk/storage/team_errors.py" line="+43"/>
        <source>{login} does not own database {database}; its owner {owner} runs &apos;team init&apos; (nothing was changed)</source>
        <translation>{login} äger inte databasen {database}; det är ägaren {owner} som kör ”team init” (inget ändrades)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{login} may not create the roles {roles}: give the owner login CREATEROLE, or have a superuser create them (CREATE ROLE … NOLOGIN); nothing else was changed</source>
        <translation>{login} får inte skapa rollerna {roles}: ge ägarinloggningen CREATEROLE, eller låt en superanvändare skapa dem (CREATE ROLE … NOLOGIN); inget annat ändrades</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{login} has no access to {where}; a lead of a unit or an admin adds the login to a unit (&apos;bipdesk team add-member&apos;)</source>
        <translation>{login} har ingen åtkomst till {where}; en enhetsansvarig eller en administratör lägger till inloggningen i en enhet (”bipdesk team add-member”)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no login {login} on the server; the IT department creates personal logins (CREATE ROLE {login} LOGIN) before they are added to a unit</source>
        <translation>det finns ingen inloggning {login} på servern; IT-avdelningen skapar personliga inloggningar (CREATE ROLE {login} LOGIN) innan de läggs till i en enhet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no unit {unit}; an admin creates it by adding its first member</source>
        <translation>det finns ingen enhet {unit}; en administratör skapar den genom att lägga till dess första medlem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{login} is not a member of unit {unit}</source>
        <translation>{login} är inte medlem i enheten {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{login} is not an admin</source>
        <translation>{login} är inte administratör</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{role} is not a role; a role is coordinator, lead or admin</source>
        <translation>{role} är ingen roll; en roll är coordinator, lead eller admin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no participant {code} in the units of {login}</source>
        <translation>det finns ingen deltagare {code} i enheterna som {login} tillhör</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where} has participants with the codes {codes} already; nothing was copied (change the codes in the file, or erase the copies there first)</source>
        <translation>{where} har redan deltagare med koderna {codes}; inget kopierades (ändra koderna i filen, eller radera kopiorna där först)</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/team_access.py" line="+185"/>
        <source>the server refused: {reason}; nothing was changed</source>
        <translation>servern vägrade: {reason}; inget ändrades</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{where} is a file; team commands work on a team database (--db postgresql://LOGIN@HOST/DATABASE)</source>
        <translation>{where} är en fil; teamkommandona arbetar med en teamdatabas (--db postgresql://INLOGGNING@SERVER/DATABAS)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{login} may not create unit {unit}; only an admin creates units</source>
        <translation>{login} får inte skapa enheten {unit}; bara en administratör skapar enheter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a {role} belongs to a unit: name it with --unit</source>
        <translation>rollen {role} hör till en enhet: ange den med --unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{caller} is not an admin; only an admin adds admins</source>
        <translation>{caller} är inte administratör; bara en administratör lägger till administratörer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{caller} is neither a lead of unit {unit} nor an admin; only they add members to it</source>
        <translation>{caller} är varken enhetsansvarig för enheten {unit} eller administratör; bara de lägger till medlemmar i den</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{caller} is not an admin; only an admin removes admins</source>
        <translation>{caller} är inte administratör; bara en administratör tar bort administratörer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{caller} is neither a lead of unit {unit} nor an admin; only they remove its members</source>
        <translation>{caller} är varken enhetsansvarig för enheten {unit} eller administratör; bara de tar bort dess medlemmar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>participant {code} is in unit {unit} already</source>
        <translation>deltagare {code} finns redan i enheten {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{caller} is not a lead of unit {unit}; only a lead hands participants over</source>
        <translation>{caller} är inte enhetsansvarig för enheten {unit}; bara en enhetsansvarig lämnar över deltagare</translation>
    </message>
    <message>
        <location filename="../bipdesk/storage/team_copy.py" line="+71"/>
        <source>{login} is not a coordinator or lead of unit {unit}; nothing was copied</source>
        <translation>{login} är varken koordinator eller enhetsansvarig för enheten {unit}; inget kopierades</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../bipdesk/core/validation.py" line="+43"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the code must not be empty</source>
        <translation>koden får inte vara tom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code is longer than {count} characters</source>
        <translation>koden är längre än {count} tecken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code &apos;{code}&apos; is already in use</source>
        <translation>koden ”{code}” används redan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the birth year must be between {first} and {last}</source>
        <translation>födelseåret måste vara mellan {first} och {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the end date is before the start date</source>
        <translation>slutdatumet är före startdatumet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an ended participation needs an exit reason</source>
        <translation>ett avslutat deltagande behöver en avslutsorsak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an exit reason needs an end date</source>
        <translation>en avslutsorsak behöver ett slutdatum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the measurement was made with {made_with}, not {card}</source>
        <translation>mätningen gjordes med {made_with}, inte {card}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the measurement date is in the future</source>
        <translation>mätdatumet ligger i framtiden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer {answer} is outside the scale {first}–{last}</source>
        <translation>svaret {answer} ligger utanför skalan {first}–{last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer {answer} is not a whole number on the scale {first}–{last}</source>
        <translation>svaret {answer} är inget heltal på skalan {first}–{last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>card {card} has no question &apos;{question}&apos;</source>
        <translation>kortet {card} har ingen fråga ”{question}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the measurement date {date} is before the participant&apos;s start date {start}</source>
        <translation>mätdatumet {date} är före deltagarens startdatum {start}</translation>
    </message>
    <message>
        <location filename="../bipdesk/ui/participant_page/background.py" line="+228"/>
        <source>the birth year has four digits</source>
        <translation>födelseåret har fyra siffror</translation>
    </message>
</context>
</TS>
