// The History window (Ctrl+H): what was sent, narrowed by the operator's filters, shown in full,
// copied as curl without a secret, and loaded again onto the account ("Edit again").
#include "HistoryWindow.h"

#include "HistoryController.h"
#include "MainWindowFixture.h"
#include "RequestPreviewDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

HistoryEntry entry(const QString& provider, const QString& server, const QString& account,
                   const QDateTime& time, std::optional<int> status,
                   const QString& method = QStringLiteral("PATCH"))
{
    HistoryEntry made;
    made.time = time;
    made.source = QStringLiteral("cli");
    made.provider = provider;
    made.server = server;
    made.account = account;
    made.profile = QStringLiteral("default");
    made.method = method;
    made.url = provider == QLatin1String("pismo")
                   ? server + QStringLiteral("/accounts/v1/accounts/") + account
                   : server + QStringLiteral("/public/v1/accounts/accounts/") + account;
    made.status = status;
    made.durationMs = 42;
    made.requestId = QStringLiteral("rid-") + account;
    made.changes = {
        {QStringLiteral("/account_name"), QStringLiteral("Old name"), QStringLiteral("Sent name")}};
    if (!status)
        made.error = QStringLiteral("Network failure: connection refused");
    return made;
}

class HistoryWindowTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        QDir(HistoryLog::defaultDirectory()).removeRecursively();
    }

    HistoryWindow* openHistory()
    {
        m_window->findChild<QAction*>(QStringLiteral("historyAction"))->trigger();
        auto* controller = m_window->findChild<HistoryController*>();
        return controller ? controller->window() : nullptr;
    }

    void write(const HistoryEntry& entry) { ASSERT_TRUE(HistoryLog().append(entry)); }
};

} // namespace

TEST_F(HistoryWindowTest, ListsNewestFirstAndEveryFilterNarrowsIt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    write(entry(QStringLiteral("pismo"), QStringLiteral("https://sandbox.pismolabs.io"), QStringLiteral("42"),
                now.addDays(-10), 200));
    write(entry(QStringLiteral("softwareone"), QStringLiteral("https://api.s1.show"),
                QStringLiteral("ACC-1234-5678"), now.addDays(-3), 422, QStringLiteral("PUT")));
    write(entry(QStringLiteral("pismo"), QStringLiteral("https://sandbox.pismolabs.io"), QStringLiteral("77"),
                now.addSecs(-60), std::nullopt));

    HistoryWindow* history = openHistory();
    ASSERT_TRUE(history);
    ASSERT_EQ(history->shown().size(), 3);
    EXPECT_EQ(history->shown().first().account, QStringLiteral("77")) << "newest first";
    auto* count = history->findChild<QLabel*>(QStringLiteral("historyCountLabel"));
    EXPECT_EQ(count->text(), QStringLiteral("Showing 3 of 3"));
    auto* detail = history->findChild<QPlainTextEdit*>(QStringLiteral("historyDetail"));
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("Network failure: connection refused")));
    EXPECT_TRUE(
        detail->toPlainText().contains(QStringLiteral("/account_name: \"Old name\" → \"Sent name\"")));

    auto* account = history->findChild<QLineEdit*>(QStringLiteral("historyAccountLineEdit"));
    QTest::keyClicks(account, QStringLiteral("acc-"));
    ASSERT_EQ(history->shown().size(), 1);
    EXPECT_EQ(history->shown().first().provider, QStringLiteral("softwareone"));
    EXPECT_EQ(count->text(), QStringLiteral("Showing 1 of 3"));
    account->clear();

    auto* outcome = history->findChild<QComboBox*>(QStringLiteral("historyOutcomeComboBox"));
    outcome->setCurrentIndex(outcome->findData(int(HistoryLog::Filter::Outcome::Failed)));
    EXPECT_EQ(history->shown().size(), 2) << "a 422 and no answer at all";
    outcome->setCurrentIndex(outcome->findData(int(HistoryLog::Filter::Outcome::Succeeded)));
    ASSERT_EQ(history->shown().size(), 1);
    EXPECT_EQ(history->shown().first().account, QStringLiteral("42"));
    outcome->setCurrentIndex(0);

    auto* provider = history->findChild<QComboBox*>(QStringLiteral("historyProviderComboBox"));
    EXPECT_EQ(provider->currentText(), QStringLiteral("All providers"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("pismo")));
    EXPECT_EQ(history->shown().size(), 2);
    provider->setCurrentIndex(0);

    history->findChild<QCheckBox*>(QStringLiteral("sinceCheckBox"))->setChecked(true);
    history->findChild<QDateEdit*>(QStringLiteral("sinceDateEdit"))->setDate(now.addDays(-5).date());
    EXPECT_EQ(history->shown().size(), 2);
    history->findChild<QCheckBox*>(QStringLiteral("untilCheckBox"))->setChecked(true);
    history->findChild<QDateEdit*>(QStringLiteral("untilDateEdit"))->setDate(now.addDays(-2).date());
    ASSERT_EQ(history->shown().size(), 1);
    EXPECT_EQ(history->shown().first().provider, QStringLiteral("softwareone"));

    // A newer entry, from a script meanwhile, comes with Refresh.
    history->findChild<QCheckBox*>(QStringLiteral("sinceCheckBox"))->setChecked(false);
    history->findChild<QCheckBox*>(QStringLiteral("untilCheckBox"))->setChecked(false);
    write(entry(QStringLiteral("pismo"), QStringLiteral("https://sandbox.pismolabs.io"), QStringLiteral("5"),
                now, 200));
    history->findChild<QPushButton*>(QStringLiteral("refreshPushButton"))->click();
    EXPECT_EQ(history->shown().size(), 4);
}

