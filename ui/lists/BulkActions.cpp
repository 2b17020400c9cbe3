#include "ui/lists/BulkActions.h"

#include "core/db/Database.h"
#include "core/store/ListReader.h"
#include "core/store/Store.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace baza::ui {

namespace {

// Writing thousands of rows takes a moment; show it.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

QInputDialog* makeChoice(QWidget* parent, const char* objectName, const QString& title,
                         const QString& label, const QStringList& items, bool editable)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setObjectName(QLatin1String(objectName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(editable);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

} // namespace

BulkActions::BulkActions(store::ListEntity entity, store::Store& store,
                         std::function<QStringList()> selectedIds, QWidget* parent)
    : QWidget(parent)
    , m_entity(entity)
    , m_store(store)
    , m_selectedIds(std::move(selectedIds))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkActions"));
    setAccessibleName(tr("Actions on the selected records"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectName(QStringLiteral("selectionCount"));
    layout->addWidget(m_count);
    if (entity == store::ListEntity::Contacts) {
        addButton("addTagButton", tr("Add &tag…"), &BulkActions::addTag);
        addButton("removeTagButton", tr("&Remove tag…"), &BulkActions::removeTag);
    }
    addButton("changeOwnerButton", tr("Change &owner…"), &BulkActions::changeOwner);
    if (entity == store::ListEntity::Contacts) {
        addButton("changeStageButton", tr("Change &stage…"), &BulkActions::changeLifecycle);
        QPushButton* exportButton = addButton("exportSelectedButton", tr("Ex&port…"), nullptr);
        exportButton->setToolTip(tr("Export the selected contacts to a CSV or vCard file"));
        exportButton->setAccessibleName(tr("Export the selected contacts"));
        connect(exportButton, &QPushButton::clicked, this, &BulkActions::exportRequested);
    }
    addButton("deleteButton", tr("&Delete…"), &BulkActions::deleteSelected);
    layout->addStretch(1);
    setSelectedCount(0);
}

QPushButton* BulkActions::addButton(const char* objectName, const QString& text,
                                    void (BulkActions::*slot)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(objectName));
    layout()->addWidget(button);
    if (slot)
        connect(button, &QPushButton::clicked, this, slot);
    return button;
}

void BulkActions::setSelectedCount(qint64 count)
{
    m_selected = count;
    m_count->setText(tr("%Ln selected", nullptr, int(count)));
    setVisible(count > 0);
}

QString BulkActions::countedEntities(qint64 n) const
{
    return m_entity == store::ListEntity::Contacts ? tr("%Ln contact(s)", nullptr, int(n))
                                                   : tr("%Ln company(ies)", nullptr, int(n));
}

void BulkActions::report(const Status& status, const QString& done)
{
    emit message(status ? done : tr("Nothing was changed: %1").arg(status.message()));
}

void BulkActions::addTag()
{
    QStringList names;
    if (auto tags = m_store.tags()) {
        for (const domain::Tag& t : *tags)
            names << t.name;
    }
    auto* dialog =
        makeChoice(this, "tagDialog", tr("Add tag"),
                   tr("Tag to add to %1:").arg(countedEntities(m_selected)), names, true);
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& tag) {
        const QStringList ids = m_selectedIds();
        BusyCursor busy;
        report(m_store.tagContacts(ids, tag),
               tr("Added tag “%1” to %Ln contact(s).", nullptr, int(ids.size())).arg(tag));
    });
    dialog->open();
}

void BulkActions::removeTag()
{
    QStringList names;
    if (auto tags = m_store.tags()) {
        for (const domain::Tag& t : *tags)
            names << t.name;
    }
    if (names.isEmpty()) {
        emit message(tr("There are no tags yet."));
        return;
    }
    auto* dialog =
        makeChoice(this, "untagDialog", tr("Remove tag"),
                   tr("Tag to remove from %1:").arg(countedEntities(m_selected)), names, false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& tag) {
        const QStringList ids = m_selectedIds();
        BusyCursor busy;
        report(m_store.untagContacts(ids, tag),
               tr("Removed tag “%1” from %Ln contact(s).", nullptr, int(ids.size())).arg(tag));
    });
    dialog->open();
}

void BulkActions::changeOwner()
{
    auto owners = store::ListReader(m_store.database().connection()).owners();
    QStringList names{tr("No owner")};
    QStringList ownerIds{QString()};
    if (owners) {
        for (const auto& [id, name] : *owners) {
            names << name;
            ownerIds << id;
        }
    }
    auto* dialog =
        makeChoice(this, "ownerDialog", tr("Change owner"),
                   tr("New owner of %1:").arg(countedEntities(m_selected)), names, false);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, names, ownerIds](const QString& name) {
                const QString ownerId = ownerIds.value(names.indexOf(name));
                const QStringList ids = m_selectedIds();
                BusyCursor busy;
                const Status s = m_entity == store::ListEntity::Contacts
                                     ? m_store.setContactsOwner(ids, ownerId)
                                     : m_store.setCompaniesOwner(ids, ownerId);
                report(s, tr("%1 now owned by %2.").arg(countedEntities(ids.size()), name));
            });
    dialog->open();
}

void BulkActions::changeLifecycle()
{
    QStringList names;
    for (int s = int(domain::Lifecycle::Subscriber); s <= int(domain::Lifecycle::Other); ++s)
        names << domain::lifecycleDisplayName(domain::Lifecycle(s));
    auto* dialog =
        makeChoice(this, "stageDialog", tr("Change lifecycle stage"),
                   tr("New stage of %1:").arg(countedEntities(m_selected)), names, false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, names](const QString& name) {
        const auto stage = domain::Lifecycle(std::max<qsizetype>(0, names.indexOf(name)));
        const QStringList ids = m_selectedIds();
        BusyCursor busy;
        report(m_store.setContactsLifecycle(ids, stage),
               tr("Moved %Ln contact(s) to %1.", nullptr, int(ids.size())).arg(name));
    });
    dialog->open();
}

void BulkActions::deleteSelected()
{
    if (m_selected <= 0)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning,
        m_entity == store::ListEntity::Contacts ? tr("Delete contacts") : tr("Delete companies"),
        m_entity == store::ListEntity::Contacts
            ? tr("Delete %Ln contact(s)? Their deals, activities and tasks stay, without the "
                 "link. Edit → Undo brings them back.",
                 nullptr, int(m_selected))
            : tr("Delete %Ln company(ies)? Their contacts, deals, activities and tasks stay, "
                 "without the link. Edit → Undo brings them back.",
                 nullptr, int(m_selected)),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton* clicked) {
        if (clicked != confirm)
            return;
        const QStringList ids = m_selectedIds();
        BusyCursor busy;
        const Status s = m_entity == store::ListEntity::Contacts ? m_store.deleteContacts(ids)
                                                                 : m_store.deleteCompanies(ids);
        report(s, tr("Deleted %1. Edit → Undo brings them back.").arg(countedEntities(ids.size())));
    });
    box->open();
}

} // namespace baza::ui
