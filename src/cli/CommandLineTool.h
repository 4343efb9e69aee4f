#pragma once

#include "ExitCode.h"
#include "TerminalQuestion.h"
#include "provider/ProviderRegistry.h"
#include "store/CredentialStore.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace AccountDesk {

// accountdesk-cli: the scripted face of the core (contract: ../shared/CLI.md). Takes its streams so
// tests can drive it in-process as well as through the real binary.
class CommandLineTool
{
public:
    // `store` and `in` are needed by show, update and credentials; without them those commands
    // report that no keychain is available.
    // `ask` puts a yes/no question to the person at the terminal (the production confirmation);
    // without it, or without a terminal, a question is answered "no".
    CommandLineTool(const ProviderRegistry& registry, QTextStream& out, QTextStream& err,
                    CredentialStore* store = nullptr, QTextStream* in = nullptr,
                    TerminalQuestion::Ask ask = {});

    // `arguments` excludes the program name.
    ExitCode run(const QStringList& arguments);
    ~CommandLineTool();

    static QString usage();

private:
    // Takes `--proxy` out of `arguments` and applies it (or the system's proxy); a refusal on error.
    std::optional<ExitCode> takeProxyOption(QStringList& arguments);
    ExitCode listProviders(const QStringList& arguments);
    ExitCode listFields(const QStringList& arguments);
    ExitCode listHistory(const QStringList& arguments);
    ExitCode invalid(const QString& where, const QString& message);
    ProviderPtr providerArgument(const QString& id);
    void reportRegistryProblems();

    const ProviderRegistry& m_registry;
    QTextStream& m_out;
    QTextStream& m_err;
    CredentialStore* m_store;
    QTextStream* m_in;
    TerminalQuestion::Ask m_ask;
};

} // namespace AccountDesk
