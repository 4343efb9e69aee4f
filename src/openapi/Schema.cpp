#include "Schema.h"

namespace AccountDesk {

QString Schema::typeName(Type type)
{
    switch (type) {
    case Type::Any:
        return QStringLiteral("any");
    case Type::String:
        return QStringLiteral("string");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return QString();
}

std::optional<Schema::Type> Schema::typeFromName(const QString& name)
{
    for (const Type type :
         {Type::String, Type::Integer, Type::Number, Type::Boolean, Type::Array, Type::Object})
        if (typeName(type) == name)
            return type;
    return std::nullopt;
}

} // namespace AccountDesk
