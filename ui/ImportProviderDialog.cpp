#include "ImportProviderDialog.h"

#include "core/BoundedFile.h"
#include "form/FormModel.h"
#include "form/FormView.h"
#include "provider/AuthKind.h"
#include "widgets/DiagnosticListWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace AccountDesk {

ImportProviderDialog::ImportProviderDialog(const ProviderRegistry& registry, ProviderImporter importer,
                                           QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_importer(std::move(importer))
    , m_pathEdit(new QLineEdit(this))
    , m_pasteEdit(new QPlainTextEdit(this))
    , m_updateCombo(new QComboBox(this))
    , m_multipartCombo(new QComboBox(this))
    , m_readCombo(new QComboBox(this))
    , m_authCombo(new QComboBox(this))
    , m_nameEdit(new QLineEdit(this))
    , m_idEdit(new QLineEdit(this))
    , m_serverList(new QListWidget(this))
    , m_replaceCheckBox(new QCheckBox(tr("&Replace the provider imported earlier with this id"), this))
    , m_problemList(new DiagnosticListWidget(&ImportProviderDialog::choiceName, this))
    , m_previewArea(new QScrollArea(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Import OpenAPI"));
    setObjectName(QStringLiteral("importProviderDialog"));
    m_pathEdit->setObjectName(QStringLiteral("documentPathLineEdit"));
    m_pathEdit->setPlaceholderText(tr("A JSON or YAML file (OpenAPI 3.0 or 3.1)"));
    m_pathEdit->setAccessibleName(tr("Document file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    m_pasteEdit->setObjectName(QStringLiteral("documentPlainTextEdit"));
    m_pasteEdit->setPlaceholderText(tr("…or paste the document here"));
    m_pasteEdit->setAccessibleName(tr("Pasted document"));
    m_pasteEdit->setTabChangesFocus(true);
    m_pasteEdit->setMaximumHeight(m_pasteEdit->fontMetrics().lineSpacing() * 5 + 12);
    auto* read = new QPushButton(tr("Rea&d document"), this);
    read->setObjectName(QStringLiteral("readPushButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);
    auto* sourceBox = new QGroupBox(tr("Document"), this);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addLayout(pathRow);
    sourceLayout->addWidget(m_pasteEdit);
    sourceLayout->addWidget(read, 0, Qt::AlignRight);

    const QList<std::pair<QWidget*, QString>> named = {
        {m_updateCombo, QStringLiteral("updateComboBox")},
        {m_multipartCombo, QStringLiteral("multipartComboBox")},
        {m_readCombo, QStringLiteral("readComboBox")},
        {m_authCombo, QStringLiteral("authComboBox")},
        {m_nameEdit, QStringLiteral("nameLineEdit")},
        {m_idEdit, QStringLiteral("idLineEdit")},
        {m_serverList, QStringLiteral("serverListWidget")},
        {m_replaceCheckBox, QStringLiteral("replaceCheckBox")},
        {m_problemList, QStringLiteral("problemListWidget")}};
    for (const auto& [widget, name] : named)
        widget->setObjectName(name);
    auto* choicesBox = new QGroupBox(tr("Choices"), this);
    auto* form = new QFormLayout(choicesBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Update operation:"), m_updateCombo);
    form->addRow(tr("&File part:"), m_multipartCombo);
    form->addRow(tr("R&ead operation:"), m_readCombo);
    form->addRow(tr("&Authentication:"), m_authCombo);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Id:"), m_idEdit);
    auto* serverNote = new QLabel(tr("Tick the servers that hold real customer accounts: sending to them "
                                     "asks for confirmation."),
                                  this);
    serverNote->setWordWrap(true);
    form->addRow(tr("&Production servers:"), m_serverList);
    form->addRow(QString(), serverNote);
    form->addRow(QString(), m_replaceCheckBox);
    m_serverList->setAccessibleName(tr("Production servers"));
    m_serverList->setMaximumHeight(m_serverList->fontMetrics().lineSpacing() * 5 + 12);
    m_idEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9-]*")), this));
    m_replaceCheckBox->setVisible(false);
    m_authCombo->addItem(tr("As the document says"), QString());
    for (const QString& kind : AuthKinds::allNames())
        m_authCombo->addItem(AuthKinds::displayName(*AuthKinds::fromName(kind)), kind);
    m_problemList->setAccessibleName(tr("Problems"));
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().lineSpacing() * 6 + 12);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sourceBox);
    leftLayout->addWidget(choicesBox);
    leftLayout->addWidget(new QLabel(tr("Problems:"), this));
    leftLayout->addWidget(m_problemList);
    auto* previewBox = new QGroupBox(tr("Preview of the form (nothing typed here is kept)"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_previewArea->setObjectName(QStringLiteral("previewScrollArea"));
    m_previewArea->setWidgetResizable(true);
    previewLayout->addWidget(m_previewArea);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 640);
    resize(qMin(1000, available.width() * 9 / 10), qMin(700, available.height() * 9 / 10));

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportProviderDialog::preview);
    connect(browse, &QPushButton::clicked, this, &ImportProviderDialog::chooseFile);
    connect(read, &QPushButton::clicked, this, &ImportProviderDialog::readDocument);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &ImportProviderDialog::readDocument);
    // What is imported is what was read and previewed: another source must be read first.
    auto sourceChanged = [this] {
        if (!m_document)
            return;
        m_document.reset();
        m_documentText.clear();
        fillOperations();
        delete m_previewArea->takeWidget();
        m_previewModel.reset();
        showProblems(
            {SpecDiagnostic::warning(QStringLiteral("<openapi file>"), tr("changed: read it again"))});
    };
    connect(m_pathEdit, &QLineEdit::textEdited, this, sourceChanged);
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this, sourceChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportProviderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_updateCombo, &QComboBox::currentIndexChanged, this, &ImportProviderDialog::fillUpdateDetails);
    for (QComboBox* combo : {m_multipartCombo, m_readCombo, m_authCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportProviderDialog::schedulePreview);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_idEdited)
            m_idEdit->setText(ImportCandidates::suggestedId(name));
        schedulePreview();
    });
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        schedulePreview();
    });
    connect(m_serverList, &QListWidget::itemChanged, this, &ImportProviderDialog::schedulePreview);
    connect(m_replaceCheckBox, &QCheckBox::toggled, this, &ImportProviderDialog::schedulePreview);
}

