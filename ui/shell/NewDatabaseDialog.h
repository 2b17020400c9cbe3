#pragma once

#include "core/db/Database.h"
#include "ui/shell/DatabaseJobs.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace baza::ui {

class PassphraseStrengthMeter;

// Creates a new encrypted database: where, and a passphrase typed twice. Says plainly that a lost
// passphrase cannot be recovered. The file is created on a worker (key derivation is slow).
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(QWidget* parent = nullptr);
    ~NewDatabaseDialog() override;

    QString databasePath() const;
    std::unique_ptr<db::Database> takeDatabase();

signals:
    // The database exists and is open; take it with takeDatabase().
    void created();

private:
    void chooseFile();
    void validate();
    void create();
    void creationFinished();
    void setBusy(bool busy);

    QLineEdit* m_path = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    PassphraseStrengthMeter* m_strength = nullptr;
    QLabel* m_problem = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFutureWatcher<CreateOutcome>* m_watcher = nullptr;
    std::unique_ptr<db::Database> m_database;
    bool m_isBusy = false;
};

} // namespace baza::ui
