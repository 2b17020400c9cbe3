// The deal dialogs against a real database: the pipeline editor (stages, removing a stage that
// holds deals, lost reasons), currencies and rates, and converting a lead from the contact card.
#include "DealsFixture.h"

#include "ui/cards/ContactCard.h"
#include "ui/deals/BoardModel.h"
#include "ui/deals/BoardView.h"
#include "ui/deals/ConvertLeadDialog.h"
#include "ui/deals/DealsPage.h"
#include "ui/deals/PipelineEditorDialog.h"
#include "ui/deals/RatesDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace baza;
using namespace baza::domain;

namespace {

// The QApplication comes from the environment BoardUiTest.cpp registers for this program.

QStringList stageNames(const store::Store& store, const QString& pipelineId)
{
    QStringList out;
    auto pipelines = store.pipelines();
    if (!pipelines)
        return out;
    for (const Pipeline& p : *pipelines) {
        if (p.id == pipelineId) {
            for (const Stage& s : p.stages)
                out << s.name;
        }
    }
    return out;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_TRUE(w) << name;
    return w;
}

} // namespace

TEST_F(DealsFixture, ThePipelineEditorReordersEditsAndRemovesStagesAskingWhereDealsGo)
{
    const QString a = addDeal(QStringLiteral("Alpha"), 1, 100);
    const QString b = addDeal(QStringLiteral("Beta"), 1, 100);
    ui::PipelineEditorDialog dialog(*store, pipeline.id);
    dialog.show();
    auto* stages = child<QTableWidget>(&dialog, "stageTable");
    ASSERT_EQ(stages->rowCount(), 3);

    // Move "Negotiation" up above "Proposal".
    stages->selectRow(2);
    child<QPushButton>(&dialog, "stageUp")->click();
    EXPECT_EQ(stageNames(*store, pipeline.id),
              (QStringList{QStringLiteral("Qualified"), QStringLiteral("Negotiation"),
                           QStringLiteral("Proposal")}));
    // Edit a stage in place: name, probability, rotting days.
    stages->item(2, 0)->setText(QStringLiteral("Offer sent"));
    stages->item(2, 1)->setText(QStringLiteral("55"));
    auto pipelines = store->pipelines();
    ASSERT_TRUE(pipelines.ok());
    EXPECT_EQ(pipelines->first().stages.at(2).name, QStringLiteral("Offer sent"));
    EXPECT_EQ(pipelines->first().stages.at(2).probability, 55);
    // A probability that is not one is refused with a message, and nothing is saved.
    stages->item(2, 1)->setText(QStringLiteral("a lot"));
    EXPECT_TRUE(child<QLabel>(&dialog, "editorError")->isVisible());
    EXPECT_EQ(store->pipelines()->first().stages.at(2).probability, 55);

    // Removing the stage that holds two deals asks where they go.
    stages->selectRow(2);
    child<QPushButton>(&dialog, "removeStage")->click();
    auto* ask = dialog.findChild<QInputDialog*>(QStringLiteral("moveDealsDialog"));
    ASSERT_TRUE(ask);
    EXPECT_TRUE(ask->labelText().contains(QStringLiteral("2 deal")));
    ask->setTextValue(QStringLiteral("Negotiation"));
    ask->accept();
    EXPECT_EQ(stageNames(*store, pipeline.id),
              (QStringList{QStringLiteral("Qualified"), QStringLiteral("Negotiation")}));
    EXPECT_EQ(store->deal(a)->stageId, stage(2));
    EXPECT_EQ(store->deal(b)->stageId, stage(2));
    EXPECT_EQ(stages->rowCount(), 2);

    // Lost reasons are a list to edit.
    ASSERT_TRUE(store->addLostReason(QStringLiteral("Price")).ok());
    ui::PipelineEditorDialog again(*store, pipeline.id);
    auto* reasons = child<QListWidget>(&again, "lostReasonList");
    ASSERT_EQ(reasons->count(), 1);
    reasons->item(0)->setText(QStringLiteral("Price too high"));
    EXPECT_EQ(store->lostReasons()->first().name, QStringLiteral("Price too high"));
    reasons->setCurrentRow(0);
    child<QPushButton>(&again, "removeLostReason")->click();
    EXPECT_TRUE(store->lostReasons()->isEmpty());
}

