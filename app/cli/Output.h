#pragma once

#include "app/cli/Cli.h"

#include <QString>

namespace baza::cli {

// A line on stdout (results) in UTF-8.
void out(const QString& text);
// The error on stderr, naming the field when there is one; returns the matching exit code.
int fail(const Error& error);
// A usage problem on stderr; returns the usage exit code.
int usage(const QString& message);

} // namespace baza::cli
