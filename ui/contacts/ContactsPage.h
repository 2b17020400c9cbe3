#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace baza::store {
class Store;
}

namespace baza::ui {

class SearchResultsModel;

// Contacts: how many there are, and search-as-you-type over names, emails, phones, companies.
// The full list with paging comes with the contact screens.
class ContactsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsPage(store::Store& store, QWidget* parent = nullptr);

    void setQuery(const QString& text);

signals:
    // The user opened a record (double-click or Enter on a result).
    void recordRequested(const QString& entity, const QString& id);

private:
    void refreshCount();
    void runSearch();

    store::Store& m_store;
    QLabel* m_count = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_hint = nullptr;
    QTreeView* m_results = nullptr;
    SearchResultsModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace baza::ui
