#pragma once

#include "core/sync/SyncEngine.h"
#include "ui/shell/SettingsPages.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace baza::ui {

class SyncService;

// Preferences → Server: connect this database to a team server (address, organization, user,
// password), trust a self-signed server by its fingerprint after an explicit confirmation, see
// the server, user and role once connected, sync now, disconnect. Connecting happens on the
// sync thread; the page shows a busy state meanwhile. The password is never stored.
class ServerSettingsPage final : public SettingsPage
{
    Q_OBJECT
public:
    ServerSettingsPage(SyncService& sync, QWidget* parent = nullptr);
    QString title() const override;
    Status apply() override;

    bool isBusy() const { return m_busy; }

private:
    QWidget* buildConnectForm();
    QWidget* buildConnectedView();
    void connectClicked();
    void startConnect(const QString& trustFingerprint);
    void onConnectFinished(bool ok, const QString& error, const QString& fingerprint);
    void askToTrust(const QString& fingerprint, const QString& error);
    void disconnectClicked();
    void signInAgain();
    void showStatus(const sync::SyncStatus& status);
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    void growWindowToFit();

    SyncService& m_sync;
    QStackedWidget* m_stack = nullptr;
    // Connect form
    QWidget* m_form = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_connect = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_message = nullptr;
    // Connected view
    QWidget* m_connected = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_organizationName = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_alarm = nullptr;
    QFormLayout* m_connectedForm = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_signIn = nullptr;

    bool m_busy = false;
    bool m_signingIn = false;       // the form, while connected: the session ended
    sync::ConnectRequest m_request; // without the password
};

} // namespace baza::ui
