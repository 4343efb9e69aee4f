#pragma once

#include <QCoreApplication>
#include <QString>

namespace AccountDesk {

// Light or dark: as the system's theme says (the default), or chosen in Preferences. Light and dark
// use Qt's Fusion style with a full palette, so every widget (and the problem colours, which are
// derived from the palette) follows; the choice applies at once.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::Appearance)

public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    static Mode chosen();
    static void choose(Mode mode);
    // Applies the chosen mode to the running application (a QApplication).
    static void apply();
    static QString displayName(Mode mode);
};

} // namespace AccountDesk
