#include "ui/sync/OverwrittenDialog.h"

#include "core/store/Store.h"
#include "ui/shell/Formatting.h"
#include "ui/sync/SyncModels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baza::ui {

namespace {

// Records with a card of their own, while they exist.
bool canOpen(const store::OverwrittenValue& v)
{
    return !v.recordName.isEmpty() &&
           (v.entity == QLatin1String("contact") || v.entity == QLatin1String("company") ||
            v.entity == QLatin1String("deal"));
}

} // namespace

OverwrittenDialog::OverwrittenDialog(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new OverwrittenModel(this))
{
    setObjectName(QStringLiteral("overwrittenDialog"));
    setWindowTitle(tr("Overwritten by a newer change"));

    m_intro = new QLabel(tr("When you and someone else change the same field, the newer change "
                            "wins on every computer. These are your values that lost. Restore "
                            "yours to make it the newest change again."),
                         this);
    m_intro->setWordWrap(true);

    m_table =
        makeSyncTable(m_model, QStringLiteral("overwrittenValues"), tr("Overwritten values"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OverwrittenModel::Yours, QHeaderView::Stretch);
    header->setSectionResizeMode(OverwrittenModel::Winning, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("overwrittenMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore mine"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreMine"));
    m_restore->setToolTip(tr("Write your value again; it becomes the newest change everywhere"));
    m_dismiss = buttons->addButton(tr("&Dismiss"), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(QStringLiteral("dismissOverwritten"));
    m_dismiss->setToolTip(tr("Keep the winning value and take the row off this list"));
    m_open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openOverwrittenRecord"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &OverwrittenDialog::restoreSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &OverwrittenDialog::dismissSelected);
    connect(m_open, &QPushButton::clicked, this, &OverwrittenDialog::openSelected);
    connect(m_table, &QTableView::doubleClicked, this, &OverwrittenDialog::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverwrittenDialog::updateButtons);
    reload();
    resize(900, 420);
}

void OverwrittenDialog::reload()
{
    // A short list (rows leave it when dismissed), read on this thread.
    auto values = m_store.overwrittenValues();
    if (!values) {
        m_message->setText(values.message());
        theme::markAsMessage(m_message, true);
        m_message->show();
        return;
    }
    m_model->setValues(*values);
    m_table->resizeColumnToContents(OverwrittenModel::Record);
    m_table->resizeColumnToContents(OverwrittenModel::Field);
    m_table->resizeColumnToContents(OverwrittenModel::By);
    m_table->resizeColumnToContents(OverwrittenModel::When);
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    if (m_model->rowCount() == 0) {
        m_message->setText(tr("Nothing of yours has been overwritten."));
        theme::markAsMessage(m_message, false);
        m_message->show();
    }
    updateButtons();
}

QList<int> OverwrittenDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OverwrittenDialog::updateButtons()
{
    const QList<int> rows = selectedRows();
    bool restorable = false;
    for (int row : rows) {
        const store::OverwrittenValue& v = m_model->value(row);
        restorable |= !v.restored && !v.deleted && !v.field.isEmpty();
    }
    m_restore->setEnabled(restorable);
    m_dismiss->setEnabled(!rows.isEmpty());
    m_open->setEnabled(rows.size() == 1 && canOpen(m_model->value(rows.first())));
}

void OverwrittenDialog::restoreSelected()
{
    // Each restore is a command of its own (one undo step each), as a click on one row is.
    QStringList problems;
    int restored = 0;
    for (int row : selectedRows()) {
        const store::OverwrittenValue v = m_model->value(row);
        if (v.restored || v.deleted || v.field.isEmpty())
            continue;
        if (Status s = m_store.restoreOverwritten(v.id); !s)
            problems << s.message();
        else
            ++restored;
    }
    reload();
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char('\n')));
        theme::markAsMessage(m_message, true);
    } else {
        m_message->setText(tr("%n value(s) restored; they go to the server with the next sync.",
                              nullptr, restored));
        theme::markAsMessage(m_message, false);
    }
    m_message->show();
    emit listChanged();
}

void OverwrittenDialog::dismissSelected()
{
    QStringList problems;
    for (int row : selectedRows()) {
        if (Status s = m_store.dismissOverwritten(m_model->value(row).id); !s)
            problems << s.message();
    }
    m_table->clearSelection();
    reload();
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char('\n')));
        theme::markAsMessage(m_message, true);
        m_message->show();
    }
    emit listChanged();
}

void OverwrittenDialog::openSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const store::OverwrittenValue& v = m_model->value(rows.first());
    if (!canOpen(v))
        return;
    emit recordRequested(v.entity, v.entityId);
}

} // namespace baza::ui
