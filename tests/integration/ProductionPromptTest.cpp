// The production question at a terminal: `update` to a production server without --yes asks
// `Send to PRODUCTION <url>? [y/N]` on standard error, before credentials and before any request.
#include "TerminalChild.h"

#ifdef Q_OS_LINUX

using AccountDesk::TestSupport::TerminalChild;

namespace {

// 192.0.2.1 (TEST-NET-1) can never answer, and the profile has no credentials: past the question
// the run ends at the keychain (exit 5), never at a connection.
const std::vector<std::string> kProductionUpdate = {"update",     "pismo",
                                                    "--account",  "12",
                                                    "--base-url", "https://192.0.2.1",
                                                    "--profile",  "pty-production-nobody",
                                                    "--set",      "/account_name=x"};
const QByteArray kQuestion = "Send to PRODUCTION https://192.0.2.1? [y/N]";

} // namespace

TEST_F(TerminalChild, AnythingButYesAtTheProductionQuestionSendsNothing)
{
    ASSERT_NO_FATAL_FAILURE(start(kProductionUpdate));
    ASSERT_TRUE(readUntil(kQuestion).contains(kQuestion)) << m_output.toStdString();
    const QByteArray answer = "\n"; // N is the default
    ASSERT_EQ(::write(m_master, answer.constData(), static_cast<size_t>(answer.size())), answer.size());
    const int status = waitForExit();
    ASSERT_TRUE(WIFEXITED(status)) << m_output.toStdString();
    EXPECT_EQ(WEXITSTATUS(status), 2);
    EXPECT_TRUE(m_output.contains("nothing was sent. Not confirmed.")) << m_output.toStdString();
    EXPECT_FALSE(m_output.contains("credentials"));
}

TEST_F(TerminalChild, YesAtTheProductionQuestionGoesOn)
{
    ASSERT_NO_FATAL_FAILURE(start(kProductionUpdate));
    ASSERT_TRUE(readUntil(kQuestion).contains(kQuestion)) << m_output.toStdString();
    const QByteArray answer = "y\n";
    ASSERT_EQ(::write(m_master, answer.constData(), static_cast<size_t>(answer.size())), answer.size());
    const int status = waitForExit();
    ASSERT_TRUE(WIFEXITED(status)) << m_output.toStdString();
    EXPECT_EQ(WEXITSTATUS(status), 5) << "on to the keychain, where this profile has nothing";
    EXPECT_TRUE(m_output.contains("credentials: none stored")) << m_output.toStdString();
}

#else

TEST(ProductionPrompt, AtATerminal)
{
    GTEST_SKIP() << "pseudo-terminal test on Linux only";
}

#endif
