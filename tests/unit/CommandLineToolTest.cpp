// accountdesk-cli in-process: the output format of `providers` and `fields` is a contract.
#include "cli/CommandLineTool.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

struct CliRun
{
    ExitCode code;
    QString out;
    QString err;
};

CliRun runTool(const QStringList& arguments, const QString& extraDirectory = QString())
{
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    if (!extraDirectory.isEmpty())
        registry.loadDirectory(extraDirectory);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLineTool tool(registry, outStream, errStream);
    const ExitCode code = tool.run(arguments);
    return {code, out, err};
}

QJsonObject fieldAt(const QJsonArray& fields, const QString& pointer)
{
    for (const QJsonValue& field : fields)
        if (field.toObject().value(QStringLiteral("pointer")).toString() == pointer)
            return field.toObject();
    return {};
}

} // namespace

TEST(CommandLineTool, ProvidersPrintsIdNameAndOperationSeparatedByTabs)
{
    const CliRun run = runTool({QStringLiteral("providers")});
    EXPECT_EQ(run.code, ExitCode::Success);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.out,
              QStringLiteral("pismo\tPismo\tPATCH /accounts/v1/accounts/{accountId}\n"
                             "quiva\tquiva.ai\tPATCH /accounts\n"
                             "sequence\tSequence\tPUT /sequence-accounts/{id}\n"
                             "softwareone\tSoftwareOne Marketplace\tPUT /public/v1/accounts/accounts/{id}\n"
                             "zephr\tZuora Zephr\tPUT /v3/accounts/{id}\n"));
}

TEST(CommandLineTool, FieldsPrintsTheContractsKeysInOrder)
{
    const CliRun run = runTool({QStringLiteral("fields"), QStringLiteral("pismo")});
    EXPECT_EQ(run.code, ExitCode::Success);
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        R"({"pointer": "/account_name", "type": "string", "required": false, "nullable": false, "maxLength": 60})")))
        << run.out.toStdString();
    const QJsonArray fields = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(fields.size(), 6);
    EXPECT_EQ(fields.at(0).toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/custom_fields"));
    EXPECT_EQ(fieldAt(fields, QStringLiteral("/custom_fields")).value(QStringLiteral("maxBytes")).toInt(),
              1014);
    EXPECT_EQ(
        fieldAt(fields, QStringLiteral("/parent_account_id")).value(QStringLiteral("format")).toString(),
        QStringLiteral("int64"));
    EXPECT_TRUE(
        fieldAt(fields, QStringLiteral("/parent_account_id")).value(QStringLiteral("nullable")).toBool());
}

TEST(CommandLineTool, FieldsListsNestedObjectsAsLeavesAndLeavesOutHiddenOnes)
{
    const CliRun run = runTool({QStringLiteral("fields"), QStringLiteral("softwareone")});
    ASSERT_EQ(run.code, ExitCode::Success);
    const QJsonArray fields = QJsonDocument::fromJson(run.out.toUtf8()).array();
    const QJsonObject country = fieldAt(fields, QStringLiteral("/address/country"));
    EXPECT_EQ(country.value(QStringLiteral("hint")).toString(), QStringLiteral("country"));
    EXPECT_TRUE(fieldAt(fields, QStringLiteral("/address")).isEmpty());
    EXPECT_TRUE(fieldAt(fields, QStringLiteral("/audit")).isEmpty());
    EXPECT_TRUE(fieldAt(fields, QStringLiteral("/id")).isEmpty());
    const QJsonObject name = fieldAt(fields, QStringLiteral("/name"));
    EXPECT_TRUE(name.value(QStringLiteral("required")).toBool());
    EXPECT_EQ(name.value(QStringLiteral("minLength")).toInt(), 1);
    EXPECT_EQ(
        fieldAt(fields, QStringLiteral("/technicalSupportEmail")).value(QStringLiteral("format")).toString(),
        QStringLiteral("email"));
    EXPECT_EQ(fieldAt(fields, QStringLiteral("/status")).value(QStringLiteral("enum")).toArray().size(), 3);
}

TEST(CommandLineTool, FieldsDescribesArrayItems)
{
    const CliRun run = runTool({QStringLiteral("fields"), QStringLiteral("sequence")});
    ASSERT_EQ(run.code, ExitCode::Success);
    const QJsonArray fields = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(fields.size(), 1);
    const QJsonObject emails = fields.first().toObject();
    EXPECT_EQ(emails.value(QStringLiteral("type")).toString(), QStringLiteral("array"));
    EXPECT_TRUE(emails.value(QStringLiteral("required")).toBool());
    EXPECT_EQ(emails.value(QStringLiteral("items")).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("string"));
    EXPECT_EQ(emails.value(QStringLiteral("hint")).toString(), QStringLiteral("email-list"));
}

TEST(CommandLineTool, UnknownProviderIsInvalidInputWithOneLine)
{
    const CliRun run = runTool({QStringLiteral("fields"), QStringLiteral("nosuch")});
    EXPECT_EQ(run.code, ExitCode::InvalidInput);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("<provider>: unknown provider \"nosuch\"")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("pismo, quiva, sequence, softwareone, zephr")));
}

TEST(CommandLineTool, MalformedCommandLinesAreInvalidInput)
{
    EXPECT_EQ(runTool({}).code, ExitCode::InvalidInput);
    EXPECT_EQ(runTool({QStringLiteral("frobnicate")}).code, ExitCode::InvalidInput);
    EXPECT_EQ(runTool({QStringLiteral("fields")}).code, ExitCode::InvalidInput);
    EXPECT_EQ(runTool({QStringLiteral("fields"), QStringLiteral("pismo"), QStringLiteral("extra")}).code,
              ExitCode::InvalidInput);
    EXPECT_EQ(runTool({QStringLiteral("providers"), QStringLiteral("extra")}).code, ExitCode::InvalidInput);
    const CliRun help = runTool({QStringLiteral("--help")});
    EXPECT_EQ(help.code, ExitCode::Success);
    EXPECT_TRUE(help.out.contains(QStringLiteral("fields <provider>")));
}

TEST(CommandLineTool, ListsASixthProviderFromAnExtraFolder)
{
    const CliRun run =
        runTool({QStringLiteral("providers")}, TestSupport::dataPath(QStringLiteral("providers/acme-crm")));
    EXPECT_EQ(run.code, ExitCode::Success);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("acme-crm\tAcme CRM\tPATCH /customers/{customerId}\n")))
        << run.out.toStdString();
}

TEST(CommandLineTool, SaysWhyABrokenProviderIsMissing)
{
    const CliRun run =
        runTool({QStringLiteral("providers")}, TestSupport::dataPath(QStringLiteral("providers/broken")));
    EXPECT_EQ(run.code, ExitCode::Success);
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 5);
    EXPECT_TRUE(run.err.contains(QStringLiteral("broken.provider.json: /updateOperation")))
        << run.err.toStdString();
}
