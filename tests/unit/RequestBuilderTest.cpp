#include "http/RequestBuilder.h"

#include "TestSupport.h"
#include "provider/ProviderRegistry.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const Provider& bundled(const QString& id)
{
    return TestSupport::bundledProvider(id);
}

RequestTarget target(const QString& base, const QString& name = QString(), const QString& value = QString())
{
    RequestTarget result;
    result.baseUrl = QUrl(base);
    if (!name.isEmpty())
        result.pathParameters.insert(name, value);
    return result;
}

HttpRequest built(const std::variant<HttpRequest, FieldErrors>& result)
{
    if (std::holds_alternative<FieldErrors>(result)) {
        ADD_FAILURE() << std::get<FieldErrors>(result).first().toString().toStdString();
        return {};
    }
    return std::get<HttpRequest>(result);
}

const QByteArray kPng = TestSupport::tinyPng();

} // namespace

TEST(RequestBuilder, PatchGoesToTheTemplatedPathWithJsonAndStandardHeaders)
{
    const HttpRequest request =
        built(RequestBuilder(bundled(QStringLiteral("pismo")))
                  .buildUpdate({{QStringLiteral("account_name"), QStringLiteral("Cash")}},
                               target(QStringLiteral("https://sandbox.pismolabs.io"),
                                      QStringLiteral("accountId"), QStringLiteral("123"))));
    EXPECT_EQ(request.method, QByteArray("PATCH"));
    EXPECT_EQ(request.url, QUrl(QStringLiteral("https://sandbox.pismolabs.io/accounts/v1/accounts/123")));
    EXPECT_EQ(request.body, QByteArray(R"({"account_name":"Cash"})"));
    EXPECT_EQ(request.header("Content-Type"), QByteArray("application/json"));
    EXPECT_EQ(request.header("Accept"), QByteArray("application/json"));
    EXPECT_TRUE(request.header("User-Agent").startsWith("AccountDesk/"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$"))
                    .match(QString::fromLatin1(request.header("X-Request-ID")))
                    .hasMatch());
    EXPECT_FALSE(request.hasHeader("Authorization")) << "auth is applied afterwards";
}

TEST(RequestBuilder, SpecHeaderParametersAndBasePaths)
{
    const HttpRequest request =
        built(RequestBuilder(bundled(QStringLiteral("sequence")))
                  .buildUpdate({}, target(QStringLiteral("https://sandbox.sequencehq.com/api/"),
                                          QStringLiteral("id"), QStringLiteral("a b?c#d"))));
    EXPECT_EQ(request.method, QByteArray("PUT"));
    EXPECT_EQ(request.url.toString(QUrl::FullyEncoded),
              QStringLiteral("https://sandbox.sequencehq.com/api/sequence-accounts/a%20b%3Fc%23d"))
        << "path values are encoded as one segment";
    EXPECT_EQ(request.header("Sequence-Version"), QByteArray("2024-07-30"));
}

TEST(RequestBuilder, RefusesUnsafeBaseUrlsAndBadPathValues)
{
    const RequestBuilder builder(bundled(QStringLiteral("pismo")));
    const auto insecure = builder.buildUpdate({}, target(QStringLiteral("http://api.example.com"),
                                                         QStringLiteral("accountId"), QStringLiteral("1")));
    ASSERT_TRUE(std::holds_alternative<FieldErrors>(insecure));
    EXPECT_TRUE(std::get<FieldErrors>(insecure).first().message.contains(QStringLiteral("loopback")));
    for (const QString& url : {QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("http://localhost:1"),
                               QStringLiteral("http://[::1]:9"), QStringLiteral("http://127.1.2.3")})
        EXPECT_FALSE(RequestBuilder::checkBaseUrl(QUrl(url))) << url.toStdString();
    for (const QString& url :
         {QStringLiteral("http://192.168.1.10"), QStringLiteral("ftp://example.com"),
          QStringLiteral("https://user:pw@example.com"), QStringLiteral("example.com"),
          QStringLiteral("https://{tenant}.api.zephr.com"), QStringLiteral("http://localhost.evil.com")})
        EXPECT_TRUE(RequestBuilder::checkBaseUrl(QUrl(url))) << url.toStdString();
    const auto zero = builder.buildUpdate(
        {}, target(QStringLiteral("https://x.example"), QStringLiteral("accountId"), QStringLiteral("0")));
    ASSERT_TRUE(std::holds_alternative<FieldErrors>(zero));
    EXPECT_EQ(std::get<FieldErrors>(zero).first().pointer, QStringLiteral("{accountId}"));
}

TEST(RequestBuilder, MultipartCarriesTheJsonPartAndTheFilePartAsBytes)
{
    FileAttachment logo{QStringLiteral("logo.png"), kPng, QString(), QString()};
    const HttpRequest request =
        built(RequestBuilder(bundled(QStringLiteral("softwareone")))
                  .buildUpdate({{QStringLiteral("name"), QStringLiteral("Acme")}},
                               target(QStringLiteral("https://api.platform.softwareone.com"),
                                      QStringLiteral("id"), QStringLiteral("ACC-1")),
                               logo));
    const QByteArray contentType = request.header("Content-Type");
    ASSERT_TRUE(contentType.startsWith("multipart/form-data; boundary=")) << contentType.toStdString();
    const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
    const QByteArray expected = "--" + boundary +
                                "\r\n"
                                "Content-Disposition: form-data; name=\"account\"\r\n"
                                "Content-Type: application/json\r\n\r\n"
                                "{\"name\":\"Acme\"}\r\n"
                                "--" +
                                boundary +
                                "\r\n"
                                "Content-Disposition: form-data; name=\"logo\"; filename=\"logo.png\"\r\n"
                                "Content-Type: image/png\r\n\r\n" +
                                kPng +
                                "\r\n"
                                "--" +
                                boundary + "--\r\n";
    EXPECT_EQ(request.body, expected);
    EXPECT_FALSE(
        request.body.mid(0, request.body.size() - boundary.size() - 8).contains("--" + boundary + "--"));
}

TEST(RequestBuilder, ReadUsesTheReadOperation)
{
    const HttpRequest request = built(RequestBuilder(bundled(QStringLiteral("quiva")))
                                          .buildRead(target(QStringLiteral("https://api.quiva.ai"))));
    EXPECT_EQ(request.method, QByteArray("GET"));
    EXPECT_EQ(request.url, QUrl(QStringLiteral("https://api.quiva.ai/accounts/info")));
    EXPECT_TRUE(request.body.isEmpty());
}

TEST(RequestBuilder, DetectsImagesByContent)
{
    EXPECT_EQ(RequestBuilder::detectContentType(kPng), QStringLiteral("image/png"));
    EXPECT_EQ(RequestBuilder::detectContentType(QByteArray::fromHex("ffd8ffe000104a464946")),
              QStringLiteral("image/jpeg"));
    EXPECT_EQ(RequestBuilder::detectContentType(
                  "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
              QStringLiteral("image/svg+xml"));
    EXPECT_EQ(RequestBuilder::detectContentType(QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)),
              QStringLiteral("image/webp"));
    EXPECT_NE(RequestBuilder::detectContentType("just text"), QStringLiteral("image/png"));
}

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

TEST(RequestBuilder, AHeaderValueFromTheSpecWithALineBreakIsRefused)
{
    // A spec someone else wrote: its header default would split the request's headers.
    QTemporaryDir directory;
    const QDir source(TestSupport::dataPath(QStringLiteral("providers/acme-crm")));
    QByteArray spec = TestSupport::readFile(source.filePath(QStringLiteral("acme-crm.openapi.yaml")));
    spec.replace(
        "    patch:\n      operationId: patchCustomer\n",
        "    patch:\n      operationId: patchCustomer\n      parameters:\n        - name: Acme-Version\n"
        "          in: header\n          schema:\n            type: string\n"
        "            default: \"2024\\r\\nX-Injected: 1\"\n");
    ASSERT_TRUE(spec.contains("X-Injected"));
    for (const auto& [name, content] :
         {std::pair{QStringLiteral("acme-crm.openapi.yaml"), spec},
          std::pair{QStringLiteral("acme-crm.provider.json"),
                    TestSupport::readFile(source.filePath(QStringLiteral("acme-crm.provider.json")))}}) {
        QFile file(QDir(directory.path()).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    SpecDiagnostics diagnostics;
    const ProviderPtr acme = Provider::load(
        QDir(directory.path()).filePath(QStringLiteral("acme-crm.provider.json")), diagnostics);
    ASSERT_TRUE(acme) << TestSupport::describe(diagnostics);
    const std::variant<HttpRequest, FieldErrors> result = RequestBuilder(*acme).buildUpdate(
        {{QStringLiteral("name"), QStringLiteral("x")}},
        target(QStringLiteral("https://staging.acme-crm.example/v2"), QStringLiteral("customerId"),
               QStringLiteral("3f2c1f9e-8d4b-4c1a-9c57-1b2f3e4d5a6b")));
    ASSERT_TRUE(std::holds_alternative<FieldErrors>(result));
    const FieldError error = std::get<FieldErrors>(result).first();
    EXPECT_EQ(error.pointer, QStringLiteral("Acme-Version"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("control character"))) << error.message.toStdString();
}

TEST(RequestBuilder, ABaseUrlProblemNeverRepeatsWhatWasTyped)
{
    // What was typed may hold a password, well formed or not.
    for (const QString& typed :
         {QStringLiteral("https://ops:hunter2@pismo.example"),
          QStringLiteral("https:/ops:hunter2@pismo.example"),
          QStringLiteral("ftp://ops:hunter2@pismo.example"), QStringLiteral("ops:hunter2@pismo.example"),
          QStringLiteral("http://ops:hunter2@203.0.113.9")}) {
        const std::optional<FieldError> problem = RequestBuilder::checkBaseUrl(QUrl(typed, QUrl::StrictMode));
        ASSERT_TRUE(problem) << typed.toStdString();
        EXPECT_FALSE(problem->message.contains(QStringLiteral("hunter2"))) << problem->message.toStdString();
    }
    EXPECT_TRUE(RequestBuilder::checkBaseUrl(QUrl(QStringLiteral("https://ops:hunter2@pismo.example")))
                    ->message.startsWith(QStringLiteral("holds a user name or password")));
}
