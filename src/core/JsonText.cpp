#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AccountDesk {

QByteArray JsonText::compact(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace AccountDesk
