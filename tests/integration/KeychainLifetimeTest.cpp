// A keychain store that is destroyed while a read is still under way never calls back. What the
// callback would reach is gone with it: ProfileCredentials::readAll reads the next field through
// the store, so a late answer used to read through a deleted store (AddressSanitizer reported a
// heap-use-after-free there when a window's credentials check outlived its store).
#include "KeychainRequirement.h"
#include "store/KeychainCredentialStore.h"
#include "store/ProfileCredentials.h"

#include <gtest/gtest.h>

#include <memory>

using namespace AccountDesk;

TEST(KeychainLifetime, AStoreThatIsGoneNeverCallsBack)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString service = QStringLiteral("AccountDesk-test-lifetime");
    const QStringList fields = {QStringLiteral("token"), QStringLiteral("api_key"), QStringLiteral("secret")};
    bool calledBack = false;
    auto store = std::make_unique<KeychainCredentialStore>(service);
    ProfileCredentials::readAll(*store, QStringLiteral("acme"), QStringLiteral("default"), fields,
                                [&calledBack](const ProfileCredentials::Outcome&) { calledBack = true; });
    store.reset();

    // The same reads through a store that stays: the Secret Service answers in order, so once these
    // are answered, so is the first store's read.
    KeychainCredentialStore other(service);
    const ProfileCredentials::Outcome outcome =
        ProfileCredentials::readAllNow(other, QStringLiteral("acme"), QStringLiteral("default"), fields);
    EXPECT_FALSE(outcome.storeProblem) << outcome.storeProblem->message.toStdString();
    EXPECT_FALSE(calledBack);
}
