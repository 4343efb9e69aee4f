#include "SessionFailure.h"

#include "http/ApiErrorParser.h"

#include <QCoreApplication>

namespace AccountDesk {

SessionFailure SessionFailure::simple(Kind kind, const QString& message)
{
    SessionFailure failure;
    failure.kind = kind;
    failure.message = message;
    return failure;
}

SessionFailure SessionFailure::invalid(const FieldErrors& problems)
{
    SessionFailure failure;
    failure.kind = Kind::InvalidInput;
    failure.problems = problems;
    failure.message = problems.isEmpty() ? QString() : problems.first().message;
    return failure;
}

SessionFailure SessionFailure::of(const ApiResult& result, const FormSchema& form, bool sending)
{
    SessionFailure failure;
    failure.result = result;
    failure.mayHaveBeenApplied =
        sending && result.outcome != ApiResult::Outcome::Answered && result.requestMayHaveArrived;
    switch (result.outcome) {
    case ApiResult::Outcome::Cancelled:
        failure.kind = Kind::Cancelled;
        failure.message = QCoreApplication::translate("SessionFailure", "Cancelled.");
        break;
    case ApiResult::Outcome::NetworkFailure:
        failure.kind = Kind::Network;
        failure.message =
            QCoreApplication::translate("SessionFailure", "Network failure: %1").arg(result.errorMessage);
        break;
    case ApiResult::Outcome::Answered:
        failure.kind = Kind::Server;
        failure.error =
            ApiErrorParser(&form).parse(result.status, result.header("Content-Type"), result.body);
        failure.message = result.statusLine();
        break;
    }
    if (failure.mayHaveBeenApplied)
        failure.message +=
            QLatin1Char(' ') + QCoreApplication::translate("SessionFailure",
                                                           "The update may have been applied: load "
                                                           "the account to check before sending again.");
    return failure;
}

} // namespace AccountDesk
