#include "SessionRun.h"

#include <QEventLoop>

namespace AccountDesk {
namespace {

// Connects `session`'s ending signals to `outcome`, runs `start`, and waits until one fired.
SessionRun::Outcome wait(AccountSession& session, const std::function<void()>& start)
{
    SessionRun::Outcome outcome;
    bool done = false;
    QEventLoop loop;
    auto finish = [&] {
        done = true;
        loop.quit();
    };
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(&session, &AccountSession::loaded, &loop, [&] {
        outcome.succeeded = true;
        finish();
    });
    connections << QObject::connect(&session, &AccountSession::sent, &loop, [&](const ApiResult& result) {
        outcome.succeeded = true;
        outcome.result = result;
        finish();
    });
    auto failed = [&](const SessionFailure& failure) {
        outcome.failure = failure;
        outcome.result = failure.result;
        finish();
    };
    connections << QObject::connect(&session, &AccountSession::loadFailed, &loop, failed);
    connections << QObject::connect(&session, &AccountSession::sendFailed, &loop, failed);
    connections << QObject::connect(
        &session, &AccountSession::conflictFound, &loop, [&](const StaleConflict& conflict) {
            outcome.conflict = conflict;
            outcome.failure.kind = SessionFailure::Kind::Outdated;
            outcome.failure.message = QStringLiteral("the account changed on the server; nothing was sent");
            finish();
        });
    start();
    if (!done)
        loop.exec();
    for (const QMetaObject::Connection& connection : std::as_const(connections))
        QObject::disconnect(connection);
    return outcome;
}

} // namespace

SessionRun::Outcome SessionRun::load(AccountSession& session)
{
    return wait(session, [&session] { session.load(); });
}

AccountSession::Prepared SessionRun::prepare(AccountSession& session, AccountSession::PrepareMode mode)
{
    std::optional<AccountSession::Prepared> prepared;
    QEventLoop loop;
    session.prepare(
        [&](const AccountSession::Prepared& result) {
            prepared = result;
            loop.quit();
        },
        mode);
    if (!prepared)
        loop.exec();
    return *prepared;
}

SessionRun::Outcome SessionRun::send(AccountSession& session, const PreparedUpdate& update)
{
    return wait(session, [&] { session.send(update); });
}

} // namespace AccountDesk
