#pragma once

#include "core/db/Database.h"
#include "ui/shell/DatabaseJobs.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace baza::ui {

// The start screen: pick a database file (recent ones offered), type the passphrase, unlock.
// Key derivation runs on a worker; the window only opens the file once the key is there.
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

signals:
    void unlocked();

private:
    void buildUi();
    void reloadRecent();
    void browse();
    void createNew();
    void unlock();
    void keyDerived();
    void finishOpen(std::unique_ptr<db::Database> database);
    void setBusy(bool busy, const QString& message = QString());
    void updateUnlockEnabled();

    QComboBox* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyLabel = nullptr;
    QPushButton* m_newDatabase = nullptr;
    QPushButton* m_unlock = nullptr;
    QFutureWatcher<KeyOutcome>* m_keyWatcher = nullptr;
    QString m_pendingPath;
    bool m_isBusy = false;
    std::unique_ptr<db::Database> m_database;
};

} // namespace baza::ui
