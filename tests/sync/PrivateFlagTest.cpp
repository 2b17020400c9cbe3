// The `private` flag that the server uses to decide who sees a record.

#include "../store/StoreFixture.h"

#include <QSqlQuery>

using namespace baza;

using PrivateFlag = StoreFixture;

TEST_F(PrivateFlag, DefaultsToSharedAndIsLoggedWhenSet)
{
    const QString id = addContact(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    auto shared = store->isPrivate(QStringLiteral("contact"), id);
    ASSERT_TRUE(shared.ok());
    EXPECT_FALSE(*shared);

    ASSERT_TRUE(store->setPrivate(QStringLiteral("contact"), id, true).ok());
    EXPECT_TRUE(*store->isPrivate(QStringLiteral("contact"), id));
    auto history = store->history(QStringLiteral("contact"), id);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    EXPECT_EQ(history->last().field, QStringLiteral("private"));
    EXPECT_EQ(history->last().newValue.toLongLong(), 1);

    // Saving the contact through the typed API keeps the flag.
    auto c = store->contact(id);
    ASSERT_TRUE(c.ok());
    c->title = QStringLiteral("CEO");
    ASSERT_TRUE(store->updateContact(*c).ok());
    EXPECT_TRUE(*store->isPrivate(QStringLiteral("contact"), id));

    auto undone = store->undoLast();
    ASSERT_TRUE(undone.ok());
    ASSERT_TRUE(store->undoLast().ok()); // the privacy change
    EXPECT_FALSE(*store->isPrivate(QStringLiteral("contact"), id));
}

TEST_F(PrivateFlag, RefusesOtherKindsAndMissingRecords)
{
    auto wrongKind = store->setPrivate(QStringLiteral("task"), QStringLiteral("x"), true);
    EXPECT_EQ(wrongKind.code(), ErrorCode::Usage);
    auto missing = store->setPrivate(QStringLiteral("company"), QStringLiteral("nope"), true);
    EXPECT_EQ(missing.code(), ErrorCode::NotFound);
}
