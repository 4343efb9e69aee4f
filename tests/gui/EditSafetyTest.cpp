// The window never writes the wrong data: a changed account id, environment or restored draft
// never carries values across, a colleague's change stops the write until it is seen, what Review
// shows is what arrives, and a failed or interrupted send says what may have happened.
#include "ConflictDialog.h"
#include "MainWindowFixture.h"
#include "RequestPreviewDialog.h"
#include "store/HistoryLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QByteArray account(const QByteArray& id, const QByteArray& website = "https://acme.example", int revision = 4)
{
    return R"({"id": ")" + id + R"(", "name": "Account )" + id + R"(", "revision": )" +
           QByteArray::number(revision) + R"(, "website": ")" + website + R"(", "description": "Record of )" +
           id + R"("})";
}

class EditSafetyTest : public MainWindowFixture
{
protected:
    // Loads account `id` of SoftwareOne from `server` and edits its name.
    void loadAndRename(const TestHttpServer& server, const QString& id, const QString& name)
    {
        selectProvider(QStringLiteral("SoftwareOne Marketplace"));
        connectTo(server, id);
        child<QPushButton>("loadPushButton")->click();
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
        QLineEdit* edit = fieldLineEdit(QStringLiteral("/name"));
        edit->selectAll();
        QTest::keyClicks(edit, name);
        ASSERT_TRUE(m_window->session()->hasUnsentChanges());
    }

    // Types `id` over the account field and finishes with Enter, answering the question with `button`.
    bool retypeAccount(const QString& id, QMessageBox::StandardButton button)
    {
        bool asked = false;
        onNextModal<QMessageBox>([button](QMessageBox* box) { box->button(button)->click(); }, &asked);
        QLineEdit* accountEdit = child<QLineEdit>("accountLineEdit");
        accountEdit->selectAll();
        QTest::keyClicks(accountEdit, id);
        QTest::keyClick(accountEdit, Qt::Key_Return);
        return asked;
    }

    static int countOf(const TestHttpServer& server, const QByteArray& method)
    {
        int count = 0;
        for (const TestHttpServer::Request& request : server.requests())
            count += request.method == method ? 1 : 0;
        return count;
    }

    QString answer() { return child<QPlainTextEdit>("answerPlainTextEdit")->toPlainText(); }
};

TestHttpServer::Response byId(const TestHttpServer::Request& request, int)
{
    TestHttpServer::Response response;
    response.body = request.method == "GET" ? account(request.path.split('/').last()) : "{}";
    return response;
}

} // namespace

TEST_F(EditSafetyTest, LoadSevenEditThenTypeEightNeverWritesSevensDataToEight)
{
    TestHttpServer server(byId);
    loadAndRename(server, QStringLiteral("7"), QStringLiteral("Renamed"));

    // "Keep editing 7": the field shows 7 again and nothing changed.
    EXPECT_TRUE(retypeAccount(QStringLiteral("8"), QMessageBox::Cancel));
    EXPECT_EQ(child<QLineEdit>("accountLineEdit")->text(), QStringLiteral("7"));
    EXPECT_EQ(m_window->session()->accountId(), QStringLiteral("7"));
    EXPECT_EQ(m_window->session()->model().value(QStringLiteral("/name")).value,
              QJsonValue(QStringLiteral("Renamed")));

    // Typed but not confirmed, the new id never reaches a request: Send asks first.
    QLineEdit* accountEdit = child<QLineEdit>("accountLineEdit");
    accountEdit->selectAll();
    QTest::keyClicks(accountEdit, QStringLiteral("8"));
    bool asked = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); }, &asked);
    m_window->sendNow();
    EXPECT_TRUE(asked);
    EXPECT_EQ(m_window->session()->accountId(), QStringLiteral("8"));
    EXPECT_FALSE(m_window->session()->isLoaded()) << "8 is not loaded: 7's record is gone";
    EXPECT_FALSE(m_window->session()->hasUnsentChanges());
    EXPECT_FALSE(child<QPushButton>("sendPushButton")->isEnabled());
    EXPECT_TRUE(m_window->session()->model().loaded().isEmpty());
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/name"))->text(), QString());
    QTest::qWait(200);
    EXPECT_EQ(countOf(server, "PUT"), 0);
    ASSERT_EQ(server.requestCount(), 1) << "only the load of 7";
}

TEST_F(EditSafetyTest, ChangingTheEnvironmentAfterLoadDropsTheLoadedState)
{
    TestHttpServer server(byId);
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    connectTo(server, QStringLiteral("7"));
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
    auto* environment = child<QComboBox>("environmentComboBox");
    environment->setCurrentIndex(0); // the spec's server: no edits, so no question
    EXPECT_FALSE(m_window->session()->isLoaded());
    EXPECT_TRUE(m_window->session()->model().loaded().isEmpty());
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/name"))->text(), QString());
    EXPECT_FALSE(child<QPushButton>("sendPushButton")->isEnabled());
}

