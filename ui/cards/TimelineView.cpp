#include "ui/cards/TimelineView.h"

#include "ui/cards/ActivityComposer.h"
#include "ui/cards/TimelineDelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace baza::ui {

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_composer(new ActivityComposer(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("timeline"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(2);
    auto* heading = new QLabel(tr("Timeline"), this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    filters->addWidget(heading);
    filters->addStretch(1);
    static const char* const names[] = {"filterCalls", "filterEmails", "filterMeetings",
                                        "filterNotes", "filterChanges"};
    for (int t = 0; t < TimelineItem::TypeCount; ++t) {
        const auto type = TimelineItem::Type(t);
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(names[t]));
        button->setText(TimelineModel::typeName(type));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setAccessibleName(tr("Show %1").arg(TimelineModel::typeName(type)));
        button->setToolTip(button->accessibleName());
        connect(button, &QToolButton::toggled, this, [this, type](bool on) {
            m_model->setTypeVisible(type, on);
            updateEmptyHint();
        });
        filters->addWidget(button);
    }

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setAccessibleName(tr("Timeline"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_composer);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    connect(m_composer, &ActivityComposer::closed, this, [this]() { m_list->setFocus(); });
    updateEmptyHint();
}

void TimelineView::setItems(QList<TimelineItem> items)
{
    m_model->setItems(std::move(items));
    updateEmptyHint();
}

void TimelineView::updateEmptyHint()
{
    if (m_model->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    m_empty->setText(m_model->totalCount() == 0
                         ? tr("Nothing here yet. Log a note with Ctrl+Shift+N, a call with "
                              "Ctrl+Shift+C, a meeting with Ctrl+Shift+M or an email with "
                              "Ctrl+Shift+E.")
                         : tr("Nothing of the chosen kinds."));
    m_empty->show();
}

} // namespace baza::ui
