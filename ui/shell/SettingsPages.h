#pragma once

#include "core/common/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace baza::store {
class Store;
}

namespace baza::ui {

// One tab of the preferences dialog: shows the current values, writes them on apply().
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual Status apply() = 0;
};

// Per user (QSettings): language, auto-lock.
class GeneralSettingsPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(QWidget* parent = nullptr);
    QString title() const override;
    Status apply() override;

private:
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_autoLock = nullptr;
};

// Per database (the file's meta table): the default phone region.
class DatabaseSettingsPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit DatabaseSettingsPage(store::Store& store, QWidget* parent = nullptr);
    QString title() const override;
    Status apply() override;

private:
    store::Store& m_store;
    QComboBox* m_region = nullptr;
};

} // namespace baza::ui
