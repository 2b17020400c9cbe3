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
    <message numerus="yes">
        <location filename="../app/cli/SyncCommands.cpp" line="+122"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Sent %n change</numerusform>
            <numerusform>Sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>received %n</source>
        <translation>
            <numerusform>received %n</numerusform>
            <numerusform>received %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n value(s) of yours overwritten by newer changes</source>
        <translation>
            <numerusform>%n value of yours overwritten by a newer change</numerusform>
            <numerusform>%n values of yours overwritten by newer changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::domain</name>
    <message numerus="yes">
        <location filename="../core/domain/Money.cpp" line="+101"/>
        <source>A rate has at most %n decimal places.</source>
        <translation>
            <numerusform>A rate has at most %n decimal place.</numerusform>
            <numerusform>A rate has at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%1 has %n decimal place(s).</source>
        <translation>
            <numerusform>%1 has %n decimal place.</numerusform>
            <numerusform>%1 has %n decimal places.</numerusform>
        </translation>
    </message>
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
    <name>baza::store::Store</name>
    <message numerus="yes">
        <location filename="../core/store/StorePipelines.cpp" line="+67"/>
        <source>The pipeline still holds %n deal(s). Move or delete them first.</source>
        <translation>
            <numerusform>The pipeline still holds %n deal. Move or delete it first.</numerusform>
            <numerusform>The pipeline still holds %n deals. Move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>The stage holds %n deal(s); choose the stage they move to.</source>
        <translation>
            <numerusform>The stage holds %n deal; choose the stage it moves to.</numerusform>
            <numerusform>The stage holds %n deals; choose the stage they move to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::sync::SyncEngine</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncEngine.cpp" line="+328"/>
        <source>This computer&apos;s clock is about %n minute(s) ahead of the server&apos;s, so the server cannot accept its latest changes yet. They stay queued and are sent when the server&apos;s time catches up. Set this computer&apos;s time correctly (automatic time) so that new changes are not held back.</source>
        <translation>
            <numerusform>This computer&apos;s clock is about %n minute ahead of the server&apos;s, so the server cannot accept its latest changes yet. They stay queued and are sent when the server&apos;s time catches up. Set this computer&apos;s time correctly (automatic time) so that new changes are not held back.</numerusform>
            <numerusform>This computer&apos;s clock is about %n minutes ahead of the server&apos;s, so the server cannot accept its latest changes yet. They stay queued and are sent when the server&apos;s time catches up. Set this computer&apos;s time correctly (automatic time) so that new changes are not held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Synced: %n sent, </source>
        <translation>
            <numerusform>Synced: %n sent, </numerusform>
            <numerusform>Synced: %n sent, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n overwritten</source>
        <translation>
            <numerusform>, %n overwritten</numerusform>
            <numerusform>, %n overwritten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardDelegate.cpp" line="+136"/>
        <source>%n d</source>
        <comment>days in stage, short</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardModel</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardModel.cpp" line="+444"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n day(s) in this stage: rotting (more than %1)</source>
        <translation>
            <numerusform>%n day in this stage: rotting (more than %1)</numerusform>
            <numerusform>%n days in this stage: rotting (more than %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n day in this stage</numerusform>
            <numerusform>%n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardView</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardView.cpp" line="+202"/>
        <source>%n deal(s) without an exchange rate</source>
        <translation>
            <numerusform>%n deal without an exchange rate</numerusform>
            <numerusform>%n deals without an exchange rate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::BulkActions</name>
    <message numerus="yes">
        <location filename="../ui/lists/BulkActions.cpp" line="+87"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Added tag “%1” to %Ln contact(s).</source>
        <translation>
            <numerusform>Added tag “%1” to %Ln contact.</numerusform>
            <numerusform>Added tag “%1” to %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Removed tag “%1” from %Ln contact(s).</source>
        <translation>
            <numerusform>Removed tag “%1” from %Ln contact.</numerusform>
            <numerusform>Removed tag “%1” from %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Moved %Ln contact to %1.</numerusform>
            <numerusform>Moved %Ln contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete %Ln contact(s)? Their deals, activities and tasks stay, without the link. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete %Ln contact? Their deals, activities and tasks stay, without the link. Edit → Undo brings them back.</numerusform>
            <numerusform>Delete %Ln contacts? Their deals, activities and tasks stay, without the link. Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %Ln company(ies)? Their contacts, deals, activities and tasks stay, without the link. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete %Ln company? Its contacts, deals, activities and tasks stay, without the link. Edit → Undo brings it back.</numerusform>
            <numerusform>Delete %Ln companies? Their contacts, deals, activities and tasks stay, without the link. Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::CompanyCard</name>
    <message numerus="yes">
        <location filename="../ui/cards/CompanyCard.cpp" line="+181"/>
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
        <location filename="../ui/cards/ContactCard.cpp" line="+250"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Open deals (%n)</numerusform>
            <numerusform>Open deals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Open tasks (%n)</numerusform>
            <numerusform>Open tasks (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::DealsPage</name>
    <message numerus="yes">
        <location filename="../ui/deals/DealsPage.cpp" line="+355"/>
        <source>%n open deal(s) worth %1</source>
        <translation>
            <numerusform>%n open deal worth %1</numerusform>
            <numerusform>%n open deals worth %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n day(s) to close on average</source>
        <translation>
            <numerusform>%n day to close on average</numerusform>
            <numerusform>%n days to close on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deal(s) left out: no exchange rate</source>
        <translation>
            <numerusform>%n deal left out: no exchange rate</numerusform>
            <numerusform>%n deals left out: no exchange rate</numerusform>
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
        <location filename="../ui/importer/ExportDialog.cpp" line="+133"/>
        <source>The %n selected contact(s) are exported.</source>
        <translation>
            <numerusform>The %n selected contact is exported.</numerusform>
            <numerusform>The %n selected contacts are exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The %n contact(s) of the segment “%1” are exported.</source>
        <translation>
            <numerusform>The %n contact of the segment “%1” is exported.</numerusform>
            <numerusform>The %n contacts of the segment “%1” are exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n contact(s) the list shows (with its filters) are exported.</source>
        <translation>
            <numerusform>The %n contact the list shows (with its filters) is exported.</numerusform>
            <numerusform>The %n contacts the list shows (with its filters) are exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
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
        <location filename="../ui/importer/ImportMappingPage.cpp" line="+428"/>
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
        <location line="+57"/>
        <source>%n mapped column(s) of it are not in this file.</source>
        <translation>
            <numerusform>%n mapped column of it is not in this file.</numerusform>
            <numerusform>%n mapped columns of it are not in this file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportPolicyPage</name>
    <message numerus="yes">
        <location filename="../ui/importer/ImportRunPages.cpp" line="+165"/>
        <source>Looking for rows that match records Baza already has… (%Ln row(s) read)</source>
        <translation>
            <numerusform>Looking for rows that match records Baza already has… (%Ln row read)</numerusform>
            <numerusform>Looking for rows that match records Baza already has… (%Ln rows read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln row(s) of the file match records Baza already has.</source>
        <translation>
            <numerusform>%Ln row of the file matches records Baza already has.</numerusform>
            <numerusform>%Ln rows of the file match records Baza already has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) repeat an earlier row of the file.</source>
        <translation>
            <numerusform>%Ln row repeats an earlier row of the file.</numerusform>
            <numerusform>%Ln rows repeat an earlier row of the file.</numerusform>
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
        <location filename="../ui/importer/ImportRunPages.cpp" line="-149"/>
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
        <location line="+263"/>
        <location line="+3"/>
        <source>%Ln row(s) done</source>
        <translation>
            <numerusform>%Ln row done</numerusform>
            <numerusform>%Ln rows done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>of about %Ln</source>
        <translation>
            <numerusform>of about %Ln</numerusform>
            <numerusform>of about %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) per second</source>
        <translation>
            <numerusform>%Ln row per second</numerusform>
            <numerusform>%Ln rows per second</numerusform>
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
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) created</source>
        <translation>
            <numerusform>%Ln record created</numerusform>
            <numerusform>%Ln records created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln existing record(s) updated</source>
        <translation>
            <numerusform>%Ln existing record updated</numerusform>
            <numerusform>%Ln existing records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s) of existing records or earlier rows</source>
        <translation>
            <numerusform>%Ln duplicate of existing records or earlier rows</numerusform>
            <numerusform>%Ln duplicates of existing records or earlier rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln row skipped</numerusform>
            <numerusform>%Ln rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with errors, not imported</source>
        <translation>
            <numerusform>%Ln row with errors, not imported</numerusform>
            <numerusform>%Ln rows with errors, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln value(s) left out (kept in the custom field import_rejected)</source>
        <translation>
            <numerusform>%Ln value left out (kept in the custom field import_rejected)</numerusform>
            <numerusform>%Ln values left out (kept in the custom field import_rejected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln company(ies) created for the contacts</source>
        <translation>
            <numerusform>%Ln company created for the contacts</numerusform>
            <numerusform>%Ln companies created for the contacts</numerusform>
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
<context>
    <name>baza::ui::ListFilterBar</name>
    <message numerus="yes">
        <location filename="../ui/lists/ListFilterBar.cpp" line="+137"/>
        <location line="+126"/>
        <source>Not contacted in %n day(s)</source>
        <translation>
            <numerusform>Not contacted in %n day</numerusform>
            <numerusform>Not contacted in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-123"/>
        <location line="+122"/>
        <source>Contacted in the last %n day(s)</source>
        <translation>
            <numerusform>Contacted in the last %n day</numerusform>
            <numerusform>Contacted in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-113"/>
        <source>Created in the last %n day(s)</source>
        <translation>
            <numerusform>Created in the last %n day</numerusform>
            <numerusform>Created in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="+389"/>
        <source>Unlocked. Locks by itself in %n minute(s) without use; Ctrl+L locks now.</source>
        <translation>
            <numerusform>Unlocked. Locks by itself in %n minute without use; Ctrl+L locks now.</numerusform>
            <numerusform>Unlocked. Locks by itself in %n minutes without use; Ctrl+L locks now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::OverwrittenDialog</name>
    <message numerus="yes">
        <location filename="../ui/sync/OverwrittenDialog.cpp" line="+152"/>
        <source>%n value(s) restored; they go to the server with the next sync.</source>
        <translation>
            <numerusform>%n value restored; it goes to the server with the next sync.</numerusform>
            <numerusform>%n values restored; they go to the server with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::PipelineEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/deals/PipelineEditorDialog.cpp" line="+322"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>“%1” holds %n deal. Move it to:</numerusform>
            <numerusform>“%1” holds %n deals. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::QuickSearchPopup</name>
    <message numerus="yes">
        <location filename="../ui/shell/QuickSearch.cpp" line="+230"/>
        <source>%n result(s) — Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n result — Enter opens, Esc closes</numerusform>
            <numerusform>%n results — Enter opens, Esc closes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::RecordListPage</name>
    <message numerus="yes">
        <location filename="../ui/lists/RecordListPage.cpp" line="+232"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln matching contact</numerusform>
            <numerusform>%Ln matching contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matching company(ies)</source>
        <translation>
            <numerusform>%Ln matching company</numerusform>
            <numerusform>%Ln matching companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ReminderService</name>
    <message numerus="yes">
        <location filename="../ui/tasks/ReminderService.cpp" line="+107"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::SegmentNavigator</name>
    <message numerus="yes">
        <location filename="../ui/lists/SegmentNavigator.cpp" line="+265"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncLogModel</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncModels.cpp" line="+62"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) already outdated on the server</source>
        <translation>
            <numerusform>%n change already outdated on the server</numerusform>
            <numerusform>%n changes already outdated on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n checks with nothing new since %1</source>
        <translation>
            <numerusform>%n check with nothing new since %1</numerusform>
            <numerusform>%n checks with nothing new since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attempts since %1</source>
        <translation>
            <numerusform>%n attempt since %1</numerusform>
            <numerusform>%n attempts since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+154"/>
        <source>%n overwritten</source>
        <translation>
            <numerusform>%n overwritten</numerusform>
            <numerusform>%n overwritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) of yours overwritten by newer changes</source>
        <translation>
            <numerusform>%n value of yours overwritten by newer changes</numerusform>
            <numerusform>%n values of yours overwritten by newer changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::TaskListModel</name>
    <message numerus="yes">
        <location filename="../ui/tasks/TaskListModel.cpp" line="+134"/>
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n task</numerusform>
            <numerusform>%1: %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::TasksPage</name>
    <message numerus="yes">
        <location filename="../ui/tasks/TasksPage.cpp" line="+44"/>
        <source>Remind %n minute(s) before</source>
        <translation>
            <numerusform>Remind %n minute before</numerusform>
            <numerusform>Remind %n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::synctext</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncText.cpp" line="+38"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Offline · %n waiting</numerusform>
            <numerusform>Offline · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
</TS>
