#pragma once

#include "ServerFixture.h"

#include "core/db/Database.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"

#include <memory>

namespace baza::test {

// One real desktop for end-to-end tests: its own encrypted SQLCipher database, a Store and the
// real SyncEngine talking HTTPS to the fixture's baza-server (trusting the test CA unless told
// otherwise). Databases are copies of one template, so the slow key derivation runs once.
class Desktop
{
public:
    // `trustedCa`: a CA certificate file to trust besides the system store (the fixture's).
    Desktop(const QString& name, const QString& trustedCa);
    ~Desktop();

    store::Store& store() { return *m_store; }
    sync::SyncEngine& engine() { return *m_engine; }
    QSqlDatabase connection() { return m_db->connection(); }
    QString device() const { return m_store->deviceId(); }

    // Logs in; empty on success, else the error (and the fingerprint a distrusted server showed).
    QString connectTo(const QString& url, const QString& org, const QString& login,
                      const QString& fingerprint = {}, QString* presented = nullptr);
    QString connectTo(ServerFixture& f, const QString& org, const QString& login);
    // One sync round (push everything, pull everything); empty on success, else the error.
    QString sync();
    // Starts a round without waiting (to kill the server under it); finished() waits.
    void startSync();
    QString finished(int timeoutMs = 60000);

    // Values of one record as stored locally (empty when it is not here).
    QVariantMap record(const QString& entity, const QString& id);
    QStringList ids(const QString& entity);
    qint64 pending();

private:
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QString m_path;
    bool m_done = false;
    bool m_ok = false;
    QString m_error;
};

QString serverUrl(int port);

} // namespace baza::test
