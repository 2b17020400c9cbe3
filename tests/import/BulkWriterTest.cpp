// The bulk writer's own machinery on a real SQLCipher database: duplicate fingerprints (with the
// database's contacts loaded and without), rows staged in memory and rows already written, the
// compact change-log entry it writes itself.
#include "../store/StoreFixture.h"

#include "core/store/BulkWriter.h"
#include "core/store/BulkWriterKeys.h"
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"

#include <QSqlQuery>

using namespace baza;
using namespace baza::store;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST(KeyIndex, KeepsTheFirstRecordAndGrows)
{
    KeyIndex index;
    for (qint64 i = 1; i <= 100000; ++i)
        index.insert(fingerprint(KeyKind::Email, QString::number(i)), i);
    EXPECT_EQ(index.size(), 100000);
    for (qint64 i = 1; i <= 100000; i += 997)
        EXPECT_EQ(index.find(fingerprint(KeyKind::Email, QString::number(i))), i);
    // The same text as another kind is another key; a second record keeps the first one.
    EXPECT_EQ(index.find(fingerprint(KeyKind::Phone, QStringLiteral("42"))), 0);
    index.insert(fingerprint(KeyKind::Email, QStringLiteral("42")), 7);
    EXPECT_EQ(index.find(fingerprint(KeyKind::Email, QStringLiteral("42"))), 42);
    EXPECT_NE(nameAtCompany(fingerprint(KeyKind::Name, QStringLiteral("a")), 1),
              nameAtCompany(fingerprint(KeyKind::Name, QStringLiteral("a")), 2));
}

// Run once with the database's contacts loaded into the fingerprints and once asking the
// database for every miss: both must find the same duplicates.
class BulkLookup : public StoreFixture, public ::testing::WithParamInterface<bool>
{
protected:
    PreparedContact prepared(const char* first, const char* last, const char* email,
                             const char* phone, const char* company)
    {
        domain::Contact c = person(s(first), s(last), s(email));
        if (*phone)
            c.phones.append({QStringLiteral("mobile"), s(phone)});
        return BulkWriter::prepareContact(c, s(company));
    }
    BulkWriter::CompanyRef companyRef(BulkWriter& w, const char* name)
    {
        domain::Company c;
        c.name = s(name);
        PreparedCompany p = BulkWriter::prepareCompany(c);
        auto found = w.findCompany(p);
        EXPECT_TRUE(found.ok());
        if (found && !found->id.isEmpty())
            return *found;
        auto created = w.insertCompany(p);
        EXPECT_TRUE(created.ok());
        return created ? *created : BulkWriter::CompanyRef{};
    }
};

