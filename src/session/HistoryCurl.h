#pragma once

#include "CurlCommand.h"
#include "provider/Provider.h"
#include "store/HistoryEntry.h"

namespace AccountDesk {

// "Copy as curl" for an update in the history. The history keeps where an update went and what it
// changed, not its bytes: for a partial update (PATCH) that is the whole body, so the command sends
// the same update again, with the credentials as environment variables. A replacement (PUT) sends
// the whole account, which the history does not keep; a command with only the changed fields would
// wipe the rest, so there is none, and the problem says how to get one (edit again, then review).
class HistoryCurl
{
public:
    static CurlCommand::Result build(const HistoryEntry& entry, const Provider* provider);
};

} // namespace AccountDesk
