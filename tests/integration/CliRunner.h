#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace AccountDesk::TestSupport {

// Runs the real accountdesk-cli binary, as a script would.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments, const QByteArray& input = QByteArray(),
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// Stores credentials for a provider profile through `credentials set`; true on success.
bool storeCredentials(const QString& provider, const QByteArray& lines,
                      const QString& profile = QStringLiteral("default"));

} // namespace AccountDesk::TestSupport
