<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
</TS>
