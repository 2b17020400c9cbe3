#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QTabWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

class SettingsPage;

// Edit → Preferences: a frame of tabs, each a SettingsPage that reads and writes its own
// settings. OK applies every page; a page that refuses (bad input) keeps the dialog open and
// says why.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(store::Store& store, QWidget* parent = nullptr);

    // A page of another part of the app (the Server page of team sync), as the last tab.
    void addPage(SettingsPage* page);
    // Brings the tab of the page with this objectName to the front.
    void showPage(const QString& objectName);

signals:
    void applied();

private:
    void applyAll();

    QTabWidget* m_tabs = nullptr;
    QLabel* m_problem = nullptr;
    QList<SettingsPage*> m_pages;
};

} // namespace baza::ui
