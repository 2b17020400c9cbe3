#pragma once

#include <QObject>

#include <memory>

class QListWidget;
class QWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

class ListWorker;
class RecordListPage;
class SegmentNavigator;

// Everything the Contacts and Companies sections need, for the main window to host: the two
// list pages, the worker thread they share, and the segments in the navigation.
class ListWorkspace final : public QObject
{
    Q_OBJECT
public:
    ListWorkspace(store::Store& store, QWidget* pageParent, QObject* parent = nullptr);
    ~ListWorkspace() override;

    RecordListPage* contactsPage() const { return m_contacts; }
    RecordListPage* companiesPage() const { return m_companies; }

    // Lists the segments under the two sections' entries of `navigation`, whose entries carry
    // their section number under `sectionRole`.
    void attachNavigation(QListWidget* navigation, int sectionRole, int contactsSection,
                          int companiesSection);

private:
    store::Store& m_store;
    std::unique_ptr<ListWorker> m_worker;
    RecordListPage* m_contacts = nullptr;
    RecordListPage* m_companies = nullptr;
    SegmentNavigator* m_segments = nullptr;
};

} // namespace baza::ui
