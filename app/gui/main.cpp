#include "Appearance.h"
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
#include <string_view>

namespace {

struct Options
{
    QCommandLineOption provider{
        QStringLiteral("provider"),
        QStringLiteral("Start with the provider <id> selected (see accountdesk-cli providers)."),
        QStringLiteral("id")};
    QCommandLineOption exitAfterStartup{
        QStringLiteral("exit-after-startup"),
        QStringLiteral("Quit right after the window is first painted (to measure start-up).")};
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QStringLiteral("Edit customer accounts on SaaS platforms through their update-account APIs.\n"
                       "Extra providers are read from the folders in $ACCOUNTDESK_PROVIDERS_PATH."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.provider);
    parser.addOption(options.exitAfterStartup);
}

// --help and --version only print: they must work without a display (man pages are generated from
// them at build time, and packages are checked on machines without one), so they are answered
// before a QApplication, which needs a display platform, is made.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef ACCOUNTDESK_HARDENING
    // Before anything else, so no secret is ever in memory that could be dumped or read.
    if (!AccountDesk::ProcessHardening::apply())
        std::fputs("accountdesk: warning: could not switch core dumps off and refuse debuggers\n", stderr);
#endif
    const Options options;
    if (onlyPrints(argc, argv)) {
        const QCoreApplication core(argc, argv);
        AccountDesk::ApplicationIdentity::apply();
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(QCoreApplication::arguments()); // prints and exits, or reports a bad option
        return 0;
    }

    QApplication application(argc, argv);
    AccountDesk::ApplicationIdentity::apply();
    QApplication::setApplicationDisplayName(AccountDesk::ApplicationIdentity::displayName());
    QApplication::setDesktopFileName(QStringLiteral("org.accountdesk.AccountDesk"));
    AccountDesk::UiLanguage::install();
    AccountDesk::Appearance::apply();
    AccountDesk::ProxyChoice::fromSettings().apply();
    AccountDesk::ProxyAuthenticator::install(AccountDesk::ProxyLoginDialog::asker());

    QCommandLineParser parser;
    describe(parser, options);
    parser.process(application);

    const AccountDesk::ProviderRegistry registry = AccountDesk::ProviderRegistry::loadDefault();
    AccountDesk::KeychainCredentialStore keychain;
    const QString initialProvider = parser.value(options.provider);
    if (!initialProvider.isEmpty() && !registry.whyNot(initialProvider).isEmpty()) {
        qCritical("accountdesk: %s", qPrintable(registry.whyNot(initialProvider)));
        return 2;
    }
    AccountDesk::MainWindow window(registry, keychain, initialProvider);
    // The icon is drawn from its SVG once the window is up: the first paint need not wait for it.
    AccountDesk::FirstPaint::then(&window, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.accountdesk.AccountDesk.svg")));
    });
    if (parser.isSet(options.exitAfterStartup))
        AccountDesk::FirstPaint::then(&window, [] { QCoreApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
