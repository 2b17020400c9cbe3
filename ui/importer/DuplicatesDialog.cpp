#include "ui/importer/DuplicatesDialog.h"

#include "ui/importer/StoreWorker.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

QString reasonText(const store::DuplicateGroup& g)
{
    const int n = int(g.contactIds.size());
    if (g.reason == QLatin1String("email"))
        return DuplicatesDialog::tr("Same email %1 (%n contact(s))", nullptr, n).arg(g.key);
    if (g.reason == QLatin1String("phone"))
        return DuplicatesDialog::tr("Same phone %1 (%n contact(s))", nullptr, n).arg(g.key);
    return DuplicatesDialog::tr("Same name and company: %1 (%n contact(s))", nullptr, n).arg(g.key);
}

QStringList listValues(const QList<domain::EmailAddress>& items)
{
    QStringList out;
    for (const domain::EmailAddress& item : items)
        out << item.address;
    return out;
}

QStringList listValues(const QList<domain::PhoneNumber>& items)
{
    QStringList out;
    for (const domain::PhoneNumber& item : items)
        out << item.number;
    return out;
}

} // namespace

DuplicatesDialog::DuplicatesDialog(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find duplicates"));
    m_watcher = new QFutureWatcher<DuplicatesOutcome>(this);
    connect(m_watcher, &QFutureWatcher<DuplicatesOutcome>::finished, this,
            [this] { showGroups(m_watcher->result()); });

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateGroups"));
    m_list->setAccessibleName(tr("Groups of likely duplicates"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showPair(); });

    m_pairWidget = new QWidget;
    m_grid = new QGridLayout(m_pairWidget);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_pairWidget);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({320, 580});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(false);
    m_undo = buttons->addButton(tr("&Undo merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::merge);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 520);
    refresh();
}

void DuplicatesDialog::refresh()
{
    m_status->setText(tr("Looking for duplicates…"));
    m_watcher->setFuture(
        runWithStore<DuplicatesOutcome>(m_store.database(), [](store::Store& store) {
            DuplicatesOutcome out;
            auto found = store.findDuplicates();
            if (found)
                out.groups = *found;
            else
                out.error = found.message();
            return out;
        }));
}

void DuplicatesDialog::showGroups(const DuplicatesOutcome& outcome)
{
    m_groups = outcome.groups;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const store::DuplicateGroup& g : std::as_const(m_groups))
        m_list->addItem(reasonText(g));
    QString text;
    if (!outcome.error.isEmpty())
        text = outcome.error;
    else if (m_groups.isEmpty())
        text = tr("No likely duplicates.");
    else
        text = tr("%n group(s) of likely duplicates. Choose one to compare and merge.", nullptr,
                  int(m_groups.size()));
    m_status->setText(m_note.isEmpty() ? text : m_note + QLatin1Char(' ') + text);
    if (!m_groups.isEmpty())
        m_list->setCurrentRow(0);
    showPair();
    emit groupsLoaded();
}

void DuplicatesDialog::selectGroup(int row)
{
    m_list->setCurrentRow(row);
}

QString DuplicatesDialog::companyName(const QString& id) const
{
    if (id.isEmpty())
        return {};
    auto company = m_store.company(id);
    return company ? company->name : QString();
}

void DuplicatesDialog::showPair()
{
    qDeleteAll(m_choices);
    m_choices.clear();
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int row = m_list->currentRow();
    m_merge->setEnabled(false);
    if (row < 0 || row >= m_groups.size() || m_groups.at(row).contactIds.size() < 2)
        return;
    const QStringList& ids = m_groups.at(row).contactIds;
    auto left = m_store.contact(ids.at(0));
    auto right = m_store.contact(ids.at(1));
    if (!left || !right) {
        m_status->setText(left ? right.message() : left.message());
        return;
    }
    m_left = *left;
    m_right = *right;

    auto* keeps = new QLabel(tr("Kept (older)"), m_pairWidget);
    auto* goes = new QLabel(tr("Merged into it"), m_pairWidget);
    QFont bold = keeps->font();
    bold.setBold(true);
    keeps->setFont(bold);
    goes->setFont(bold);
    m_grid->addWidget(keeps, 0, 1);
    m_grid->addWidget(goes, 0, 2);
    int r = 1;
    addFieldRow(r++, QStringLiteral("first_name"), tr("First name"), m_left.firstName,
                m_right.firstName);
    addFieldRow(r++, QStringLiteral("middle_name"), tr("Middle name"), m_left.middleName,
                m_right.middleName);
    addFieldRow(r++, QStringLiteral("last_name"), tr("Last name"), m_left.lastName,
                m_right.lastName);
    addFieldRow(r++, QStringLiteral("title"), tr("Title"), m_left.title, m_right.title);
    addFieldRow(r++, QStringLiteral("company_id"), tr("Company"), companyName(m_left.companyId),
                companyName(m_right.companyId));
    addFieldRow(r++, QStringLiteral("street"), tr("Street"), m_left.address.street,
                m_right.address.street);
    addFieldRow(r++, QStringLiteral("postal_code"), tr("Postal code"), m_left.address.postalCode,
                m_right.address.postalCode);
    addFieldRow(r++, QStringLiteral("city"), tr("City"), m_left.address.city, m_right.address.city);
    addFieldRow(r++, QStringLiteral("region"), tr("Region"), m_left.address.region,
                m_right.address.region);
    addFieldRow(r++, QStringLiteral("country"), tr("Country"), m_left.address.country,
                m_right.address.country);
    addFieldRow(r++, QStringLiteral("source"), tr("Source"), m_left.source, m_right.source);
    addUnitedRow(r++, tr("Emails"), listValues(m_left.emails), listValues(m_right.emails));
    addUnitedRow(r++, tr("Phones"), listValues(m_left.phones), listValues(m_right.phones));
    addUnitedRow(r++, tr("Tags"), m_left.tags, m_right.tags);
    m_grid->setRowStretch(r, 1);
    m_merge->setEnabled(true);
}

