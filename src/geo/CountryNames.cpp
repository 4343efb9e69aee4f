#include "CountryNames.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace AccountDesk {
namespace {

using NamesByLanguage = QHash<QString, QHash<QString, QString>>;

const NamesByLanguage& names()
{
    static const NamesByLanguage loaded = [] {
        NamesByLanguage result;
        QFile file(QStringLiteral(":/countries/country-names.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject languages = QJsonDocument::fromJson(file.readAll()).object();
        for (auto language = languages.constBegin(); language != languages.constEnd(); ++language) {
            const QJsonObject byCode = language.value().toObject();
            QHash<QString, QString>& table = result[language.key()];
            for (auto entry = byCode.constBegin(); entry != byCode.constEnd(); ++entry)
                table.insert(entry.key(), entry.value().toString());
        }
        return result;
    }();
    return loaded;
}

QString languageCode(const QLocale& locale)
{
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

bool CountryNames::hasLanguage(const QLocale& locale)
{
    return names().contains(languageCode(locale));
}

QString CountryNames::name(const QString& code, const QLocale& locale)
{
    const QString language = hasLanguage(locale) ? languageCode(locale) : QStringLiteral("en");
    return names().value(language).value(code.toUpper(), code);
}

} // namespace AccountDesk
