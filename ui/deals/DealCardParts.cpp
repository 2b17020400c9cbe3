// The deal card's side panels: people involved, line items, next step and timeline.
#include "ui/deals/DealCard.h"

#include "core/domain/Money.h"
#include "core/store/Store.h"
#include "ui/cards/ActivityComposer.h"
#include "ui/cards/TimelineView.h"
#include "ui/deals/DealTimeline.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baza::ui {

using namespace baza::domain;

QWidget* DealCard::buildPeople()
{
    auto* box = new QGroupBox(tr("People involved"), this);
    m_people = new QListWidget(box);
    m_people->setObjectName(QStringLiteral("dealPeople"));
    m_people->setAccessibleName(tr("People involved"));
    m_people->setMaximumHeight(110);
    m_personSearch = new QLineEdit(box);
    m_personSearch->setObjectName(QStringLiteral("dealPersonSearch"));
    m_personSearch->setPlaceholderText(tr("Find a person to add"));
    m_personSearch->setAccessibleName(tr("Find a person to add"));
    m_role = new QLineEdit(box);
    m_role->setObjectName(QStringLiteral("dealPersonRole"));
    m_role->setPlaceholderText(tr("Role, e.g. decision maker"));
    m_role->setAccessibleName(tr("Role"));
    m_personResults = new QListWidget(box);
    m_personResults->setObjectName(QStringLiteral("dealPersonResults"));
    m_personResults->setMaximumHeight(90);
    m_personResults->hide();
    auto* remove = new QPushButton(tr("Remove person"), box);
    remove->setObjectName(QStringLiteral("dealPersonRemove"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_people);
    auto* row = new QHBoxLayout;
    row->addWidget(m_personSearch, 2);
    row->addWidget(m_role, 1);
    layout->addLayout(row);
    layout->addWidget(m_personResults);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(errorLabel(QStringLiteral("contact_id")));

    connect(m_personSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_personResults->clear();
        if (text.trimmed().size() >= 2) {
            if (auto hits = m_store.search(text, 8)) {
                for (const store::SearchResult& r : std::as_const(*hits)) {
                    if (r.entity != QLatin1String("contact"))
                        continue;
                    auto* item = new QListWidgetItem(
                        r.subtitle.isEmpty() ? r.title
                                             : r.title + QStringLiteral(" · ") + r.subtitle,
                        m_personResults);
                    item->setData(Qt::UserRole, r.id);
                }
            }
        }
        m_personResults->setVisible(m_personResults->count() > 0);
    });
    connect(m_personResults, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        auto added =
            m_store.addDealContact(m_id, item->data(Qt::UserRole).toString(), m_role->text());
        report(QStringLiteral("contact_id"), added ? Status() : Status(added.error()));
        if (added) {
            m_personSearch->clear();
            m_role->clear();
        }
    });
    connect(m_people, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recordRequested(QStringLiteral("contact"), item->data(Qt::UserRole + 1).toString());
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (QListWidgetItem* item = m_people->currentItem())
            report(QStringLiteral("contact_id"),
                   m_store.removeDealContact(item->data(Qt::UserRole).toString()));
    });
    return box;
}

void DealCard::loadPeople()
{
    m_people->clear();
    auto people = m_store.dealContacts(m_id);
    if (!people)
        return;
    for (const DealContact& p : std::as_const(*people)) {
        auto* item = new QListWidgetItem(
            p.role.isEmpty() ? p.contactName : tr("%1 — %2").arg(p.contactName, p.role), m_people);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.contactId);
    }
}

