#pragma once

#include <QString>

namespace AccountDesk {

// Names and version shared by the GUI, the CLI and the tests (settings paths, keychain service,
// User-Agent all derive from these).
struct ApplicationIdentity
{
    static QString organizationName() { return QStringLiteral("AccountDesk"); }
    static QString applicationName() { return QStringLiteral("AccountDesk"); }
    static QString displayName() { return QStringLiteral("Account Desk"); }
    static QString version();
    // Sets the names above on the running QCoreApplication (call once, right after constructing it).
    static void apply();
};

} // namespace AccountDesk
