#include "ui/lists/ListFilterBar.h"

#include "core/domain/Contact.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace baza::ui {

using store::LastContact;
using store::ListEntity;
using store::ListFilter;

namespace {

constexpr int TypingDelayMs = 150;
constexpr int CreatedBetween = -1;

QVariant lastContactData(LastContact kind, int days)
{
    return QVariantList{int(kind), days};
}

} // namespace

ListFilterBar::ListFilterBar(ListEntity entity, QWidget* parent)
    : QWidget(parent)
    , m_entity(entity)
    , m_row(new QWidget(this))
    , m_typing(new QTimer(this))
{
    const bool contacts = entity == ListEntity::Contacts;
    setObjectName(contacts ? QStringLiteral("contactFilters") : QStringLiteral("companyFilters"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(contacts ? QStringLiteral("contactSearch")
                                     : QStringLiteral("companySearch"));
    m_search->setAccessibleName(contacts ? tr("Search contacts") : tr("Search companies"));
    m_search->setPlaceholderText(contacts ? tr("Search by name, email, phone, company, city or tag")
                                          : tr("Search by name, domain, industry or city"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto* row = new QHBoxLayout(m_row);
    row->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_row);

    if (contacts) {
        m_tag = addCombo("tagFilter", tr("Tag"));
        setTags({});
    }
    m_owner = addCombo("ownerFilter", tr("Owner"));
    setOwners({});
    if (contacts) {
        m_lifecycle = addCombo("lifecycleFilter", tr("Lifecycle stage"));
        m_lifecycle->addItem(tr("Any stage"));
        for (int s = int(domain::Lifecycle::Subscriber); s <= int(domain::Lifecycle::Other); ++s) {
            const auto stage = domain::Lifecycle(s);
            m_lifecycle->addItem(domain::lifecycleDisplayName(stage), domain::lifecycleKey(stage));
        }
    } else {
        m_industry = addEdit("industryFilter", tr("Industry"), tr("Industry"));
    }
    m_city = addEdit("cityFilter", tr("City"), tr("City"));
    if (!contacts)
        m_country = addEdit("countryFilter", tr("Country"), tr("Country"));
    if (contacts) {
        m_lastContacted = addCombo("lastContactedFilter", tr("Last contacted"));
        fillLastContacted();
    }
    m_created = addCombo("createdFilter", tr("Created"));
    fillCreated();
    m_createdFrom = new QDateEdit(QDate::currentDate().addMonths(-1), m_row);
    m_createdFrom->setObjectName(QStringLiteral("createdFromEdit"));
    m_createdFrom->setAccessibleName(tr("Created from"));
    m_createdTo = new QDateEdit(QDate::currentDate(), m_row);
    m_createdTo->setObjectName(QStringLiteral("createdToEdit"));
    m_createdTo->setAccessibleName(tr("Created until"));
    for (QDateEdit* e : {m_createdFrom, m_createdTo}) {
        e->setCalendarPopup(true);
        row->addWidget(e);
        connect(e, &QDateEdit::dateChanged, this, &ListFilterBar::emitSoon);
    }
    row->addStretch(1);
    updateDateEdits();

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &ListFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this]() {
        if (!m_quiet)
            m_typing->start();
    });
}

QComboBox* ListFilterBar::addCombo(const char* objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(m_row);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    static_cast<QHBoxLayout*>(m_row->layout())->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
        updateDateEdits();
        emitSoon();
    });
    return combo;
}

QLineEdit* ListFilterBar::addEdit(const char* objectName, const QString& accessibleName,
                                  const QString& placeholder)
{
    auto* edit = new QLineEdit(m_row);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(140);
    static_cast<QHBoxLayout*>(m_row->layout())->addWidget(edit);
    connect(edit, &QLineEdit::textChanged, this, [this]() {
        if (!m_quiet)
            m_typing->start();
    });
    return edit;
}

void ListFilterBar::fillLastContacted()
{
    m_lastContacted->addItem(tr("Contacted any time"), lastContactData(LastContact::Any, 0));
    m_lastContacted->addItem(tr("Never contacted"), lastContactData(LastContact::Never, 0));
    for (int days : {7, 30, 90})
        m_lastContacted->addItem(tr("Not contacted in %n day(s)", nullptr, days),
                                 lastContactData(LastContact::NotWithinDays, days));
    for (int days : {7, 30})
        m_lastContacted->addItem(tr("Contacted in the last %n day(s)", nullptr, days),
                                 lastContactData(LastContact::WithinDays, days));
}

void ListFilterBar::fillCreated()
{
    m_created->addItem(tr("Created any time"), 0);
    m_created->addItem(tr("Created today"), 1);
    for (int days : {7, 30, 365})
        m_created->addItem(tr("Created in the last %n day(s)", nullptr, days), days);
    m_created->addItem(tr("Created between…"), CreatedBetween);
}

