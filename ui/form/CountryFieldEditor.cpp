#include "CountryFieldEditor.h"

#include "widgets/CountryPicker.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>

namespace AccountDesk {

CountryFieldEditor::CountryFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_picker(new CountryPicker(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 1);
    m_picker->setObjectName(QStringLiteral("countryPicker"));
    QStringList codes;
    for (const QJsonValue& option : spec.enumValues)
        codes.append(option.toString());
    if (!codes.isEmpty())
        m_picker->setAllowedCodes(codes);
    silently([&] { m_picker->setCode(QString()); });
    connect(m_picker, &CountryPicker::codeEdited, this, &CountryFieldEditor::notifyEdited);
}

void CountryFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] { m_picker->setCode(value.toString()); });
}

QJsonValue CountryFieldEditor::value() const
{
    const QString code = m_picker->code();
    if (!code.isEmpty())
        return code;
    const QString text = m_picker->currentText().trimmed();
    // Unknown text is passed on as typed, so the validator can name it.
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QString CountryFieldEditor::inputProblem() const
{
    return m_picker->problem();
}

QWidget* CountryFieldEditor::inputWidget()
{
    return m_picker;
}

void CountryFieldEditor::setPlaceholder(const QString& text)
{
    m_picker->lineEdit()->setPlaceholderText(text);
}

} // namespace AccountDesk
