#pragma once

#include "session/PreparedUpdate.h"

#include <QDialog>

class QPlainTextEdit;
class QTableWidget;

namespace AccountDesk {

// Review before sending: the field-by-field diff (old → new) and the exact request with every
// secret shown as ***, with "Copy as curl". Accepting the dialog means "send it".
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RequestPreviewDialog(const PreparedUpdate& update, const QString& destination, QWidget* parent = nullptr);

    QString requestText() const;
    void copyAsCurl() const;

    static QString describe(const FieldValue& value);

private:
    PreparedUpdate m_update;
    QTableWidget* m_diffTable;
    QPlainTextEdit* m_requestEdit;
};

} // namespace AccountDesk
