#pragma once

#include "core/domain/Contact.h"

namespace baza::domain {

struct Company
{
    QString id;
    QString name;
    QString domain;
    QString industry;
    QString phone;
    QString website;
    Address address;
    QString ownerId;
    QString notes;
    QVariantMap custom;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Company&, const Company&) = default;
};

struct Tag
{
    QString id;
    QString name;
    QString color; // #rrggbb
};

struct UserProfile
{
    QString id;
    QString name;
    QString email;
};

} // namespace baza::domain
