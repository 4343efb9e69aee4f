#include "TextFieldEditor.h"

#include "widgets/ProblemPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace AccountDesk {

TextFieldEditor::TextFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_lineEdit(new QLineEdit(this))
    , m_counterLabel(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_counterLabel);
    m_lineEdit->setObjectName(QStringLiteral("textLineEdit"));
    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    m_counterLabel->setVisible(false);
    if (spec.format == QStringLiteral("email"))
        m_lineEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    else if (spec.format == QStringLiteral("uri") || spec.format == QStringLiteral("url"))
        m_lineEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    connect(m_lineEdit, &QLineEdit::textEdited, this, [this] {
        updateCounter();
        notifyEdited();
    });
}

void TextFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] { m_lineEdit->setText(value.toString()); });
    updateCounter();
}

QJsonValue TextFieldEditor::value() const
{
    const QString text = m_lineEdit->text();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QWidget* TextFieldEditor::inputWidget()
{
    return m_lineEdit;
}

void TextFieldEditor::setPlaceholder(const QString& text)
{
    m_lineEdit->setPlaceholderText(text);
}

void TextFieldEditor::updateCounter()
{
    if (!spec().maxLength) {
        return;
    }
    const qsizetype length = m_lineEdit->text().toUcs4().size();
    const qint64 maximum = *spec().maxLength;
    // Only near the limit: a counter on every field is noise.
    const bool near = length >= maximum * 8 / 10;
    m_counterLabel->setVisible(near);
    m_counterLabel->setText(QStringLiteral("%1/%2").arg(length).arg(maximum));
    ProblemPalette::markText(m_counterLabel, length > maximum, QPalette::PlaceholderText);
}

} // namespace AccountDesk
