#include "ui/shell/Keychain.h"

#include "ui/shell/AppSettings.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace baza::ui {

namespace {

// A keychain that does not answer (a hung D-Bus service) must not leave the checkbox waiting.
constexpr int ProbeTimeoutMs = 5000;

QString serviceName()
{
    return QStringLiteral("Baza");
}

QString entryKey(const QString& databasePath)
{
    return QStringLiteral("database-key:") + AppSettings::canonicalPath(databasePath);
}

template <typename Job> Job* makeJob(QObject* parent, const QString& key)
{
    auto* job = new Job(serviceName(), parent);
    job->setAutoDelete(true);
    // Never write the secret anywhere but the OS keychain.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

Error keychainError(const QKeychain::Job* job)
{
    return Error::make(ErrorCode::Io,
                       Keychain::tr("The system keychain refused: %1").arg(job->errorString()));
}

// Overwrites a QByteArray that held key material before it is released.
void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

Keychain::Keychain(QObject* parent)
    : QObject(parent)
{}

Keychain::~Keychain() = default;

void Keychain::probe()
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, QStringLiteral("availability-probe"));
    auto* timeout = new QTimer(job);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this]() {
        if (m_availability == Availability::Unknown)
            setAvailability(Availability::Unavailable, tr("The system keychain does not answer."));
    });
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            setAvailability(Availability::Available, QString());
            break;
        case QKeychain::NoBackendAvailable:
            setAvailability(Availability::Unavailable,
                            tr("No system keychain is available on this computer (for example "
                               "no Secret Service is running)."));
            break;
        default:
            setAvailability(
                Availability::Unavailable,
                tr("The system keychain cannot be used: %1").arg(finished->errorString()));
            break;
        }
    });
    timeout->start(ProbeTimeoutMs);
    job->start();
}

void Keychain::setAvailability(Availability availability, const QString& reason)
{
    m_availability = availability;
    m_reason = reason;
    emit availabilityChanged();
}

void Keychain::storeKey(const QString& databasePath, const db::SecretKey& key,
                        std::function<void(Status)> done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(this, entryKey(databasePath));
    QByteArray bytes = key.exportForKeychain();
    job->setBinaryData(bytes);
    wipe(bytes);
    const QString path = databasePath;
    connect(job, &QKeychain::Job::finished, this,
            [path, done = std::move(done)](QKeychain::Job* finished) {
                if (finished->error() != QKeychain::NoError) {
                    if (done)
                        done(keychainError(finished));
                    return;
                }
                AppSettings::setKeyRemembered(path, true);
                if (done)
                    done(Status());
            });
    job->start();
}

void Keychain::readKey(const QString& databasePath, std::function<void(Result<db::SecretKey>)> done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(this, entryKey(databasePath));
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) {
                if (finished->error() != QKeychain::NoError) {
                    done(keychainError(finished));
                    return;
                }
                auto* reader = static_cast<QKeychain::ReadPasswordJob*>(finished);
                QByteArray bytes = reader->binaryData();
                auto key = db::SecretKey::fromKeychain(bytes);
                wipe(bytes);
                done(std::move(key));
            });
    job->start();
}

void Keychain::forgetKey(const QString& databasePath, std::function<void(Status)> done)
{
    // The note that a key is remembered goes at once: even if the keychain fails to delete,
    // Baza stops using the entry.
    AppSettings::setKeyRemembered(databasePath, false);
    auto* job = makeJob<QKeychain::DeletePasswordJob>(this, entryKey(databasePath));
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) {
                const bool gone = finished->error() == QKeychain::NoError ||
                                  finished->error() == QKeychain::EntryNotFound;
                if (done)
                    done(gone ? Status() : Status(keychainError(finished)));
            });
    job->start();
}

} // namespace baza::ui
