#pragma once

#include "StaleConflict.h"
#include "form/FormModel.h"
#include "provider/Provider.h"

#include <optional>

namespace AccountDesk {

// The client-side stand-in for If-Match, which none of the providers offer: compares the account
// as read again just before a write with the snapshot the edits were made on.
//  - An update that replaces the whole account conflicts when any member differs (the version
//    member, when the hints name one, is compared first and listed first).
//  - A partial update conflicts only when a field being changed was changed on the server.
class StaleCheck
{
public:
    static std::optional<StaleConflict> compare(const Provider& provider, const FormModel& model,
                                                const QJsonObject& snapshot, const QJsonObject& serverNow);
};

} // namespace AccountDesk
