#include "ui/deals/ConvertLeadDialog.h"

#include "core/domain/Money.h"
#include "core/store/Store.h"
#include "ui/deals/RatesDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baza::ui {

ConvertLeadDialog::ConvertLeadDialog(store::Store& store, const QString& contactId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_contactId(contactId)
    , m_title(new QLineEdit(this))
    , m_pipeline(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_close(new QDateEdit(QDate::currentDate().addDays(30), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("convertLeadDialog"));
    setWindowTitle(tr("Convert to deal"));
    QString name;
    QString company;
    bool becomesOpportunity = false;
    if (auto c = m_store.contact(contactId)) {
        name = c->displayName();
        if (auto co = m_store.company(c->companyId))
            company = co->name;
        // Mirrors Store::convertLeadToDeal: people not yet further along become opportunities.
        using domain::Lifecycle;
        becomesOpportunity =
            c->lifecycle == Lifecycle::Subscriber || c->lifecycle == Lifecycle::Lead ||
            c->lifecycle == Lifecycle::Qualified || c->lifecycle == Lifecycle::Other;
    }
    m_title->setObjectName(QStringLiteral("convertTitle"));
    m_title->setText(company.isEmpty() ? name : company);
    m_pipeline->setObjectName(QStringLiteral("convertPipeline"));
    m_stage->setObjectName(QStringLiteral("convertStage"));
    m_value->setObjectName(QStringLiteral("convertValue"));
    m_value->setPlaceholderText(tr("0"));
    m_currency->setObjectName(QStringLiteral("convertCurrency"));
    m_currency->addItems(commonCurrencies());
    m_currency->setCurrentText(m_store.baseCurrency());
    m_close->setObjectName(QStringLiteral("convertClose"));
    m_close->setCalendarPopup(true);
    m_error->setObjectName(QStringLiteral("convertError"));
    m_error->setWordWrap(true);
    m_error->hide();
    if (auto pipelines = m_store.pipelines()) {
        for (const domain::Pipeline& p : std::as_const(*pipelines))
            m_pipeline->addItem(p.name, p.id);
    }
    fillStages();
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &ConvertLeadDialog::fillStages);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    form->addRow(tr("&Stage:"), m_stage);
    auto* value = new QHBoxLayout;
    value->addWidget(m_value, 1);
    value->addWidget(m_currency);
    form->addRow(tr("&Value:"), value);
    form->addRow(tr("Expected &close:"), m_close);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create deal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(becomesOpportunity ? tr("A new deal for %1. They become an opportunity; winning "
                                           "the deal makes them a customer.")
                                            .arg(name)
                                      : tr("A new deal for %1.").arg(name),
                   this);
    intro->setObjectName(QStringLiteral("convertIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ConvertLeadDialog::fillStages()
{
    m_stage->clear();
    auto pipelines = m_store.pipelines();
    if (!pipelines)
        return;
    for (const domain::Pipeline& p : std::as_const(*pipelines)) {
        if (p.id != m_pipeline->currentData().toString())
            continue;
        for (const domain::Stage& s : p.stages)
            m_stage->addItem(s.name, s.id);
    }
}

void ConvertLeadDialog::showError(const QString& field, const QString& message)
{
    Q_UNUSED(field);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConvertLeadDialog::accept()
{
    auto value = domain::parseAmount(m_value->text(), m_currency->currentText());
    if (!value) {
        showError(value.error().field, value.message());
        m_value->setFocus();
        return;
    }
    domain::Deal draft;
    draft.title = m_title->text();
    draft.pipelineId = m_pipeline->currentData().toString();
    draft.stageId = m_stage->currentData().toString();
    draft.valueMinor = *value;
    draft.currency = m_currency->currentText();
    draft.expectedClose = m_close->date();
    auto deal = m_store.convertLeadToDeal(m_contactId, draft);
    if (!deal) {
        showError(deal.error().field, deal.message());
        return;
    }
    m_dealId = deal->id;
    emit dealCreated(m_dealId);
    QDialog::accept();
}

} // namespace baza::ui
