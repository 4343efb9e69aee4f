#include "ProxyLoginDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace AccountDesk {

ProxyLoginDialog::ProxyLoginDialog(const QString& proxy, const QString& user, bool refused, QWidget* parent)
    : QDialog(parent)
    , m_userEdit(new QLineEdit(user, this))
    , m_passwordEdit(new QLineEdit(this))
{
    setWindowTitle(tr("Proxy login"));
    setObjectName(QStringLiteral("proxyLoginDialog"));
    auto* message =
        new QLabel((refused ? tr("The proxy %1 did not accept that user name and password.")
                            : tr("The proxy %1 asks for a user name and password."))
                           .arg(proxy) +
                       QLatin1Char(' ') + tr("They are kept until Account Desk quits, and written nowhere."),
                   this);
    message->setWordWrap(true);
    m_userEdit->setObjectName(QStringLiteral("proxyUserLineEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("proxyPasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (user.isEmpty() ? m_userEdit : m_passwordEdit)->setFocus();
}

ProxyAuthenticator::Login ProxyLoginDialog::login() const
{
    return {m_userEdit->text().trimmed(), m_passwordEdit->text()};
}

ProxyAuthenticator::Asker ProxyLoginDialog::asker()
{
    return [](const QString& proxy, const QString& user,
              bool refused) -> std::optional<ProxyAuthenticator::Login> {
        ProxyLoginDialog dialog(proxy, user, refused, QApplication::activeWindow());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.login();
    };
}

} // namespace AccountDesk
