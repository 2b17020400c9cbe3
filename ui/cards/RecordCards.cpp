#include "ui/cards/RecordCards.h"

#include "core/store/Store.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace baza::ui {

QWidget* createRecordCard(store::Store& store, const QString& entity, const QString& id,
                          QWidget* parent)
{
    // Interim card until the contact, company and deal cards land: the record's name.
    QString title;
    if (entity == QLatin1String("contact")) {
        if (auto c = store.contact(id))
            title = c->displayName();
    } else if (entity == QLatin1String("company")) {
        if (auto c = store.company(id))
            title = c->name;
    } else if (entity == QLatin1String("deal")) {
        if (auto d = store.deal(id))
            title = d->title;
    }
    if (title.isEmpty())
        return nullptr;
    auto* card = new QWidget(parent);
    card->setObjectName(QStringLiteral("recordCard"));
    auto* layout = new QVBoxLayout(card);
    auto* heading = new QLabel(title, card);
    heading->setObjectName(QStringLiteral("recordTitle"));
    layout->addWidget(heading);
    layout->addStretch(1);
    return card;
}

} // namespace baza::ui