TEST_F(DealsFixture, TheRatesDialogSetsTheBaseCurrencyAndDatedRates)
{
    ui::RatesDialog dialog(*store);
    auto* base = child<QComboBox>(&dialog, "baseCurrency");
    EXPECT_EQ(base->currentText(), QStringLiteral("PLN"));
    child<QComboBox>(&dialog, "rateCurrency")->setCurrentText(QStringLiteral("EUR"));
    child<QLineEdit>(&dialog, "rateValue")->setText(QStringLiteral("4,2735"));
    child<QPushButton>(&dialog, "addRate")->click();
    auto rates = store->exchangeRates();
    ASSERT_TRUE(rates.ok());
    ASSERT_EQ(rates->size(), 1);
    EXPECT_EQ(rates->first().rateE8, 427350000);
    EXPECT_EQ(rates->first().quote, QStringLiteral("PLN"));
    EXPECT_EQ(child<QTableWidget>(&dialog, "ratesTable")->rowCount(), 1);
    // A rate that is not a number is refused next to the form.
    child<QLineEdit>(&dialog, "rateValue")->setText(QStringLiteral("4.27.35"));
    child<QPushButton>(&dialog, "addRate")->click();
    EXPECT_FALSE(child<QLabel>(&dialog, "rateError")->isHidden());
    EXPECT_EQ(store->exchangeRates()->size(), 1);
    base->setCurrentText(QStringLiteral("EUR"));
    EXPECT_EQ(store->baseCurrency(), QStringLiteral("EUR"));
}

TEST_F(DealsFixture, ConvertingALeadFromTheCardCreatesADealInTheChosenPipeline)
{
    Pipeline renewals;
    renewals.name = QStringLiteral("Renewals");
    renewals.stages = {Stage{{}, {}, QStringLiteral("Due"), 0, 50, 0},
                       Stage{{}, {}, QStringLiteral("Quote sent"), 1, 70, 0}};
    auto second = store->createPipeline(renewals);
    ASSERT_TRUE(second.ok());
    Contact lead = person(QStringLiteral("Piotr"), QStringLiteral("Wójcik"));
    lead.lifecycle = Lifecycle::Qualified;
    const QString piotr = store->createContact(lead)->id;

    ui::ContactCard card(*store, piotr, nullptr);
    card.show();
    child<QPushButton>(&card, "convertToDeal")->click();
    auto* dialog = card.findChild<ui::ConvertLeadDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(
        child<QLabel>(dialog, "convertIntro")->text().contains(QStringLiteral("opportunity")));
    child<QComboBox>(dialog, "convertPipeline")->setCurrentText(QStringLiteral("Renewals"));
    child<QComboBox>(dialog, "convertStage")->setCurrentText(QStringLiteral("Quote sent"));
    child<QLineEdit>(dialog, "convertTitle")->setText(QStringLiteral("Licencje 2027"));
    child<QLineEdit>(dialog, "convertValue")->setText(QStringLiteral("12.5.0"));
    dialog->accept(); // not an amount: refused, stays open
    EXPECT_FALSE(child<QLabel>(dialog, "convertError")->isHidden());
    child<QComboBox>(dialog, "convertCurrency")->setCurrentText(QStringLiteral("EUR"));
    child<QLineEdit>(dialog, "convertValue")->setText(QStringLiteral("1500"));
    dialog->accept();

    auto deals = store->dealsFor(QStringLiteral("contact"), piotr, true);
    ASSERT_TRUE(deals.ok());
    ASSERT_EQ(deals->size(), 1);
    const Deal& d = deals->first();
    EXPECT_EQ(d.title, QStringLiteral("Licencje 2027"));
    EXPECT_EQ(d.pipelineId, second->id);
    EXPECT_EQ(d.stageId, second->stages.at(1).id);
    EXPECT_EQ(d.valueMinor, 150000);
    EXPECT_EQ(d.currency, QStringLiteral("EUR"));
    // Lead → qualified (by hand) → opportunity (converted) → customer (won).
    EXPECT_EQ(store->contact(piotr)->lifecycle, Lifecycle::Opportunity);
    ASSERT_TRUE(store->closeDeal(d.id, DealStatus::Won).ok());
    EXPECT_EQ(store->contact(piotr)->lifecycle, Lifecycle::Customer);
}

