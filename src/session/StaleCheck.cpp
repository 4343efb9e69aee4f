#include "StaleCheck.h"

#include "AccountComparison.h"
#include "openapi/JsonPointer.h"

namespace AccountDesk {
namespace {

bool overlaps(const QString& a, const QString& b)
{
    return JsonPointer::isWithin(a, b) || JsonPointer::isWithin(b, a);
}

} // namespace

std::optional<StaleConflict> StaleCheck::compare(const Provider& provider, const FormModel& model,
                                                 const QJsonObject& snapshot, const QJsonObject& serverNow)
{
    const QStringList changed = model.changedPointers();
    auto isEdited = [&changed](const QString& pointer) {
        for (const QString& edited : changed)
            if (overlaps(edited, pointer))
                return true;
        return false;
    };

    StaleConflict conflict;
    conflict.serverNow = serverNow;
    bool touchesAnEdit = false;
    const QString version = provider.versionMember();
    for (const AccountComparison::Difference& difference :
         AccountComparison::differences(snapshot, serverNow)) {
        StaleConflict::Field field;
        field.pointer = difference.pointer;
        field.label = model.schema().label(difference.pointer);
        field.loaded = FieldValue::of(difference.before);
        field.server = FieldValue::of(difference.after);
        field.yours = model.value(difference.pointer);
        field.edited = isEdited(difference.pointer);
        touchesAnEdit = touchesAnEdit || field.edited;
        if (!version.isEmpty() && overlaps(difference.pointer, version)) {
            conflict.versionChanged = true;
            conflict.fields.prepend(field);
        } else {
            conflict.fields.append(field);
        }
    }
    if (conflict.fields.isEmpty())
        return std::nullopt;
    if (!provider.replacesWholeAccount() && !touchesAnEdit)
        return std::nullopt; // a partial update leaves the other fields as the server has them
    return conflict;
}

} // namespace AccountDesk
