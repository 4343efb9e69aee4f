#pragma once

#include <QComboBox>
#include <QStringList>

namespace AccountDesk {

// A searchable choice of ISO 3166-1 alpha-2 countries: type the code ("DE") or any part of the name
// ("germ"); names come from CountryNames, in the window's language. Restricted to `allowedCodes` when the
// spec has an enum.
class CountryPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryPicker(QWidget* parent = nullptr);

    // Empty: every assigned code.
    void setAllowedCodes(const QStringList& codes);
    QStringList allowedCodes() const { return m_codes; }

    // The chosen code; empty when the text names no allowed country.
    QString code() const;
    void setCode(const QString& code);
    // What the typed text is, in words, when it is not an allowed country; else empty.
    QString problem() const;

    static QString countryName(const QString& code);
    // The key a name sorts by: without accents and case.
    static QString sortKey(const QString& name);
    // The code the text means: a code ("de", "DE"), a display entry ("Germany (DE)"), or a name.
    QString codeForText(const QString& text) const;

Q_SIGNALS:
    void codeEdited();

private:
    void rebuild();

    QStringList m_codes;
};

} // namespace AccountDesk
