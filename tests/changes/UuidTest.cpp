#include "core/common/Uuid.h"

#include <QSet>

#include <gtest/gtest.h>

TEST(Uuid, Version7LayoutAndTimeOrder)
{
    const QString a = baza::uuidV7At(1'732'357'200'000);
    EXPECT_TRUE(baza::isUuid(a));
    EXPECT_EQ(a.at(14), QLatin1Char('7'));                  // version nibble
    EXPECT_TRUE(QStringLiteral("89ab").contains(a.at(19))); // RFC variant
    EXPECT_TRUE(a.startsWith(QStringLiteral("0193")));      // 48-bit ms timestamp prefix
    const QString b = baza::uuidV7At(1'732'357'200'001);
    EXPECT_LT(a, b);
}

TEST(Uuid, ManyInTheSameMillisecondAreUniqueAndIncreasing)
{
    QSet<QString> seen;
    QString prev;
    for (int i = 0; i < 2000; ++i) {
        const QString id = baza::uuidV7At(1'800'000'000'000);
        EXPECT_FALSE(seen.contains(id));
        seen.insert(id);
        // The 12-bit counter starts below 0x800, so 2000 ids cannot wrap it.
        if (i > 0) {
            EXPECT_LT(prev.left(18), id.left(18));
        }
        prev = id;
    }
    EXPECT_EQ(seen.size(), 2000);
}
