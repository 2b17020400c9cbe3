#include "StoreFixture.h"

#include "core/demo/DemoData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace baza;
using namespace baza::domain;

namespace {

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST_F(StoreFixture, UpdateLogsOnlyChangedFieldsWithOldAndNewValues)
{
    const QString id = addContact(QStringLiteral("Jan"), QStringLiteral("Kowalski"));
    auto c = store->contact(id);
    ASSERT_TRUE(c.ok());
    c->lifecycle = Lifecycle::Qualified;
    c->title = QStringLiteral("Prezes");
    ASSERT_TRUE(store->updateContact(*c).ok());
    // Saving the same values again changes nothing and logs nothing.
    const qint64 before = scalar(db->connection(), QStringLiteral("SELECT count(*) FROM changes"));
    ASSERT_TRUE(store->updateContact(*store->contact(id)).ok());
    const qint64 after = scalar(db->connection(), QStringLiteral("SELECT count(*) FROM changes"));
    EXPECT_EQ(after - before, 0); // not even updated_at moves

    auto history = store->history(QStringLiteral("contact"), id);
    ASSERT_TRUE(history.ok());
    const auto lifecycle = std::find_if(history->begin(), history->end(), [](const auto& e) {
        return e.field == QLatin1String("lifecycle") && e.op == QLatin1String("update");
    });
    ASSERT_NE(lifecycle, history->end());
    EXPECT_EQ(lifecycle->oldValue.toString(), QStringLiteral("lead"));
    EXPECT_EQ(lifecycle->newValue.toString(), QStringLiteral("qualified"));
    EXPECT_EQ(lifecycle->label, QStringLiteral("Edit contact"));
    EXPECT_EQ(lifecycle->userName, store->profile().name);
    EXPECT_EQ(lifecycle->deviceId, store->deviceId());
    EXPECT_FALSE(lifecycle->hlc.isEmpty());
}

TEST_F(StoreFixture, EveryEntryOfOneCommandSharesItsHlcAndCommandsAreOrdered)
{
    addContact(QStringLiteral("A"), QStringLiteral("B"));
    addContact(QStringLiteral("C"), QStringLiteral("D"));
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT command_id, count(DISTINCT hlc) FROM changes GROUP BY command_id")));
    int commands = 0;
    while (q.next()) {
        EXPECT_EQ(q.value(1).toInt(), 1);
        ++commands;
    }
    EXPECT_GE(commands, 3); // profile + two contacts
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT hlc FROM commands ORDER BY rowid")));
    QString prev;
    while (q.next()) {
        EXPECT_LT(prev, q.value(0).toString());
        prev = q.value(0).toString();
    }
}

TEST_F(StoreFixture, UndoCreateUpdateAndDelete)
{
    const QString id = addContact(QStringLiteral("Anna"), QStringLiteral("Zielińska"));
    auto c = *store->contact(id);
    c.lastName = QStringLiteral("Kowalska");
    ASSERT_TRUE(store->updateContact(c).ok());

    auto undone = store->undoLast();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(*undone, QStringLiteral("Edit contact"));
    EXPECT_EQ(store->contact(id)->lastName, QStringLiteral("Zielińska"));
    EXPECT_EQ(store->search(QStringLiteral("zielinska"))->size(), 1);
    EXPECT_TRUE(store->search(QStringLiteral("kowalska"))->isEmpty());

    undone = store->undoLast();
    ASSERT_TRUE(undone.ok());
    EXPECT_EQ(*undone, QStringLiteral("Create contact"));
    EXPECT_EQ(store->contact(id).code(), ErrorCode::NotFound);
    EXPECT_TRUE(store->search(QStringLiteral("zielinska"))->isEmpty());
    EXPECT_EQ(store->undoLast().code(), ErrorCode::NotFound);
}

TEST_F(StoreFixture, UndoDeleteRestoresContactConsentsAndLinks)
{
    const Pipeline p = makePipeline();
    const QString id = addContact(QStringLiteral("Maria"), QStringLiteral("Wójcik"),
                                  QStringLiteral("maria@wojcik.pl"));
    Consent consent{{},
                    id,
                    QStringLiteral("email"),
                    QStringLiteral("newsletter"),
                    QStringLiteral("granted"),
                    QDateTime::currentDateTimeUtc(),
                    QStringLiteral("web form")};
    ASSERT_TRUE(store->addConsent(consent).ok());
    Deal d;
    d.title = QStringLiteral("Oferta");
    d.pipelineId = p.id;
    d.stageId = p.stages.first().id;
    d.contactId = id;
    auto deal = store->createDeal(d);
    ASSERT_TRUE(deal.ok());

    ASSERT_TRUE(store->deleteContact(id).ok());
    EXPECT_EQ(store->contact(id).code(), ErrorCode::NotFound);
    EXPECT_TRUE(store->deal(deal->id)->contactId.isEmpty());
    EXPECT_TRUE(store->consents(id)->isEmpty());

    ASSERT_TRUE(store->undoLast().ok());
    auto back = store->contact(id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->emails.first().address, QStringLiteral("maria@wojcik.pl"));
    EXPECT_EQ(store->deal(deal->id)->contactId, id);
    ASSERT_EQ(store->consents(id)->size(), 1);
    EXPECT_EQ(store->consents(id)->first().purpose, QStringLiteral("newsletter"));
    EXPECT_EQ(store->search(QStringLiteral("wojcik"))->size(), 2); // contact + deal
    EXPECT_TRUE(db->verify().ok());
}

TEST_F(StoreFixture, UndoIsItselfLoggedAndNotUndoneTwice)
{
    const QString id = addContact(QStringLiteral("Piotr"), QStringLiteral("Mazur"));
    ASSERT_TRUE(store->undoLast().ok());
    const qint64 undoCommands =
        scalar(db->connection(),
               QStringLiteral("SELECT count(*) FROM commands WHERE undo_of IS NOT NULL"));
    EXPECT_EQ(undoCommands, 1);
    auto history = store->history(QStringLiteral("contact"), id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().op, QStringLiteral("delete"));
    EXPECT_EQ(history->last().label, QStringLiteral("Undo"));
}

TEST_F(StoreFixture, UndoBatchRemovesAWholeImport)
{
    const QString keep = addContact(QStringLiteral("Stały"), QStringLiteral("Klient"));
    demo::DemoData data(3);
    ASSERT_TRUE(data.populate(*store, 120).ok());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT batch_id FROM commands "
                                      "WHERE batch_id IS NOT NULL")));
    ASSERT_TRUE(q.next());
    const QString batch = q.value(0).toString();
    EXPECT_FALSE(q.next());
    q.finish();
    EXPECT_EQ(store->counts()->contacts, 121);

    ASSERT_TRUE(store->undoBatch(batch).ok());
    auto counts = store->counts();
    EXPECT_EQ(counts->contacts, 1);
    EXPECT_EQ(counts->companies, 0);
    EXPECT_EQ(counts->deals, 0);
    EXPECT_EQ(counts->activities, 0);
    EXPECT_EQ(counts->tasks, 0);
    EXPECT_TRUE(store->contact(keep).ok());
    EXPECT_EQ(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM search_docs")), 1);
    EXPECT_EQ(store->undoBatch(batch).code(), ErrorCode::NotFound);
    EXPECT_TRUE(db->verify().ok());
}

