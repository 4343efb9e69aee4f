#include "MainWindow.h"

#include "FieldTreeModel.h"
#include "core/ApplicationIdentity.h"
#include "ui_MainWindow.h"

#include <QHeaderView>
#include <QMessageBox>

namespace AccountDesk {

namespace {
constexpr int kProviderIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(const ProviderRegistry& registry, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_registry(registry)
{
    m_ui->setupUi(this);
    setWindowTitle(ApplicationIdentity::displayName());

    QFont titleFont = m_ui->providerNameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->providerNameLabel->setFont(titleFont);

    m_fieldModel = new FieldTreeModel(this);
    m_ui->fieldsTreeView->setModel(m_fieldModel);
    QHeaderView* header = m_ui->fieldsTreeView->header();
    for (int column = 0; column < FieldTreeModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({220, 880});

    for (const ProviderPtr& provider : m_registry.providers()) {
        auto* item = new QListWidgetItem(provider->displayName(), m_ui->providerListWidget);
        item->setData(kProviderIdRole, provider->id());
        item->setToolTip(provider->description());
    }
    connect(m_ui->providerListWidget, &QListWidget::currentRowChanged, this,
            [this](int) { showProvider(currentProvider()); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    if (m_ui->providerListWidget->count() > 0)
        m_ui->providerListWidget->setCurrentRow(0);
    else
        showProvider(nullptr);
    m_ui->providerListWidget->setFocus();
    reportRegistryProblems();
}

MainWindow::~MainWindow() = default;

ProviderPtr MainWindow::currentProvider() const
{
    const QListWidgetItem* item = m_ui->providerListWidget->currentItem();
    return item ? m_registry.provider(item->data(kProviderIdRole).toString()) : nullptr;
}

void MainWindow::showProvider(const ProviderPtr& provider)
{
    if (!provider) {
        m_ui->providerNameLabel->setText(tr("No provider"));
        m_ui->providerDescriptionLabel->setText(tr("No provider could be loaded."));
        m_ui->operationLabel->clear();
        m_ui->readOperationLabel->clear();
        m_ui->serversLabel->clear();
        m_ui->authLabel->clear();
        m_fieldModel->setForm(FormSchema());
        return;
    }
    m_ui->providerNameLabel->setText(provider->displayName());
    m_ui->providerDescriptionLabel->setText(provider->description());
    const Operation& update = provider->updateOperation();
    m_ui->operationLabel->setText(update.summary.isEmpty()
                                      ? update.displayName()
                                      : update.displayName() + QStringLiteral("  —  ") + update.summary);
    m_ui->readOperationLabel->setText(provider->readOperation() ? provider->readOperation()->displayName()
                                                                : tr("none"));

    QStringList servers;
    const Server* defaultServer = provider->defaultServer();
    for (const Server& server : provider->servers()) {
        QString line = server.description.isEmpty() ? server.url
                                                    : server.description + QStringLiteral(": ") + server.url;
        if (&server == defaultServer)
            line += tr(" (default)");
        servers.append(line);
    }
    m_ui->serversLabel->setText(servers.isEmpty() ? tr("none in the spec: enter a base URL")
                                                  : servers.join(QLatin1Char('\n')));

    QStringList auth;
    for (const AuthKind kind : provider->authKinds())
        auth.append(AuthKinds::displayName(kind));
    m_ui->authLabel->setText(auth.join(tr(" or ")));

    m_fieldModel->setForm(provider->form());
    m_ui->fieldsTreeView->expandAll();
    statusBar()->showMessage(tr("%1: %2 fields, from %3")
                                 .arg(provider->displayName())
                                 .arg(provider->form().leaves().size())
                                 .arg(provider->hints().spec));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(ApplicationIdentity::displayName()),
                       tr("<h3>%1 %2</h3><p>Edit customer accounts on SaaS platforms through their "
                          "update-account APIs.</p>")
                           .arg(ApplicationIdentity::displayName(), ApplicationIdentity::version()));
}

void MainWindow::reportRegistryProblems()
{
    QStringList problems;
    for (const SpecDiagnostic& diagnostic : m_registry.diagnostics())
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            problems.append(diagnostic.toString());
    if (!problems.isEmpty())
        statusBar()->showMessage(
            tr("%n provider problem(s): %1", nullptr, int(problems.size())).arg(problems.first()));
}

} // namespace AccountDesk
