// Facts of the five bundled provider specs that the forms, validation and requests depend on.
#include "TestSupport.h"
#include "openapi/JsonPointer.h"
#include "provider/ProviderRegistry.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

class BundledProviders : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_registry = new ProviderRegistry();
        s_registry->loadDirectory(ProviderRegistry::bundledDirectory());
    }
    static void TearDownTestSuite()
    {
        delete s_registry;
        s_registry = nullptr;
    }

    static const Provider& provider(const QString& id)
    {
        const ProviderPtr found = s_registry->provider(id);
        if (!found)
            throw std::runtime_error("provider not loaded: " + id.toStdString() + " " +
                                     TestSupport::describe(s_registry->diagnostics()));
        return *found;
    }

    static const FieldSpec& field(const QString& providerId, const QString& pointer)
    {
        const FieldSpec* found = provider(providerId).form().field(pointer);
        if (!found)
            throw std::runtime_error("no field " + pointer.toStdString() + " in " + providerId.toStdString());
        return *found;
    }

    static ProviderRegistry* s_registry;
};

ProviderRegistry* BundledProviders::s_registry = nullptr;

QStringList strings(const QJsonArray& array)
{
    QStringList result;
    for (const QJsonValue& value : array)
        result.append(value.toString());
    return result;
}

} // namespace

TEST_F(BundledProviders, AllFiveLoadWithoutErrors)
{
    EXPECT_EQ(s_registry->ids(),
              (QStringList{QStringLiteral("pismo"), QStringLiteral("quiva"), QStringLiteral("sequence"),
                           QStringLiteral("softwareone"), QStringLiteral("zephr")}));
    EXPECT_FALSE(hasErrors(s_registry->diagnostics())) << TestSupport::describe(s_registry->diagnostics());
}

TEST_F(BundledProviders, UpdateAndReadOperationsAreTheDocumentedOnes)
{
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("sequence"), QStringLiteral("PUT /sequence-accounts/{id}")},
        {QStringLiteral("softwareone"), QStringLiteral("PUT /public/v1/accounts/accounts/{id}")},
        {QStringLiteral("quiva"), QStringLiteral("PATCH /accounts")},
        {QStringLiteral("zephr"), QStringLiteral("PUT /v3/accounts/{id}")},
        {QStringLiteral("pismo"), QStringLiteral("PATCH /accounts/v1/accounts/{accountId}")}};
    for (const auto& [id, operation] : expected)
        EXPECT_EQ(provider(id).updateOperation().displayName(), operation) << id.toStdString();

    const QList<QPair<QString, QString>> reads = {
        {QStringLiteral("sequence"), QStringLiteral("GET /sequence-accounts/{id}")},
        {QStringLiteral("softwareone"), QStringLiteral("GET /public/v1/accounts/accounts/{id}")},
        {QStringLiteral("quiva"), QStringLiteral("GET /accounts/info")},
        {QStringLiteral("zephr"), QStringLiteral("GET /v3/accounts/{id}")},
        {QStringLiteral("pismo"), QStringLiteral("GET /accounts/v1/accounts/{accountId}")}};
    for (const auto& [id, operation] : reads) {
        ASSERT_TRUE(provider(id).readOperation()) << id.toStdString();
        EXPECT_EQ(provider(id).readOperation()->displayName(), operation) << id.toStdString();
    }
    EXPECT_EQ(provider(QStringLiteral("quiva")).readResultPointer(), QStringLiteral("/data"));
}

TEST_F(BundledProviders, PismoLimitsAndInt64Identifiers)
{
    const FieldSpec& name = field(QStringLiteral("pismo"), QStringLiteral("/account_name"));
    EXPECT_EQ(name.type, FieldSpec::Type::String);
    EXPECT_EQ(name.maxLength, 60);
    EXPECT_EQ(field(QStringLiteral("pismo"), QStringLiteral("/external_id")).maxLength, 60);

    const QList<Parameter> path = provider(QStringLiteral("pismo")).pathParameters();
    ASSERT_EQ(path.size(), 1);
    EXPECT_EQ(path.first().name, QStringLiteral("accountId"));
    EXPECT_EQ(path.first().schema->type, Schema::Type::Integer);
    EXPECT_EQ(path.first().schema->format, QStringLiteral("int64"));
    EXPECT_EQ(path.first().schema->minimum, 1.0);

    const FieldSpec& parent = field(QStringLiteral("pismo"), QStringLiteral("/parent_account_id"));
    EXPECT_EQ(parent.format, QStringLiteral("int64"));
    EXPECT_TRUE(parent.nullable) << "null unlinks the parent account";
    EXPECT_EQ(field(QStringLiteral("pismo"), QStringLiteral("/division_id")).format, QStringLiteral("int64"));

    const FieldSpec& custom = field(QStringLiteral("pismo"), QStringLiteral("/custom_fields"));
    EXPECT_TRUE(custom.isFreeForm());
    EXPECT_EQ(custom.maxBytes, 1014);
    EXPECT_EQ(field(QStringLiteral("pismo"), QStringLiteral("/centralizer")).type, FieldSpec::Type::Boolean);
    EXPECT_TRUE(provider(QStringLiteral("pismo")).document().isOpenApi31());
    EXPECT_EQ(provider(QStringLiteral("pismo")).authKinds(), QList<AuthKind>{AuthKind::Bearer});
}

