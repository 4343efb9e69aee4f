#include "MainWindow.h"

#include "CredentialsDialog.h"
#include "RequestPreviewDialog.h"
#include "core/ApplicationIdentity.h"
#include "form/FormView.h"
#include "form/Validator.h"
#include "ui_MainWindow.h"
#include "widgets/LogoPicker.h"

#include <QCloseEvent>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace AccountDesk {
namespace {

constexpr int kProviderIdRole = Qt::UserRole + 1;
constexpr int kUrlRole = Qt::UserRole; // where QComboBox::addItem puts its data
constexpr int kProductionRole = Qt::UserRole + 2;
constexpr int kTemplatedRole = Qt::UserRole + 3;

bool looksLikeProduction(const Server& server)
{
    static const QRegularExpression production(QStringLiteral("\\bprod"),
                                               QRegularExpression::CaseInsensitiveOption);
    return production.match(server.description).hasMatch();
}

} // namespace

MainWindow::MainWindow(const ProviderRegistry& registry, CredentialStore& store, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_registry(registry)
    , m_credentials(store)
{
    m_ui->setupUi(this);
    setWindowTitle(ApplicationIdentity::displayName());

    QFont titleFont = m_ui->providerNameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->providerNameLabel->setFont(titleFont);
    m_ui->bannerLabel->setVisible(false);
    m_ui->bannerLabel->setAutoFillBackground(true);
    m_ui->bannerLabel->setMargin(6);
    m_ui->bannerLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->bannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({200, 980});
    m_ui->formSplitter->setStretchFactor(0, 3);
    m_ui->formSplitter->setStretchFactor(1, 1);
    m_ui->profileComboBox->addItem(QStringLiteral("default"));
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_ui->formSplitter->restoreState(settings.value(QStringLiteral("window/formSplitter")).toByteArray());

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
        if (m_session && confirmDiscard(tr("Revert all edits?"))) {
            m_session->model().revertAll();
            if (m_logoPicker)
                m_logoPicker->clear();
        }
    });
    connect(m_ui->cancelAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_ui->credentialsAction, &QAction::triggered, this, &MainWindow::openCredentials);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->loadPushButton, &QPushButton::clicked, m_ui->loadAction, &QAction::trigger);
    connect(m_ui->reviewPushButton, &QPushButton::clicked, m_ui->reviewAction, &QAction::trigger);
    connect(m_ui->sendPushButton, &QPushButton::clicked, m_ui->sendAction, &QAction::trigger);
    connect(m_ui->revertPushButton, &QPushButton::clicked, m_ui->revertAction, &QAction::trigger);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, m_ui->cancelAction, &QAction::trigger);
    connect(m_ui->credentialsPushButton, &QPushButton::clicked, m_ui->credentialsAction, &QAction::trigger);
    m_ui->loadPushButton->setToolTip(m_ui->loadAction->shortcut().toString(QKeySequence::NativeText));
    m_ui->reviewPushButton->setToolTip(m_ui->reviewAction->shortcut().toString(QKeySequence::NativeText));
    m_ui->sendPushButton->setToolTip(m_ui->sendAction->shortcut().toString(QKeySequence::NativeText));

    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::environmentChosen);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textEdited, this, &MainWindow::baseUrlEdited);
    connect(m_ui->accountLineEdit, &QLineEdit::textEdited, this, &MainWindow::accountEdited);
    connect(m_ui->profileComboBox, &QComboBox::currentTextChanged, this, &MainWindow::profileChosen);
    connect(m_ui->problemsListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_formView)
            m_formView->focusField(item->data(Qt::UserRole).toString());
    });

    const QString lastProvider = QSettings().value(QStringLiteral("window/provider")).toString();
    for (const ProviderPtr& provider : m_registry.providers()) {
        auto* item = new QListWidgetItem(provider->displayName(), m_ui->providerListWidget);
        item->setData(kProviderIdRole, provider->id());
        item->setToolTip(provider->description());
    }
    connect(m_ui->providerListWidget, &QListWidget::currentRowChanged, this, &MainWindow::selectProvider);
    int startRow = 0;
    for (int row = 0; row < m_ui->providerListWidget->count(); ++row)
        if (m_ui->providerListWidget->item(row)->data(kProviderIdRole).toString() == lastProvider)
            startRow = row;
    if (m_ui->providerListWidget->count() > 0)
        m_ui->providerListWidget->setCurrentRow(startRow);
    else
        buildSession(nullptr);
    m_ui->providerListWidget->setFocus();

    QStringList problems;
    for (const SpecDiagnostic& diagnostic : m_registry.diagnostics())
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            problems.append(diagnostic.toString());
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("%n provider(s) could not be loaded: %1", nullptr, int(problems.size()))
                                     .arg(problems.first()));

    QPointer<MainWindow> self(this);
    m_credentials.probe([self](const CredentialStore::Result& result) {
        if (!self || result.status == CredentialStore::Status::Ok)
            return;
        self->m_keychainProblem = result.message;
        self->showBanner(
            tr("No keychain is available (%1). Credentials can be neither stored nor read, and Account "
               "Desk never keeps them anywhere else. Start a Secret Service such as gnome-keyring and "
               "restart.")
                .arg(result.message));
    });
}