ImportProviderDialog::~ImportProviderDialog() = default;

void ImportProviderDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open an OpenAPI document"), m_pathEdit->text(),
                                     tr("OpenAPI documents (*.json *.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    setDocumentPath(path);
    readDocument();
}

void ImportProviderDialog::setDocumentPath(const QString& path)
{
    m_pathEdit->setText(path);
}

void ImportProviderDialog::readDocument()
{
    m_document.reset();
    QByteArray text = m_pasteEdit->toPlainText().trimmed().toUtf8();
    SpecDiagnostics problems;
    if (text.isEmpty()) {
        const BoundedFile::Result file =
            BoundedFile::read(m_pathEdit->text(), OpenApiDocument::kMaximumBytes);
        if (m_pathEdit->text().isEmpty())
            problems.append(SpecDiagnostic::error(QStringLiteral("<openapi file>"),
                                                  tr("choose a file or paste a document")));
        else if (file.status != BoundedFile::Status::Read)
            problems.append(SpecDiagnostic::error(QStringLiteral("<openapi file>"),
                                                  file.status == BoundedFile::Status::TooLarge
                                                      ? tr("%1 is larger than 8 MiB").arg(m_pathEdit->text())
                                                      : tr("cannot read %1").arg(m_pathEdit->text())));
        text = file.content;
    }
    if (problems.isEmpty())
        m_document = OpenApiDocument::load(text, problems);
    m_documentText = m_document ? text : QByteArray();
    fillOperations();
    if (m_document && m_updates.isEmpty())
        problems.append(
            SpecDiagnostic::error(QStringLiteral("<openapi file>"),
                                  tr("has no PUT, PATCH or POST operation whose body is a JSON object")));
    if (!m_document || m_updates.isEmpty())
        showProblems(problems);
}

void ImportProviderDialog::fillOperations()
{
    const QSignalBlocker blocker(m_updateCombo);
    m_updateCombo->clear();
    m_serverList->clear();
    m_updates = m_document ? ImportCandidates::updates(*m_document) : QList<ImportCandidates::Update>();
    for (const ImportCandidates::Update& update : m_updates)
        m_updateCombo->addItem(update.label, update.reference);
    if (m_document) {
        if (m_nameEdit->text().isEmpty())
            m_nameEdit->setText(m_document->title());
        if (!m_idEdited)
            m_idEdit->setText(ImportCandidates::suggestedId(m_nameEdit->text()));
        const QSignalBlocker serverBlocker(m_serverList);
        for (const Server& server : m_document->servers()) {
            auto* item = new QListWidgetItem(
                server.description.isEmpty() ? server.url
                                             : QStringLiteral("%1 — %2").arg(server.description, server.url),
                m_serverList);
            item->setData(Qt::UserRole, ImportCandidates::serverName(server));
            item->setToolTip(item->text());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked); // asked, never guessed
        }
    }
    fillUpdateDetails();
}

void ImportProviderDialog::fillUpdateDetails()
{
    const QSignalBlocker multipartBlocker(m_multipartCombo);
    const QSignalBlocker readBlocker(m_readCombo);
    m_multipartCombo->clear();
    m_readCombo->clear();
    const int index = m_updateCombo->currentIndex();
    m_multipartCombo->addItem(tr("None: JSON only"), QStringList());
    m_readCombo->addItem(tr("None: the form starts empty"), QString());
    if (index >= 0 && index < m_updates.size()) {
        const ImportCandidates::Update& update = m_updates.at(index);
        for (const QString& jsonPart : update.jsonParts)
            for (const QString& filePart : update.fileParts)
                m_multipartCombo->addItem(
                    tr("JSON in part “%1”, a file in part “%2”").arg(jsonPart, filePart),
                    QStringList{jsonPart, filePart});
        const QList<ImportCandidates::Read> reads = ImportCandidates::reads(*m_document, update.path);
        for (const ImportCandidates::Read& read : reads)
            m_readCombo->addItem(read.label, read.reference);
        // The GET on the update's own path reads what the update writes: the likely choice.
        if (!reads.isEmpty() && m_document->findOperation(reads.first().reference) &&
            m_document->findOperation(reads.first().reference)->path == update.path)
            m_readCombo->setCurrentIndex(1);
    }
    m_multipartCombo->setEnabled(m_multipartCombo->count() > 1);
    schedulePreview();
}

