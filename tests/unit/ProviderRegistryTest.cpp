#include "provider/ProviderRegistry.h"

#include "HostileDocuments.h"
#include "TestSupport.h"
#include "ThreadCpuTimer.h"
#include "openapi/OpenApiDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace AccountDesk;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A provider `id` in `directory`: a hints file for a spec `specName` with `spec` as its content.
bool writeProvider(const QString& directory, const QString& id, const QString& specName,
                   const QByteArray& spec)
{
    const QJsonObject hints{{QStringLiteral("id"), id},
                            {QStringLiteral("displayName"), id},
                            {QStringLiteral("spec"), specName},
                            {QStringLiteral("updateOperation"), QStringLiteral("updateThing")}};
    return writeFile(QDir(directory).filePath(specName), spec) &&
           writeFile(QDir(directory).filePath(id + QStringLiteral(".provider.json")),
                     QJsonDocument(hints).toJson());
}

// tests/data/providers/acme-crm copied into `directory` under the id `id`.
bool copyAcmeAs(const QString& directory, const QString& id, const QString& displayName)
{
    const QString source = TestSupport::dataPath(QStringLiteral("providers/acme-crm/"));
    QJsonObject hints =
        QJsonDocument::fromJson(TestSupport::readFile(source + QStringLiteral("acme-crm.provider.json")))
            .object();
    hints.insert(QStringLiteral("id"), id);
    hints.insert(QStringLiteral("displayName"), displayName);
    hints.insert(QStringLiteral("spec"), id + QStringLiteral(".openapi.yaml"));
    return writeFile(QDir(directory).filePath(id + QStringLiteral(".openapi.yaml")),
                     TestSupport::readFile(source + QStringLiteral("acme-crm.openapi.yaml"))) &&
           writeFile(QDir(directory).filePath(id + QStringLiteral(".provider.json")),
                     QJsonDocument(hints).toJson());
}

} // namespace

TEST(ProviderRegistry, ASixthProviderNeedsOnlyASpecAndAHintsFile)
{
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(TestSupport::dataPath(QStringLiteral("providers/acme-crm")));
    ASSERT_EQ(registry.providers().size(), 6) << TestSupport::describe(registry.diagnostics());

    const ProviderPtr acme = registry.provider(QStringLiteral("acme-crm"));
    ASSERT_TRUE(acme);
    EXPECT_EQ(acme->displayName(), QStringLiteral("Acme CRM"));
    EXPECT_EQ(acme->updateOperation().displayName(), QStringLiteral("PATCH /customers/{customerId}"));
    EXPECT_EQ(acme->readOperation()->operationId, QStringLiteral("getCustomer"));
    // Auth derived from the spec's security scheme, since the hints do not say.
    EXPECT_EQ(acme->authKinds(), QList<AuthKind>{AuthKind::Bearer});
    EXPECT_EQ(acme->defaultServer()->url, QStringLiteral("https://staging.acme-crm.example/v2"));

    const FormSchema& form = acme->form();
    QStringList pointers;
    for (const FieldSpec* leaf : form.leaves())
        pointers.append(leaf->pointer);
    EXPECT_EQ(pointers, (QStringList{QStringLiteral("/displayName"), QStringLiteral("/contactEmail"),
                                     QStringLiteral("/tier"), QStringLiteral("/seats"),
                                     QStringLiteral("/billing/country"), QStringLiteral("/billing/vatNumber"),
                                     QStringLiteral("/labels")}));
    EXPECT_TRUE(form.field(QStringLiteral("/displayName"))->required);
    EXPECT_EQ(form.field(QStringLiteral("/displayName"))->minLength, 2);
    EXPECT_TRUE(form.field(QStringLiteral("/contactEmail"))->nullable);
    EXPECT_EQ(form.field(QStringLiteral("/contactEmail"))->label, QStringLiteral("Contact e-mail"));
    EXPECT_EQ(form.field(QStringLiteral("/tier"))->enumValues.size(), 3);
    EXPECT_EQ(form.field(QStringLiteral("/billing/country"))->hint, QStringLiteral("country"));
    EXPECT_EQ(form.field(QStringLiteral("/seats"))->minimum, 1.0);
    EXPECT_EQ(acme->pathParameters().first().schema->format, QStringLiteral("uuid"));
}

