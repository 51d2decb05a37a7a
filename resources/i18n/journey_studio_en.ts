<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
