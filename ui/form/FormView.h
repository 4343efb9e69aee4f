#pragma once

#include "form/FieldError.h"
#include "form/FormModel.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QFormLayout;

namespace AccountDesk {

class EditorFactory;
class FieldRow;

// The form of a provider's update body, generated at run time from the form schema: one FieldRow
// per field, nested objects as titled groups. Edits go to the FormModel; after every change the
// body is validated and each problem is shown at its field.
class FormView : public QWidget
{
    Q_OBJECT

public:
    // `body` returns what would be sent now (PATCH: the changes; PUT: the whole account).
    FormView(FormModel& model, std::function<QJsonObject()> body, QWidget* parent = nullptr,
             const EditorFactory* factory = nullptr);

    FieldRow* row(const QString& pointer) const;
    QList<FieldRow*> rows() const;
    // Problems of the current state: the validator's and the editors' own; empty when sendable.
    FieldErrors problems() const { return m_problems; }
    // Errors the server reported for fields; shown until the field is edited again.
    void setServerErrors(const FieldErrors& errors);
    void revalidate();
    // Moves focus to the field at `pointer` (or its nearest shown ancestor).
    void focusField(const QString& pointer);

    static constexpr int kFirstScreenRows = 24; // built before the first paint: more than a screen shows
    static constexpr int kChunkRows = 40;       // built per turn of the event loop after that

Q_SIGNALS:
    void problemsChanged(const AccountDesk::FieldErrors& problems);

private:
    void buildPending(int rows);
    void buildLater();
    // Builds every row not built yet (anything that names a row needs them all).
    void ensureComplete() const;
    void addFields(const FieldSpec& group, QFormLayout* layout, QWidget* parent);
    void addField(const FieldSpec& field, QFormLayout* layout, QWidget* parent);
    void refreshRow(FieldRow* row);
    void refreshAll();
    void refreshGroups();
    FieldRow* rowFor(const QString& pointer) const;
    // Puts `widget` next in the Tab order, after what was built before it (rows built after the
    // first paint would otherwise come after everything else in the window).
    void appendTabStop(QWidget* widget);

    FormModel& m_model;
    std::function<QJsonObject()> m_body;
    QWidget* m_lastTabStop = nullptr;
    const EditorFactory& m_factory;
    QFormLayout* m_layout = nullptr;
    QList<const FieldSpec*> m_pending; // top-level fields whose rows are not built yet
    QHash<QString, FieldRow*> m_rows;
    QHash<QString, QWidget*> m_groups;                // group pointer -> its box
    QHash<QString, QCheckBox*> m_groupNullCheckBoxes; // nullable groups
    QStringList m_order;
    FieldErrors m_problems;
    FieldErrors m_serverErrors;
    QString m_typingIn; // the field whose editor caused the model change being handled
    void apply(const QString& pointer, const FieldValue& value, bool fromEditor);
};

} // namespace AccountDesk
