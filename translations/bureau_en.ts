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
</context>
</TS>
