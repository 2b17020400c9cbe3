#pragma once

#include "core/common/Result.h"
#include "core/domain/Contact.h"
#include "ui/cards/RecordCard.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace baza::ui {

class AvatarWidget;
class CardSection;
class ChannelList;
class ConsentsSection;
class CustomFields;
class DealsList;
class InlineEdit;
class TagChips;
class TasksList;
class TimelineView;

// A person: header (avatar, name, job title and company link, lifecycle stage, owner, tags),
// a column of sections (details, emails, phones, address, custom fields, open deals, open
// tasks, consents) and the timeline. Every field saves itself; see RecordCard.
class ContactCard final : public RecordCard
{
    Q_OBJECT
public:
    ContactCard(store::Store& store, const QString& id, QWidget* parent);

    void reload() override;
    bool commitPendingEdits() override;

    // Adds a section to the column under the built-in ones (orders, tickets … when they come).
    void addSection(CardSection* section);
    TimelineView* timeline() const { return m_timeline; }

private:
    using Apply = std::function<void(domain::Contact&, const QString&)>;
    InlineEdit* addField(QFormLayout* form, const QString& objectName, const QString& label,
                         Apply apply);
    // Reads the contact, lets `change` edit it, saves it.
    Status save(const std::function<void(domain::Contact&)>& change);
    void buildHeader(QVBoxLayout* layout);
    QWidget* buildColumn();
    void reloadTimeline();
    void fillCombos();

    domain::Contact m_contact;
    AvatarWidget* m_avatar = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_missing = nullptr;
    QComboBox* m_lifecycle = nullptr;
    QComboBox* m_owner = nullptr;
    TagChips* m_tags = nullptr;
    QHash<QString, InlineEdit*> m_fields; // by column name
    InlineEdit* m_company = nullptr;
    ChannelList* m_emails = nullptr;
    ChannelList* m_phones = nullptr;
    CustomFields* m_custom = nullptr;
    CardSection* m_dealsSection = nullptr;
    DealsList* m_deals = nullptr;
    CardSection* m_tasksSection = nullptr;
    TasksList* m_tasks = nullptr;
    ConsentsSection* m_consents = nullptr;
    QVBoxLayout* m_column = nullptr;
    TimelineView* m_timeline = nullptr;
};

} // namespace baza::ui
