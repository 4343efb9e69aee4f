// What the core does for one provider, stage by stage, parameterized by provider:
//   BM_ProviderLoad     reading the spec and the hints, resolving schemas, building the form
//   BM_FormSchema       building the form schema from the resolved body schema and the hints
//   BM_FormModel        a FormModel: construct, load an account, edit one field, the PATCH body
//   BM_ValidateBody     validating a valid body of the provider (every field it fills)
//   BM_BuildSignedUpdate building the update request and signing it (fixed credentials, clock
//                       and nonce; Zephr's HMAC signature for zephr)
//   BM_ParseError       parsing an error answer in the provider's own error format
// Run: bench/compare (with the generated providers), or build/ci/bench/accountdesk_bench.
#include "ProviderPipelineBenchmark.h"

#include "auth/Authenticator.h"
#include "form/FormModel.h"
#include "form/FormSchemaBuilder.h"
#include "form/Validator.h"
#include "http/ApiErrorParser.h"
#include "http/RequestBuilder.h"
#include "provider/Provider.h"
#include "provider/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <string>

namespace AccountDesk::Bench {
namespace {

class FixedClock : public Clock
{
public:
    qint64 currentMSecsSinceEpoch() const override { return 1'790'000'000'000; }
};

const Clock& fixedClock()
{
    static const FixedClock clock;
    return clock;
}

QJsonObject parseObject(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A valid body for each bundled provider, filling most of its fields.
QJsonObject bundledBody(const QString& id)
{
    if (id == QLatin1String("sequence"))
        return parseObject(R"({"alertEmailAddresses": ["billing@example.com", "ops@example.com"]})");
    if (id == QLatin1String("softwareone"))
        return parseObject(R"({
            "name": "Contoso Ltd", "type": "Client", "status": "Active",
            "externalIds": {"pyraTenantId": "0f8fad5b-d9cb-469f-a165-70867728950e"},
            "externalId": "EXT-42", "externalName": "Contoso",
            "address": {"addressLine1": "1 Main Street", "addressLine2": "Floor 3", "postCode": "10115",
                        "city": "Berlin", "state": "Berlin", "country": "DE"},
            "technicalSupportEmail": "support@contoso.example", "website": "https://contoso.example",
            "description": "Reseller account\nsecond line",
            "eligibility": {"client": true, "partner": false}, "defaultLanguageCode": "en-US"})");
    if (id == QLatin1String("quiva"))
        return parseObject(R"({
            "country": "DE", "company_name": "Contoso", "address": "1 Main Street\n10115 Berlin",
            "website": "https://contoso.example", "phone_number": "+49 30 1234567",
            "onboarding_progress": {"step": 3, "done": false}, "region": "eu-central-1",
            "provider": "aws", "cloud": true, "hub": false})");
    if (id == QLatin1String("zephr"))
        return parseObject(R"({
            "company_id": "123456789ABCD", "name": "University of Example", "number_of_seats": 25,
            "allow_oversubscription": true, "notify_when_account_oversubscribed": true,
            "notify_on_each_registration_when_account_is_oversubscribed": false,
            "registration_code": "REG-2026", "on_premises_ips": "10.0.0.0/8\n192.168.1.10\n2001:db8::/32",
            "premises_tags": "[\"gold-tier\", \"university\"]", "session_limit": 10,
            "session_limit_behaviour": "PREVENT_LOGIN"})");
    if (id == QLatin1String("pismo"))
        return parseObject(R"({
            "custom_fields": {"tier": "gold", "segment": "retail"}, "division_id": 12,
            "account_name": "Cash management", "parent_account_id": null, "external_id": "EXT-1",
            "centralizer": false})");
    return {};
}

// For any other provider (the generated ones): a valid value for every scalar leaf.
QJsonObject generatedBody(const FormSchema& form)
{
    QJsonObject body;
    for (const FieldSpec* field : form.leaves()) {
        if (!field->isEditable() || field->pointer.count(QLatin1Char('/')) != 1)
            continue;
        QJsonValue value;
        if (!field->enumValues.isEmpty())
            value = field->enumValues.first();
        else if (field->type == FieldSpec::Type::String)
            value = QStringLiteral("value of ") + field->name;
        else if (field->type == FieldSpec::Type::Integer)
            value = 42;
        else if (field->type == FieldSpec::Type::Number)
            value = 4.25;
        else if (field->type == FieldSpec::Type::Boolean)
            value = true;
        else
            continue;
        body.insert(field->name, value);
    }
    return body;
}

