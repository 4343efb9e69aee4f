#pragma once

#include "store/CredentialStore.h"

#include <QLabel>
#include <QMap>

namespace AccountDesk {

// A strip above the form for what must stay in view (no keychain, edits not being saved,
// production): several sources set or clear their own line; it hides when all are clear.
class MessageBanner : public QLabel
{
    Q_OBJECT

public:
    enum class Source
    {
        Keychain,
        Drafts,
        History,
        Production
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    // An empty `text` clears the line of `source`.
    void setMessage(Source source, const QString& text);
    // The keychain's line from the answer to a probe: a warning unless the keychain works.
    void reportKeychain(const CredentialStore::Result& probe);

private:
    QMap<Source, QString> m_messages;
};

} // namespace AccountDesk
