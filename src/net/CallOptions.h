#pragma once

namespace AccountDesk {

// Limits of one logical call (its retries and redirects included).
struct CallOptions
{
    int timeoutMs = 30000;         // per attempt; restarts whenever data moves
    int maxAttempts = 3;           // 429/503 are retried until this many attempts in all
    int maxRetryAfterSeconds = 30; // a longer Retry-After is not waited for
    int maxRedirects = 5;
};

} // namespace AccountDesk
