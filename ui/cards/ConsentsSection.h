#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

// A contact's consents (GDPR): channel, purpose, status, when and where it was given.
// Add one from the line below the list; grant or withdraw the selected one with the buttons.
class ConsentsSection final : public QWidget
{
    Q_OBJECT
public:
    ConsentsSection(store::Store& store, const QString& contactId, QWidget* parent);
    void reload();
    QTreeWidget* tree() const { return m_tree; }
    bool addConsent();
    // Sets the selected consent's status ("granted", "withdrawn"), dated now.
    bool changeSelected(const QString& status);

private:
    void showError(const QString& message);

    store::Store& m_store;
    QString m_contactId;
    QTreeWidget* m_tree = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_purpose = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace baza::ui
