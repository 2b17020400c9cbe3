#include "ui/sync/SyncText.h"

#include "ui/shell/Formatting.h"

#include <QCoreApplication>

namespace baza::ui::synctext {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("baza::ui::synctext", text, disambiguation, n);
}

} // namespace

bool certificateChanged(const sync::SyncStatus& status)
{
    return status.state == sync::SyncState::Error && !status.presentedFingerprint.isEmpty();
}

QString lastSync(const sync::SyncStatus& status)
{
    return status.lastSync.isValid() ? format::nearDateTime(status.lastSync) : tr("never");
}

QString shortState(const sync::SyncStatus& status)
{
    const int pending = int(status.pending);
    switch (status.state) {
    case sync::SyncState::NotConnected:
        return tr("Not syncing");
    case sync::SyncState::Syncing:
        return tr("Syncing…");
    case sync::SyncState::Synced:
        if (pending > 0)
            return tr("%n change(s) to send", nullptr, pending);
        if (!status.lastSync.isValid())
            return tr("Connected");
        return status.lastSync.toLocalTime().date() == QDate::currentDate()
                   ? tr("Synced %1").arg(format::time(status.lastSync))
                   : tr("Synced %1").arg(format::dateTime(status.lastSync));
    case sync::SyncState::Offline:
        return pending > 0 ? tr("Offline · %n waiting", nullptr, pending) : tr("Offline");
    case sync::SyncState::Error:
        return certificateChanged(status) ? tr("Certificate changed!") : tr("Sync stopped");
    }
    return {};
}

QString stateSentence(const sync::SyncStatus& status)
{
    switch (status.state) {
    case sync::SyncState::NotConnected:
        return tr("Not connected to a server; everything stays on this computer.");
    case sync::SyncState::Syncing:
        return tr("Exchanging changes with the server…");
    case sync::SyncState::Synced:
        return status.pending > 0 ? tr("Up to date with the server; new changes go out in a "
                                       "moment.")
                                  : tr("Up to date with the server.");
    case sync::SyncState::Offline:
        return tr("The server cannot be reached. Changes are kept on this computer and sent "
                  "when it can be reached again.");
    case sync::SyncState::Error:
        return tr("Sync has stopped and needs you.");
    }
    return {};
}

QString roleName(const QString& role)
{
    if (role == QLatin1String("admin"))
        return tr("administrator");
    if (role == QLatin1String("manager"))
        return tr("manager");
    if (role == QLatin1String("sales"))
        return tr("sales");
    return role;
}

QString details(const sync::SyncStatus& status)
{
    auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1&nbsp;</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows;
    if (!status.server.isEmpty())
        rows += line(tr("Server:"), status.server);
    if (!status.user.isEmpty())
        rows += line(tr("Signed in as:"),
                     status.role.isEmpty() ? status.user
                                           : tr("%1 (%2)").arg(status.user, roleName(status.role)));
    rows += line(tr("Last sync:"), lastSync(status));
    rows += line(tr("Waiting to be sent:"), tr("%n change(s)", nullptr, int(status.pending)));
    QString html = QStringLiteral("<p>%1</p><table>%2</table>")
                       .arg(stateSentence(status).toHtmlEscaped(), rows);
    if (!status.error.isEmpty() && status.state != sync::SyncState::Synced)
        html += QStringLiteral("<p>%1</p>").arg(status.error.toHtmlEscaped());
    return html;
}

} // namespace baza::ui::synctext
