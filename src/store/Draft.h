#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AccountDesk {

// Unsent edits of one account, kept on disk so that a crash or a closed window loses nothing.
// Holds only body values (never credentials) and what was loaded, to show the diff again.
struct Draft
{
    QString provider;
    QString account; // empty for providers without an account id (quiva)
    QString baseUrl;
    bool wasLoaded = false;
    QJsonObject loaded;
    QJsonObject edited;
    QDateTime savedAt;
};

} // namespace AccountDesk
