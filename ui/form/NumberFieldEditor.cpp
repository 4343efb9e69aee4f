#include "NumberFieldEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

#include <cmath>
#include <limits>

namespace AccountDesk {

NumberFieldEditor::NumberFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_lineEdit(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit, 1);
    m_lineEdit->setObjectName(isInteger() ? QStringLiteral("integerLineEdit")
                                          : QStringLiteral("numberLineEdit"));
    m_lineEdit->setInputMethodHints(isInteger() ? Qt::ImhDigitsOnly : Qt::ImhFormattedNumbersOnly);
    // Characters that can be part of a number get in, separators of both kinds included: a character
    // refused as it is typed would vanish silently ("3.25" becoming 325). Whether the text is a number
    // in the window's language ("12,5" in German, "12.5" in English; never a thousands separator)
    // is said as a problem at the field.
    const QRegularExpression allowed(QStringLiteral("^[-+]?[0-9.,]*([eE][-+]?[0-9]*)?$"));
    m_lineEdit->setValidator(new QRegularExpressionValidator(allowed, m_lineEdit));
    connect(m_lineEdit, &QLineEdit::textEdited, this, &NumberFieldEditor::notifyEdited);
}

void NumberFieldEditor::setValue(const QJsonValue& value)
{
    QString text;
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        text = (integer != std::numeric_limits<qint64>::min() && static_cast<double>(integer) == number)
                   ? QString::number(integer)
                   : QString::number(number, 'g', 17).replace(QLatin1Char('.'), QLocale().decimalPoint());
    } else {
        text = value.toVariant().toString();
    }
    silently([&] { m_lineEdit->setText(text); });
}

QString NumberFieldEditor::typedNumber() const
{
    // As JSON writes it: the window language's decimal separator becomes a point; the other
    // separator (a thousands separator in that language) becomes a character no parser accepts.
    QString text = m_lineEdit->text().trimmed();
    const QString decimal = QLocale().decimalPoint();
    text.replace(decimal == QStringLiteral(".") ? QStringLiteral(",") : QStringLiteral("."),
                 QStringLiteral("\u00a0"));
    return isInteger() ? text : text.replace(decimal, QStringLiteral("."));
}

QJsonValue NumberFieldEditor::value() const
{
    const QString text = typedNumber();
    if (text.isEmpty() || !inputProblem().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    bool ok = false;
    if (isInteger())
        return QJsonValue(text.toLongLong(&ok));
    const qint64 integer = text.toLongLong(&ok);
    return ok ? QJsonValue(integer) : QJsonValue(text.toDouble());
}

QString NumberFieldEditor::inputProblem() const
{
    const QString text = typedNumber();
    if (text.isEmpty())
        return QString();
    const QString typed = m_lineEdit->text().trimmed();
    if (text.contains(QChar(0x00a0)) || (isInteger() && text.contains(QLocale().decimalPoint())))
        return tr("\"%1\" is not a number here: the decimal separator is \"%2\", and there are no thousands "
                  "separators")
            .arg(typed, QLocale().decimalPoint());
    bool ok = false;
    if (isInteger()) {
        text.toLongLong(&ok);
        return ok ? QString() : tr("\"%1\" is not a whole number in the 64-bit range").arg(typed);
    }
    const double number = text.toDouble(&ok);
    return ok && std::isfinite(number) ? QString() : tr("\"%1\" is not a number").arg(typed);
}

QWidget* NumberFieldEditor::inputWidget()
{
    return m_lineEdit;
}

void NumberFieldEditor::setPlaceholder(const QString& text)
{
    m_lineEdit->setPlaceholderText(text);
}

} // namespace AccountDesk
