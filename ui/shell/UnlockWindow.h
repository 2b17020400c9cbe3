#pragma once

#include "core/db/Database.h"
#include "ui/shell/DatabaseJobs.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace baza::ui {

class Keychain;
class RecentDatabasesView;

// The start screen: pick a database (recent ones listed with when they were last opened, any
// file, or a new one), type the passphrase, unlock. Key derivation runs on a worker; the window
// only opens the file once the key is there. "Remember on this computer" keeps the derived key in
// the OS keychain, when there is one.
class UnlockWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockWindow(QWidget* parent = nullptr);
    ~UnlockWindow() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const;

    // Back to a clean state: passphrase cleared, no error, controls enabled.
    void reset();
    void showError(const QString& message);
    bool isBusy() const;

    // The database opened by the last unlock; valid after unlocked() was emitted.
    std::unique_ptr<db::Database> takeDatabase();

    Keychain* keychain() const { return m_keychain; }

signals:
    void unlocked();

private:
    void buildUi();
    QLayout* buildRecentSection();
    void browse();
    void createNew();
    void unlock();
    void unlockWithRememberedKey(const QString& path);
    void keyDerived();
    void openWithKey(const QString& path, db::SecretKey key, bool remember);
    void finishOpen(std::unique_ptr<db::Database> database);
    void forgetKey();
    void setBusy(bool busy, const QString& message = QString());
    void updateControls();
    bool hasUsableRememberedKey() const;

    RecentDatabasesView* m_recent = nullptr;
    QPushButton* m_removeRecent = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_forget = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_newDatabase = nullptr;
    QPushButton* m_unlock = nullptr;
    Keychain* m_keychain = nullptr;
    QFutureWatcher<KeyOutcome>* m_keyWatcher = nullptr;
    QString m_pendingPath;
    bool m_isBusy = false;
    std::unique_ptr<db::Database> m_database;
};

} // namespace baza::ui
