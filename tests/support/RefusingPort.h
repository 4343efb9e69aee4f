#pragma once

#include <QString>
#include <QtGlobal>

namespace AccountDesk::TestSupport {

// A port on 127.0.0.1 where nothing listens, so a connection to it is refused, and which no other
// socket can take while this object lives: it is bound without SO_REUSEADDR and never listens.
// (Closing a probe server instead would free the port for any test running alongside.)
class RefusingPort
{
public:
    RefusingPort();
    ~RefusingPort();
    RefusingPort(const RefusingPort&) = delete;
    RefusingPort& operator=(const RefusingPort&) = delete;

    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

} // namespace AccountDesk::TestSupport
