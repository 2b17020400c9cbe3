#pragma once

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace baza::store {
class Store;
}

namespace baza::ui {

// Creating a contact or a company: a short form with the fields people fill first. While an
// email or phone is typed it warns (after a short pause) when it already belongs to someone,
// with a link to open them; creating anyway stays possible. Errors appear next to their field.
//
// List pages and the main window open it with NewRecordDialog::start(); connect recordCreated
// (open the new card) and recordRequested (the user followed a duplicate link instead).
class NewRecordDialog final : public QDialog
{
    Q_OBJECT
public:
    NewRecordDialog(store::Store& store, const QString& entity, QWidget* parent);

    // Opens a non-blocking dialog that deletes itself when closed.
    static NewRecordDialog* start(store::Store& store, const QString& entity, QWidget* parent);

    QString entity() const { return m_entity; }
    // Creates the record from the form; on success emits recordCreated and closes.
    bool create();

signals:
    void recordCreated(const QString& entity, const QString& id);
    void recordRequested(const QString& entity, const QString& id);

private:
    QLineEdit* addLine(const QString& key, const QString& label, const QString& objectName);
    void checkDuplicates();
    void showFieldError(const QString& field, const QString& message);
    void clearErrors();
    QString text(const QString& key) const;

    store::Store& m_store;
    QString m_entity;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_duplicate = nullptr;
    QLabel* m_generalError = nullptr;
    QTimer* m_debounce = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace baza::ui