ProviderImporter::Choices ImportProviderDialog::choices() const
{
    ProviderImporter::Choices result;
    result.specPath = m_pasteEdit->toPlainText().trimmed().isEmpty() ? m_pathEdit->text() : QString();
    result.specText = m_documentText;
    result.id = m_idEdit->text();
    result.updateOperation = m_updateCombo->currentData().toString();
    result.readOperation = m_readCombo->currentData().toString();
    result.auth = m_authCombo->currentData().toString();
    result.displayName = m_nameEdit->text().trimmed();
    for (int row = 0; row < m_serverList->count(); ++row)
        if (m_serverList->item(row)->checkState() == Qt::Checked)
            result.productionServers.append(m_serverList->item(row)->data(Qt::UserRole).toString());
    const QStringList parts = m_multipartCombo->currentData().toStringList();
    if (parts.size() == 2) {
        result.multipartJsonPart = parts.at(0);
        result.multipartFilePart = parts.at(1);
    }
    result.replace = m_replaceCheckBox->isChecked();
    return result;
}

void ImportProviderDialog::schedulePreview()
{
    m_importButton->setEnabled(false); // until the preview of these choices loads
    m_previewTimer->start();
}

void ImportProviderDialog::preview()
{
    delete m_previewArea->takeWidget();
    m_previewModel.reset();
    if (!m_document || m_updates.isEmpty())
        return;
    const ProviderImporter::Choices chosen = choices();
    const bool imported = m_importer.isImported(chosen.id, m_registry);
    m_replaceCheckBox->setVisible(imported);
    SpecDiagnostics problems;
    ProviderPtr provider;
    if (const QString why = refusal(chosen); !why.isEmpty())
        problems.append(SpecDiagnostic::error(QStringLiteral("--id"), why));
    else
        provider = m_importer.preview(chosen, m_registry, problems);
    showProblems(problems);
    m_importButton->setEnabled(provider != nullptr);
    if (!provider)
        return;
    m_previewModel = std::make_unique<FormModel>(provider->form());
    FormModel* model = m_previewModel.get();
    m_previewArea->setWidget(new FormView(*model, [model] { return model->patchBody(); }));
}

QString ImportProviderDialog::refusal(const ProviderImporter::Choices& chosen) const
{
    if (!m_importer.isImported(chosen.id, m_registry))
        return QString();
    if (!chosen.replace)
        return tr("“%1” was imported before: tick “Replace” to replace it, or choose another id")
            .arg(chosen.id);
    return chosen.id == m_busyId ? m_busyWhy : QString();
}

void ImportProviderDialog::setBusyProvider(const QString& id, const QString& why)
{
    m_busyId = id;
    m_busyWhy = why;
}

QString ImportProviderDialog::choiceName(const QString& pointer)
{
    // The importer names a choice as the command line does; the dialog names it by its label.
    static const QHash<QString, const char*> names = {
        {QStringLiteral("--id"), QT_TR_NOOP("Id")},
        {QStringLiteral("--update"), QT_TR_NOOP("Update operation")},
        {QStringLiteral("--read"), QT_TR_NOOP("Read operation")},
        {QStringLiteral("--auth"), QT_TR_NOOP("Authentication")},
        {QStringLiteral("--production-server"), QT_TR_NOOP("Production servers")},
        {QStringLiteral("multipart"), QT_TR_NOOP("File part")},
        {QStringLiteral("<openapi file>"), QT_TR_NOOP("Document")}};
    const auto found = names.constFind(pointer);
    return found == names.constEnd() ? pointer : tr(*found);
}

void ImportProviderDialog::showProblems(const SpecDiagnostics& problems)
{
    m_problemList->showDiagnostics(problems);
}

QString ImportProviderDialog::problemsText() const
{
    return m_problemList->plainText();
}

void ImportProviderDialog::accept()
{
    m_previewTimer->stop();
    const ProviderImporter::Choices chosen = choices();
    if (!m_document) {
        readDocument();
        return;
    }
    if (const QString why = refusal(chosen); !why.isEmpty()) {
        showProblems({SpecDiagnostic::error(QStringLiteral("--id"), why)});
        return;
    }
    const SpecDiagnostics problems = m_importer.import(chosen, m_registry);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    m_importedId = chosen.id;
    QDialog::accept();
}

} // namespace AccountDesk
