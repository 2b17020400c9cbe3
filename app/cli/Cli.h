#pragma once

#include "core/common/Result.h"

#include <QStringList>

namespace baza::cli {

enum ExitCode { Ok = 0, Usage = 1, BadDatabase = 2, Failure = 3 };

struct Options
{
    QString dbPath;
    QString passphraseFile;
    QString newPassphraseFile;
    bool json = false;
    QString command;
    QStringList args; // after the command, options included
};

// Parses argv; on a usage error returns false with `error` set.
bool parseOptions(const QStringList& argv, Options* options, QString* error);
QString usageText();
int run(const Options& options);

// The exit code that goes with an error.
int exitCodeFor(ErrorCode code);

} // namespace baza::cli
