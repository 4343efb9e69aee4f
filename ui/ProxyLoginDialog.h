#pragma once

#include "net/ProxyAuthenticator.h"

#include <QDialog>

class QLineEdit;

namespace AccountDesk {

// Asks for a proxy's user name and password when the proxy wants them (once per session). What is
// typed is kept in memory until Account Desk quits and written nowhere.
class ProxyLoginDialog : public QDialog
{
    Q_OBJECT

public:
    ProxyLoginDialog(const QString& proxy, const QString& user, bool refused, QWidget* parent = nullptr);

    ProxyAuthenticator::Login login() const;

    // The asker the window installs: a modal dialog over the active window.
    static ProxyAuthenticator::Asker asker();

private:
    QLineEdit* m_userEdit;
    QLineEdit* m_passwordEdit;
};

} // namespace AccountDesk
