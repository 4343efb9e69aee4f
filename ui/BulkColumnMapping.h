#pragma once

#include "provider/Provider.h"

#include <QTableWidget>

namespace AccountDesk {

// Which field each column of a bulk CSV fills: one row per column of the file, its header and a
// choice of "Account", "Not used" or a field of the form (shown by label and JSON Pointer, with
// "as JSON" variants for fields whose cells hold JSON). Pre-filled from the header: a column named
// like a field's pointer, `json:` pointer, label or name is mapped to it, `account` to Account.
class BulkColumnMapping : public QTableWidget
{
    Q_OBJECT

public:
    explicit BulkColumnMapping(QWidget* parent = nullptr);

    void setColumns(const ProviderPtr& provider, const QStringList& header);
    // The header as BulkSheet reads it (account, POINTER or json:POINTER per column) and the
    // columns the operator left out.
    QStringList mappedHeader() const;
    QList<qsizetype> ignoredColumns() const;
    // The file's header as it was when the mapping was made.
    QStringList columnNames() const;

Q_SIGNALS:
    void mappingChanged();

private:
    QString guess(const ProviderPtr& provider, const QString& name) const;
};

} // namespace AccountDesk
