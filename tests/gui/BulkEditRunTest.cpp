// A bulk run in the window, under way: it can be paused and stopped with the rows in flight
// finishing; production is confirmed once with the number of accounts; quitting or Escape mid-run
// stops the run first and loses no outcome; a run cut short resumes without writing any account
// twice.
#include "BulkEditFixture.h"

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

TEST_F(BulkEditTest, PauseHoldsNewAccountsAndStopLeavesTheRestUnstarted)
{
    m_delayMs = 150;
    BulkEditDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setAccountIds(QStringLiteral("1 2 3 4 5 6 7 8"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Paused"));
    dialog->findChild<QSpinBox*>()->setValue(1);
    dialog->send();
    ASSERT_TRUE(dialog->isRunning());
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->results().rowCount() >= 1; }, 20000));
    dialog->findChild<QPushButton*>(QStringLiteral("bulkPauseButton"))->click();
    ASSERT_TRUE(dialog->run()->isPaused());
    QTest::qWait(400); // the account in flight finishes; no other starts
    const int whilePaused = dialog->results().rowCount();
    QTest::qWait(800);
    EXPECT_EQ(dialog->results().rowCount(), whilePaused);
    EXPECT_LE(whilePaused, 3);
    EXPECT_EQ(writes(), whilePaused);

    dialog->findChild<QPushButton*>(QStringLiteral("bulkPauseButton"))->click(); // Resume
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->results().rowCount() > whilePaused; }, 20000));
    dialog->findChild<QPushButton*>(QStringLiteral("bulkStopButton"))->click();
    ASSERT_TRUE(waitForRun(dialog));
    const int done = dialog->results().rowCount();
    EXPECT_LT(done, 8);
    EXPECT_EQ(writes(), done) << "every account started was finished, none after the stop";
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("bulkStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Stopped")));
}

TEST_F(BulkEditTest, ProductionIsConfirmedOnceNamingTheNumberOfAccounts)
{
    BulkEditDialog dialog(m_productionPismo, m_productionTarget, m_store, m_window.get());
    dialog.setAccountIds(QStringLiteral("11 12 13"));
    dialog.commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Prod"));
    QString question;
    int asked = 0;
    onNextModal<QMessageBox>([&](QMessageBox* box) {
        ++asked;
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    dialog.send();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(question.contains(QStringLiteral("3 update")) &&
                question.contains(QStringLiteral("to https://accounts.example.com")))
        << question.toStdString();
    EXPECT_FALSE(dialog.isRunning()) << "declined: nothing starts";
    EXPECT_EQ(dialog.results().rowCount(), 0);
}

TEST_F(BulkEditTest, QuittingMidRunStopsTheRunFirstAndLosesNoOutcome)
{
    m_delayMs = 200;
    BulkEditDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setAccountIds(QStringLiteral("21 22 23 24 25 26"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Quit"));
    dialog->findChild<QSpinBox*>()->setValue(2);
    dialog->send();
    ASSERT_TRUE(dialog->isRunning());
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    EXPECT_FALSE(m_window->close()) << "the window stays while the run stops";
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return writes() > 0 && !m_window->findChild<BulkEditController*>()->dialog(); }, 20000))
        << "the dialog closes once the accounts in flight are done";
    EXPECT_LT(writes(), 6);
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(BulkEditTest, ARunCutShortIsResumedWithoutWritingAnyAccountTwice)
{
    m_delayMs = 150;
    const QString ids = QStringLiteral("31 32 33 34 35 36 37 38");
    QPointer<BulkEditDialog> first = openDialog();
    ASSERT_FALSE(first.isNull());
    first->setAccountIds(ids);
    first->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Resumed"));
    first->findChild<QSpinBox*>()->setValue(2);
    first->send();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first->results().rowCount() >= 2; }, 20000));
    delete first.data(); // the window goes away mid-run, as if killed: writes under way are cut off
    QTest::qWait(500);   // what reached the server before the cut is applied there
    const int before = writes();
    ASSERT_LT(before, 8);

    BulkEditDialog* second = openDialog();
    ASSERT_NE(second, nullptr);
    second->setAccountIds(ids);
    second->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Resumed"));
    QString question;
    onNextModal<QMessageBox>([&question](QMessageBox* box) {
        question = box->text();
        for (QAbstractButton* button : box->buttons())
            if (button->text() == QStringLiteral("&Resume"))
                button->click();
    });
    second->send();
    ASSERT_TRUE(waitForRun(second));
    EXPECT_TRUE(question.contains(QStringLiteral("did not finish"))) << question.toStdString();
    EXPECT_GE(second->results().count(QStringLiteral("skipped")), 2)
        << "the accounts done are not done again";
    for (const QString& id : ids.split(QLatin1Char(' '))) {
        EXPECT_EQ(writesTo(id), 1) << "account " << id.toStdString() << " is written exactly once";
        EXPECT_EQ(nameOf(id), QStringLiteral("Resumed"));
    }

    // Done, so the same again is a new run: no question, every account read and found unchanged.
    bool asked = false;
    const QPointer<QTimer> watch = onNextModal<QMessageBox>([](QMessageBox* box) { box->reject(); }, &asked);
    second->send();
    ASSERT_TRUE(waitForRun(second));
    delete watch.data();
    EXPECT_FALSE(asked);
    EXPECT_EQ(second->results().count(QStringLiteral("unchanged")), 8);
    EXPECT_EQ(writes(), 8);
}

TEST_F(BulkEditTest, EscapeMidRunAsksAndNeverCutsTheRunOff)
{
    m_delayMs = 150;
    QPointer<BulkEditDialog> dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    dialog->setAccountIds(QStringLiteral("41 42 43 44"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Kept"));
    dialog->findChild<QSpinBox*>()->setValue(1);
    dialog->send();
    ASSERT_TRUE(dialog->isRunning());
    bool asked = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); }, &asked);
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return asked; }, 5000));
    ASSERT_FALSE(dialog.isNull());
    EXPECT_TRUE(dialog->isRunning()) << "declined: the run goes on";
    ASSERT_TRUE(waitForRun(dialog));
    EXPECT_EQ(dialog->results().count(QStringLiteral("updated")), 4);
}