TEST_F(HistoryWindowTest, CopiesAPartialUpdateAsCurlAndRefusesAReplacement)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    write(entry(QStringLiteral("softwareone"), QStringLiteral("https://api.s1.show"),
                QStringLiteral("ACC-1234-5678"), now.addDays(-1), 200, QStringLiteral("PUT")));
    write(entry(QStringLiteral("pismo"), QStringLiteral("https://sandbox.pismolabs.io"), QStringLiteral("42"),
                now, 200));
    HistoryWindow* history = openHistory();
    ASSERT_TRUE(history);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));

    history->select(0); // pismo, PATCH
    history->findChild<QPushButton*>(QStringLiteral("copyCurlPushButton"))->click();
    const QString command = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(command.contains(
        QStringLiteral("curl --request PATCH 'https://sandbox.pismolabs.io/accounts/v1/accounts/42'")))
        << command.toStdString();
    EXPECT_TRUE(command.contains(QStringLiteral("Bearer $ACCOUNTDESK_TOKEN"))) << command.toStdString();
    EXPECT_TRUE(command.contains(QStringLiteral(R"(--data-binary '{"account_name":"Sent name"}')")))
        << command.toStdString();
    EXPECT_FALSE(command.contains(QStringLiteral("pismo-gui-token")));

    history->select(1); // softwareone, PUT: the history has only the changes, not the whole account
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    history->findChild<QPushButton*>(QStringLiteral("copyCurlPushButton"))->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    EXPECT_TRUE(history->findChild<QLabel*>(QStringLiteral("historyMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("Edit again")));
}

TEST_F(HistoryWindowTest, EditAgainLoadsTheAccountAndPutsTheEditsOnTop)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response response;
        response.body = R"({"account_id": 42, "account_name": "Changed by a colleague", "division_id": 7})";
        return response;
    });
    write(entry(QStringLiteral("pismo"), server.baseUrl(), QStringLiteral("42"),
                QDateTime::currentDateTimeUtc(), std::nullopt));
    selectProvider(QStringLiteral("SoftwareOne Marketplace")); // somewhere else to start from
    HistoryWindow* history = openHistory();
    ASSERT_TRUE(history);
    history->select(0);
    history->findChild<QPushButton*>(QStringLiteral("editAgainPushButton"))->click();

    // A fresh read of the account, then the edit on top of what the server has now.
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return m_window->session() && m_window->session()->isLoaded(); }, 20000));
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("GET"));
    EXPECT_EQ(server.requests().first().path, QByteArray("/accounts/v1/accounts/42"));
    EXPECT_EQ(m_window->session()->provider().id(), QStringLiteral("pismo"));
    EXPECT_EQ(m_window->session()->target().baseUrl.toString(), server.baseUrl());
    const FormModel& model = m_window->session()->model();
    EXPECT_EQ(model.loadedValue(QStringLiteral("/account_name")).value.toString(),
              QStringLiteral("Changed by a colleague"));
    EXPECT_EQ(model.value(QStringLiteral("/account_name")).value.toString(), QStringLiteral("Sent name"));
    EXPECT_TRUE(model.isChanged(QStringLiteral("/account_name")));
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/account_name"))->text(), QStringLiteral("Sent name"));
    EXPECT_EQ(server.requestCount(), 1) << "nothing is sent without review";
    EXPECT_FALSE(history->isVisible()) << "out of the way of the form; Ctrl+H brings it back";
}

