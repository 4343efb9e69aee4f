#include "CliRunner.h"

#include <QProcess>

namespace AccountDesk::TestSupport {

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACCOUNTDESK_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted(30000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool storeCredentials(const QString& provider, const QByteArray& lines, const QString& profile)
{
    const CliRun run = runCli({QStringLiteral("credentials"), QStringLiteral("set"), provider,
                               QStringLiteral("--profile"), profile},
                              lines);
    return run.exitCode == 0;
}

} // namespace AccountDesk::TestSupport
