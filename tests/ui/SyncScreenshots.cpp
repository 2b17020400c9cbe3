// The team sync screens for baza_screenshots: the Server page of the preferences (not connected,
// connecting, connected, a changed certificate), the trust dialog, the status bar in each state,
// the sync log and the overwritten values. No server is needed: the states are shown as the sync
// worker would report them, on a throwaway database with a log and conflicts of its own.

#include "SyncScreenshots.h"

#include "core/db/Database.h"
#include "core/store/Store.h"
#include "core/sync/SyncClient.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NotificationBar.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/sync/OverwrittenDialog.h"
#include "ui/sync/ServerSettingsPage.h"
#include "ui/sync/SyncLogDialog.h"
#include "ui/sync/SyncService.h"
#include "ui/sync/TrustCertificateDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>

#include <cstdio>

using namespace baza;

namespace {

const QString Device = QStringLiteral("01a20000-0000-7000-8000-00000000beef");
const QString Fingerprint =
    QStringLiteral("3F:A1:07:9C:5E:22:B8:41:D0:6A:73:EE:19:C4:8B:02:57:F9:AD:36:E1:0B:94:7C:"
                   "28:5D:C3:6F:80:1A:B7:E4");

sync::SyncStatus connected(sync::SyncState state)
{
    sync::SyncStatus s;
    s.state = state;
    s.server = QStringLiteral("https://crm.piekarnia-kowalski.pl");
    s.organization = QStringLiteral("Piekarnia Kowalski");
    s.user = QStringLiteral("anna");
    s.role = QStringLiteral("manager");
    s.lastSync = QDateTime::currentDateTimeUtc().addSecs(-240);
    return s;
}

// A colleague's newer value for a field this computer had changed too.
bool overwrite(store::Store& store, const QString& id, const QString& field, const QVariant& value,
               const QString& userId, qint64 version, qint64 laterMs)
{
    sync::Change c;
    c.version = version;
    c.device = Device;
    c.commandId = QStringLiteral("screenshot-%1").arg(version);
    c.entity = QStringLiteral("contact");
    c.entityId = id;
    c.op = sync::Op::Update;
    c.field = field;
    c.value = value;
    c.userId = userId;
    c.label = QStringLiteral("Edit contact");
    // Newer than this computer's edits (made just now), or they would not have won.
    c.hlc = changes::Hlc{QDateTime::currentMSecsSinceEpoch() + laterMs, 0, Device}.toString();
    sync::PullResponse page;
    page.changes << c;
    page.cursor = version;
    sync::SyncClient client(store);
    const Status s = client.handlePullResponse(page);
    if (!s || client.counts().conflicts != 1 || !client.counts().problems.isEmpty()) {
        std::fprintf(stderr, "overwriting %s of %s: %s %s\n", qPrintable(field), qPrintable(id),
                     qPrintable(s.message()), qPrintable(client.counts().problems.join(u';')));
        return false;
    }
    return true;
}

bool fillSyncDemo(store::Store& store)
{
    auto marek = store.addUser(QStringLiteral("Marek Wójcik"), QStringLiteral("marek@example.pl"));
    auto olga = store.addUser(QStringLiteral("Ольга Кузнецова"));
    if (!marek || !olga)
        return false;
    domain::Company company;
    company.name = QStringLiteral("Kowalczyk i Syn");
    auto createdCompany = store.createCompany(company);
    domain::Contact jan;
    jan.firstName = QStringLiteral("Jan");
    jan.lastName = QStringLiteral("Kowalczyk");
    auto createdJan = store.createContact(jan);
    domain::Contact semen;
    semen.firstName = QStringLiteral("Семён");
    semen.lastName = QStringLiteral("Ковалёв");
    auto createdSemen = store.createContact(semen);
    if (!createdCompany || !createdJan || !createdSemen)
        return false;
    jan = *createdJan;
    jan.title = QStringLiteral("Prezes zarządu");
    jan.companyId = createdCompany->id;
    jan.lifecycle = domain::Lifecycle::Customer;
    jan.emails = {{QStringLiteral("work"), QStringLiteral("jan@kowalczyk.pl")}};
    semen = *createdSemen;
    semen.address.city = QStringLiteral("Санкт-Петербург");
    if (!store.updateContact(jan) || !store.updateContact(semen))
        return false;
    bool ok = overwrite(store, jan.id, QStringLiteral("title"), QStringLiteral("Właściciel"),
                        marek->id, 1, 60 * 1000);
    ok &= overwrite(store, jan.id, QStringLiteral("emails"),
                    QStringLiteral("[{\"label\":\"work\",\"value\":\"j.kowalczyk@kowalczyk.pl\"}]"),
                    marek->id, 2, 90 * 1000);
    ok &= overwrite(store, jan.id, QStringLiteral("lifecycle"), QStringLiteral("opportunity"),
                    marek->id, 3, 2 * 60 * 1000);
    ok &= overwrite(store, semen.id, QStringLiteral("city"), QStringLiteral("Москва"), olga->id, 4,
                    4 * 60 * 1000);
    if (!ok)
        return false;
    // The log: a first sync, quiet checks, an hour offline, and a refused change.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto run = [&](int minutesAgo, int pushed, int pulled, int conflicts, const QString& error,
                   int repeats) {
        store::SyncRun r;
        r.startedAt = now.addSecs(-minutesAgo * 60 - 2);
        r.finishedAt = now.addSecs(-minutesAgo * 60);
        r.pushed = pushed;
        r.pulled = pulled;
        r.conflicts = conflicts;
        r.error = error;
        r.repeats = repeats;
        return store.recordSyncRun(r).ok();
    };
    ok &= run(26 * 60, 312, 4870, 0, {}, 1);
    ok &= run(25 * 60, 0, 0, 0, {}, 40);
    ok &= run(3 * 60, 5, 12, 3, {}, 1);
    ok &= run(2 * 60, 0, 0, 0,
              QStringLiteral("Cannot reach crm.piekarnia-kowalski.pl: Network unreachable"), 9);
    ok &= run(50, 7, 3, 1, {}, 1);
    store::SyncRun refused;
    refused.startedAt = now.addSecs(-20 * 60);
    refused.finishedAt = now.addSecs(-20 * 60 + 1);
    refused.pushed = 2;
    refused.rejected = 1;
    refused.problems << QStringLiteral("The server refused a change to deal 01a2… (stage_id): "
                                       "forbidden: pipelines are edited by managers");
    ok &= store.recordSyncRun(refused).ok();
    ok &= run(4, 1, 2, 0, {}, 1);
    return ok;
}

} // namespace

