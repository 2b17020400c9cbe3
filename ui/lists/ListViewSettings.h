#pragma once

#include "core/store/ListQuery.h"

#include <QByteArray>

namespace baza::ui {

// What a list view remembers between sessions, per list (contacts, companies): the header's
// layout (visible columns, order, widths) and the sort. Typed keys over the application's
// default QSettings, so tests can point them at a temporary folder.
class ListViewSettings
{
public:
    static QByteArray headerState(store::ListEntity entity);
    static void setHeaderState(store::ListEntity entity, const QByteArray& state);

    // The column key and direction; false when nothing was saved yet.
    static bool sort(store::ListEntity entity, int* column, bool* descending);
    static void setSort(store::ListEntity entity, int column, bool descending);
};

} // namespace baza::ui
