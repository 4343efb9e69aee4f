#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace AccountDesk {

// What a bulk run has done, row by row, so that a run killed halfway can be resumed without writing
// any account twice: `started` before a row's write, synced to disk before the write goes out, its
// outcome after (JSON Lines), under the SHA-256 of the CSV it belongs to. One run at a time uses a
// journal: two runs resuming the same one would both see a row undone and both write it.
class BulkJournal
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::BulkJournal)

public:
    enum class State
    {
        None,
        Started, // written maybe: read the account again before anything else
        Done,    // updated or unchanged: skip
        Failed   // retry
    };

    // Opens (or creates) the journal at `path` for the CSV with `csvSha256` and holds it for this
    // run (a lock file beside it, given up when the last copy of this object goes); a journal of
    // another CSV, one another running process holds, or one that cannot be written is refused with
    // the reason. A lock left by a killed run is taken over: its process is gone.
    static std::optional<BulkJournal> open(const QString& path, const QByteArray& csvSha256,
                                           QString& problem);

    // Where the window keeps the journal of a run it identifies by `identity` (a SHA-256 of the
    // accounts, the edits and the target): a run cut short is found again by doing the same again.
    static QString defaultPath(const QByteArray& identity);

    State state(qsizetype row) const { return m_states.value(row, State::None); }
    // How many rows are in `state`.
    qsizetype count(State state) const;
    // Removes the journal from disk once its run has nothing left to do, and lets it go.
    bool discard();
    bool started(qsizetype row);
    bool finished(qsizetype row, const QString& outcome);

private:
    BulkJournal() = default;
    enum class Durability
    {
        Synced, // on disk before this returns
        Flushed // handed to the system, on disk soon
    };
    bool append(const QByteArray& line, Durability durability = Durability::Synced);

    std::shared_ptr<QLockFile> m_lock;
    std::shared_ptr<QFile> m_file;
    QHash<qsizetype, State> m_states;
};

} // namespace AccountDesk
