// Drives the real contact and company cards and the creation form over a real encrypted
// database: inline edits, validation, the timeline, shortcuts, undo, links between records.

#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/store/Store.h"
#include "ui/cards/ActivityComposer.h"
#include "ui/cards/CompanyCard.h"
#include "ui/cards/ContactCard.h"
#include "ui/cards/InlineEdit.h"
#include "ui/cards/NewRecordDialog.h"
#include "ui/cards/TimelineModel.h"
#include "ui/cards/TimelineView.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace baza;

namespace {

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// QTest::keyClicks only knows ASCII; names are not. Sends each character as a key press
// carrying its text, as an input method would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// The timeline's rows as "title | body" lines, newest first.
QStringList timelineRows(ui::TimelineView* timeline)
{
    QStringList out;
    const auto* model = timeline->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        out << i.data(ui::TimelineModel::TitleRole).toString() + QStringLiteral(" | ") +
                   i.data(ui::TimelineModel::BodyRole).toString();
    }
    return out;
}

class CardsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.path(QStringLiteral("cards.baza"));
        db = test::createDatabase(path);
        ASSERT_TRUE(db);
        store = std::make_unique<store::Store>(*db);
        ASSERT_TRUE(store->initialize().ok());
        domain::Company company;
        company.name = QStringLiteral("Piekarnia Łąka");
        auto createdCompany = store->createCompany(company);
        ASSERT_TRUE(createdCompany.ok());
        companyId = createdCompany->id;
        annaId = addContact(QStringLiteral("Anna"), QStringLiteral("Zielińska"),
                            QStringLiteral("anna@laka.pl"));
        janId = addContact(QStringLiteral("Jan"), QStringLiteral("Adamski"),
                           QStringLiteral("jan@laka.pl"));
    }

    QString addContact(const QString& first, const QString& last, const QString& email)
    {
        domain::Contact c;
        c.firstName = first;
        c.lastName = last;
        c.companyId = companyId;
        c.emails = {{QStringLiteral("work"), email}};
        auto created = store->createContact(c);
        EXPECT_TRUE(created.ok()) << created.message().toStdString();
        return created ? created->id : QString();
    }

    // A card shown in its own active window, so shortcuts reach it.
    template <typename Card> std::unique_ptr<Card> showCard(const QString& id)
    {
        auto card = std::make_unique<Card>(*store, id, nullptr);
        card->resize(1000, 700);
        card->show();
        card->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(card.get()));
        return card;
    }

    // Clicks into an inline field, replaces its text and presses Enter.
    static void editField(ui::InlineEdit* edit, const QString& text)
    {
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        typeText(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
    std::unique_ptr<store::Store> store;
    QString companyId, annaId, janId;
};

} // namespace

TEST_F(CardsTest, CreatingAContactWarnsOfAKnownEmailAndStillCreates)
{
    ui::NewRecordDialog dialog(*store, QStringLiteral("contact"), nullptr);
    QSignalSpy created(&dialog, &ui::NewRecordDialog::recordCreated);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* warning = child<QLabel>(&dialog, "duplicateWarning");
    ASSERT_TRUE(warning);
    typeText(child<QLineEdit>(&dialog, "newFirstName"), QStringLiteral("Anna"));
    typeText(child<QLineEdit>(&dialog, "newLastName"), QStringLiteral("Zielinska"));
    typeText(child<QLineEdit>(&dialog, "newEmail"), QStringLiteral("ANNA@laka.pl"));
    // Debounced: it appears after a pause, naming the person with a link to open them.
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 3000);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("Anna Zielińska")))
        << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(QStringLiteral("contact:") + annaId));

    typeText(child<QLineEdit>(&dialog, "newCompany"), QStringLiteral("Piekarnia Łąka"));
    QTest::mouseClick(child<QPushButton>(&dialog, "createRecordButton"), Qt::LeftButton);
    ASSERT_EQ(created.count(), 1);
    const QString newId = created.first().at(1).toString();
    auto made = store->contact(newId);
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(made->companyId, companyId);
    auto sharing =
        store->contactsWithChannel(QStringLiteral("email"), QStringLiteral("anna@laka.pl"));
    ASSERT_TRUE(sharing.ok());
    EXPECT_EQ(sharing->size(), 2) << "creating anyway stays possible";
}