TEST_F(DealsFixture, NewDealFromTheBoardLandsInTheSelectedCardsStage)
{
    auto company = store->createCompany(
        Company{{}, QStringLiteral("Łąka sp. z o.o."), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(company.ok());
    Contact lead = person(QStringLiteral("Zofia"), QStringLiteral("Kwiatkowska"));
    lead.companyId = company->id;
    const QString zofia = store->createContact(lead)->id;
    const QString existing = addDeal(QStringLiteral("Existing"), 1, 100);

    ui::DealsPage page(*store);
    page.resize(1100, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.boardModel()->stageCount() == 3, 10000);
    ASSERT_TRUE(page.boardView()->selectDeal(existing));
    child<QToolButton>(&page, "newDealButton")->click();
    auto* dialog = page.findChild<ui::ConvertLeadDialog*>(QStringLiteral("newDealDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(child<QComboBox>(dialog, "convertStage")->currentText(), QStringLiteral("Proposal"));
    auto* title = child<QLineEdit>(dialog, "convertTitle");
    EXPECT_TRUE(title->text().isEmpty());
    dialog->accept(); // a deal needs a title: refused, nothing written
    EXPECT_FALSE(child<QLabel>(dialog, "convertError")->isHidden());
    EXPECT_EQ(store->counts()->deals, 1);

    title->setText(QStringLiteral("Ogrodzenie"));
    // A person typed but not chosen from the suggestions is not guessed at.
    auto* person = child<QLineEdit>(dialog, "dealPersonField");
    person->setText(QStringLiteral("Zofia"));
    dialog->accept();
    EXPECT_TRUE(child<QLabel>(dialog, "convertError")->text().contains(QStringLiteral("person")));
    // Typing offers matching people (accents ignored); choosing one fills in their company.
    person->clear();
    QTest::keyClicks(person, QStringLiteral("kwiatk"));
    QAbstractItemModel* suggestions = person->completer()->model();
    QTRY_COMPARE(suggestions->rowCount(), 1);
    const QString suggestion = suggestions->index(0, 0).data().toString();
    EXPECT_TRUE(suggestion.startsWith(QStringLiteral("Zofia Kwiatkowska")));
    emit person->completer()->activated(suggestion);
    EXPECT_EQ(child<QLineEdit>(dialog, "dealCompanyField")->text(),
              QStringLiteral("Łąka sp. z o.o."));
    child<QLineEdit>(dialog, "convertValue")->setText(QStringLiteral("2500"));
    dialog->accept();

    auto deals = store->dealsFor(QStringLiteral("contact"), zofia, true);
    ASSERT_TRUE(deals.ok());
    ASSERT_EQ(deals->size(), 1);
    EXPECT_EQ(deals->first().title, QStringLiteral("Ogrodzenie"));
    EXPECT_EQ(deals->first().stageId, stage(1));
    EXPECT_EQ(deals->first().companyId, company->id);
    EXPECT_EQ(deals->first().valueMinor, 250000);
    EXPECT_EQ(store->contact(zofia)->lifecycle, Lifecycle::Opportunity);
    // The board shows it, selected, and says how to take it back.
    QTRY_COMPARE(page.boardView()->selectedDealId(), deals->first().id);
    EXPECT_TRUE(
        child<QLabel>(&page, "boardMessage")->text().contains(QStringLiteral("Ogrodzenie")));

    // Without a person or company: a plain deal, and a company name that is not one is refused.
    child<QToolButton>(&page, "newDealButton")->click();
    dialog = page.findChild<ui::ConvertLeadDialog*>(QStringLiteral("newDealDialog"));
    ASSERT_TRUE(dialog);
    child<QLineEdit>(dialog, "convertTitle")->setText(QStringLiteral("Walk-in"));
    child<QLineEdit>(dialog, "dealCompanyField")->setText(QStringLiteral("Nobody Inc."));
    dialog->accept();
    EXPECT_TRUE(
        child<QLabel>(dialog, "convertError")->text().contains(QStringLiteral("Nobody Inc.")));
    child<QLineEdit>(dialog, "dealCompanyField")->clear();
    dialog->accept();
    EXPECT_EQ(store->counts()->deals, 3);
}

TEST_F(DealsFixture, NewDealFollowsTheFocusedColumnAndOtherPipelines)
{
    domain::Pipeline renewals;
    renewals.name = QStringLiteral("Renewals");
    renewals.stages = {domain::Stage{{}, {}, QStringLiteral("Due"), 0, 60, 0},
                       domain::Stage{{}, {}, QStringLiteral("Agreed"), 1, 90, 0}};
    auto second = store->createPipeline(renewals);
    ASSERT_TRUE(second.ok());
    addDeal(QStringLiteral("Existing"), 0, 100);

    ui::DealsPage page(*store);
    page.resize(1100, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.boardModel()->stageCount() == 3, 10000);
    // Walked to the empty Negotiation column with the keyboard: the new deal goes there.
    page.boardView()->columnView(2)->setFocus();
    child<QToolButton>(&page, "newDealButton")->click();
    auto* dialog = page.findChild<ui::ConvertLeadDialog*>(QStringLiteral("newDealDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(child<QComboBox>(dialog, "convertPipeline")->currentText(),
              QStringLiteral("New business"));
    EXPECT_EQ(child<QComboBox>(dialog, "convertStage")->currentText(),
              QStringLiteral("Negotiation"));

    // Created in the other pipeline: the board switches to it and selects the card.
    auto* pipelineBox = child<QComboBox>(dialog, "convertPipeline");
    pipelineBox->setCurrentIndex(pipelineBox->findText(QStringLiteral("Renewals")));
    auto* stageBox = child<QComboBox>(dialog, "convertStage");
    stageBox->setCurrentIndex(stageBox->findText(QStringLiteral("Agreed")));
    child<QLineEdit>(dialog, "convertTitle")->setText(QStringLiteral("Odnowienie 2027"));
    dialog->accept();
    auto created = store->boardDeals(second->id);
    ASSERT_TRUE(created.ok());
    ASSERT_EQ(created->size(), 1);
    EXPECT_EQ(created->first().stageId, second->stages.at(1).id);
    QTRY_COMPARE_WITH_TIMEOUT(page.boardView()->selectedDealId(), created->first().id, 10000);
    EXPECT_EQ(page.boardModel()->pipelineId(), second->id);

    // A deal the text filter hides is still created, and the page says why it is not shown.
    child<QLineEdit>(&page, "dealSearch")->setText(QStringLiteral("Odnowienie"));
    child<QToolButton>(&page, "newDealButton")->click();
    dialog = page.findChild<ui::ConvertLeadDialog*>(QStringLiteral("newDealDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(child<QComboBox>(dialog, "convertPipeline")->currentText(),
              QStringLiteral("Renewals"));
    child<QLineEdit>(dialog, "convertTitle")->setText(QStringLiteral("Licencje"));
    dialog->accept();
    EXPECT_EQ(store->boardDeals(second->id)->size(), 2);
    EXPECT_TRUE(child<QLabel>(&page, "boardMessage")->text().contains(QStringLiteral("filters")));
}
