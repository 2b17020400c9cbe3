#pragma once

class QLineEdit;

namespace baza::store {
class Store;
}

namespace baza::ui {

// Completes company names in `edit` as the user types (the store's search: case and accents
// ignored, so "laka" offers "Łąka"). Choosing a name from the list commits an InlineEdit.
void attachCompanyPicker(QLineEdit* edit, store::Store& store);

} // namespace baza::ui
