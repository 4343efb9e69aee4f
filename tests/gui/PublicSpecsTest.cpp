// Documents nobody on this project wrote: ReadMe's OpenAPI examples (npm @readme/oas-examples, MIT,
// pinned in tests/public), among them real APIs (ReadMe's own, USPTO, Star Trek, Train Travel).
// Every operation of every document that has a JSON or multipart body becomes a form here, with
// real widgets: no field may be left without an editor, and nothing may crash or hang.
#include "TestSupport.h"
#include "form/EditorFactory.h"
#include "form/FieldRow.h"
#include "form/FormSchemaBuilder.h"
#include "form/FormView.h"
#include "openapi/OpenApiDocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

QString publicSpecs()
{
    return qEnvironmentVariable("ACCOUNTDESK_PUBLIC_SPECS");
}

QStringList documents()
{
    QStringList found;
    for (const QString& version :
         {QStringLiteral("3.0/json"), QStringLiteral("3.1/json"), QStringLiteral("3.0/yaml")}) {
        QDirIterator files(QDir(publicSpecs()).filePath(version),
                           {QStringLiteral("*.json"), QStringLiteral("*.yaml")}, QDir::Files);
        while (files.hasNext())
            found << files.next();
    }
    found.sort();
    return found;
}

bool isFormBody(const QString& contentType)
{
    return contentType == QLatin1String("application/json") || contentType.endsWith(QLatin1String("+json")) ||
           contentType == QLatin1String("multipart/form-data");
}

} // namespace

TEST(PublicSpecs, EveryOperationWithABodyBecomesAFormWithAnEditorForEveryField)
{
    if (publicSpecs().isEmpty()) {
        if (qEnvironmentVariableIntValue("ACCOUNTDESK_REQUIRE_KEYCHAIN") == 1)
            FAIL()
                << "ACCOUNTDESK_PUBLIC_SPECS is not set (scripts/test sets it after npm ci in tests/public)";
        GTEST_SKIP() << "ACCOUNTDESK_PUBLIC_SPECS is not set";
    }
    const QStringList files = documents();
    ASSERT_GE(files.size(), 30) << publicSpecs().toStdString();

    QStringList refused;
    int documentsWithBodies = 0;
    int forms = 0;
    int fields = 0;
    QMap<QString, int> editors;
    for (const QString& file : files) {
        SpecDiagnostics diagnostics;
        const std::shared_ptr<const OpenApiDocument> document = OpenApiDocument::loadFile(file, diagnostics);
        if (!document) {
            // A document that breaks a rule of OpenAPI is refused, saying where and why.
            refused << QFileInfo(file).fileName();
            ASSERT_FALSE(diagnostics.isEmpty()) << file.toStdString();
            for (const SpecDiagnostic& diagnostic : diagnostics)
                EXPECT_TRUE(diagnostic.pointer.startsWith(QLatin1Char('/')) && !diagnostic.message.isEmpty())
                    << file.toStdString() << ": " << TestSupport::describe(diagnostics);
            continue;
        }
        bool hasBody = false;
        for (const Operation& operation : document->operations()) {
            for (const MediaType& body : operation.requestBodies) {
                if (!isFormBody(body.contentType) || !body.schema)
                    continue;
                hasBody = true;
                const std::string where =
                    QStringLiteral("%1 %2 %3 (%4)")
                        .arg(QFileInfo(file).fileName(), operation.method, operation.path, body.contentType)
                        .toStdString();
                SpecDiagnostics formDiagnostics;
                FormModel model(FormSchemaBuilder::build(*body.schema, {}, formDiagnostics));
                FormView view(model, [&model] { return model.patchBody(); });
                ++forms;
                for (const FieldSpec* leaf : model.schema().leaves()) {
                    if (leaf->hidden)
                        continue;
                    const FieldRow* row = view.row(leaf->pointer);
                    // An array's items are edited by the array's editor, inside its row.
                    if (!row && leaf->pointer.endsWith(QLatin1String("/-")))
                        continue;
                    ASSERT_TRUE(row) << where << ": no row for " << leaf->pointer.toStdString();
                    EXPECT_TRUE(row->editor()) << where << ": no editor for " << leaf->pointer.toStdString();
                    ++fields;
                    ++editors[EditorFactory::standard().editorName(*leaf)];
                }
            }
        }
        documentsWithBodies += hasBody ? 1 : 0;
    }
    EXPECT_GE(documentsWithBodies, 25);
    QStringList summary;
    for (auto it = editors.cbegin(); it != editors.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    // The examples that break OpenAPI's rules: an operation naming a security scheme the document
    // does not declare (response-http-behavior.json) and nothing else.
    EXPECT_LE(refused.size(), 2) << refused.join(QStringLiteral(", ")).toStdString();
    std::cout << "refused: " << refused.join(QStringLiteral(", ")).toStdString() << "\n";
    std::cout << forms << " forms, " << fields << " fields from " << documentsWithBodies
              << " documents: " << summary.join(QStringLiteral(", ")).toStdString() << "\n";
    // The raw JSON editor is the fallback for shapes without an editor of their own; most fields
    // of real documents must get a dedicated one.
    EXPECT_LT(editors.value(QStringLiteral("json")) * 5, fields);
}
