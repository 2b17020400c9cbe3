#pragma once

#include <QString>

namespace baza::test {

// A certificate authority made on the fly with the openssl tool, and a server certificate it
// signed for localhost / 127.0.0.1. Files live in `dir`.
struct TestCa
{
    QString caCert;
    QString serverCert;
    QString serverKey;

    // Empty on success, else what went wrong.
    QString create(const QString& dir);
};

// A self-signed certificate for localhost / 127.0.0.1 (no CA vouches for it), written to
// `dir`/`name`.crt and .key. Empty on success, else what went wrong.
QString createSelfSigned(const QString& dir, const QString& name, QString* cert, QString* key);

} // namespace baza::test
