#pragma once

namespace AccountDesk {

// The exit codes of accountdesk-cli (../shared/CLI.md): scripts depend on them, never renumber.
enum class ExitCode : int
{
    Success = 0,
    InternalError = 1,
    InvalidInput = 2,
    ServerError = 3,
    NetworkFailure = 4,
    CredentialsUnavailable = 5,
};

} // namespace AccountDesk
