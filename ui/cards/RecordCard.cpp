#include "ui/cards/RecordCard.h"

#include "core/store/Store.h"
#include "ui/cards/ActivityComposer.h"
#include "ui/cards/InlineEdit.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QTimer>

namespace baza::ui {

RecordCard::RecordCard(store::Store& store, const QString& entity, const QString& id,
                       QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_entity(entity)
    , m_id(id)
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("recordCard"));
    setFocusPolicy(Qt::StrongFocus);
    // Several commands in a row (an undo touches the record and its tasks) reload once.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this]() { reload(); });
    connect(&m_store, &store::Store::changed, this,
            [this](const QString& changedEntity, const QStringList& ids) {
                if (isRelevantChange(changedEntity, ids))
                    m_reloadTimer->start();
            });

    auto* undoAction = new QAction(tr("Undo"), this);
    undoAction->setObjectName(QStringLiteral("cardUndoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, &RecordCard::undo);
    addAction(undoAction);
}

RecordCard::~RecordCard() = default;

bool RecordCard::commitPendingEdits()
{
    bool ok = true;
    // Every inline field of the card, wherever a section put it.
    const QList<InlineEdit*> edits = findChildren<InlineEdit*>();
    for (InlineEdit* edit : edits) {
        if (edit->isDirty())
            ok &= edit->commit();
    }
    return ok;
}

bool RecordCard::isRelevantChange(const QString& entity, const QStringList& ids) const
{
    if (entity == m_entity)
        return ids.contains(m_id);
    static const QStringList related{QStringLiteral("activity"), QStringLiteral("task"),
                                     QStringLiteral("deal"),     QStringLiteral("consent"),
                                     QStringLiteral("company"),  QStringLiteral("contact"),
                                     QStringLiteral("tag"),      QStringLiteral("user")};
    return related.contains(entity);
}

void RecordCard::undo()
{
    // Whatever is typed but not saved is saved first, so undo takes back the newest change the
    // user sees rather than an older one.
    commitPendingEdits();
    auto undone = m_store.undoLast();
    if (!undone) {
        emit statusMessage(undone.message());
        return;
    }
    emit statusMessage(tr("Undone: %1").arg(*undone));
    reload();
}

void RecordCard::addComposerShortcuts(ActivityComposer* composer)
{
    using domain::ActivityKind;
    const struct
    {
        ActivityKind kind;
        Qt::Key key;
        const char* name;
        const char* text;
    } shortcuts[] = {
        {ActivityKind::Note, Qt::Key_N, "logNoteAction", QT_TR_NOOP("Log a note")},
        {ActivityKind::Call, Qt::Key_C, "logCallAction", QT_TR_NOOP("Log a call")},
        {ActivityKind::Meeting, Qt::Key_M, "logMeetingAction", QT_TR_NOOP("Log a meeting")},
        {ActivityKind::Email, Qt::Key_E, "logEmailAction", QT_TR_NOOP("Log an email")}};
    for (const auto& s : shortcuts) {
        auto* action = new QAction(tr(s.text), this);
        action->setObjectName(QLatin1String(s.name));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | s.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, composer,
                [composer, kind = s.kind]() { composer->start(kind); });
        addAction(action);
    }
}

void RecordCard::closeEvent(QCloseEvent* event)
{
    commitPendingEdits();
    QWidget::closeEvent(event);
}

void RecordCard::hideEvent(QHideEvent* event)
{
    // Back, another section, locking: the card is hidden before it goes away.
    if (!event->spontaneous())
        commitPendingEdits();
    QWidget::hideEvent(event);
}

} // namespace baza::ui
