#include "ui/sync/ServerSettingsPage.h"

#include "ui/shell/Formatting.h"
#include "ui/sync/SyncService.h"
#include "ui/sync/SyncText.h"
#include "ui/sync/TrustCertificateDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ServerSettingsPage::ServerSettingsPage(SyncService& sync, QWidget* parent)
    : SettingsPage(parent)
    , m_sync(sync)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("serverSettings"));
    m_form = buildConnectForm();
    m_connected = buildConnectedView();
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_connected);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_sync, &SyncService::connectFinished, this, &ServerSettingsPage::onConnectFinished);
    connect(&m_sync, &SyncService::statusChanged, this, &ServerSettingsPage::showStatus);
    const sync::SyncStatus& status = m_sync.status();
    m_url->setText(status.server);
    m_organization->setText(status.organization);
    m_user->setText(status.user);
    showStatus(status);
}

QWidget* ServerSettingsPage::buildConnectForm()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Connect this database to your team's Baza server to share "
                                "contacts, companies and deals. Your administrator gives you the "
                                "address, the organization and your user name."),
                             page);
    intro->setWordWrap(true);

    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_organization = new QLineEdit(page);
    m_organization->setObjectName(QStringLiteral("serverOrganization"));
    m_organization->setAccessibleName(tr("Organization"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_connect = new QPushButton(tr("&Connect"), page);
    m_connect->setObjectName(QStringLiteral("serverConnect"));
    m_busyBar = new QProgressBar(page);
    m_busyBar->setObjectName(QStringLiteral("serverBusy"));
    m_busyBar->setRange(0, 0); // busy, no percentage
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_connect->sizeHint().height() / 2);
    m_busyBar->setAccessibleName(tr("Connecting"));
    m_busyBar->hide();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_connect);
    actions->addWidget(m_busyBar, 1);
    actions->addStretch();

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* note = new QLabel(tr("The password is used once to sign in and is not stored. This "
                               "computer keeps only the session, inside the encrypted "
                               "database."),
                            page);
    note->setWordWrap(true);
    theme::markAsSecondary(note);

    auto* form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), actions);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(note);

    connect(m_connect, &QPushButton::clicked, this, &ServerSettingsPage::connectClicked);
    for (QLineEdit* edit : {m_url, m_organization, m_user, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &ServerSettingsPage::connectClicked);
    return page;
}

QWidget* ServerSettingsPage::buildConnectedView()
{
    auto* page = new QWidget(this);
    m_server = valueLabel(page, QStringLiteral("connectedServer"));
    m_organizationName = valueLabel(page, QStringLiteral("connectedOrganization"));
    m_account = valueLabel(page, QStringLiteral("connectedUser"));
    m_certificate = valueLabel(page, QStringLiteral("connectedCertificate"));
    m_state = valueLabel(page, QStringLiteral("connectedState"));
    m_alarm = valueLabel(page, QStringLiteral("connectedAlarm"));
    m_alarm->setTextFormat(Qt::RichText);
    m_alarm->setFrameShape(QFrame::StyledPanel);
    m_alarm->setMargin(8);
    theme::markAsError(m_alarm);
    m_alarm->hide();

    m_syncNow = new QPushButton(tr("Sync &now"), page);
    m_syncNow->setObjectName(QStringLiteral("serverSyncNow"));
    m_disconnect = new QPushButton(tr("&Disconnect…"), page);
    m_disconnect->setObjectName(QStringLiteral("serverDisconnect"));
    m_signIn = new QPushButton(tr("Sign &in again…"), page);
    m_signIn->setObjectName(QStringLiteral("serverSignInAgain"));
    m_signIn->hide();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_signIn);
    actions->addWidget(m_syncNow);
    actions->addStretch();
    actions->addWidget(m_disconnect);

    m_connectedForm = new QFormLayout;
    m_connectedForm->addRow(tr("Server:"), m_server);
    m_connectedForm->addRow(tr("Organization:"), m_organizationName);
    m_connectedForm->addRow(tr("Signed in as:"), m_account);
    m_connectedForm->addRow(tr("Certificate:"), m_certificate);
    m_connectedForm->addRow(tr("State:"), m_state);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(m_connectedForm);
    layout->addWidget(m_alarm);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_syncNow, &QPushButton::clicked, &m_sync, &SyncService::syncNow);
    connect(m_disconnect, &QPushButton::clicked, this, &ServerSettingsPage::disconnectClicked);
    connect(m_signIn, &QPushButton::clicked, this, &ServerSettingsPage::signInAgain);
    return page;
}

QString ServerSettingsPage::title() const
{
    return tr("Server");
}

Status ServerSettingsPage::apply()
{
    // Connecting and disconnecting take effect at once; there is nothing left to save.
    return {};
}

void ServerSettingsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    theme::markAsMessage(m_message, error);
    m_message->setVisible(!text.isEmpty());
}

void ServerSettingsPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_url, m_organization, m_user, m_password, m_connect})
        w->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    if (busy)
        showMessage(tr("Connecting to %1…").arg(m_request.url.host()), false);
}

void ServerSettingsPage::connectClicked()
{
    if (m_busy)
        return;
    QString address = m_url->text().trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));
    const QUrl url(address, QUrl::StrictMode);
    QLineEdit* missing = nullptr;
    QString problem;
    if (address.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        missing = m_url;
        problem = tr("Enter the server's address, e.g. https://crm.example.com.");
    } else if (url.scheme() != QLatin1String("https")) {
        missing = m_url;
        problem = tr("The server address must start with https:// — Baza never sends your data "
                     "unencrypted.");
    } else if (m_organization->text().trimmed().isEmpty()) {
        missing = m_organization;
        problem = tr("Enter your organization as your administrator named it.");
    } else if (m_user->text().trimmed().isEmpty()) {
        missing = m_user;
        problem = tr("Enter your user name.");
    } else if (m_password->text().isEmpty()) {
        missing = m_password;
        problem = tr("Enter your password.");
    }
    if (missing) {
        showMessage(problem, true);
        missing->setFocus();
        return;
    }
    m_url->setText(url.toString());
    m_request = {};
    m_request.url = url;
    m_request.organization = m_organization->text().trimmed();
    m_request.user = m_user->text().trimmed();
    startConnect({});
}

