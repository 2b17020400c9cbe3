#pragma once

#include "core/common/Result.h"
#include "server/Pg.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace baza::server {

enum class Role { Admin, Manager, Sales };
QString roleName(Role r);
bool parseRole(const QString& text, Role* out);

// Who is behind a request, from the bearer token.
struct Session
{
    QString userId;
    QString organizationId;
    Role role = Role::Sales;
    QString device;
    QByteArray tokenHash;
};

struct OrgUser
{
    QString id;
    QString name;
    QString email;
};

struct LoginOutcome
{
    QString token; // shown once to the client, stored only as a hash
    QDateTime expiresAt;
    QString userId;
    Role role = Role::Sales;
    QString organizationId;
    QList<OrgUser> users;
};

// Login failures that are not errors of the server: wrong credentials or a lockout.
struct LoginRefusal
{
    bool rateLimited = false;
    int retryAfterSeconds = 0;
};

// Users, passwords (Argon2id), sessions (random tokens kept as BLAKE2b hashes) and the login
// lockout. Every piece of state is in PostgreSQL, so any number of server instances agree.
class Accounts
{
public:
    explicit Accounts(PgPool& pool, int tokenTtlHours = 24 * 30);

    // The organization is created when it does not exist yet. Returns the user's id.
    static Result<QString> addUser(PgConnection& conn, const QString& organization,
                                   const QString& login, const QString& name, const QString& email,
                                   Role role, const QByteArray& password);
    static Status setRole(PgConnection& conn, const QString& organization, const QString& login,
                          Role role);
    // Disables the account and revokes every session it has.
    static Status disableUser(PgConnection& conn, const QString& organization,
                              const QString& login);

    // Either an outcome, or an error: code Unauthorized-like errors carry a LoginRefusal.
    Result<LoginOutcome> login(const QString& organization, const QString& login,
                               const QByteArray& password, const QString& device,
                               const QString& clientIp, LoginRefusal* refusal);
    Result<Session> authenticate(const QByteArray& bearerToken);
    Status logout(const Session& session);

    static QByteArray hashToken(const QByteArray& token);
    static Result<QByteArray> hashPassword(const QByteArray& password);

private:
    PgPool& m_pool;
    int m_tokenTtlHours;
};

} // namespace baza::server
