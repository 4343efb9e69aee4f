#pragma once

#include "PreparedUpdate.h"
#include "SessionFailure.h"
#include "store/HistoryEntry.h"

#include <QCoreApplication>

namespace AccountDesk {

class HistoryLog;

// The history entry of an update that was sent: what Review showed (method, URL, request id, the
// field changes) and how it ended. Built from the prepared update, which holds no secret.
class SendRecord
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::SendRecord)

public:
    static HistoryEntry of(const PreparedUpdate& update, const ApiResult& result, qint64 durationMs,
                           const QString& source, const SessionFailure* failure);
    // Appends it to `history` (nothing when null); why it could not be written, else empty.
    static QString write(const HistoryLog* history, const PreparedUpdate& update, const ApiResult& result,
                         qint64 durationMs, const QString& source, const SessionFailure* failure);
};

} // namespace AccountDesk
