#pragma once

#include <QString>

class QWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

// The one place that knows which card shows which kind of record. The main window asks it for a
// card when the user opens a contact, company or deal from a list, search or another card.
// Contacts and companies get a RecordCard (ui/cards/RecordCard.h: recordRequested,
// commitPendingEdits); deals an interim card until the pipeline work brings theirs.
// Returns nullptr when the record does not exist or its kind has no card.
QWidget* createRecordCard(store::Store& store, const QString& entity, const QString& id,
                          QWidget* parent);

} // namespace baza::ui
