#include "JsonFieldEditor.h"

#include "core/JsonText.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace AccountDesk {
namespace {

std::optional<QJsonValue> parse(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

JsonFieldEditor::JsonFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_textEdit(new QPlainTextEdit(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_textEdit);
    m_textEdit->setObjectName(QStringLiteral("jsonPlainTextEdit"));
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setMaximumHeight(m_textEdit->fontMetrics().lineSpacing() * 8 + 12);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &JsonFieldEditor::notifyEdited);
}

void JsonFieldEditor::setValue(const QJsonValue& value)
{
    if (value.isUndefined()) {
        silently([&] { m_textEdit->clear(); });
        return;
    }
    const QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                            : value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                              : JsonText::compact(value);
    silently([&] { m_textEdit->setPlainText(QString::fromUtf8(text).trimmed()); });
}

QJsonValue JsonFieldEditor::value() const
{
    const QString text = m_textEdit->toPlainText().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return parse(text).value_or(QJsonValue(QJsonValue::Undefined));
}

QString JsonFieldEditor::inputProblem() const
{
    const QString text = m_textEdit->toPlainText().trimmed();
    if (text.isEmpty() || parse(text))
        return QString();
    return tr("is not valid JSON");
}

QWidget* JsonFieldEditor::inputWidget()
{
    return m_textEdit;
}

void JsonFieldEditor::setPlaceholder(const QString& text)
{
    m_textEdit->setPlaceholderText(text);
}

} // namespace AccountDesk
