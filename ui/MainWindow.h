#pragma once

#include "provider/ProviderRegistry.h"
#include "session/AccountSession.h"
#include "store/CredentialManager.h"

#include <QMainWindow>

#include <memory>

class QProgressBar;

namespace AccountDesk {

namespace Ui {
class MainWindow;
}

class DraftController;
class EditGuard;
class FormView;
class LogoPicker;
class ProviderForm;
class ReportPanel;
class SendFlow;
class TargetBar;

// The operator's window: pick a provider, an environment and an account, load it, edit the form
// generated from the schema, review exactly what will be sent, send it, see the answer. Every
// rule about what may be sent lives in AccountSession; this class renders and asks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `initialProvider`: the id to start with; empty for the one used last. The window keeps its own
    // registry, which File → Import and Remove reload.
    MainWindow(ProviderRegistry registry, CredentialStore& store, const QString& initialProvider = QString(),
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ProviderPtr currentProvider() const;
    AccountSession* session() const { return m_session.get(); }
    FormView* formView() const;
    LogoPicker* logoPicker() const;
    TargetBar* targetBar() const;

    // Selects a provider by id; false when there is none.
    bool selectProviderById(const QString& id);
    // Lists the registry's providers again and selects `selectId` (empty: the one in use stays).
    void refreshProviders(const QString& selectId);
    // Builds the current provider's form again from the registry (after its files were replaced).
    void reopenProvider();

    // The actions behind the buttons and shortcuts (public for keyboard-free tests).
    void load();
    void review();
    void sendNow();
    void openCredentials();
    void saveDraftNow();
    // Drops every unsent edit and its draft (the caller has asked the operator).
    void discardEdits();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void selectProvider(int row);
    void buildSession(const ProviderPtr& provider);
    void connectSession(AccountSession* session);
    void updateActions();
    void updateProblems();
    void showActivity(AccountSession::Activity activity);
    void showFailure(const QString& what, const SessionFailure& failure);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProviderRegistry m_registry;
    CredentialManager m_credentials;
    DraftController* m_drafts = nullptr;
    ReportPanel* m_reports = nullptr;
    SendFlow* m_sendFlow = nullptr;
    EditGuard* m_guard = nullptr;
    std::unique_ptr<AccountSession> m_session;
    ProviderForm* m_providerForm = nullptr;
    QProgressBar* m_progressBar = nullptr;
    int m_currentRow = -1;
    QString m_activityText; // the status line shown for the current activity
};

} // namespace AccountDesk
