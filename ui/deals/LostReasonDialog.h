#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace baza::store {
class Store;
}

namespace baza::ui {

// Asks why a deal was lost: one of the configured reasons, or a new text typed in.
class LostReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    LostReasonDialog(store::Store& store, const QString& dealTitle, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& text);

    void accept() override;

private:
    QComboBox* m_reasons;
    QLabel* m_error;
};

} // namespace baza::ui
