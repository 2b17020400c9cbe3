#pragma once

#include "core/common/Result.h"
#include "core/domain/Activity.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace baza::ui {

// The inline form that logs a note, call, meeting or email on a card's timeline. Opens with a
// shortcut (see RecordCard), occurred-at defaults to now; Ctrl+Enter saves, Escape closes.
// The card fills in whom the activity is linked to in the save function.
class ActivityComposer final : public QWidget
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Status(domain::Activity)>;

    explicit ActivityComposer(QWidget* parent = nullptr);
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }

    // Shows the form for `kind`, empty, time set to now, focus in the first field.
    void start(domain::ActivityKind kind);
    // Something typed that is not saved yet.
    bool hasInput() const;
    // Saves what is typed; on success clears and hides the form.
    bool submit();
    void cancel();
    domain::Activity activity() const;

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateForKind();

    SaveFunction m_save;
    QComboBox* m_kind = nullptr;
    QComboBox* m_direction = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QComboBox* m_outcome = nullptr;
    QSpinBox* m_minutes = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_saveButton = nullptr;
    QWidget* m_callRow = nullptr;
    QLabel* m_outcomeLabel = nullptr;
};

} // namespace baza::ui
