#pragma once

#include <QObject>

class QAction;

namespace AccountDesk {

class MainWindow;
class ProviderRegistry;

// File → Import OpenAPI… and File → Remove imported provider…: runs the import dialog, or removes
// the imported provider in use after asking, then has the window list the providers again. A
// provider replaced while it is open is opened again from its new files; bundled providers can
// never be removed.
class ProviderImportController : public QObject
{
    Q_OBJECT

public:
    ProviderImportController(MainWindow& window, ProviderRegistry& registry, QAction* importAction,
                             QAction* removeAction);

    void importDocument();
    void removeCurrent();

private:
    // Says so and gives true while a bulk edit is open.
    bool bulkEditOpen();
    QString currentImportedId() const;

    MainWindow& m_main;
    ProviderRegistry& m_registry;
};

} // namespace AccountDesk
