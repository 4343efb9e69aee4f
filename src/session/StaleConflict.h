#pragma once

#include "AccountTarget.h"
#include "form/FieldValue.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace AccountDesk {

// Someone else changed the account between the read the edits were made on and now. Nothing was
// sent; this is what differs, for the operator to see before anything is written.
struct StaleConflict
{
    struct Field
    {
        QString pointer;
        QString label;
        FieldValue loaded; // what the edits were made on
        FieldValue server; // what the server holds now
        FieldValue yours;  // what would be sent
        bool edited = false;
    };

    AccountTarget target;
    QJsonObject serverNow; // the account as just read
    QList<Field> fields;   // every member that differs, the version member first
    bool versionChanged = false;
};

} // namespace AccountDesk
