#include "ui/deals/DealCard.h"

#include "core/domain/Money.h"
#include "core/store/Store.h"
#include "ui/deals/LostReasonDialog.h"
#include "ui/deals/RatesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baza::ui {

using namespace baza::domain;

DealCard::DealCard(store::Store& store, const QString& dealId, QWidget* parent)
    : RecordCard(store, QStringLiteral("deal"), dealId, parent)
    , m_store(store)
    , m_id(dealId)
{
    setAccessibleName(tr("Deal"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("recordTitle"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dealStatus"));

    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    auto* left = new QVBoxLayout;
    left->addWidget(buildFields());
    left->addWidget(buildItems());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildNextStep());
    right->addWidget(buildPeople());
    right->addWidget(buildTimeline(), 1);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    reload();
}

void DealCard::reload()
{
    load();
    loadPeople();
    loadItems();
    loadNextStep();
    loadTimeline();
}

bool DealCard::isRelevantChange(const QString& entity, const QStringList& ids) const
{
    // Its people and line items too, besides what every card follows.
    return entity == QLatin1String("deal_contact") || entity == QLatin1String("deal_item") ||
           RecordCard::isRelevantChange(entity, ids);
}

QLabel* DealCard::errorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Base).lightness() > 128
                                         ? QColor(0xc0, 0x39, 0x2b)
                                         : QColor(0xff, 0x7b, 0x6b));
    label->setPalette(p);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QString DealCard::fieldError(const QString& field) const
{
    QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QWidget* DealCard::buildFields()
{
    auto* box = new QGroupBox(tr("Deal"), this);
    auto* form = new QFormLayout(box);
    auto withError = [this](QWidget* field, const QString& name) {
        auto* holder = new QWidget(this);
        auto* v = new QVBoxLayout(holder);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(field);
        v->addWidget(errorLabel(name));
        return holder;
    };
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("dealTitle"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), withError(m_title, QStringLiteral("title")));

    m_value = new QLineEdit(box);
    m_value->setObjectName(QStringLiteral("dealValue"));
    m_value->setAccessibleName(tr("Value"));
    m_currency = new QComboBox(box);
    m_currency->setObjectName(QStringLiteral("dealCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItems(commonCurrencies());
    auto* money = new QWidget(box);
    auto* moneyRow = new QHBoxLayout(money);
    moneyRow->setContentsMargins(0, 0, 0, 0);
    moneyRow->addWidget(m_value, 1);
    moneyRow->addWidget(m_currency);
    form->addRow(tr("&Value:"), withError(money, QStringLiteral("value_minor")));

    m_pipeline = new QComboBox(box);
    m_pipeline->setObjectName(QStringLiteral("dealPipeline"));
    m_pipeline->setAccessibleName(tr("Pipeline"));
    m_stage = new QComboBox(box);
    m_stage->setObjectName(QStringLiteral("dealStage"));
    m_stage->setAccessibleName(tr("Stage"));
    auto* stageRow = new QWidget(box);
    auto* stageLayout = new QHBoxLayout(stageRow);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->addWidget(m_pipeline, 1);
    stageLayout->addWidget(m_stage, 1);
    form->addRow(tr("&Stage:"), withError(stageRow, QStringLiteral("stage_id")));

    m_probability = new QSpinBox(box);
    m_probability->setObjectName(QStringLiteral("dealProbability"));
    m_probability->setAccessibleName(tr("Win probability"));
    m_probability->setRange(-1, 100);
    m_probability->setSuffix(tr(" %"));
    m_probability->setSpecialValueText(tr("the stage's"));
    form->addRow(tr("&Probability:"), withError(m_probability, QStringLiteral("probability")));

    m_close = new QDateEdit(box);
    m_close->setObjectName(QStringLiteral("dealExpectedClose"));
    m_close->setAccessibleName(tr("Expected close"));
    m_close->setCalendarPopup(true);
    m_close->setMinimumDate(QDate(2000, 1, 1));
    m_close->setSpecialValueText(tr("not set"));
    form->addRow(tr("Expected &close:"), withError(m_close, QStringLiteral("expected_close")));

    m_owner = new QComboBox(box);
    m_owner->setObjectName(QStringLiteral("dealOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("Nobody"), QString());
    if (auto users = m_store.users()) {
        for (const UserProfile& u : std::as_const(*users))
            m_owner->addItem(u.name, u.id);
    }
    form->addRow(tr("&Owner:"), withError(m_owner, QStringLiteral("owner_id")));

    m_party = new QLabel(box);
    m_party->setObjectName(QStringLiteral("dealParty"));
    m_party->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_party, &QLabel::linkActivated, this, [this](const QString& link) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() == 2)
            emit recordRequested(parts.at(0), parts.at(1));
    });
    form->addRow(tr("With:"), m_party);

    m_won = new QPushButton(tr("Won"), box);
    m_won->setObjectName(QStringLiteral("dealWon"));
    m_lost = new QPushButton(tr("Lost…"), box);
    m_lost->setObjectName(QStringLiteral("dealLost"));
    m_reopen = new QPushButton(tr("Reopen"), box);
    m_reopen->setObjectName(QStringLiteral("dealReopen"));
    auto* close = new QWidget(box);
    auto* closeRow = new QHBoxLayout(close);
    closeRow->setContentsMargins(0, 0, 0, 0);
    closeRow->addWidget(m_won);
    closeRow->addWidget(m_lost);
    closeRow->addWidget(m_reopen);
    closeRow->addStretch(1);
    form->addRow(QString(), withError(close, QStringLiteral("status")));

    if (auto pipelines = m_store.pipelines()) {
        for (const Pipeline& p : std::as_const(*pipelines))
            m_pipeline->addItem(p.name, p.id);
    }

    connect(m_title, &QLineEdit::editingFinished, this, [this]() {
        save(QStringLiteral("title"), [this](Deal& d) { d.title = m_title->text(); });
    });
    auto saveValue = [this]() {
        auto value = parseAmount(m_value->text(), m_currency->currentText());
        if (!value) {
            report(QStringLiteral("value_minor"), value.error());
            return;
        }
        save(QStringLiteral("value_minor"), [this, v = *value](Deal& d) {
            d.valueMinor = v;
            d.currency = m_currency->currentText();
        });
    };
    connect(m_value, &QLineEdit::editingFinished, this, saveValue);
    connect(m_currency, &QComboBox::currentTextChanged, this, saveValue);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_loading)
            return;
        // A deal moved to another pipeline starts in its first stage.
        fillStages(m_pipeline->currentData().toString());
        save(QStringLiteral("stage_id"), [this](Deal& d) {
            d.pipelineId = m_pipeline->currentData().toString();
            d.stageId = m_stage->itemData(0).toString();
            d.stageEnteredAt = QDateTime::currentDateTimeUtc();
        });
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_loading)
            return;
        const QString stageId = m_stage->currentData().toString();
        const Status s = m_store.moveDeal(m_id, stageId);
        report(QStringLiteral("stage_id"), s);
    });
    connect(m_probability, &QSpinBox::editingFinished, this, [this]() {
        save(QStringLiteral("probability"),
             [this](Deal& d) { d.probability = m_probability->value(); });
    });
    connect(m_close, &QDateEdit::editingFinished, this, [this]() {
        save(QStringLiteral("expected_close"), [this](Deal& d) {
            d.expectedClose = m_close->date() == m_close->minimumDate() ? QDate() : m_close->date();
        });
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this]() {
        save(QStringLiteral("owner_id"),
             [this](Deal& d) { d.ownerId = m_owner->currentData().toString(); });
    });
    connect(m_won, &QPushButton::clicked, this, [this]() {
        report(QStringLiteral("status"), m_store.closeDeal(m_id, DealStatus::Won));
    });
    connect(m_reopen, &QPushButton::clicked, this, [this]() {
        report(QStringLiteral("status"), m_store.closeDeal(m_id, DealStatus::Open));
    });
    connect(m_lost, &QPushButton::clicked, this, [this]() {
        auto* dialog = new LostReasonDialog(m_store, m_title->text(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            report(QStringLiteral("status"),
                   m_store.closeDeal(m_id, DealStatus::Lost, dialog->reason()));
        });
        dialog->open();
    });
    return box;
}

