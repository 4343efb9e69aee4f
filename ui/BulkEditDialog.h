#pragma once

#include "bulk/BulkJournal.h"
#include "bulk/BulkProgress.h"
#include "bulk/BulkResultModel.h"
#include "bulk/BulkRun.h"
#include "bulk/BulkSheet.h"
#include "session/AccountTarget.h"
#include "store/HistoryLog.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace AccountDesk {

class BulkColumnMapping;
class BulkCommonEdits;
class BulkOutcomesView;
class BulkSourcePicker;
class CredentialStore;
class CsvReader;

// Account → Bulk edit…: one change on many accounts, with the window's rules for each (BulkRun:
// a read per account, its diff checked, the exact request validated, a history entry). The accounts
// come from a CSV file (its columns mapped to fields, pre-filled from the header) or a pasted list
// of ids, with edits for every account. Check finds every problem of every row before anything
// is sent; Dry run reads every account and shows each one's diff; Send confirms production once,
// naming the number of accounts, and shows progress, rate and time left, with Pause, Resume and
// Stop (rows in flight always finish). The outcomes can be filtered and exported (CSV, JSON Lines).
// The dialog's target (server, profile) is fixed when it opens and shown on top: changing the main
// window's environment meanwhile never redirects a run.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(ProviderPtr provider, AccountTarget target, CredentialStore& store,
                   QWidget* parent = nullptr);
    ~BulkEditDialog() override;

    // For tests and the keyboard-free walk.
    void setCsvFile(const QString& path);
    void setAccountIds(const QString& ids);
    BulkCommonEdits* commonEdits() const { return m_commonEdits; }
    BulkColumnMapping* columnMapping() const;
    BulkOutcomesView* outcomes() const { return m_outcomes; }
    const BulkResultModel& results() const { return m_results; }
    QStringList problems() const;
    bool check();
    void dryRun();
    void send();
    void exportTo(const QString& fileName);
    bool isRunning() const { return m_run != nullptr; }
    void reject() override;
    BulkRun* run() const { return m_run.get(); }
    // What it was opened for: the provider, server and profile (the account is each row's).
    const AccountTarget& target() const { return m_target; }
    const ProviderPtr& provider() const { return m_provider; }

Q_SIGNALS:
    void runFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Source
    {
        std::unique_ptr<QIODevice> device;
        std::unique_ptr<CsvReader> reader; // after the header
        std::optional<BulkSheet> sheet;
        QByteArray identity; // the accounts, the mapping, the edits and the target, hashed
    };

    void buildLayout();
    // The chosen accounts opened and their header read; problems listed when that fails.
    std::optional<Source> openSource(FieldErrors& problems);
    void start(bool dryRun);
    void rowFinished(const BulkRun::Result& result);
    void finished();
    void updateButtons();
    void showProgress();
    void showProblems(const FieldErrors& problems);

    ProviderPtr m_provider;
    AccountTarget m_target;
    CredentialStore& m_store;
    HistoryLog m_history;
    bool m_production = false;
    std::unique_ptr<BulkRun> m_run;
    std::optional<Source> m_runSource;
    std::optional<BulkJournal> m_journal;
    BulkResultModel m_results;
    qsizetype m_total = 0;
    BulkProgress m_runProgress; // of the run under way or the last one
    bool m_dryRun = false;
    QByteArray m_checkedIdentity; // of what the last Check found right
    bool m_closeWhenFinished = false;
    QElapsedTimer m_clock;

    BulkSourcePicker* m_source = nullptr;
    BulkCommonEdits* m_commonEdits = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_dryRunButton = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_problems = nullptr;
    BulkOutcomesView* m_outcomes = nullptr;
};

} // namespace AccountDesk
