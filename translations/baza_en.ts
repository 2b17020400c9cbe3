<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>baza::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommands.cpp" line="+73"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>--strict: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>--strict: %n problem found; nothing was imported.</numerusform>
            <numerusform>--strict: %n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::domain</name>
    <message numerus="yes">
        <location filename="../core/domain/Validation.cpp" line="+63"/>
        <source>A name or title is longer than %n characters.</source>
        <translation>
            <numerusform>A name or title is longer than %n character.</numerusform>
            <numerusform>A name or title is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactsPage</name>
    <message numerus="yes">
        <location filename="../ui/contacts/ContactsPage.cpp" line="+91"/>
        <source>%Ln contact(s) in this database</source>
        <translation>
            <numerusform>%Ln contact in this database</numerusform>
            <numerusform>%Ln contacts in this database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The first %Ln matches; type more to narrow them down.</source>
        <translation>
            <numerusform>The first %Ln match; type more to narrow it down.</numerusform>
            <numerusform>The first %Ln matches; type more to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ui/importer/DuplicatesDialog.cpp" line="+25"/>
        <source>Same email %1 (%n contact(s))</source>
        <translation>
            <numerusform>Same email %1 (%n contact)</numerusform>
            <numerusform>Same email %1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Same phone %1 (%n contact(s))</source>
        <translation>
            <numerusform>Same phone %1 (%n contact)</numerusform>
            <numerusform>Same phone %1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Same name and company: %1 (%n contact(s))</source>
        <translation>
            <numerusform>Same name and company: %1 (%n contact)</numerusform>
            <numerusform>Same name and company: %1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%n group(s) of likely duplicates. Choose one to compare and merge.</source>
        <translation>
            <numerusform>%n group of likely duplicates. Choose it to compare and merge.</numerusform>
            <numerusform>%n groups of likely duplicates. Choose one to compare and merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/importer/ImportPages.cpp" line="+251"/>
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Showing the first row.</numerusform>
            <numerusform>Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) have a different number of columns than the header.</source>
        <translation>
            <numerusform>%n row has a different number of columns than the header.</numerusform>
            <numerusform>%n rows have a different number of columns than the header.</numerusform>
        </translation>
    </message>
</context>
</TS>