void DealCard::fillStages(const QString& pipelineId)
{
    const bool was = m_loading;
    m_loading = true;
    m_stage->clear();
    if (auto pipelines = m_store.pipelines()) {
        for (const Pipeline& p : std::as_const(*pipelines)) {
            if (p.id != pipelineId)
                continue;
            for (const Stage& s : p.stages)
                m_stage->addItem(QStringLiteral("%1 (%2%)").arg(s.name).arg(s.probability), s.id);
        }
    }
    m_loading = was;
}

void DealCard::load()
{
    auto deal = m_store.deal(m_id);
    if (!deal) {
        m_heading->setText(tr("This deal no longer exists."));
        return;
    }
    m_loading = true;
    const Deal& d = *deal;
    m_heading->setText(d.title);
    // Fields being typed into keep what the user typed; the rest show the stored values.
    if (!m_title->hasFocus())
        m_title->setText(d.title);
    if (!m_value->hasFocus())
        m_value->setText(formatAmount(d.valueMinor, d.currency));
    m_currency->setCurrentText(d.currency);
    m_pipeline->setCurrentIndex(m_pipeline->findData(d.pipelineId));
    fillStages(d.pipelineId);
    m_stage->setCurrentIndex(m_stage->findData(d.stageId));
    m_probability->setValue(d.probability);
    m_close->setDate(d.expectedClose.isValid() ? d.expectedClose : m_close->minimumDate());
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(d.ownerId)));
    QStringList party;
    if (!d.companyId.isEmpty()) {
        if (auto c = m_store.company(d.companyId))
            party << QStringLiteral("<a href=\"company:%1\">%2</a>")
                         .arg(d.companyId, c->name.toHtmlEscaped());
    }
    if (!d.contactId.isEmpty()) {
        if (auto c = m_store.contact(d.contactId))
            party << QStringLiteral("<a href=\"contact:%1\">%2</a>")
                         .arg(d.contactId, c->displayName().toHtmlEscaped());
    }
    m_party->setText(party.isEmpty() ? tr("nobody yet") : party.join(QStringLiteral(" · ")));
    switch (d.status) {
    case DealStatus::Open:
        m_status->setText(tr("Open · %1").arg(formatMoney(d.valueMinor, d.currency)));
        break;
    case DealStatus::Won:
        m_status->setText(
            tr("Won on %1 · %2")
                .arg(QLocale().toString(d.closedAt.toLocalTime().date(), QLocale::ShortFormat),
                     formatMoney(d.valueMinor, d.currency)));
        break;
    case DealStatus::Lost:
        m_status->setText(
            tr("Lost on %1: %2")
                .arg(QLocale().toString(d.closedAt.toLocalTime().date(), QLocale::ShortFormat),
                     d.lostReason));
        break;
    }
    m_won->setVisible(d.status == DealStatus::Open);
    m_lost->setVisible(d.status == DealStatus::Open);
    m_reopen->setVisible(d.status != DealStatus::Open);
    m_loading = false;
}

void DealCard::report(const QString& field, const Status& status)
{
    QLabel* label = m_errors.value(field);
    if (!label)
        return;
    label->setText(status.message());
    label->setVisible(!status.ok());
}

void DealCard::save(const QString& field, const std::function<void(Deal&)>& edit)
{
    if (m_loading)
        return;
    // A fresh copy: the board or another window may have changed the deal meanwhile.
    auto deal = m_store.deal(m_id);
    if (!deal) {
        report(field, deal.error());
        return;
    }
    Deal d = *deal;
    edit(d);
    if (d == *deal) {
        report(field, {});
        return;
    }
    const Status s = m_store.updateDeal(d);
    // The store names the field it refused; show the message there when it has a label.
    report(s.ok() || !m_errors.contains(s.error().field) ? field : s.error().field, s);
}

} // namespace baza::ui
