#pragma once

#include "store/HistoryEntry.h"
#include "store/HistoryLog.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace AccountDesk {

class ProviderRegistry;

// The record of every update sent (Account → History…, Ctrl+H): the entries newest first, narrowed
// by provider, account, outcome and date; the one selected in full; its edits loaded again onto
// the account ("Edit again"), or the update as a curl command. It only reads the history: nothing
// here sends anything.
class HistoryWindow : public QDialog
{
    Q_OBJECT

public:
    HistoryWindow(const ProviderRegistry& registry, HistoryLog log, QWidget* parent = nullptr);

    // Reads the history again (new entries from this window, the CLI or a bulk run).
    void reload();
    // The entries shown, newest first.
    const QList<HistoryEntry>& shown() const { return m_shown; }
    // Selects the shown entry at `index`.
    void select(int index);
    // Puts the keyboard in the list (the arrow keys walk the updates, Enter edits one again).
    void focusList();

Q_SIGNALS:
    void editAgainRequested(const AccountDesk::HistoryEntry& entry);

private:
    void applyFilter();
    void showSelected();
    void copyAsCurl();
    const HistoryEntry* selected() const;
    HistoryLog::Filter filter() const;

    const ProviderRegistry& m_registry;
    HistoryLog m_log;
    QList<HistoryEntry> m_all; // oldest first, as read
    QList<HistoryEntry> m_shown;
    QComboBox* m_providerComboBox;
    QLineEdit* m_accountLineEdit;
    QComboBox* m_outcomeComboBox;
    QCheckBox* m_sinceCheckBox;
    QDateEdit* m_sinceDateEdit;
    QCheckBox* m_untilCheckBox;
    QDateEdit* m_untilDateEdit;
    QLabel* m_countLabel;
    QTableWidget* m_table;
    QPlainTextEdit* m_detail;
    QLabel* m_messageLabel;
    QPushButton* m_editAgainButton;
    QPushButton* m_copyButton;
};

} // namespace AccountDesk
