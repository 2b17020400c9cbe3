#include "app/cli/Cli.h"
#include "app/cli/Output.h"
#include "app/cli/Passphrase.h"

#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace baza::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::cli", text);
}

bool passphrase(const Options& o, bool confirm, QString* result, QString* error)
{
    return readPassphrase({QStringLiteral("BAZA_PASSPHRASE"), o.passphraseFile,
                           tr("Passphrase for %1: ").arg(o.dbPath), confirm},
                          result, error);
}

// Values of a repeatable option (--email a --email b).
QStringList optionValues(const QStringList& args, const QString& name)
{
    QStringList values;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == name)
            values << args.at(++i);
    }
    return values;
}

struct Session
{
    std::unique_ptr<db::Database> db;
    std::unique_ptr<store::Store> store;
};

Result<Session> openSession(const Options& o, bool withStore = true)
{
    QString pass;
    QString error;
    if (!passphrase(o, false, &pass, &error))
        return Error::make(ErrorCode::Usage, error);
    auto db = db::Database::open(o.dbPath, pass);
    pass.fill(QChar(0));
    if (!db)
        return db.error();
    Session s{std::move(*db), nullptr};
    if (withStore) {
        s.store = std::make_unique<store::Store>(*s.db);
        if (Status st = s.store->initialize(); !st)
            return st.error();
    }
    return s;
}

int cmdInit(const Options& o)
{
    QString pass;
    QString error;
    if (!passphrase(o, true, &pass, &error))
        return usage(error);
    auto db = db::Database::create(o.dbPath, pass);
    pass.fill(QChar(0));
    if (!db)
        return fail(db.error());
    store::Store store(**db);
    if (Status s = store.initialize(); !s)
        return fail(s.error());
    out(tr("Created %1 (encrypted, schema %2).").arg(o.dbPath).arg((*db)->schemaVersion()));
    return Ok;
}

