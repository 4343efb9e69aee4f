#pragma once

#include <QString>
#include <QStringList>

namespace AccountDesk {

// ISO 3166-1 alpha-2: the officially assigned country codes (249). User-assigned codes such as XK
// (Kosovo) are not in it: a field hinted `country` accepts them only if its spec's enum lists them
// and the hint is removed.
class CountryCodes
{
public:
    static const QStringList& assigned();
    static bool isAssigned(const QString& code);
};

} // namespace AccountDesk