TEST_F(HistoryWindowTest, EditAgainAsksBeforeReplacingUnsentEditsAndCancelKeepsThem)
{
    TestHttpServer server;
    write(entry(QStringLiteral("pismo"), server.baseUrl(), QStringLiteral("42"),
                QDateTime::currentDateTimeUtc(), 200));
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("9"));
    QLineEdit* name = fieldLineEdit(QStringLiteral("/account_name"));
    QTest::keyClicks(name, QStringLiteral("Typed, not sent"));
    ASSERT_TRUE(m_window->session()->hasUnsentChanges());

    HistoryWindow* history = openHistory();
    ASSERT_TRUE(history);
    history->select(0);
    bool asked = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); }, &asked);
    history->findChild<QPushButton*>(QStringLiteral("editAgainPushButton"))->click();
    EXPECT_TRUE(asked);
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/account_name"))->text(), QStringLiteral("Typed, not sent"));
    EXPECT_EQ(m_window->session()->accountId(), QStringLiteral("9"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(HistoryWindowTest, ASendFromTheWindowIsListedAndNoFileUnderHomeHoldsTheSecret)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = request.method == "GET" ? R"({"account_id": 5, "account_name": "Before"})" : "{}";
        return response;
    });
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("5"));
    QLineEdit* name = fieldLineEdit(QStringLiteral("/account_name"));
    QTest::keyClicks(name, QStringLiteral("After"));
    onNextModal<RequestPreviewDialog>([](RequestPreviewDialog* dialog) {
        dialog->findChild<QPushButton*>(QStringLiteral("sendPushButton"))->click();
    });
    child<QPushButton>("reviewPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() >= 1; }, 20000));
    ASSERT_TRUE(waitIdle());

    HistoryWindow* history = openHistory();
    ASSERT_TRUE(history);
    ASSERT_EQ(history->shown().size(), 1);
    EXPECT_EQ(history->shown().first().source, QStringLiteral("gui"));
    EXPECT_EQ(history->shown().first().account, QStringLiteral("5"));
    EXPECT_TRUE(history->shown().first().succeeded());

    // Everything this process may have written: HOME, and the settings and data folders (under
    // the temporary folder TestMain gives each test process).
    bool historyRead = false;
    for (const QString& root : {QDir::homePath(), QFileInfo(qEnvironmentVariable("XDG_DATA_HOME")).path()}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            historyRead = historyRead || file.fileName().endsWith(QStringLiteral(".jsonl"));
            EXPECT_FALSE(content.contains("pismo-gui-token")) << file.fileName().toStdString();
        }
    }
    EXPECT_TRUE(historyRead) << "the history file was among the files scanned";
}

TEST_F(HistoryWindowTest, EditAgainWaitsWhileALoadOrASendIsUnderWay)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response slow;
        slow.delayMs = 3000;
        return slow;
    });
    write(entry(QStringLiteral("softwareone"), QStringLiteral("https://api.s1.show"),
                QStringLiteral("ACC-1234-5678"), QDateTime::currentDateTimeUtc(), 200,
                QStringLiteral("PUT")));
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("5"));
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return m_window->session()->activity() == AccountSession::Activity::Loading; }, 10000));

    HistoryWindow* history = openHistory();
    ASSERT_TRUE(history);
    history->select(0);
    QString said;
    onNextModal<QMessageBox>([&said](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    history->findChild<QPushButton*>(QStringLiteral("editAgainPushButton"))->click();
    EXPECT_EQ(said, QStringLiteral(
                        "The window is busy (Loading the account…). Edit again once that has finished."));
    EXPECT_EQ(m_window->session()->provider().id(), QStringLiteral("pismo")) << "the load goes on";
    EXPECT_EQ(m_window->session()->activity(), AccountSession::Activity::Loading);
    m_window->session()->cancel();
}
