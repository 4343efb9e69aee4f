#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace AccountDesk {

// Any JSON value as compact JSON text, scalars included ("7", "\"a\"", "null", "[1,2]").
// QJsonDocument writes only arrays and objects, so the value is wrapped in an array and unwrapped.
class JsonText
{
public:
    static QByteArray compact(const QJsonValue& value);
};

} // namespace AccountDesk
