<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ChecksPanel</name>
        <message numerus="yes">
            <source>%n thing(s) to look at; click one to go there.</source>
            <translation>
                <numerusform>%n thing to look at; click it to go there.</numerusform>
                <numerusform>%n things to look at; click one to go there.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message numerus="yes">
            <source>Move %n card(s)</source>
            <translation>
                <numerusform>Move card</numerusform>
                <numerusform>Move %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n card(s)</source>
            <translation>
                <numerusform>Delete card</numerusform>
                <numerusform>Delete %n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message numerus="yes">
            <source>%n template(s)</source>
            <translation>
                <numerusform>%n template</numerusform>
                <numerusform>%n templates</numerusform>
            </translation>
        </message>
    </context>
</TS>