QWidget* DealCard::buildItems()
{
    auto* box = new QGroupBox(tr("Products and line items"), this);
    m_items = new QTableWidget(box);
    m_items->setObjectName(QStringLiteral("dealItems"));
    m_items->setAccessibleName(tr("Line items"));
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Unit price"), tr("Total")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The number columns fit their headings and amounts in every language (a handful of rows).
    for (int column = 1; column < 4; ++column)
        m_items->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setMaximumHeight(160);
    m_itemName = new QLineEdit(box);
    m_itemName->setObjectName(QStringLiteral("itemName"));
    m_itemName->setPlaceholderText(tr("Item or product"));
    m_itemName->setAccessibleName(tr("Item name"));
    m_itemQuantity = new QSpinBox(box);
    m_itemQuantity->setObjectName(QStringLiteral("itemQuantity"));
    m_itemQuantity->setAccessibleName(tr("Quantity"));
    m_itemQuantity->setRange(1, 1000000);
    m_itemPrice = new QLineEdit(box);
    m_itemPrice->setObjectName(QStringLiteral("itemPrice"));
    m_itemPrice->setPlaceholderText(tr("Unit price"));
    m_itemPrice->setAccessibleName(tr("Unit price"));
    auto* add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("itemAdd"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("itemRemove"));
    auto* useSum = new QPushButton(tr("Use the sum as the deal's value"), box);
    useSum->setObjectName(QStringLiteral("itemsSetValue"));
    m_itemsTotal = new QLabel(box);
    m_itemsTotal->setObjectName(QStringLiteral("itemsTotal"));

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_items);
    auto* row = new QHBoxLayout;
    row->addWidget(m_itemName, 3);
    row->addWidget(m_itemQuantity, 1);
    row->addWidget(m_itemPrice, 2);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(errorLabel(QStringLiteral("item")));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(remove);
    bottom->addStretch(1);
    bottom->addWidget(m_itemsTotal);
    bottom->addWidget(useSum);
    layout->addLayout(bottom);

    auto addItem = [this]() {
        auto deal = m_store.deal(m_id);
        if (!deal)
            return;
        auto price = parseAmount(m_itemPrice->text(), deal->currency);
        if (!price) {
            report(QStringLiteral("item"), price.error());
            return;
        }
        DealItem item;
        item.dealId = m_id;
        item.name = m_itemName->text();
        item.quantity = m_itemQuantity->value();
        item.unitPriceMinor = *price;
        auto added = m_store.addDealItem(item);
        report(QStringLiteral("item"), added ? Status() : Status(added.error()));
        if (added) {
            m_itemName->clear();
            m_itemPrice->clear();
            m_itemQuantity->setValue(1);
        }
    };
    connect(add, &QPushButton::clicked, this, addItem);
    connect(m_itemPrice, &QLineEdit::returnPressed, this, addItem);
    connect(remove, &QPushButton::clicked, this, [this]() {
        const int current = m_items->currentRow();
        if (current >= 0)
            report(
                QStringLiteral("item"),
                m_store.removeDealItem(m_items->item(current, 0)->data(Qt::UserRole).toString()));
    });
    connect(useSum, &QPushButton::clicked, this,
            [this]() { report(QStringLiteral("item"), m_store.setDealValueFromItems(m_id)); });
    return box;
}

void DealCard::loadItems()
{
    m_items->setRowCount(0);
    auto deal = m_store.deal(m_id);
    auto items = m_store.dealItems(m_id);
    if (!deal || !items)
        return;
    qint64 sum = 0;
    for (const DealItem& i : std::as_const(*items)) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto* name = new QTableWidgetItem(i.name);
        name->setData(Qt::UserRole, i.id);
        m_items->setItem(row, 0, name);
        m_items->setItem(row, 1, new QTableWidgetItem(QLocale().toString(i.quantity)));
        m_items->setItem(row, 2,
                         new QTableWidgetItem(formatMoney(i.unitPriceMinor, deal->currency)));
        m_items->setItem(
            row, 3,
            new QTableWidgetItem(formatMoney(i.quantity * i.unitPriceMinor, deal->currency)));
        sum += i.quantity * i.unitPriceMinor;
    }
    m_itemsTotal->setText(tr("Sum: %1").arg(formatMoney(sum, deal->currency)));
}

