#pragma once

// The edit session against a real loopback server and the real Secret Service: the fixture shared by
// EditSessionTest.cpp and EditSessionRecoveryTest.cpp.
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

namespace AccountDesk::TestSupport {

inline QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

// An account per id, as a colleague may change it meanwhile.
inline QByteArray softwareOneAccount(const QByteArray& id, const QByteArray& website = "https://acme.example",
                                     int revision = 4)
{
    return R"({"id": ")" + id + R"(", "name": "Account )" + id + R"(", "revision": )" +
           QByteArray::number(revision) + R"(, "website": ")" + website + R"(", "address": {"city": "City )" +
           id + R"("}})";
}

inline TestHttpServer::Response accountSeven(const TestHttpServer::Request& request, int)
{
    TestHttpServer::Response response;
    response.body = request.method == "GET" ? softwareOneAccount("7") : "{}";
    return response;
}

// A logo written to `directory` and read back as the window and the CLI read one.
inline FileAttachment logoIn(const QTemporaryDir& directory, const QString& name)
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

} // namespace AccountDesk::TestSupport
