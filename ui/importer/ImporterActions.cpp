#include "ui/importer/ImporterActions.h"

#include "ui/importer/DuplicatesDialog.h"
#include "ui/importer/ExportDialog.h"
#include "ui/importer/ImportHistoryDialog.h"
#include "ui/importer/ImportWizard.h"

#include <QAction>
#include <QMenu>

namespace baza::ui {

void addImporterActions(QMenu* fileMenu, store::Store& store, QWidget* window)
{
    auto* import = fileMenu->addAction(ImportWizard::tr("&Import…"));
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setStatusTip(ImportWizard::tr("Import contacts, companies or deals from CSV or vCard"));
    QObject::connect(import, &QAction::triggered, window, [&store, window] {
        auto* wizard = new ImportWizard(store, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });

    auto* history = fileMenu->addAction(ImportHistoryDialog::tr("Import &history…"));
    history->setObjectName(QStringLiteral("importHistoryAction"));
    history->setStatusTip(ImportHistoryDialog::tr("Past imports, and undoing one"));
    QObject::connect(history, &QAction::triggered, window, [&store, window] {
        auto* dialog = new ImportHistoryDialog(store, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto* exportContacts = fileMenu->addAction(ExportDialog::tr("&Export contacts…"));
    exportContacts->setObjectName(QStringLiteral("exportContactsAction"));
    exportContacts->setStatusTip(ExportDialog::tr("Write contacts to a CSV or vCard file"));
    QObject::connect(exportContacts, &QAction::triggered, window, [&store, window] {
        auto* dialog = new ExportDialog(store, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void addDuplicatesAction(QMenu* menu, store::Store& store, QWidget* window)
{
    auto* find = menu->addAction(DuplicatesDialog::tr("Find &duplicates…"));
    find->setObjectName(QStringLiteral("findDuplicatesAction"));
    find->setStatusTip(DuplicatesDialog::tr("Contacts that look like the same person, to merge"));
    QObject::connect(find, &QAction::triggered, window, [&store, window] {
        auto* dialog = new DuplicatesDialog(store, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace baza::ui
