#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace baza::store {
class Store;
}

namespace baza::ui {

// "Convert to deal": a new deal for a contact in a chosen pipeline and stage, and the person
// moves on from lead to opportunity (Store::convertLeadToDeal, one command). The contact card
// opens it; dealCreated tells the caller which deal to show.
class ConvertLeadDialog final : public QDialog
{
    Q_OBJECT
public:
    ConvertLeadDialog(store::Store& store, const QString& contactId, QWidget* parent = nullptr);

    void accept() override;
    QString createdDealId() const { return m_dealId; }

signals:
    void dealCreated(const QString& dealId);

private:
    void fillStages();
    void showError(const QString& field, const QString& message);

    store::Store& m_store;
    QString m_contactId;
    QString m_dealId;
    QLineEdit* m_title;
    QComboBox* m_pipeline;
    QComboBox* m_stage;
    QLineEdit* m_value;
    QComboBox* m_currency;
    QDateEdit* m_close;
    QLabel* m_error;
};

} // namespace baza::ui