TEST_F(EditSafetyTest, AColleaguesChangeIsShownAndNothingIsSentUntilTheOperatorChooses)
{
    std::atomic<bool> changed{false};
    TestHttpServer server([&changed](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = request.method != "GET" ? QByteArray("{}")
                        : changed               ? account("7", "https://colleague.example", 5)
                                                : account("7");
        return response;
    });
    loadAndRename(server, QStringLiteral("7"), QStringLiteral("Mine"));
    changed = true;

    QStringList rows;
    onNextModal<ConflictDialog>([&rows](ConflictDialog* dialog) {
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            rows << dialog->table()->item(row, 0)->toolTip() + QLatin1Char('=') +
                        dialog->table()->item(row, 1)->text() + QLatin1Char('|') +
                        dialog->table()->item(row, 2)->text();
        dialog->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->click();
    });
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&rows] { return !rows.isEmpty(); }, 20000));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(rows, (QStringList{QStringLiteral("/revision=4|5"),
                                 QStringLiteral("/website=https://acme.example|https://colleague.example")}));
    EXPECT_EQ(countOf(server, "PUT"), 0);
    EXPECT_TRUE(answer().contains(QStringLiteral("Nothing was sent"))) << answer().toStdString();

    // Again, taking the server's values: Review opens with them, and Send writes them.
    onNextModal<ConflictDialog>([](ConflictDialog* dialog) {
        dialog->findChild<QPushButton*>(QStringLiteral("takeServerValuesPushButton"))->click();
        onNextModal<RequestPreviewDialog>([](RequestPreviewDialog* review) {
            review->findChild<QPushButton*>(QStringLiteral("sendPushButton"))->click();
        });
    });
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return countOf(server, "PUT") == 1; }, 20000));
    QJsonObject put;
    for (const TestHttpServer::Request& request : server.requests())
        if (request.method == "PUT")
            put = QJsonDocument::fromJson(request.body).object();
    EXPECT_EQ(put.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Mine")));
    EXPECT_EQ(put.value(QStringLiteral("website")), QJsonValue(QStringLiteral("https://colleague.example")));
}

TEST_F(EditSafetyTest, ReviewShowsTheRequestIdAndBodyTheServerReceives)
{
    TestHttpServer server(byId);
    loadAndRename(server, QStringLiteral("7"), QStringLiteral("Reviewed"));
    QString reviewed;
    QStringList notSentBack;
    onNextModal<RequestPreviewDialog>([&](RequestPreviewDialog* dialog) {
        reviewed = dialog->requestText();
        for (int row = 0; dialog->notSentBackList() && row < dialog->notSentBackList()->count(); ++row)
            notSentBack << dialog->notSentBackList()->item(row)->text();
        dialog->findChild<QPushButton*>(QStringLiteral("sendPushButton"))->click();
    });
    child<QPushButton>("reviewPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return countOf(server, "PUT") == 1; }, 20000));
    TestHttpServer::Request put;
    for (const TestHttpServer::Request& request : server.requests())
        if (request.method == "PUT")
            put = request;
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("X-Request-ID: (\\S+)")).match(reviewed);
    ASSERT_TRUE(id.hasMatch()) << reviewed.toStdString();
    EXPECT_EQ(put.header("X-Request-ID"), id.captured(1).toLatin1());
    EXPECT_TRUE(reviewed.endsWith(QLatin1Char('\n') + QString::fromUtf8(put.body) + QLatin1Char('\n')));
    EXPECT_TRUE(notSentBack.contains(QStringLiteral("/revision = 4")))
        << notSentBack.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(notSentBack.contains(QStringLiteral("/id = 7")));
    // And it is on the record, as sent from the window.
    ASSERT_TRUE(waitIdle());
    const QList<HistoryEntry> history = HistoryLog().read();
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().source, QStringLiteral("gui"));
    EXPECT_EQ(history.last().requestId, id.captured(1));
    EXPECT_EQ(history.last().status, 200);
}

TEST_F(EditSafetyTest, AnAnswerCutShortIsAFailureAndEveryEditStays)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.method == "GET") {
            response.body = R"({"account_id": 5, "account_name": "Old"})";
        } else {
            response.body = R"({"account_id": 5, "account_name": "New", "padding": "0123456789"})";
            response.closeAfterBytes = 100;
        }
        return response;
    });
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("5"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("New"));
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return countOf(server, "PATCH") == 1; }, 20000));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(answer().contains(QStringLiteral("may have been applied"))) << answer().toStdString();
    EXPECT_FALSE(answer().contains(QStringLiteral("Sent:")));
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/account_name"))->text(), QStringLiteral("New"));
    EXPECT_TRUE(m_window->session()->hasUnsentChanges());
}

TEST_F(EditSafetyTest, ACancelDuringTheSendSaysTheUpdateMayHaveBeenApplied)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response slow;
        slow.delayMs = 3000;
        return slow;
    });
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("5"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("New"));
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return server.requestCount() == 1; }, 20000));
    child<QPushButton>("cancelPushButton")->click();
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(answer().contains(QStringLiteral("may have been applied"))) << answer().toStdString();
    EXPECT_TRUE(m_window->session()->hasUnsentChanges());
}

