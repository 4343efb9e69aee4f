#pragma once

#include "form/FieldError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace AccountDesk {

// The parsed command line of `show`, `update` and `credentials` (options in any order, as
// `--name value` or `--name=value`; edits kept in the order given).
struct CliArguments
{
    struct Edit
    {
        enum class Kind
        {
            Set,
            SetJson,
            Null
        };
        Kind kind = Kind::Set;
        QString pointer;
        QString text; // VALUE or JSON, as typed
    };

    QStringList positional;
    std::optional<QString> account;
    QString server;
    QString baseUrl;
    QString profile = QStringLiteral("default");
    int timeoutSeconds = 30;
    QList<Edit> edits;
    QString logo;
    QString csv;                           // bulk --csv
    QString journal;                       // bulk --journal
    int concurrency = 4;                   // bulk --concurrency
    QString provider;                      // history --provider
    QDate since;                           // history --since (UTC)
    QHash<QString, QString> importChoices; // import: "--id" -> value, ...
    QStringList productionServers;         // import --production-server, repeatable
    bool replace = false;                  // import --replace
    bool noFetch = false;
    bool dryRun = false;
    bool yes = false; // a send to production is confirmed

    // `allowed`: the option names this command takes ("--account", "--set", ...).
    static std::variant<CliArguments, FieldErrors> parse(const QStringList& arguments,
                                                         const QStringList& allowed);
};

} // namespace AccountDesk
