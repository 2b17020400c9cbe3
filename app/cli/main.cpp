#include "app/cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baza-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Baza"));
    baza::cli::Options options;
    QString error;
    if (!baza::cli::parseOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "baza-cli: %s\n\n%s", qPrintable(error),
                     qPrintable(baza::cli::usageText()));
        return baza::cli::Usage;
    }
    return baza::cli::run(options);
}
