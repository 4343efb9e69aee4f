#pragma once

#include "cli/CliArguments.h"
#include "form/FieldError.h"
#include "provider/Provider.h"

#include <QWidget>

class QTableWidget;

namespace AccountDesk {

// The edits that apply to every row of a bulk edit (with a pasted list of ids, the only ones): a
// field chosen from the form and its value, typed as on the command line (`--set`: converted by
// the field's type; "null" sends null where the field allows it).
class BulkCommonEdits : public QWidget
{
    Q_OBJECT

public:
    explicit BulkCommonEdits(QWidget* parent = nullptr);

    void setProvider(const ProviderPtr& provider);
    void addEdit(const QString& pointer = QString(), const QString& value = QString());
    QList<CliArguments::Edit> edits() const;
    // An edit without a value, a field set by two edits.
    FieldErrors problems() const;
    qsizetype count() const;

Q_SIGNALS:
    void editsChanged();

private:
    ProviderPtr m_provider;
    QTableWidget* m_table = nullptr;
};

} // namespace AccountDesk
