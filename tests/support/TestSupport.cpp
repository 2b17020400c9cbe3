#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

namespace baza::test {

QString testPassphrase()
{
    return QStringLiteral("correct horse battery staple — zażółć gęślą jaźń");
}

TempDir::TempDir()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<db::Database> createDatabase(const QString& path, const QString& passphrase)
{
    auto created = db::Database::create(path, passphrase);
    EXPECT_TRUE(created.ok()) << created.message().toStdString();
    if (!created)
        return nullptr;
    return std::move(*created);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileSha256(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

} // namespace baza::test
