#pragma once

#include "ui/cards/TimelineModel.h"

#include <QWidget>

class QLabel;
class QListView;

namespace baza::ui {

class ActivityComposer;

// A card's timeline column: type filters, the activity composer and the painted list.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    TimelineModel* model() const { return m_model; }
    ActivityComposer* composer() const { return m_composer; }
    QListView* list() const { return m_list; }
    void setItems(QList<TimelineItem> items);

private:
    void updateEmptyHint();

    TimelineModel* m_model = nullptr;
    ActivityComposer* m_composer = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace baza::ui
