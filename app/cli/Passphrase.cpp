#include "app/cli/Passphrase.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace baza::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::cli", text);
}

bool promptNoEcho(const QString& prompt, QString* out)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return false;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    std::fputs("\n", stderr);
    if (line.isNull())
        return false;
    *out = line;
    return true;
}

} // namespace

bool readPassphrase(const PassphraseSource& source, QString* passphrase, QString* error)
{
    if (!source.envVar.isEmpty() &&
        qEnvironmentVariableIsSet(source.envVar.toLatin1().constData())) {
        *passphrase = qEnvironmentVariable(source.envVar.toLatin1().constData());
        if (passphrase->isEmpty()) {
            *error = tr("%1 is set but empty.").arg(source.envVar);
            return false;
        }
        return true;
    }
    if (!source.filePath.isEmpty()) {
        QFile f(source.filePath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error =
                tr("Cannot read the passphrase file %1: %2").arg(source.filePath, f.errorString());
            return false;
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *passphrase = QString::fromUtf8(line);
        line.fill('\0');
        if (passphrase->isEmpty()) {
            *error = tr("The passphrase file %1 is empty.").arg(source.filePath);
            return false;
        }
        return true;
    }
    QString first;
    if (!promptNoEcho(source.prompt, &first)) {
        *error = tr("No passphrase: set %1, use a passphrase file, or run in a terminal.")
                     .arg(source.envVar);
        return false;
    }
    if (source.confirm) {
        QString second;
        if (!promptNoEcho(tr("Repeat the passphrase: "), &second) || second != first) {
            *error = tr("The two passphrases differ.");
            return false;
        }
    }
    if (first.isEmpty()) {
        *error = tr("The passphrase must not be empty.");
        return false;
    }
    *passphrase = first;
    return true;
}

} // namespace baza::cli
