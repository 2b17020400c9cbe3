#include "ui/sync/SyncStatusBar.h"

#include "core/store/Store.h"
#include "ui/shell/Formatting.h"
#include "ui/shell/Icons.h"
#include "ui/shell/NotificationBar.h"
#include "ui/sync/OverwrittenDialog.h"
#include "ui/sync/SyncLogDialog.h"
#include "ui/sync/SyncService.h"
#include "ui/sync/SyncText.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace baza::ui {

namespace {

QToolButton* statusButton(QWidget* parent, const QString& name)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(16, 16));
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QString iconFor(const sync::SyncStatus& status)
{
    switch (status.state) {
    case sync::SyncState::Syncing:
        return QStringLiteral("sync");
    case sync::SyncState::Synced:
        return status.pending > 0 ? QStringLiteral("sync") : QStringLiteral("cloud-done");
    case sync::SyncState::Offline:
        return QStringLiteral("cloud-off");
    case sync::SyncState::Error:
        return QStringLiteral("warning");
    case sync::SyncState::NotConnected:
        break;
    }
    return QStringLiteral("cloud-off");
}

} // namespace

SyncStatusBar::SyncStatusBar(SyncService& sync, store::Store& store, QStatusBar* statusBar,
                             NotificationBar* notifications, QMenu* toolsMenu, QWidget* window)
    : QObject(window)
    , m_sync(sync)
    , m_store(store)
    , m_window(window)
    , m_notifications(notifications)
{
    m_overwritten = statusButton(statusBar, QStringLiteral("syncOverwritten"));
    m_overwritten->setIcon(themedIcon(QStringLiteral("warning")));
    m_overwritten->setToolTip(tr("Values of yours that lost against newer changes; click to "
                                 "review or restore them"));
    m_overwritten->hide();
    m_state = statusButton(statusBar, QStringLiteral("syncState"));
    m_state->setAccessibleName(tr("Sync state"));
    m_state->hide();
    statusBar->addPermanentWidget(m_overwritten);
    statusBar->addPermanentWidget(m_state);
    connect(m_state, &QToolButton::clicked, this, &SyncStatusBar::showSyncLog);
    connect(m_overwritten, &QToolButton::clicked, this, &SyncStatusBar::showOverwritten);

    toolsMenu->addSeparator();
    m_syncNow = toolsMenu->addAction(themedIcon(QStringLiteral("sync")), tr("Sync &now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_syncNow, &QAction::triggered, &m_sync, &SyncService::syncNow);
    auto* log = toolsMenu->addAction(tr("Sync &log…"));
    log->setObjectName(QStringLiteral("syncLogAction"));
    connect(log, &QAction::triggered, this, &SyncStatusBar::showSyncLog);
    auto* overwritten = toolsMenu->addAction(tr("&Overwritten values…"));
    overwritten->setObjectName(QStringLiteral("overwrittenAction"));
    overwritten->setStatusTip(tr("Your values that lost against newer changes from others"));
    connect(overwritten, &QAction::triggered, this, &SyncStatusBar::showOverwritten);

    connect(&m_sync, &SyncService::statusChanged, this, &SyncStatusBar::showStatus);
    connect(&m_sync, &SyncService::syncFinished, this,
            [this](bool ok, const QString&) { onSyncFinished(ok); });
    showStatus(m_sync.status());
    refreshOverwritten();
}

void SyncStatusBar::showStatus(const sync::SyncStatus& status)
{
    const bool connected = status.state != sync::SyncState::NotConnected;
    m_state->setVisible(connected);
    m_syncNow->setEnabled(connected && status.state != sync::SyncState::Syncing);
    if (!connected) {
        notify(status);
        return;
    }
    m_state->setIcon(themedIcon(iconFor(status)));
    m_state->setText(synctext::shortState(status));
    m_state->setToolTip(synctext::details(status) +
                        QStringLiteral("<p><i>%1</i></p>").arg(tr("Click for the sync log.")));
    // The full sentence for screen readers; the short text is what fits the status bar.
    m_state->setAccessibleDescription(synctext::stateSentence(status));
    QPalette palette = m_window->palette();
    if (status.state == sync::SyncState::Error)
        palette.setColor(QPalette::ButtonText, theme::negative(palette));
    m_state->setPalette(palette);
    notify(status);
}

void SyncStatusBar::notify(const sync::SyncStatus& status)
{
    if (!m_notifications)
        return;
    if (status.state != sync::SyncState::Error) {
        if (!m_notified.isEmpty() && m_notifications->text() == m_notified)
            m_notifications->hide();
        m_notified.clear();
        return;
    }
    // The engine's message says it all (a changed certificate names both fingerprints).
    const QString text = tr("Sync stopped: %1").arg(status.error);
    if (text == m_notified && m_notifications->isVisible())
        return;
    m_notified = text;
    auto* settings = new QAction(tr("Server settings…"), m_notifications);
    settings->setObjectName(QStringLiteral("syncNoticeSettings"));
    connect(settings, &QAction::triggered, this, &SyncStatusBar::settingsRequested);
    auto* log = new QAction(tr("Sync log"), m_notifications);
    log->setObjectName(QStringLiteral("syncNoticeLog"));
    connect(log, &QAction::triggered, this, &SyncStatusBar::showSyncLog);
    m_notifications->showMessage(themedIcon(QStringLiteral("warning")), text, {settings, log});
}

void SyncStatusBar::onSyncFinished(bool ok)
{
    if (ok)
        refreshOverwritten();
}

void SyncStatusBar::refreshOverwritten()
{
    auto values = m_store.overwrittenValues();
    int open = 0;
    if (values) {
        for (const store::OverwrittenValue& v : *values)
            open += v.restored ? 0 : 1;
    }
    const bool grew = open > m_overwrittenCount;
    m_overwrittenCount = open;
    m_overwritten->setText(tr("%n overwritten", nullptr, open));
    m_overwritten->setAccessibleName(
        tr("%n value(s) of yours overwritten by newer changes", nullptr, open));
    m_overwritten->setVisible(open > 0);
    if (grew && m_overwrittenDialog)
        m_overwrittenDialog->reload();
}

void SyncStatusBar::showSyncLog()
{
    if (!m_log) {
        m_log = new SyncLogDialog(m_sync, m_store, m_window);
        m_log->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_log, &SyncLogDialog::overwrittenRequested, this, &SyncStatusBar::showOverwritten);
        connect(m_log, &SyncLogDialog::settingsRequested, this, [this]() {
            m_log->close();
            emit settingsRequested();
        });
    }
    m_log->show();
    m_log->raise();
    m_log->activateWindow();
}

void SyncStatusBar::showOverwritten()
{
    if (!m_overwrittenDialog) {
        m_overwrittenDialog = new OverwrittenDialog(m_store, m_window);
        m_overwrittenDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_overwrittenDialog, &OverwrittenDialog::listChanged, this,
                &SyncStatusBar::refreshOverwritten);
        connect(m_overwrittenDialog, &OverwrittenDialog::recordRequested, this,
                [this](const QString& entity, const QString& id) {
                    m_overwrittenDialog->close();
                    emit recordRequested(entity, id);
                });
    }
    m_overwrittenDialog->show();
    m_overwrittenDialog->raise();
    m_overwrittenDialog->activateWindow();
}

} // namespace baza::ui