// Each provider's error format (docs/PROVIDERS.md, the ApiErrorParser tests).
QByteArray errorBody(const QString& id, const FormSchema& form)
{
    if (id == QLatin1String("softwareone"))
        return R"({"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            "title": "One or more validation errors occurred.", "status": 400, "detail": "See errors",
            "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
            "errors": [{"message": "Name is required.", "properties": ["Name"]},
                       {"message": "Invalid e-mail.", "properties": ["technicalSupportEmail", "Address.City"]},
                       {"message": "Account is locked."}]})";
    if (id == QLatin1String("sequence"))
        return R"({"error": {"type": "validation_error", "message": "alertEmailAddresses is required"}})";
    if (id == QLatin1String("quiva"))
        return R"({"error": "Invalid API key"})";
    if (id == QLatin1String("pismo"))
        return R"({"code": "WAC0001", "message": "Account not found with id: 123"})";
    if (id == QLatin1String("zephr"))
        return "Bad Request"; // the reference documents no error body: plain text, kept as raw
    // Generated providers: an ASP.NET-style problem naming the first, a middle and the last field,
    // so mapping names to pointers walks the whole form.
    const QList<const FieldSpec*> leaves = form.leaves();
    QJsonObject errors;
    if (!leaves.isEmpty())
        for (const qsizetype index : {qsizetype(0), leaves.size() / 2, leaves.size() - 1})
            errors.insert(leaves.at(index)->name, QJsonArray{QStringLiteral("is not acceptable")});
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Validation failed")},
                                     {QStringLiteral("status"), 400},
                                     {QStringLiteral("errors"), errors}})
        .toJson(QJsonDocument::Compact);
}

struct Fixture
{
    ProviderPtr provider;
    QJsonObject body;
    QByteArray error;
    RequestTarget target;
    Credentials credentials;
};

RequestTarget targetFor(const Provider& provider)
{
    RequestTarget target;
    const Server* server = provider.defaultServer();
    target.baseUrl = QUrl(server ? server->defaultUrl() : QStringLiteral("https://api.example.com"));
    if (target.baseUrl.host() == QLatin1String("tenant.api.zephr.com"))
        target.baseUrl.setHost(QStringLiteral("acme.api.zephr.com"));
    for (const Parameter& parameter : provider.pathParameters())
        target.pathParameters.insert(parameter.name, QStringLiteral("12345"));
    return target;
}

Credentials credentialsFor(AuthKind kind)
{
    Credentials credentials;
    for (const QString& field : AuthKinds::credentialFields(kind))
        credentials.fields.insert(field,
                                  QStringLiteral("bench-") + field + QStringLiteral("-0123456789abcdef"));
    return credentials;
}

Authenticator authenticatorFor(const Fixture& fixture)
{
    return Authenticator(fixture.provider->authKinds().first(), fixture.credentials,
                         fixture.provider->apiKeyHeader(), fixedClock(),
                         [] { return QByteArray("bench-nonce-0123456789"); });
}

void loadProvider(benchmark::State& state, const Fixture& fixture)
{
    const QString hintsPath = fixture.provider->hintsPath();
    for (auto _ : state) {
        SpecDiagnostics diagnostics;
        ProviderPtr provider = Provider::load(hintsPath, diagnostics);
        benchmark::DoNotOptimize(provider);
        if (!provider) {
            state.SkipWithError("the provider failed to load");
            break;
        }
    }
    state.counters["fields"] = double(fixture.provider->form().leaves().size());
}

void buildFormSchema(benchmark::State& state, const Fixture& fixture)
{
    const Provider& provider = *fixture.provider;
    for (auto _ : state) {
        SpecDiagnostics diagnostics;
        FormSchema form =
            FormSchemaBuilder::build(*provider.body().schema, provider.hints().fields, diagnostics);
        benchmark::DoNotOptimize(form);
        if (form.isEmpty()) {
            state.SkipWithError("the form is empty");
            break;
        }
    }
}

void buildFormModel(benchmark::State& state, const Fixture& fixture)
{
    const FormSchema& form = fixture.provider->form();
    QString edited;
    for (auto it = fixture.body.constBegin(); it != fixture.body.constEnd() && edited.isEmpty(); ++it)
        if (it.value().isString() && form.field(QLatin1Char('/') + it.key()) &&
            form.field(QLatin1Char('/') + it.key())->enumValues.isEmpty())
            edited = QLatin1Char('/') + it.key();
    for (auto _ : state) {
        FormModel model(form);
        model.load(fixture.body);
        if (!edited.isEmpty())
            model.setValue(edited, QStringLiteral("edited value"));
        QJsonObject patch = model.patchBody();
        benchmark::DoNotOptimize(patch);
    }
}

