#pragma once

#include "Draft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AccountDesk {

// Drafts as JSON files under <app data>/drafts, written atomically (QSaveFile), readable only by
// the user. Each draft has a file of its own: a second draft of the same target (edits begun while
// an earlier one was put off for later) never overwrites the first.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::DraftStore)

public:
    explicit DraftStore(QString directory = defaultDirectory());

    static QString defaultDirectory();

    // Writes `draft` to its file, giving it one (`draft.id`) on its first save.
    bool save(Draft& draft, QString* error = nullptr) const;
    // The newest draft of `target`.
    std::optional<Draft> load(const AccountTarget& target) const;
    // True when the draft's file is gone.
    bool remove(const Draft& draft) const;
    // Every draft of a provider, newest first.
    QList<Draft> drafts(const QString& provider) const;

    QString directory() const { return m_directory; }

private:
    static QString prefix(const AccountTarget& target);
    static std::optional<Draft> read(const QString& path);

    QString m_directory;
};

} // namespace AccountDesk
