#include "ui/cards/RelatedSections.h"

#include "core/store/Store.h"
#include "ui/cards/CardText.h"
#include "ui/cards/InlineEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
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

QTreeWidget* makeTree(const QString& objectName, const QString& accessibleName,
                      const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    // Names in full first; the last column takes what is left (or the list scrolls sideways).
    tree->header()->setStretchLastSection(true);
    for (int c = 0; c + 1 < headers.size(); ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return tree;
}

// Lists on a card stay short: high enough for their rows, up to a limit, then they scroll.
void fitHeight(QTreeWidget* tree, int rows)
{
    const int row = tree->fontMetrics().height() + 8;
    const int shown = std::clamp(rows, 1, 8);
    tree->setFixedHeight(tree->header()->sizeHint().height() + shown * row + 4);
}

QVBoxLayout* bareLayout(QWidget* w)
{
    auto* layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

} // namespace

DealsList::DealsList(store::Store& store, const QString& entity, const QString& id, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_entity(entity)
    , m_id(id)
    , m_tree(makeTree(QStringLiteral("dealsList"), tr("Open deals"),
                      {tr("Deal"), tr("Stage"), tr("Value"), tr("Closes")}, this))
{
    bareLayout(this)->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit recordRequested(QStringLiteral("deal"), item->data(0, IdRole).toString());
    });
}

void DealsList::reload()
{
    m_tree->clear();
    auto deals = m_store.dealsFor(m_entity, m_id, true);
    QHash<QString, QString> stages;
    if (auto pipelines = m_store.pipelines()) {
        for (const domain::Pipeline& p : std::as_const(*pipelines)) {
            for (const domain::Stage& s : p.stages)
                stages.insert(s.id, s.name);
        }
    }
    const QList<domain::Deal> list = deals ? *deals : QList<domain::Deal>();
    for (const domain::Deal& d : list) {
        auto* item = new QTreeWidgetItem(
            m_tree,
            {d.title, stages.value(d.stageId),
             cardtext::money(d.valueMinor, d.currency, domain::currencyMinorDigits(d.currency)),
             cardtext::date(d.expectedClose)});
        item->setData(0, IdRole, d.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    fitHeight(m_tree, int(list.size()));
    m_tree->setVisible(!list.isEmpty());
    emit countChanged(int(list.size()));
}

TasksList::TasksList(store::Store& store, const QString& entity, const QString& id, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_entity(entity)
    , m_id(id)
    , m_tree(makeTree(QStringLiteral("tasksList"), tr("Open tasks"), {tr("Task"), tr("Due")}, this))
    , m_title(new QLineEdit(this))
    , m_due(new QDateTimeEdit(this))
    , m_remind(new QComboBox(this))
    , m_error(makeErrorLabel(QStringLiteral("taskError"), this))
{
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setAccessibleName(tr("New task"));
    m_title->setPlaceholderText(tr("+ task, Enter to add"));
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setAccessibleName(tr("Due"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow at nine: the usual "call back" time.
    m_due->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    m_remind->setObjectName(QStringLiteral("taskRemind"));
    m_remind->setAccessibleName(tr("Reminder"));
    m_remind->addItem(tr("No reminder"), -1);
    m_remind->addItem(tr("Remind at due time"), 0);
    m_remind->addItem(tr("15 minutes before"), 15 * 60);
    m_remind->addItem(tr("1 hour before"), 3600);
    m_remind->addItem(tr("1 day before"), 24 * 3600);
    m_remind->setCurrentIndex(2);
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("taskAdd"));
    add->setAccessibleName(tr("Add task"));

    auto* layout = bareLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(m_title);
    auto* when = new QHBoxLayout;
    when->addWidget(m_due, 1);
    when->addWidget(m_remind, 1);
    when->addWidget(add);
    layout->addLayout(when);
    layout->addWidget(m_error);

    connect(m_title, &QLineEdit::returnPressed, this, &TasksList::addTask);
    connect(add, &QPushButton::clicked, this, &TasksList::addTask);
    connect(m_tree, &QTreeWidget::itemChanged, this, &TasksList::onItemChanged);
}

void TasksList::reload()
{
    m_filling = true;
    m_tree->clear();
    auto tasks = m_store.tasksFor(m_entity, m_id, true);
    const QList<domain::Task> list = tasks ? *tasks : QList<domain::Task>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const domain::Task& t : list) {
        auto* item = new QTreeWidgetItem(m_tree, {t.title, cardtext::dateTime(t.dueAt)});
        item->setData(0, IdRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, tr("Tick to complete"));
        if (t.remindAt.isValid())
            item->setToolTip(1, tr("Reminder: %1").arg(cardtext::dateTime(t.remindAt)));
        if (t.dueAt.isValid() && t.dueAt < now)
            item->setForeground(1, QColor(0xd3, 0x2f, 0x2f)); // overdue
    }
    fitHeight(m_tree, int(list.size()));
    m_tree->setVisible(!list.isEmpty());
    m_filling = false;
    emit countChanged(int(list.size()));
}

void TasksList::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0 || item->checkState(0) != Qt::Checked)
        return;
    const QString id = item->data(0, IdRole).toString();
    // The store signal reloads the list (the task leaves it); the click itself is the command.
    if (Status s = m_store.setTaskDone(id, true); !s) {
        m_error->setText(s.message());
        m_error->show();
    }
}

bool TasksList::hasInput() const
{
    return !m_title->text().trimmed().isEmpty();
}

bool TasksList::addTask()
{
    domain::Task t;
    t.title = m_title->text().trimmed();
    t.dueAt = m_due->dateTime().toUTC();
    const int before = m_remind->currentData().toInt();
    if (before >= 0)
        t.remindAt = t.dueAt.addSecs(-before);
    if (m_entity == QLatin1String("contact"))
        t.contactId = m_id;
    else if (m_entity == QLatin1String("company"))
        t.companyId = m_id;
    auto created = m_store.createTask(t);
    if (!created) {
        m_error->setText(created.message());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_title->clear();
    return true;
}

ContactsList::ContactsList(store::Store& store, const QString& companyId, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_companyId(companyId)
    , m_tree(makeTree(QStringLiteral("companyContacts"), tr("People"),
                      {tr("Name"), tr("Job title"), tr("Email")}, this))
{
    bareLayout(this)->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit recordRequested(QStringLiteral("contact"), item->data(0, IdRole).toString());
    });
}

void ContactsList::reload()
{
    m_tree->clear();
    auto people = m_store.contactsOfCompany(m_companyId);
    const QList<domain::Contact> list = people ? *people : QList<domain::Contact>();
    for (const domain::Contact& c : list) {
        auto* item = new QTreeWidgetItem(
            m_tree,
            {c.displayName(), c.title, c.emails.isEmpty() ? QString() : c.emails.first().address});
        item->setData(0, IdRole, c.id);
    }
    if (m_tree->topLevelItemCount() > 0 && !m_tree->currentItem())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    fitHeight(m_tree, int(list.size()));
    m_tree->setVisible(!list.isEmpty());
    emit countChanged(int(list.size()));
}

} // namespace baza::ui
