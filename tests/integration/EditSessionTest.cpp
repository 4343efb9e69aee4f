// The edit session against a real loopback server and the real Secret Service: one target per
// session, the re-read before a write, the exact request reviewed is the one received, failures
// that keep every edit.
#include "EditSessionFixture.h"

TEST_F(EditSessionTest, ChangingTheAccountAfterLoadNeverCarriesItsDataAcross)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = request.method == "GET" ? softwareOneAccount(request.path.split('/').last()) : "{}";
        return response;
    });
    auto edit = session(QStringLiteral("softwareone"), server, QStringLiteral("7"));
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/name"), QStringLiteral("Renamed")));
    EXPECT_TRUE(
        edit->switchingLosesEdits(target(QStringLiteral("softwareone"), server, QStringLiteral("8"))));

    edit->setTarget(target(QStringLiteral("softwareone"), server, QStringLiteral("8")));
    EXPECT_FALSE(edit->isLoaded());
    EXPECT_FALSE(edit->hasUnsentChanges()) << "account 7's edits are gone";
    EXPECT_TRUE(edit->model().loaded().isEmpty()) << "account 7's record is gone";
    const AccountSession::Prepared refused = SessionRun::prepare(*edit, AccountSession::PrepareMode::Normal);
    ASSERT_TRUE(std::holds_alternative<SessionFailure>(refused));
    EXPECT_EQ(countOf(server, "PUT"), 0);

    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/name"), QStringLiteral("Renamed 8")));
    ASSERT_TRUE(SessionRun::send(*edit, prepared(*edit)).succeeded);
    const TestHttpServer::Request put = server.requests().last();
    EXPECT_EQ(put.method, QByteArray("PUT"));
    EXPECT_EQ(put.path, QByteArray("/public/v1/accounts/accounts/8"));
    EXPECT_EQ(json(put.body).value(QStringLiteral("address")).toObject().value(QStringLiteral("city")),
              QJsonValue(QStringLiteral("City 8")));
    EXPECT_FALSE(put.body.contains("City 7"));
}

TEST_F(EditSessionTest, AColleaguesChangeBetweenLoadAndSendStopsTheWriteUntilSeen)
{
    std::atomic<bool> changed{false};
    TestHttpServer server([&changed](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = request.method != "GET" ? QByteArray("{}")
                        : changed               ? softwareOneAccount("7", "https://colleague.example", 5)
                                                : softwareOneAccount("7");
        return response;
    });
    auto edit = session(QStringLiteral("softwareone"), server, QStringLiteral("7"));
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/name"), QStringLiteral("Mine")));
    const PreparedUpdate update = prepared(*edit);
    changed = true;

    const SessionRun::Outcome refused = SessionRun::send(*edit, update);
    ASSERT_FALSE(refused.succeeded);
    ASSERT_TRUE(refused.conflict);
    EXPECT_EQ(countOf(server, "PUT"), 0) << "nothing is written over the colleague's change";
    EXPECT_TRUE(refused.conflict->versionChanged);
    EXPECT_EQ(refused.conflict->fields.first().pointer, QStringLiteral("/revision"));
    EXPECT_TRUE(edit->hasUnsentChanges());

    // The operator takes the server's values for what they did not edit, and reviews again.
    edit->takeServerValues(*refused.conflict);
    const SessionRun::Outcome sent = SessionRun::send(*edit, update);
    EXPECT_FALSE(sent.succeeded) << "the old review is outdated";
    EXPECT_EQ(sent.failure.kind, SessionFailure::Kind::Outdated);
    ASSERT_TRUE(SessionRun::send(*edit, prepared(*edit)).succeeded);
    const QJsonObject put = json(server.requests().last().body);
    EXPECT_EQ(put.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Mine")));
    EXPECT_EQ(put.value(QStringLiteral("website")), QJsonValue(QStringLiteral("https://colleague.example")));
}

TEST_F(EditSessionTest, APatchIsStoppedOnlyWhenAFieldItChangesWasChangedOnTheServer)
{
    std::atomic<int> phase{0};
    TestHttpServer server([&phase](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.method != "GET")
            return response;
        response.body = phase == 0   ? R"({"account_id": 5, "account_name": "Old", "division_id": 1})"
                        : phase == 1 ? R"({"account_id": 5, "account_name": "Old", "division_id": 2})"
                                     : R"({"account_id": 5, "account_name": "Theirs", "division_id": 2})";
        return response;
    });
    auto edit = session(QStringLiteral("pismo"), server, QStringLiteral("5"));
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/account_name"), QStringLiteral("Mine")));
    phase = 1; // another field changed: the PATCH does not touch it
    ASSERT_TRUE(SessionRun::send(*edit, prepared(*edit)).succeeded);
    EXPECT_EQ(server.requests().last().body, QByteArray(R"({"account_name":"Mine"})"));

    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/account_name"), QStringLiteral("Mine again")));
    const PreparedUpdate update = prepared(*edit);
    phase = 2; // the very field being changed was changed
    const SessionRun::Outcome refused = SessionRun::send(*edit, update);
    ASSERT_TRUE(refused.conflict);
    EXPECT_EQ(countOf(server, "PATCH"), 1);
}