TEST(ProviderRegistry, ABrokenProviderIsSkippedWithReasonsAndTheOthersStay)
{
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(TestSupport::dataPath(QStringLiteral("providers/broken")));
    EXPECT_EQ(registry.providers().size(), 5);
    EXPECT_FALSE(registry.provider(QStringLiteral("broken")));
    const SpecDiagnostics& diagnostics = registry.diagnostics();
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/updateOperation"),
                                      QStringLiteral("no operation \"doesNotExist\"")))
        << TestSupport::describe(diagnostics);
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/id"),
                                      QStringLiteral("does not match the file name")));
    EXPECT_TRUE(
        TestSupport::mentions(diagnostics, QStringLiteral("/extraKey"), QStringLiteral("unknown key")));
    EXPECT_TRUE(
        TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1missing"), QStringLiteral("no field")));
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1a/hint"),
                                      QStringLiteral("array of strings")));
    for (const SpecDiagnostic& diagnostic : diagnostics)
        EXPECT_FALSE(diagnostic.source.isEmpty()) << diagnostic.toString().toStdString();
}

TEST(ProviderRegistry, AUserProviderCannotTakeTheIdOfABundledOne)
{
    // Acme's spec and hints, renamed to "pismo": it would send Pismo's credentials elsewhere.
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    ASSERT_TRUE(copyAcmeAs(directory.path(), QStringLiteral("pismo"), QStringLiteral("Pismo (impostor)")));

    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(directory.path());
    EXPECT_EQ(registry.providers().size(), 5);
    const ProviderPtr pismo = registry.provider(QStringLiteral("pismo"));
    ASSERT_TRUE(pismo);
    EXPECT_EQ(pismo->displayName(), QStringLiteral("Pismo"));
    EXPECT_EQ(pismo->updateOperation().displayName(),
              QStringLiteral("PATCH /accounts/v1/accounts/{accountId}"));

    const SpecDiagnostics& diagnostics = registry.diagnostics();
    ASSERT_EQ(diagnostics.size(), 1) << TestSupport::describe(diagnostics);
    const SpecDiagnostic& refusal = diagnostics.first();
    EXPECT_EQ(refusal.severity, SpecDiagnostic::Severity::Error);
    EXPECT_EQ(refusal.source, directory.filePath(QStringLiteral("pismo.provider.json")));
    EXPECT_EQ(refusal.pointer, QStringLiteral("/id"));
    EXPECT_EQ(refusal.message, QStringLiteral("the id \"pismo\" belongs to the bundled provider "
                                              ":/providers/pismo.provider.json, which cannot be replaced; "
                                              "this file is ignored"));
}

TEST(ProviderRegistry, TwoUserFoldersWithTheSameIdKeepTheFirst)
{
    QTemporaryDir first;
    QTemporaryDir second;
    ASSERT_TRUE(first.isValid() && second.isValid());
    ASSERT_TRUE(copyAcmeAs(first.path(), QStringLiteral("acme-crm"), QStringLiteral("Acme (first)")));
    ASSERT_TRUE(copyAcmeAs(second.path(), QStringLiteral("acme-crm"), QStringLiteral("Acme (second)")));

    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(first.path());
    registry.loadDirectory(second.path());
    EXPECT_EQ(registry.providers().size(), 6);
    ASSERT_TRUE(registry.provider(QStringLiteral("acme-crm")));
    EXPECT_EQ(registry.provider(QStringLiteral("acme-crm"))->displayName(), QStringLiteral("Acme (first)"));
    const SpecDiagnostics& diagnostics = registry.diagnostics();
    ASSERT_EQ(diagnostics.size(), 1) << TestSupport::describe(diagnostics);
    EXPECT_EQ(diagnostics.first().severity, SpecDiagnostic::Severity::Error);
    EXPECT_EQ(diagnostics.first().source, second.filePath(QStringLiteral("acme-crm.provider.json")));
    EXPECT_EQ(diagnostics.first().message,
              QStringLiteral("the id \"acme-crm\" is taken by %1, found first; this file is ignored")
                  .arg(first.filePath(QStringLiteral("acme-crm.provider.json"))));
}

