<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddBuildingsDialog</name>
    <message numerus="yes">
        <source>%n building(s) ticked</source>
        <translation>
            <numerusform>%n building ticked</numerusform>
            <numerusform>%n buildings ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n building(s)</source>
        <translation>
            <numerusform>&amp;Add %n building</numerusform>
            <numerusform>&amp;Add %n buildings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message numerus="yes">
        <source>Saving changes %n period(s) of {building}:</source>
        <translation>
            <numerusform>Saving changes %n period of {building}:</numerusform>
            <numerusform>Saving changes %n periods of {building}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planned now, %n period(s) of {building} change:</source>
        <translation>
            <numerusform>Re-planned now, %n period of {building} changes:</numerusform>
            <numerusform>Re-planned now, %n periods of {building} change:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractChangesDialog</name>
    <message numerus="yes">
        <source>Saving re-plans the PPM periods of %n building(s). Choose one to see its periods before and after. Work orders of periods that turn invalid are cancelled unless they have started.</source>
        <translation>
            <numerusform>Saving re-plans the PPM periods of %n building. Choose it to see its periods before and after. Work orders of periods that turn invalid are cancelled unless they have started.</numerusform>
            <numerusform>Saving re-plans the PPM periods of %n buildings. Choose one to see its periods before and after. Work orders of periods that turn invalid are cancelled unless they have started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{job} — {building}: %n period(s)</source>
        <translation>
            <numerusform>{job} — {building}: %n period</numerusform>
            <numerusform>{job} — {building}: %n periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message numerus="yes">
        <source>The table shows the periods as stored. Re-planned today, %n period(s) change (tinted cells); OK saves the re-plan.</source>
        <translation>
            <numerusform>The table shows the periods as stored. Re-planned today, %n period changes (tinted cells); OK saves the re-plan.</numerusform>
            <numerusform>The table shows the periods as stored. Re-planned today, %n periods change (tinted cells); OK saves the re-plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With your edits, %n period(s) change (tinted cells); OK saves them.</source>
        <translation>
            <numerusform>With your edits, %n period changes (tinted cells); OK saves it.</numerusform>
            <numerusform>With your edits, %n periods change (tinted cells); OK saves them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln work order</numerusform>
            <numerusform>%Ln work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln work order(s)</source>
        <translation>
            <numerusform>More than %Ln work order</numerusform>
            <numerusform>More than %Ln work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln work order exported to {path}</numerusform>
            <numerusform>%Ln work orders exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies)</source>
        <translation>
            <numerusform>%n priority</numerusform>
            <numerusform>%n priorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impact(s)</source>
        <translation>
            <numerusform>%n impact</numerusform>
            <numerusform>%n impacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln selected work order(s). Each one changes only if its own rules allow the action; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Change the status of %Ln selected work order. It changes only if its own rules allow the action; if not, it is left unchanged and listed afterwards.</numerusform>
            <numerusform>Change the status of %Ln selected work orders. Each one changes only if its own rules allow the action; the others are left unchanged and listed afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln selected work order(s). Only open work orders can be assigned; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Assign %Ln selected work order. Only an open work order can be assigned; if it is not open, it is left unchanged and listed afterwards.</numerusform>
            <numerusform>Assign %Ln selected work orders. Only open work orders can be assigned; the others are left unchanged and listed afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the open PPM work orders among the %Ln selected whose financial end date is before {today}. The others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Close %Ln selected work order if it is an open PPM work order whose financial end date is before {today}. If not, it is left unchanged and listed afterwards.</numerusform>
            <numerusform>Close the open PPM work orders among the %Ln selected whose financial end date is before {today}. The others are left unchanged and listed afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln work order(s) handled</source>
        <translation>
            <numerusform>{done} of %Ln work order handled</numerusform>
            <numerusform>{done} of %Ln work orders handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) changed.</source>
        <translation>
            <numerusform>%Ln work order changed.</numerusform>
            <numerusform>%Ln work orders changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) assigned to {name}.</source>
        <translation>
            <numerusform>%Ln work order assigned to {name}.</numerusform>
            <numerusform>%Ln work orders assigned to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) unassigned.</source>
        <translation>
            <numerusform>%Ln work order unassigned.</numerusform>
            <numerusform>%Ln work orders unassigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PPM work order(s) closed.</source>
        <translation>
            <numerusform>%Ln PPM work order closed.</numerusform>
            <numerusform>%Ln PPM work orders closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) already as asked, left as they were.</source>
        <translation>
            <numerusform>%Ln work order already as asked, left as it was.</numerusform>
            <numerusform>%Ln work orders already as asked, left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) refused, left unchanged:</source>
        <translation>
            <numerusform>%Ln work order refused, left unchanged:</numerusform>
            <numerusform>%Ln work orders refused, left unchanged:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) not eligible, left unchanged:</source>
        <translation>
            <numerusform>%Ln work order not eligible, left unchanged:</numerusform>
            <numerusform>%Ln work orders not eligible, left unchanged:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln work order(s) not handled, left unchanged.</source>
        <translation>
            <numerusform>Cancelled: %Ln work order not handled, left unchanged.</numerusform>
            <numerusform>Cancelled: %Ln work orders not handled, left unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} row(s) have errors: no building was imported.</source>
        <translation>
            <numerusform>%Ln of {total} rows has errors: no building was imported.</numerusform>
            <numerusform>%Ln of {total} rows have errors: no building was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %Ln building(s) would be imported.</source>
        <translation>
            <numerusform>The file is correct: %Ln building would be imported.</numerusform>
            <numerusform>The file is correct: %Ln buildings would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) imported.</source>
        <translation>
            <numerusform>%Ln building imported.</numerusform>
            <numerusform>%Ln buildings imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) ready to import.</source>
        <translation>
            <numerusform>%Ln building ready to import.</numerusform>
            <numerusform>%Ln buildings ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {total} with errors: correct them in the file, then check it again. Nothing is imported while a row has an error.</source>
        <translation>
            <numerusform>%Ln row of {total} with errors: correct it in the file, then check it again. Nothing is imported while a row has an error.</numerusform>
            <numerusform>%Ln rows of {total} with errors: correct them in the file, then check it again. Nothing is imported while a row has an error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln building(s)…</source>
        <translation>
            <numerusform>Importing %Ln building…</numerusform>
            <numerusform>Importing %Ln buildings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message numerus="yes">
        <source>%n other time entry(ies) of this technician overlap this time:</source>
        <translation>
            <numerusform>%n other time entry of this technician overlaps this time:</numerusform>
            <numerusform>%n other time entries of this technician overlap this time:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message numerus="yes">
        <source>Time (%n)</source>
        <translation>
            <numerusform>Time (%n)</numerusform>
            <numerusform>Time (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), total time {total}, billable {billable}</source>
        <translation>
            <numerusform>%n entry, total time {total}, billable {billable}</numerusform>
            <numerusform>%n entries, total time {total}, billable {billable}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message numerus="yes">
        <source>No input for %n minute(s) while your timer runs. Keep this idle time?</source>
        <translation>
            <numerusform>No input for %n minute while your timer runs. Keep this idle time?</numerusform>
            <numerusform>No input for %n minutes while your timer runs. Keep this idle time?</numerusform>
        </translation>
    </message>
</context>
</TS>
