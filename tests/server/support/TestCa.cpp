#include "TestCa.h"

#include <QFile>
#include <QProcess>

namespace baza::test {

namespace {

QString openssl(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000))
        return QStringLiteral("cannot run openssl (install the openssl package)");
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(args.value(0), QString::fromLocal8Bit(p.readAll()));
    return {};
}

} // namespace

QString TestCa::create(const QString& dir)
{
    caCert = dir + QStringLiteral("/ca.crt");
    serverCert = dir + QStringLiteral("/server.crt");
    serverKey = dir + QStringLiteral("/server.key");
    const QString caKey = dir + QStringLiteral("/ca.key");
    const QString csr = dir + QStringLiteral("/server.csr");
    const QString ext = dir + QStringLiteral("/server.ext");
    QFile e(ext);
    if (!e.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(ext);
    e.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
            "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    e.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    if (QString err =
            openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                    QStringList{QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caCert,
                                QStringLiteral("-subj"), QStringLiteral("/CN=Baza Test CA"),
                                QStringLiteral("-days"), QStringLiteral("2")});
        !err.isEmpty())
        return err;
    if (QString err =
            openssl(QStringList{QStringLiteral("req")} + ec +
                    QStringList{QStringLiteral("-keyout"), serverKey, QStringLiteral("-out"), csr,
                                QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        !err.isEmpty())
        return err;
    return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"), caKey,
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), serverCert,
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext});
}

QString createSelfSigned(const QString& dir, const QString& name, QString* cert, QString* key)
{
    *cert = dir + QLatin1Char('/') + name + QStringLiteral(".crt");
    *key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert,
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
}

} // namespace baza::test
