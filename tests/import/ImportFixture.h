#pragma once

// Imports of small files written by the test, on a fresh database whose phone region is PL.

#include "../store/StoreFixture.h"

#include "core/import/ImportJob.h"

#include <QFile>
#include <QSqlQuery>

namespace import_test {

inline QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

inline qint64 count(QSqlDatabase db, const char* sql)
{
    QSqlQuery q(db);
    return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace import_test

using import_test::count;
using import_test::s;
using namespace baza;
using namespace baza::import;

class ImportFixture : public StoreFixture
{
protected:
    QString write(const char* name, const char* utf8)
    {
        const QString p = dir.path(QString::fromUtf8(name));
        QFile f(p);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(utf8);
        return p;
    }

    Result<ImportSummary> import(const QString& file,
                                 DuplicatePolicy policy = DuplicatePolicy::Skip,
                                 bool strict = false, ImportEntity entity = ImportEntity::Contact)
    {
        ImportOptions o;
        o.path = file;
        o.entity = entity;
        o.policy = policy;
        o.strict = strict;
        ImportJob job(*db, o);
        return job.run();
    }

    domain::Contact byEmail(const char* email)
    {
        auto ids = store->contactsWithChannel(QStringLiteral("email"), s(email));
        EXPECT_TRUE(ids.ok() && ids->size() == 1) << email;
        if (!ids || ids->isEmpty())
            return {};
        return *store->contact(ids->first());
    }

    void SetUp() override
    {
        StoreFixture::SetUp();
        ASSERT_TRUE(store->setPhoneRegion(QStringLiteral("PL")).ok());
    }
};
