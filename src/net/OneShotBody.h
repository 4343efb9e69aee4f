#pragma once

#include <QByteArray>
#include <QIODevice>

namespace AccountDesk {

// A request body Qt can read only once. Qt 6.4 silently writes a request again on a new connection
// when the server closes or resets the first one before the status line: with a body it cannot
// rewind, Qt gives up with ContentReSendError instead, so an update is never sent twice behind the
// caller's back. Sequential, so Qt streams it (with DoNotBufferUploadDataAttribute) and never
// keeps a rewindable copy.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray bytes, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_bytes;
    qint64 m_position = 0;
};

} // namespace AccountDesk
