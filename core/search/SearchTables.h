#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlError>

// Internal to core/search: the tables of schema version 3 and shared error helpers.
namespace baza::search::detail {

// The three FTS4 tables a document is written to. Each has its own term space, so a term that
// is common in one field never has to be stepped over when searching another.
enum FtsTable { NameFts = 0, TextFts = 1, PhoneFts = 2 };
inline constexpr const char* FtsTables[] = {"search_name_fts", "search_fts", "search_phone_fts"};
inline constexpr const char* FtsColumns[] = {"name", "text", "phones"};

inline QString tr(const char* text)
{
    return QCoreApplication::translate("baza::search", text);
}

// `what` has one %1 for the SQLite message.
inline Error sqlError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::Sql, what.arg(e.text()), e.nativeErrorCode().toInt(), {}};
}

} // namespace baza::search::detail
