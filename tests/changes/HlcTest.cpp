#include "core/changes/Hlc.h"

#include <gtest/gtest.h>

using baza::changes::Hlc;
using baza::changes::HybridClock;

TEST(Hlc, StrictlyIncreasesWhenWallClockStandsStill)
{
    qint64 wall = 1'000'000;
    HybridClock clock(QStringLiteral("dev-a"), [&] { return wall; });
    Hlc prev = clock.now();
    for (int i = 0; i < 1000; ++i) {
        const Hlc next = clock.now();
        EXPECT_LT(prev, next);
        EXPECT_LT(prev.toString(), next.toString());
        prev = next;
    }
    EXPECT_EQ(prev.wallMs, wall);
    EXPECT_EQ(prev.counter, 1000u);
}

TEST(Hlc, SurvivesWallClockGoingBackwards)
{
    qint64 wall = 5'000'000;
    HybridClock clock(QStringLiteral("dev-a"), [&] { return wall; });
    const Hlc before = clock.now();
    wall -= 60'000; // NTP stepped the clock back a minute
    const Hlc after = clock.now();
    EXPECT_LT(before, after);
    EXPECT_EQ(after.wallMs, before.wallMs);
    wall += 120'000;
    const Hlc later = clock.now();
    EXPECT_EQ(later.wallMs, wall);
    EXPECT_EQ(later.counter, 0u);
}

TEST(Hlc, ObserveMovesPastRemoteAheadOfUs)
{
    qint64 wall = 1'000;
    HybridClock local(QStringLiteral("dev-a"), [&] { return wall; });
    const Hlc remote{9'000, 7, QStringLiteral("dev-b")};
    const Hlc merged = local.observe(remote);
    EXPECT_LT(remote, merged);
    EXPECT_EQ(merged.wallMs, 9'000);
    EXPECT_EQ(merged.counter, 8u);
    // Later local events still order after the remote one although our wall clock lags.
    EXPECT_LT(merged, local.now());
}

TEST(Hlc, ObserveOldRemoteKeepsLocalTime)
{
    qint64 wall = 50'000;
    HybridClock local(QStringLiteral("dev-a"), [&] { return wall; });
    const Hlc mine = local.now();
    const Hlc merged = local.observe(Hlc{10, 3, QStringLiteral("dev-b")});
    EXPECT_EQ(merged.wallMs, mine.wallMs);
    EXPECT_EQ(merged.counter, mine.counter + 1);
}

TEST(Hlc, RemoteFarInTheFutureIsCapped)
{
    qint64 wall = 1'000'000;
    HybridClock local(QStringLiteral("dev-a"), [&] { return wall; });
    const Hlc broken{wall + 10 * HybridClock::MaxDriftMs, 0, QStringLiteral("dev-b")};
    const Hlc merged = local.observe(broken);
    EXPECT_LE(merged.wallMs, wall + HybridClock::MaxDriftMs);
}

TEST(Hlc, TiesAreBrokenByDevice)
{
    const Hlc a{1'000, 2, QStringLiteral("aaaa")};
    const Hlc b{1'000, 2, QStringLiteral("bbbb")};
    EXPECT_LT(a, b);
    EXPECT_LT(a.toString(), b.toString());
    EXPECT_NE(a, b);
}

TEST(Hlc, TextFormRoundTripsAndSortsLikeTheClock)
{
    const Hlc h{1'732'357'200'123, 42, QStringLiteral("01a2-dev")};
    Hlc parsed;
    ASSERT_TRUE(Hlc::parse(h.toString(), &parsed));
    EXPECT_EQ(parsed, h);
    EXPECT_FALSE(Hlc::parse(QStringLiteral("garbage"), &parsed));
    const Hlc smallWall{999, 99'999, QStringLiteral("z")};
    const Hlc bigWall{1'000, 0, QStringLiteral("a")};
    EXPECT_LT(smallWall, bigWall);
    EXPECT_LT(smallWall.toString(), bigWall.toString());
}

TEST(Hlc, RestoreNeverGoesBack)
{
    qint64 wall = 100;
    HybridClock clock(QStringLiteral("dev"), [&] { return wall; });
    clock.restore(Hlc{5'000, 3, QStringLiteral("dev")});
    const Hlc next = clock.now();
    EXPECT_EQ(next.wallMs, 5'000);
    EXPECT_EQ(next.counter, 4u);
    clock.restore(Hlc{10, 0, QStringLiteral("dev")});
    EXPECT_LT(next, clock.now());
}

TEST(Hlc, CounterOverflowCarriesIntoWall)
{
    qint64 wall = 7;
    HybridClock clock(QStringLiteral("dev"), [&] { return wall; });
    clock.restore(Hlc{7, 99'999, QStringLiteral("dev")});
    const Hlc next = clock.now();
    EXPECT_EQ(next.wallMs, 8);
    EXPECT_EQ(next.counter, 0u);
}
