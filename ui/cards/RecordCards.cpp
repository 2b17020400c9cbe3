#include "ui/cards/RecordCards.h"

#include "core/store/Store.h"
#include "ui/cards/CompanyCard.h"
#include "ui/cards/ContactCard.h"
#include "ui/deals/DealCard.h"

namespace baza::ui {

QWidget* createRecordCard(store::Store& store, const QString& entity, const QString& id,
                          QWidget* parent)
{
    if (entity == QLatin1String("contact"))
        return store.contact(id) ? new ContactCard(store, id, parent) : nullptr;
    if (entity == QLatin1String("company"))
        return store.company(id) ? new CompanyCard(store, id, parent) : nullptr;
    if (entity == QLatin1String("deal"))
        return store.deal(id) ? new DealCard(store, id, parent) : nullptr;
    return nullptr;
}

} // namespace baza::ui
