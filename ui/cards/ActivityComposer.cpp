#include "ui/cards/ActivityComposer.h"

#include "ui/cards/CardText.h"
#include "ui/cards/InlineEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace baza::ui {

using domain::ActivityKind;

ActivityComposer::ActivityComposer(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_outcome(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_error(makeErrorLabel(QStringLiteral("composerError"), this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_callRow(new QWidget(this))
{
    setObjectName(QStringLiteral("activityComposer"));
    setAccessibleName(tr("Log an activity"));
    setAutoFillBackground(true);

    m_kind->setObjectName(QStringLiteral("composerKind"));
    m_kind->setAccessibleName(tr("Kind of activity"));
    for (ActivityKind k :
         {ActivityKind::Note, ActivityKind::Call, ActivityKind::Meeting, ActivityKind::Email})
        m_kind->addItem(cardtext::activityKindName(k), int(k));
    m_direction->setObjectName(QStringLiteral("composerDirection"));
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("Outgoing"), QStringLiteral("outbound"));
    m_direction->addItem(tr("Incoming"), QStringLiteral("inbound"));
    m_subject->setObjectName(QStringLiteral("composerSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("Subject"));
    m_body->setObjectName(QStringLiteral("composerBody"));
    m_body->setAccessibleName(tr("Text"));
    m_body->setPlaceholderText(tr("What was said or agreed…"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 4 + 10);
    m_outcome->setObjectName(QStringLiteral("composerOutcome"));
    m_outcome->setAccessibleName(tr("Call outcome"));
    for (const QString& key : cardtext::callOutcomeKeys())
        m_outcome->addItem(cardtext::callOutcomeName(key), key);
    m_minutes->setObjectName(QStringLiteral("composerMinutes"));
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_when->setObjectName(QStringLiteral("composerWhen"));
    m_when->setAccessibleName(tr("When"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_saveButton->setObjectName(QStringLiteral("composerSave"));
    m_saveButton->setToolTip(tr("Save (Ctrl+Enter)"));
    auto* cancelButton = new QPushButton(tr("Cancel"), this);
    cancelButton->setObjectName(QStringLiteral("composerCancel"));
    cancelButton->setToolTip(tr("Close without saving (Escape)"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_direction);
    top->addWidget(m_when, 1);
    auto* call = new QHBoxLayout(m_callRow);
    call->setContentsMargins(0, 0, 0, 0);
    m_outcomeLabel = new QLabel(tr("Outcome:"), m_callRow);
    call->addWidget(m_outcomeLabel);
    call->addWidget(m_outcome, 1);
    call->addWidget(m_minutes);
    call->addStretch(0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(cancelButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_callRow);
    layout->addWidget(m_subject);
    layout->addWidget(m_body);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityComposer::updateForKind);
    connect(m_saveButton, &QPushButton::clicked, this, &ActivityComposer::submit);
    connect(cancelButton, &QPushButton::clicked, this, &ActivityComposer::cancel);
    connect(m_subject, &QLineEdit::returnPressed, this, &ActivityComposer::submit);
    // A shortcut rather than a key handler: the text box would take Ctrl+Enter as a new line.
    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &ActivityComposer::submit);
    addAction(saveAction);
    hide();
}

void ActivityComposer::start(ActivityKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (!isVisible()) {
        m_subject->clear();
        m_body->clear();
        m_minutes->setValue(0);
        m_outcome->setCurrentIndex(0);
        m_direction->setCurrentIndex(0);
        m_when->setDateTime(QDateTime::currentDateTime());
        m_error->hide();
    }
    updateForKind();
    show();
    if (kind == ActivityKind::Note)
        m_body->setFocus(Qt::ShortcutFocusReason);
    else
        m_subject->setFocus(Qt::ShortcutFocusReason);
}

void ActivityComposer::updateForKind()
{
    const auto kind = ActivityKind(m_kind->currentData().toInt());
    const bool call = kind == ActivityKind::Call;
    const bool meeting = kind == ActivityKind::Meeting;
    m_callRow->setVisible(call || meeting);
    m_outcomeLabel->setVisible(call);
    m_outcome->setVisible(call);
    m_minutes->setVisible(call || meeting);
    m_direction->setVisible(call || kind == ActivityKind::Email);
}

bool ActivityComposer::hasInput() const
{
    return isVisible() &&
           (!m_subject->text().trimmed().isEmpty() || !m_body->toPlainText().trimmed().isEmpty());
}

domain::Activity ActivityComposer::activity() const
{
    domain::Activity a;
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.subject = m_subject->text().trimmed();
    a.body = m_body->toPlainText().trimmed();
    a.occurredAt = m_when->dateTime().toUTC();
    if (a.kind == ActivityKind::Call || a.kind == ActivityKind::Email)
        a.direction = m_direction->currentData().toString();
    if (a.kind == ActivityKind::Call)
        a.outcome = m_outcome->currentData().toString();
    if (a.kind == ActivityKind::Call || a.kind == ActivityKind::Meeting)
        a.durationSeconds = m_minutes->value() * 60;
    return a;
}

bool ActivityComposer::submit()
{
    const domain::Activity a = activity();
    if (a.subject.isEmpty() && a.body.isEmpty() && a.kind == ActivityKind::Note) {
        m_error->setText(tr("Write something first."));
        m_error->show();
        m_body->setFocus();
        return false;
    }
    const Status s = m_save ? m_save(a) : Status();
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return false;
    }
    hide();
    m_subject->clear();
    m_body->clear();
    emit closed();
    return true;
}

void ActivityComposer::cancel()
{
    hide();
    emit closed();
}

void ActivityComposer::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace baza::ui
