#pragma once

#include "Draft.h"

#include <QList>
#include <QString>

#include <optional>

namespace AccountDesk {

// Drafts as one JSON file per target (provider, server, account, profile) under
// <app data>/drafts, written atomically (QSaveFile), readable only by the user.
class DraftStore
{
public:
    explicit DraftStore(QString directory = defaultDirectory());

    static QString defaultDirectory();

    bool save(const Draft& draft, QString* error = nullptr) const;
    std::optional<Draft> load(const AccountTarget& target) const;
    // True when no draft of `target` is left on disk.
    bool remove(const AccountTarget& target) const;
    // Every draft of a provider, newest first.
    QList<Draft> drafts(const QString& provider) const;

    QString directory() const { return m_directory; }

private:
    QString filePath(const AccountTarget& target) const;
    static std::optional<Draft> read(const QString& path);

    QString m_directory;
};

} // namespace AccountDesk
