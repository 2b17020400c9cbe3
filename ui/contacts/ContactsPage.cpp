#include "ui/contacts/ContactsPage.h"

#include "core/store/Store.h"
#include "ui/contacts/SearchResultsModel.h"
#include "ui/shell/PageHeading.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace baza::ui {

namespace {
constexpr int SearchDelayMs = 120;
constexpr int SearchLimit = 50;
} // namespace

ContactsPage::ContactsPage(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("contactsPage"));
    setAccessibleName(tr("Contacts"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("contactCount"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search by name, email, phone, company or city"));
    m_search->setClearButtonEnabled(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setModel(m_model);
    m_results->header()->setSectionResizeMode(SearchResultsModel::Title,
                                              QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(SearchResultsModel::Details, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Contacts"), this));
    layout->addWidget(m_count);
    layout->addSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_hint);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ContactsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(&m_store, &store::Store::changed, this, [this]() {
        refreshCount();
        if (!m_search->text().trimmed().isEmpty())
            m_debounce->start();
    });
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit recordRequested(index.data(SearchResultsModel::EntityRole).toString(),
                             index.data(SearchResultsModel::IdRole).toString());
    });
    refreshCount();
    runSearch();
}

void ContactsPage::setQuery(const QString& text)
{
    m_search->setText(text);
    m_debounce->stop();
    runSearch();
}

void ContactsPage::refreshCount()
{
    const auto counts = m_store.counts();
    if (!counts) {
        m_count->setText(counts.message());
        return;
    }
    m_count->setText(tr("%Ln contact(s) in this database", nullptr, int(counts->contacts)));
}

void ContactsPage::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_model->setResults({});
        m_hint->setText(tr("Type a few letters: results appear as you type."));
        return;
    }
    auto results = m_store.search(query, SearchLimit);
    if (!results) {
        m_model->setResults({});
        m_hint->setText(results.message());
        return;
    }
    const int found = int(results->size());
    m_model->setResults(std::move(*results));
    if (found == 0)
        m_hint->setText(tr("Nothing matches “%1”.").arg(query));
    else if (found >= SearchLimit)
        m_hint->setText(
            tr("The first %Ln matches; type more to narrow them down.", nullptr, found));
    else
        m_hint->setText(tr("%Ln match(es)", nullptr, found));
}

} // namespace baza::ui
