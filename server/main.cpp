// baza-server: the team sync server. Commands: init, add-user, set-role, disable-user, serve.
#include "server/Accounts.h"
#include "server/HttpApi.h"
#include "server/Log.h"
#include "server/Schema.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <string>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace baza;
using namespace baza::server;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza-server", text);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "baza-server: %s\n", message.toLocal8Bit().constData());
    return 1;
}

void usage()
{
    std::fputs(tr("Usage: baza-server COMMAND --config FILE [options]\n"
                  "\n"
                  "Commands:\n"
                  "  init                      create or upgrade the schema (idempotent)\n"
                  "  add-user --org ORG --login LOGIN --name NAME --role ROLE [--email EMAIL]\n"
                  "                            password from BAZA_USER_PASSWORD or a prompt;\n"
                  "                            the organization is created when new\n"
                  "  set-role --org ORG --login LOGIN --role ROLE\n"
                  "  disable-user --org ORG --login LOGIN   (also revokes its sessions)\n"
                  "  serve                     run the HTTPS service\n"
                  "\n"
                  "Roles: admin, manager, sales. See docs/server.md.\n")
                   .toLocal8Bit()
                   .constData(),
               stdout);
}

// --key value pairs after the command.
bool parseOptions(const QStringList& args, QHash<QString, QString>* out, QString* error)
{
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || i + 1 >= args.size()) {
            *error = tr("unexpected argument \"%1\"").arg(a);
            return false;
        }
        if (a == QLatin1String("--password")) {
            *error = tr("passwords are never passed on the command line; use "
                        "BAZA_USER_PASSWORD or the prompt");
            return false;
        }
        out->insert(a.mid(2), args.at(++i));
    }
    return true;
}

// Reads a line from the terminal without echo.
QByteArray promptSecret(const char* prompt)
{
    std::fputs(prompt, stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    QByteArray secret = QByteArray::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

Result<QByteArray> newUserPassword()
{
    if (qEnvironmentVariableIsSet("BAZA_USER_PASSWORD"))
        return qgetenv("BAZA_USER_PASSWORD");
    const QByteArray a = promptSecret("Password for the new user: ");
    const QByteArray b = promptSecret("Repeat the password: ");
    if (a != b)
        return Error::make(ErrorCode::Usage, tr("The passwords do not match."));
    return a;
}

int serve(const ServerConfig& config)
{
    // SIGTERM/SIGINT are taken by a thread with sigwait: stopping from a real signal handler
    // would not be async-signal-safe.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    PgPool pool(config.database, config.dbConnections);
    {
        auto lease = pool.acquire();
        if (!lease)
            return fail(lease.message());
        auto v = schemaVersion(**lease);
        if (!v)
            return fail(v.message());
        if (*v != ServerSchemaVersion)
            return fail(tr("The database has schema version %1, this server needs %2: run "
                           "baza-server init --config FILE.")
                            .arg(*v)
                            .arg(ServerSchemaVersion));
    }
    HttpApi api(config, pool);
    if (Status s = api.bind(); !s)
        return fail(s.message());
    std::thread waiter([&api, set] {
        int sig = 0;
        sigwait(&set, &sig);
        logEvent("info", QStringLiteral("stopping"), {{QStringLiteral("signal"), sig}});
        api.stop();
    });
    logEvent("info", QStringLiteral("listening"),
             {{QStringLiteral("address"), config.listen},
              {QStringLiteral("port"), api.port()},
              {QStringLiteral("tls"), config.tls}});
    api.run();
    pthread_kill(waiter.native_handle(), SIGTERM); // wake the waiter if run() ended by itself
    waiter.join();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("help") ||
        args.at(1) == QLatin1String("--help")) {
        usage();
        return args.size() < 2 ? 1 : 0;
    }
    const QString cmd = args.at(1);
    QHash<QString, QString> opt;
    QString error;
    if (!parseOptions(args, &opt, &error))
        return fail(error);
    if (!opt.contains(QStringLiteral("config")))
        return fail(tr("--config FILE is required"));
    auto config = ServerConfig::load(opt.value(QStringLiteral("config")));
    if (!config)
        return fail(config.message());
    if (cmd == QLatin1String("serve"))
        return serve(*config);

    auto conn = PgConnection::connect(config->database);
    if (!conn)
        return fail(conn.message());
    PgConnection& c = **conn;
    auto need = [&](const char* key) {
        if (!opt.contains(QLatin1String(key))) {
            error = tr("--%1 is required").arg(QLatin1String(key));
            return false;
        }
        return true;
    };
    Role role = Role::Sales;
    if (opt.contains(QStringLiteral("role")) &&
        !parseRole(opt.value(QStringLiteral("role")), &role))
        return fail(tr("--role must be admin, manager or sales"));

    if (cmd == QLatin1String("init")) {
        auto v = initSchema(c);
        if (!v)
            return fail(v.message());
        std::printf("%s\n", tr("Schema is at version %1.").arg(*v).toLocal8Bit().constData());
        return 0;
    }
    if (cmd == QLatin1String("add-user")) {
        if (!need("org") || !need("login") || !need("name") || !need("role"))
            return fail(error);
        auto password = newUserPassword();
        if (!password)
            return fail(password.message());
        auto id = Accounts::addUser(
            c, opt.value(QStringLiteral("org")), opt.value(QStringLiteral("login")),
            opt.value(QStringLiteral("name")), opt.value(QStringLiteral("email")), role, *password);
        if (!id)
            return fail(id.message());
        std::printf("%s\n", id->toLocal8Bit().constData());
        return 0;
    }
    if (cmd == QLatin1String("set-role")) {
        if (!need("org") || !need("login") || !need("role"))
            return fail(error);
        if (Status s = Accounts::setRole(c, opt.value(QStringLiteral("org")),
                                         opt.value(QStringLiteral("login")), role);
            !s)
            return fail(s.message());
        return 0;
    }
    if (cmd == QLatin1String("disable-user")) {
        if (!need("org") || !need("login"))
            return fail(error);
        if (Status s = Accounts::disableUser(c, opt.value(QStringLiteral("org")),
                                             opt.value(QStringLiteral("login")));
            !s)
            return fail(s.message());
        return 0;
    }
    usage();
    return fail(tr("unknown command \"%1\"").arg(cmd));
}
