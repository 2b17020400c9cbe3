#include "ui/cards/CompanyCard.h"

#include "core/store/Store.h"
#include "ui/cards/ActivityComposer.h"
#include "ui/cards/CardWidgets.h"
#include "ui/cards/CustomFields.h"
#include "ui/cards/InlineEdit.h"
#include "ui/cards/RelatedSections.h"
#include "ui/cards/TimelineView.h"
#include "ui/deals/DealTimeline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace baza::ui {

using domain::Company;

CompanyCard::CompanyCard(store::Store& store, const QString& id, QWidget* parent)
    : RecordCard(store, QStringLiteral("company"), id, parent)
    , m_timeline(new TimelineView(this))
{
    setAccessibleName(tr("Company"));
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
        a.companyId = recordId();
        auto logged = this->store().logActivity(a);
        return logged ? Status() : Status(logged.error());
    });
    addComposerShortcuts(m_timeline->composer());
    reload();
}

void CompanyCard::buildHeader(QVBoxLayout* layout)
{
    m_avatar = new AvatarWidget(this);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("recordTitle"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = makeCaption(QString(), this);
    m_subtitle->setObjectName(QStringLiteral("headerSubtitle"));
    m_missing = new QLabel(tr("This company no longer exists (deleted, or its creation was "
                              "undone). Go back with Alt+Left."),
                           this);
    m_missing->setObjectName(QStringLiteral("recordMissing"));
    m_missing->setWordWrap(true);
    m_missing->hide();

    m_links = new QWidget(this);
    auto* links = new QHBoxLayout(m_links);
    links->setContentsMargins(0, 0, 0, 0);
    m_website = makeExternalLink(QStringLiteral("websiteLink"), m_links);
    m_phone = makeExternalLink(QStringLiteral("phoneLink"), m_links);
    links->addWidget(m_website);
    links->addWidget(makeCopyButton(
        QStringLiteral("websiteCopy"), tr("Copy the website"),
        [this]() { return m_company.website; }, m_links));
    links->addSpacing(12);
    links->addWidget(m_phone);
    links->addWidget(makeCopyButton(
        QStringLiteral("phoneCopy"), tr("Copy the phone number"),
        [this]() { return m_company.phone; }, m_links));
    links->addStretch(1);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setAccessibleName(tr("Owner"));
    connect(m_owner, &QComboBox::activated, this, [this]() {
        const QString owner = m_owner->currentData().toString();
        if (Status s = save([owner](Company& c) { c.ownerId = owner; }); !s)
            emit statusMessage(s.message());
    });
    auto* ownerRow = new QHBoxLayout;
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    ownerRow->addWidget(ownerLabel);
    ownerRow->addWidget(m_owner);
    ownerRow->addStretch(1);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_subtitle);
    text->addWidget(m_links);
    text->addLayout(ownerRow);
    auto* header = new QHBoxLayout;
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(text, 1);
    layout->addLayout(header);
    layout->addWidget(m_missing);
}

InlineEdit* CompanyCard::addField(QFormLayout* form, const QString& column,
                                  const QString& objectName, const QString& label, Apply apply)
{
    auto* edit = new InlineEdit(objectName, label, this);
    auto* error = makeErrorLabel(objectName + QStringLiteral("Error"), this);
    edit->setErrorLabel(error);
    edit->setSaveFunction([this, apply](const QString& typed) {
        return save([&](Company& c) { apply(c, typed.trimmed()); });
    });
    auto* box = new QWidget(this);
    auto* lines = new QVBoxLayout(box);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(0);
    lines->addWidget(edit);
    lines->addWidget(error);
    auto* caption = makeCaption(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, box);
    m_fields.insert(column, edit);
    return edit;
}

