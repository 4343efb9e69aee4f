#pragma once

#include "form/FieldError.h"
#include "form/FormSchema.h"
#include "http/ApiError.h"
#include "net/ApiResult.h"

#include <QString>

namespace AccountDesk {

// Why a load, a review or a send did not happen or did not succeed, in one shape for the window,
// the command-line tool and bulk runs.
struct SessionFailure
{
    enum class Kind
    {
        InvalidInput, // a value, the account id or the base URL: nothing was sent
        Unchanged,    // the update would change nothing: nothing was sent
        Credentials,  // missing, unusable, or no keychain: nothing was sent
        Outdated,     // the edits, the account or the credentials changed since the review
        Network,      // no complete answer
        Server,       // a non-2xx answer, or an answer that is not an account
        Cancelled
    };

    Kind kind = Kind::InvalidInput;
    QString message;      // one line an operator can act on
    FieldErrors problems; // InvalidInput: each at its place
    ApiError error;       // Server: the parsed answer
    ApiResult result;     // Network, Server, Cancelled: the call as it ended
    // A send that may have reached the server (a timeout, a reset, a cancel after the request
    // left): the update may have been applied, so the operator must check before sending again.
    bool mayHaveBeenApplied = false;

    static SessionFailure simple(Kind kind, const QString& message);
    static SessionFailure invalid(const FieldErrors& problems);
    // A call that did not succeed; `sending` when it was the write (then it may have been applied).
    static SessionFailure of(const ApiResult& result, const FormSchema& form, bool sending);
};

} // namespace AccountDesk
