#include "CountryPicker.h"

#include "geo/CountryCodes.h"
#include "geo/CountryNames.h"

#include <QCompleter>
#include <QLineEdit>
#include <QLocale>

namespace AccountDesk {

CountryPicker::CountryPicker(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Country name or code"));
    rebuild();
    connect(lineEdit(), &QLineEdit::textEdited, this, &CountryPicker::codeEdited);
    connect(this, &QComboBox::activated, this, &CountryPicker::codeEdited);
}

QString CountryPicker::sortKey(const QString& name)
{
    // "Åland Islands" sorts with the A's and "Côte d'Ivoire" with "Costa Rica": accents and case
    // aside, as a person looks for a name. Qt's own Unicode tables, not a collator (which would
    // load ICU for a list of English names).
    QString key;
    for (const QChar character : name.normalized(QString::NormalizationForm_D))
        if (character.category() != QChar::Mark_NonSpacing)
            key.append(character);
    return key.toCaseFolded();
}

QString CountryPicker::countryName(const QString& code)
{
    return CountryNames::name(code); // in the window's language
}

void CountryPicker::setAllowedCodes(const QStringList& codes)
{
    m_codes.clear();
    for (const QString& code : codes)
        if (CountryCodes::isAssigned(code))
            m_codes.append(code);
    rebuild();
}

void CountryPicker::rebuild()
{
    const QString current = code();
    const QStringList codes = m_codes.isEmpty() ? CountryCodes::assigned() : m_codes;
    struct Entry
    {
        QString key; // how it sorts
        QString name;
        QString code;
    };
    QList<Entry> entries;
    for (const QString& code : codes) {
        const QString name = countryName(code);
        entries.append({sortKey(name), name, code});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    clear();
    for (const Entry& entry : std::as_const(entries))
        addItem(QStringLiteral("%1 (%2)").arg(entry.name, entry.code), entry.code);
    setCode(current);
}

QString CountryPicker::codeForText(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QStringList codes = m_codes.isEmpty() ? CountryCodes::assigned() : m_codes;
    if (trimmed.size() == 2 && codes.contains(trimmed.toUpper()))
        return trimmed.toUpper();
    for (int index = 0; index < count(); ++index) {
        const QString code = itemData(index).toString();
        // The English name is understood in every language: operators copy names from English data.
        if (itemText(index).compare(trimmed, Qt::CaseInsensitive) == 0 ||
            countryName(code).compare(trimmed, Qt::CaseInsensitive) == 0 ||
            CountryNames::name(code, QLocale(QLocale::English)).compare(trimmed, Qt::CaseInsensitive) == 0)
            return code;
    }
    return QString();
}

QString CountryPicker::code() const
{
    return codeForText(currentText());
}

void CountryPicker::setCode(const QString& code)
{
    const int index = findData(code);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(code);
}

QString CountryPicker::problem() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty() || !code().isEmpty())
        return QString();
    return tr("\"%1\" is not a country this field accepts").arg(text);
}

} // namespace AccountDesk
