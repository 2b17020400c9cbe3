#pragma once

#include "core/common/Result.h"
#include "core/domain/Deal.h"

#include "ui/cards/RecordCard.h"

#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace baza::store {
class Store;
}

namespace baza::ui {

class TimelineView;

// The card of one deal: its fields (each saved as soon as it is edited, with the problem shown
// next to the field), the people involved with their roles, line items whose sum can set the
// value, the next step, and a timeline of activities and changes. Ctrl+Z undoes the last change.
class DealCard final : public RecordCard
{
    Q_OBJECT
public:
    DealCard(store::Store& store, const QString& dealId, QWidget* parent = nullptr);

    QString dealId() const { return m_id; }
    // The message shown next to a field ("title", "value_minor", …), empty when none.
    QString fieldError(const QString& field) const;
    void reload() override;
    // Also saves an activity half-written in the timeline's composer.
    bool commitPendingEdits() override;

protected:
    bool isRelevantChange(const QString& entity, const QStringList& ids) const override;

private:
    QWidget* buildFields();
    QWidget* buildPeople();
    QWidget* buildItems();
    QWidget* buildNextStep();
    QWidget* buildTimeline();
    QLabel* errorLabel(const QString& field);
    void load();
    void loadPeople();
    void loadItems();
    void loadNextStep();
    void loadTimeline();
    void fillStages(const QString& pipelineId);
    // Applies `edit` to a fresh copy of the deal and saves it; errors go next to `field`.
    void save(const QString& field, const std::function<void(domain::Deal&)>& edit);
    void report(const QString& field, const Status& status);

    store::Store& m_store;
    QString m_id;
    bool m_loading = false;
    QLabel* m_heading;
    QLabel* m_status;
    QLineEdit* m_title;
    QLineEdit* m_value;
    QComboBox* m_currency;
    QComboBox* m_pipeline;
    QComboBox* m_stage;
    QSpinBox* m_probability;
    QDateEdit* m_close;
    QComboBox* m_owner;
    QLabel* m_party;
    QPushButton* m_won;
    QPushButton* m_lost;
    QPushButton* m_reopen;
    QListWidget* m_people;
    QLineEdit* m_personSearch;
    QListWidget* m_personResults;
    QLineEdit* m_role;
    QTableWidget* m_items;
    QLineEdit* m_itemName;
    QSpinBox* m_itemQuantity;
    QLineEdit* m_itemPrice;
    QLabel* m_itemsTotal;
    QLabel* m_nextStep;
    QPushButton* m_taskDone;
    QString m_nextTaskId;
    QLineEdit* m_taskTitle;
    QDateEdit* m_taskDue;
    TimelineView* m_timeline;
    QHash<QString, QLabel*> m_errors;
};

} // namespace baza::ui
