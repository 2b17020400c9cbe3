#pragma once

#include "TestSupport.h"

#include "core/store/Store.h"

#include <gtest/gtest.h>

// A fresh encrypted database with an initialized store.
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.path(QStringLiteral("store.baza"));
        db = baza::test::createDatabase(path);
        ASSERT_TRUE(db);
        store = std::make_unique<baza::store::Store>(*db);
        const baza::Status s = store->initialize();
        ASSERT_TRUE(s.ok()) << s.message().toStdString();
    }

    baza::domain::Contact person(const QString& first, const QString& last,
                                 const QString& email = QString())
    {
        baza::domain::Contact c;
        c.firstName = first;
        c.lastName = last;
        if (!email.isEmpty())
            c.emails.append({QStringLiteral("work"), email});
        return c;
    }

    QString addContact(const QString& first, const QString& last, const QString& email = QString())
    {
        auto c = store->createContact(person(first, last, email));
        EXPECT_TRUE(c.ok()) << c.message().toStdString();
        return c ? c->id : QString();
    }

    baza::domain::Pipeline makePipeline()
    {
        baza::domain::Pipeline p;
        p.name = QStringLiteral("Sprzedaż");
        p.stages = {baza::domain::Stage{{}, {}, QStringLiteral("Qualified"), 0, 25, 14},
                    baza::domain::Stage{{}, {}, QStringLiteral("Proposal"), 1, 50, 21}};
        auto created = store->createPipeline(p);
        EXPECT_TRUE(created.ok()) << created.message().toStdString();
        return created ? *created : p;
    }

    baza::test::TempDir dir;
    QString path;
    std::unique_ptr<baza::db::Database> db;
    std::unique_ptr<baza::store::Store> store;
};
