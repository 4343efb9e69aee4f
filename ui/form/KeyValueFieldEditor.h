#pragma once

#include "FieldEditor.h"

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace AccountDesk {

// A free-form object (quiva's onboarding_progress, Pismo's custom_fields): a key/value table, or
// its JSON for values that are not text; with a byte counter where the field has a byte limit.
class KeyValueFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit KeyValueFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QString inputProblem() const override;
    QWidget* inputWidget() override;

    void addRow(const QString& key = QString(), const QString& text = QString());
    void setJsonView(bool json);
    bool isJsonView() const;

private:
    QJsonObject tableObject(QString* problem) const;
    void showObject(const QJsonObject& object);
    void updateBytes();

    QStackedWidget* m_stack;
    QTableWidget* m_table;
    QPlainTextEdit* m_jsonEdit;
    QToolButton* m_jsonButton;
    QLabel* m_bytesLabel;
};

} // namespace AccountDesk