MainWindow::~MainWindow() = default;

ProviderPtr MainWindow::currentProvider() const
{
    return m_session ? m_registry.provider(m_session->provider().id()) : nullptr;
}

bool MainWindow::selectProviderById(const QString& id)
{
    for (int row = 0; row < m_ui->providerListWidget->count(); ++row) {
        if (m_ui->providerListWidget->item(row)->data(kProviderIdRole).toString() == id) {
            m_ui->providerListWidget->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::selectProvider(int row)
{
    if (row == m_currentRow)
        return;
    if (m_session && m_session->hasUnsentChanges() &&
        !confirmDiscard(tr("Switch to another provider and discard the unsent edits?"))) {
        const QSignalBlocker blocker(m_ui->providerListWidget);
        m_ui->providerListWidget->setCurrentRow(m_currentRow);
        return;
    }
    if (m_session && m_session->hasUnsentChanges())
        discardDraft();
    m_currentRow = row;
    const QListWidgetItem* item = m_ui->providerListWidget->item(row);
    buildSession(item ? m_registry.provider(item->data(kProviderIdRole).toString()) : nullptr);
}

void MainWindow::buildSession(const ProviderPtr& provider)
{
    if (m_session)
        m_session->cancel();
    delete m_ui->formScrollArea->takeWidget();
    m_formView = nullptr;
    m_logoPicker = nullptr;
    m_session.reset();
    m_ui->answerPlainTextEdit->clear();
    if (!provider) {
        m_ui->providerNameLabel->setText(tr("No provider"));
        m_ui->operationLabel->setText(tr("No provider could be loaded."));
        updateActions();
        return;
    }
    QSettings().setValue(QStringLiteral("window/provider"), provider->id());
    m_session = std::make_unique<AccountSession>(provider, m_credentials.store(), &m_drafts);
    AccountSession* session = m_session.get();

    m_ui->providerNameLabel->setText(provider->displayName());
    const Operation& update = provider->updateOperation();
    m_ui->operationLabel->setText(QStringLiteral("%1 — %2%3")
                                      .arg(update.displayName(), provider->description(),
                                           update.method == QStringLiteral("PUT")
                                               ? tr(" Replaces the whole account: load it before sending.")
                                               : tr(" Sends only the fields you change.")));

    // The form, generated from the schema.
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    m_formView = new FormView(
        session->model(), [session] { return session->body(); }, container);
    layout->addWidget(m_formView);
    if (provider->multipart()) {
        auto* logoBox = new QGroupBox(
            tr("Logo (optional; sent as multipart part \"%1\")").arg(provider->multipart()->filePart),
            container);
        logoBox->setObjectName(QStringLiteral("logoGroupBox"));
        auto* logoLayout = new QVBoxLayout(logoBox);
        m_logoPicker = new LogoPicker(logoBox);
        m_logoPicker->setObjectName(QStringLiteral("logoPicker"));
        logoLayout->addWidget(m_logoPicker);
        layout->addWidget(logoBox);
        connect(m_logoPicker, &LogoPicker::changed, this, [this] {
            if (m_session)
                m_session->setLogo(m_logoPicker->attachment());
            updateActions();
        });
    }
    layout->addStretch();
    m_ui->formScrollArea->setWidget(container);
    connect(m_formView, &FormView::problemsChanged, this, [this] { updateProblems(); });
    connect(&session->model(), &FormModel::valueChanged, this, &MainWindow::updateActions);
    connect(&session->model(), &FormModel::reset, this, &MainWindow::updateActions);

    connect(session, &AccountSession::activityChanged, this, &MainWindow::showActivity);
    connect(session, &AccountSession::loaded, this, [this] {
        statusBar()->showMessage(tr("Loaded account %1.").arg(m_session->accountId()), 8000);
        showAnswer(tr("Loaded."), {},
                   QJsonDocument(m_session->model().loaded()).toJson(QJsonDocument::Indented));
        m_ui->bottomTabWidget->setCurrentWidget(m_ui->problemsTab);
        if (m_logoPicker)
            m_logoPicker->clear();
    });
    connect(session, &AccountSession::loadFailed, this,
            [this](const QString& message, const ApiError& error) {
                showAnswer(tr("Loading failed: %1").arg(message),
                           error.status ? error.describe() : QStringList());
                statusBar()->showMessage(tr("Loading failed: %1").arg(message), 10000);
            });
    connect(session, &AccountSession::sent, this, [this](const ApiResult& result) {
        showAnswer(tr("Sent: %1").arg(result.statusLine()), {}, result.body);
        statusBar()->showMessage(tr("The update was accepted: %1").arg(result.statusLine()), 10000);
        if (m_logoPicker)
            m_logoPicker->clear();
    });
    connect(session, &AccountSession::sendFailed, this,
            [this](const QString& message, const ApiError& error) {
                showAnswer(tr("Not sent or not accepted: %1").arg(message),
                           error.status ? error.describe() : QStringList());
                if (m_formView)
                    m_formView->setServerErrors(error.fieldErrors);
                statusBar()->showMessage(tr("The update failed; every edit is still here."), 10000);
            });
    connect(session, &AccountSession::credentialsMissing, this, [this](const QString& message) {
        showAnswer(tr("Credentials: %1").arg(message), {});
        if (m_keychainProblem.isEmpty() &&
            QMessageBox::question(this, tr("Credentials needed"), tr("%1\n\nEnter them now?").arg(message)) ==
                QMessageBox::Yes)
            openCredentials();
    });

    fillEnvironments();
    const bool needsAccount = session->needsAccountId();
    m_ui->accountLineEdit->setEnabled(needsAccount);
    m_ui->accountLineEdit->clear();
    m_ui->accountLineEdit->setPlaceholderText(
        needsAccount
            ? tr("the account's %1").arg(provider->pathParameters().first().name)
            : tr("not needed: %1 edits the account of the credentials' owner").arg(provider->displayName()));
    m_ui->accountProblemLabel->clear();
    const QString profile =
        QSettings()
            .value(QStringLiteral("providers/%1/profile").arg(provider->id()), QStringLiteral("default"))
            .toString();
    if (m_ui->profileComboBox->findText(profile) < 0)
        m_ui->profileComboBox->addItem(profile);
    m_ui->profileComboBox->setCurrentText(profile);
    session->setProfile(profile);
    updateActions();
    updateProblems();
    // Queued: the window is on screen before it asks.
    QMetaObject::invokeMethod(this, &MainWindow::offerDrafts, Qt::QueuedConnection);
}

void MainWindow::offerDrafts()
{
    if (!m_session || m_session->hasUnsentChanges())
        return;
    const QList<Draft> drafts = m_drafts.drafts(m_session->provider().id());
    if (drafts.isEmpty())
        return;
    const Draft& draft = drafts.first();
    const QString account =
        draft.account.isEmpty() ? tr("your account") : tr("account %1").arg(draft.account);
    QMessageBox box(QMessageBox::Question, tr("Unsent edits"),
                    tr("There are unsent edits for %1 on %2, saved %3. Restore them?")
                        .arg(account, m_session->provider().displayName(),
                             QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restoreDraftMessageBox"));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard) {
        m_drafts.remove(draft.provider, draft.account);
        return;
    }
    if (box.clickedButton() != restore || !m_session)
        return;
    m_session->restore(draft);
    m_ui->accountLineEdit->setText(draft.account);
    accountEdited(draft.account);
    if (!m_ui->baseUrlLineEdit->isReadOnly() && m_ui->baseUrlLineEdit->text().isEmpty()) {
        m_ui->baseUrlLineEdit->setText(draft.baseUrl);
        baseUrlEdited(draft.baseUrl);
    }
    statusBar()->showMessage(tr("Restored the unsent edits."), 8000);
}

void MainWindow::discardDraft()
{
    if (m_session)
        m_drafts.remove(m_session->provider().id(), m_session->accountId());
}

void MainWindow::fillEnvironments()
{
    const QSignalBlocker blocker(m_ui->environmentComboBox);
    m_ui->environmentComboBox->clear();
    const Provider& provider = m_session->provider();
    int defaultIndex = 0;
    for (const Server& server : provider.servers()) {
        const bool production = looksLikeProduction(server);
        QString text = server.description.isEmpty() ? server.url
                                                    : server.description + QStringLiteral(" — ") + server.url;
        if (production)
            text = QStringLiteral("⚠ ") + text + tr(" (production)");
        m_ui->environmentComboBox->addItem(text, server.url);
        const int index = m_ui->environmentComboBox->count() - 1;
        m_ui->environmentComboBox->setItemData(index, production, kProductionRole);
        m_ui->environmentComboBox->setItemData(index, !server.variables.isEmpty(), kTemplatedRole);
        if (&server == provider.defaultServer())
            defaultIndex = index;
    }
    m_ui->environmentComboBox->addItem(tr("Custom base URL…"), QString());
    m_ui->environmentComboBox->setItemData(m_ui->environmentComboBox->count() - 1, true, kTemplatedRole);
    const int saved = QSettings()
                          .value(QStringLiteral("providers/%1/environment").arg(provider.id()), defaultIndex)
                          .toInt();
    m_ui->environmentComboBox->setCurrentIndex(saved < m_ui->environmentComboBox->count() ? saved
                                                                                          : defaultIndex);
    environmentChosen();
}

void MainWindow::environmentChosen()
{
    if (!m_session)
        return;
    const int index = m_ui->environmentComboBox->currentIndex();
    QSettings().setValue(QStringLiteral("providers/%1/environment").arg(m_session->provider().id()), index);
    const QString url = m_ui->environmentComboBox->itemData(index, kUrlRole).toString();
    const bool editable = m_ui->environmentComboBox->itemData(index, kTemplatedRole).toBool();
    m_ui->baseUrlLineEdit->setReadOnly(!editable);
    if (editable) {
        // Templated ("https://{tenant}.api.zephr.com") or custom: the operator types the URL.
        m_ui->baseUrlLineEdit->setPlaceholderText(url.isEmpty()
                                                      ? tr("https://… (http:// only to this computer)")
                                                      : QString(url)
                                                            .replace(QLatin1Char('{'), QLatin1Char('<'))
                                                            .replace(QLatin1Char('}'), QLatin1Char('>')));
        const QString saved =
            QSettings()
                .value(QStringLiteral("providers/%1/baseUrl").arg(m_session->provider().id()))
                .toString();
        m_ui->baseUrlLineEdit->setText(saved);
        baseUrlEdited(saved);
    } else {
        m_ui->baseUrlLineEdit->setText(url);
        m_session->setBaseUrl(QUrl(url));
    }
    if (isProductionSelected())
        showBanner(tr("Production: updates change real customer accounts. Sending asks for confirmation."));
    else if (m_keychainProblem.isEmpty())
        m_ui->bannerLabel->setVisible(false);
    updateActions();
    updateProblems();
}

void MainWindow::baseUrlEdited(const QString& text)
{
    if (!m_session)
        return;
    m_session->setBaseUrl(QUrl(text.trimmed(), QUrl::StrictMode));
    if (!m_ui->baseUrlLineEdit->isReadOnly())
        QSettings().setValue(QStringLiteral("providers/%1/baseUrl").arg(m_session->provider().id()),
                             text.trimmed());
    updateActions();
    updateProblems();
}

void MainWindow::accountEdited(const QString& text)
{
    if (!m_session)
        return;
    m_session->setAccountId(text.trimmed());
    QString problem;
    if (!text.isEmpty())
        for (const Parameter& parameter : m_session->provider().pathParameters())
            if (const std::optional<FieldError> error =
                    Validator::validatePathParameter(parameter, text.trimmed()))
                problem = error->message;
    m_ui->accountProblemLabel->setText(problem);
    m_ui->accountLineEdit->setAccessibleDescription(problem);
    QPalette palette = m_ui->accountProblemLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->accountProblemLabel->setPalette(palette);
    updateActions();
    updateProblems();
}

void MainWindow::profileChosen(const QString& profile)
{
    if (!m_session || profile.trimmed().isEmpty() || profile.contains(QLatin1Char('/')))
        return;
    m_session->setProfile(profile.trimmed());
    QSettings().setValue(QStringLiteral("providers/%1/profile").arg(m_session->provider().id()),
                         profile.trimmed());
}

bool MainWindow::isProductionSelected() const
{
    return m_ui->environmentComboBox->currentData(kProductionRole).toBool();
}

void MainWindow::updateActions()
{
    const bool idle = m_session && m_session->activity() == AccountSession::Activity::Idle;
    const bool connectionOk = m_session && m_session->connectionErrors().isEmpty();
    const bool formOk = m_formView && m_formView->problems().isEmpty();
    const bool canLoad = idle && connectionOk && m_session->provider().readOperation();
    const bool canSend = idle && connectionOk && formOk && m_session->hasUnsentChanges() &&
                         (!m_session->needsLoadBeforeSend() || m_session->isLoaded());
    m_ui->loadAction->setEnabled(canLoad);
    m_ui->loadPushButton->setEnabled(canLoad);
    m_ui->reviewAction->setEnabled(canSend);
    m_ui->reviewPushButton->setEnabled(canSend);
    m_ui->sendAction->setEnabled(canSend);
    m_ui->sendPushButton->setEnabled(canSend);
    const bool canRevert = idle && m_session && m_session->hasUnsentChanges();
    m_ui->revertAction->setEnabled(canRevert);
    m_ui->revertPushButton->setEnabled(canRevert);
    m_ui->cancelAction->setEnabled(m_session && !idle);
    m_ui->cancelPushButton->setEnabled(m_session && !idle);
    m_ui->credentialsAction->setEnabled(m_session != nullptr);
    m_ui->credentialsPushButton->setEnabled(m_session != nullptr);
    QString why;
    if (m_session && idle && !canSend) {
        if (!connectionOk)
            why = m_session->connectionErrors().first().message;
        else if (m_session->needsLoadBeforeSend() && !m_session->isLoaded())
            why = tr("Load the account first");
        else if (!formOk)
            why = tr("Fix the problems first");
        else if (!m_session->hasUnsentChanges())
            why = tr("Nothing changed yet");
    }
    m_ui->sendPushButton->setToolTip(
        why.isEmpty() ? m_ui->sendAction->shortcut().toString(QKeySequence::NativeText) : why);
    m_ui->reviewPushButton->setToolTip(m_ui->sendPushButton->toolTip());
}

void MainWindow::updateProblems()
{
    m_ui->problemsListWidget->clear();
    if (!m_session)
        return;
    FieldErrors problems = m_session->connectionErrors();
    if (m_session->needsLoadBeforeSend() && !m_session->isLoaded())
        problems.append({QString(), tr("Load the account first: %1 replaces the whole account.")
                                        .arg(m_session->provider().updateOperation().method)});
    else if (m_formView)
        problems.append(m_formView->problems());
    for (const FieldError& problem : problems) {
        const FieldSpec* field = m_session->provider().form().field(problem.pointer);
        QString where = field ? field->label : problem.pointer;
        if (problem.pointer.startsWith(QLatin1Char('{')))
            where = tr("Account ID");
        else if (problem.pointer == QStringLiteral("base URL"))
            where = tr("Base URL");
        auto* item = new QListWidgetItem(
            where.isEmpty() ? problem.message : QStringLiteral("%1: %2").arg(where, problem.message),
            m_ui->problemsListWidget);
        item->setData(Qt::UserRole, problem.pointer);
        item->setToolTip(problem.pointer);
    }
    m_ui->bottomTabWidget->setTabText(0, problems.isEmpty() ? tr("Problems")
                                                            : tr("Problems (%1)").arg(problems.size()));
    updateActions();
}

void MainWindow::showActivity(AccountSession::Activity activity)
{
    static const QHash<AccountSession::Activity, QString> words = {
        {AccountSession::Activity::ReadingCredentials, tr("Reading credentials from the keychain…")},
        {AccountSession::Activity::Loading, tr("Loading the account…")},
        {AccountSession::Activity::Sending, tr("Sending the update…")}};
    const bool busy = activity != AccountSession::Activity::Idle;
    m_progressBar->setVisible(busy);
    if (busy)
        statusBar()->showMessage(words.value(activity));
    m_ui->providerListWidget->setEnabled(!busy);
    m_ui->environmentComboBox->setEnabled(!busy);
    m_ui->accountLineEdit->setEnabled(!busy && m_session && m_session->needsAccountId());
    if (m_formView)
        m_formView->setEnabled(!busy);
    updateActions();
}

void MainWindow::showAnswer(const QString& headline, const QStringList& lines, const QByteArray& body)
{
    QString text = headline + QLatin1Char('\n');
    for (const QString& line : lines)
        text += line + QLatin1Char('\n');
    if (!body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        text += QLatin1Char('\n') + (document.isNull()
                                         ? QString::fromUtf8(body)
                                         : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    }
    m_ui->answerPlainTextEdit->setPlainText(text);
    m_ui->bottomTabWidget->setCurrentWidget(m_ui->answerTab);
}

void MainWindow::showBanner(const QString& text)
{
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(true);
}

bool MainWindow::confirmDiscard(const QString& what)
{
    return QMessageBox::question(this, tr("Unsent edits"), what, QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

bool MainWindow::confirmProduction()
{
    if (!isProductionSelected())
        return true;
    return QMessageBox::warning(
               this, tr("Send to production?"),
               tr("This sends the update to %1, a production server: real customer data changes.")
                   .arg(m_session->baseUrl().toString()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void MainWindow::load()
{
    if (!m_session || !m_ui->loadAction->isEnabled())
        return;
    if (m_session->hasUnsentChanges() &&
        !confirmDiscard(tr("Loading replaces your unsent edits. Discard them?")))
        return;
    m_session->load();
}

void MainWindow::review()
{
    if (!m_session || !m_ui->reviewAction->isEnabled())
        return;
    QPointer<MainWindow> self(this);
    m_session->prepare([self](std::optional<PreparedUpdate> prepared, const QStringList& problems) {
        if (!self)
            return;
        if (!prepared) {
            self->showAnswer(tr("Cannot send yet:"), problems);
            return;
        }
        // Out of the keychain's callback before a modal dialog runs its own event loop.
        QMetaObject::invokeMethod(
            self,
            [self, update = *prepared] {
                if (!self || !self->m_session)
                    return;
                RequestPreviewDialog dialog(update, self->m_session->baseUrl().toString(), self);
                if (dialog.exec() == QDialog::Accepted && self)
                    self->send(false);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::sendNow()
{
    if (!m_session || !m_ui->sendAction->isEnabled())
        return;
    send(false);
}

void MainWindow::send(bool confirmed)
{
    if (!confirmed && !confirmProduction())
        return;
    m_session->send();
}

void MainWindow::openCredentials()
{
    if (!m_session)
        return;
    CredentialsDialog dialog(m_session->provider(), m_session->profile(), m_credentials, this);
    connect(&dialog, &CredentialsDialog::credentialsChanged, this, [this] {
        if (m_session)
            m_session->forgetCredentials();
    });
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session && m_session->hasUnsentChanges() &&
        !confirmDiscard(tr("Quit and discard the unsent edits?"))) {
        event->ignore();
        return;
    }
    if (m_session)
        m_session->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/formSplitter"), m_ui->formSplitter->saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(ApplicationIdentity::displayName()),
                       tr("<h3>%1 %2</h3><p>Edit customer accounts on SaaS platforms through their "
                          "update-account APIs.</p>")
                           .arg(ApplicationIdentity::displayName(), ApplicationIdentity::version()));
}

} // namespace AccountDesk
