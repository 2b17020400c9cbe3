#pragma once

#include "core/common/Result.h"
#include "core/domain/Company.h"
#include "ui/cards/RecordCard.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace baza::ui {

class AvatarWidget;
class CardSection;
class ContactsList;
class CustomFields;
class DealsList;
class InlineEdit;
class TasksList;
class TimelineView;

// A company: header (avatar, name, industry, website and phone links, owner), its fields, its
// people, open deals and tasks (its own and its people's), and a timeline merging its
// activities, its people's activities and its own history.
class CompanyCard final : public RecordCard
{
    Q_OBJECT
public:
    CompanyCard(store::Store& store, const QString& id, QWidget* parent);

    void reload() override;
    bool commitPendingEdits() override;
    void addSection(CardSection* section);
    TimelineView* timeline() const { return m_timeline; }
    ContactsList* contacts() const { return m_contacts; }

private:
    using Apply = std::function<void(domain::Company&, const QString&)>;
    InlineEdit* addField(QFormLayout* form, const QString& column, const QString& objectName,
                         const QString& label, Apply apply);
    Status save(const std::function<void(domain::Company&)>& change);
    void buildHeader(QVBoxLayout* layout);
    QWidget* buildColumn();
    void reloadTimeline();

    domain::Company m_company;
    AvatarWidget* m_avatar = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_website = nullptr;
    QLabel* m_phone = nullptr;
    QWidget* m_links = nullptr;
    QLabel* m_missing = nullptr;
    QComboBox* m_owner = nullptr;
    QHash<QString, InlineEdit*> m_fields;
    CustomFields* m_custom = nullptr;
    CardSection* m_contactsSection = nullptr;
    ContactsList* m_contacts = nullptr;
    CardSection* m_dealsSection = nullptr;
    DealsList* m_deals = nullptr;
    CardSection* m_tasksSection = nullptr;
    TasksList* m_tasks = nullptr;
    QVBoxLayout* m_column = nullptr;
    TimelineView* m_timeline = nullptr;
};

} // namespace baza::ui
