#pragma once

// Sync protocol v1: the messages between a Baza desktop and baza-server, and their JSON codecs.
// Shared by the client engine and the server; docs/sync.md describes the wire format for people.
//
// Transport: JSON over HTTPS, every request carries `Baza-Protocol: 1` (a server that does not
// speak the version answers 426 {"error":"update_required"}); bodies may be gzip-compressed both
// ways (Content-Encoding / Accept-Encoding: gzip). Errors are {"error": code, "message": text}.
//
// Values: a field's value is an SQLite value. On the wire:
//   NULL → null, INTEGER → JSON integer (int64, no fraction or exponent), TEXT → JSON string,
//   REAL → {"real": number}, BLOB → {"blob": "<base64>"}.
// Fields that hold JSON (emails, phones, tags, custom) travel as their JSON *text*, i.e. strings.
// Booleans are not values: flags such as `private` and `done` are integers 0/1.
//
// Entities and fields are those of core/store/Entities.cpp (contact, company, deal, …); `id` is
// not a field (it is entity_id).

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace baza::sync {

inline constexpr int ProtocolVersion = 1;
inline constexpr char ProtocolHeader[] = "Baza-Protocol";
// Page sizes both sides agree to; the server may return fewer, the client never sends more.
inline constexpr int MaxPushChanges = 1000;
inline constexpr int DefaultPullLimit = 5000;
inline constexpr int MaxPullLimit = 10000;
// A pushed change whose HLC wall time is further ahead of the server's clock than this is not
// accepted yet (status "retry", reason "clock_skew"): the push stops there, the client keeps the
// change and sends it again later, and its user is told to fix the clock. So no stored clock is
// ever more than this ahead of real time (one broken clock cannot win every later conflict, nor
// drag every other device's clock into the future through HybridClock::observe), and nothing is
// lost: the change waits until real time catches up. Five minutes tolerates ordinary drift of
// machines without NTP; the server's `max_clock_skew_seconds` may change it.
inline constexpr qint64 MaxClockSkewMs = 5LL * 60 * 1000;

// Error codes of {"error": …} bodies.
namespace errors {
inline constexpr char UpdateRequired[] = "update_required"; // 426: wrong Baza-Protocol
inline constexpr char Unauthorized[] = "unauthorized";      // 401: no, expired or revoked token
inline constexpr char BadLogin[] = "bad_login";             // 401: organization/user/password
inline constexpr char Forbidden[] = "forbidden";            // 403: the role may not do this
inline constexpr char BadRequest[] = "bad_request";         // 400: malformed body or query
inline constexpr char TooLarge[] = "too_large";             // 413
inline constexpr char NotFound[] = "not_found";             // 404: no such endpoint
inline constexpr char RateLimited[] = "rate_limited";       // 429: login locked; Retry-After
inline constexpr char Internal[] = "internal";              // 500
inline constexpr char Unavailable[] = "unavailable";        // 503: the database is unreachable
} // namespace errors

enum class Op {
    Insert, // a new record: `fields` (compact) or one `field` + `value`
    Update, // one field
    Delete, // the record is removed (tombstone)
    Erase,  // GDPR erasure: removed everywhere and its values scrubbed from every log
    Hide,   // pull only: the record is no longer visible to this user; drop it, log nothing
};
QString opName(Op op);
bool parseOp(const QString& text, Op* out);

// One field-level change (or a compact insert / a deletion) as it travels.
struct Change
{
    qint64 deviceSeq = 0; // push: the writer's local order (its change-log seq); pull: as pushed
    qint64 version = 0;   // pull only: the server's gap-free order (0 when pushing)
    QString device;       // pull only: the writer's device (push: the request's device)
    QString commandId;    // the writer's command: changes of one command are one undo step
    QString entity;
    QString entityId;
    Op op = Op::Update;
    QString field;       // update, per-field insert; empty for compact insert, delete, erase
    QVariant value;      // the field's new value (null allowed)
    bool hasOld = false; // update: whether `oldValue` is known
    QVariant oldValue;   // update: the value the writer replaced (detects concurrent edits)
    QVariantMap fields;  // compact insert: every non-null field of the new record
    QString hlc;         // "<16-digit wallMs>-<5-digit counter>-<device>"
    QString userId;      // the author (server user id)
    QString batchId;     // import batch, if any
    QString label;       // the command's label, e.g. "Edit contact"

    bool isCompactInsert() const { return op == Op::Insert && field.isEmpty(); }
};

struct LoginRequest
{
    QString organization;
    QString user;
    QString password;
    QString device;
};

struct ServerUser
{
    QString id;
    QString name;
    QString email;
};

struct LoginResponse
{
    QString token;
    QDateTime expiresAt; // UTC
    QString userId;
    QString role; // "admin", "manager", "sales"
    QString organizationId;
    QList<ServerUser> users;
};

struct PushRequest
{
    QString device;
    QList<Change> changes;
};

enum class PushStatus {
    Applied,  // stored (it won, or it lost some fields but is recorded)
    Stale,    // it lost entirely against a newer change (LWW); stored nowhere
    Rejected, // invalid or not allowed (reason says why); the client must not resend it
    Retry,    // not settled (reason "clock_skew"): the push stopped here; send it again later
};
QString pushStatusName(PushStatus s);

struct PushResult
{
    qint64 deviceSeq = 0;
    PushStatus status = PushStatus::Applied;
    QString reason;
};

struct PushResponse
{
    qint64 ackedDeviceSeq = 0; // every change of this device up to here is stored or settled
    QList<PushResult> results;
    qint64 serverTimeMs = 0; // the server's clock (UTC ms), to tell a user how far theirs is off
};

struct PullResponse
{
    QList<Change> changes;
    qint64 cursor = 0; // pass back as ?cursor= for the next page
    bool more = false;
};

struct ErrorBody
{
    QString error;
    QString message;
};

// Values ↔ JSON (see the header comment). `where` names the place for error messages.
QJsonValue encodeValue(const QVariant& value);
Result<QVariant> decodeValue(const QJsonValue& json, const QString& where);

// A hide carries only version, entity, entity_id and op.
QJsonObject changeToJson(const Change& c, bool forPull);
// Checks the entity, field names, op/field combination, HLC format and value types.
Result<Change> changeFromJson(const QJsonObject& o, const QString& where, bool forPull);

QByteArray encode(const LoginRequest& m);
QByteArray encode(const LoginResponse& m);
QByteArray encode(const PushRequest& m);
QByteArray encode(const PushResponse& m);
QByteArray encode(const PullResponse& m);
QByteArray encode(const ErrorBody& m);

// A pulled change whose values are JSON text already (the server stores values in their wire
// encoding and splices them in unparsed). Views must outlive the call.
struct EncodedChange
{
    qint64 version = 0;
    qint64 deviceSeq = 0;
    Op op = Op::Update;
    QByteArrayView entity, entityId, field, hlc, device, userId, commandId, batchId, label;
    QByteArrayView valueJson;  // update: the value as JSON text (empty = null)
    bool hasOld = false;       // update: the value its writer replaced is known
    QByteArrayView oldJson;    // ... as JSON text (empty = null)
    QByteArrayView fieldsJson; // insert: a JSON object of field → value (empty = {})
};
// Builds the same body as encode(PullResponse) (tests hold them to it) without a JSON tree:
// pages of thousands of changes are written at memcpy speed.
class PullPageWriter
{
public:
    PullPageWriter();
    void add(const EncodedChange& c);
    int count() const { return m_count; }
    QByteArray finish(qint64 cursor, bool more);

private:
    QByteArray m_out;
    int m_count = 0;
};

Result<LoginRequest> decodeLoginRequest(const QByteArray& body);
Result<LoginResponse> decodeLoginResponse(const QByteArray& body);
Result<PushRequest> decodePushRequest(const QByteArray& body);
Result<PushResponse> decodePushResponse(const QByteArray& body);
Result<PullResponse> decodePullResponse(const QByteArray& body);
Result<ErrorBody> decodeErrorBody(const QByteArray& body);

} // namespace baza::sync
