// What the review shows and what "Copy as curl" gives: a multipart body part by part (the file by
// name, type, size and digest), secrets never, and a curl command that needs no file that is gone.
#include "TestSupport.h"
#include "http/MultipartBody.h"
#include "http/RequestBuilder.h"
#include "session/CurlCommand.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;
using AccountDesk::TestSupport::bundledProvider;

namespace {

const QByteArray kPng = TestSupport::tinyPng();

PreparedUpdate multipartUpdate(const QString& path)
{
    FileAttachment logo{QStringLiteral("logo.png"), kPng, QStringLiteral("image/png"), path};
    RequestTarget target;
    target.baseUrl = QUrl(QStringLiteral("https://api.platform.softwareone.com"));
    target.pathParameters.insert(QStringLiteral("id"), QStringLiteral("ACC-1"));
    PreparedUpdate update;
    update.request = std::get<HttpRequest>(
        RequestBuilder(bundledProvider(QStringLiteral("softwareone")))
            .buildUpdate({{QStringLiteral("name"), QStringLiteral("A;b \"c\"")}}, target, logo));
    update.request.setSecretHeader("Authorization", "Bearer ***");
    update.authKind = AuthKind::Bearer;
    update.file = logo;
    return update;
}

} // namespace

TEST(MultipartBody, ReadsBackThePartsTheBuilderWrote)
{
    const PreparedUpdate update = multipartUpdate(QString());
    const std::optional<QList<MultipartBody::Part>> parts =
        MultipartBody::parse(update.request.header("Content-Type"), update.request.body);
    ASSERT_TRUE(parts);
    ASSERT_EQ(parts->size(), 2);
    EXPECT_EQ(parts->at(0).name, QByteArray("account"));
    EXPECT_EQ(parts->at(0).contentType, QByteArray("application/json"));
    EXPECT_EQ(parts->at(0).content, QByteArray(R"({"name":"A;b \"c\""})"));
    EXPECT_EQ(parts->at(1).name, QByteArray("logo"));
    EXPECT_EQ(parts->at(1).fileName, QByteArray("logo.png"));
    EXPECT_EQ(parts->at(1).content, kPng);
    EXPECT_FALSE(MultipartBody::parse("multipart/form-data; boundary=x", "--x\r\nno end"));
    EXPECT_FALSE(MultipartBody::parse("application/json", update.request.body));
}

TEST(HttpRequest, PreviewShowsTheJsonPartInFullAndTheFileByItsDigest)
{
    const QString text = multipartUpdate(QString()).request.redactedText();
    EXPECT_TRUE(text.contains(QStringLiteral("name=\"account\"\nContent-Type: application/json\n\n"
                                             "{\"name\":\"A;b \\\"c\\\"\"}\n")))
        << text.toStdString();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(text.contains(
        QStringLiteral("<file \"logo.png\": image/png, %1 bytes, SHA-256 %2>").arg(kPng.size()).arg(digest)))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QString::fromLatin1(kPng.left(8)))) << "no raw file bytes";
    EXPECT_TRUE(text.contains(QStringLiteral("Authorization: Bearer ***")));
}

TEST(CurlCommand, SecretsAreEnvironmentVariablesNeverValues)
{
    PreparedUpdate update;
    update.request.method = "PATCH";
    update.request.url = QUrl(QStringLiteral("https://sandbox.pismolabs.io/accounts/v1/accounts/1"));
    update.request.headers = {{"Content-Type", "application/json"}, {"X-Request-ID", "rid-1"}};
    update.request.body = R"({"account_name":"It's"})";
    update.request.setSecretHeader("Authorization", "Bearer real-token");
    update.authKind = AuthKind::Bearer;
    const CurlCommand::Result bearer = CurlCommand::build(update);
    EXPECT_TRUE(bearer.problem.isEmpty());
    EXPECT_FALSE(bearer.command.contains(QStringLiteral("real-token")));
    EXPECT_TRUE(
        bearer.command.contains(QStringLiteral("--header \"Authorization: Bearer $ACCOUNTDESK_TOKEN\"")));
    EXPECT_TRUE(bearer.command.contains(QStringLiteral("--header 'X-Request-ID: rid-1'")));
    EXPECT_TRUE(bearer.command.contains(QStringLiteral("--data-binary '{\"account_name\":\"It'\\''s\"}'")))
        << bearer.command.toStdString();

    update.request.setSecretHeader("Authorization", "Basic dXNlcjpwYXNz");
    update.authKind = AuthKind::Basic;
    const QString basic = CurlCommand::build(update).command;
    EXPECT_TRUE(basic.contains(QStringLiteral("--user \"$ACCOUNTDESK_USERNAME:$ACCOUNTDESK_PASSWORD\"")));
    EXPECT_FALSE(basic.contains(QStringLiteral("dXNlcjpwYXNz")));

    update.request.setSecretHeader("Authorization", "ZEPHR-HMAC-SHA256 AK:1700000000000:nonce:abcdef");
    update.authKind = AuthKind::ZephrHmac;
    const QString zephr = CurlCommand::build(update).command;
    EXPECT_TRUE(zephr.contains(QStringLiteral("'Authorization: ZEPHR-HMAC-SHA256 ***'")));
    EXPECT_FALSE(zephr.contains(QStringLiteral("abcdef")));
    EXPECT_TRUE(zephr.startsWith(QStringLiteral("# The Zephr signature holds for one timestamp and nonce")))
        << zephr.toStdString();
}

TEST(CurlCommand, AMultipartUpdateNamesTheFileByItsPathAndOnlyWhileItHoldsTheSameBytes)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("it's a logo.png"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kPng);
    file.close();

    const CurlCommand::Result result = CurlCommand::build(multipartUpdate(path));
    ASSERT_TRUE(result.problem.isEmpty()) << result.problem.toStdString();
    EXPECT_FALSE(result.command.contains(QStringLiteral("Content-Type: multipart"))) << "curl writes its own";
    EXPECT_TRUE(result.command.contains(QStringLiteral(
        "--form 'account=\"{\\\"name\\\":\\\"A;b \\\\\\\"c\\\\\\\"\\\"}\";type=application/json'")))
        << result.command.toStdString();
    EXPECT_TRUE(
        result.command.contains(QStringLiteral("logo=@\"%1\";type=image/png;filename=\"logo.png\"")
                                    .arg(QString(path).replace(QLatin1Char('\''), QStringLiteral("'\\''")))))
        << result.command.toStdString();

    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write("changed");
    file.close();
    EXPECT_TRUE(CurlCommand::build(multipartUpdate(path)).command.isEmpty());
    EXPECT_FALSE(CurlCommand::build(multipartUpdate(path)).problem.isEmpty()) << "the file changed";
    EXPECT_FALSE(CurlCommand::build(multipartUpdate(directory.filePath(QStringLiteral("gone.png"))))
                     .problem.isEmpty());
    EXPECT_FALSE(CurlCommand::build(multipartUpdate(QString())).problem.isEmpty()) << "not read from a file";
}
