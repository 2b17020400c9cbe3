#include "ui/lists/ListWorkspace.h"

#include "core/store/Store.h"
#include "ui/lists/ListWorker.h"
#include "ui/lists/RecordListPage.h"
#include "ui/lists/SegmentNavigator.h"

namespace baza::ui {

ListWorkspace::ListWorkspace(store::Store& store, QWidget* pageParent, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(std::make_unique<ListWorker>(store.database()))
{
    m_contacts = new RecordListPage(store::ListEntity::Contacts, store, *m_worker, pageParent);
    m_companies = new RecordListPage(store::ListEntity::Companies, store, *m_worker, pageParent);
}

// The worker stops (and closes its connection) here, before the database can be closed.
ListWorkspace::~ListWorkspace() = default;

void ListWorkspace::attachNavigation(QListWidget* navigation, int sectionRole, int contactsSection,
                                     int companiesSection)
{
    m_segments = new SegmentNavigator(
        m_store, *m_worker, navigation, sectionRole,
        {{contactsSection, m_contacts}, {companiesSection, m_companies}}, this);
}

} // namespace baza::ui
