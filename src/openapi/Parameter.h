#pragma once

#include "Schema.h"

#include <QString>

namespace AccountDesk {

// A path, query, header or cookie parameter of an operation.
struct Parameter
{
    QString name;
    QString in; // "path", "query", "header", "cookie"
    QString description;
    bool required = false;
    bool deprecated = false;
    SchemaPtr schema;
    QString pointer; // where it is defined
};

} // namespace AccountDesk
