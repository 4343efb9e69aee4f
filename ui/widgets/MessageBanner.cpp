#include "MessageBanner.h"

namespace AccountDesk {

MessageBanner::MessageBanner(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAutoFillBackground(true);
    setMargin(6);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setVisible(false);
}

void MessageBanner::setMessage(Source source, const QString& text)
{
    if (text.isEmpty())
        m_messages.remove(source);
    else
        m_messages.insert(source, text);
    QStringList lines = m_messages.values();
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

void MessageBanner::reportKeychain(const CredentialStore::Result& probe)
{
    if (probe.status == CredentialStore::Status::Ok) {
        setMessage(Source::Keychain, {});
        return;
    }
    setMessage(Source::Keychain,
               tr("No keychain is available (%1). Credentials can be neither stored nor read, "
                  "and Account Desk never keeps them anywhere else. Start a Secret Service "
                  "such as gnome-keyring and restart.")
                   .arg(probe.message));
}

} // namespace AccountDesk
