#include "DealsFixture.h"

#include "core/domain/Money.h"

using namespace baza;
using namespace baza::domain;

TEST(Money, RatesParseExactlyAndRefuseWhatIsNotARate)
{
    EXPECT_EQ(*parseRate(QStringLiteral("4.2735")), 427350000);
    EXPECT_EQ(*parseRate(QStringLiteral("4,2735")), 427350000);
    EXPECT_EQ(*parseRate(QStringLiteral("0.00000001")), 1);
    EXPECT_EQ(*parseRate(QStringLiteral(" 12 ")), 1200000000);
    EXPECT_EQ(parseRate(QStringLiteral("0.000000001")).error().field, QStringLiteral("rate_e8"));
    EXPECT_FALSE(parseRate(QStringLiteral("0")).ok());
    EXPECT_FALSE(parseRate(QStringLiteral("-4.2")).ok());
    EXPECT_FALSE(parseRate(QStringLiteral("4.2.1")).ok());
    EXPECT_FALSE(parseRate(QStringLiteral("1e3")).ok());
    EXPECT_FALSE(parseRate(QStringLiteral("1000001")).ok());
    EXPECT_EQ(rateText(427350000), QStringLiteral("4.2735"));
    EXPECT_EQ(rateText(1200000000), QStringLiteral("12.0"));
    EXPECT_EQ(rateText(1), QStringLiteral("0.00000001"));
}

TEST(Money, ConversionRoundsOnceHalfAwayFromZero)
{
    qint64 out = 0;
    // 100.00 EUR × 4.2735 = 427.35 PLN exactly.
    ASSERT_TRUE(convertMinor(10000, 2, 427350000, 2, 100, &out));
    EXPECT_EQ(out, 42735);
    // 0.01 EUR × 4.25 = 0.0425 PLN → 0.04; × 4.35 = 0.0435 → 0.04; × 4.5 = 0.045 → 0.05 (half up).
    ASSERT_TRUE(convertMinor(1, 2, 425000000, 2, 100, &out));
    EXPECT_EQ(out, 4);
    ASSERT_TRUE(convertMinor(1, 2, 450000000, 2, 100, &out));
    EXPECT_EQ(out, 5);
    // Weighted: 0.01 EUR × 4.5 × 50 % = 0.0225 → 0.02, rounded once (not 0.05 × 50 % = 0.03).
    ASSERT_TRUE(convertMinor(1, 2, 450000000, 2, 50, &out));
    EXPECT_EQ(out, 2);
    // Minor-unit digits differ: 1,000 JPY at 0.0265 PLN = 26.50 PLN; 26.50 PLN → JPY at 37.7.
    ASSERT_TRUE(convertMinor(1000, 0, 2650000, 2, 100, &out));
    EXPECT_EQ(out, 2650);
    ASSERT_TRUE(convertMinor(2650, 2, 3770000000, 0, 100, &out));
    EXPECT_EQ(out, 999); // 999.05 → 999
    // Inverse: PLN per EUR recorded, converting PLN → EUR: 427.35 / 4.2735 = 100.00.
    ASSERT_TRUE(convertMinorInverse(42735, 2, 427350000, 2, 100, &out));
    EXPECT_EQ(out, 10000);
    // 1.00 PLN / 3 = 0.333… → 0.33; 2.00 / 3 = 0.666… → 0.67
    ASSERT_TRUE(convertMinorInverse(100, 2, 300000000, 2, 100, &out));
    EXPECT_EQ(out, 33);
    ASSERT_TRUE(convertMinorInverse(200, 2, 300000000, 2, 100, &out));
    EXPECT_EQ(out, 67);
    // Large amounts stay exact where a double would not: 90 trillion minor units × 1.00000001.
    ASSERT_TRUE(convertMinor(9000000000000000, 2, 100000001, 2, 100, &out));
    EXPECT_EQ(out, 9000000090000000);
    EXPECT_FALSE(convertMinor(std::numeric_limits<qint64>::max(), 2, 200000000, 2, 100, &out));
}

