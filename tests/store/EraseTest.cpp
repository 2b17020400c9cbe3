#include "StoreFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace baza;
using namespace baza::domain;

namespace {

// Decrypts the database into a plaintext copy, page for page of the live data, so a test can
// look for leftovers in every table, index and FTS segment.
QByteArray plaintextImage(QSqlDatabase db, const QString& target)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(target)));
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT sqlcipher_export('plain')")));
    q.finish();
    EXPECT_TRUE(q.exec(QStringLiteral("DETACH DATABASE plain")));
    QFile f(target);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    QFile::remove(target);
    return bytes;
}

} // namespace

TEST_F(StoreFixture, EraseRemovesEveryTraceOfThePerson)
{
    const QByteArray marker = "Zygfryd-Xq7Marker";
    const QByteArray markerEmail = "zygfryd.xq7@erase-me.pl";
    Contact c = person(QString::fromUtf8(marker), QStringLiteral("Żółtowski"),
                       QString::fromLatin1(markerEmail));
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+48 600 111 222")}};
    c.tags = {QStringLiteral("vip")};
    auto created = store->createContact(c);
    ASSERT_TRUE(created.ok());
    const QString id = created->id;
    const QString other = addContact(QStringLiteral("Inny"), QStringLiteral("Klient"));
    // Edits leave old values in the change log; erasure must scrub those too.
    auto edited = *store->contact(id);
    edited.title = QStringLiteral("Xq7-title-marker");
    ASSERT_TRUE(store->updateContact(edited).ok());
    Activity note;
    note.kind = ActivityKind::Note;
    note.body = QStringLiteral("Xq7-note-marker: prefers calls after 5pm");
    note.contactId = id;
    ASSERT_TRUE(store->logActivity(note).ok());
    ASSERT_TRUE(store
                    ->addConsent(Consent{{},
                                         id,
                                         QStringLiteral("email"),
                                         QStringLiteral("x"),
                                         QStringLiteral("granted"),
                                         QDateTime::currentDateTimeUtc(),
                                         QStringLiteral("Xq7-consent-source")})
                    .ok());

    // The check can fail: before erasure the plaintext image holds the markers.
    const QString imagePath = dir.path(QStringLiteral("plain.db"));
    const QByteArray before = plaintextImage(db->connection(), imagePath);
    ASSERT_TRUE(before.contains(marker));
    ASSERT_TRUE(before.contains("Xq7-note-marker"));

    const Status s = store->eraseContact(id);
    ASSERT_TRUE(s.ok()) << s.message().toStdString();
    EXPECT_EQ(store->contact(id).code(), ErrorCode::NotFound);
    EXPECT_TRUE(store->search(QString::fromUtf8(marker))->isEmpty());
    EXPECT_TRUE(store->search(QStringLiteral("600 111"))->isEmpty());
    EXPECT_TRUE(store->contact(other).ok());
    EXPECT_EQ(store->undoLast().code(), ErrorCode::Conflict); // an erasure cannot be undone

    const QByteArray after = plaintextImage(db->connection(), imagePath);
    for (const QByteArray& m :
         {marker, markerEmail, QByteArray("Xq7-title-marker"), QByteArray("Xq7-note-marker"),
          QByteArray("Xq7-consent-source"), QByteArray("600111222"), QByteArray("zoltowski"),
          QString::fromUtf8("Żółtowski").toUtf8()}) {
        EXPECT_FALSE(after.contains(m)) << m.toStdString();
    }
    EXPECT_TRUE(after.contains("Inny"));
    // The erasure itself is logged (peers must erase too), without values.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE op = 'erase'")));
    ASSERT_TRUE(q.next());
    EXPECT_GE(q.value(0).toInt(), 3); // contact, note, consent
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA freelist_count")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    EXPECT_TRUE(db->verify().ok());
}
