// What an import offers and what it makes, without a window: the candidate operations of a document
// someone else wrote, a preview that writes nothing, a pasted document, a multipart file part,
// production servers named by URL, and a registry that sees the result when it reloads.
#include "provider/ImportCandidates.h"

#include "TestSupport.h"
#include "provider/ProviderImporter.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const QByteArray kDocument = R"(
openapi: 3.0.3
info: {title: Widget Store Admin, version: '2'}
servers:
  - url: https://api.widgets.example
    description: Live
  - url: https://sandbox.widgets.example
security: [{token: []}]
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  schemas:
    Store:
      type: object
      properties:
        name: {type: string, maxLength: 40}
        country: {type: string}
paths:
  /reports:
    get: {operationId: listReports, responses: {'200': {description: ok}}}
  /stores/{storeId}:
    parameters:
      - {name: storeId, in: path, required: true, schema: {type: string}}
    get:
      operationId: getStore
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Store'}}}}}
    patch:
      summary: Change a store
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/Store'}}
          multipart/form-data:
            schema:
              type: object
              properties:
                store: {$ref: '#/components/schemas/Store'}
                banner: {type: string, format: binary}
      responses: {'200': {description: ok}}
    delete: {operationId: deleteStore, responses: {'204': {description: gone}}}
  /stores/{storeId}/notes:
    parameters:
      - {name: storeId, in: path, required: true, schema: {type: string}}
    put:
      operationId: replaceNotes
      requestBody: {content: {text/plain: {schema: {type: string}}}}
      responses: {'200': {description: ok}}
)";

std::shared_ptr<const OpenApiDocument> load()
{
    SpecDiagnostics diagnostics;
    auto document = OpenApiDocument::load(kDocument, diagnostics);
    if (!document)
        throw std::runtime_error("test document does not load");
    return document;
}

ProviderImporter::Choices pastedChoices()
{
    ProviderImporter::Choices choices;
    choices.specText = kDocument;
    choices.id = QStringLiteral("widget-store");
    choices.updateOperation = QStringLiteral("PATCH /stores/{storeId}");
    choices.readOperation = QStringLiteral("getStore");
    return choices;
}

} // namespace

TEST(ImportCandidates, OnlyOperationsWithAJsonObjectBodyCanUpdate)
{
    const auto document = load();
    const QList<ImportCandidates::Update> updates = ImportCandidates::updates(*document);
    ASSERT_EQ(updates.size(), 1) << "the text/plain PUT and the DELETE cannot carry a form";
    EXPECT_EQ(updates.first().reference, QStringLiteral("PATCH /stores/{storeId}")) << "no operationId";
    EXPECT_EQ(updates.first().label, QStringLiteral("PATCH /stores/{storeId} — Change a store"));
    EXPECT_EQ(updates.first().jsonParts, QStringList{QStringLiteral("store")});
    EXPECT_EQ(updates.first().fileParts, QStringList{QStringLiteral("banner")});

    const QList<ImportCandidates::Read> reads = ImportCandidates::reads(*document, updates.first().path);
    ASSERT_EQ(reads.size(), 2);
    EXPECT_EQ(reads.first().reference, QStringLiteral("getStore")) << "the GET on the update's path first";
    EXPECT_EQ(ImportCandidates::serverName(document->servers().at(0)), QStringLiteral("Live"));
    EXPECT_EQ(ImportCandidates::suggestedId(QStringLiteral(" Widget Store (Admin) API ")),
              QStringLiteral("widget-store-admin-api"));
    EXPECT_EQ(ImportCandidates::serverName(document->servers().at(1)),
              QStringLiteral("https://sandbox.widgets.example"));
}

TEST(ImportCandidates, APreviewLoadsTheProviderAndWritesNothing)
{
    QTemporaryDir directory;
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    const ProviderImporter importer(directory.path());
    ProviderImporter::Choices choices = pastedChoices();
    choices.multipartJsonPart = QStringLiteral("store");
    choices.multipartFilePart = QStringLiteral("banner");
    choices.productionServers = {QStringLiteral("https://sandbox.widgets.example")};
    SpecDiagnostics problems;
    const ProviderPtr provider = importer.preview(choices, registry, problems);
    ASSERT_TRUE(provider) << TestSupport::describe(problems);
    EXPECT_EQ(provider->displayName(), QStringLiteral("Widget Store Admin"));
    ASSERT_NE(provider->form().field(QStringLiteral("/name")), nullptr);
    EXPECT_TRUE(provider->isProductionServer(provider->servers().at(1))) << "named by its URL";
    EXPECT_FALSE(provider->isProductionServer(provider->servers().at(0))) << "never guessed";
    EXPECT_TRUE(QDir(directory.path()).entryList(QDir::Files).isEmpty());

    choices.multipartFilePart = QStringLiteral("store"); // not a file
    problems.clear();
    EXPECT_FALSE(importer.preview(choices, registry, problems));
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_EQ(problems.first().pointer, QStringLiteral("multipart"));
}

TEST(ImportCandidates, APastedDocumentIsImportedAndTheRegistrySeesItOnReload)
{
    QTemporaryDir directory;
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(directory.path());
    const ProviderPtr pismo = registry.provider(QStringLiteral("pismo"));
    const ProviderImporter importer(directory.path());
    ASSERT_TRUE(importer.import(pastedChoices(), registry).isEmpty());
    EXPECT_FALSE(registry.provider(QStringLiteral("widget-store"))) << "not before a reload";

    registry.reload();
    const ProviderPtr imported = registry.provider(QStringLiteral("widget-store"));
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->description(), QStringLiteral("Imported from a pasted document."));
    EXPECT_TRUE(importer.isImported(QStringLiteral("widget-store"), registry));
    EXPECT_FALSE(importer.isImported(QStringLiteral("pismo"), registry));
    EXPECT_EQ(registry.provider(QStringLiteral("pismo")), pismo) << "bundled ones are not parsed again";

    EXPECT_FALSE(importer.import(pastedChoices(), registry).isEmpty()) << "replacing needs saying so";
    ProviderRegistry stale; // another window's registry, read before the import
    stale.loadDirectory(ProviderRegistry::bundledDirectory());
    EXPECT_FALSE(importer.import(pastedChoices(), stale).isEmpty())
        << "the files on disk count, not the list";
    ASSERT_TRUE(importer.remove(QStringLiteral("widget-store"), registry).isEmpty());
    registry.reload();
    EXPECT_FALSE(registry.provider(QStringLiteral("widget-store")));
    EXPECT_TRUE(registry.provider(QStringLiteral("pismo")));
}
