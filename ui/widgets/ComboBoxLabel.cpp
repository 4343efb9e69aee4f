#include "ComboBoxLabel.h"

#include <QComboBox>

namespace AccountDesk {

ComboBoxLabel* ComboBoxLabel::attach(QComboBox* comboBox, const QString& text)
{
    Q_ASSERT(comboBox->parentWidget());
    return new ComboBoxLabel(comboBox, text);
}

ComboBoxLabel::ComboBoxLabel(QComboBox* comboBox, const QString& text)
    : QLabel(comboBox->parentWidget())
{
    setObjectName(comboBox->objectName() + QStringLiteral("AccessibleLabel"));
    // "&&" keeps an ampersand of the text from becoming a mnemonic: a hidden label takes no shortcut.
    setText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")));
    setBuddy(comboBox);
    setVisible(false);
}

} // namespace AccountDesk
