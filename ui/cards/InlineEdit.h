#pragma once

#include "core/common/Result.h"

#include <QLineEdit>

#include <functional>

class QLabel;

namespace baza::ui {

// A field that reads like text and saves itself: click or Tab into it, type, and Enter or
// leaving the field saves through the `save` callback; Escape goes back to the stored value.
// A validation error is shown in the error label next to the field and the typed text stays,
// so nothing the user typed is lost. Ctrl+Z with nothing typed is left to the card (store undo).
class InlineEdit final : public QLineEdit
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Status(const QString&)>;

    InlineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent);

    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    // The label that shows this field's errors (created by the caller, placed next to the field).
    void setErrorLabel(QLabel* label) { m_errorLabel = label; }

    // Shows a value read from the store. While the user has unsaved text, the text is kept.
    void setStoredValue(const QString& value);
    QString storedValue() const { return m_stored; }
    bool isDirty() const { return text() != m_stored; }

    // Saves the typed text when it differs from the stored value. Returns false (and shows the
    // error) when the store refused it.
    bool commit();
    // Back to the stored value, error cleared.
    void revert();
    void showError(const QString& message);
    void clearError();

signals:
    void saved(const QString& value);
    // Escape took the field back to its stored value.
    void reverted();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void updateLook();

    SaveFunction m_save;
    QLabel* m_errorLabel = nullptr;
    QString m_stored;
    bool m_committing = false;
};

// The error label that sits under a field: the palette's link-visited colour would be too weak,
// so it takes a red that reads on light and dark backgrounds.
QLabel* makeErrorLabel(const QString& objectName, QWidget* parent);

} // namespace baza::ui
