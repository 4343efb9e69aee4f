#include "provider/ProviderRegistry.h"

#include "TestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;

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

TEST(ProviderRegistry, AUserProviderReplacesABundledOneWithTheSameId)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    QFile::copy(QStringLiteral(":/providers/pismo.openapi.json"),
                directory.filePath(QStringLiteral("pismo.openapi.json")));
    QFile hints(directory.filePath(QStringLiteral("pismo.provider.json")));
    ASSERT_TRUE(hints.open(QIODevice::WriteOnly));
    hints.write(R"json({"id": "pismo", "displayName": "Pismo (staging copy)", "spec": "pismo.openapi.json",
                    "updateOperation": "patch-accounts-v1-accounts"})json");
    hints.close();

    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(directory.path());
    EXPECT_EQ(registry.providers().size(), 5);
    EXPECT_EQ(registry.provider(QStringLiteral("pismo"))->displayName(),
              QStringLiteral("Pismo (staging copy)"));
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
