// The questions that keep edits with their account, met the way an operator meets them: typing
// into a focused field, a keyboard shortcut while it still has focus, quitting with a draft that
// cannot be saved, closing while an update is on its way.
#include "MainWindowFixture.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QByteArray account(const QByteArray& id)
{
    return R"({"id": ")" + id + R"(", "name": "Account )" + id +
           R"(", "revision": 4, "website": "https://acme.example"})";
}

TestHttpServer::Response byId(const TestHttpServer::Request& request, int)
{
    TestHttpServer::Response response;
    response.body = request.method == "GET" ? account(request.path.split('/').last()) : "{}";
    return response;
}

class EditGuardTest : public MainWindowFixture
{
protected:
    // Answers every question box with `answer(n)` for the n-th (from 1); counts them.
    QPointer<QTimer> answerEveryQuestion(std::function<QMessageBox::StandardButton(int)> answer)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [this, answer] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ++m_questions;
                box->button(answer(m_questions))->click();
            }
        });
        timer->start();
        return timer;
    }

    // Loads SoftwareOne account 7 from `server` and edits its name.
    void loadAndEditSeven(const TestHttpServer& server)
    {
        selectProvider(QStringLiteral("SoftwareOne Marketplace"));
        connectTo(server, QStringLiteral("7"));
        QTest::keyClick(child<QLineEdit>("accountLineEdit"), Qt::Key_Return);
        child<QPushButton>("loadPushButton")->click();
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
        QTest::keyClicks(fieldLineEdit(QStringLiteral("/name")), QStringLiteral(" renamed"));
    }

    // ... and puts the keyboard in the account field with "8" typed over the 7.
    void editSevenThenTypeEightInTheFocusedField(const TestHttpServer& server)
    {
        ASSERT_NO_FATAL_FAILURE(loadAndEditSeven(server));
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QLineEdit* accountEdit = child<QLineEdit>("accountLineEdit");
        accountEdit->setFocus();
        ASSERT_TRUE(QTest::qWaitFor([accountEdit] { return accountEdit->hasFocus(); }, 2000));
        accountEdit->selectAll();
        QTest::keyClicks(accountEdit, QStringLiteral("8"));
    }

    int m_questions = 0;
};

} // namespace

TEST_F(EditGuardTest, EditsTypedBeforeTheAccountIdGoWithTheWholeIdNotItsFirstKeystroke)
{
    TestHttpServer server;
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QString());
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("New name"));
    QPointer<QTimer> watch = answerEveryQuestion([](int) { return QMessageBox::Cancel; });
    QLineEdit* accountEdit = child<QLineEdit>("accountLineEdit");
    QTest::keyClicks(accountEdit, QStringLiteral("12"));
    EXPECT_EQ(m_window->session()->accountId(), QString()) << "not while typing";
    QTest::keyClick(accountEdit, Qt::Key_Return);
    EXPECT_EQ(m_questions, 0) << "the edits belonged to no account: nothing to ask";
    EXPECT_EQ(m_window->session()->accountId(), QStringLiteral("12"));
    EXPECT_EQ(m_window->session()->model().value(QStringLiteral("/account_name")).value,
              QJsonValue(QStringLiteral("New name")));
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return server.requestCount() == 1; }, 20000));
    EXPECT_EQ(server.requests().first().path, QByteArray("/accounts/v1/accounts/12"));
    delete watch;
}

TEST_F(EditGuardTest, AShortcutWhileTheAccountFieldHasFocusAsksOnceAndTheAnswerHolds)
{
    TestHttpServer server(byId);
    ASSERT_NO_FATAL_FAILURE(editSevenThenTypeEightInTheFocusedField(server));
    // Keep editing 7 on the first question; a second one, if any, would be answered Discard.
    QPointer<QTimer> watch =
        answerEveryQuestion([](int n) { return n == 1 ? QMessageBox::Cancel : QMessageBox::Discard; });
    m_window->sendNow();
    QTest::qWait(300);
    EXPECT_EQ(m_questions, 1);
    EXPECT_EQ(child<QLineEdit>("accountLineEdit")->text(), QStringLiteral("7"));
    EXPECT_EQ(m_window->session()->accountId(), QStringLiteral("7"));
    EXPECT_TRUE(m_window->session()->hasUnsentChanges()) << "the edits of 7 are kept";
    delete watch;
}