bool saveScreenshot(QWidget& widget, const QString& dir, const QString& name)
{
    widget.show();
    QApplication::processEvents();
    const QString file = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    const bool ok = widget.grab().save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

bool renderSyncScreens(const QString& out, const QString& lang)
{
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("customers.baza"));
    auto opened = db::Database::create(path, QStringLiteral("screenshots only"));
    if (!opened)
        return false;
    std::unique_ptr<db::Database> database = std::move(*opened);
    store::Store store(*database);
    if (!store.initialize() || !fillSyncDemo(store)) {
        std::fprintf(stderr, "could not fill the sync demo database\n");
        return false;
    }
    bool ok = true;
    // Not connected: the worker stays idle, and each state below is shown as it would report it.
    ui::SyncService sync(*database);
    {
        ui::MainWindow main(store, QStringLiteral("/home/anna/Documents/customers.baza"));
        main.setSyncService(&sync);
        main.resize(1000, 560);
        main.show();
        for (auto [state, name] : {std::pair{sync::SyncState::Synced, "synced"},
                                   {sync::SyncState::Syncing, "syncing"},
                                   {sync::SyncState::Offline, "offline"}}) {
            sync::SyncStatus s = connected(state);
            if (state == sync::SyncState::Offline) {
                s.pending = 7;
                s.error = QStringLiteral("Cannot reach crm.piekarnia-kowalski.pl: Network "
                                         "unreachable");
            }
            sync.previewStatus(s);
            ok &= saveScreenshot(*main.statusBar(), out,
                                 QStringLiteral("sync-status-%1-").arg(QLatin1String(name)) + lang);
        }
        sync::SyncStatus changed = connected(sync::SyncState::Error);
        changed.pinnedFingerprint = Fingerprint;
        changed.presentedFingerprint =
            QStringLiteral("9B:44:E0:12:7D:C8:31:AF:06:5E:B2:99:4C:D7:18:63:0A:F5:8E:21:C9:"
                           "7B:36:D4:E8:0F:52:A1:6C:93:BD:47");
        changed.error =
            QStringLiteral(
                "The server's certificate has CHANGED. You trusted %1, the server now presents %2. "
                "Someone may be intercepting the connection; sync stays stopped until you confirm "
                "the new certificate with your administrator.")
                .arg(Fingerprint, changed.presentedFingerprint);
        sync.previewStatus(changed);
        ok &= saveScreenshot(main, out, QStringLiteral("sync-main-error-") + lang);

        sync.previewStatus(connected(sync::SyncState::Synced));
        {
            ui::SyncLogDialog log(sync, store, &main);
            ok &= saveScreenshot(log, out, QStringLiteral("sync-log-") + lang);
        }
        {
            ui::OverwrittenDialog overwritten(store, &main);
            ok &= saveScreenshot(overwritten, out, QStringLiteral("sync-overwritten-") + lang);
        }

        // Preferences → Server.
        sync.previewStatus({});
        {
            ui::SettingsDialog dialog(store, &main);
            auto* page = new ui::ServerSettingsPage(sync, &dialog);
            dialog.addPage(page);
            dialog.showPage(QStringLiteral("serverSettings"));
            page->findChild<QLineEdit*>(QStringLiteral("serverUrl"))
                ->setText(QStringLiteral("https://crm.piekarnia-kowalski.pl"));
            page->findChild<QLineEdit*>(QStringLiteral("serverOrganization"))
                ->setText(QStringLiteral("Piekarnia Kowalski"));
            page->findChild<QLineEdit*>(QStringLiteral("serverUser"))
                ->setText(QStringLiteral("anna"));
            page->findChild<QLineEdit*>(QStringLiteral("serverPassword"))
                ->setText(QStringLiteral("correct horse battery"));
            ok &= saveScreenshot(dialog, out, QStringLiteral("sync-server-form-") + lang);
            sync::SyncStatus mine = connected(sync::SyncState::Synced);
            mine.pinnedFingerprint = Fingerprint;
            sync.previewStatus(mine);
            ok &= saveScreenshot(dialog, out, QStringLiteral("sync-server-connected-") + lang);
            sync.previewStatus(changed);
            ok &= saveScreenshot(dialog, out, QStringLiteral("sync-server-changed-") + lang);
            // Connecting: the form waits while the sync thread signs in.
            sync.previewStatus({});
            page->findChild<QLineEdit*>(QStringLiteral("serverPassword"))
                ->setText(QStringLiteral("correct horse battery"));
            page->findChild<QPushButton*>(QStringLiteral("serverConnect"))->click();
            ok &= saveScreenshot(dialog, out, QStringLiteral("sync-server-connecting-") + lang);
        }
        {
            ui::TrustCertificateDialog trust(QStringLiteral("crm.piekarnia-kowalski.pl"),
                                             Fingerprint, &main);
            ok &= saveScreenshot(trust, out, QStringLiteral("sync-trust-") + lang);
        }
        main.hide();
    }
    sync.stop();
    return ok;
}
