#pragma once

#include <QtGlobal>

namespace AccountDesk {

// Limits of one logical call. An exchange is one HTTP request and its answer: every retry and every
// redirect hop is an exchange of its own, with its own deadline and idle timeout.
struct CallOptions
{
    // Deadline of one exchange, from starting to connect to the last byte of the answer, however
    // steadily data trickles in. The CLI's --timeout. 0 or less: no deadline.
    int timeoutMs = 30000;
    // An exchange in which no byte moves (either way) for this long ends; restarts whenever data
    // moves. The effective idle timeout is min(idleTimeoutMs, timeoutMs). 0 or less: none.
    int idleTimeoutMs = 30000;
    int maxAttempts = 3;           // 429/503 are retried until this many attempts in all
    int maxRetryAfterSeconds = 30; // a longer Retry-After is not waited for: the 429/503 is the result
    int maxRedirects = 5;
    // A longer answer body ends the exchange as a failure as soon as it passes the limit, as does a
    // Content-Length announcing more. Counted after Qt's transparent decompression.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

} // namespace AccountDesk