TEST(Money, TheConverterUsesTheLatestRateOnOrBeforeTheDate)
{
    const QList<ExchangeRate> rates{
        {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 1, 1), 430000000},
        {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 2, 1), 420000000},
        {{}, QStringLiteral("PLN"), QStringLiteral("USD"), QDate(2026, 1, 1), 25000000},
    };
    CurrencyConverter c(QStringLiteral("PLN"), rates);
    qint64 out = 0;
    EXPECT_FALSE(c.convert(100, QStringLiteral("EUR"), QDate(2025, 12, 31), &out));
    ASSERT_TRUE(c.convert(100, QStringLiteral("EUR"), QDate(2026, 1, 31), &out));
    EXPECT_EQ(out, 430);
    ASSERT_TRUE(c.convert(100, QStringLiteral("EUR"), QDate(2026, 2, 1), &out));
    EXPECT_EQ(out, 420);
    // USD only recorded as PLN → USD 0.25: 1.00 USD = 4.00 PLN.
    ASSERT_TRUE(c.convert(100, QStringLiteral("USD"), QDate(2026, 3, 1), &out));
    EXPECT_EQ(out, 400);
    ASSERT_TRUE(c.convert(12345, QStringLiteral("PLN"), QDate(2000, 1, 1), &out, 25));
    EXPECT_EQ(out, 3086); // 30.8625 → 30.86
    EXPECT_FALSE(c.convert(100, QStringLiteral("RUB"), QDate(2026, 3, 1), &out));
}

TEST(Money, ABaseCurrencyChangeKeepsWorkingThroughTheOldQuote)
{
    // Rates quoted in PLN, base switched to EUR: USD converts through PLN, rounded once.
    const QList<ExchangeRate> rates{
        {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 1, 1), 425000000},
        {{}, QStringLiteral("USD"), QStringLiteral("PLN"), QDate(2026, 1, 1), 400000000},
        {{}, QStringLiteral("USD"), QStringLiteral("PLN"), QDate(2026, 3, 1), 340000000},
        {{}, QStringLiteral("JPY"), QStringLiteral("PLN"), QDate(2026, 1, 1), 2700000},
    };
    CurrencyConverter c(QStringLiteral("EUR"), rates);
    qint64 out = 0;
    // 100.00 USD = 400.00 PLN = 94.1176… EUR → 94.12.
    ASSERT_TRUE(c.convert(10000, QStringLiteral("USD"), QDate(2026, 2, 1), &out));
    EXPECT_EQ(out, 9412);
    // The rates of the day: 100.00 USD = 340.00 PLN = 80.00 EUR.
    ASSERT_TRUE(c.convert(10000, QStringLiteral("USD"), QDate(2026, 3, 2), &out));
    EXPECT_EQ(out, 8000);
    // Weighted at 50 %: 47.0588… → 47.06 (one rounding, not 94.12 / 2).
    ASSERT_TRUE(c.convert(10000, QStringLiteral("USD"), QDate(2026, 2, 1), &out, 50));
    EXPECT_EQ(out, 4706);
    // No minor unit in JPY: ¥1000 = 27.00 PLN = 6.3529… EUR → 6.35.
    ASSERT_TRUE(c.convert(1000, QStringLiteral("JPY"), QDate(2026, 2, 1), &out));
    EXPECT_EQ(out, 635);
    // Both legs need a rate on the day.
    EXPECT_FALSE(c.convert(10000, QStringLiteral("USD"), QDate(2025, 12, 31), &out));
    EXPECT_FALSE(c.convert(10000, QStringLiteral("GBP"), QDate(2026, 2, 1), &out));
}

