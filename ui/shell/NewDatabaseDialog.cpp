#include "ui/shell/NewDatabaseDialog.h"

#include "ui/shell/Formatting.h"
#include "ui/shell/PassphraseStrengthMeter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace baza::ui {

NewDatabaseDialog::NewDatabaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_watcher(new QFutureWatcher<CreateOutcome>(this))
{
    setObjectName(QStringLiteral("newDatabaseDialog"));
    setWindowTitle(tr("New database"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("newDatabasePath"));
    m_path->setAccessibleName(tr("New database file"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(documents + QStringLiteral("/customers.baza")));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setAccessibleName(tr("Choose where to save the database"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    m_strength = new PassphraseStrengthMeter(this);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);

    auto* warning = new QLabel(
        tr("<b>Write the passphrase down and keep it somewhere safe.</b> It encrypts the whole "
           "database. If it is lost, nobody can recover the data — not you, not an "
           "administrator, not the makers of Baza."),
        this);
    warning->setObjectName(QStringLiteral("lostPassphraseWarning"));
    warning->setWordWrap(true);
    warning->setAccessibleName(tr("Warning"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    theme::markAsError(m_problem);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setAccessibleName(tr("Creating the database"));
    m_busy->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* createButton = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createButton"));
    createButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(choose, &QPushButton::clicked, this, &NewDatabaseDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &NewDatabaseDialog::validate);
    connect(m_passphrase, &QLineEdit::textChanged, this, &NewDatabaseDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewDatabaseDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);
    connect(m_watcher, &QFutureWatcher<CreateOutcome>::finished, this,
            &NewDatabaseDialog::creationFinished);
    validate();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

QString NewDatabaseDialog::databasePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

std::unique_ptr<db::Database> NewDatabaseDialog::takeDatabase()
{
    return std::move(m_database);
}

void NewDatabaseDialog::chooseFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the new database as"),
                                                databasePath(), tr("Baza databases (*.baza)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".baza");
    m_path->setText(QDir::toNativeSeparators(path));
}

void NewDatabaseDialog::validate()
{
    const QString passphrase = m_passphrase->text();
    m_strength->setPassphrase(passphrase);
    QString problem;
    if (databasePath().isEmpty())
        problem = tr("Choose where to save the database.");
    else if (QFileInfo::exists(databasePath()))
        problem = tr("That file exists already. Choose a new name.");
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != passphrase)
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    const bool complete = !passphrase.isEmpty() && m_repeat->text() == passphrase;
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!m_isBusy && complete && problem.isEmpty());
    }
}

void NewDatabaseDialog::create()
{
    if (m_isBusy)
        return;
    // The suggested place (Documents) may not exist yet on a fresh account.
    QDir().mkpath(QFileInfo(databasePath()).absolutePath());
    setBusy(true);
    m_watcher->setFuture(createDatabaseAsync(databasePath(), m_passphrase->text()));
}

void NewDatabaseDialog::creationFinished()
{
    CreateOutcome outcome = m_watcher->future().takeResult();
    setBusy(false);
    if (!outcome.database) {
        m_problem->setText(outcome.error.message);
        return;
    }
    m_database = std::move(outcome.database);
    m_passphrase->clear();
    m_repeat->clear();
    emit created();
    accept();
}

void NewDatabaseDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_path->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    validate();
}

} // namespace baza::ui
