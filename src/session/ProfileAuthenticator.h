#pragma once

#include "SessionFailure.h"
#include "auth/Authenticator.h"
#include "provider/Provider.h"
#include "store/CredentialStore.h"

#include <functional>
#include <variant>

namespace AccountDesk {

// Reads a provider profile's credentials from the keychain and turns them into the auth that
// applies (the first kind whose fields are all stored), or says why there is none. Nothing is
// cached: each operation reads afresh, and the Authenticator lives only as long as its call.
class ProfileAuthenticator
{
public:
    using Outcome = std::variant<Authenticator, SessionFailure>;

    static void read(CredentialStore& store, const Provider& provider, const QString& profile,
                     std::function<void(const Outcome&)> done);
};

} // namespace AccountDesk
