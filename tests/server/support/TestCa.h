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

} // namespace baza::test
