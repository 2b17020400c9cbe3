#pragma once

#include <QString>

class QWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

// The one place that knows which card shows which kind of record. The main window asks it for a
// card when the user opens a contact, company or deal from a list, search or another card.
// Returns nullptr for a kind that has no card yet.
QWidget* createRecordCard(store::Store& store, const QString& entity, const QString& id,
                          QWidget* parent);

} // namespace baza::ui