void validateBody(benchmark::State& state, const Fixture& fixture)
{
    const Validator validator(fixture.provider->form());
    for (auto _ : state) {
        FieldErrors errors = validator.validateBody(fixture.body);
        benchmark::DoNotOptimize(errors);
        if (!errors.isEmpty()) {
            state.SkipWithError(("the body is invalid: " + errors.first().toString()).toStdString().c_str());
            break;
        }
    }
    state.counters["members"] = double(fixture.body.size());
}

void buildSignedUpdate(benchmark::State& state, const Fixture& fixture)
{
    const RequestBuilder builder(*fixture.provider);
    const Authenticator authenticator = authenticatorFor(fixture);
    for (auto _ : state) {
        auto built = builder.buildUpdate(fixture.body, fixture.target);
        auto* request = std::get_if<HttpRequest>(&built);
        if (!request) {
            state.SkipWithError(
                ("the request was refused: " + std::get<FieldErrors>(built).first().toString())
                    .toStdString()
                    .c_str());
            break;
        }
        authenticator.sign(*request);
        benchmark::DoNotOptimize(request->headers);
    }
}

void parseError(benchmark::State& state, const Fixture& fixture)
{
    const ApiErrorParser parser(&fixture.provider->form());
    for (auto _ : state) {
        ApiError error = parser.parse(400, "application/json", fixture.error);
        benchmark::DoNotOptimize(error);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * fixture.error.size());
}

// Checks a fixture once, outside any timing, so that a benchmark never measures a failure path.
bool check(const Fixture& fixture)
{
    const QString id = fixture.provider->id();
    auto fail = [&](const QString& why) {
        std::fprintf(stderr, "accountdesk_bench: %s: %s\n", qPrintable(id), qPrintable(why));
        return false;
    };
    if (fixture.body.isEmpty())
        return fail(QStringLiteral("no body to validate"));
    const FieldErrors errors = Validator(fixture.provider->form()).validateBody(fixture.body);
    if (!errors.isEmpty())
        return fail(QStringLiteral("the body is invalid: ") + errors.first().toString());
    auto built = RequestBuilder(*fixture.provider).buildUpdate(fixture.body, fixture.target);
    if (!std::holds_alternative<HttpRequest>(built))
        return fail(QStringLiteral("the request was refused: ") +
                    std::get<FieldErrors>(built).first().toString());
    HttpRequest request = std::get<HttpRequest>(built);
    authenticatorFor(fixture).sign(request);
    if (!request.hasHeader("Authorization") && request.secretHeaders.isEmpty())
        return fail(QStringLiteral("the request was not signed"));
    return true;
}

} // namespace

bool registerProviderBenchmarks()
{
    const ProviderRegistry registry = ProviderRegistry::loadDefault();
    for (const SpecDiagnostic& diagnostic : registry.diagnostics())
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            std::fprintf(stderr, "accountdesk_bench: %s\n", qPrintable(diagnostic.toString()));
    bool ok = true;
    for (const ProviderPtr& provider : registry.providers()) {
        auto fixture = std::make_shared<Fixture>();
        fixture->provider = provider;
        fixture->body = bundledBody(provider->id());
        if (fixture->body.isEmpty())
            fixture->body = generatedBody(provider->form());
        fixture->error = errorBody(provider->id(), provider->form());
        fixture->target = targetFor(*provider);
        fixture->credentials = credentialsFor(provider->authKinds().first());
        if (!check(*fixture)) {
            ok = false;
            continue;
        }
        const std::string id = provider->id().toStdString();
        const auto add = [&](const char* stage, void (*function)(benchmark::State&, const Fixture&)) {
            benchmark::RegisterBenchmark(
                (std::string(stage) + "/" + id).c_str(),
                [fixture, function](benchmark::State& state) { function(state, *fixture); })
                ->Unit(benchmark::kMicrosecond);
        };
        add("BM_ProviderLoad", loadProvider);
        add("BM_FormSchema", buildFormSchema);
        add("BM_FormModel", buildFormModel);
        add("BM_ValidateBody", validateBody);
        add("BM_BuildSignedUpdate", buildSignedUpdate);
        add("BM_ParseError", parseError);
    }
    return ok;
}

} // namespace AccountDesk::Bench
