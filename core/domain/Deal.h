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
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Deal&, const Deal&) = default;
};

// ISO 4217 codes Baza knows, with their minor-unit digits.
bool isKnownCurrency(const QString& code);
int currencyMinorDigits(const QString& code);

} // namespace baza::domain
