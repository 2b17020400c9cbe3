#include "ui/deals/ConvertLeadDialog.h"

#include "core/domain/Money.h"
#include "core/store/Store.h"
#include "ui/cards/CompanyPicker.h"
#include "ui/cards/InlineEdit.h"
#include "ui/deals/RatesDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
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
    , m_error(makeErrorLabel(QStringLiteral("convertError"), this))
{
    const bool newDeal = contactId.isEmpty();
    setObjectName(newDeal ? QStringLiteral("newDealDialog") : QStringLiteral("convertLeadDialog"));
    setWindowTitle(newDeal ? tr("New deal") : tr("Convert to deal"));
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
    m_title->setPlaceholderText(tr("e.g. CRM rollout for 40 seats"));
    m_pipeline->setObjectName(QStringLiteral("convertPipeline"));
    m_stage->setObjectName(QStringLiteral("convertStage"));
    m_value->setObjectName(QStringLiteral("convertValue"));
    m_value->setPlaceholderText(tr("0"));
    m_currency->setObjectName(QStringLiteral("convertCurrency"));
    m_currency->addItems(commonCurrencies());
    m_currency->setCurrentText(m_store.baseCurrency());
    m_close->setObjectName(QStringLiteral("convertClose"));
    m_close->setCalendarPopup(true);
    if (auto pipelines = m_store.pipelines()) {
        for (const domain::Pipeline& p : std::as_const(*pipelines))
            m_pipeline->addItem(p.name, p.id);
    }
    fillStages();
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &ConvertLeadDialog::fillStages);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    if (newDeal)
        addPartyFields(form);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    form->addRow(tr("&Stage:"), m_stage);
    auto* value = new QHBoxLayout;
    value->addWidget(m_value, 1);
    value->addWidget(m_currency);
    // A row holding a layout gets no buddy by itself: without one "&" shows as it is.
    auto* valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, value);
    form->addRow(tr("Expected &close:"), m_close);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create deal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    QString introText = tr("A new deal for %1.").arg(name);
    if (newDeal)
        introText = tr("A new deal on the board. The person and the company are optional; a lead "
                       "becomes an opportunity.");
    else if (becomesOpportunity)
        introText = tr("A new deal for %1. They become an opportunity; winning the deal makes them "
                       "a customer.")
                        .arg(name);
    auto* intro = new QLabel(introText, this);
    intro->setObjectName(QStringLiteral("convertIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void ConvertLeadDialog::addPartyFields(QFormLayout* form)
{
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("dealPersonField"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setPlaceholderText(tr("Type to find a person"));
    m_people = new QStringListModel(this);
    auto* completer = new QCompleter(m_people, m_person);
    // The store already matched (accents and case ignored): show its list as it is.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_person->setCompleter(completer);
    connect(m_person, &QLineEdit::textEdited, this, &ConvertLeadDialog::suggestPeople);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { choosePerson(text); });
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("dealCompanyField"));
    m_company->setAccessibleName(tr("Company"));
    m_company->setPlaceholderText(tr("Type to find a company"));
    attachCompanyPicker(m_company, m_store);
    form->addRow(tr("P&erson:"), m_person);
    form->addRow(tr("Co&mpany:"), m_company);
}

void ConvertLeadDialog::suggestPeople()
{
    constexpr int Suggestions = 12;
    const QString typed = m_person->text().trimmed();
    QStringList texts;
    if (typed.size() >= 2) {
        // Search ranks companies and deals alongside people: ask for more, keep the people.
        if (auto hits = m_store.search(typed, Suggestions * 3)) {
            for (const store::SearchResult& r : std::as_const(*hits)) {
                if (r.entity != QLatin1String("contact"))
                    continue;
                const QString shown =
                    r.subtitle.isEmpty() ? r.title : r.title + QStringLiteral(" · ") + r.subtitle;
                // Two people who read the same stay two choices.
                QString text = shown;
                for (int n = 2; m_personIds.contains(text) && m_personIds.value(text) != r.id; ++n)
                    text = QStringLiteral("%1 (%2)").arg(shown).arg(n);
                m_personIds.insert(text, r.id);
                texts << text;
                if (texts.size() == Suggestions)
                    break;
            }
        }
    }
    m_people->setStringList(texts);
    if (!texts.isEmpty())
        m_person->completer()->complete();
}

void ConvertLeadDialog::choosePerson(const QString& suggestion)
{
    m_person->setText(suggestion);
    // The person's company, unless one is chosen already.
    if (!m_company->text().trimmed().isEmpty())
        return;
    if (auto c = m_store.contact(m_personIds.value(suggestion))) {
        if (auto co = m_store.company(c->companyId))
            m_company->setText(co->name);
    }
}

void ConvertLeadDialog::preselect(const QString& pipelineId, const QString& stageId)
{
    const int pipeline = m_pipeline->findData(pipelineId);
    if (pipeline >= 0)
        m_pipeline->setCurrentIndex(pipeline);
    const int stage = m_stage->findData(stageId);
    if (stage >= 0)
        m_stage->setCurrentIndex(stage);
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
    QString contactId = m_contactId;
    if (m_person && !m_person->text().trimmed().isEmpty()) {
        contactId = m_personIds.value(m_person->text());
        if (contactId.isEmpty()) {
            showError(QStringLiteral("contact_id"),
                      tr("Choose the person from the suggestions, or leave the field empty."));
            m_person->setFocus();
            return;
        }
    }
    if (m_company && !m_company->text().trimmed().isEmpty()) {
        auto company = m_store.companyIdByName(m_company->text().trimmed());
        if (!company) {
            showError(QStringLiteral("company_id"),
                      tr("There is no company called “%1”. Choose one from the suggestions, or "
                         "leave the field empty.")
                          .arg(m_company->text().trimmed()));
            m_company->setFocus();
            return;
        }
        draft.companyId = *company;
    }
    auto deal = contactId.isEmpty() ? m_store.createDeal(draft)
                                    : m_store.convertLeadToDeal(contactId, draft);
    if (!deal) {
        showError(deal.error().field, deal.message());
        return;
    }
    m_dealId = deal->id;
    emit dealCreated(m_dealId);
    QDialog::accept();
}

} // namespace baza::ui
