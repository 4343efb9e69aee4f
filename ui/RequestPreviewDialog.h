#pragma once

#include "session/PreparedUpdate.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace AccountDesk {

// Review before sending: the field-by-field diff (old → new), what a replacement does not send
// back, and the exact request with every secret shown as *** (a multipart body part by part),
// with "Copy as curl". Accepting the dialog means "send this very request".
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RequestPreviewDialog(const PreparedUpdate& update, QWidget* parent = nullptr);

    QString requestText() const;
    void copyAsCurl() const;
    QListWidget* notSentBackList() const { return m_notSentBackList; }

    static QString describe(const FieldValue& value);

private:
    PreparedUpdate m_update;
    QTableWidget* m_diffTable;
    QListWidget* m_notSentBackList = nullptr;
    QPlainTextEdit* m_requestEdit;
};

} // namespace AccountDesk
