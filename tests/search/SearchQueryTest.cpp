#include "core/search/SearchQuery.h"

#include <gtest/gtest.h>

using namespace baza::search;

TEST(SearchQuery, PhoneDetection)
{
    EXPECT_TRUE(looksLikePhone(QStringLiteral("501 234")));
    EXPECT_TRUE(looksLikePhone(QStringLiteral("+48 (501) 234-567")));
    EXPECT_TRUE(looksLikePhone(QStringLiteral("501")));
    EXPECT_FALSE(looksLikePhone(QStringLiteral("50")));
    EXPECT_FALSE(looksLikePhone(QStringLiteral("+4")));
    EXPECT_FALSE(looksLikePhone(QStringLiteral("ul. 3 Maja 501")));
    EXPECT_FALSE(looksLikePhone(QString()));
}

TEST(SearchQuery, TextPlan)
{
    const QueryPlan p = planQuery(QStringLiteral("Jan KOW"));
    EXPECT_EQ(p.nameMatch, QStringLiteral("jan* kow*"));
    EXPECT_EQ(p.textMatch, QStringLiteral("jan* kow*"));
    EXPECT_TRUE(p.phoneMatch.isEmpty());
    EXPECT_EQ(planQuery(QString::fromUtf8("Łódź")).textMatch, QStringLiteral("lodz*"));
}

TEST(SearchQuery, SyntaxNeverPassesThrough)
{
    const QueryPlan p = planQuery(QStringLiteral("\"jan\" OR -kow* NEAR/2 ^x name:y"));
    EXPECT_EQ(p.textMatch, QStringLiteral("jan* or* kow* near* 2* x* name* y*"));
    const QueryPlan none = planQuery(QStringLiteral("\"*-^:()"));
    EXPECT_TRUE(none.nameMatch.isEmpty() && none.textMatch.isEmpty() && none.phoneMatch.isEmpty());
}

TEST(SearchQuery, PhonePlan)
{
    const QueryPlan p = planQuery(QStringLiteral("501 234"));
    EXPECT_EQ(p.phoneMatch, QStringLiteral("501234*"));
    EXPECT_TRUE(p.nameMatch.isEmpty() && p.textMatch.isEmpty());
    EXPECT_EQ(planQuery(QStringLiteral("+48 501")).phoneMatch, QStringLiteral("48501*"));
    EXPECT_EQ(planQuery(QStringLiteral("0048 501")).phoneMatch, QStringLiteral("48501*"));
    EXPECT_EQ(planQuery(QStringLiteral("0501 23")).phoneMatch, QStringLiteral("050123* OR 50123*"));
}

TEST(SearchQuery, TermCountIsCapped)
{
    const QueryPlan p = planQuery(QStringLiteral("a b c d e f g h i j k"));
    EXPECT_EQ(p.textMatch.count(QLatin1Char('*')), MaxQueryTerms);
}
