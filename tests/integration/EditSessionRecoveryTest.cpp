// The edit session when things go their own way: a restored draft checked against the server, a
// curl command that runs as it is, a cancel during the re-read, a second update while one is on its
// way, a compressed answer cut short.
#include "EditSessionFixture.h"

TEST_F(EditSessionTest, ARestoredDraftIsComparedWithTheServerBeforeItCanBeSent)
{
    std::atomic<bool> changed{false};
    TestHttpServer server([&changed](const TestHttpServer::Request&, int) {
        TestHttpServer::Response response;
        response.body =
            changed ? softwareOneAccount("7", "https://colleague.example", 5) : softwareOneAccount("7");
        return response;
    });
    Draft draft;
    draft.target = target(QStringLiteral("softwareone"), server, QStringLiteral("7"));
    draft.hasSnapshot = true;
    draft.snapshot = json(softwareOneAccount("7"));
    draft.edited = draft.snapshot;
    draft.edited.insert(QStringLiteral("name"), QStringLiteral("From the draft"));

    auto edit = std::make_unique<AccountSession>(bundledRegistry().provider(QStringLiteral("softwareone")),
                                                 m_keychain);
    edit->restore(draft);
    EXPECT_EQ(edit->target(), draft.target) << "the draft's own target";
    EXPECT_FALSE(edit->isLoaded());
    EXPECT_TRUE(std::holds_alternative<SessionFailure>(
        SessionRun::prepare(*edit, AccountSession::PrepareMode::Normal)));

    changed = true;
    QEventLoop loop;
    std::optional<StaleConflict> conflict;
    QObject::connect(edit.get(), &AccountSession::conflictFound, &loop, [&](const StaleConflict& found) {
        conflict = found;
        loop.quit();
    });
    QObject::connect(edit.get(), &AccountSession::loaded, &loop, &QEventLoop::quit);
    edit->verify();
    loop.exec();
    ASSERT_TRUE(conflict) << "the account changed since the draft was saved";
    EXPECT_FALSE(edit->isLoaded());
    edit->takeServerValues(*conflict);
    EXPECT_TRUE(edit->isLoaded());
    EXPECT_EQ(edit->model().value(QStringLiteral("/name")).value,
              QJsonValue(QStringLiteral("From the draft")));
    EXPECT_EQ(edit->model().value(QStringLiteral("/website")).value,
              QJsonValue(QStringLiteral("https://colleague.example")));
}

TEST_F(EditSessionTest, CopyAsCurlRunsAsItIsWithTheTokenFromTheEnvironment)
{
    QTemporaryDir directory;
    const FileAttachment logo = logoIn(directory, QStringLiteral("the logo; it's.png"));
    TestHttpServer server(accountSeven);
    auto edit = session(QStringLiteral("softwareone"), server, QStringLiteral("7"));
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(
        edit->model().setValue(QStringLiteral("/name"), QStringLiteral("Quote \" and 'apostrophe'; semi")));
    for (const bool withLogo : {false, true}) {
        edit->setLogo(withLogo ? std::optional<FileAttachment>(logo) : std::nullopt);
        const PreparedUpdate update = prepared(*edit);
        const CurlCommand::Result curl = CurlCommand::build(update);
        ASSERT_TRUE(curl.problem.isEmpty()) << curl.problem.toStdString();
        EXPECT_FALSE(curl.command.contains(QStringLiteral("swo-session-token")));
        const int before = server.requestCount();
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ACCOUNTDESK_TOKEN"), QStringLiteral("token-from-env"));
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"), curl.command + QStringLiteral(" --silent --show-error")});
        ASSERT_TRUE(shell.waitForFinished(30000));
        ASSERT_EQ(shell.exitCode(), 0)
            << shell.readAllStandardError().toStdString() << curl.command.toStdString();
        ASSERT_EQ(server.requestCount(), before + 1);
        const TestHttpServer::Request received = server.requests().last();
        EXPECT_EQ(received.method, QByteArray("PUT"));
        EXPECT_EQ(received.path, QByteArray("/public/v1/accounts/accounts/7"));
        EXPECT_EQ(received.header("Authorization"), QByteArray("Bearer token-from-env"));
        EXPECT_EQ(received.header("X-Request-ID"), update.request.header("X-Request-ID"));
        if (!withLogo) {
            EXPECT_EQ(received.body, update.request.body);
            continue;
        }
        // curl chose its own boundary: the parts are the same, not the bytes.
        const auto sentParts = MultipartBody::parse(received.header("Content-Type"), received.body);
        const auto reviewedParts =
            MultipartBody::parse(update.request.header("Content-Type"), update.request.body);
        ASSERT_TRUE(sentParts && reviewedParts) << received.body.left(300).toStdString();
        ASSERT_EQ(sentParts->size(), 2);
        EXPECT_EQ(sentParts->at(0).name, QByteArray("account"));
        EXPECT_EQ(sentParts->at(0).contentType, QByteArray("application/json"));
        EXPECT_EQ(sentParts->at(0).content, reviewedParts->at(0).content);
        EXPECT_EQ(sentParts->at(1).name, QByteArray("logo"));
        EXPECT_EQ(sentParts->at(1).content, tinyPng());
        EXPECT_EQ(sentParts->at(1).contentType, QByteArray("image/png"));
    }
}

