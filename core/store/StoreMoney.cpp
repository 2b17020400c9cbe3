// The base currency and dated exchange rates.
#include "core/store/Command.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "core/store/StoreHelpers.h"

#include "core/common/Uuid.h"
#include "core/domain/Deal.h"

#include <QLocale>
#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;
using namespace detail;

QString Store::baseCurrency() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'base_currency'"));
    if (q.exec() && q.next() && isKnownCurrency(q.value(0).toString()))
        return q.value(0).toString();
    // Until the business chooses, the currency of the system's locale.
    const QString local = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return isKnownCurrency(local) ? local : QStringLiteral("EUR");
}

Status Store::setBaseCurrency(const QString& currency)
{
    if (!isKnownCurrency(currency))
        return fieldError("currency",
                          tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(currency));
    // A setting of this database, like its device id: not a domain change, so not logged.
    QSqlQuery q(connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('base_currency', ?)"));
    q.addBindValue(currency);
    if (!q.exec())
        return queryError(q);
    emit changed(QStringLiteral("setting"), {QStringLiteral("base_currency")});
    return {};
}

Result<QList<ExchangeRate>> Store::exchangeRates() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, currency, quote, valid_on, rate_e8 FROM exchange_rates "
                               "ORDER BY currency, quote, valid_on DESC")))
        return queryError(q);
    QList<ExchangeRate> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QDate::fromString(q.value(3).toString(), Qt::ISODate),
                    q.value(4).toLongLong()});
    return out;
}

Result<ExchangeRate> Store::setExchangeRate(ExchangeRate rate)
{
    if (Status s = validate(rate); !s)
        return s.error();
    Status s = execute(QStringLiteral("Set exchange rate"), [&](Command& cmd) -> Status {
        const QString day = rate.validOn.toString(Qt::ISODate);
        auto r = cmd.run(QStringLiteral("SELECT id FROM exchange_rates WHERE currency = ? AND "
                                        "quote = ? AND valid_on = ?"),
                         {rate.currency, rate.quote, day});
        if (!r)
            return r.error();
        const QString existing = (*r)->next() ? (*r)->value(0).toString() : QString();
        (*r)->finish();
        if (!existing.isEmpty()) {
            rate.id = existing;
            return cmd.update(QStringLiteral("exchange_rate"), existing,
                              stamped({{QStringLiteral("rate_e8"), rate.rateE8}}, false));
        }
        if (rate.id.isEmpty())
            rate.id = newUuidV7();
        return cmd.insert(QStringLiteral("exchange_rate"), rate.id,
                          stamped({{QStringLiteral("currency"), rate.currency},
                                   {QStringLiteral("quote"), rate.quote},
                                   {QStringLiteral("valid_on"), day},
                                   {QStringLiteral("rate_e8"), rate.rateE8}},
                                  true));
    });
    if (!s)
        return s.error();
    return rate;
}

Status Store::removeExchangeRate(const QString& id)
{
    return execute(QStringLiteral("Remove exchange rate"),
                   [&](Command& cmd) { return cmd.remove(QStringLiteral("exchange_rate"), id); });
}

Result<CurrencyConverter> Store::converter() const
{
    auto rates = exchangeRates();
    if (!rates)
        return rates.error();
    return CurrencyConverter(baseCurrency(), *rates);
}

} // namespace baza::store
