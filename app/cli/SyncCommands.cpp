// baza-cli connect / sync / sync status / disconnect: team sync from the command line.
#include "app/cli/Cli.h"
#include "app/cli/Output.h"
#include "app/cli/Passphrase.h"

#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace baza::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("baza::cli", text, disambiguation, n);
}

QString optionValue(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

QString stateName(sync::SyncState s)
{
    switch (s) {
    case sync::SyncState::NotConnected:
        return tr("not connected");
    case sync::SyncState::Synced:
        return tr("synced");
    case sync::SyncState::Syncing:
        return tr("syncing");
    case sync::SyncState::Offline:
        return tr("offline");
    case sync::SyncState::Error:
        return tr("error");
    }
    return {};
}

} // namespace

int cmdConnect(const Options& o, store::Store& store)
{
    if (o.args.isEmpty() || o.args.first().startsWith(QLatin1String("--")))
        return usage(tr("connect needs the server address: connect https://server --user NAME "
                        "--organization ORG"));
    sync::ConnectRequest request;
    request.url = QUrl(o.args.first());
    request.user = optionValue(o.args, QStringLiteral("--user"));
    request.organization = optionValue(o.args, QStringLiteral("--organization"));
    request.trustFingerprint = optionValue(o.args, QStringLiteral("--trust-fingerprint"));
    if (request.user.isEmpty() || request.organization.isEmpty())
        return usage(tr("connect needs --user NAME and --organization ORG."));
    if (!request.url.isValid() || request.url.scheme() != QLatin1String("https"))
        return usage(
            tr("The server address must start with https:// (got %1).").arg(o.args.first()));
    QString error;
    if (!readPassphrase({QStringLiteral("BAZA_SERVER_PASSWORD"), QString(),
                         tr("Password for %1 at %2: ").arg(request.user, request.url.host()),
                         false},
                        &request.password, &error))
        return usage(error);
    sync::SyncEngine engine(store);
    QEventLoop loop;
    bool ok = false;
    QString message;
    QString presented;
    QObject::connect(&engine, &sync::SyncEngine::connectFinished, &loop,
                     [&](bool success, const QString& e, const QString& fingerprint) {
                         ok = success;
                         message = e;
                         presented = fingerprint;
                         loop.quit();
                     });
    engine.connectToServer(request);
    request.password.fill(QChar(0));
    if (engine.status().state == sync::SyncState::Syncing)
        loop.exec();
    if (!ok) {
        if (!presented.isEmpty())
            message += QLatin1Char('\n') +
                       tr("If your administrator confirms this fingerprint, run connect again "
                          "with --trust-fingerprint %1")
                           .arg(presented);
        return fail(Error::make(ErrorCode::Network, message));
    }
    out(tr("Connected to %1 as %2. Run \"baza-cli sync\" to exchange changes.")
            .arg(request.url.toString(), request.user));
    return Ok;
}

int cmdSync(const Options& o, store::Store& store)
{
    sync::SyncEngine engine(store);
    const bool status = !o.args.isEmpty() && o.args.first() == QLatin1String("status");
    if (status) {
        const sync::SyncStatus s = engine.status();
        if (o.json) {
            out(QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("state"), stateName(s.state)},
                                {QStringLiteral("server"), s.server},
                                {QStringLiteral("user"), store.syncValue(QStringLiteral("user"))},
                                {QStringLiteral("pending"), s.pending},
                                {QStringLiteral("lastSync"),
                                 s.lastSync.isValid() ? s.lastSync.toString(Qt::ISODateWithMs)
                                                      : QString()}})
                    .toJson(QJsonDocument::Compact)));
            return Ok;
        }
        if (s.state == sync::SyncState::NotConnected) {
            out(tr("Not connected to a server."));
            return Ok;
        }
        out(tr("Server: %1 (user %2)").arg(s.server, store.syncValue(QStringLiteral("user"))));
        out(tr("%n change(s) waiting to be sent", "", int(s.pending)));
        out(tr("Last sync: %1")
                .arg(s.lastSync.isValid() ? s.lastSync.toLocalTime().toString(Qt::ISODate)
                                          : tr("never")));
        return Ok;
    }
    if (!engine.isConnected())
        return fail(Error::make(ErrorCode::Usage,
                                tr("Not connected to a server; run \"baza-cli connect\" first.")));
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop,
                     [&](bool success, const QString& e) {
                         ok = success;
                         message = e;
                         loop.quit();
                     });
    engine.syncNow();
    if (engine.status().state == sync::SyncState::Syncing)
        loop.exec();
    const sync::SyncCounts& c = engine.lastCounts();
    for (const QString& p : c.problems)
        std::fprintf(stderr, "baza-cli: %s\n", p.toUtf8().constData());
    if (!ok)
        return fail(Error::make(ErrorCode::Network, message));
    if (o.json) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("pushed"), c.pushed},
                                                        {QStringLiteral("pulled"), c.pulled},
                                                        {QStringLiteral("conflicts"), c.conflicts},
                                                        {QStringLiteral("stale"), c.stale},
                                                        {QStringLiteral("rejected"), c.rejected}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        out(tr("Sent %n change(s)", "", c.pushed) + QStringLiteral(", ") +
            tr("received %n", "", c.pulled) + QStringLiteral(", ") +
            tr("%n value(s) of yours overwritten by newer changes", "", c.conflicts) +
            QLatin1Char('.'));
    }
    return Ok;
}

int cmdDisconnect(const Options&, store::Store& store)
{
    sync::SyncEngine engine(store);
    if (!engine.isConnected()) {
        out(tr("Not connected to a server."));
        return Ok;
    }
    engine.disconnectFromServer();
    out(tr("Disconnected. Your data stays on this computer."));
    return Ok;
}

} // namespace baza::cli
