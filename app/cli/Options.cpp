#include "app/cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

namespace baza::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("baza::cli", text);
}
} // namespace

QString usageText()
{
    return tr(
        "Usage: baza-cli --db FILE [--passphrase-file FILE] [--json] COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  init                         create a new encrypted database\n"
        "  info [--json]                counts, schema version, cipher parameters\n"
        "  rekey                        change the passphrase (new one from\n"
        "                               BAZA_NEW_PASSPHRASE, --new-passphrase-file or a prompt)\n"
        "  backup FILE                  write an encrypted backup (same passphrase)\n"
        "  restore FILE                 replace the database with a backup\n"
        "  verify                       run the integrity check\n"
        "  demo --contacts N            create (if needed) and fill with sample data\n"
        "  search TEXT [--limit N]      search contacts, companies and deals\n"
        "  add contact --first NAME --last NAME [--email E]... [--phone P]...\n"
        "              [--company NAME] [--title T] [--tag T]...\n"
        "  history ENTITY ID            the change history of a record\n"
        "  undo                         undo the last command\n"
        "  erase contact ID             erase a person completely (GDPR)\n"
        "  key                          print the raw key for the emergency path\n"
        "  import contacts|companies|deals FILE [--preset auto|google|outlook|hubspot|\n"
        "         pipedrive] [--mapping FILE] [--encoding auto|NAME] [--delimiter auto|CHAR]\n"
        "         [--on-duplicate skip|fill|overwrite|create] [--strict] [--dry-run]\n"
        "         [--report FILE]         import CSV or vCard (docs/import.md)\n"
        "  import list                  past imports with their batch ids\n"
        "  import undo BATCH            undo an import (hand-edited records are kept)\n"
        "  export contacts FILE [--format csv|vcard] [--profile excel|rfc4180]\n"
        "         [--vcard-version 3.0|4.0] [--segment NAME] [--purpose NAME]\n"
        "  duplicates                   groups of likely duplicate contacts\n"
        "  merge SURVIVOR OTHER         merge contact OTHER into SURVIVOR (undoable)\n"
        "  connect URL --user NAME --organization ORG [--trust-fingerprint SHA256]\n"
        "                               sign in to a team server (password from\n"
        "                               BAZA_SERVER_PASSWORD or a prompt)\n"
        "  sync [--json]                send and receive changes now\n"
        "  sync status                  server, pending changes, last sync\n"
        "  disconnect                   stop syncing (data stays here)\n"
        "\n"
        "The passphrase comes from BAZA_PASSPHRASE, --passphrase-file, or a prompt;\n"
        "never from the command line.\n"
        "Exit codes: 0 ok, 1 usage, 2 wrong passphrase or not a database, 3 other errors.\n");
}

bool parseOptions(const QStringList& argv, Options* options, QString* error)
{
    for (int i = 1; i < argv.size(); ++i) {
        const QString& a = argv.at(i);
        auto value = [&](QString* target) {
            if (i + 1 >= argv.size()) {
                *error = tr("%1 needs a value.").arg(a);
                return false;
            }
            *target = argv.at(++i);
            return true;
        };
        // Global options may come before or after the command.
        if (a == QLatin1String("--db")) {
            if (!value(&options->dbPath))
                return false;
        } else if (a == QLatin1String("--passphrase-file")) {
            if (!value(&options->passphraseFile))
                return false;
        } else if (a == QLatin1String("--new-passphrase-file")) {
            if (!value(&options->newPassphraseFile))
                return false;
        } else if (a == QLatin1String("--json")) {
            options->json = true;
        } else if (a == QLatin1String("--passphrase") ||
                   a.startsWith(QLatin1String("--passphrase="))) {
            *error = tr("Passphrases are never taken from the command line (other users can read "
                        "it). Use BAZA_PASSPHRASE, --passphrase-file or the prompt.");
            return false;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            options->command = QStringLiteral("help");
        } else if (a.startsWith(QLatin1Char('-')) && options->command.isEmpty()) {
            *error = tr("Unknown option %1.").arg(a);
            return false;
        } else if (options->command.isEmpty()) {
            options->command = a;
        } else {
            options->args << a;
        }
    }
    if (options->command.isEmpty()) {
        *error = tr("No command given.");
        return false;
    }
    if (options->command != QLatin1String("help") && options->dbPath.isEmpty()) {
        *error = tr("--db FILE is required.");
        return false;
    }
    return true;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return Ok;
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::NotEncrypted:
        return BadDatabase;
    default:
        return Failure;
    }
}

} // namespace baza::cli

namespace baza::cli {

void out(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
}

int fail(const Error& e)
{
    const QString where = e.field.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.field);
    std::fprintf(stderr, "baza-cli: %s%s\n", e.message.toUtf8().constData(),
                 where.toUtf8().constData());
    return exitCodeFor(e.code);
}

int usage(const QString& message)
{
    std::fprintf(stderr, "baza-cli: %s\n", message.toUtf8().constData());
    return Usage;
}

} // namespace baza::cli
