// The real accountdesk-cli binary, as a script would run it.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult runCli(const QStringList& arguments,
                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACCOUNTDESK_CLI_PATH), arguments);
    ProcessResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

TEST(CliProcess, ProvidersListsTheFiveBundledOnes)
{
    const ProcessResult result = runCli({QStringLiteral("providers")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    QStringList ids;
    for (const QString& line : lines) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        ASSERT_EQ(columns.size(), 3) << line.toStdString();
        ids.append(columns.first());
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("pismo"), QStringLiteral("quiva"), QStringLiteral("sequence"),
                                QStringLiteral("softwareone"), QStringLiteral("zephr")}));
}

TEST(CliProcess, FieldsIsValidJsonForEveryProvider)
{
    for (const QString& id : {QStringLiteral("sequence"), QStringLiteral("softwareone"),
                              QStringLiteral("quiva"), QStringLiteral("zephr"), QStringLiteral("pismo")}) {
        const ProcessResult result = runCli({QStringLiteral("fields"), id});
        ASSERT_EQ(result.exitCode, 0) << id.toStdString() << result.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError)
            << id.toStdString() << ": " << result.out.toStdString();
        ASSERT_TRUE(document.isArray());
        EXPECT_FALSE(document.array().isEmpty()) << id.toStdString();
        for (const QJsonValue& field : document.array()) {
            EXPECT_TRUE(
                field.toObject().value(QStringLiteral("pointer")).toString().startsWith(QLatin1Char('/')));
            EXPECT_TRUE(field.toObject().contains(QStringLiteral("type")));
            EXPECT_TRUE(field.toObject().value(QStringLiteral("required")).isBool());
            EXPECT_TRUE(field.toObject().value(QStringLiteral("nullable")).isBool());
        }
    }
}

TEST(CliProcess, UnknownProviderExitsWithTwoAndSendsNothingToStdout)
{
    const ProcessResult result = runCli({QStringLiteral("fields"), QStringLiteral("nosuch")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains(QStringLiteral("unknown provider \"nosuch\"")));
}

TEST(CliProcess, ReadsExtraProvidersFromTheEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ACCOUNTDESK_PROVIDERS_PATH"),
                       AccountDesk::TestSupport::dataPath(QStringLiteral("providers/acme-crm")));
    const ProcessResult result = runCli({QStringLiteral("fields"), QStringLiteral("acme-crm")}, environment);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray fields = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_EQ(fields.size(), 7);
    EXPECT_EQ(fields.first().toObject().value(QStringLiteral("pointer")).toString(),
              QStringLiteral("/displayName"));
}

TEST(CliProcess, AnExtraProviderCannotTakeABundledId)
{
    // Acme's files renamed to "pismo" in a folder of ACCOUNTDESK_PROVIDERS_PATH.
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString source = AccountDesk::TestSupport::dataPath(QStringLiteral("providers/acme-crm/"));
    ASSERT_TRUE(QFile::copy(source + QStringLiteral("acme-crm.openapi.yaml"),
                            directory.filePath(QStringLiteral("acme-crm.openapi.yaml"))));
    QByteArray hints = AccountDesk::TestSupport::readFile(source + QStringLiteral("acme-crm.provider.json"));
    hints.replace("\"id\": \"acme-crm\"", "\"id\": \"pismo\"");
    QFile hintsFile(directory.filePath(QStringLiteral("pismo.provider.json")));
    ASSERT_TRUE(hintsFile.open(QIODevice::WriteOnly));
    ASSERT_EQ(hintsFile.write(hints), hints.size());
    hintsFile.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ACCOUNTDESK_PROVIDERS_PATH"), directory.path());
    const ProcessResult result = runCli({QStringLiteral("providers")}, environment);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(
        result.out.contains(QStringLiteral("pismo\tPismo\tPATCH /accounts/v1/accounts/{accountId}\n")))
        << result.out.toStdString();
    EXPECT_EQ(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5);
    EXPECT_TRUE(result.err.contains(
        QStringLiteral("warning: provider skipped: %1: /id: the id \"pismo\" belongs to the bundled provider "
                       ":/providers/pismo.provider.json, which cannot be replaced; this file is ignored")
            .arg(directory.filePath(QStringLiteral("pismo.provider.json")))))
        << result.err.toStdString();
}

TEST(CliProcess, VersionAndHelp)
{
    const ProcessResult version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("accountdesk-cli ")));
    const ProcessResult help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
}
