#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace AccountDesk {

// Records, for every object of an already validated JSON text, its keys in document order.
class JsonKeyOrderScanner
{
public:
    static QHash<QString, QStringList> scan(const QByteArray& json);
};

} // namespace AccountDesk