QWidget* CompanyCard::buildColumn()
{
    auto* content = new QWidget;
    m_column = new QVBoxLayout(content);
    m_column->setContentsMargins(0, 0, 8, 0);

    auto* details = new CardSection(QStringLiteral("detailsSection"), tr("Details"), content);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->body()->addLayout(form);
    using S = const QString&;
    addField(form, QStringLiteral("name"), QStringLiteral("nameField"), tr("Name"),
             [](Company& c, S v) { c.name = v; });
    addField(form, QStringLiteral("industry"), QStringLiteral("industryField"), tr("Industry"),
             [](Company& c, S v) { c.industry = v; });
    addField(form, QStringLiteral("domain"), QStringLiteral("domainField"), tr("Domain"),
             [](Company& c, S v) { c.domain = v; });
    addField(form, QStringLiteral("website"), QStringLiteral("websiteField"), tr("Website"),
             [](Company& c, S v) { c.website = v; });
    addField(form, QStringLiteral("phone"), QStringLiteral("phoneField"), tr("Phone"),
             [](Company& c, S v) { c.phone = v; });
    addField(form, QStringLiteral("street"), QStringLiteral("streetField"), tr("Street"),
             [](Company& c, S v) { c.address.street = v; });
    addField(form, QStringLiteral("postal_code"), QStringLiteral("postalCodeField"),
             tr("Postal code"), [](Company& c, S v) { c.address.postalCode = v; });
    addField(form, QStringLiteral("city"), QStringLiteral("cityField"), tr("City"),
             [](Company& c, S v) { c.address.city = v; });
    addField(form, QStringLiteral("country"), QStringLiteral("countryField"), tr("Country"),
             [](Company& c, S v) { c.address.country = v; });
    addField(form, QStringLiteral("notes"), QStringLiteral("notesField"), tr("Notes"),
             [](Company& c, S v) { c.notes = v; });
    m_column->addWidget(details);

    auto* custom = new CardSection(QStringLiteral("customSection"), tr("Custom fields"), content);
    m_custom = new CustomFields(custom);
    m_custom->setSaveFunction(
        [this](const QVariantMap& values) { return save([&](Company& c) { c.custom = values; }); });
    custom->body()->addWidget(m_custom);
    m_column->addWidget(custom);

    m_contactsSection = new CardSection(QStringLiteral("contactsSection"), tr("People"), content);
    m_contacts = new ContactsList(store(), recordId(), m_contactsSection);
    connect(m_contacts, &ContactsList::recordRequested, this, &RecordCard::recordRequested);
    connect(m_contacts, &ContactsList::countChanged, this,
            [this](int n) { m_contactsSection->setTitle(tr("People (%n)", nullptr, n)); });
    m_contactsSection->body()->addWidget(m_contacts);
    m_column->addWidget(m_contactsSection);

    m_dealsSection = new CardSection(QStringLiteral("dealsSection"), tr("Open deals"), content);
    m_deals = new DealsList(store(), entity(), recordId(), m_dealsSection);
    connect(m_deals, &DealsList::recordRequested, this, &RecordCard::recordRequested);
    connect(m_deals, &DealsList::countChanged, this,
            [this](int n) { m_dealsSection->setTitle(tr("Open deals (%n)", nullptr, n)); });
    m_dealsSection->body()->addWidget(m_deals);
    m_column->addWidget(m_dealsSection);

    m_tasksSection = new CardSection(QStringLiteral("tasksSection"), tr("Open tasks"), content);
    m_tasks = new TasksList(store(), entity(), recordId(), m_tasksSection);
    connect(m_tasks, &TasksList::countChanged, this,
            [this](int n) { m_tasksSection->setTitle(tr("Open tasks (%n)", nullptr, n)); });
    m_tasksSection->body()->addWidget(m_tasks);
    m_column->addWidget(m_tasksSection);
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

void CompanyCard::addSection(CardSection* section)
{
    m_column->insertWidget(m_column->count() - 1, section);
}

Status CompanyCard::save(const std::function<void(Company&)>& change)
{
    auto current = store().company(recordId());
    if (!current)
        return current.error();
    Company next = *current;
    change(next);
    if (next == *current)
        return {};
    return store().updateCompany(next);
}

void CompanyCard::reload()
{
    auto company = store().company(recordId());
    m_missing->setVisible(!company);
    m_owner->setEnabled(company.ok());
    if (!company)
        return;
    m_company = *company;
    m_name->setText(m_company.name);
    m_avatar->setName(m_company.name);
    setAccessibleName(tr("Company %1").arg(m_company.name));
    QStringList subtitle;
    for (const QString& part : {m_company.industry, m_company.address.city, m_company.domain}) {
        if (!part.isEmpty())
            subtitle << part;
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());
    QString url = m_company.website;
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    setExternalLink(m_website, m_company.website, url);
    QString dial;
    for (const QChar c : m_company.phone) {
        if (c.isDigit() || c == QLatin1Char('+'))
            dial += c;
    }
    setExternalLink(m_phone, m_company.phone, QStringLiteral("tel:") + dial);
    m_website->setVisible(!m_company.website.isEmpty());
    m_phone->setVisible(!m_company.phone.isEmpty());
    m_links->findChild<QWidget*>(QStringLiteral("websiteCopy"))
        ->setVisible(!m_company.website.isEmpty());
    m_links->findChild<QWidget*>(QStringLiteral("phoneCopy"))
        ->setVisible(!m_company.phone.isEmpty());
    m_links->setVisible(!m_company.website.isEmpty() || !m_company.phone.isEmpty());

    m_owner->clear();
    m_owner->addItem(tr("Nobody"), QString());
    if (auto users = store().users()) {
        for (const domain::UserProfile& u : std::as_const(*users))
            m_owner->addItem(u.name, u.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_company.ownerId)));

    const QHash<QString, QString> values{
        {QStringLiteral("name"), m_company.name},
        {QStringLiteral("industry"), m_company.industry},
        {QStringLiteral("domain"), m_company.domain},
        {QStringLiteral("website"), m_company.website},
        {QStringLiteral("phone"), m_company.phone},
        {QStringLiteral("street"), m_company.address.street},
        {QStringLiteral("postal_code"), m_company.address.postalCode},
        {QStringLiteral("city"), m_company.address.city},
        {QStringLiteral("country"), m_company.address.country},
        {QStringLiteral("notes"), m_company.notes}};
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setStoredValue(values.value(it.key()));
    m_custom->setValues(m_company.custom);
    m_contacts->reload();
    m_deals->reload();
    m_tasks->reload();
    reloadTimeline();
}

