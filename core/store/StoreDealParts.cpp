// The parts of a deal beyond its row: people involved, line items, and the product catalogue.
#include "core/store/Command.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "core/store/StoreHelpers.h"

#include "core/common/Uuid.h"

#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;
using namespace detail;

namespace {

Status validateItem(const DealItem& item)
{
    if (item.name.trimmed().isEmpty())
        return fieldError("name", detail::tr("A line item needs a name."));
    if (item.quantity <= 0)
        return fieldError("quantity", detail::tr("The quantity must be at least 1."));
    if (item.unitPriceMinor < 0)
        return fieldError("unit_price_minor", detail::tr("A unit price cannot be negative."));
    if (item.unitPriceMinor > 0 &&
        item.quantity > std::numeric_limits<qint64>::max() / item.unitPriceMinor)
        return fieldError("quantity", detail::tr("Quantity × unit price is too large."));
    return {};
}

QVariantMap itemFields(const DealItem& item)
{
    return {{QStringLiteral("deal_id"), item.dealId},
            {QStringLiteral("product_id"), text(item.productId)},
            {QStringLiteral("name"), item.name.trimmed()},
            {QStringLiteral("quantity"), item.quantity},
            {QStringLiteral("unit_price_minor"), item.unitPriceMinor},
            {QStringLiteral("position"), qlonglong(item.position)}};
}

} // namespace

Result<QList<DealContact>> Store::dealContacts(const QString& dealId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT dc.id, dc.contact_id, dc.role, c.first_name, c.middle_name, "
                             "c.last_name FROM deal_contacts dc LEFT JOIN contacts c ON "
                             "c.id = dc.contact_id WHERE dc.deal_id = ? ORDER BY dc.created_at"));
    q.addBindValue(dealId);
    if (!q.exec())
        return queryError(q);
    QList<DealContact> out;
    while (q.next()) {
        Contact c;
        c.firstName = q.value(3).toString();
        c.middleName = q.value(4).toString();
        c.lastName = q.value(5).toString();
        out.append({q.value(0).toString(), dealId, q.value(1).toString(), q.value(2).toString(),
                    c.displayName()});
    }
    return out;
}

Result<DealContact> Store::addDealContact(const QString& dealId, const QString& contactId,
                                          const QString& role)
{
    DealContact link{newUuidV7(), dealId, contactId, role.trimmed(), {}};
    Status s = execute(QStringLiteral("Add person to deal"), [&](Command& cmd) -> Status {
        if (Status st = checkLinks(cmd, contactId, QString(), dealId); !st)
            return st;
        auto r = cmd.run(QStringLiteral("SELECT 1 FROM deal_contacts WHERE deal_id = ? AND "
                                        "contact_id = ?"),
                         {dealId, contactId});
        if (!r)
            return r.error();
        const bool already = (*r)->next();
        (*r)->finish();
        if (already)
            return fieldError("contact_id", tr("This person is already on the deal."));
        return cmd.insert(QStringLiteral("deal_contact"), link.id,
                          stamped({{QStringLiteral("deal_id"), dealId},
                                   {QStringLiteral("contact_id"), contactId},
                                   {QStringLiteral("role"), text(link.role)}},
                                  true));
    });
    if (!s)
        return s.error();
    if (auto c = contact(contactId))
        link.contactName = c->displayName();
    return link;
}

Status Store::removeDealContact(const QString& id)
{
    return execute(QStringLiteral("Remove person from deal"),
                   [&](Command& cmd) { return cmd.remove(QStringLiteral("deal_contact"), id); });
}

Result<QList<DealItem>> Store::dealItems(const QString& dealId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT id, product_id, name, quantity, unit_price_minor, position "
                             "FROM deal_items WHERE deal_id = ? ORDER BY position, id"));
    q.addBindValue(dealId);
    if (!q.exec())
        return queryError(q);
    QList<DealItem> out;
    while (q.next())
        out.append({q.value(0).toString(), dealId, q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt()});
    return out;
}

Result<DealItem> Store::addDealItem(DealItem item)
{
    if (Status s = validateItem(item); !s)
        return s.error();
    if (item.id.isEmpty())
        item.id = newUuidV7();
    Status s = execute(QStringLiteral("Add line item"), [&](Command& cmd) -> Status {
        if (Status st = checkLinks(cmd, QString(), QString(), item.dealId); !st)
            return st;
        if (!item.productId.isEmpty() && !cmd.exists(QStringLiteral("product"), item.productId))
            return fieldError("product_id",
                              tr("The linked %1 does not exist.").arg(QStringLiteral("product")));
        auto r = cmd.run(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM deal_items "
                                        "WHERE deal_id = ?"),
                         {item.dealId});
        if (!r)
            return r.error();
        (*r)->next();
        item.position = (*r)->value(0).toInt();
        (*r)->finish();
        return cmd.insert(QStringLiteral("deal_item"), item.id, stamped(itemFields(item), true));
    });
    if (!s)
        return s.error();
    return item;
}

Status Store::updateDealItem(const DealItem& item)
{
    if (Status s = validateItem(item); !s)
        return s;
    return execute(QStringLiteral("Edit line item"), [&](Command& cmd) {
        QVariantMap fields = itemFields(item);
        fields.remove(QStringLiteral("deal_id"));
        return cmd.update(QStringLiteral("deal_item"), item.id, stamped(fields, false));
    });
}

Status Store::removeDealItem(const QString& id)
{
    return execute(QStringLiteral("Remove line item"),
                   [&](Command& cmd) { return cmd.remove(QStringLiteral("deal_item"), id); });
}

Status Store::setDealValueFromItems(const QString& dealId)
{
    auto items = dealItems(dealId);
    if (!items)
        return items.error();
    qint64 sum = 0;
    for (const DealItem& i : std::as_const(*items)) {
        qint64 line = 0;
        if (__builtin_mul_overflow(i.quantity, i.unitPriceMinor, &line) ||
            __builtin_add_overflow(sum, line, &sum))
            return fieldError("value_minor", tr("The line items add up to more than Baza can "
                                                "store."));
    }
    return execute(QStringLiteral("Set deal value from line items"), [&](Command& cmd) {
        return cmd.update(QStringLiteral("deal"), dealId,
                          stamped({{QStringLiteral("value_minor"), sum}}, false));
    });
}

Result<QList<Product>> Store::products() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, name, sku, unit_price_minor, currency FROM products "
                               "ORDER BY name COLLATE NOCASE")))
        return queryError(q);
    QList<Product> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString()});
    return out;
}

Result<Product> Store::createProduct(Product product)
{
    if (product.name.trimmed().isEmpty())
        return fieldError("name", tr("A product needs a name."));
    if (!isKnownCurrency(product.currency))
        return fieldError(
            "currency",
            tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(product.currency));
    if (product.unitPriceMinor < 0)
        return fieldError("unit_price_minor", tr("A unit price cannot be negative."));
    if (product.id.isEmpty())
        product.id = newUuidV7();
    Status s = execute(QStringLiteral("Create product"), [&](Command& cmd) {
        return cmd.insert(QStringLiteral("product"), product.id,
                          stamped({{QStringLiteral("name"), product.name.trimmed()},
                                   {QStringLiteral("sku"), text(product.sku.trimmed())},
                                   {QStringLiteral("unit_price_minor"), product.unitPriceMinor},
                                   {QStringLiteral("currency"), product.currency}},
                                  true));
    });
    if (!s)
        return s.error();
    return product;
}

} // namespace baza::store
