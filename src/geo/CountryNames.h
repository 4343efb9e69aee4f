#pragma once

#include <QLocale>
#include <QString>

namespace AccountDesk {

// The names of ISO 3166-1 countries as people say them ("South Korea"), in English and German,
// from the iso-codes data committed in resources/countries. Qt itself has only English names.
class CountryNames
{
public:
    // The name of `code` in `locale`'s language (English when that language has no names); the code
    // itself when the code is unknown.
    static QString name(const QString& code, const QLocale& locale = QLocale());
    // Whether names exist for `locale`'s language (else English ones are used).
    static bool hasLanguage(const QLocale& locale);
};

} // namespace AccountDesk