void CompanyCard::reloadTimeline()
{
    QHash<QString, QString> userNames;
    if (auto users = store().users()) {
        for (const domain::UserProfile& u : std::as_const(*users))
            userNames.insert(u.id, u.name);
    }
    // Activities of the company's people say whom they were with.
    QHash<QString, QString> people;
    if (auto contacts = store().contactsOfCompany(recordId())) {
        for (const domain::Contact& c : std::as_const(*contacts))
            people.insert(c.id, c.displayName());
    }
    QList<TimelineItem> items;
    if (auto activities = store().timelineActivities(entity(), recordId()))
        items = TimelineModel::fromActivities(*activities, userNames, people);
    if (auto history = store().history(entity(), recordId()))
        items += TimelineModel::fromHistory(*history);
    // The progress of the deals around the record: moved, won, lost.
    if (auto deals = store().dealHistoryFor(entity(), recordId()))
        items += DealTimeline::fromEvents(*deals);
    m_timeline->setItems(std::move(items));
}

bool CompanyCard::commitPendingEdits()
{
    bool ok = RecordCard::commitPendingEdits();
    if (m_timeline->composer()->hasInput())
        ok &= m_timeline->composer()->submit();
    if (m_tasks->hasInput())
        ok &= m_tasks->addTask();
    return ok;
}

} // namespace baza::ui
