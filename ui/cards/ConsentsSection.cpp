#include "ui/cards/ConsentsSection.h"

#include "core/store/Store.h"
#include "ui/cards/CardText.h"
#include "ui/cards/InlineEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baza::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ConsentsSection::ConsentsSection(store::Store& store, const QString& contactId, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_contactId(contactId)
    , m_tree(new QTreeWidget(this))
    , m_channel(new QComboBox(this))
    , m_purpose(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_source(new QLineEdit(this))
    , m_error(makeErrorLabel(QStringLiteral("consentError"), this))
{
    m_tree->setObjectName(QStringLiteral("consentsList"));
    m_tree->setAccessibleName(tr("Consents"));
    m_tree->setHeaderLabels({tr("Channel"), tr("Purpose"), tr("Status"), tr("Date"), tr("Source")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_channel->setObjectName(QStringLiteral("consentChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (const char* c : {"email", "phone", "sms", "post"})
        m_channel->addItem(cardtext::consentChannelName(QLatin1String(c)), QLatin1String(c));
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setPlaceholderText(tr("Purpose, e.g. newsletter"));
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const char* s : {"granted", "pending", "withdrawn"})
        m_status->addItem(cardtext::consentStatusName(QLatin1String(s)), QLatin1String(s));
    m_source->setObjectName(QStringLiteral("consentSource"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setPlaceholderText(tr("Source, e.g. web form"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("consentAdd"));
    add->setAccessibleName(tr("Add consent"));
    auto* grant = new QPushButton(tr("Grant"), this);
    grant->setObjectName(QStringLiteral("consentGrant"));
    grant->setToolTip(tr("Mark the selected consent as granted, today"));
    auto* withdraw = new QPushButton(tr("Withdraw"), this);
    withdraw->setObjectName(QStringLiteral("consentWithdraw"));
    withdraw->setToolTip(tr("Mark the selected consent as withdrawn, today"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tree);
    auto* change = new QHBoxLayout;
    change->addStretch(1);
    change->addWidget(grant);
    change->addWidget(withdraw);
    layout->addLayout(change);
    auto* first = new QHBoxLayout;
    first->addWidget(m_channel);
    first->addWidget(m_purpose, 1);
    auto* second = new QHBoxLayout;
    second->addWidget(m_status);
    second->addWidget(m_source, 1);
    second->addWidget(add);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(m_error);

    connect(add, &QPushButton::clicked, this, &ConsentsSection::addConsent);
    connect(m_purpose, &QLineEdit::returnPressed, this, &ConsentsSection::addConsent);
    connect(m_source, &QLineEdit::returnPressed, this, &ConsentsSection::addConsent);
    connect(grant, &QPushButton::clicked, this,
            [this]() { changeSelected(QStringLiteral("granted")); });
    connect(withdraw, &QPushButton::clicked, this,
            [this]() { changeSelected(QStringLiteral("withdrawn")); });
}

void ConsentsSection::reload()
{
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
    m_tree->clear();
    auto consents = m_store.consents(m_contactId);
    const QList<domain::Consent> list = consents ? *consents : QList<domain::Consent>();
    for (const domain::Consent& c : list) {
        auto* item = new QTreeWidgetItem(m_tree, {cardtext::consentChannelName(c.channel),
                                                  c.purpose, cardtext::consentStatusName(c.status),
                                                  cardtext::dateTime(c.decidedAt), c.source});
        item->setData(0, IdRole, c.id);
        if (c.id == selected)
            m_tree->setCurrentItem(item);
    }
    const int row = m_tree->fontMetrics().height() + 8;
    m_tree->setFixedHeight(m_tree->header()->sizeHint().height() +
                           std::clamp(int(list.size()), 1, 5) * row + 4);
    m_tree->setVisible(!list.isEmpty());
}

bool ConsentsSection::addConsent()
{
    domain::Consent c;
    c.contactId = m_contactId;
    c.channel = m_channel->currentData().toString();
    c.purpose = m_purpose->text().trimmed();
    c.status = m_status->currentData().toString();
    c.source = m_source->text().trimmed();
    c.decidedAt = QDateTime::currentDateTimeUtc();
    auto added = m_store.addConsent(c);
    if (!added) {
        showError(added.message());
        return false;
    }
    m_error->hide();
    m_purpose->clear();
    m_source->clear();
    return true;
}

bool ConsentsSection::changeSelected(const QString& status)
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        showError(tr("Select a consent in the list first."));
        return false;
    }
    auto consents = m_store.consents(m_contactId);
    if (!consents) {
        showError(consents.message());
        return false;
    }
    for (domain::Consent c : std::as_const(*consents)) {
        if (c.id != item->data(0, IdRole).toString())
            continue;
        c.status = status;
        c.decidedAt = QDateTime::currentDateTimeUtc();
        if (Status s = m_store.updateConsent(c); !s) {
            showError(s.message());
            return false;
        }
        m_error->hide();
        return true;
    }
    return false;
}

void ConsentsSection::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace baza::ui
