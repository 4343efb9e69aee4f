#include "UiLanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace AccountDesk {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString UiLanguage::nativeName(const QString& code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString UiLanguage::chosen()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return available().contains(code) ? code : QString();
}

void UiLanguage::choose(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, code);
}

QString UiLanguage::systemLanguage()
{
    // The first of the user's preferred languages that Account Desk speaks.
    for (const QString& preferred : QLocale::system().uiLanguages()) {
        const QString code = preferred.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString UiLanguage::effective()
{
    const QString code = chosen();
    return code.isEmpty() ? systemLanguage() : code;
}

void UiLanguage::install()
{
    for (const QPointer<QTranslator>& translator : std::as_const(installed()))
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    installed().clear();
    const QString code = effective();
    // Numbers and dates as the window's language writes them; the system's own region when it
    // speaks that language (de_AT stays Austrian), else the language's main region.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().startsWith(code) ? system : QLocale(code));
    const QList<std::pair<QString, QString>> catalogues = {
        {QStringLiteral("accountdesk_") + code, QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)}};
    for (const auto& [name, directory] : catalogues) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(name, directory)) {
            QCoreApplication::installTranslator(translator);
            installed().append(translator);
        } else {
            delete translator; // English needs no qtbase catalogue; a missing one leaves Qt's English
        }
    }
}

} // namespace AccountDesk