TEST_F(CardsTest, CreationFormShowsTheErrorNextToTheField)
{
    ui::NewRecordDialog dialog(*store, QStringLiteral("contact"), nullptr);
    dialog.show();
    typeText(child<QLineEdit>(&dialog, "newFirstName"), QStringLiteral("Ewa"));
    typeText(child<QLineEdit>(&dialog, "newPhone"), QStringLiteral("call me"));
    EXPECT_FALSE(dialog.create());
    auto* error = child<QLabel>(&dialog, "newPhoneError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("call me")));
    EXPECT_EQ(store->counts()->contacts, 2);
}

TEST_F(CardsTest, InlineEditSavesAndAppearsInTheTimeline)
{
    auto card = showCard<ui::ContactCard>(annaId);
    QAbstractItemModelTester tester(card->timeline()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* title = child<ui::InlineEdit>(card.get(), "titleField");
    ASSERT_TRUE(title);
    EXPECT_FALSE(title->accessibleName().isEmpty());
    editField(title, QStringLiteral("Prezes zarządu"));
    EXPECT_EQ(store->contact(annaId)->title, QStringLiteral("Prezes zarządu"));
    QTRY_VERIFY(timelineRows(card->timeline())
                    .contains(QStringLiteral("Edited | Job title: (empty) → Prezes zarządu")));
    auto* subtitle = child<QLabel>(card.get(), "headerSubtitle");
    QTRY_VERIFY(subtitle->text().contains(QStringLiteral("Prezes zarządu")));

    // Escape takes back what is typed and saves nothing.
    title->setFocus();
    title->selectAll();
    typeText(title, QStringLiteral("Oops"));
    QTest::keyClick(title, Qt::Key_Escape);
    EXPECT_EQ(title->text(), QStringLiteral("Prezes zarządu"));
    EXPECT_EQ(store->contact(annaId)->title, QStringLiteral("Prezes zarządu"));
}

TEST_F(CardsTest, BadEmailShowsTheErrorNextToTheFieldAndSavesNothing)
{
    auto card = showCard<ui::ContactCard>(annaId);
    const qint64 changesBefore = store->counts()->changes;
    auto* add = child<ui::InlineEdit>(card.get(), "emailAdd");
    ASSERT_TRUE(add);
    editField(add, QStringLiteral("anna at laka"));
    auto* error = child<QLabel>(card.get(), "emailAddError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("anna at laka")))
        << error->text().toStdString();
    EXPECT_EQ(add->text(), QStringLiteral("anna at laka")) << "the typed text stays";
    EXPECT_EQ(store->contact(annaId)->emails.size(), 1);
    EXPECT_EQ(store->counts()->changes, changesBefore);

    // Fixing it saves it, and the field is ready for another address.
    add->selectAll();
    typeText(add, QStringLiteral("anna@dom.pl"));
    QTest::keyClick(add, Qt::Key_Return);
    EXPECT_FALSE(error->isVisible());
    EXPECT_EQ(store->contact(annaId)->emails.size(), 2);
    QTRY_VERIFY(add->text().isEmpty());
    auto* link = child<QLabel>(card.get(), "email1Link");
    QTRY_VERIFY(link && link->text().contains(QStringLiteral("mailto:anna@dom.pl")));
}

TEST_F(CardsTest, NoteByShortcutThenUndoWithCtrlZ)
{
    auto card = showCard<ui::ContactCard>(annaId);
    auto* composer = card->timeline()->composer();
    EXPECT_FALSE(composer->isVisible());
    card->timeline()->list()->setFocus();
    QTest::keyClick(card->timeline()->list(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(composer->isVisible());
    auto* body = child<QPlainTextEdit>(composer, "composerBody");
    ASSERT_TRUE(body->hasFocus());
    typeText(body, QStringLiteral("Prefers email before ten."));
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(composer->isVisible());
    auto activities = store->timelineActivities(QStringLiteral("contact"), annaId);
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 1);
    EXPECT_EQ(activities->first().kind, domain::ActivityKind::Note);
    EXPECT_EQ(activities->first().body, QStringLiteral("Prefers email before ten."));
    QTRY_VERIFY(timelineRows(card->timeline())
                    .contains(QStringLiteral("Note | Prefers email before ten.")));

    // Ctrl+Z outside a field being edited undoes the newest change: the note goes.
    QTest::keyClick(card->timeline()->list(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(store->timelineActivities(QStringLiteral("contact"), annaId)->isEmpty());
    QTRY_VERIFY(!timelineRows(card->timeline())
                     .contains(QStringLiteral("Note | Prefers email before ten.")));
}

TEST_F(CardsTest, CtrlZInACleanFieldUndoesTheSavedEditAndTheFieldShowsIt)
{
    auto card = showCard<ui::ContactCard>(annaId);
    auto* city = child<ui::InlineEdit>(card.get(), "cityField");
    editField(city, QStringLiteral("Łódź"));
    ASSERT_EQ(store->contact(annaId)->address.city, QStringLiteral("Łódź"));
    ASSERT_TRUE(city->hasFocus());
    QTest::keyClick(city, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(store->contact(annaId)->address.city.isEmpty());
    QTRY_VERIFY(city->text().isEmpty());
}

TEST_F(CardsTest, CommitPendingEditsSavesWhatIsTypedButNotInvalidInput)
{
    auto card = showCard<ui::ContactCard>(annaId);
    auto* street = child<ui::InlineEdit>(card.get(), "streetField");
    street->setFocus();
    typeText(street, QStringLiteral("ul. Piotrkowska 1"));
    auto* phone = child<ui::InlineEdit>(card.get(), "phoneAdd");
    phone->setText(QStringLiteral("not a phone"));
    // No Enter, no focus change: the app is about to lock.
    EXPECT_FALSE(card->commitPendingEdits()) << "the phone is invalid";
    EXPECT_EQ(store->contact(annaId)->address.street, QStringLiteral("ul. Piotrkowska 1"));
    EXPECT_TRUE(store->contact(annaId)->phones.isEmpty());
    EXPECT_TRUE(child<QLabel>(card.get(), "phoneAddError")->isVisible());
}

TEST_F(CardsTest, CompanyLinkOpensTheCompanyCardWhichListsItsPeople)
{
    ui::MainWindow main(*store, path);
    main.show();
    main.openRecord(QStringLiteral("contact"), annaId);
    auto* contactCard = qobject_cast<ui::ContactCard*>(main.currentCard());
    ASSERT_TRUE(contactCard);
    auto* subtitle = child<QLabel>(contactCard, "headerSubtitle");
    ASSERT_TRUE(subtitle->text().contains(QStringLiteral("company:") + companyId));
    QSignalSpy requested(contactCard, &ui::RecordCard::recordRequested);
    emit subtitle->linkActivated(QStringLiteral("company:") + companyId);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().at(0).toString(), QStringLiteral("company"));

    auto* companyCard = qobject_cast<ui::CompanyCard*>(main.currentCard());
    ASSERT_TRUE(companyCard);
    EXPECT_EQ(companyCard->recordId(), companyId);
    EXPECT_EQ(child<QLabel>(companyCard, "recordTitle")->text(), QStringLiteral("Piekarnia Łąka"));
    auto* people = child<QTreeWidget>(companyCard, "companyContacts");
    ASSERT_TRUE(people);
    ASSERT_EQ(people->topLevelItemCount(), 2);
    EXPECT_EQ(people->topLevelItem(0)->text(0), QStringLiteral("Jan Adamski"));
    EXPECT_EQ(people->topLevelItem(1)->text(0), QStringLiteral("Anna Zielińska"));

    // Enter on a person opens their card.
    people->setFocus();
    people->setCurrentItem(people->topLevelItem(1));
    QTest::keyClick(people, Qt::Key_Return);
    auto* back = qobject_cast<ui::ContactCard*>(main.currentCard());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->recordId(), annaId);
}

TEST_F(CardsTest, CompanyTimelineMergesItsPeoplesActivities)
{
    domain::Activity call;
    call.kind = domain::ActivityKind::Call;
    call.subject = QStringLiteral("Offer");
    call.outcome = QStringLiteral("connected");
    call.durationSeconds = 300;
    call.contactId = janId;
    ASSERT_TRUE(store->logActivity(call).ok());
    auto card = showCard<ui::CompanyCard>(companyId);
    const QStringList rows = timelineRows(card->timeline());
    EXPECT_TRUE(rows.contains(QStringLiteral("Call (Connected, 5 min): Offer | ")))
        << rows.join(QLatin1Char('\n')).toStdString();
    const QModelIndex first = card->timeline()->model()->index(0);
    EXPECT_TRUE(first.data(ui::TimelineModel::MetaRole)
                    .toString()
                    .startsWith(QStringLiteral("Jan Adamski")));

    // Filters: without calls, only the company's own history is left.
    QTest::mouseClick(child<QWidget>(card.get(), "filterCalls"), Qt::LeftButton);
    for (const QString& row : timelineRows(card->timeline()))
        EXPECT_FALSE(row.startsWith(QStringLiteral("Call"))) << row.toStdString();
}

TEST_F(CardsTest, TasksAddWithReminderAndCompleteWithAClick)
{
    auto card = showCard<ui::ContactCard>(annaId);
    auto* title = child<QLineEdit>(card.get(), "taskTitle");
    ASSERT_TRUE(title);
    typeText(title, QStringLiteral("Send the offer"));
    QTest::keyClick(title, Qt::Key_Return);
    auto tasks = store->tasksFor(QStringLiteral("contact"), annaId, true);
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 1);
    EXPECT_TRUE(tasks->first().dueAt.isValid());
    EXPECT_EQ(tasks->first().remindAt, tasks->first().dueAt.addSecs(-15 * 60));
    auto* list = child<QTreeWidget>(card.get(), "tasksList");
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    list->topLevelItem(0)->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(store->task(tasks->first().id)->done);
    QTRY_COMPARE(list->topLevelItemCount(), 0);
}

TEST_F(CardsTest, CtrlShiftNLogsANoteOnACardAndCreatesACompanyElsewhere)
{
    ui::MainWindow main(*store, path);
    main.show();
    main.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&main));
    main.openRecord(QStringLiteral("contact"), annaId);
    auto* card = qobject_cast<ui::ContactCard*>(main.currentCard());
    ASSERT_TRUE(card);
    card->timeline()->list()->setFocus();
    QTest::keyClick(card->timeline()->list(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(card->timeline()->composer()->isVisible());
    EXPECT_FALSE(main.findChild<ui::NewRecordDialog*>()) << "no ambiguous shortcut";
    card->timeline()->composer()->cancel();

    // Back on a section page the same keys create a company.
    QTest::keyClick(&main, Qt::Key_Left, Qt::AltModifier);
    ASSERT_FALSE(main.currentCard());
    QTest::keyClick(&main, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = main.findChild<ui::NewRecordDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->entity(), QStringLiteral("company"));
    typeText(child<QLineEdit>(dialog, "newCompanyName"), QStringLiteral("piekarnia łąka"));
    auto* warning = child<QLabel>(dialog, "duplicateWarning");
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 3000);
    EXPECT_TRUE(warning->text().contains(QStringLiteral("company:") + companyId));
    dialog->reject();
}
