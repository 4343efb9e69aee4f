// The edit session against a real loopback server and the real Secret Service: one target per
// session, the re-read before a write, the exact request reviewed is the one received, failures
// that keep every edit, and a curl command that runs as it is.
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "cli/SessionRun.h"
#include "http/LogoFile.h"
#include "http/MultipartBody.h"
#include "session/CurlCommand.h"
#include "store/KeychainCredentialStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

// An account per id, as a colleague may change it meanwhile.
QByteArray softwareOneAccount(const QByteArray& id, const QByteArray& website = "https://acme.example",
                              int revision = 4)
{
    return R"({"id": ")" + id + R"(", "name": "Account )" + id + R"(", "revision": )" +
           QByteArray::number(revision) + R"(, "website": ")" + website + R"(", "address": {"city": "City )" +
           id + R"("}})";
}

TestHttpServer::Response accountSeven(const TestHttpServer::Request& request, int)
{
    TestHttpServer::Response response;
    response.body = request.method == "GET" ? softwareOneAccount("7") : "{}";
    return response;
}

// A logo written to `directory` and read back as the window and the CLI read one.
FileAttachment logoIn(const QTemporaryDir& directory, const QString& name)
{
    QFile file(directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(tinyPng()) != tinyPng().size())
        ADD_FAILURE() << "cannot write " << name.toStdString();
    file.close();
    std::variant<FileAttachment, FieldError> loaded = LogoFile::load(file.fileName());
    if (const FieldError* problem = std::get_if<FieldError>(&loaded))
        ADD_FAILURE() << problem->toString().toStdString();
    return std::get_if<FileAttachment>(&loaded) ? std::get<FileAttachment>(loaded) : FileAttachment();
}

class EditSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        m_profile = QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        store(QStringLiteral("softwareone/%1/token").arg(m_profile), QStringLiteral("swo-session-token"));
        store(QStringLiteral("pismo/%1/token").arg(m_profile), QStringLiteral("pismo-session-token"));
    }

    void store(const QString& key, const QString& value)
    {
        QEventLoop loop;
        m_keychain.write(key, value, [&loop](const CredentialStore::Result&) { loop.quit(); });
        loop.exec();
    }

    std::unique_ptr<AccountSession> session(const QString& provider, const TestHttpServer& server,
                                            const QString& account)
    {
        auto created = std::make_unique<AccountSession>(bundledRegistry().provider(provider), m_keychain);
        created->setTarget(target(provider, server, account));
        return created;
    }

    AccountTarget target(const QString& provider, const TestHttpServer& server, const QString& account) const
    {
        AccountTarget result;
        result.provider = provider;
        result.baseUrl = QUrl(server.baseUrl());
        result.account = account;
        result.profile = m_profile;
        return result;
    }

    static PreparedUpdate prepared(AccountSession& session)
    {
        const AccountSession::Prepared result =
            SessionRun::prepare(session, AccountSession::PrepareMode::Normal);
        if (const SessionFailure* failure = std::get_if<SessionFailure>(&result)) {
            ADD_FAILURE() << failure->message.toStdString();
            return {};
        }
        return std::get<PreparedUpdate>(result);
    }

    static int countOf(const TestHttpServer& server, const QByteArray& method)
    {
        int count = 0;
        for (const TestHttpServer::Request& request : server.requests())
            count += request.method == method ? 1 : 0;
        return count;
    }

    KeychainCredentialStore m_keychain;
    QString m_profile;
};

} // namespace

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
