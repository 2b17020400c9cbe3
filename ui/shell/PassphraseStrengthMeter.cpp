#include "ui/shell/PassphraseStrengthMeter.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QProgressBar>
#include <QSet>

#include <cmath>

namespace baza::ui {

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setRange(0, Strong + 1);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_label->setObjectName(QStringLiteral("strengthLabel"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    setPassphrase(QString());
}

PassphraseStrengthMeter::Score PassphraseStrengthMeter::rate(const QString& passphrase)
{
    // Estimated bits: length × log2(alphabet), discounted when characters repeat a lot.
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) +
                         (symbol ? 32 : 0) + (other ? 64 : 0);
    if (alphabet == 0)
        return VeryWeak;
    double bits = passphrase.size() * std::log2(double(alphabet));
    if (distinct.size() * 2 < passphrase.size())
        bits /= 2;
    if (bits < 28)
        return VeryWeak;
    if (bits < 40)
        return Weak;
    if (bits < 60)
        return Fair;
    if (bits < 80)
        return Good;
    return Strong;
}

QString PassphraseStrengthMeter::describe(Score score)
{
    switch (score) {
    case VeryWeak:
        return tr("Very weak");
    case Weak:
        return tr("Weak");
    case Fair:
        return tr("Fair");
    case Good:
        return tr("Good");
    case Strong:
        return tr("Strong");
    }
    return {};
}

void PassphraseStrengthMeter::setPassphrase(const QString& passphrase)
{
    m_score = rate(passphrase);
    m_bar->setValue(passphrase.isEmpty() ? 0 : int(m_score) + 1);
    static const QColor colors[] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                                    QColor(0xf9, 0xa8, 0x25), QColor(0x7c, 0xb3, 0x42),
                                    QColor(0x2e, 0x7d, 0x32)};
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, colors[m_score]);
    m_bar->setPalette(palette);
    m_label->setText(passphrase.isEmpty() ? QString() : describe(m_score));
    m_bar->setAccessibleDescription(m_label->text());
}

} // namespace baza::ui
