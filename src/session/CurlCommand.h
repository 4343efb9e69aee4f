#pragma once

#include "PreparedUpdate.h"

#include <QString>

namespace AccountDesk {

// "Copy as curl": a shell command that sends a prepared update as it is. Secrets are environment
// variable references ("$ACCOUNTDESK_TOKEN"), never values; a multipart body becomes --form
// parts (the JSON part with its type, the file by its path: curl picks its own boundary, so the
// command reproduces the request, not its bytes). A Zephr signature holds for one timestamp and
// nonce only: the command says so and shows it redacted.
class CurlCommand
{
public:
    struct Result
    {
        QString command;
        QString problem; // why no command can be given (the file is gone or changed)
    };

    static Result build(const PreparedUpdate& update);

    // The environment variable that stands for a credential field ("token" -> ACCOUNTDESK_TOKEN).
    static QString variableFor(const QString& credentialField);
    static QString singleQuoted(const QString& text);
};

} // namespace AccountDesk
