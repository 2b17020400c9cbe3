#include "core/sync/SyncRequest.h"

#include "core/sync/Gzip.h"
#include "core/sync/Protocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>

namespace baza::sync {

namespace {

bool onlyTrustErrors(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch: // self-signed certificates often name another host
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace

QString certificateFingerprint(const QSslCertificate& cert)
{
    const QByteArray hex = cert.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString normalizeFingerprint(const QString& text)
{
    QString hex = text.toUpper();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    if (hex.startsWith(QLatin1String("SHA256"))) // "SHA256:AB…" or "SHA256 AB…"
        hex = hex.mid(6);
    static const QRegularExpression valid(QStringLiteral("^[0-9A-F]{64}$"));
    if (!valid.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

SyncRequest::SyncRequest(QNetworkAccessManager* network, Endpoint endpoint, QByteArray verb,
                         QString path, QByteArray body, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_verb(std::move(verb))
    , m_path(std::move(path))
    , m_body(std::move(body))
{}

SyncRequest::~SyncRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SyncRequest::start()
{
    QUrl url = m_endpoint.base;
    const int query = m_path.indexOf(QLatin1Char('?'));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + (query < 0 ? m_path : m_path.left(query)));
    if (query >= 0)
        url.setQuery(m_path.mid(query + 1));
    if (url.scheme() != QLatin1String("https")) {
        fail(Error::make(ErrorCode::Usage,
                         tr("The server address must start with https:// (got %1).")
                             .arg(m_endpoint.base.toString())));
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader(ProtocolHeader, QByteArray::number(m_endpoint.protocolVersion));
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (!m_endpoint.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.token.toUtf8());
    if (!m_endpoint.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_endpoint.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    QByteArray payload;
    if (!m_body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = gzipCompress(m_body);
        request.setRawHeader("Content-Encoding", "gzip");
    }
    m_reply = m_network->sendCustomRequest(request, m_verb, payload);
    connect(m_reply, &QNetworkReply::sslErrors, this, &SyncRequest::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &SyncRequest::onEncrypted);
    connect(m_reply, &QNetworkReply::finished, this, &SyncRequest::onFinished);
}

void SyncRequest::abort()
{
    if (m_reply && !m_done) {
        fail(Error::make(ErrorCode::Cancelled, tr("Sync was cancelled.")));
        m_reply->abort();
    }
}

Error SyncRequest::changedCertificate(const QString& pinned, const QString& presented)
{
    return Error::make(ErrorCode::Certificate,
                       tr("The server's certificate has CHANGED. You trusted %1, the server now "
                          "presents %2. Someone may be intercepting the connection; sync stays "
                          "stopped until you confirm the new certificate with your "
                          "administrator.")
                           .arg(pinned, presented));
}

void SyncRequest::onSslErrors(const QList<QSslError>& errors)
{
    const QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
    m_presented = certificateFingerprint(cert);
    const QString pinned = normalizeFingerprint(m_endpoint.pinnedFingerprint);
    if (!pinned.isEmpty() && onlyTrustErrors(errors)) {
        if (pinned == m_presented) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
        fail(changedCertificate(pinned, m_presented));
        return;
    }
    QStringList reasons;
    for (const QSslError& e : errors)
        reasons << e.errorString();
    fail(Error::make(ErrorCode::Certificate,
                     tr("The server's certificate is not trusted (%1). Its SHA-256 fingerprint is "
                        "%2; trust it only if your administrator confirms this fingerprint.")
                         .arg(reasons.join(QStringLiteral("; ")), m_presented)));
}

void SyncRequest::onEncrypted()
{
    // A pinned certificate stays pinned even when a public CA signs a different one.
    const QString pinned = normalizeFingerprint(m_endpoint.pinnedFingerprint);
    if (pinned.isEmpty())
        return;
    const QString presented = certificateFingerprint(m_reply->sslConfiguration().peerCertificate());
    if (presented != pinned) {
        m_presented = presented;
        fail(changedCertificate(pinned, presented));
        m_reply->abort();
    }
}

void SyncRequest::fail(Error e)
{
    if (m_error.code == ErrorCode::Ok)
        m_error = std::move(e);
}

void SyncRequest::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray raw = m_reply->readAll();
    if (m_reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip") {
        auto inflated = gzipDecompress(raw);
        if (inflated)
            raw = *inflated;
        else
            fail(inflated.error());
    }
    m_response = raw;
    // A connection kept alive from before skips the handshake (and encrypted()): the pin is
    // checked on every answer too.
    const QString pinned = normalizeFingerprint(m_endpoint.pinnedFingerprint);
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (ok() && !pinned.isEmpty() && !peer.isNull() && certificateFingerprint(peer) != pinned) {
        m_presented = certificateFingerprint(peer);
        fail(changedCertificate(pinned, m_presented));
        m_response.clear();
    }
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString host = m_endpoint.base.host();
    if (ok() && m_status == 0 && netError != QNetworkReply::NoError) {
        const bool timedOut = netError == QNetworkReply::OperationCanceledError ||
                              netError == QNetworkReply::TimeoutError;
        fail(Error::make(
            ErrorCode::Network,
            timedOut
                ? tr("%1 did not answer within %2 s.").arg(host).arg(m_endpoint.timeoutMs / 1000)
                : tr("Cannot reach %1: %2").arg(host, m_reply->errorString())));
    }
    if (ok() && (m_status < 200 || m_status >= 300)) {
        auto body = decodeErrorBody(m_response);
        const QString message = body ? body->message : QString::fromUtf8(m_response.left(200));
        const QString code = body ? body->error : QString();
        if (m_status == 426 || code == QLatin1String(errors::UpdateRequired))
            fail(Error::make(ErrorCode::Protocol,
                             tr("The server needs a newer version of Baza: %1").arg(message)));
        else if (m_status == 401)
            fail(Error::make(
                ErrorCode::Unauthorized,
                code == QLatin1String(errors::BadLogin)
                    ? tr("The organization, user name or password is wrong.")
                    : tr("The server ended the session; sign in again. (%1)").arg(message)));
        else if (m_status == 429 || code == QLatin1String(errors::RateLimited))
            fail(Error::make(ErrorCode::Unauthorized, message)); // says how long to wait
        else if (m_status == 403)
            fail(Error::make(ErrorCode::Unauthorized,
                             tr("The server does not allow this: %1").arg(message)));
        else
            fail(Error::make(m_status >= 500 ? ErrorCode::Network : ErrorCode::Protocol,
                             tr("%1 answered %2: %3").arg(host).arg(m_status).arg(message)));
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

} // namespace baza::sync
