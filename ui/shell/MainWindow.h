#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

class IdleWatcher;
class ListWorkspace;
class NotificationBar;
class QuickSearchPopup;
class ReminderService;
class SyncService;
class SyncStatusBar;

// The frame around the pages: navigation on the left, one page per section in a stack, a
// notification bar above them, the database, its sync and lock state in the status bar. It holds no
// section logic of its own: pages, the quick search, the preferences and the reminders are their
// own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Section { Contacts, Companies, Deals, Tasks, Dashboard };
    Q_ENUM(Section)

    // Where the user is: the section, and the record whose card is open (if any). Kept across a
    // lock so unlocking returns there.
    struct Place
    {
        Section section = Contacts;
        QString entity;
        QString id;
    };

    MainWindow(store::Store& store, const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;

    // Shows the card of a contact, company or deal in place of the section page; Back (Alt+Left)
    // returns to where the user came from. Pages and cards ask for this through their
    // recordRequested(entity, id) signals.
    void openRecord(const QString& entity, const QString& id);
    // The card on screen, or nullptr when a section page is showing.
    QWidget* currentCard() const;
    // Opens the form for a new "contact" or "company"; the new record's card opens after.
    // List pages' "New …" buttons call this (File > New contact Ctrl+N, New company
    // Ctrl+Shift+N; on a card Ctrl+Shift+N logs a note instead).
    void createRecord(const QString& entity);

    Place place() const;
    void restorePlace(const Place& place);

    // Before the window goes away (lock, quit): the open card saves what is being typed.
    void commitPendingEdits();

    // Shows the time left before auto-lock in the lock state's tooltip.
    void setIdleWatcher(const IdleWatcher* watcher) { m_idle = watcher; }

    // Team sync of this database (owned by the session): the state in the status bar, the sync
    // log, the overwritten values, Tools entries and the Server page of the preferences.
    void setSyncService(SyncService* sync);
    SyncStatusBar* syncStatus() const { return m_syncStatus; }

    void showQuickSearch();
    // Opens the preferences, on the page with this objectName when given.
    void showPreferences(const QString& page = QString());
    NotificationBar* notificationBar() const { return m_notifications; }
    ReminderService* reminders() const { return m_reminders; }

signals:
    // The user asked to lock; the owner drops the database and shows the unlock window.
    void lockRequested();
    // Preferences were saved (auto-lock time, language, …).
    void preferencesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void buildStatusBar(const QString& databasePath);
    void addPage(Section section, const QString& icon, const QString& title, QWidget* page);
    void showPageOf(const QListWidgetItem* item);
    void undo();
    void showAbout();
    void goBack();
    void saveLayout() const;
    void restoreLayout();
    QString lockTooltip() const;

    // Navigation entries carry their section here; segments add entries of their own.
    static constexpr int SectionRole = Qt::UserRole + 1;

    QListWidget* m_navigation = nullptr;
    ListWorkspace* m_lists = nullptr;
    class QAction* m_undo = nullptr;
    class QAction* m_newCompany = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    NotificationBar* m_notifications = nullptr;
    QuickSearchPopup* m_quickSearch = nullptr;
    ReminderService* m_reminders = nullptr;
    QWidget* m_card = nullptr;
    QString m_cardEntity;
    QString m_cardId;
    store::Store& m_store;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_lockState = nullptr;
    class QMenu* m_tools = nullptr;
    SyncService* m_sync = nullptr;
    SyncStatusBar* m_syncStatus = nullptr;
    const IdleWatcher* m_idle = nullptr;
};

} // namespace baza::ui