TEST_F(EditGuardTest, AnEnvironmentTheOperatorDidNotSwitchToIsNotRemembered)
{
    TestHttpServer server(byId);
    ASSERT_NO_FATAL_FAILURE(loadAndEditSeven(server));
    const QString before =
        QSettings().value(QStringLiteral("providers/softwareone/environmentUrl")).toString();
    QPointer<QTimer> watch = answerEveryQuestion([](int) { return QMessageBox::Cancel; });
    child<QComboBox>("environmentComboBox")->setCurrentIndex(0); // PRODUCTION, refused
    EXPECT_EQ(m_questions, 1);
    EXPECT_EQ(QSettings().value(QStringLiteral("providers/softwareone/environmentUrl")).toString(), before);
    EXPECT_EQ(child<QComboBox>("environmentComboBox")->currentIndex(),
              child<QComboBox>("environmentComboBox")->count() - 1)
        << "the bar shows the custom URL the session kept";
    delete watch;
}

TEST_F(EditGuardTest, KeepAsDraftDoesNotCloseWhenTheDraftCannotBeSaved)
{
    selectProvider(QStringLiteral("Pismo"));
    QTest::keyClicks(child<QLineEdit>("accountLineEdit"), QStringLiteral("77"));
    QDir(DraftStore::defaultDirectory()).removeRecursively();
    QDir().mkpath(QFileInfo(DraftStore::defaultDirectory()).path());
    QFile blocker(DraftStore::defaultDirectory()); // a file where the drafts folder must go
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("Precious"));
    QPointer<QTimer> watch = answerEveryQuestion(
        [](int n) { return n == 1 ? QMessageBox::Save /* Keep as draft */ : QMessageBox::Ok; });
    EXPECT_FALSE(m_window->close()) << "neither sent nor saved: the window stays";
    EXPECT_EQ(m_questions, 2) << "the question, then why it stays open";
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/account_name"))->text(), QStringLiteral("Precious"));
    delete watch;
    QFile::remove(DraftStore::defaultDirectory());
}

TEST_F(EditGuardTest, ClosingWhileAnUpdateIsOnItsWayWaitsForItsAnswer)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response slow;
        slow.delayMs = 2000;
        return slow;
    });
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("5"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("New"));
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return server.requestCount() == 1; }, 20000));
    QPointer<QTimer> watch = answerEveryQuestion([](int) { return QMessageBox::Ok; });
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(m_questions, 1);
    EXPECT_EQ(m_window->session()->activity(), AccountSession::Activity::Sending) << "the send goes on";
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(m_window->session()->hasUnsentChanges()) << "its answer came and was taken";
    delete watch;
}

TEST_F(EditGuardTest, LoadKeepsEditsTypedBeforeAnythingWasLoaded)
{
    TestHttpServer server(byId);
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    connectTo(server, QStringLiteral("7"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/name")), QStringLiteral("Typed first"));
    QPointer<QTimer> watch = answerEveryQuestion([](int) { return QMessageBox::Cancel; });
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
    EXPECT_EQ(m_questions, 0) << "nothing is replaced, so nothing is asked";
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/name"))->text(), QStringLiteral("Typed first"));
    EXPECT_EQ(m_window->session()->model().value(QStringLiteral("/website")).value,
              QJsonValue(QStringLiteral("https://acme.example")));
    EXPECT_TRUE(child<QPushButton>("sendPushButton")->isEnabled());
    delete watch;
}
