#include "server/Accounts.h"

#include "core/common/Uuid.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <sodium.h>

#include <cmath>

namespace baza::server {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("baza::server", text, disambiguation, n);
}

// After this many failures in a row the account (for that client address) is locked for
// 1 s, then 2 s, 4 s … up to MaxLockSeconds: slow for a guesser, harmless for a typo.
constexpr int FreeFailures = 3;
constexpr int MaxLockSeconds = 15 * 60;

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// A valid Argon2id hash of a random password: checked against when the user does not exist,
// so a wrong login name costs as much time as a wrong password and reveals nothing.
const QByteArray& dummyHash()
{
    static const QByteArray hash = [] {
        unsigned char pw[16];
        randombytes_buf(pw, sizeof pw);
        auto h = Accounts::hashPassword(QByteArray(reinterpret_cast<char*>(pw), sizeof pw));
        return h ? *h : QByteArray();
    }();
    return hash;
}

QByteArray byteaHex(const QByteArray& bytes)
{
    return "\\x" + bytes.toHex();
}

Error notFoundUser(const QString& organization, const QString& login)
{
    return Error::make(ErrorCode::NotFound,
                       tr("No user \"%1\" in organization \"%2\".").arg(login, organization));
}

} // namespace

QString roleName(Role r)
{
    switch (r) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Sales:
        break;
    }
    return QStringLiteral("sales");
}

bool parseRole(const QString& text, Role* out)
{
    for (Role r : {Role::Admin, Role::Manager, Role::Sales}) {
        if (roleName(r) == text) {
            *out = r;
            return true;
        }
    }
    return false;
}

Accounts::Accounts(PgPool& pool, int tokenTtlHours)
    : m_pool(pool)
    , m_tokenTtlHours(tokenTtlHours)
{
    sodiumReady();
    dummyHash();
}

QByteArray Accounts::hashToken(const QByteArray& token)
{
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.constData()),
                       size_t(token.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<char*>(out), sizeof out);
}

Result<QByteArray> Accounts::hashPassword(const QByteArray& password)
{
    if (!sodiumReady())
        return Error::make(ErrorCode::Io, tr("libsodium could not be initialised."));
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::make(ErrorCode::Io, tr("Out of memory while hashing the password."));
    return QByteArray(out);
}

