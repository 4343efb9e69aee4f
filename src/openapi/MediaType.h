#pragma once

#include "Schema.h"

#include <QHash>
#include <QString>

namespace AccountDesk {

// One content type of a request body, with its schema and, for multipart, each part's content type.
struct MediaType
{
    QString contentType;
    SchemaPtr schema;
    QHash<QString, QString> partContentTypes; // multipart `encoding`: part name -> content type
    QString pointer;
};

} // namespace AccountDesk
