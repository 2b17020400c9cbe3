#pragma once

#include <QString>

namespace baza::cli {

// Where the CLI gets a passphrase, in order: the environment variable, a file named on the command
// line (first line, without its newline), or a prompt on the terminal with echo off. Never argv.
struct PassphraseSource
{
    QString envVar;   // BAZA_PASSPHRASE or BAZA_NEW_PASSPHRASE
    QString filePath; // --passphrase-file / --new-passphrase-file
    QString prompt;
    bool confirm = false; // ask twice when prompting
};

// Returns false with `error` set when no passphrase could be had.
bool readPassphrase(const PassphraseSource& source, QString* passphrase, QString* error);

} // namespace baza::cli
