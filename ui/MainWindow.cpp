#include "MainWindow.h"

#include "AboutBox.h"
#include "BulkEditController.h"
#include "CredentialsDialog.h"
#include "DraftController.h"
#include "EditGuard.h"
#include "FirstPaint.h"
#include "HistoryController.h"
#include "PreferencesDialog.h"
#include "ProviderForm.h"
#include "ProviderImportController.h"
#include "ReportPanel.h"
#include "SendFlow.h"
#include "TabChain.h"
#include "TargetBar.h"
#include "WindowLayout.h"
#include "core/ApplicationIdentity.h"
#include "form/FormView.h"
#include "ui_MainWindow.h"
#include "widgets/MessageBanner.h"

#include <QCloseEvent>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>

namespace AccountDesk {

MainWindow::MainWindow(ProviderRegistry registry, CredentialStore& store, const QString& initialProvider,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_registry(std::move(registry))
    , m_credentials(store)
    , m_drafts(new DraftController(this))
{
    m_ui->setupUi(this);
    m_reports =
        new ReportPanel(m_ui->bottomTabWidget, m_ui->problemsListWidget, m_ui->answerPlainTextEdit, this);
    m_sendFlow = new SendFlow(this, *m_reports);
    connect(m_sendFlow, &SendFlow::historyProblem, m_ui->bannerLabel, [this](const QString& text) {
        m_ui->bannerLabel->setMessage(MessageBanner::Source::History, text);
    });
    connect(m_sendFlow, &SendFlow::status, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_guard = new EditGuard(this, *m_ui->targetBar, *m_drafts);
    setWindowTitle(ApplicationIdentity::displayName());
    QFont titleFont = m_ui->providerNameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->providerNameLabel->setFont(titleFont);
    WindowLayout::arrange(this, m_ui->mainSplitter, m_ui->formSplitter);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("activityProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setVisible(false);
    statusBar()->addPermanentWidget(m_progressBar);
    // Buttons mirror the menu actions, so the shortcuts work from anywhere in the window.
    connect(m_ui->loadAction, &QAction::triggered, this, &MainWindow::load);
    connect(m_ui->reviewAction, &QAction::triggered, this, &MainWindow::review);
    connect(m_ui->sendAction, &QAction::triggered, this, &MainWindow::sendNow);
    connect(m_ui->revertAction, &QAction::triggered, this, [this] {
        if (m_guard->confirmDiscard(tr("Revert all edits?")))
            discardEdits();
    });
    new HistoryController(*this, m_registry, m_ui->historyAction);
    new BulkEditController(*this, store, m_ui->bulkEditAction);
    new ProviderImportController(*this, m_registry, m_ui->importAction, m_ui->removeProviderAction);
    connect(m_ui->providerListWidget, &QListWidget::currentRowChanged, this, &MainWindow::selectProvider);
    connect(m_ui->cancelAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_ui->credentialsAction, &QAction::triggered, this, &MainWindow::openCredentials);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->preferencesAction, &QAction::triggered, this, [this] { PreferencesDialog(this).exec(); });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] { AboutBox::show(this); });
    connect(m_ui->targetBar->credentialsButton(), &QPushButton::clicked, m_ui->credentialsAction,
            &QAction::trigger);
    for (QAction* action : {m_ui->loadAction, m_ui->reviewAction, m_ui->sendAction})
        action->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    connect(m_ui->targetBar, &TargetBar::targetEdited, this, &MainWindow::updateProblems);
    connect(m_guard, &EditGuard::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_drafts, &DraftController::problemChanged, this, [this](const QString& problem) {
        m_ui->bannerLabel->setMessage(MessageBanner::Source::Drafts, problem);
    });
    connect(m_reports, &ReportPanel::problemActivated, this,
            [this](const QString& pointer, FieldError::Location location) {
                if (location == FieldError::Location::Body && m_providerForm)
                    m_providerForm->formView()->focusField(pointer);
                else if (location != FieldError::Location::Other)
                    m_ui->targetBar->focusPart(location);
            });

    // Listed from their hints; a provider's spec is read when it is chosen.
    refreshProviders(initialProvider.isEmpty()
                         ? QSettings().value(QStringLiteral("window/provider")).toString()
                         : initialProvider);
    m_ui->providerListWidget->setFocus();

    // The keychain is asked once the window is on screen: D-Bus need not hold up the first paint.
    FirstPaint::then(this, [this] {
        QPointer<MessageBanner> banner(m_ui->bannerLabel);
        m_credentials.probe([banner](const CredentialStore::Result& result) {
            if (banner)
                banner->reportKeychain(result);
        });
    });
}

MainWindow::~MainWindow()
{
    m_drafts->attach(nullptr);
}

TargetBar* MainWindow::targetBar() const
{
    return m_ui->targetBar;
}

FormView* MainWindow::formView() const
{
    return m_providerForm ? m_providerForm->formView() : nullptr;
}

LogoPicker* MainWindow::logoPicker() const
{
    return m_providerForm ? m_providerForm->logoPicker() : nullptr;
}

ProviderPtr MainWindow::currentProvider() const
{
    return m_session ? m_registry.provider(m_session->provider().id()) : nullptr;
}

bool MainWindow::selectProviderById(const QString& id)
{
    const int row = m_ui->providerListWidget->rowOf(id);
    if (row >= 0)
        m_ui->providerListWidget->setCurrentRow(row);
    return row >= 0;
}

void MainWindow::refreshProviders(const QString& selectId)
{
    // The provider in use stays current unless another is asked for; a new list is built silently.
    const QString current = m_ui->providerListWidget->idAt(m_currentRow);
    m_ui->providerListWidget->fill(m_registry.listing(), current);
    m_currentRow = m_ui->providerListWidget->currentRow();
    const int wanted = m_ui->providerListWidget->rowOf(selectId.isEmpty() ? current : selectId);
    if (wanted >= 0 && wanted != m_currentRow)
        m_ui->providerListWidget->setCurrentRow(wanted);
    else if (m_currentRow < 0)
        m_ui->providerListWidget->setCurrentRow(qMax(0, wanted)); // the one in use went away
    if (m_ui->providerListWidget->count() == 0)
        buildSession(nullptr);
}

void MainWindow::reopenProvider()
{
    // Its files were replaced: the form is built again from them, once the operator lets go of edits.
    if (m_session && m_guard->release(tr("The provider was replaced and its form is built again. The unsent "
                                         "edits of %1 can be kept as a draft or discarded.")))
        buildSession(m_registry.provider(m_session->provider().id()));
}

void MainWindow::selectProvider(int row)
{
    if (row == m_currentRow)
        return;
    if (!m_guard->release(tr("Switch to another provider? The unsent edits of %1 can be kept as a draft or "
                             "discarded."))) {
        const QSignalBlocker blocker(m_ui->providerListWidget);
        m_ui->providerListWidget->setCurrentRow(m_currentRow);
        return;
    }
    m_currentRow = row;
    const QString id = m_ui->providerListWidget->idAt(row);
    buildSession(id.isEmpty() ? nullptr : m_registry.provider(id));
    if (!m_session && !id.isEmpty())
        m_ui->operationLabel->setText(m_registry.whyNot(id)); // a broken spec says why
}

void MainWindow::buildSession(const ProviderPtr& provider)
{
    m_drafts->attach(nullptr);
    if (m_session)
        m_session->cancel();
    delete m_ui->formScrollArea->takeWidget();
    m_providerForm = nullptr;
    m_session.reset();
    m_reports->clearAnswer();
    m_sendFlow->setSession(nullptr);
    m_guard->setSession(nullptr);
    m_ui->targetBar->setProvider(provider.get());
    if (!provider) {
        m_ui->providerNameLabel->setText(tr("No provider"));
        m_ui->operationLabel->setText(tr("No provider could be loaded."));
        updateActions();
        return;
    }
    QSettings().setValue(QStringLiteral("window/provider"), provider->id());
    m_session = std::make_unique<AccountSession>(provider, m_credentials.store());
    AccountSession* session = m_session.get();
    m_ui->providerNameLabel->setText(provider->displayName());
    m_ui->operationLabel->setText(QStringLiteral("%1 — %2%3")
                                      .arg(provider->updateOperation().displayName(), provider->description(),
                                           provider->replacesWholeAccount()
                                               ? tr(" Replaces the whole account: load it before sending.")
                                               : tr(" Sends only the fields you change.")));

    m_providerForm = new ProviderForm(*session);
    m_ui->formScrollArea->setWidget(m_providerForm);
    // The form joined the window last; on screen it comes before the tabs below it.
    TabChain::placeAfter(m_providerForm, {m_ui->bottomTabWidget}); // with the lists on its pages
    connect(m_providerForm->formView(), &FormView::problemsChanged, this, [this] { updateProblems(); });
    connectSession(session);
    m_sendFlow->setSession(session);
    m_guard->setSession(session);
    m_guard->applyTarget(m_ui->targetBar->target(), true);
    m_drafts->attach(session);
    if (m_drafts->offer()) {
        m_ui->targetBar->showTarget(m_session->target());
        statusBar()->showMessage(
            tr("Restored the unsent edits of %1.").arg(m_session->target().accountName()), 8000);
        if (m_session->needsVerification())
            m_session->verify();
    }
    updateProblems();
}

void MainWindow::connectSession(AccountSession* session)
{
    connect(session, &AccountSession::revisionChanged, this, &MainWindow::updateActions);
    connect(session, &AccountSession::targetChanged, this, [this] {
        m_ui->targetBar->rememberTarget(m_session->target()); // only a target the session took
        updateProblems();
    });
    connect(session, &AccountSession::retrying, this, [this](int attempt, int wait) {
        statusBar()->showMessage(tr("The server is busy; attempt %1 in %2 s…").arg(attempt).arg(wait));
    });
    connect(session, &AccountSession::activityChanged, this, &MainWindow::showActivity);
    connect(session, &AccountSession::loaded, this, [this] {
        if (m_sendFlow->takeReloadAfterSend()) {
            statusBar()->showMessage(tr("Sent; the form shows the account as read again."), 10000);
        } else {
            statusBar()->showMessage(tr("Loaded %1.").arg(m_session->target().accountName()), 8000);
            m_reports->showAnswer(tr("Loaded."), {},
                                  QJsonDocument(m_session->model().loaded()).toJson(QJsonDocument::Indented));
            m_ui->bottomTabWidget->setCurrentWidget(m_ui->problemsTab);
        }
        updateProblems();
    });
    connect(session, &AccountSession::loadFailed, this, [this](const SessionFailure& failure) {
        showFailure(m_sendFlow->takeReloadAfterSend()
                        ? tr("The update was accepted, but reading the account again failed")
                        : tr("Loading failed"),
                    failure);
    });
    connect(session, &AccountSession::sendFailed, this, [this](const SessionFailure& failure) {
        showFailure(tr("Not sent or not accepted"), failure);
        if (m_providerForm)
            m_providerForm->formView()->setServerErrors(failure.error.fieldErrors);
        statusBar()->showMessage(failure.mayHaveBeenApplied
                                     ? tr("The update may have been applied: load the account to check.")
                                     : tr("The update failed; every edit is still here."),
                                 10000);
    });
}

void MainWindow::updateActions()
{
    const bool idle = m_session && m_session->activity() == AccountSession::Activity::Idle;
    const bool formOk = m_providerForm && m_providerForm->formView()->problems().isEmpty();
    const FieldErrors blockers = m_guard->readinessProblems();
    const bool canLoad =
        idle && m_session->connectionErrors().isEmpty() && m_session->provider().readOperation();
    const bool canSend = idle && blockers.isEmpty() && formOk && m_session->hasUnsentChanges();
    const bool canRevert = idle && m_session->hasUnsentChanges();
    for (auto [action, button, enabled] :
         {std::tuple{m_ui->loadAction, m_ui->loadPushButton, canLoad},
          std::tuple{m_ui->reviewAction, m_ui->reviewPushButton, canSend},
          std::tuple{m_ui->sendAction, m_ui->sendPushButton, canSend},
          std::tuple{m_ui->revertAction, m_ui->revertPushButton, canRevert},
          std::tuple{m_ui->cancelAction, m_ui->cancelPushButton, m_session && !idle},
          std::tuple{m_ui->credentialsAction, m_ui->targetBar->credentialsButton(), m_session != nullptr}}) {
        action->setEnabled(enabled);
        button->setEnabled(enabled);
    }
    QString why;
    if (idle && !canSend)
        why = !blockers.isEmpty()              ? blockers.first().message
              : !formOk                        ? tr("Fix the problems first")
              : !m_session->hasUnsentChanges() ? tr("Nothing changed yet")
                                               : QString();
    const QString shortcut = m_ui->sendAction->shortcut().toString(QKeySequence::NativeText);
    m_ui->sendPushButton->setToolTip(why.isEmpty() ? shortcut : why);
    m_ui->reviewPushButton->setToolTip(m_ui->sendPushButton->toolTip());
}

void MainWindow::updateProblems()
{
    FieldErrors problems = m_guard->readinessProblems();
    if (m_providerForm)
        problems.append(m_providerForm->formView()->problems());
    m_reports->showProblems(problems, m_session ? &m_session->provider().form() : nullptr);
    m_ui->bannerLabel->setMessage(
        MessageBanner::Source::Production,
        m_session && m_session->isProduction()
            ? tr("Production: updates change real customer accounts. Sending asks for confirmation.")
            : QString());
    updateActions();
}

void MainWindow::showActivity(AccountSession::Activity activity)
{
    const bool busy = activity != AccountSession::Activity::Idle;
    m_progressBar->setVisible(busy);
    // What it was doing is over once idle; results set their own message.
    if (busy || statusBar()->currentMessage() == m_activityText)
        statusBar()->showMessage(m_activityText = AccountSession::describe(activity));
    m_ui->providerListWidget->setEnabled(!busy);
    m_ui->targetBar->setBusy(busy);
    if (m_providerForm)
        m_providerForm->setEnabled(!busy);
    updateActions();
}

void MainWindow::load()
{
    if (!m_guard->commitTarget() || !m_ui->loadAction->isEnabled())
        return;
    if (m_session->needsVerification()) {
        m_session->verify(); // restored edits: compared with the server, never replaced
        return;
    }
    // Edits made on a loaded account are replaced by a new Load; edits typed before any Load stay.
    if (m_session->hasSnapshot() &&
        !m_guard->confirmDiscard(tr("Loading replaces your unsent edits. Discard them?")))
        return;
    m_sendFlow->takeReloadAfterSend(); // what comes now answers this Load
    m_session->load();
}

void MainWindow::discardEdits()
{
    m_drafts->discard();
}

void MainWindow::review()
{
    if (m_guard->commitTarget() && m_ui->reviewAction->isEnabled())
        m_sendFlow->review();
}

void MainWindow::sendNow()
{
    if (m_guard->commitTarget() && m_ui->sendAction->isEnabled())
        m_sendFlow->sendNow();
}

void MainWindow::showFailure(const QString& what, const SessionFailure& failure)
{
    m_reports->showFailure(what, failure);
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(what, failure.message), 10000);
}

void MainWindow::openCredentials()
{
    if (!m_session)
        return;
    CredentialsDialog dialog(m_session->provider(), m_session->profile(), m_credentials, this);
    dialog.exec();
}

void MainWindow::saveDraftNow()
{
    m_drafts->saveNow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_guard->release(
            tr("Quit? The unsent edits of %1 can be kept as a draft for next time, or discarded."))) {
        event->ignore();
        return;
    }
    if (m_session)
        m_session->cancel();
    WindowLayout::save(this, {m_ui->mainSplitter, m_ui->formSplitter});
    event->accept();
}

} // namespace AccountDesk
