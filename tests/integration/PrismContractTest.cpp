// Contract: Prism (a mock server that validates requests against an OpenAPI document) accepts the
// requests accountdesk-cli builds from each bundled spec. A deliberately wrong request is rejected,
// which shows Prism really validates. Multipart bodies are not covered here: Prism 5.14 does not
// decode a multipart part by its `encoding` content type (the JSON `account` part), so SoftwareOne's
// multipart request is checked byte for byte against our own server instead (CliUpdateTest).
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace AccountDesk::TestSupport;

namespace {

// One `prism mock` per spec. Prism binds a loopback port the system picks (--port 0) and names it in
// its log: choosing a free port first and handing it over would leave a moment in which a test
// running alongside could take it.
class PrismServer
{
public:
    explicit PrismServer(const QString& spec)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(qEnvironmentVariable("ACCOUNTDESK_PRISM"),
                        {QStringLiteral("mock"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--port"), QStringLiteral("0"),
                         QDir(QStringLiteral(ACCOUNTDESK_SOURCE_DIR "/resources/providers")).filePath(spec)});
    }
    ~PrismServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool waitUntilListening()
    {
        static const QRegularExpression listening(
            QStringLiteral("Prism is listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60000) {
            const QRegularExpressionMatch match = listening.match(log());
            if (match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return m_port != 0;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString log()
    {
        m_log += m_process.readAll(); // whole, so that no character is split between reads
        return QString::fromUtf8(m_log);
    }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

class PrismContract : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("ACCOUNTDESK_PRISM")) {
            if (qEnvironmentVariableIntValue("ACCOUNTDESK_REQUIRE_PRISM") == 1)
                FAIL() << "ACCOUNTDESK_REQUIRE_PRISM=1 but ACCOUNTDESK_PRISM is not set";
            GTEST_SKIP() << "Prism not installed: run the tests through scripts/test";
        }
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        ASSERT_EQ(runCli({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("quiva")})
                      .exitCode,
                  0);
        ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=eyJhbGciOiJIUzI1NiJ9.e30.sig\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("softwareone"), "token=idt:TKN-1234\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("quiva"), "token=eyJhbGciOiJIUzI1NiJ9.e30.sig\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("zephr"), "access_key=ak\nsecret_key=sk\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("sequence"), "username=client\npassword=secret\n"));
    }

    void expectAccepted(const QString& spec, const QString& provider, const QStringList& arguments)
    {
        PrismServer prism(spec);
        ASSERT_TRUE(prism.waitUntilListening()) << prism.log().toStdString();
        QStringList all{QStringLiteral("update"), provider, QStringLiteral("--base-url"), prism.baseUrl()};
        all << arguments;
        const CliRun run = runCli(all);
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString()
                                   << prism.log().toStdString();
    }
};

int rawStatus(const QString& url, const QByteArray& method, const QByteArray& body,
              const QByteArray& authorization)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

TEST_F(PrismContract, PrismRejectsAWrongRequestSoItsApprovalMeansSomething)
{
    PrismServer prism(QStringLiteral("pismo.openapi.json"));
    ASSERT_TRUE(prism.waitUntilListening()) << prism.log().toStdString();
    const QString url = prism.baseUrl() + QStringLiteral("/accounts/v1/accounts/5");
    EXPECT_GE(rawStatus(url, "PATCH", R"({"account_name": 5})", "Bearer x"), 400);
    EXPECT_EQ(rawStatus(url, "PATCH", R"({"account_name": "Cash"})", "Bearer x"), 200);
}

TEST_F(PrismContract, Pismo)
{
    expectAccepted(QStringLiteral("pismo.openapi.json"), QStringLiteral("pismo"),
                   {QStringLiteral("--account"), QStringLiteral("123"), QStringLiteral("--set"),
                    QStringLiteral("/account_name=Cash"), QStringLiteral("--null"),
                    QStringLiteral("/parent_account_id"), QStringLiteral("--set"),
                    QStringLiteral("/division_id=2856813"), QStringLiteral("--set-json"),
                    QStringLiteral("/custom_fields={\"field_01\": \"value01\"}"), QStringLiteral("--set"),
                    QStringLiteral("/centralizer=false")});
}

TEST_F(PrismContract, Quiva)
{
    expectAccepted(QStringLiteral("quiva.openapi.yaml"), QStringLiteral("quiva"),
                   {QStringLiteral("--set"), QStringLiteral("/country=US"), QStringLiteral("--set"),
                    QStringLiteral("/company_name=ACME Corporation Updated"), QStringLiteral("--set"),
                    QStringLiteral("/cloud=true"), QStringLiteral("--set-json"),
                    QStringLiteral("/onboarding_progress={\"step\": 2}")});
}

TEST_F(PrismContract, SequenceReadsThenReplaces)
{
    expectAccepted(QStringLiteral("sequence.openapi.yaml"), QStringLiteral("sequence"),
                   {QStringLiteral("--account"), QStringLiteral("b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17"),
                    QStringLiteral("--set"), QStringLiteral("/alertEmailAddresses/-=ops@example.com")});
}

TEST_F(PrismContract, SoftwareOneJson)
{
    expectAccepted(QStringLiteral("softwareone.openapi.json"), QStringLiteral("softwareone"),
                   {QStringLiteral("--account"), QStringLiteral("ACC-1234-5678"),
                    QStringLiteral("--no-fetch"), QStringLiteral("--set"), QStringLiteral("/name=Acme AG"),
                    QStringLiteral("--set"), QStringLiteral("/address/country=CH"), QStringLiteral("--set"),
                    QStringLiteral("/technicalSupportEmail=help@acme.example"), QStringLiteral("--set"),
                    QStringLiteral("/externalIds/pyraTenantId=0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b"),
                    QStringLiteral("--null"), QStringLiteral("/website")});
}

TEST_F(PrismContract, Zephr)
{
    expectAccepted(QStringLiteral("zephr.openapi.yaml"), QStringLiteral("zephr"),
                   {QStringLiteral("--account"), QStringLiteral("acc-1"), QStringLiteral("--no-fetch"),
                    QStringLiteral("--set"), QStringLiteral("/name=University"), QStringLiteral("--set"),
                    QStringLiteral("/number_of_seats=5"), QStringLiteral("--set"),
                    QStringLiteral("/on_premises_ips=125.124.143.24"), QStringLiteral("--set"),
                    QStringLiteral("/premises_tags=[\"gold-tier\", \"university\"]"), QStringLiteral("--set"),
                    QStringLiteral("/session_limit_behaviour=PREVENT_LOGIN")});
}