TEST_F(BundledProviders, SoftwareOneNameEmailAndServerManagedFields)
{
    const FieldSpec& name = field(QStringLiteral("softwareone"), QStringLiteral("/name"));
    EXPECT_TRUE(name.required);
    EXPECT_EQ(name.minLength, 1);
    EXPECT_EQ(name.maxLength, 500);
    const FieldSpec& email = field(QStringLiteral("softwareone"), QStringLiteral("/technicalSupportEmail"));
    EXPECT_EQ(email.format, QStringLiteral("email"));
    EXPECT_TRUE(email.nullable);
    EXPECT_EQ(email.maxLength, 320);

    for (const QString& hidden : {QStringLiteral("/id"), QStringLiteral("/audit"), QStringLiteral("/$meta"),
                                  QStringLiteral("/revision"), QStringLiteral("/groups")})
        EXPECT_TRUE(field(QStringLiteral("softwareone"), hidden).hidden) << hidden.toStdString();
    for (const FieldSpec* leaf : provider(QStringLiteral("softwareone")).form().leaves())
        EXPECT_FALSE(leaf->pointer.startsWith(QStringLiteral("/audit")) ||
                     leaf->pointer == QStringLiteral("/id"))
            << leaf->pointer.toStdString();

    const FieldSpec& type = field(QStringLiteral("softwareone"), QStringLiteral("/type"));
    EXPECT_EQ(strings(type.enumValues), (QStringList{QStringLiteral("Client"), QStringLiteral("Vendor"),
                                                     QStringLiteral("Operations")}));
    EXPECT_TRUE(type.nullable);
    EXPECT_EQ(field(QStringLiteral("softwareone"), QStringLiteral("/address/country")).hint,
              QStringLiteral("country"));
    EXPECT_EQ(field(QStringLiteral("softwareone"), QStringLiteral("/externalIds/pyraTenantId")).format,
              QStringLiteral("uuid"));
    EXPECT_FALSE(field(QStringLiteral("softwareone"), QStringLiteral("/address")).additionalProperties);
}

TEST_F(BundledProviders, SoftwareOneMultipartPartsAndEncoding)
{
    const Provider& softwareone = provider(QStringLiteral("softwareone"));
    ASSERT_TRUE(softwareone.multipart().has_value());
    EXPECT_EQ(softwareone.multipart()->jsonPart, QStringLiteral("account"));
    EXPECT_EQ(softwareone.multipart()->filePart, QStringLiteral("logo"));
    EXPECT_EQ(softwareone.multipartPartContentType(QStringLiteral("account")),
              QStringLiteral("application/json"));
    EXPECT_EQ(softwareone.multipartPartContentType(QStringLiteral("logo")),
              QStringLiteral("application/octet-stream"));
    EXPECT_EQ(softwareone.bodyContentType(), QStringLiteral("application/json"));
}

TEST_F(BundledProviders, SequenceVersionHeaderAndThreeServers)
{
    const Provider& sequence = provider(QStringLiteral("sequence"));
    const QList<Parameter> headers = sequence.headerParameters();
    ASSERT_EQ(headers.size(), 1) << "Authorization is the auth's, not a form header";
    EXPECT_EQ(headers.first().name, QStringLiteral("Sequence-Version"));
    EXPECT_EQ(strings(headers.first().schema->enumValues), QStringList{QStringLiteral("2024-07-30")});

    ASSERT_EQ(sequence.servers().size(), 3);
    QStringList descriptions;
    for (const Server& server : sequence.servers())
        descriptions.append(server.description);
    EXPECT_EQ(descriptions,
              (QStringList{QStringLiteral("DEV"), QStringLiteral("SANDBOX"), QStringLiteral("PRODUCTION")}));
    ASSERT_TRUE(sequence.defaultServer());
    EXPECT_EQ(sequence.defaultServer()->url, QStringLiteral("https://sandbox.sequencehq.com/api"));
    EXPECT_EQ(sequence.server(QStringLiteral("production"))->url,
              QStringLiteral("https://eu.sequencehq.com/api"));

    const FieldSpec& emails = field(QStringLiteral("sequence"), QStringLiteral("/alertEmailAddresses"));
    EXPECT_TRUE(emails.required);
    EXPECT_EQ(emails.type, FieldSpec::Type::Array);
    EXPECT_EQ(emails.hint, QStringLiteral("email-list"));
    EXPECT_EQ(sequence.authKinds(), QList<AuthKind>{AuthKind::Basic});

    // The read answer's country is restricted to the CountryCode enum (quoted 'NO' stays Norway).
    const std::optional<QJsonValue> codes = JsonPointer::resolve(
        sequence.document().structure().root, QStringLiteral("/components/schemas/CountryCode/enum"));
    ASSERT_TRUE(codes && codes->isArray());
    const QStringList countries = strings(codes->toArray());
    EXPECT_EQ(countries.size(), 250);
    EXPECT_TRUE(countries.contains(QStringLiteral("NO")));
    EXPECT_TRUE(countries.contains(QStringLiteral("DE")));
}

