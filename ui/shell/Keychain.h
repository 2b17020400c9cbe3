#pragma once

#include "core/common/Result.h"
#include "core/db/SecretKey.h"

#include <QObject>
#include <QString>

#include <functional>

namespace baza::ui {

// "Remember on this computer": keeps a database's derived key (never the passphrase) in the OS
// keychain (Secret Service / KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain, under the file's canonical path. There is no plaintext fallback: when no keychain
// answers, the feature is simply unavailable and says why.
class Keychain final : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit Keychain(QObject* parent = nullptr);
    ~Keychain() override;

    // Asks the keychain whether it works (a harmless read); availabilityChanged() follows.
    void probe();
    Availability availability() const { return m_availability; }
    // Why the keychain cannot be used, for a tooltip.
    QString unavailableReason() const { return m_reason; }

    void storeKey(const QString& databasePath, const db::SecretKey& key,
                  std::function<void(Status)> done);
    void readKey(const QString& databasePath, std::function<void(Result<db::SecretKey>)> done);
    void forgetKey(const QString& databasePath, std::function<void(Status)> done = {});

signals:
    void availabilityChanged();

private:
    void setAvailability(Availability availability, const QString& reason);

    Availability m_availability = Availability::Unknown;
    QString m_reason;
};

} // namespace baza::ui
