#include "MultilineFieldEditor.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace AccountDesk {

MultilineFieldEditor::MultilineFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_textEdit(new QPlainTextEdit(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_textEdit);
    m_textEdit->setObjectName(QStringLiteral("multilinePlainTextEdit"));
    m_textEdit->setTabChangesFocus(true); // Tab moves on; keyboard users are never trapped
    m_textEdit->setMaximumHeight(m_textEdit->fontMetrics().lineSpacing() * 6 + 12);
    if (spec.hint == QStringLiteral("ip-list"))
        m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &MultilineFieldEditor::notifyEdited);
}

void MultilineFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] { m_textEdit->setPlainText(value.toString()); });
}

QJsonValue MultilineFieldEditor::value() const
{
    const QString text = m_textEdit->toPlainText();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QWidget* MultilineFieldEditor::inputWidget()
{
    return m_textEdit;
}

void MultilineFieldEditor::setPlaceholder(const QString& text)
{
    m_textEdit->setPlaceholderText(text);
}

} // namespace AccountDesk
