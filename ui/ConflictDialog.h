#pragma once

#include "session/StaleConflict.h"

#include <QDialog>

class QTableWidget;

namespace AccountDesk {

// Someone else changed the account: per differing field, the value the edits were made on, the
// value on the server now, and the operator's. Nothing has been sent. Accepting takes the server's
// values for every field the operator did not edit (their edits stay); rejecting changes nothing.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason
    {
        BeforeSending, // found by the read just before a write
        RestoringDraft // found when a restored draft was compared with the server
    };

    ConflictDialog(const StaleConflict& conflict, Reason reason, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace AccountDesk
