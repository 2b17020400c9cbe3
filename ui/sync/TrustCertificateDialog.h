#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace baza::ui {

// Asked when a server's certificate is not signed by an authority this computer trusts (a
// self-signed server): shows its SHA-256 fingerprint to compare with the administrator's and
// trusts it only after an explicit confirmation. Cancel is the default.
class TrustCertificateDialog final : public QDialog
{
    Q_OBJECT
public:
    TrustCertificateDialog(const QString& host, const QString& fingerprint,
                           QWidget* parent = nullptr);

    // "AB:CD:…" in two lines of 16 pairs, as administrators print it.
    static QString groupedFingerprint(const QString& fingerprint);

private:
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_trust = nullptr;
};

} // namespace baza::ui
