#pragma once

#include "core/common/Result.h"
#include "core/sync/Protocol.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace baza::sync {

// How to reach the server: its address, the session token, and the certificate trust.
struct Endpoint
{
    QUrl base;                 // https://crm.example.com (paths /api/v1/… are appended)
    QString token;             // empty before login
    QString pinnedFingerprint; // SHA-256 of a self-signed certificate the user confirmed
    QList<QSslCertificate> extraCaCertificates; // tests: the fixture's CA
    int timeoutMs = 30000;
    int protocolVersion = ProtocolVersion; // tests: pretend to be an older Baza
};

// SHA-256 of a certificate as people compare it: "AB:CD:…" (32 pairs).
QString certificateFingerprint(const QSslCertificate& cert);
// Accepts "AB:CD:…", "abcd…" or with spaces; returns the canonical form or "" when malformed.
QString normalizeFingerprint(const QString& text);

// One HTTPS request of the sync protocol: protocol header, bearer token, gzip both ways,
// certificate checks, a timeout, abort, and an error a person can read. Emits finished() once.
class SyncRequest final : public QObject
{
    Q_OBJECT
public:
    SyncRequest(QNetworkAccessManager* network, Endpoint endpoint, QByteArray verb, QString path,
                QByteArray body = {}, QObject* parent = nullptr);
    ~SyncRequest() override;

    void start();
    void abort();

    bool ok() const { return m_error.code == ErrorCode::Ok; }
    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    int httpStatus() const { return m_status; }
    const QByteArray& responseBody() const { return m_response; }
    // The certificate the server presented (SHA-256), when it was not trusted.
    QString presentedFingerprint() const { return m_presented; }

signals:
    void finished();

private:
    void onSslErrors(const QList<QSslError>& errors);
    void onEncrypted();
    void onFinished();
    void fail(Error e);
    static Error changedCertificate(const QString& pinned, const QString& presented);

    QNetworkAccessManager* m_network;
    Endpoint m_endpoint;
    QByteArray m_verb;
    QString m_path;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    Error m_error;
    int m_status = 0;
    QByteArray m_response;
    QString m_presented;
    bool m_done = false;
};

} // namespace baza::sync
