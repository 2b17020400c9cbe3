#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace baza::ui {

// A rough strength estimate for a new passphrase: enough to steer people away from "1234",
// not a promise. Argon2id slows guessing down, it cannot make a short passphrase strong.
class PassphraseStrengthMeter final : public QWidget
{
    Q_OBJECT
public:
    enum Score { VeryWeak, Weak, Fair, Good, Strong };

    explicit PassphraseStrengthMeter(QWidget* parent = nullptr);

    static Score rate(const QString& passphrase);
    static QString describe(Score score);

    void setPassphrase(const QString& passphrase);
    Score score() const { return m_score; }

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    Score m_score = VeryWeak;
};

} // namespace baza::ui
