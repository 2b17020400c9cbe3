#pragma once

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace baza::test {

// One QApplication for the whole test program, with the app's settings in a temporary folder so
// tests never touch (or depend on) the user's real settings.
class QtTestEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "baza-ui-test";
        static char* argv[] = {name, nullptr};
        m_settings = std::make_unique<QTemporaryDir>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings->path());
        m_app = std::make_unique<QApplication>(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("BazaTest"));
        QApplication::setApplicationName(QStringLiteral("BazaTest"));
    }

    void TearDown() override
    {
        m_app.reset();
        m_settings.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<QApplication> m_app;
};

} // namespace baza::test
