#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace baza::domain {

struct Stage
{
    QString id;
    QString pipelineId;
    QString name;
    int position = 0;
    int probability = 0; // percent, 0..100
    int rottingDays = 0; // 0: never rots
    friend bool operator==(const Stage&, const Stage&) = default;
};

struct Pipeline
{
    QString id;
    QString name;
    int position = 0;
    QList<Stage> stages; // in order
};

enum class DealStatus { Open, Won, Lost };
QString dealStatusKey(DealStatus status);
bool dealStatusFromKey(const QString& key, DealStatus* out);

struct Deal
{
    QString id;
    QString title;
    QString pipelineId;
    QString stageId;
    QString contactId;
    QString companyId;
    qint64 valueMinor = 0; // in the currency's minor unit (cents, grosze, kopecks)
    QString currency = QStringLiteral("EUR"); // ISO 4217
    int probability = -1;                     // percent; -1: take the stage's
    QDate expectedClose;
    QString ownerId;
    DealStatus status = DealStatus::Open;
    QString lostReason;
    QDateTime stageEnteredAt;
    QDateTime closedAt;
    qint64 position = 0; // order within the stage's column; sparse, lower first
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Deal&, const Deal&) = default;
};

// Why deals are lost: a list the business configures ("Price", "Chose a competitor").
struct LostReason
{
    QString id;
    QString name;
    int position = 0;
    friend bool operator==(const LostReason&, const LostReason&) = default;
};

// One more person involved in a deal besides its main contact, with their role.
struct DealContact
{
    QString id;
    QString dealId;
    QString contactId;
    QString role;        // e.g. "Decision maker", free text
    QString contactName; // read only: filled by reads
};

// A catalogue entry; prices in integer minor units of `currency`.
struct Product
{
    QString id;
    QString name;
    QString sku;
    qint64 unitPriceMinor = 0;
    QString currency = QStringLiteral("EUR");
};

// A line of a deal: quantity × unit price, in the deal's currency.
struct DealItem
{
    QString id;
    QString dealId;
    QString productId; // empty for a free-form line
    QString name;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    int position = 0;
};

// ISO 4217 codes Baza knows, with their minor-unit digits.
bool isKnownCurrency(const QString& code);
int currencyMinorDigits(const QString& code);

} // namespace baza::domain