TEST_F(BundledProviders, ZephrEnumHintsAndTenantServer)
{
    const FieldSpec& behaviour = field(QStringLiteral("zephr"), QStringLiteral("/session_limit_behaviour"));
    EXPECT_EQ(strings(behaviour.enumValues),
              (QStringList{QStringLiteral("PREVENT_LOGIN"), QStringLiteral("DELETE_OLDEST_SESSIONS")}));
    EXPECT_EQ(field(QStringLiteral("zephr"), QStringLiteral("/on_premises_ips")).hint,
              QStringLiteral("ip-list"));
    EXPECT_EQ(field(QStringLiteral("zephr"), QStringLiteral("/premises_tags")).hint,
              QStringLiteral("json-array-string"));
    EXPECT_EQ(field(QStringLiteral("zephr"), QStringLiteral("/number_of_seats")).type,
              FieldSpec::Type::Number);
    const Provider& zephr = provider(QStringLiteral("zephr"));
    EXPECT_EQ(zephr.authKinds(), QList<AuthKind>{AuthKind::ZephrHmac});
    ASSERT_EQ(zephr.servers().size(), 1);
    EXPECT_EQ(zephr.servers().first().url, QStringLiteral("https://{tenant}.api.zephr.com"));
    EXPECT_EQ(zephr.servers().first().variables.first().name, QStringLiteral("tenant"));
    // The form keeps the order of the provider's table.
    EXPECT_EQ(zephr.form().leaves().first()->pointer, QStringLiteral("/company_id"));
    EXPECT_EQ(zephr.form().leaves().last()->pointer, QStringLiteral("/session_limit_behaviour"));
}

TEST_F(BundledProviders, QuivaHasTwoSecuritySchemes)
{
    const Provider& quiva = provider(QStringLiteral("quiva"));
    const QList<SecurityScheme>& schemes = quiva.document().securitySchemes();
    ASSERT_EQ(schemes.size(), 2);
    EXPECT_EQ(schemes.at(0).name, QStringLiteral("bearerAuth"));
    EXPECT_EQ(schemes.at(0).scheme, QStringLiteral("bearer"));
    EXPECT_EQ(schemes.at(0).bearerFormat, QStringLiteral("JWT"));
    EXPECT_EQ(schemes.at(1).name, QStringLiteral("apiKeyAuth"));
    EXPECT_EQ(schemes.at(1).type, QStringLiteral("apiKey"));
    EXPECT_EQ(schemes.at(1).parameterName, QStringLiteral("X-Api-Key"));
    EXPECT_EQ(quiva.authKinds(), (QList<AuthKind>{AuthKind::Bearer, AuthKind::ApiKey}));
    EXPECT_EQ(quiva.apiKeyHeader(), QStringLiteral("X-Api-Key"));
    EXPECT_EQ(quiva.credentialFields(), (QStringList{QStringLiteral("token"), QStringLiteral("api_key")}));
    EXPECT_TRUE(quiva.pathParameters().isEmpty()) << "quiva edits the caller's own account";
    EXPECT_TRUE(field(QStringLiteral("quiva"), QStringLiteral("/onboarding_progress")).isFreeForm());
    EXPECT_EQ(field(QStringLiteral("quiva"), QStringLiteral("/country")).hint, QStringLiteral("country"));
    // Form order is the spec's, not alphabetical.
    EXPECT_EQ(quiva.form().leaves().first()->pointer, QStringLiteral("/country"));
    EXPECT_EQ(quiva.form().leaves().at(1)->pointer, QStringLiteral("/company_name"));
}
