#pragma once

#include "core/db/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace baza::test {

// The passphrase every test database is created with.
QString testPassphrase();

// A fresh temporary folder per test, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// Creates an encrypted, migrated database at `path`; fails the test on error.
std::unique_ptr<db::Database> createDatabase(const QString& path,
                                             const QString& passphrase = testPassphrase());

// The whole file's bytes, for before/after comparisons.
QByteArray fileBytes(const QString& path);
QByteArray fileSha256(const QString& path);

} // namespace baza::test