QWidget* DealCard::buildNextStep()
{
    auto* box = new QGroupBox(tr("Next step"), this);
    m_nextStep = new QLabel(box);
    m_nextStep->setObjectName(QStringLiteral("dealNextStep"));
    m_nextStep->setWordWrap(true);
    m_nextStep->setTextFormat(Qt::RichText);
    m_taskTitle = new QLineEdit(box);
    m_taskTitle->setObjectName(QStringLiteral("dealTaskTitle"));
    m_taskTitle->setPlaceholderText(tr("e.g. Send the offer"));
    m_taskTitle->setAccessibleName(tr("Next step"));
    m_taskDue = new QDateEdit(QDate::currentDate().addDays(1), box);
    m_taskDue->setObjectName(QStringLiteral("dealTaskDue"));
    m_taskDue->setAccessibleName(tr("Due"));
    m_taskDue->setCalendarPopup(true);
    auto* add = new QPushButton(tr("Plan"), box);
    add->setObjectName(QStringLiteral("dealTaskAdd"));
    m_taskDone = new QPushButton(tr("Done"), box);
    m_taskDone->setObjectName(QStringLiteral("dealTaskDone"));
    m_taskDone->setAccessibleName(tr("Mark the next step done"));
    m_taskDone->hide();
    auto* layout = new QVBoxLayout(box);
    auto* current = new QHBoxLayout;
    current->addWidget(m_nextStep, 1);
    current->addWidget(m_taskDone);
    layout->addLayout(current);
    auto* row = new QHBoxLayout;
    row->addWidget(m_taskTitle, 1);
    row->addWidget(m_taskDue);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(errorLabel(QStringLiteral("task")));
    auto plan = [this]() {
        Task t;
        t.title = m_taskTitle->text();
        t.dealId = m_id;
        if (auto d = m_store.deal(m_id))
            t.contactId = d->contactId;
        t.dueAt = QDateTime(m_taskDue->date(), QTime(9, 0)).toUTC();
        auto created = m_store.createTask(t);
        report(QStringLiteral("task"), created ? Status() : Status(created.error()));
        if (created)
            m_taskTitle->clear();
    };
    connect(add, &QPushButton::clicked, this, plan);
    connect(m_taskDone, &QPushButton::clicked, this, [this]() {
        if (!m_nextTaskId.isEmpty())
            report(QStringLiteral("task"), m_store.setTaskDone(m_nextTaskId, true));
    });
    connect(m_taskTitle, &QLineEdit::returnPressed, this, plan);
    return box;
}

void DealCard::loadNextStep()
{
    // The earliest open task of the deal (undated ones last).
    auto tasks = m_store.tasksFor(QStringLiteral("deal"), m_id, true);
    m_nextTaskId.clear();
    if (!tasks || tasks->isEmpty()) {
        m_nextStep->setText(tr("No next step planned."));
        m_taskDone->hide();
        return;
    }
    const Task& t = tasks->first();
    m_nextTaskId = t.id;
    m_taskDone->show();
    if (!t.dueAt.isValid()) {
        m_nextStep->setText(t.title.toHtmlEscaped());
        return;
    }
    const QString due = QLocale().toString(t.dueAt.toLocalTime(), QLocale::ShortFormat);
    const bool overdue = t.dueAt < QDateTime::currentDateTimeUtc();
    m_nextStep->setText(overdue
                            ? tr("<b>%1</b> — overdue since %2").arg(t.title.toHtmlEscaped(), due)
                            : tr("<b>%1</b> — due %2").arg(t.title.toHtmlEscaped(), due));
}

QWidget* DealCard::buildTimeline()
{
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("dealTimeline"));
    m_timeline->setMinimumHeight(320);
    m_timeline->composer()->setSaveFunction([this](Activity a) -> Status {
        auto deal = m_store.deal(m_id);
        if (!deal)
            return deal.error();
        // Logged on the deal, it shows on the person's and the company's timelines too.
        a.dealId = m_id;
        a.contactId = deal->contactId;
        a.companyId = deal->companyId;
        auto logged = m_store.logActivity(a);
        return logged ? Status() : Status(logged.error());
    });
    addComposerShortcuts(m_timeline->composer());
    return m_timeline;
}

bool DealCard::commitPendingEdits()
{
    bool ok = RecordCard::commitPendingEdits();
    if (m_timeline->composer()->hasInput())
        ok &= m_timeline->composer()->submit();
    return ok;
}

void DealCard::loadTimeline()
{
    m_timeline->setItems(DealTimeline::forDeal(m_store, m_id));
}

} // namespace baza::ui