TEST_F(EditSessionTest, WhatWasReviewedIsWhatTheServerReceivesByteForByte)
{
    QTemporaryDir directory;
    const FileAttachment logo = logoIn(directory, QStringLiteral("logo.png"));
    TestHttpServer server(accountSeven);
    auto edit = session(QStringLiteral("softwareone"), server, QStringLiteral("7"));
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/name"), QStringLiteral("Reviewed")));
    edit->setLogo(logo);
    const PreparedUpdate update = prepared(*edit);
    EXPECT_TRUE(update.request.redactedText().contains(QStringLiteral("Authorization: Bearer ***")));
    QStringList notSentBack;
    for (const PreparedUpdate::Member& member : update.notSentBack)
        notSentBack << member.pointer;
    EXPECT_TRUE(notSentBack.contains(QStringLiteral("/revision")))
        << notSentBack.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(notSentBack.contains(QStringLiteral("/id")));

    ASSERT_TRUE(SessionRun::send(*edit, update).succeeded);
    const TestHttpServer::Request put = server.requests().at(2); // load, re-read, update
    EXPECT_EQ(put.method, QByteArray("PUT"));
    EXPECT_EQ(put.header("X-Request-ID"), update.request.header("X-Request-ID"));
    EXPECT_EQ(put.header("Content-Type"), update.request.header("Content-Type")) << "same boundary";
    EXPECT_EQ(put.body, update.request.body);
    EXPECT_EQ(put.header("Authorization"), QByteArray("Bearer swo-session-token"));
}

TEST_F(EditSessionTest, AnAnswerCutShortIsAFailureThatMayHaveBeenAppliedAndKeepsTheEdits)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.method == "GET") {
            response.body = R"({"account_id": 5, "account_name": "Old"})";
        } else {
            response.body = R"({"account_id": 5, "account_name": "New", "padding": "0123456789"})";
            response.closeAfterBytes = 100; // the status line, the headers and part of the body
        }
        return response;
    });
    auto edit = session(QStringLiteral("pismo"), server, QStringLiteral("5"));
    edit->setRereadBeforeWrite(false);
    ASSERT_TRUE(SessionRun::load(*edit).succeeded);
    ASSERT_TRUE(edit->model().setValue(QStringLiteral("/account_name"), QStringLiteral("New")));
    const SessionRun::Outcome outcome = SessionRun::send(*edit, prepared(*edit));
    ASSERT_FALSE(outcome.succeeded);
    EXPECT_EQ(outcome.failure.kind, SessionFailure::Kind::Network);
    EXPECT_TRUE(outcome.failure.mayHaveBeenApplied);
    EXPECT_TRUE(outcome.failure.message.contains(QStringLiteral("may have been applied")));
    EXPECT_EQ(edit->model().value(QStringLiteral("/account_name")).value, QJsonValue(QStringLiteral("New")));
    EXPECT_TRUE(edit->hasUnsentChanges());
}