void ServerSettingsPage::startConnect(const QString& trustFingerprint)
{
    m_request.trustFingerprint = trustFingerprint;
    sync::ConnectRequest request = m_request;
    request.password = m_password->text();
    setBusy(true);
    m_sync.connectToServer(request);
}

void ServerSettingsPage::onConnectFinished(bool ok, const QString& error,
                                           const QString& fingerprint)
{
    if (!m_busy)
        return; // not this page's attempt
    setBusy(false);
    if (ok) {
        m_signingIn = false;
        m_password->clear();
        showMessage({}, false);
        showStatus(m_sync.status());
        return;
    }
    if (!fingerprint.isEmpty() && m_request.trustFingerprint.isEmpty()) {
        askToTrust(fingerprint, error);
        return;
    }
    showMessage(error, true);
}

void ServerSettingsPage::askToTrust(const QString& fingerprint, const QString& error)
{
    showMessage(error, true);
    auto* dialog = new TrustCertificateDialog(m_request.url.host(), fingerprint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, fingerprint](int result) {
        if (result == QDialog::Accepted) {
            startConnect(fingerprint);
        } else {
            showMessage(tr("Not connected: the server's certificate was not trusted."), true);
        }
    });
    dialog->open();
}

void ServerSettingsPage::signInAgain()
{
    const sync::SyncStatus& status = m_sync.status();
    m_signingIn = true;
    m_url->setText(status.server);
    m_organization->setText(status.organization);
    m_user->setText(status.user);
    m_stack->setCurrentWidget(m_form);
    showMessage(tr("Enter your password to sign in again. Changes made meanwhile are kept and "
                   "sent afterwards."),
                false);
    m_password->setFocus();
}

void ServerSettingsPage::disconnectClicked()
{
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Disconnect from the server"),
        tr("Stop syncing this database with %1? Everything stays on this computer; changes made "
           "from now on are sent if you connect again.")
            .arg(m_sync.status().server),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disconnectConfirm"));
    auto* yes = box->addButton(tr("&Disconnect"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("disconnectConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* clicked) {
        if (clicked == yes)
            m_sync.disconnectFromServer();
    });
    box->open();
}

void ServerSettingsPage::growWindowToFit()
{
    // A longer message (a changed certificate) must not be cut off in a dialog sized for less.
    QWidget* top = window();
    if (top == this || !top->layout())
        return;
    top->layout()->activate();
    const QSize wanted = top->size().expandedTo(top->sizeHint());
    if (wanted != top->size())
        top->resize(wanted);
}

void ServerSettingsPage::showStatus(const sync::SyncStatus& status)
{
    if (m_busy)
        return; // the connect attempt reports itself
    const bool connected = status.state != sync::SyncState::NotConnected;
    if (!connected)
        m_signingIn = false;
    m_stack->setCurrentWidget(connected && !m_signingIn ? m_connected : m_form);
    if (!connected) {
        if (m_url->text().isEmpty())
            m_url->setText(status.server);
        return;
    }
    m_server->setText(status.server);
    m_organizationName->setText(status.organization);
    m_account->setText(status.role.isEmpty()
                           ? status.user
                           : tr("%1 (%2)").arg(status.user, synctext::roleName(status.role)));
    m_certificate->setText(
        status.pinnedFingerprint.isEmpty()
            ? tr("Verified by this computer's certificate authorities")
            : tr("Self-signed, trusted by its SHA-256 fingerprint:\n%1")
                  .arg(TrustCertificateDialog::groupedFingerprint(status.pinnedFingerprint)));
    m_state->setText(synctext::shortState(status) + QStringLiteral(" — ") +
                     synctext::stateSentence(status));
    m_syncNow->setEnabled(status.state != sync::SyncState::Syncing);
    // The session ended, or the server refused it: a new sign-in fixes that, not a certificate.
    m_signIn->setVisible(status.state == sync::SyncState::Error &&
                         !synctext::certificateChanged(status));
    QString alarm;
    if (synctext::certificateChanged(status)) {
        auto print = [](const QString& fingerprint) {
            return QStringLiteral("<pre>%1</pre>")
                .arg(TrustCertificateDialog::groupedFingerprint(fingerprint).toHtmlEscaped());
        };
        alarm = tr("<b>The server's certificate has changed.</b> Someone may be intercepting "
                   "the connection, so sync has stopped.") +
                QStringLiteral("<p>%1</p>%2<p>%3</p>%4<p>%5</p>")
                    .arg(tr("You trusted:"), print(status.pinnedFingerprint),
                         tr("The server now presents:"), print(status.presentedFingerprint),
                         tr("If your administrator confirms that the server has a new "
                            "certificate, disconnect and connect again to check and trust its "
                            "new fingerprint."));
    } else if (status.state == sync::SyncState::Error || status.state == sync::SyncState::Offline) {
        alarm = status.error.toHtmlEscaped();
    }
    m_alarm->setText(alarm);
    m_alarm->setVisible(!alarm.isEmpty());
    // The certificate line has nothing to add while the alarm names both fingerprints.
    m_connectedForm->setRowVisible(m_certificate, !synctext::certificateChanged(status));
    growWindowToFit();
    theme::markAsMessage(m_alarm, status.state != sync::SyncState::Offline);
}

} // namespace baza::ui
