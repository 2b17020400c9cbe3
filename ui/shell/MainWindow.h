#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

class ListWorkspace;

// The frame around the pages: navigation on the left, one page per section in a stack, the
// database and its lock state in the status bar. It holds no section logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Section { Contacts, Companies, Deals, Tasks, Dashboard };
    Q_ENUM(Section)

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

signals:
    // The user asked to lock; the owner drops the database and shows the unlock window.
    void lockRequested();

private:
    void buildMenus();
    void addPage(Section section, const QString& title, QWidget* page);
    void showPageOf(const QListWidgetItem* item);
    void undo();
    void showAbout();
    void goBack();

    // Navigation entries carry their section here; segments add entries of their own.
    static constexpr int SectionRole = Qt::UserRole + 1;

    QListWidget* m_navigation = nullptr;
    ListWorkspace* m_lists = nullptr;
    class QAction* m_undo = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_card = nullptr;
    class QAction* m_newCompany = nullptr;
    int m_sectionCount = 0;
    store::Store& m_store;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_lockState = nullptr;
};

} // namespace baza::ui
