#include "Desktop.h"

#include "TestSupport.h"

#include "core/store/Entities.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QUuid>

#include <gtest/gtest.h>

namespace baza::test {

namespace {

struct Template
{
    TempDir dir;
    QString path;
    std::optional<db::SecretKey> key;
};

// The template database and its key, made once per test program.
Template& sharedTemplate()
{
    static Template* t = [] {
        auto* made = new Template;
        made->path = made->dir.path(QStringLiteral("template.baza"));
        {
            auto db = createDatabase(made->path);
            store::Store s(*db);
            EXPECT_TRUE(s.initialize().ok());
            QSqlQuery q(db->connection());
            EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            db->releaseThreadConnection();
        }
        auto key = db::Database::deriveKeyFor(made->path, testPassphrase());
        EXPECT_TRUE(key.ok());
        if (key)
            made->key = std::move(*key);
        return made;
    }();
    return *t;
}

// QNetworkAccessManager needs an application object and its event loop.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_e2e";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

} // namespace

QString serverUrl(int port)
{
    return QStringLiteral("https://127.0.0.1:%1").arg(port);
}

Desktop::Desktop(const QString& name, const QString& trustedCa)
{
    ensureApplication();
    Template& t = sharedTemplate();
    m_path =
        t.dir.path(name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                   QStringLiteral(".baza"));
    EXPECT_TRUE(QFile::copy(t.path, m_path));
    auto opened = db::Database::openWithKey(m_path, t.key->clone());
    EXPECT_TRUE(opened.ok()) << opened.message().toStdString();
    m_db = std::move(*opened);
    {
        // Each copy is its own desktop: its own device id and clock.
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('device_id', 'hlc_last')"));
    }
    m_store = std::make_unique<store::Store>(*m_db);
    const Status s = m_store->initialize();
    EXPECT_TRUE(s.ok()) << s.message().toStdString();
    m_engine = std::make_unique<sync::SyncEngine>(*m_store);
    m_engine->setTimeoutMs(20000);
    if (!trustedCa.isEmpty())
        m_engine->setExtraCaCertificates(QSslCertificate::fromPath(trustedCa, QSsl::Pem));
    QObject::connect(m_engine.get(), &sync::SyncEngine::syncFinished, m_engine.get(),
                     [this](bool ok, const QString& error) {
                         m_done = true;
                         m_ok = ok;
                         m_error = error;
                     });
}

Desktop::~Desktop()
{
    m_engine.reset();
    m_store.reset();
    m_db.reset();
    QFile::remove(m_path);
}

QString Desktop::connectTo(const QString& url, const QString& org, const QString& login,
                           const QString& fingerprint, QString* presented)
{
    bool done = false;
    QString error;
    auto c = QObject::connect(m_engine.get(), &sync::SyncEngine::connectFinished, m_engine.get(),
                              [&](bool ok, const QString& e, const QString& shown) {
                                  done = true;
                                  error = ok ? QString() : e;
                                  if (presented)
                                      *presented = shown;
                              });
    m_engine->connectToServer(
        sync::ConnectRequest{QUrl(url), org, login, ServerFixture::password(), fingerprint});
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(c);
    return done ? error : QStringLiteral("no answer to login within 60 s");
}

QString Desktop::connectTo(ServerFixture& f, const QString& org, const QString& login)
{
    return connectTo(serverUrl(f.port()), org, login);
}

void Desktop::startSync()
{
    m_done = false;
    m_engine->syncNow();
}

QString Desktop::finished(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!m_done && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!m_done)
        return QStringLiteral("sync did not finish within %1 ms").arg(timeoutMs);
    return m_ok ? QString() : (m_error.isEmpty() ? QStringLiteral("failed") : m_error);
}

QString Desktop::sync()
{
    startSync();
    return finished();
}

QVariantMap Desktop::record(const QString& entity, const QString& id)
{
    auto r = store::readEntity(m_db->connection(), entity, id);
    return r ? *r : QVariantMap();
}

QStringList Desktop::ids(const QString& entity)
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(store::entityDef(entity)->table));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 Desktop::pending()
{
    auto p = m_store->pendingChangeCount();
    return p ? *p : -1;
}

} // namespace baza::test
