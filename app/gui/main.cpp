#include "FirstPaint.h"
#include "MainWindow.h"
#include "ProxyLoginDialog.h"
#include "UiLanguage.h"
#include "core/ApplicationIdentity.h"
#include "core/ProcessHardening.h"
#include "net/ProxyChoice.h"
#include "provider/ProviderRegistry.h"
#include "store/KeychainCredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char* argv[])
{
#ifdef ACCOUNTDESK_HARDENING
    // Before anything else, so no secret is ever in memory that could be dumped or read.
    if (!AccountDesk::ProcessHardening::apply())
        std::fputs("accountdesk: warning: could not switch core dumps off and refuse debuggers\n", stderr);
#endif
    QApplication application(argc, argv);
    AccountDesk::ApplicationIdentity::apply();
    QApplication::setApplicationDisplayName(AccountDesk::ApplicationIdentity::displayName());
    QApplication::setDesktopFileName(QStringLiteral("org.accountdesk.AccountDesk"));
    AccountDesk::UiLanguage::install();
    AccountDesk::ProxyChoice::fromSettings().apply();
    AccountDesk::ProxyAuthenticator::install(AccountDesk::ProxyLoginDialog::asker());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Edit customer accounts on SaaS platforms through their update-account APIs.\n"
                       "Extra providers are read from the folders in $ACCOUNTDESK_PROVIDERS_PATH."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption providerOption(
        QStringLiteral("provider"),
        QStringLiteral("Start with the provider <id> selected (see accountdesk-cli providers)."),
        QStringLiteral("id"));
    parser.addOption(providerOption);
    const QCommandLineOption exitAfterStartupOption(
        QStringLiteral("exit-after-startup"),
        QStringLiteral("Quit right after the window is first painted (to measure start-up)."));
    parser.addOption(exitAfterStartupOption);
    parser.process(application);

    const AccountDesk::ProviderRegistry registry = AccountDesk::ProviderRegistry::loadDefault();
    AccountDesk::KeychainCredentialStore keychain;
    const QString initialProvider = parser.value(providerOption);
    if (!initialProvider.isEmpty() && !registry.whyNot(initialProvider).isEmpty()) {
        qCritical("accountdesk: %s", qPrintable(registry.whyNot(initialProvider)));
        return 2;
    }
    AccountDesk::MainWindow window(registry, keychain, initialProvider);
    // The icon is drawn from its SVG once the window is up: the first paint need not wait for it.
    AccountDesk::FirstPaint::then(&window, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.accountdesk.AccountDesk.svg")));
    });
    if (parser.isSet(exitAfterStartupOption))
        AccountDesk::FirstPaint::then(&window, [] { QCoreApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
