#pragma once

#include <QtGlobal>

#include <gtest/gtest.h>

// Keychain-dependent tests skip without a D-Bus session, except under scripts/test (which sets
// ACCOUNTDESK_REQUIRE_KEYCHAIN=1): there the absence is a failure, so CI cannot pass without them.
#define ACCOUNTDESK_REQUIRE_KEYCHAIN()                                                                       \
    do {                                                                                                     \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                       \
            if (qEnvironmentVariableIntValue("ACCOUNTDESK_REQUIRE_KEYCHAIN") == 1)                           \
                FAIL() << "ACCOUNTDESK_REQUIRE_KEYCHAIN=1 but there is no D-Bus session";                    \
            GTEST_SKIP() << "no D-Bus session: run the tests through scripts/test";                          \
        }                                                                                                    \
    } while (false)
