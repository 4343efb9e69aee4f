#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace AccountDesk {

// The language of the window: English or German. It follows the system locale unless the operator
// chose one in Preferences; numbers and country names follow it too (QLocale's default is set to it).
// The command-line tool never installs it: scripts parse its English.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    static QStringList available();                 // language codes with a translation: "en", "de"
    static QString nativeName(const QString& code); // "English", "Deutsch"
    // The operator's choice from the settings; empty for "as the system".
    static QString chosen();
    static void choose(const QString& code);
    // The language the window uses: the choice, else the system's if available, else English.
    static QString effective();
    static QString systemLanguage();
    // Sets QLocale's default and installs Account Desk's and Qt's own translations for
    // `effective()`; replaces translators installed by an earlier call.
    static void install();
};

} // namespace AccountDesk