int cmdInfo(const Options& o)
{
    auto s = openSession(o);
    if (!s)
        return fail(s.error());
    const db::CipherInfo info = s->db->cipherInfo();
    auto counts = s->store->counts();
    if (!counts)
        return fail(counts.error());
    if (o.json) {
        QJsonObject j{{QStringLiteral("path"), QFileInfo(o.dbPath).absoluteFilePath()},
                      {QStringLiteral("schemaVersion"), info.schemaVersion},
                      {QStringLiteral("cipherVersion"), info.cipherVersion},
                      {QStringLiteral("sqliteVersion"), info.sqliteVersion},
                      {QStringLiteral("cipherPageSize"), info.cipherPageSize},
                      {QStringLiteral("hmac"), info.hmac},
                      {QStringLiteral("kdf"), info.kdf},
                      {QStringLiteral("journalMode"), info.journalMode},
                      {QStringLiteral("counts"),
                       QJsonObject{{QStringLiteral("contacts"), counts->contacts},
                                   {QStringLiteral("companies"), counts->companies},
                                   {QStringLiteral("deals"), counts->deals},
                                   {QStringLiteral("activities"), counts->activities},
                                   {QStringLiteral("tasks"), counts->tasks},
                                   {QStringLiteral("changes"), counts->changes}}}};
        out(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    out(tr("Database:       %1").arg(QFileInfo(o.dbPath).absoluteFilePath()));
    out(tr("Schema version: %1").arg(info.schemaVersion));
    out(tr("Cipher:         SQLCipher %1 (SQLite %2), page size %3, HMAC %4")
            .arg(info.cipherVersion, info.sqliteVersion)
            .arg(info.cipherPageSize)
            .arg(info.hmac ? tr("on") : tr("off")));
    out(tr("Key derivation: %1").arg(info.kdf));
    out(tr("Journal:        %1").arg(info.journalMode));
    out(tr("Contacts: %1  Companies: %2  Deals: %3  Activities: %4  Tasks: %5  Changes: %6")
            .arg(counts->contacts)
            .arg(counts->companies)
            .arg(counts->deals)
            .arg(counts->activities)
            .arg(counts->tasks)
            .arg(counts->changes));
    return Ok;
}

int cmdRekey(const Options& o)
{
    auto s = openSession(o, false);
    if (!s)
        return fail(s.error());
    QString next;
    QString error;
    if (!readPassphrase({QStringLiteral("BAZA_NEW_PASSPHRASE"), o.newPassphraseFile,
                         tr("New passphrase: "), true},
                        &next, &error))
        return usage(error);
    Status st = s->db->changePassphrase(next);
    next.fill(QChar(0));
    if (!st)
        return fail(st.error());
    out(tr("The passphrase of %1 was changed.").arg(o.dbPath));
    return Ok;
}

int cmdBackup(const Options& o)
{
    if (o.args.size() != 1)
        return usage(tr("backup needs exactly one FILE."));
    auto s = openSession(o, false);
    if (!s)
        return fail(s.error());
    if (Status st = s->db->backupTo(o.args.first()); !st)
        return fail(st.error());
    out(tr("Backup written to %1 (encrypted with the same passphrase).").arg(o.args.first()));
    return Ok;
}

int cmdRestore(const Options& o)
{
    if (o.args.size() != 1)
        return usage(tr("restore needs exactly one FILE."));
    QString pass;
    QString error;
    if (!passphrase(o, false, &pass, &error))
        return usage(error);
    Status st = db::Database::restore(o.args.first(), o.dbPath, pass);
    pass.fill(QChar(0));
    if (!st)
        return fail(st.error());
    out(tr("%1 was restored from %2.").arg(o.dbPath, o.args.first()));
    return Ok;
}

int cmdVerify(const Options& o)
{
    auto s = openSession(o, false);
    if (!s)
        return fail(s.error());
    if (Status st = s->db->verify(); !st)
        return fail(st.error());
    out(tr("%1: encryption on, integrity check passed.").arg(o.dbPath));
    return Ok;
}

int cmdDemo(const Options& o)
{
    bool ok = false;
    const int contacts = optionValues(o.args, QStringLiteral("--contacts")).value(0).toInt(&ok);
    if (!ok || contacts < 0)
        return usage(tr("demo needs --contacts N."));
    if (!QFileInfo::exists(o.dbPath)) {
        if (int rc = cmdInit(o); rc != Ok)
            return rc;
    }
    auto s = openSession(o);
    if (!s)
        return fail(s.error());
    QElapsedTimer timer;
    timer.start();
    demo::DemoData data;
    if (Status st = data.populate(*s->store, contacts); !st)
        return fail(st.error());
    out(tr("Added %1 demo contacts in %2 s.")
            .arg(contacts)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Ok;
}

int cmdSearch(const Options& o)
{
    QStringList words;
    int limit = 20;
    for (int i = 0; i < o.args.size(); ++i) {
        if (o.args.at(i) == QLatin1String("--limit") && i + 1 < o.args.size())
            limit = o.args.at(++i).toInt();
        else
            words << o.args.at(i);
    }
    if (words.isEmpty())
        return usage(tr("search needs TEXT."));
    auto s = openSession(o);
    if (!s)
        return fail(s.error());
    auto hits = s->store->search(words.join(QLatin1Char(' ')), limit);
    if (!hits)
        return fail(hits.error());
    QJsonArray array;
    for (const store::SearchResult& h : std::as_const(*hits)) {
        if (o.json)
            array.append(QJsonObject{{QStringLiteral("entity"), h.entity},
                                     {QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("subtitle"), h.subtitle}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(h.entity, h.id, h.title, h.subtitle));
    }
    if (o.json)
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return Ok;
}

} // namespace

int cmdAdd(const Options& o, store::Store& store);
int cmdHistory(const Options& o, store::Store& store);
int cmdErase(const Options& o, store::Store& store);
int cmdKey(const Options& o, db::Database& db);
int cmdConnect(const Options& o, store::Store& store);
int cmdSync(const Options& o, store::Store& store);
int cmdDisconnect(const Options& o, store::Store& store);
int cmdImport(const Options& o, db::Database& database, store::Store& store);
int cmdExport(const Options& o, store::Store& store);
int cmdDuplicates(const Options& o, store::Store& store);
int cmdMerge(const Options& o, store::Store& store);

int run(const Options& o)
{
    const QString& c = o.command;
    if (c == QLatin1String("help")) {
        std::fputs(usageText().toUtf8().constData(), stdout);
        return Ok;
    }
    if (c == QLatin1String("init"))
        return cmdInit(o);
    if (c == QLatin1String("info"))
        return cmdInfo(o);
    if (c == QLatin1String("rekey"))
        return cmdRekey(o);
    if (c == QLatin1String("backup"))
        return cmdBackup(o);
    if (c == QLatin1String("restore"))
        return cmdRestore(o);
    if (c == QLatin1String("verify"))
        return cmdVerify(o);
    if (c == QLatin1String("demo"))
        return cmdDemo(o);
    if (c == QLatin1String("search"))
        return cmdSearch(o);
    const QStringList storeCommands{
        QStringLiteral("add"),     QStringLiteral("history"),    QStringLiteral("undo"),
        QStringLiteral("erase"),   QStringLiteral("key"),        QStringLiteral("import"),
        QStringLiteral("export"),  QStringLiteral("duplicates"), QStringLiteral("merge"),
        QStringLiteral("connect"), QStringLiteral("sync"),       QStringLiteral("disconnect")};
    if (!storeCommands.contains(c))
        return usage(tr("Unknown command %1.").arg(c));
    auto s = openSession(o);
    if (!s)
        return fail(s.error());
    if (c == QLatin1String("add"))
        return cmdAdd(o, *s->store);
    if (c == QLatin1String("history"))
        return cmdHistory(o, *s->store);
    if (c == QLatin1String("erase"))
        return cmdErase(o, *s->store);
    if (c == QLatin1String("key"))
        return cmdKey(o, *s->db);
    if (c == QLatin1String("import"))
        return cmdImport(o, *s->db, *s->store);
    if (c == QLatin1String("export"))
        return cmdExport(o, *s->store);
    if (c == QLatin1String("duplicates"))
        return cmdDuplicates(o, *s->store);
    if (c == QLatin1String("merge"))
        return cmdMerge(o, *s->store);
    if (c == QLatin1String("connect"))
        return cmdConnect(o, *s->store);
    if (c == QLatin1String("sync"))
        return cmdSync(o, *s->store);
    if (c == QLatin1String("disconnect"))
        return cmdDisconnect(o, *s->store);
    auto undone = s->store->undoLast();
    if (!undone)
        return fail(undone.error());
    out(tr("Undone: %1").arg(*undone));
    return Ok;
}

} // namespace baza::cli
