#pragma once

#include "Draft.h"

#include <QList>
#include <QString>

#include <optional>

namespace AccountDesk {

// Drafts as one JSON file per provider and account under <app data>/drafts, written atomically
// (QSaveFile), readable only by the user.
class DraftStore
{
public:
    explicit DraftStore(QString directory = defaultDirectory());

    static QString defaultDirectory();

    bool save(const Draft& draft, QString* error = nullptr) const;
    std::optional<Draft> load(const QString& provider, const QString& account) const;
    void remove(const QString& provider, const QString& account) const;
    // Every draft of a provider, newest first.
    QList<Draft> drafts(const QString& provider) const;

    QString directory() const { return m_directory; }

private:
    QString filePath(const QString& provider, const QString& account) const;
    static std::optional<Draft> read(const QString& path);

    QString m_directory;
};

} // namespace AccountDesk
