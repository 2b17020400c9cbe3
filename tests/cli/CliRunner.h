#pragma once
// Runs baza-cli as a script would: a real process, the passphrase in the environment.

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace cli_test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args, const QString& passphrase = baza::test::testPassphrase(),
                  const QString& newPassphrase = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BAZA_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("BAZA_PASSPHRASE"), passphrase);
    if (!newPassphrase.isEmpty())
        env.insert(QStringLiteral("BAZA_NEW_PASSPHRASE"), newPassphrase);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(BAZA_CLI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace cli_test

using cli_test::cli;
using cli_test::CliRun;
