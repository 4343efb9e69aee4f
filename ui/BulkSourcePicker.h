#pragma once

#include "bulk/CsvReader.h"
#include "form/FieldError.h"
#include "provider/Provider.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace AccountDesk {

class BulkColumnMapping;

// Where a bulk edit's accounts come from: a CSV file, whose columns are mapped to fields
// (pre-filled from its header), or a pasted list of account ids (then only the edits for every
// account apply). Either way they are read as CSV, so a pasted list is checked like a file.
class BulkSourcePicker : public QWidget
{
    Q_OBJECT

public:
    struct Opened
    {
        std::unique_ptr<QIODevice> device;
        std::unique_ptr<CsvReader> reader; // standing after the header
        QStringList header;                // as BulkSheet reads it
        QList<qsizetype> ignored;          // columns the operator left out
        QByteArray sha256;                 // of the accounts' bytes, to know a run again
    };

    explicit BulkSourcePicker(ProviderPtr provider, QWidget* parent = nullptr);

    void setCsvFile(const QString& path);
    void setAccountIds(const QString& ids);
    bool usesIds() const;
    BulkColumnMapping* columnMapping() const { return m_columns; }
    // The accounts opened afresh; problems listed when that fails.
    std::optional<Opened> open(FieldErrors& problems) const;

private:
    void readHeader();

    ProviderPtr m_provider;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    BulkColumnMapping* m_columns = nullptr;
    QPlainTextEdit* m_idsEdit = nullptr;
};

} // namespace AccountDesk
