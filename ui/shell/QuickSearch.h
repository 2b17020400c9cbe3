#pragma once

#include "core/store/Store.h"

#include <QAbstractListModel>
#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace baza::ui {

// Contacts, companies and deals matching the quick-search text, as one list.
class QuickSearchModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SubtitleRole = Qt::UserRole + 1, EntityRole, IdRole };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    void setResults(QList<store::SearchResult> results);

    static QString kindName(const QString& entity);

private:
    QList<store::SearchResult> m_results;
};

// Ctrl+K: a search field with results over the main window. Typing searches (debounced), the
// arrow keys move through the results, Enter opens the record, Escape closes.
class QuickSearchPopup final : public QFrame
{
    Q_OBJECT
public:
    QuickSearchPopup(store::Store& store, QWidget* parent);

    // Shows the popup over the parent's top centre with the field focused and its text selected.
    void popup();
    void setQuery(const QString& text); // for screenshots and tests: searches at once

signals:
    void recordChosen(const QString& entity, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void choose(const QModelIndex& index);
    void place();
    void moveCurrent(int delta);

    store::Store& m_store;
    QLineEdit* m_input = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_hint = nullptr;
    QuickSearchModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace baza::ui