TEST_F(EditSessionTest, ACancelDuringTheReReadNeverWrites)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int index) {
        TestHttpServer::Response response;
        response.body = request.method == "GET" ? softwareOneAccount("7") : "{}";
        if (index == 1)
            response.delayMs = 150; // the re-read before the write
        return response;
    });
    auto edit = session(QStringLiteral("softwareone"), server, QStringLiteral("7"));
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/name"), QStringLiteral("Mine")));
    const PreparedUpdate update = prepared(*edit);
    std::optional<SessionFailure> failed;
    QObject::connect(edit.get(), &AccountSession::sendFailed, [&](const SessionFailure& f) { failed = f; });
    edit->send(update);
    ASSERT_TRUE(QTest::qWaitFor([&server] { return server.requestCount() == 2; }, 10000));
    ASSERT_EQ(edit->activity(), AccountSession::Activity::Checking);
    // The answer of the re-read arrives while the operator presses Cancel: it is waiting, not yet
    // delivered, when cancel() runs (and may be delivered inside it).
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    edit->cancel();
    QTest::qWait(500);
    EXPECT_EQ(countOf(server, "PUT"), 0) << "cancelled during the re-read, and written anyway";
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->kind, SessionFailure::Kind::Cancelled);
    EXPECT_TRUE(edit->hasUnsentChanges());
}

TEST_F(EditSessionTest, NoSecondUpdateIsPreparedWhileOneIsOnItsWay)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = R"({"account_id": 5, "account_name": "Old"})";
        response.delayMs = request.method == "PATCH" ? 500 : 0;
        return response;
    });
    auto edit = session(QStringLiteral("pismo"), server, QStringLiteral("5"));
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/account_name"), QStringLiteral("New")));
    edit->send(prepared(*edit));
    ASSERT_TRUE(QTest::qWaitFor([&server] { return server.requestCount() == 1; }, 10000));
    const AccountSession::Prepared second = SessionRun::prepare(*edit, AccountSession::PrepareMode::Normal);
    ASSERT_TRUE(std::holds_alternative<SessionFailure>(second));
    EXPECT_EQ(edit->activity(), AccountSession::Activity::Sending)
        << "the send under way is still the session's";
    ASSERT_TRUE(
        QTest::qWaitFor([&edit] { return edit->activity() == AccountSession::Activity::Idle; }, 10000));
    EXPECT_EQ(countOf(server, "PATCH"), 1);
}

TEST_F(EditSessionTest, ACompressedAnswerCutShortIsNeverAComplete200)
{
    // The update says which encoding it accepts, so Qt decompresses nothing behind its back: a
    // "deflate" answer cut in half is a body shorter than its Content-Length, a failure.
    QByteArray json = R"({"account_id": 5, "account_name": "New", "padding": ")";
    for (int i = 0; i < 4000; ++i)
        json += char('a' + (i * 7919) % 26);
    json += R"("})";
    const QByteArray deflated = qCompress(json).mid(4); // a zlib stream: HTTP's "deflate"
    const QByteArray head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: deflate\r\n"
        "Content-Length: " +
        QByteArray::number(deflated.size()) + "\r\nConnection: close\r\n\r\n";
    TestHttpServer server([&](const TestHttpServer::Request&, int) {
        TestHttpServer::Response response;
        response.rawResponse = head + deflated;
        response.closeAfterBytes = head.size() + deflated.size() / 2;
        return response;
    });
    auto edit = session(QStringLiteral("pismo"), server, QStringLiteral("5"));
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/account_name"), QStringLiteral("New")));
    const SessionRun::Outcome outcome = SessionRun::send(*edit, prepared(*edit));
    EXPECT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.failure.kind, SessionFailure::Kind::Network) << outcome.failure.message.toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().header("Accept-Encoding"), QByteArray("identity"));
}
