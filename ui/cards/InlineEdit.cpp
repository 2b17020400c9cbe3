#include "ui/cards/InlineEdit.h"

#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>

namespace baza::ui {

InlineEdit::InlineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setFrame(false);
    updateLook();
    connect(this, &QLineEdit::returnPressed, this, [this]() { commit(); });
    connect(this, &QLineEdit::textEdited, this, [this]() { updateLook(); });
}

void InlineEdit::setStoredValue(const QString& value)
{
    const bool keepTyped = isDirty() && hasFocus();
    m_stored = value;
    if (!keepTyped) {
        setText(value);
        setCursorPosition(0);
        clearError();
    }
    updateLook();
}

bool InlineEdit::commit()
{
    if (!isDirty() || m_committing) {
        clearError();
        return true;
    }
    if (!m_save)
        return false;
    // The save emits store signals that may reload the card and call back into this field.
    m_committing = true;
    const QString typed = text();
    const Status s = m_save(typed);
    m_committing = false;
    if (!s) {
        showError(s.message());
        return false;
    }
    m_stored = typed;
    clearError();
    updateLook();
    emit saved(typed);
    return true;
}

void InlineEdit::revert()
{
    setText(m_stored);
    clearError();
    updateLook();
}

void InlineEdit::showError(const QString& message)
{
    setProperty("invalid", true);
    if (m_errorLabel) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    }
    setToolTip(message);
    updateLook();
}

void InlineEdit::clearError()
{
    setProperty("invalid", false);
    if (m_errorLabel) {
        m_errorLabel->clear();
        m_errorLabel->hide();
    }
    setToolTip(QString());
    updateLook();
}

bool InlineEdit::event(QEvent* event)
{
    // With nothing typed, Ctrl+Z belongs to the card (undo the last saved change), not to the
    // line edit's own text history.
    if (event->type() == QEvent::ShortcutOverride && !isDirty() &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Undo))
        return QWidget::event(event);
    return QLineEdit::event(event);
}

void InlineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        const bool hadEdit = isDirty() || property("invalid").toBool();
        if (hadEdit)
            revert();
        emit reverted();
        if (hadEdit) {
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void InlineEdit::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    updateLook();
}

void InlineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    // A popup (completer, context menu) taking focus is not the user leaving the field.
    if (event->reason() != Qt::PopupFocusReason)
        commit();
    updateLook();
}

void InlineEdit::updateLook()
{
    // Reads as plain text until focused or invalid; then it looks like the input it is.
    const bool editing = hasFocus() || property("invalid").toBool();
    QPalette p = QApplication::palette(this);
    if (!editing)
        p.setColor(QPalette::Base, p.color(QPalette::Window));
    if (property("invalid").toBool()) {
        // A tint of red over the palette's own base, so it works in light and dark themes.
        const QColor base = p.color(QPalette::Base);
        p.setColor(QPalette::Base,
                   QColor((base.red() * 4 + 0xd3) / 5, (base.green() * 4 + 0x2f) / 5,
                          (base.blue() * 4 + 0x2f) / 5));
    }
    setPalette(p);
    setFrame(editing);
}

QLabel* makeErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    label->setPalette(p);
    label->hide();
    return label;
}

} // namespace baza::ui
