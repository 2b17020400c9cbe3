#include "ui/lists/ListViewSettings.h"

#include <QSettings>

namespace baza::ui {

namespace {

QString key(store::ListEntity entity, const char* what)
{
    return QStringLiteral("lists/%1/%2").arg(store::listEntityName(entity), QLatin1String(what));
}

} // namespace

QByteArray ListViewSettings::headerState(store::ListEntity entity)
{
    return QSettings().value(key(entity, "header")).toByteArray();
}

void ListViewSettings::setHeaderState(store::ListEntity entity, const QByteArray& state)
{
    QSettings().setValue(key(entity, "header"), state);
}

bool ListViewSettings::sort(store::ListEntity entity, int* column, bool* descending)
{
    QSettings settings;
    // By key, so a saved sort survives columns being added or reordered.
    const int c = store::columnFromKey(entity, settings.value(key(entity, "sort")).toString());
    if (c < 0)
        return false;
    *column = c;
    *descending = settings.value(key(entity, "descending")).toBool();
    return true;
}

void ListViewSettings::setSort(store::ListEntity entity, int column, bool descending)
{
    QSettings settings;
    settings.setValue(key(entity, "sort"), store::columnKey(entity, column));
    settings.setValue(key(entity, "descending"), descending);
}

} // namespace baza::ui
