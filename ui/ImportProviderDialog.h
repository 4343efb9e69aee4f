#pragma once

#include "provider/ImportCandidates.h"
#include "provider/ProviderImporter.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace AccountDesk {

class DiagnosticListWidget;
class FormModel;

// File → Import OpenAPI…: an OpenAPI document (a file, or pasted) becomes a provider beside the
// bundled ones. The operator picks the update operation (with its multipart file part, if any), the
// read operation, the authentication, the name and id, and says which servers are production (never
// guessed). The form the provider will have is previewed from exactly what an import would load, and
// Import is possible only once that loads. A broken document lists each problem with its place.
class ImportProviderDialog : public QDialog
{
    Q_OBJECT

public:
    ImportProviderDialog(const ProviderRegistry& registry, ProviderImporter importer,
                         QWidget* parent = nullptr);
    ~ImportProviderDialog() override;

    // The id of the provider imported when the dialog was accepted.
    QString importedId() const { return m_importedId; }

    // For tests and for a document given up front.
    void setDocumentPath(const QString& path);
    void readDocument();
    ProviderImporter::Choices choices() const;
    QString problemsText() const;

    void accept() override;
    // An imported provider that cannot be replaced now (open with unsent edits), and why.
    void setBusyProvider(const QString& id, const QString& why);

private:
    void chooseFile();
    void fillOperations();
    void fillUpdateDetails();
    void schedulePreview();
    void preview();
    void showProblems(const SpecDiagnostics& problems);
    static QString choiceName(const QString& pointer);
    // Why these choices cannot be imported before anything is loaded; empty when they can be tried.
    QString refusal(const ProviderImporter::Choices& chosen) const;

    const ProviderRegistry& m_registry;
    ProviderImporter m_importer;
    std::shared_ptr<const OpenApiDocument> m_document;
    QByteArray m_documentText; // exactly what was read and previewed is what is imported
    QList<ImportCandidates::Update> m_updates;

    QLineEdit* m_pathEdit;
    QPlainTextEdit* m_pasteEdit;
    QComboBox* m_updateCombo;
    QComboBox* m_multipartCombo;
    QComboBox* m_readCombo;
    QComboBox* m_authCombo;
    QLineEdit* m_nameEdit;
    QLineEdit* m_idEdit;
    QListWidget* m_serverList;
    QCheckBox* m_replaceCheckBox;
    DiagnosticListWidget* m_problemList;
    QScrollArea* m_previewArea;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton = nullptr;
    QTimer* m_previewTimer;
    std::unique_ptr<FormModel> m_previewModel;
    bool m_idEdited = false;
    QString m_importedId;
    QString m_busyId;
    QString m_busyWhy;
};

} // namespace AccountDesk