TEST(Money, AmountsFormatAndParseInTheUsersLocale)
{
    const QLocale pl(QLocale::Polish, QLocale::Poland);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QString nbsp(QChar(0x00A0));
    EXPECT_EQ(formatMoney(123456789, QStringLiteral("PLN"), pl),
              QStringLiteral("1") + nbsp + QStringLiteral("234") + nbsp + QStringLiteral("567,89") +
                  nbsp + QStringLiteral("zł"));
    EXPECT_EQ(formatMoney(123456, QStringLiteral("PLN"), pl),
              QStringLiteral("1234,56") + nbsp + QStringLiteral("zł"));
    EXPECT_EQ(formatMoney(123456789, QStringLiteral("USD"), en), QStringLiteral("$1,234,567.89"));
    EXPECT_EQ(formatMoney(-5, QStringLiteral("USD"), en), QStringLiteral("($0.05)"));
    EXPECT_EQ(formatMoney(100000, QStringLiteral("RUB"), ru),
              QStringLiteral("1") + nbsp + QStringLiteral("000,00") + nbsp + QStringLiteral("₽"));
    EXPECT_EQ(formatMoney(1500, QStringLiteral("JPY"), en), QStringLiteral("¥1,500"));
    EXPECT_EQ(formatMoneyShort(100000, QStringLiteral("EUR"), en), QStringLiteral("€1,000"));
    EXPECT_EQ(formatMoneyShort(100050, QStringLiteral("EUR"), en), QStringLiteral("€1,000.50"));
    // Exact beyond a double's 15–16 digits.
    EXPECT_EQ(formatMoney(std::numeric_limits<qint64>::max(), QStringLiteral("USD"), en),
              QStringLiteral("$92,233,720,368,547,758.07"));

    EXPECT_EQ(*parseAmount(QStringLiteral("1 234,50"), QStringLiteral("PLN"), pl), 123450);
    EXPECT_EQ(*parseAmount(QStringLiteral("1234.5"), QStringLiteral("PLN"), pl), 123450);
    EXPECT_EQ(*parseAmount(QStringLiteral("1,234.50"), QStringLiteral("USD"), en), 123450);
    EXPECT_EQ(*parseAmount(QStringLiteral("12"), QStringLiteral("JPY"), en), 12);
    EXPECT_EQ(*parseAmount(QString(), QStringLiteral("EUR"), en), 0);
    EXPECT_EQ(parseAmount(QStringLiteral("1.5"), QStringLiteral("JPY"), en).error().field,
              QStringLiteral("value_minor"));
    // "1,234" in Polish is 1.234: three decimals for a two-decimal currency.
    EXPECT_FALSE(parseAmount(QStringLiteral("1,234"), QStringLiteral("EUR"), pl).ok());
    EXPECT_FALSE(parseAmount(QStringLiteral("-3"), QStringLiteral("EUR"), en).ok());
    EXPECT_FALSE(parseAmount(QStringLiteral("12 zł"), QStringLiteral("PLN"), pl).ok());
    EXPECT_FALSE(
        parseAmount(QStringLiteral("99999999999999999999"), QStringLiteral("PLN"), pl).ok());
}

TEST_F(DealsFixture, RatesAreStoredDatedAndReplacedPerDay)
{
    auto first = store->setExchangeRate(
        {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 1, 2), 427350000});
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    auto again = store->setExchangeRate(
        {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 1, 2), 428000000});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, first->id);
    ASSERT_TRUE(
        store
            ->setExchangeRate(
                {{}, QStringLiteral("USD"), QStringLiteral("PLN"), QDate(2026, 1, 2), 395000000})
            .ok());
    EXPECT_EQ(store
                  ->setExchangeRate(
                      {{}, QStringLiteral("USD"), QStringLiteral("USD"), QDate(2026, 1, 2), 1})
                  .error()
                  .field,
              QStringLiteral("quote"));
    EXPECT_EQ(store
                  ->setExchangeRate(
                      {{}, QStringLiteral("XXX"), QStringLiteral("PLN"), QDate(2026, 1, 2), 1})
                  .error()
                  .field,
              QStringLiteral("currency"));
    auto rates = store->exchangeRates();
    ASSERT_TRUE(rates.ok());
    ASSERT_EQ(rates->size(), 2);
    EXPECT_EQ(rates->at(0).rateE8, 428000000);
    EXPECT_EQ(store->baseCurrency(), QStringLiteral("PLN"));
    EXPECT_EQ(store->setBaseCurrency(QStringLiteral("ZZZ")).code(), ErrorCode::Validation);
    auto converter = store->converter();
    ASSERT_TRUE(converter.ok());
    qint64 out = 0;
    ASSERT_TRUE(converter->convert(10000, QStringLiteral("EUR"), QDate(2026, 6, 1), &out));
    EXPECT_EQ(out, 42800);
}
