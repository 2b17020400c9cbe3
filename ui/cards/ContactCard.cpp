#include "ui/cards/ContactCard.h"

#include "core/store/Store.h"
#include "ui/cards/ActivityComposer.h"
#include "ui/cards/CardWidgets.h"
#include "ui/cards/ChannelList.h"
#include "ui/cards/CompanyPicker.h"
#include "ui/cards/ConsentsSection.h"
#include "ui/cards/CustomFields.h"
#include "ui/cards/InlineEdit.h"
#include "ui/cards/RelatedSections.h"
#include "ui/cards/TagChips.h"
#include "ui/cards/TimelineView.h"
#include "ui/deals/ConvertLeadDialog.h"
#include "ui/deals/DealTimeline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace baza::ui {

using domain::Contact;

ContactCard::ContactCard(store::Store& store, const QString& id, QWidget* parent)
    : RecordCard(store, QStringLiteral("contact"), id, parent)
    , m_timeline(new TimelineView(this))
{
    setAccessibleName(tr("Contact"));
    auto* layout = new QVBoxLayout(this);
    buildHeader(layout);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("cardSplitter"));
    splitter->addWidget(buildColumn());
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_timeline->composer()->setSaveFunction([this](domain::Activity a) -> Status {
        a.contactId = recordId();
        a.companyId = m_contact.companyId;
        auto logged = this->store().logActivity(a);
        return logged ? Status() : Status(logged.error());
    });
    addComposerShortcuts(m_timeline->composer());
    reload();
}

void ContactCard::buildHeader(QVBoxLayout* layout)
{
    m_avatar = new AvatarWidget(this);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("recordTitle"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("headerSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_subtitle, &QLabel::linkActivated, this, [this](const QString& link) {
        const int colon = int(link.indexOf(QLatin1Char(':')));
        emit recordRequested(link.left(colon), link.mid(colon + 1));
    });
    m_missing = new QLabel(tr("This contact no longer exists (deleted, or its creation was "
                              "undone). Go back with Alt+Left."),
                           this);
    m_missing->setObjectName(QStringLiteral("recordMissing"));
    m_missing->setWordWrap(true);
    m_missing->hide();

    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleCombo"));
    m_lifecycle->setAccessibleName(tr("Lifecycle stage"));
    for (int i = 0; i <= int(domain::Lifecycle::Other); ++i) {
        const auto stage = domain::Lifecycle(i);
        m_lifecycle->addItem(domain::lifecycleDisplayName(stage), domain::lifecycleKey(stage));
    }
    connect(m_lifecycle, &QComboBox::activated, this, [this]() {
        domain::Lifecycle stage;
        if (!domain::lifecycleFromKey(m_lifecycle->currentData().toString(), &stage))
            return;
        if (Status s = save([stage](Contact& c) { c.lifecycle = stage; }); !s)
            emit statusMessage(s.message());
    });
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setAccessibleName(tr("Owner"));
    connect(m_owner, &QComboBox::activated, this, [this]() {
        const QString owner = m_owner->currentData().toString();
        if (Status s = save([owner](Contact& c) { c.ownerId = owner; }); !s)
            emit statusMessage(s.message());
    });
    m_tags = new TagChips(this);
    connect(m_tags, &TagChips::tagsEdited, this, [this](const QStringList& tags) {
        if (Status s = save([tags](Contact& c) { c.tags = tags; }); !s)
            emit statusMessage(s.message());
    });

    auto* pickers = new QHBoxLayout;
    auto* stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_lifecycle);
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    pickers->addWidget(stageLabel);
    pickers->addWidget(m_lifecycle);
    pickers->addSpacing(12);
    pickers->addWidget(ownerLabel);
    pickers->addWidget(m_owner);
    pickers->addStretch(1);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_subtitle);
    text->addLayout(pickers);
    text->addWidget(m_tags);
    auto* header = new QHBoxLayout;
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(text, 1);
    layout->addLayout(header);
    layout->addWidget(m_missing);
}

InlineEdit* ContactCard::addField(QFormLayout* form, const QString& objectName,
                                  const QString& label, Apply apply)
{
    auto* edit = new InlineEdit(objectName, label, this);
    auto* error = makeErrorLabel(objectName + QStringLiteral("Error"), this);
    edit->setErrorLabel(error);
    edit->setSaveFunction([this, apply](const QString& typed) {
        return save([&](Contact& c) { apply(c, typed.trimmed()); });
    });
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(edit);
    column->addWidget(error);
    auto* caption = makeCaption(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, box);
    return edit;
}

