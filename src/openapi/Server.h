#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace AccountDesk {

// An OpenAPI server: a base URL, possibly templated ("https://{tenant}.api.zephr.com").
struct Server
{
    struct Variable
    {
        QString name;
        QString defaultValue;
        QStringList enumValues;
        QString description;
    };

    QString url;
    QString description;
    QList<Variable> variables;

    // The URL with every variable replaced by its default.
    QString defaultUrl() const
    {
        QString result = url;
        for (const Variable& variable : variables)
            result.replace(QLatin1Char('{') + variable.name + QLatin1Char('}'), variable.defaultValue);
        return result;
    }
};

} // namespace AccountDesk
