#pragma once

#include "ServerFixture.h"

#include "core/common/Uuid.h"
#include "core/sync/Protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <gtest/gtest.h>

namespace baza::test {

// One PostgreSQL cluster and one baza-server for the whole test program (starting them takes
// a few seconds); every test works in an organization of its own, so tests stay independent.
inline ServerFixture*& sharedServerSlot()
{
    static ServerFixture* fixture = nullptr;
    return fixture;
}

inline ServerFixture& sharedServer()
{
    ServerFixture*& f = sharedServerSlot();
    if (!f) {
        f = new ServerFixture;
        const QString err = f->start();
        if (!err.isEmpty()) {
            ADD_FAILURE() << "server fixture: " << err.toStdString();
            std::abort();
        }
    }
    return *f;
}

// Stops the shared cluster and server when the test program ends (registered by each test
// file; the first teardown does the work).
class SharedServerTeardown : public ::testing::Environment
{
public:
    void TearDown() override
    {
        delete sharedServerSlot();
        sharedServerSlot() = nullptr;
    }
};

inline QString uniqueOrg()
{
    return QStringLiteral("org-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

inline QString newId()
{
    return baza::newUuidV7();
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// POST /api/v1/push with the given changes.
inline HttpReply push(ApiClient& c, const QString& device, const QJsonArray& changes)
{
    return c.post(QStringLiteral("/api/v1/push"),
                  {{QStringLiteral("device"), device}, {QStringLiteral("changes"), changes}});
}

inline HttpReply pull(ApiClient& c, qint64 cursor, int limit = 2000)
{
    return c.get(QStringLiteral("/api/v1/pull?cursor=%1&limit=%2").arg(cursor).arg(limit));
}

// Every change visible to `c` from cursor 0, following pages.
inline QJsonArray pullAll(ApiClient& c, qint64* cursorOut = nullptr, int limit = 2000)
{
    QJsonArray all;
    qint64 cursor = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        HttpReply r = pull(c, cursor, limit);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        if (r.status != 200)
            break;
        // Every page must be one the desktop's own codec accepts.
        auto decoded = baza::sync::decodePullResponse(r.body);
        EXPECT_TRUE(decoded.ok()) << decoded.message().toStdString() << r.body.toStdString();
        for (const QJsonValue& v : r.json.value(QLatin1String("changes")).toArray())
            all.append(v);
        cursor = r.json.value(QLatin1String("cursor")).toInteger();
        if (!r.json.value(QLatin1String("more")).toBool())
            break;
    }
    if (cursorOut)
        *cursorOut = cursor;
    return all;
}

inline QJsonObject resultAt(const HttpReply& r, int i)
{
    return r.json.value(QLatin1String("results")).toArray().at(i).toObject();
}

inline QString statusAt(const HttpReply& r, int i)
{
    return resultAt(r, i).value(QLatin1String("status")).toString();
}

} // namespace baza::test