void ListFilterBar::updateDateEdits()
{
    if (!m_createdFrom)
        return;
    const bool between = m_created->currentData().toInt() == CreatedBetween;
    m_createdFrom->setVisible(between);
    m_createdTo->setVisible(between);
}

void ListFilterBar::emitSoon()
{
    if (!m_quiet)
        emit filterChanged();
}

void ListFilterBar::setTags(const QStringList& tags)
{
    if (!m_tag)
        return;
    const QString current = m_tag->currentData().toString();
    m_quiet = true;
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    for (const QString& t : tags)
        m_tag->addItem(t, t);
    const int at = current.isEmpty() ? 0 : m_tag->findData(current);
    if (at < 0)
        m_tag->addItem(current, current); // a segment's tag that no longer exists
    m_tag->setCurrentIndex(at < 0 ? m_tag->count() - 1 : at);
    m_quiet = false;
}

void ListFilterBar::setOwners(const QList<QPair<QString, QString>>& owners)
{
    const QVariant current = m_owner->currentData();
    m_quiet = true;
    m_owner->clear();
    m_owner->addItem(tr("Any owner"));
    m_owner->addItem(tr("No owner"), QStringLiteral(""));
    for (const auto& [id, name] : owners)
        m_owner->addItem(name, id);
    const int at = current.isValid() ? m_owner->findData(current) : 0;
    m_owner->setCurrentIndex(std::max(0, at));
    m_quiet = false;
}

ListFilter ListFilterBar::filter() const
{
    ListFilter f;
    f.search = m_search->text().trimmed();
    if (m_tag && m_tag->currentIndex() > 0)
        f.tags = {m_tag->currentData().toString()};
    if (m_owner->currentData().isValid())
        f.ownerIds = {m_owner->currentData().toString()};
    if (m_lifecycle && m_lifecycle->currentIndex() > 0)
        f.lifecycle = {m_lifecycle->currentData().toString()};
    f.city = m_city->text().trimmed();
    if (m_country)
        f.country = m_country->text().trimmed();
    if (m_industry)
        f.industry = m_industry->text().trimmed();
    if (m_lastContacted) {
        const QVariantList v = m_lastContacted->currentData().toList();
        f.lastContact = LastContact(v.value(0).toInt());
        f.lastContactDays = f.lastContact == LastContact::Any ? 30 : v.value(1).toInt();
    }
    const int created = m_created->currentData().toInt();
    if (created == CreatedBetween) {
        f.createdFrom = m_createdFrom->date();
        f.createdTo = m_createdTo->date();
    } else {
        f.createdWithinDays = created;
    }
    return f;
}

void ListFilterBar::setFilter(const ListFilter& f)
{
    m_quiet = true;
    m_typing->stop();
    m_search->setText(f.search);
    if (m_tag) {
        const QString tag = f.tags.value(0);
        int at = tag.isEmpty() ? 0 : m_tag->findData(tag);
        if (at < 0) {
            m_tag->addItem(tag, tag);
            at = m_tag->count() - 1;
        }
        m_tag->setCurrentIndex(at);
    }
    m_owner->setCurrentIndex(
        f.ownerIds.isEmpty() ? 0 : std::max(0, m_owner->findData(f.ownerIds.first())));
    if (m_lifecycle)
        m_lifecycle->setCurrentIndex(
            f.lifecycle.isEmpty() ? 0 : std::max(0, m_lifecycle->findData(f.lifecycle.first())));
    m_city->setText(f.city);
    if (m_country)
        m_country->setText(f.country);
    if (m_industry)
        m_industry->setText(f.industry);
    if (m_lastContacted) {
        const int days = f.lastContact == LastContact::Any || f.lastContact == LastContact::Never
                             ? 0
                             : f.lastContactDays;
        const QVariant wanted = lastContactData(f.lastContact, days);
        int at = m_lastContacted->findData(wanted);
        if (at < 0) {
            // A segment saved with a span the menu does not offer.
            m_lastContacted->addItem(f.lastContact == LastContact::WithinDays
                                         ? tr("Contacted in the last %n day(s)", nullptr, days)
                                         : tr("Not contacted in %n day(s)", nullptr, days),
                                     wanted);
            at = m_lastContacted->count() - 1;
        }
        m_lastContacted->setCurrentIndex(at);
    }
    if (f.createdFrom.isValid() || f.createdTo.isValid()) {
        m_created->setCurrentIndex(m_created->findData(CreatedBetween));
        m_createdFrom->setDate(f.createdFrom.isValid() ? f.createdFrom : QDate(2000, 1, 1));
        m_createdTo->setDate(f.createdTo.isValid() ? f.createdTo : QDate::currentDate());
    } else {
        m_created->setCurrentIndex(std::max(0, m_created->findData(f.createdWithinDays)));
    }
    updateDateEdits();
    m_quiet = false;
}

} // namespace baza::ui
