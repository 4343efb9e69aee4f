#pragma once

#include "session/AccountSession.h"

namespace AccountDesk {

// Runs one asynchronous AccountSession operation to its end in a local event loop: how the
// command-line tool (and each bulk row) waits for the session the window drives without waiting.
class SessionRun
{
public:
    struct Outcome
    {
        bool succeeded = false;
        SessionFailure failure;                // when it did not succeed
        std::optional<StaleConflict> conflict; // a write refused because the account changed
        ApiResult result;                      // a send's answer
    };

    static Outcome load(AccountSession& session);
    static AccountSession::Prepared prepare(AccountSession& session, AccountSession::PrepareMode mode);
    static Outcome send(AccountSession& session, const PreparedUpdate& update);
};

} // namespace AccountDesk
