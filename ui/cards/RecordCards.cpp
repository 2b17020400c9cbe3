#include "ui/cards/RecordCards.h"

#include "core/store/Store.h"
#include "ui/cards/CompanyCard.h"
#include "ui/cards/ContactCard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace baza::ui {

QWidget* createRecordCard(store::Store& store, const QString& entity, const QString& id,
                          QWidget* parent)
{
    if (entity == QLatin1String("contact"))
        return store.contact(id) ? new ContactCard(store, id, parent) : nullptr;
    if (entity == QLatin1String("company"))
        return store.company(id) ? new CompanyCard(store, id, parent) : nullptr;
    if (entity != QLatin1String("deal"))
        return nullptr;
    // Interim deal card until the pipeline work lands its own: the deal's title.
    auto d = store.deal(id);
    if (!d)
        return nullptr;
    auto* card = new QWidget(parent);
    card->setObjectName(QStringLiteral("recordCard"));
    auto* layout = new QVBoxLayout(card);
    auto* heading = new QLabel(d->title, card);
    heading->setObjectName(QStringLiteral("recordTitle"));
    layout->addWidget(heading);
    layout->addStretch(1);
    return card;
}

} // namespace baza::ui