TEST_F(EditSafetyTest, AServerErrorForAMemberWithoutARowClearsOnTheNextEdit)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.method == "GET") {
            response.body = account("7");
        } else {
            response.status = 400;
            response.body =
                R"({"title": "Validation failed", "errors": [{"message": "Not allowed.", "properties": ["Groups"]}]})";
        }
        return response;
    });
    loadAndRename(server, QStringLiteral("7"), QStringLiteral("Mine"));
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&server] { return countOf(server, "PUT") == 1; }, 20000));
    ASSERT_TRUE(waitIdle());
    auto* problems = child<QListWidget>("problemsListWidget");
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("Not allowed.")))
        << problems->item(0)->text().toStdString();
    EXPECT_FALSE(child<QPushButton>("sendPushButton")->isEnabled());
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/name")), QStringLiteral("!"));
    EXPECT_EQ(problems->count(), 0);
    EXPECT_TRUE(child<QPushButton>("sendPushButton")->isEnabled());
}

TEST_F(EditSafetyTest, ABaseUrlWithAPasswordIsRefusedAndNeverRemembered)
{
    selectProvider(QStringLiteral("Pismo"));
    auto* environment = child<QComboBox>("environmentComboBox");
    environment->setCurrentIndex(environment->count() - 1);
    QLineEdit* baseUrl = child<QLineEdit>("baseUrlLineEdit");
    QTest::keyClicks(baseUrl, QStringLiteral("https://ops:hunter2@pismo.example"));
    QTest::keyClick(baseUrl, Qt::Key_Return);
    bool listed = false;
    auto* problems = child<QListWidget>("problemsListWidget");
    for (int row = 0; row < problems->count(); ++row)
        listed = listed || problems->item(row)->text().startsWith(
                               QStringLiteral("Base URL: holds a user name or password"));
    EXPECT_TRUE(listed);
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("x"));
    m_window->saveDraftNow();
    QSettings settings;
    for (const QString& key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(QStringLiteral("hunter2"))) << key.toStdString();
    const QList<Draft> drafts = DraftStore().drafts(QStringLiteral("pismo"));
    ASSERT_EQ(drafts.size(), 1) << "the edits are kept";
    EXPECT_TRUE(drafts.first().target.baseUrl.isEmpty()) << "without the URL that does not validate";
}

TEST_F(EditSafetyTest, ADraftRevertedBeforeARestartIsNotOfferedAgain)
{
    selectProvider(QStringLiteral("Pismo"));
    QTest::keyClicks(child<QLineEdit>("accountLineEdit"), QStringLiteral("77"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("Half-typed"));
    m_window->saveDraftNow();
    ASSERT_EQ(DraftStore().drafts(QStringLiteral("pismo")).size(), 1);
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    child<QPushButton>("revertPushButton")->click();
    m_window.reset(); // at once, as in a crash
    EXPECT_TRUE(DraftStore().drafts(QStringLiteral("pismo")).isEmpty());
    bool offered = false;
    QPointer<QTimer> watch = onNextModal<QMessageBox>([](QMessageBox* box) { box->reject(); }, &offered);
    m_window = std::make_unique<MainWindow>(bundledRegistry(), m_store);
    m_window->show();
    QTest::qWait(300);
    EXPECT_FALSE(offered);
    delete watch;
}

TEST_F(EditSafetyTest, ARestoredDraftBringsItsOwnTargetAndIsCheckedAgainstTheServer)
{
    TestHttpServer server(byId);
    Draft draft;
    draft.target.provider = QStringLiteral("softwareone");
    draft.target.baseUrl = QUrl(server.baseUrl());
    draft.target.account = QStringLiteral("7");
    draft.hasSnapshot = true;
    draft.snapshot = QJsonDocument::fromJson(account("7")).object();
    draft.edited = draft.snapshot;
    draft.edited.insert(QStringLiteral("name"), QStringLiteral("From the draft"));
    draft.savedAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(DraftStore().save(draft));

    m_window.reset();
    QSettings().setValue(QStringLiteral("window/provider"), QStringLiteral("softwareone"));
    onNextModal<QMessageBox>([](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons())
            if (button->text() == QStringLiteral("&Restore"))
                button->click();
    });
    m_window = std::make_unique<MainWindow>(bundledRegistry(), m_store);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->hasUnsentChanges(); }, 5000));
    EXPECT_EQ(child<QLineEdit>("baseUrlLineEdit")->text(), server.baseUrl());
    EXPECT_EQ(child<QLineEdit>("accountLineEdit")->text(), QStringLiteral("7"));
    // Compared with the server first (it is unchanged), then it may be sent.
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/name"))->text(), QStringLiteral("From the draft"));
    EXPECT_TRUE(child<QPushButton>("sendPushButton")->isEnabled());
}
