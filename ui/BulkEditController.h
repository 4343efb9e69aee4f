#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace AccountDesk {

class BulkEditDialog;
class CredentialStore;
class MainWindow;

// Opens Account → Bulk edit… for the provider, server and profile the main window shows at that
// moment. One bulk edit at a time: while one is open, the action brings it back (its own target
// stays on top of it), so a running or prepared edit is never replaced by accident; when the window
// has moved to another provider, server or profile meanwhile, the operator is told so first.
class BulkEditController : public QObject
{
    Q_OBJECT

public:
    BulkEditController(MainWindow& window, CredentialStore& store, QAction* openAction);

    void open();
    BulkEditDialog* dialog() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow& m_main;
    CredentialStore& m_store;
    QPointer<BulkEditDialog> m_dialog;
};

} // namespace AccountDesk
