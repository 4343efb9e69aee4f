#pragma once

#include "provider/ProviderRegistry.h"
#include "session/AccountSession.h"
#include "store/CredentialManager.h"
#include "store/DraftStore.h"

#include <QMainWindow>

#include <memory>

class QProgressBar;

namespace AccountDesk {

namespace Ui {
class MainWindow;
}

class FormView;
class LogoPicker;

// The operator's window: pick a provider, an environment and an account, load it, edit the form
// generated from the schema, review exactly what will be sent, send it, see the answer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const ProviderRegistry& registry, CredentialStore& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProviderPtr currentProvider() const;
    AccountSession* session() const { return m_session.get(); }
    FormView* formView() const { return m_formView; }
    LogoPicker* logoPicker() const { return m_logoPicker; }

    // Selects a provider by id; false when there is none.
    bool selectProviderById(const QString& id);

    // The actions behind the buttons and shortcuts (public for keyboard-free tests).
    void load();
    void review();
    void sendNow();
    void openCredentials();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void selectProvider(int row);
    void buildSession(const ProviderPtr& provider);
    void fillEnvironments();
    void environmentChosen();
    void baseUrlEdited(const QString& text);
    void accountEdited(const QString& text);
    void profileChosen(const QString& profile);
    void send(bool confirmed);
    bool confirmProduction();
    bool confirmDiscard(const QString& what);
    void updateActions();
    void updateProblems();
    void showActivity(AccountSession::Activity activity);
    void showAnswer(const QString& headline, const QStringList& lines, const QByteArray& body = QByteArray());
    void showBanner(const QString& text);
    void showAbout();
    bool isProductionSelected() const;
    void offerDrafts();
    void discardDraft();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ProviderRegistry& m_registry;
    CredentialManager m_credentials;
    DraftStore m_drafts;
    std::unique_ptr<AccountSession> m_session;
    FormView* m_formView = nullptr;
    LogoPicker* m_logoPicker = nullptr;
    QProgressBar* m_progressBar = nullptr;
    int m_currentRow = -1;
    QString m_keychainProblem;
};

} // namespace AccountDesk