TEST_P(BulkLookup, FindsDuplicatesInTheDatabaseStagedAndWritten)
{
    domain::Company mlyn;
    mlyn.name = s("Młyn Sp. z o.o.");
    const QString mlynId = store->createCompany(mlyn)->id;
    domain::Contact jan = person(s("Jan"), s("Kowalski"), s("jan@x.pl"));
    jan.phones.append({QStringLiteral("mobile"), s("+48501234567")});
    jan.companyId = mlynId;
    const QString janId = store->createContact(jan)->id;

    BulkWriter w(*store, QStringLiteral("Import test"));
    if (!GetParam())
        w.setPreloadLimit(0);
    ASSERT_TRUE(w.begin().ok());

    // The database's contact, by email, by phone, by name at the same (folded) company.
    const BulkWriter::CompanyRef company = companyRef(w, "MŁYN SP. Z O.O.");
    EXPECT_EQ(company.id, mlynId);
    auto m = w.findContact(prepared("X", "Y", "jan@x.pl", "", ""), {});
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->id, janId);
    EXPECT_FALSE(m->here);
    EXPECT_EQ(m->kind, s("email"));
    m = w.findContact(prepared("X", "Y", "", "+48501234567", ""), {});
    EXPECT_EQ(m->id, janId);
    EXPECT_EQ(m->kind, s("phone"));
    m = w.findContact(prepared("JAN", "kowalski", "", "", "Młyn"), company);
    EXPECT_EQ(m->id, janId);
    EXPECT_EQ(m->kind, s("name"));
    m = w.findContact(prepared("Jan", "Kowalski", "", "", ""), {}); // no company: not him
    EXPECT_TRUE(m->id.isEmpty());

    // A contact of this run while it waits in memory, and after it was written.
    PreparedContact anna = prepared("Anna", "Nowak", "anna@x.pl", "+48601234567", "Młyn");
    auto annaId = w.insertContact(anna, company);
    ASSERT_TRUE(annaId.ok()) << annaId.message().toStdString();
    for (const auto& probe :
         {prepared("A", "B", "ANNA@X.PL", "", ""), prepared("A", "B", "", "+48 601 234 567", ""),
          prepared("anna", "NOWAK", "", "", "Młyn")}) {
        m = w.findContact(probe, probe.companyName.isEmpty() ? BulkWriter::CompanyRef{} : company);
        ASSERT_TRUE(m.ok());
        EXPECT_EQ(m->id, *annaId);
        EXPECT_TRUE(m->here);
    }
    for (int i = 0; i < 700; ++i) { // more than one batch of staged rows
        PreparedContact p =
            BulkWriter::prepareContact(person(QStringLiteral("P%1").arg(i), QStringLiteral("Q"),
                                              QStringLiteral("p%1@x.pl").arg(i)),
                                       QString());
        ASSERT_TRUE(w.insertContact(p, {}).ok());
    }
    m = w.findContact(prepared("A", "B", "", "+48601234567", ""), {});
    EXPECT_EQ(m->id, *annaId);
    EXPECT_TRUE(m->here);
    m = w.findContact(prepared("A", "B", "p699@x.pl", "", ""), {});
    EXPECT_FALSE(m->id.isEmpty());
    EXPECT_TRUE(m->here);
    m = w.findContact(prepared("A", "B", "nobody@x.pl", "+48700000000", ""), {});
    EXPECT_TRUE(m->id.isEmpty());
    ASSERT_TRUE(w.commit().ok());
    EXPECT_EQ(store->counts()->contacts, 702);
    EXPECT_EQ(store->contact(*annaId)->companyId, mlynId);
}

INSTANTIATE_TEST_SUITE_P(Preload, BulkLookup, ::testing::Bool());

TEST_F(StoreFixture, BulkWriterLogsWhatItWrote)
{
    BulkWriter w(*store, QStringLiteral("Import test"));
    ASSERT_TRUE(w.begin().ok());
    domain::Company co;
    co.name = s("Zakład \"Pod Lipą\"");
    auto companyId = w.insertCompany(co);
    ASSERT_TRUE(companyId.ok());
    domain::Contact c = person(s("Łucja"), s("O'Brien \\ Ёлкина"), s("lucja@x.pl"));
    c.companyId = *companyId;
    c.tags << s("vip") << s("VIP") << s("targi 2024");
    c.custom.insert(QStringLiteral("notes"), s("Linia 1\nLinia 2\t\"cytat\"\x01"));
    auto id = w.insertContact(c);
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    ASSERT_TRUE(w.commit().ok());

    // One change row per record; its JSON gives back exactly the stored row.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT entity, op, field, new_value FROM changes "
                                      "WHERE entity_id = '%1'")
                           .arg(*id)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), s("insert"));
    EXPECT_TRUE(q.value(2).isNull());
    const QVariantMap logged = fieldsFromCompact(q.value(3));
    EXPECT_FALSE(q.next());
    auto row = readEntity(db->connection(), QStringLiteral("contact"), *id);
    ASSERT_TRUE(row.ok());
    QVariantMap stored;
    for (auto it = row->constBegin(); it != row->constEnd(); ++it) {
        if (!it.value().isNull() && it.key() != QLatin1String("private"))
            stored.insert(it.key(), it.value().toString());
    }
    EXPECT_EQ(logged, stored);
    EXPECT_EQ(logged.value(QStringLiteral("company_id")).toString(), *companyId);

    const domain::Contact back = *store->contact(*id);
    EXPECT_EQ(back.lastName, c.lastName);
    EXPECT_EQ(back.custom.value(QStringLiteral("notes")), c.custom.value(QStringLiteral("notes")));
    EXPECT_EQ(back.tags, (QStringList{s("vip"), s("VIP"), s("targi 2024")}));
    auto hits = store->search(s("ЕЛКИНА"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, *id);
    hits = store->search(s("lipa"));
    EXPECT_EQ(hits->size(), 2); // the company, and the contact by its company's name
}
