#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QStringListModel;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace baza::store {
class Store;
}

namespace baza::ui {

// "Convert to deal": a new deal for a contact in a chosen pipeline and stage, and the person
// moves on from lead to opportunity (Store::convertLeadToDeal, one command). The contact card
// and the contact list open it; dealCreated tells the caller which deal to show.
// Without a contact it is the board's "New deal": the person and the company are fields to
// choose (both optional); a deal with a person converts them like the card does.
class ConvertLeadDialog final : public QDialog
{
    Q_OBJECT
public:
    ConvertLeadDialog(store::Store& store, const QString& contactId, QWidget* parent = nullptr);

    // The pipeline and stage offered first (the board's pipeline and focused column).
    void preselect(const QString& pipelineId, const QString& stageId);
    void accept() override;
    QString createdDealId() const { return m_dealId; }

signals:
    void dealCreated(const QString& dealId);

private:
    void fillStages();
    void addPartyFields(QFormLayout* form);
    void suggestPeople();
    void choosePerson(const QString& suggestion);
    void showError(const QString& field, const QString& message);

    store::Store& m_store;
    QString m_contactId;
    QString m_dealId;
    QLineEdit* m_title;
    QLineEdit* m_person = nullptr;  // new-deal mode only
    QLineEdit* m_company = nullptr; // new-deal mode only
    QStringListModel* m_people = nullptr;
    QHash<QString, QString> m_personIds; // suggestion text → contact id
    QComboBox* m_pipeline;
    QComboBox* m_stage;
    QLineEdit* m_value;
    QComboBox* m_currency;
    QDateEdit* m_close;
    QLabel* m_error;
};

} // namespace baza::ui
