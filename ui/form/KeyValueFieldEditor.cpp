#include "KeyValueFieldEditor.h"

#include "core/JsonText.h"
#include "widgets/ProblemPalette.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace AccountDesk {
namespace {

constexpr int kJsonRole = Qt::UserRole + 1; // the cell holds JSON (a number, a list...), not text

} // namespace

KeyValueFieldEditor::KeyValueFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_jsonEdit(new QPlainTextEdit(this))
    , m_jsonButton(new QToolButton(this))
    , m_bytesLabel(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("keyValueTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 7 + 24);
    m_jsonEdit->setObjectName(QStringLiteral("jsonPlainTextEdit"));
    m_jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonEdit->setTabChangesFocus(true);
    m_jsonEdit->setMaximumHeight(m_table->maximumHeight());
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_jsonEdit);

    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addToolButton"));
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a key"));
    add->setAccessibleName(tr("Add a key"));
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeToolButton"));
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected key"));
    remove->setAccessibleName(tr("Remove the selected key"));
    m_jsonButton->setObjectName(QStringLiteral("jsonToolButton"));
    m_jsonButton->setText(QStringLiteral("{ }"));
    m_jsonButton->setCheckable(true);
    m_jsonButton->setToolTip(tr("Edit as JSON"));
    m_jsonButton->setAccessibleName(tr("Edit as JSON"));
    m_bytesLabel->setObjectName(QStringLiteral("bytesLabel"));

    auto* buttons = new QVBoxLayout;
    for (QWidget* button :
         {static_cast<QWidget*>(add), static_cast<QWidget*>(remove), static_cast<QWidget*>(m_jsonButton)})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_stack, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_bytesLabel);
    m_bytesLabel->setVisible(spec.maxBytes.has_value());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(add, &QToolButton::clicked, this, [this] { addRow(); });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int current = m_table->currentRow();
        if (current >= 0) {
            m_table->removeRow(current);
            updateBytes();
            notifyEdited();
        }
    });
    connect(m_jsonButton, &QToolButton::toggled, this, &KeyValueFieldEditor::setJsonView);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item && item->column() == 1)
            item->setData(kJsonRole, false); // typed by hand: text
        updateBytes();
        notifyEdited();
    });
    connect(m_jsonEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateBytes();
        notifyEdited();
    });
    updateBytes();
}

void KeyValueFieldEditor::showObject(const QJsonObject& object)
{
    m_table->setRowCount(0);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto* valueItem = new QTableWidgetItem;
        if (it.value().isString()) {
            valueItem->setText(it.value().toString());
        } else {
            valueItem->setText(QString::fromUtf8(JsonText::compact(it.value())));
            valueItem->setData(kJsonRole, true);
        }
        m_table->setItem(row, 1, valueItem);
    }
    m_jsonEdit->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void KeyValueFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] { showObject(value.toObject()); });
    updateBytes();
}

QJsonObject KeyValueFieldEditor::tableObject(QString* problem) const
{
    QJsonObject object;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* keyItem = m_table->item(row, 0);
        const QTableWidgetItem* valueItem = m_table->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString text = valueItem ? valueItem->text() : QString();
        if (key.isEmpty()) {
            if (!text.isEmpty() && problem)
                *problem = tr("row %1 has a value but no key").arg(row + 1);
            continue;
        }
        if (object.contains(key) && problem)
            *problem = tr("the key \"%1\" appears twice").arg(key);
        // A value typed as JSON, or any value of a map whose members are numbers, booleans, lists
        // or objects (`additionalProperties: {type: integer}`): "7" is sent as 7. What does not
        // parse stays text, and the validator names the member whose type is wrong.
        const bool typedMember = spec().memberValue && spec().memberValue->type != FieldSpec::Type::String &&
                                 spec().memberValue->type != FieldSpec::Type::Any;
        if (valueItem && (valueItem->data(kJsonRole).toBool() || typedMember)) {
            const QJsonDocument parsed = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
            object.insert(key, parsed.array().isEmpty() ? QJsonValue(text) : parsed.array().first());
        } else {
            object.insert(key, text);
        }
    }
    return object;
}

QJsonValue KeyValueFieldEditor::value() const
{
    if (isJsonView()) {
        const QString text = m_jsonEdit->toPlainText().trimmed();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Undefined);
    }
    return tableObject(nullptr);
}

QString KeyValueFieldEditor::inputProblem() const
{
    if (isJsonView()) {
        const QString text = m_jsonEdit->toPlainText().trimmed();
        if (text.isEmpty())
            return QString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return tr("is not valid JSON: %1").arg(error.errorString());
        return document.isObject() ? QString() : tr("must be a JSON object ({ ... })");
    }
    QString problem;
    tableObject(&problem);
    return problem;
}

QWidget* KeyValueFieldEditor::inputWidget()
{
    return isJsonView() ? static_cast<QWidget*>(m_jsonEdit) : static_cast<QWidget*>(m_table);
}

void KeyValueFieldEditor::addRow(const QString& key, const QString& text)
{
    silently([&] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(text));
        m_table->setCurrentCell(row, 0);
    });
    if (key.isEmpty())
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    updateBytes();
    notifyEdited();
}

bool KeyValueFieldEditor::isJsonView() const
{
    return m_stack->currentWidget() == m_jsonEdit;
}

void KeyValueFieldEditor::setJsonView(bool json)
{
    if (json == isJsonView())
        return;
    silently([&] {
        if (json) {
            m_jsonEdit->setPlainText(
                QString::fromUtf8(QJsonDocument(tableObject(nullptr)).toJson(QJsonDocument::Indented)));
        } else if (inputProblem().isEmpty()) {
            showObject(value().toObject());
        } else {
            return; // keep the JSON view until it parses: nothing typed is thrown away
        }
        m_stack->setCurrentWidget(json ? static_cast<QWidget*>(m_jsonEdit) : static_cast<QWidget*>(m_table));
        m_jsonButton->setChecked(json);
    });
    if (!json && isJsonView())
        m_jsonButton->setChecked(true);
}

void KeyValueFieldEditor::updateBytes()
{
    if (!spec().maxBytes)
        return;
    const QJsonValue current = value();
    const qsizetype bytes =
        current.isObject() ? QJsonDocument(current.toObject()).toJson(QJsonDocument::Compact).size() : 0;
    const bool empty = !current.isObject() || current.toObject().isEmpty();
    m_bytesLabel->setText(empty ? tr("empty; at most %1 bytes as JSON").arg(*spec().maxBytes)
                                : tr("%1 of %2 bytes").arg(bytes).arg(*spec().maxBytes));
    ProblemPalette::markText(m_bytesLabel, bytes > *spec().maxBytes, QPalette::PlaceholderText);
}

} // namespace AccountDesk
