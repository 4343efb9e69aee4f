#pragma once

#include "cli/CliArguments.h"
#include "form/FieldError.h"
#include "form/FormModel.h"
#include "provider/Provider.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>

namespace AccountDesk {

// What a bulk CSV means for a provider: its header names the `account` column and one column per
// field (`POINTER` converted as --set does, `json:POINTER` read as JSON as --set-json does); each row
// becomes an account and its edits, the command line's edits first. Every cell is checked against
// the field's schema here, before anything is sent; an empty cell leaves its field alone.
class BulkSheet
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::BulkSheet)

public:
    struct Row
    {
        qsizetype number = 0; // data rows from 1
        QString account;
        QList<QPair<QString, QJsonValue>> edits; // pointer, value
    };

    // Problems name the header's column ("column 3: ..."). Columns in `ignored` (0-based) are
    // left out, whatever their name (the window's column mapping says "not used").
    static std::optional<BulkSheet> fromHeader(ProviderPtr provider, const QStringList& header,
                                               const QList<CliArguments::Edit>& commonEdits,
                                               FieldErrors& problems, const QList<qsizetype>& ignored = {});

    // The row's account and edits; problems are appended with the row's pointer and message.
    std::optional<Row> row(qsizetype number, const QStringList& cells, FieldErrors& problems) const;
    bool hasAccountColumn() const { return m_accountColumn >= 0; }

private:
    struct Column
    {
        qsizetype index = 0;
        CliArguments::Edit::Kind kind = CliArguments::Edit::Kind::Set;
        QString pointer;
    };

    BulkSheet(ProviderPtr provider);

    ProviderPtr m_provider;
    std::shared_ptr<FormModel> m_model; // only to convert values by the fields' types
    qsizetype m_columnCount = 0;
    qsizetype m_accountColumn = -1;
    QList<Column> m_columns;
    QList<QPair<QString, QJsonValue>> m_commonEdits;
};

} // namespace AccountDesk
