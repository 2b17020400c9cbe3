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
    <name>baza::ui::CompanyCard</name>
    <message numerus="yes">
        <location filename="../ui/cards/CompanyCard.cpp" line="+180"/>
        <source>People (%n)</source>
        <translation>
            <numerusform>People (%n)</numerusform>
            <numerusform>People (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Open deals (%n)</numerusform>
            <numerusform>Open deals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Open tasks (%n)</numerusform>
            <numerusform>Open tasks (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactCard</name>
    <message numerus="yes">
        <location filename="../ui/cards/ContactCard.cpp" line="+247"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Open deals (%n)</numerusform>
            <numerusform>Open deals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Open tasks (%n)</numerusform>
            <numerusform>Open tasks (%n)</numerusform>
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
    <name>baza::ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/importer/ExportDialog.cpp" line="+194"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/importer/ImportHistoryDialog.cpp" line="+175"/>
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n record it created will be removed</numerusform>
            <numerusform>%n records it created will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it updated will be set back.</source>
        <translation>
            <numerusform>%n record it updated will be set back.</numerusform>
            <numerusform>%n records it updated will be set back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportMappingPage</name>
    <message numerus="yes">
        <location filename="../ui/importer/ImportMappingPage.cpp" line="+340"/>
        <source>Imported without %n value(s)</source>
        <translation>
            <numerusform>Imported without %n value</numerusform>
            <numerusform>Imported without %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>The first row as it will be imported.</numerusform>
            <numerusform>The first %n rows as they will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) have values that will be left out (marked; the reason is in the tooltip).</source>
        <translation>
            <numerusform>%n row has values that will be left out (marked; the reason is in the tooltip).</numerusform>
            <numerusform>%n rows have values that will be left out (marked; the reason is in the tooltip).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) will not be imported.</source>
        <translation>
            <numerusform>%n row will not be imported.</numerusform>
            <numerusform>%n rows will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n mapped column(s) of it are not in this file.</source>
        <translation>
            <numerusform>%n mapped column of it is not in this file.</numerusform>
            <numerusform>%n mapped columns of it are not in this file.</numerusform>
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
<context>
    <name>baza::ui::ImportRunPage</name>
    <message numerus="yes">
        <location filename="../ui/importer/ImportRunPages.cpp" line="+33"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <location line="+3"/>
        <source>%n row(s) done</source>
        <translation>
            <numerusform>%n row done</numerusform>
            <numerusform>%n rows done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>of about %n</source>
        <translation>
            <numerusform>of about %n</numerusform>
            <numerusform>of about %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) per second</source>
        <translation>
            <numerusform>%n row per second</numerusform>
            <numerusform>%n rows per second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <location line="+53"/>
        <source>Undone: %n record(s) removed</source>
        <translation>
            <numerusform>Undone: %n record removed</numerusform>
            <numerusform>Undone: %n records removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) set back</source>
        <translation>
            <numerusform>%n record set back</numerusform>
            <numerusform>%n records set back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) kept because they were changed by hand after the import or are in use:</source>
        <translation>
            <numerusform>%n record kept because it was changed by hand after the import or is in use:</numerusform>
            <numerusform>%n records kept because they were changed by hand after the import or are in use:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n record created</numerusform>
            <numerusform>%n records created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n existing record(s) updated</source>
        <translation>
            <numerusform>%n existing record updated</numerusform>
            <numerusform>%n existing records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) of existing records or earlier rows</source>
        <translation>
            <numerusform>%n duplicate of existing records or earlier rows</numerusform>
            <numerusform>%n duplicates of existing records or earlier rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) with errors, not imported</source>
        <translation>
            <numerusform>%n row with errors, not imported</numerusform>
            <numerusform>%n rows with errors, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) left out (kept in the custom field import_rejected)</source>
        <translation>
            <numerusform>%n value left out (kept in the custom field import_rejected)</numerusform>
            <numerusform>%n values left out (kept in the custom field import_rejected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n company(ies) created for the contacts</source>
        <translation>
            <numerusform>%n company created for the contacts</numerusform>
            <numerusform>%n companies created for the contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The first %n problem(s); the error report lists all.</source>
        <translation>
            <numerusform>The first problem; the error report lists all.</numerusform>
            <numerusform>The first %n problems; the error report lists all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n record it created will be removed</numerusform>
            <numerusform>%n records it created will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it updated will be set back.</source>
        <translation>
            <numerusform>%n record it updated will be set back.</numerusform>
            <numerusform>%n records it updated will be set back.</numerusform>
        </translation>
    </message>
</context>
</TS>
