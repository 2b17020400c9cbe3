#pragma once

#include "core/store/Store.h"
#include "ui/cards/TimelineModel.h"

#include <QCoreApplication>

namespace baza::ui {

// Timeline items about deals, in the painted timeline the cards share: a deal's own history for
// its card, and its progress (created, moved, won, lost) for the cards of its people and company.
class DealTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(baza::ui::DealTimeline)
public:
    // "“Website relaunch” moved to Proposal", "… won", "… lost" with the reason, as changes,
    // newest first.
    static QList<TimelineItem> fromEvents(const QList<store::DealEvent>& events);
    // The deal card's timeline: activities logged on the deal, and one item per command that
    // changed it, with the changed fields as a person reads them (stage names, money, owners).
    static QList<TimelineItem> forDeal(const store::Store& store, const QString& dealId);
    // A deal field ("value_minor") as the card labels it; empty for bookkeeping fields.
    static QString fieldLabel(const QString& field);
};

} // namespace baza::ui