TEST(ProviderRegistry, HostileAndOversizedProvidersAreRefusedAndTheOthersLoad)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    ASSERT_TRUE(writeProvider(directory.path(), QStringLiteral("laughs"),
                              QStringLiteral("laughs.openapi.yaml"), HostileDocuments::billionLaughsYaml()));
    ASSERT_TRUE(writeProvider(directory.path(), QStringLiteral("fanout"),
                              QStringLiteral("fanout.openapi.json"),
                              HostileDocuments::fanningReferencesJson()));
    QByteArray huge = "# ";
    huge.resize(OpenApiDocument::kMaximumBytes + 1, 'x');
    ASSERT_TRUE(
        writeProvider(directory.path(), QStringLiteral("huge"), QStringLiteral("huge.openapi.yaml"), huge));
    // Valid JSON padded with spaces: only its size is wrong.
    QByteArray bigHints = R"({"id": "bighints", "displayName": "Big", "spec": "fanout.openapi.json",
                             "updateOperation": "updateThing"})";
    bigHints.append(QByteArray(ProviderRegistry::kMaximumHintsBytes + 1 - bigHints.size(), ' '));
    ASSERT_TRUE(
        writeFile(QDir(directory.path()).filePath(QStringLiteral("bighints.provider.json")), bigHints));

    TestSupport::ThreadCpuTimer timer;
    timer.start();
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(directory.path());
    registry.loadDirectory(TestSupport::dataPath(QStringLiteral("providers/acme-crm")));
    const qint64 elapsed = timer.elapsed();

    EXPECT_EQ(registry.ids(), (QStringList{QStringLiteral("acme-crm"), QStringLiteral("pismo"),
                                           QStringLiteral("quiva"), QStringLiteral("sequence"),
                                           QStringLiteral("softwareone"), QStringLiteral("zephr")}))
        << TestSupport::describe(registry.diagnostics());
    const SpecDiagnostics& diagnostics = registry.diagnostics();
    auto refused = [&diagnostics](const QString& source, const QString& messagePart) {
        for (const SpecDiagnostic& diagnostic : diagnostics)
            if (diagnostic.severity == SpecDiagnostic::Severity::Error && diagnostic.source == source &&
                diagnostic.message.contains(messagePart))
                return true;
        return false;
    };
    EXPECT_TRUE(refused(QStringLiteral("laughs.openapi.yaml"), QStringLiteral("more than 1000000 nodes")))
        << TestSupport::describe(diagnostics);
    EXPECT_TRUE(refused(QStringLiteral("fanout.openapi.json"), QStringLiteral("more than 100000 schemas")));
    EXPECT_TRUE(refused(QStringLiteral("huge.openapi.yaml"), QStringLiteral("larger than 8 MiB")));
    EXPECT_TRUE(refused(QStringLiteral("bighints.provider.json"), QStringLiteral("larger than 1 MiB")));
    EXPECT_LT(elapsed, 4000 * TestSupport::kTimeBudgetFactor);
    std::cout << "bundled, four hostile and one extra provider loaded in " << elapsed << " ms\n";
}

TEST(ProviderRegistry, SearchPathIncludesTheEnvironmentFolders)
{
    qputenv("ACCOUNTDESK_PROVIDERS_PATH", QStringLiteral("/one%1/two").arg(QDir::listSeparator()).toUtf8());
    const QStringList path = ProviderRegistry::defaultSearchPath();
    qunsetenv("ACCOUNTDESK_PROVIDERS_PATH");
    ASSERT_GE(path.size(), 3);
    EXPECT_EQ(path.at(0), QStringLiteral(":/providers"));
    EXPECT_EQ(path.at(1), QStringLiteral("/one"));
    EXPECT_EQ(path.at(2), QStringLiteral("/two"));
}
