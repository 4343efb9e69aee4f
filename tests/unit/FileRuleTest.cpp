// What a multipart file part takes comes from the provider: its hints, else the spec's `encoding`
// of the part; never from a rule built into the program.
#include "TestSupport.h"
#include "http/LogoFile.h"
#include "provider/Provider.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

// A provider whose update takes a multipart body with a "document" file part, its encoding
// `encodingType`, and `multipartHints` as the hints' "multipart" object.
ProviderPtr providerWith(const QTemporaryDir& directory, const QByteArray& encodingType,
                         const QByteArray& multipartHints, SpecDiagnostics& diagnostics)
{
    QFile spec(QDir(directory.path()).filePath(QStringLiteral("files.openapi.yaml")));
    EXPECT_TRUE(spec.open(QIODevice::WriteOnly));
    spec.write(R"(openapi: 3.0.3
info: {title: Files, version: '1'}
servers: [{url: 'https://files.example', description: SANDBOX}]
paths:
  /accounts/{id}:
    patch:
      operationId: updateAccount
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Account'}
          multipart/form-data:
            schema:
              type: object
              properties:
                account: {$ref: '#/components/schemas/Account'}
                document: {type: string, format: binary}
            encoding:
              account: {contentType: application/json}
              document: {contentType: ')" +
               encodingType + R"('}
      responses: {'200': {description: ok}}
components:
  schemas:
    Account: {type: object, properties: {name: {type: string}}}
  securitySchemes:
    bearer: {type: http, scheme: bearer}
security: [{bearer: []}]
)");
    spec.close();
    QFile hints(QDir(directory.path()).filePath(QStringLiteral("files.provider.json")));
    EXPECT_TRUE(hints.open(QIODevice::WriteOnly));
    hints.write(R"({"id": "files", "displayName": "Files", "spec": "files.openapi.yaml",
                    "updateOperation": "updateAccount", "auth": ["bearer"], "defaultServer": "SANDBOX",
                    "multipart": )" +
                multipartHints + "}");
    hints.close();
    return Provider::load(hints.fileName(), diagnostics);
}

const QByteArray kParts = R"({"jsonPart": "account", "filePart": "document")";

} // namespace

TEST(FileRule, TheSpecsEncodingSaysWhatThePartTakes)
{
    QTemporaryDir directory;
    SpecDiagnostics diagnostics;
    const ProviderPtr provider = providerWith(directory, "image/png, image/GIF", kParts + "}", diagnostics);
    ASSERT_TRUE(provider) << TestSupport::describe(diagnostics);
    const FileRule rule = provider->fileRule();
    EXPECT_EQ(rule.part, QStringLiteral("document"));
    EXPECT_EQ(rule.acceptedTypes, (QStringList{QStringLiteral("image/png"), QStringLiteral("image/gif")}));
    EXPECT_EQ(rule.maximumBytes, FileRule::kDefaultMaximumBytes);

    // A GIF is fine for this part, though no built-in logo rule would take one.
    QByteArray gif("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14);
    QString type;
    EXPECT_FALSE(LogoFile::check(QStringLiteral("a.gif"), gif, rule, &type)) << type.toStdString();
    EXPECT_EQ(type, QStringLiteral("image/gif"));
    const std::optional<FieldError> refused =
        LogoFile::check(QStringLiteral("notes.txt"), "just text", rule, nullptr);
    ASSERT_TRUE(refused);
    EXPECT_EQ(
        refused->message,
        QStringLiteral("notes.txt is text/plain, and the \"document\" part takes only image/png, image/gif"));
}

TEST(FileRule, AnOctetStreamPartTakesAnyContent)
{
    QTemporaryDir directory;
    SpecDiagnostics diagnostics;
    const ProviderPtr provider =
        providerWith(directory, "application/octet-stream", kParts + "}", diagnostics);
    ASSERT_TRUE(provider) << TestSupport::describe(diagnostics);
    EXPECT_TRUE(provider->fileRule().acceptedTypes.isEmpty());
    EXPECT_FALSE(LogoFile::check(QStringLiteral("notes.txt"), "just text", provider->fileRule(), nullptr));
}

TEST(FileRule, TheHintsWinAndAreChecked)
{
    QTemporaryDir directory;
    SpecDiagnostics diagnostics;
    const ProviderPtr provider =
        providerWith(directory, "application/octet-stream",
                     kParts + R"(, "acceptedTypes": ["application/pdf"], "maxBytes": 1024})", diagnostics);
    ASSERT_TRUE(provider) << TestSupport::describe(diagnostics);
    EXPECT_EQ(provider->fileRule().acceptedTypes, QStringList{QStringLiteral("application/pdf")});
    EXPECT_EQ(provider->fileRule().maximumBytes, 1024);
    const std::optional<FieldError> tooLarge =
        LogoFile::check(QStringLiteral("big.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x'),
                        provider->fileRule(), nullptr);
    ASSERT_TRUE(tooLarge);
    EXPECT_TRUE(tooLarge->message.endsWith(QStringLiteral("the \"document\" part takes at most 1 kB")))
        << tooLarge->message.toStdString();

    for (const QByteArray& bad :
         {QByteArray(R"(, "acceptedTypes": "image/png"})"), QByteArray(R"(, "acceptedTypes": ["png"]})"),
          QByteArray(R"(, "maxBytes": 0})"), QByteArray(R"(, "maxBytes": 100000000})")}) {
        QTemporaryDir other;
        SpecDiagnostics refused;
        EXPECT_FALSE(providerWith(other, "application/octet-stream", kParts + bad, refused))
            << bad.toStdString();
        EXPECT_FALSE(refused.isEmpty());
    }
}

TEST(FileRule, SoftwareOnesLogoIsAnImageOfAtMost5MB)
{
    const FileRule rule = TestSupport::bundledProvider(QStringLiteral("softwareone")).fileRule();
    EXPECT_EQ(rule, FileRule::images(QStringLiteral("logo")));
}