void DuplicatesDialog::addFieldRow(int row, const QString& field, const QString& title,
                                   const QString& left, const QString& right)
{
    if (left.isEmpty() && right.isEmpty())
        return; // neither has it: a row would only be noise
    m_grid->addWidget(new QLabel(title, m_pairWidget), row, 0);
    if (left == right || right.isEmpty() || left.isEmpty()) {
        // Nothing to choose: the merge keeps the one non-empty value.
        auto* value = new QLabel(left.isEmpty() ? right : left, m_pairWidget);
        value->setAccessibleName(title);
        m_grid->addWidget(value, row, 1, 1, 2);
        return;
    }
    auto* group = new QButtonGroup;
    group->setObjectName(field);
    auto* keep = new QRadioButton(left, m_pairWidget);
    auto* take = new QRadioButton(right, m_pairWidget);
    keep->setObjectName(field + QStringLiteral("_keep"));
    take->setObjectName(field + QStringLiteral("_other"));
    keep->setAccessibleName(tr("%1: keep %2").arg(title, left));
    take->setAccessibleName(tr("%1: take %2").arg(title, right));
    keep->setChecked(true);
    group->addButton(keep, 0);
    group->addButton(take, 1);
    m_choices << group;
    m_grid->addWidget(keep, row, 1);
    m_grid->addWidget(take, row, 2);
}

void DuplicatesDialog::addUnitedRow(int row, const QString& title, const QStringList& left,
                                    const QStringList& right)
{
    QStringList all = left;
    for (const QString& v : right)
        if (!all.contains(v, Qt::CaseInsensitive))
            all << v;
    if (all.isEmpty())
        return;
    m_grid->addWidget(new QLabel(title, m_pairWidget), row, 0);
    auto* value =
        new QLabel(tr("%1 (both kept)").arg(all.join(QStringLiteral(", "))), m_pairWidget);
    value->setWordWrap(true);
    value->setAccessibleName(title);
    m_grid->addWidget(value, row, 1, 1, 2);
}

QStringList DuplicatesDialog::fieldsFromOther() const
{
    QStringList out;
    for (const QButtonGroup* group : m_choices)
        if (group->checkedId() == 1)
            out << group->objectName();
    return out;
}

void DuplicatesDialog::chooseOther(const QString& field)
{
    for (QButtonGroup* group : std::as_const(m_choices))
        if (group->objectName() == field)
            group->button(1)->setChecked(true);
}

void DuplicatesDialog::merge()
{
    if (m_left.id.isEmpty() || m_right.id.isEmpty())
        return;
    const QString name = m_left.displayName();
    const Status merged = m_store.mergeContacts(m_left.id, m_right.id, {fieldsFromOther()});
    if (!merged) {
        m_status->setText(merged.message());
        return;
    }
    m_left = {};
    m_right = {};
    m_undo->setEnabled(true);
    m_note = tr("Merged into %1. Undo merge (Ctrl+Z) takes it back.").arg(name);
    refresh();
}

void DuplicatesDialog::undoMerge()
{
    auto undone = m_store.undoLast();
    if (!undone) {
        m_status->setText(undone.message());
        return;
    }
    m_undo->setEnabled(false);
    m_note = tr("The merge is undone.");
    refresh();
}

} // namespace baza::ui
