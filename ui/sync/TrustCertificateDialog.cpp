#include "ui/sync/TrustCertificateDialog.h"

#include "ui/shell/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baza::ui {

QString TrustCertificateDialog::groupedFingerprint(const QString& fingerprint)
{
    const QStringList pairs = fingerprint.split(QLatin1Char(':'));
    if (pairs.size() != 32)
        return fingerprint;
    return pairs.mid(0, 16).join(QLatin1Char(':')) + QLatin1Char('\n') +
           pairs.mid(16).join(QLatin1Char(':'));
}

TrustCertificateDialog::TrustCertificateDialog(const QString& host, const QString& fingerprint,
                                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    setWindowTitle(tr("Untrusted certificate"));

    auto* icon = new QLabel(this);
    icon->setPixmap(themedIcon(QStringLiteral("warning")).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto* headline =
        new QLabel(tr("<b>%1 presents a certificate that this computer cannot verify.</b>")
                       .arg(host.toHtmlEscaped()),
                   this);
    headline->setWordWrap(true);
    auto* why = new QLabel(tr("A server with a self-signed certificate looks like this — and so "
                              "does someone intercepting the connection. Ask your administrator "
                              "for the server's SHA-256 fingerprint and compare it with this "
                              "one:"),
                           this);
    why->setWordWrap(true);

    auto* print = new QLabel(groupedFingerprint(fingerprint), this);
    print->setObjectName(QStringLiteral("presentedFingerprint"));
    print->setAccessibleName(tr("SHA-256 fingerprint of the server's certificate"));
    print->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    print->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    print->setFrameShape(QFrame::StyledPanel);
    print->setMargin(8);

    m_confirm =
        new QCheckBox(tr("The fingerprint &matches the one my administrator gave me"), this);
    m_confirm->setObjectName(QStringLiteral("trustConfirm"));
    auto* after = new QLabel(tr("Baza then remembers this certificate for this server and "
                                "refuses to sync if the server ever presents another one."),
                             this);
    after->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust = buttons->addButton(tr("&Trust and connect"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustAndConnect"));
    m_trust->setEnabled(false);
    m_trust->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(why);
    text->addWidget(print);
    text->addWidget(m_confirm);
    text->addWidget(after);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_confirm, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace baza::ui