Result<QString> Accounts::addUser(PgConnection& conn, const QString& organization,
                                  const QString& login, const QString& name, const QString& email,
                                  Role role, const QByteArray& password)
{
    if (organization.trimmed().isEmpty() || login.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error::make(ErrorCode::Validation,
                           tr("Organization, login and name must not be empty."));
    if (password.size() < 10)
        return Error::make(ErrorCode::Validation,
                           tr("The password must have at least 10 characters."));
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    const QString userId = newUuidV7();
    return inTransaction<QString>(conn, "BEGIN", [&](PgConnection& c) -> Result<QString> {
        PgResult org = c.exec("INSERT INTO organizations (id, name) VALUES ($1, $2) "
                              "ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id",
                              {newUuidV7(), organization});
        if (!org.ok())
            return org.error();
        PgResult u = c.exec("INSERT INTO users (id, organization_id, login, name, email, role, "
                            "password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                            "ON CONFLICT (organization_id, login) DO NOTHING RETURNING id",
                            {userId, org.text(0, 0), login, name, email, roleName(role), *hash});
        if (!u.ok())
            return u.error();
        if (u.rows() == 0)
            return Error::make(
                ErrorCode::Conflict,
                tr("Organization \"%1\" already has a user \"%2\".").arg(organization, login));
        return userId;
    });
}

Status Accounts::setRole(PgConnection& conn, const QString& organization, const QString& login,
                         Role role)
{
    PgResult r = conn.exec("UPDATE users u SET role = $3 FROM organizations o "
                           "WHERE u.organization_id = o.id AND o.name = $1 AND u.login = $2 "
                           "RETURNING u.id",
                           {organization, login, roleName(role)});
    if (!r.ok())
        return r.error();
    if (r.rows() == 0)
        return notFoundUser(organization, login);
    return {};
}

Status Accounts::disableUser(PgConnection& conn, const QString& organization, const QString& login)
{
    auto r = inTransaction<bool>(conn, "BEGIN", [&](PgConnection& c) -> Result<bool> {
        PgResult u = c.exec("UPDATE users u SET disabled = true FROM organizations o "
                            "WHERE u.organization_id = o.id AND o.name = $1 AND u.login = $2 "
                            "RETURNING u.id",
                            {organization, login});
        if (!u.ok())
            return u.error();
        if (u.rows() == 0)
            return notFoundUser(organization, login);
        if (Status s = c.run("UPDATE sessions SET revoked_at = now() "
                             "WHERE user_id = $1 AND revoked_at IS NULL",
                             {u.text(0, 0)});
            !s)
            return s.error();
        return true;
    });
    if (!r)
        return r.error();
    return {};
}

Result<LoginOutcome> Accounts::login(const QString& organization, const QString& login,
                                     const QByteArray& password, const QString& device,
                                     const QString& clientIp, LoginRefusal* refusal)
{
    auto refused = [&](bool limited, int retryAfter) {
        refusal->rateLimited = limited;
        refusal->retryAfterSeconds = retryAfter;
        return Error::make(
            ErrorCode::WrongPassphrase,
            limited ? tr("Too many failed logins; try again in %n second(s).", nullptr, retryAfter)
                    : tr("Wrong organization, user or password."));
    };

    QString userId, orgId, hash;
    Role role = Role::Sales;
    {
        auto lease = m_pool.acquire();
        if (!lease)
            return lease.error();
        PgResult lock = (*lease)->exec(
            "SELECT ceil(extract(epoch FROM locked_until - now()))::int FROM login_failures "
            "WHERE organization = $1 AND login = $2 AND client_ip = $3 AND locked_until > now()",
            {organization, login, clientIp});
        if (!lock.ok())
            return lock.error();
        if (lock.rows() > 0)
            return refused(true, std::max(1, int(lock.int64(0, 0))));
        PgResult u =
            (*lease)->exec("SELECT u.id, u.organization_id, u.role, u.password_hash FROM users u "
                           "JOIN organizations o ON o.id = u.organization_id "
                           "WHERE o.name = $1 AND u.login = $2 AND NOT u.disabled",
                           {organization, login});
        if (!u.ok())
            return u.error();
        if (u.rows() > 0) {
            userId = u.text(0, 0);
            orgId = u.text(0, 1);
            parseRole(u.text(0, 2), &role);
            hash = u.text(0, 3);
        }
    }
    // Argon2id takes a while and 64 MiB: done without holding a database connection.
    const QByteArray hashUtf8 = hash.isEmpty() ? dummyHash() : hash.toUtf8();
    const bool good = crypto_pwhash_str_verify(hashUtf8.constData(), password.constData(),
                                               quint64(password.size())) == 0 &&
                      !hash.isEmpty();

    auto lease = m_pool.acquire();
    if (!lease)
        return lease.error();
    PgConnection& c = **lease;
    if (!good) {
        PgResult f =
            c.exec("INSERT INTO login_failures AS f (organization, login, client_ip, failures, "
                   "last_failure) VALUES ($1, $2, $3, 1, now()) "
                   "ON CONFLICT (organization, login, client_ip) DO UPDATE SET "
                   "failures = f.failures + 1, last_failure = now(), locked_until = CASE "
                   "WHEN f.failures + 1 >= $4 THEN now() + make_interval(secs => "
                   "least($5, power(2, f.failures + 1 - $4))) END",
                   {organization, login, clientIp, FreeFailures, MaxLockSeconds});
        if (!f.ok())
            return f.error();
        return refused(false, 0);
    }

    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    LoginOutcome out;
    out.token = QString::fromLatin1(
        QByteArray(reinterpret_cast<char*>(raw), sizeof raw)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw, sizeof raw);
    out.userId = userId;
    out.organizationId = orgId;
    out.role = role;
    auto r = inTransaction<bool>(c, "BEGIN", [&](PgConnection& t) -> Result<bool> {
        // A device (one desktop database) pushes as one user: its change numbers and the
        // acknowledged position belong to that user. Refused here, before a session exists,
        // rather than at every push.
        PgResult owner = t.exec("SELECT u.name FROM devices d JOIN users u ON u.id = d.user_id "
                                "WHERE d.organization_id = $1 AND d.device = $2 AND "
                                "d.user_id <> $3",
                                {orgId, device, userId});
        if (!owner.ok())
            return owner.error();
        if (owner.rows() > 0)
            return Error::make(ErrorCode::Conflict,
                               tr("This database already synchronises as %1. Each person signs "
                                  "in from their own Baza database.")
                                   .arg(owner.text(0, 0)));
        // Registered at its first login, not its first push: a database that had nothing to
        // send yet is already taken.
        if (Status s = t.run("INSERT INTO devices (organization_id, device, user_id) VALUES "
                             "($1, $2, $3) ON CONFLICT (organization_id, device) DO NOTHING",
                             {orgId, device, userId});
            !s)
            return s.error();
        if (Status s = t.run("DELETE FROM login_failures WHERE organization = $1 AND login = $2 "
                             "AND client_ip = $3",
                             {organization, login, clientIp});
            !s)
            return s.error();
        PgResult s = t.exec(
            "INSERT INTO sessions (token_hash, user_id, organization_id, device, "
            "expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(hours => "
            "$5)) RETURNING extract(epoch FROM expires_at)::bigint",
            {byteaHex(hashToken(out.token.toLatin1())), userId, orgId, device, m_tokenTtlHours});
        if (!s.ok())
            return s.error();
        out.expiresAt = QDateTime::fromSecsSinceEpoch(s.int64(0, 0), Qt::UTC);
        PgResult users = t.exec("SELECT id, name, email FROM users WHERE organization_id = $1 "
                                "ORDER BY name, id",
                                {orgId});
        if (!users.ok())
            return users.error();
        for (int i = 0; i < users.rows(); ++i)
            out.users.append({users.text(i, 0), users.text(i, 1), users.text(i, 2)});
        return true;
    });
    if (!r)
        return r.error();
    return out;
}

Result<Session> Accounts::authenticate(const QByteArray& bearerToken)
{
    // Tokens are 43 characters of base64url; anything else cannot match and costs no query.
    if (bearerToken.size() != 43)
        return Error::make(ErrorCode::NotFound, tr("Invalid session."));
    const QByteArray tokenHash = hashToken(bearerToken);
    auto lease = m_pool.acquire();
    if (!lease)
        return lease.error();
    PgResult r = (*lease)->exec(
        "SELECT s.user_id, s.organization_id, u.role, s.device FROM sessions s "
        "JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.revoked_at IS NULL "
        "AND s.expires_at > now() AND NOT u.disabled",
        {byteaHex(tokenHash)});
    if (!r.ok())
        return r.error();
    if (r.rows() == 0)
        return Error::make(ErrorCode::NotFound,
                           tr("The session has expired or was revoked; please log in again."));
    Session s;
    s.userId = r.text(0, 0);
    s.organizationId = r.text(0, 1);
    parseRole(r.text(0, 2), &s.role);
    s.device = r.text(0, 3);
    s.tokenHash = tokenHash;
    return s;
}

Status Accounts::logout(const Session& session)
{
    auto lease = m_pool.acquire();
    if (!lease)
        return lease.error();
    return (*lease)->run("UPDATE sessions SET revoked_at = now() WHERE token_hash = $1",
                         {byteaHex(session.tokenHash)});
}

} // namespace baza::server
