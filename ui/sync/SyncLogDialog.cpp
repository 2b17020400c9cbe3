#include "ui/sync/SyncLogDialog.h"

#include "core/store/Store.h"
#include "ui/shell/Formatting.h"
#include "ui/sync/SyncModels.h"
#include "ui/sync/SyncService.h"
#include "ui/sync/SyncText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baza::ui {

SyncLogDialog::SyncLogDialog(SyncService& sync, store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_store(store)
    , m_model(new SyncLogModel(this))
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Sync log"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("syncLogProblem"));
    m_problem->setWordWrap(true);
    theme::markAsError(m_problem);
    m_problem->hide();

    m_table = makeSyncTable(m_model, QStringLiteral("syncRuns"), tr("Recent syncs"), this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SyncLogModel::Details, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_syncNow = buttons->addButton(tr("Sync &now"), QDialogButtonBox::ActionRole);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    auto* overwritten =
        buttons->addButton(tr("&Overwritten values…"), QDialogButtonBox::ActionRole);
    overwritten->setObjectName(QStringLiteral("syncLogOverwritten"));
    auto* settings = buttons->addButton(tr("&Server settings…"), QDialogButtonBox::ActionRole);
    settings->setObjectName(QStringLiteral("syncLogSettings"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    auto* recent = new QLabel(tr("Recent syncs:"), this);
    recent->setBuddy(m_table);
    layout->addWidget(recent);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_syncNow, &QPushButton::clicked, &m_sync, &SyncService::syncNow);
    connect(overwritten, &QPushButton::clicked, this, &SyncLogDialog::overwrittenRequested);
    connect(settings, &QPushButton::clicked, this, &SyncLogDialog::settingsRequested);
    connect(&m_sync, &SyncService::statusChanged, this, &SyncLogDialog::showStatus);
    connect(&m_sync, &SyncService::syncFinished, this, &SyncLogDialog::reload);
    showStatus(m_sync.status());
    reload();
    resize(820, 440);
}

void SyncLogDialog::reload()
{
    // At most 200 short rows, read on this thread like the import history.
    auto runs = m_store.syncRuns();
    if (!runs) {
        m_problem->setText(runs.message());
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_model->setRuns(*runs);
}

void SyncLogDialog::showStatus(const sync::SyncStatus& status)
{
    m_summary->setText(synctext::details(status));
    m_syncNow->setEnabled(status.state != sync::SyncState::NotConnected &&
                          status.state != sync::SyncState::Syncing);
}

} // namespace baza::ui