QWidget* ContactCard::buildColumn()
{
    auto* content = new QWidget;
    m_column = new QVBoxLayout(content);
    m_column->setContentsMargins(0, 0, 8, 0);

    auto* details = new CardSection(QStringLiteral("detailsSection"), tr("Details"), content);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->body()->addLayout(form);
    m_fields.insert(QStringLiteral("first_name"),
                    addField(form, QStringLiteral("firstNameField"), tr("First name"),
                             [](Contact& c, const QString& v) { c.firstName = v; }));
    m_fields.insert(QStringLiteral("middle_name"),
                    addField(form, QStringLiteral("middleNameField"), tr("Middle name"),
                             [](Contact& c, const QString& v) { c.middleName = v; }));
    m_fields.insert(QStringLiteral("last_name"),
                    addField(form, QStringLiteral("lastNameField"), tr("Last name"),
                             [](Contact& c, const QString& v) { c.lastName = v; }));
    m_fields.insert(QStringLiteral("title"),
                    addField(form, QStringLiteral("titleField"), tr("Job title"),
                             [](Contact& c, const QString& v) { c.title = v; }));
    m_company = addField(form, QStringLiteral("companyField"), tr("Company"), {});
    attachCompanyPicker(m_company, store());
    m_company->setSaveFunction([this](const QString& typed) -> Status {
        QString companyId;
        if (!typed.trimmed().isEmpty()) {
            auto found = store().companyIdByName(typed);
            if (!found)
                return found.error();
            companyId = *found;
        }
        return save([&](Contact& c) { c.companyId = companyId; });
    });
    m_fields.insert(QStringLiteral("source"),
                    addField(form, QStringLiteral("sourceField"), tr("Source"),
                             [](Contact& c, const QString& v) { c.source = v; }));
    m_column->addWidget(details);

    auto* emails = new CardSection(QStringLiteral("emailsSection"), tr("Email"), content);
    m_emails = new ChannelList(ChannelList::Email, emails);
    m_emails->setSaveFunction([this](const QList<ChannelList::Item>& items) {
        return save([&](Contact& c) {
            c.emails.clear();
            for (const auto& i : items)
                c.emails.append({i.label, i.value});
        });
    });
    emails->body()->addWidget(m_emails);
    m_column->addWidget(emails);
    auto* phones = new CardSection(QStringLiteral("phonesSection"), tr("Phone"), content);
    m_phones = new ChannelList(ChannelList::Phone, phones);
    m_phones->setSaveFunction([this](const QList<ChannelList::Item>& items) {
        return save([&](Contact& c) {
            c.phones.clear();
            for (const auto& i : items)
                c.phones.append({i.label, i.value});
        });
    });
    phones->body()->addWidget(m_phones);
    m_column->addWidget(phones);

    auto* address = new CardSection(QStringLiteral("addressSection"), tr("Address"), content);
    auto* addressForm = new QFormLayout;
    addressForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    address->body()->addLayout(addressForm);
    m_fields.insert(QStringLiteral("street"),
                    addField(addressForm, QStringLiteral("streetField"), tr("Street"),
                             [](Contact& c, const QString& v) { c.address.street = v; }));
    m_fields.insert(QStringLiteral("postal_code"),
                    addField(addressForm, QStringLiteral("postalCodeField"), tr("Postal code"),
                             [](Contact& c, const QString& v) { c.address.postalCode = v; }));
    m_fields.insert(QStringLiteral("city"),
                    addField(addressForm, QStringLiteral("cityField"), tr("City"),
                             [](Contact& c, const QString& v) { c.address.city = v; }));
    m_fields.insert(QStringLiteral("region"),
                    addField(addressForm, QStringLiteral("regionField"), tr("Region"),
                             [](Contact& c, const QString& v) { c.address.region = v; }));
    m_fields.insert(QStringLiteral("country"),
                    addField(addressForm, QStringLiteral("countryField"), tr("Country"),
                             [](Contact& c, const QString& v) { c.address.country = v; }));
    m_column->addWidget(address);

    auto* custom = new CardSection(QStringLiteral("customSection"), tr("Custom fields"), content);
    m_custom = new CustomFields(custom);
    m_custom->setSaveFunction(
        [this](const QVariantMap& values) { return save([&](Contact& c) { c.custom = values; }); });
    custom->body()->addWidget(m_custom);
    m_column->addWidget(custom);

    m_dealsSection = new CardSection(QStringLiteral("dealsSection"), tr("Open deals"), content);
    m_deals = new DealsList(store(), entity(), recordId(), m_dealsSection);
    connect(m_deals, &DealsList::recordRequested, this, &RecordCard::recordRequested);
    connect(m_deals, &DealsList::countChanged, this,
            [this](int n) { m_dealsSection->setTitle(tr("Open deals (%n)", nullptr, n)); });
    m_dealsSection->body()->addWidget(m_deals);
    // Lead conversion: a deal for this person in a chosen pipeline and stage (one command).
    auto* convert = new QPushButton(tr("Convert to deal…"), m_dealsSection);
    convert->setObjectName(QStringLiteral("convertToDeal"));
    connect(convert, &QPushButton::clicked, this, [this]() {
        commitPendingEdits();
        auto* dialog = new ConvertLeadDialog(store(), recordId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConvertLeadDialog::dealCreated, this, [this](const QString& dealId) {
            emit recordRequested(QStringLiteral("deal"), dealId);
        });
        dialog->open();
    });
    m_dealsSection->body()->addWidget(convert, 0, Qt::AlignLeft);
    m_column->addWidget(m_dealsSection);

    m_tasksSection = new CardSection(QStringLiteral("tasksSection"), tr("Open tasks"), content);
    m_tasks = new TasksList(store(), entity(), recordId(), m_tasksSection);
    connect(m_tasks, &TasksList::countChanged, this,
            [this](int n) { m_tasksSection->setTitle(tr("Open tasks (%n)", nullptr, n)); });
    m_tasksSection->body()->addWidget(m_tasks);
    m_column->addWidget(m_tasksSection);

    auto* consents = new CardSection(QStringLiteral("consentsSection"), tr("Consents"), content);
    m_consents = new ConsentsSection(store(), recordId(), consents);
    consents->body()->addWidget(m_consents);
    m_column->addWidget(consents);
    m_column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("cardColumn"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than its content: with no horizontal scroll bar, buttons would be cut off.
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

void ContactCard::addSection(CardSection* section)
{
    // Before the stretch that keeps the sections at the top.
    m_column->insertWidget(m_column->count() - 1, section);
}

Status ContactCard::save(const std::function<void(Contact&)>& change)
{
    auto current = store().contact(recordId());
    if (!current)
        return current.error();
    Contact next = *current;
    change(next);
    if (next == *current)
        return {};
    return store().updateContact(next);
}

void ContactCard::fillCombos()
{
    m_lifecycle->setCurrentIndex(m_lifecycle->findData(domain::lifecycleKey(m_contact.lifecycle)));
    m_owner->clear();
    m_owner->addItem(tr("Nobody"), QString());
    if (auto users = store().users()) {
        for (const domain::UserProfile& u : std::as_const(*users))
            m_owner->addItem(u.name, u.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_contact.ownerId)));
}

void ContactCard::reload()
{
    auto contact = store().contact(recordId());
    const bool exists = contact.ok();
    m_missing->setVisible(!exists);
    for (QWidget* w : {static_cast<QWidget*>(m_lifecycle), static_cast<QWidget*>(m_owner),
                       static_cast<QWidget*>(m_tags)})
        w->setEnabled(exists);
    if (!exists)
        return;
    m_contact = *contact;
    const QString name = m_contact.displayName();
    m_name->setText(name);
    m_avatar->setName(name);
    setAccessibleName(tr("Contact %1").arg(name));

    QString companyName;
    if (!m_contact.companyId.isEmpty()) {
        if (auto company = store().company(m_contact.companyId))
            companyName = company->name;
    }
    QStringList subtitle;
    if (!m_contact.title.isEmpty())
        subtitle << m_contact.title.toHtmlEscaped();
    if (!companyName.isEmpty())
        subtitle << QStringLiteral("<a href=\"company:%1\">%2</a>")
                        .arg(m_contact.companyId, companyName.toHtmlEscaped());
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());

    fillCombos();
    m_tags->setTags(m_contact.tags);
    if (auto tags = store().tags()) {
        QStringList known;
        for (const domain::Tag& t : std::as_const(*tags))
            known << t.name;
        m_tags->setKnownTags(known);
    }
    const QHash<QString, QString> values{
        {QStringLiteral("first_name"), m_contact.firstName},
        {QStringLiteral("middle_name"), m_contact.middleName},
        {QStringLiteral("last_name"), m_contact.lastName},
        {QStringLiteral("title"), m_contact.title},
        {QStringLiteral("source"), m_contact.source},
        {QStringLiteral("street"), m_contact.address.street},
        {QStringLiteral("postal_code"), m_contact.address.postalCode},
        {QStringLiteral("city"), m_contact.address.city},
        {QStringLiteral("region"), m_contact.address.region},
        {QStringLiteral("country"), m_contact.address.country}};
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setStoredValue(values.value(it.key()));
    m_company->setStoredValue(companyName);

    QList<ChannelList::Item> emails, phones;
    for (const auto& e : std::as_const(m_contact.emails))
        emails.append({e.label, e.address});
    for (const auto& p : std::as_const(m_contact.phones))
        phones.append({p.label, p.number});
    m_emails->setItems(emails);
    m_phones->setItems(phones);
    m_custom->setValues(m_contact.custom);
    m_deals->reload();
    m_tasks->reload();
    m_consents->reload();
    reloadTimeline();
}

void ContactCard::reloadTimeline()
{
    QHash<QString, QString> userNames;
    if (auto users = store().users()) {
        for (const domain::UserProfile& u : std::as_const(*users))
            userNames.insert(u.id, u.name);
    }
    QList<TimelineItem> items;
    if (auto activities = store().timelineActivities(entity(), recordId()))
        items = TimelineModel::fromActivities(*activities, userNames);
    if (auto history = store().history(entity(), recordId()))
        items += TimelineModel::fromHistory(*history);
    // The progress of the deals around the record: moved, won, lost.
    if (auto deals = store().dealHistoryFor(entity(), recordId()))
        items += DealTimeline::fromEvents(*deals);
    m_timeline->setItems(std::move(items));
}

bool ContactCard::commitPendingEdits()
{
    bool ok = RecordCard::commitPendingEdits();
    // A half-written note or task is input too.
    if (m_timeline->composer()->hasInput())
        ok &= m_timeline->composer()->submit();
    if (m_tasks->hasInput())
        ok &= m_tasks->addTask();
    return ok;
}

} // namespace baza::ui
