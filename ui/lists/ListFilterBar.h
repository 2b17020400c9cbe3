#pragma once

#include "core/store/ListQuery.h"

#include <QPair>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace baza::ui {

// The filters above a list: search-as-you-type and one control per filter of the entity
// (contacts: tag, owner, lifecycle stage, city, last contacted, created; companies: owner,
// industry, city, country, created). It only edits a store::ListFilter; the page applies it.
class ListFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ListFilterBar(store::ListEntity entity, QWidget* parent = nullptr);

    store::ListFilter filter() const;
    // Shows `filter` without emitting filterChanged.
    void setFilter(const store::ListFilter& filter);

    void setTags(const QStringList& tags);
    void setOwners(const QList<QPair<QString, QString>>& owners); // (id, name)

    QLineEdit* searchField() const { return m_search; }

signals:
    void filterChanged();

private:
    QComboBox* addCombo(const char* objectName, const QString& accessibleName);
    QLineEdit* addEdit(const char* objectName, const QString& accessibleName,
                       const QString& placeholder);
    void fillLastContacted();
    void fillCreated();
    void updateDateEdits();
    void emitSoon();

    store::ListEntity m_entity;
    QWidget* m_row = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_lifecycle = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_industry = nullptr;
    QComboBox* m_lastContacted = nullptr;
    QComboBox* m_created = nullptr;
    QDateEdit* m_createdFrom = nullptr;
    QDateEdit* m_createdTo = nullptr;
    QTimer* m_typing = nullptr;
    bool m_quiet = false;
};

} // namespace baza::ui
