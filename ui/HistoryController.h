#pragma once

#include "store/HistoryEntry.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace AccountDesk {

class HistoryWindow;
class MainWindow;
class ProviderRegistry;

// Opens the History window from the main window and carries out its "Edit again": the entry's
// provider, server, account and profile are chosen, the account is loaded fresh from the server,
// and the entry's edits are put on top, to be reviewed and sent like any other edit. Unsent edits
// are discarded only when the operator says so; a failed load applies nothing and says why (the
// entry stays in the history, so nothing is lost).
class HistoryController : public QObject
{
    Q_OBJECT

public:
    HistoryController(MainWindow& window, const ProviderRegistry& registry, QAction* openAction);

    void open();
    void editAgain(const HistoryEntry& entry);
    // The window once it was opened (tests).
    HistoryWindow* window() const;

private:
    void applyEdits(const HistoryEntry& entry);
    void tell(const QString& text);

    MainWindow& m_main;
    const ProviderRegistry& m_registry;
    QPointer<HistoryWindow> m_window;
    QMetaObject::Connection m_loaded;
    QMetaObject::Connection m_loadFailed;
};

} // namespace AccountDesk