// The compact change-log form is written by hand: every value survives the trip through it,
// and the text is JSON any parser reads (the server and older desktops parse it).
TEST(CompactFields, ValuesSurviveTheRoundTripAndTheTextIsJson)
{
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls += QChar(c);
    const QVariantMap fields{
        {QStringLiteral("a_quote"), QStringLiteral("Say \"hi\" \\ and / bye")},
        {QStringLiteral("b_lines"), QStringLiteral("line 1\r\nline 2\tend")},
        {QStringLiteral("c_controls"), controls},
        {QStringLiteral("d_text"), QStringLiteral("Zażółć gęślą jaźń · Съешь ещё 😀")},
        {QStringLiteral("e_int"), qlonglong(-9007199254740)},
        {QStringLiteral("f_bool"), true},
        {QStringLiteral("g_double"), 0.1},
        {QStringLiteral("h_null"), QVariant()},
        {QStringLiteral("j_blank"), QStringLiteral("")},
        {QStringLiteral("ключ \"k\""), QStringLiteral("v")},
    };
    const QString text = store::compactFields(fields);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    ASSERT_TRUE(doc.isObject());
    const QJsonObject o = doc.object();
    EXPECT_FALSE(o.contains(QStringLiteral("h_null"))); // nulls are left out
    EXPECT_EQ(o.value(QStringLiteral("e_int")).toInteger(), -9007199254740);
    EXPECT_EQ(o.value(QStringLiteral("g_double")).toDouble(), 0.1);
    EXPECT_EQ(o.value(QStringLiteral("c_controls")).toString(), controls);

    const QVariantMap back = store::fieldsFromCompact(text);
    EXPECT_EQ(back.size(), fields.size() - 1);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        SCOPED_TRACE(it.key().toStdString());
        ASSERT_TRUE(back.contains(it.key()));
        EXPECT_TRUE(store::sameValue(back.value(it.key()), it.value()))
            << back.value(it.key()).toString().toStdString();
    }
    EXPECT_EQ(store::compactFields({}), QStringLiteral("{}"));
}
