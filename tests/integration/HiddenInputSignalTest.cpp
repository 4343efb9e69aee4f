// The real accountdesk-cli on a pseudo-terminal: `credentials set` turns echo off while it reads,
// and echo is back however it ends, also when SIGINT or SIGTERM ends it mid-input.
#include "TerminalChild.h"

#include <QString>

#ifdef Q_OS_LINUX

using AccountDesk::TestSupport::TerminalChild;

namespace {

const std::vector<std::string> kSetPismo = {"credentials", "set", "pismo", "--profile", "pty-test"};
const QByteArray kPrompt = "input is hidden";

class EchoAfterSignal : public TerminalChild, public ::testing::WithParamInterface<int>
{};

} // namespace

TEST_P(EchoAfterSignal, IsRestoredWhenTheSignalEndsHiddenInput)
{
    const int number = GetParam();
    ASSERT_NO_FATAL_FAILURE(start(kSetPismo));
    ASSERT_TRUE(readUntil(kPrompt).contains(kPrompt)) << m_output.toStdString();
    EXPECT_FALSE(echoIsOn()) << "echo is off while the CLI waits for a secret";

    ASSERT_EQ(::kill(m_pid, number), 0);
    const int status = waitForExit();
    ASSERT_NE(status, -1) << "the CLI did not end";
    EXPECT_TRUE(WIFSIGNALED(status)) << "it ends by the signal, as without a handler";
    EXPECT_EQ(WTERMSIG(status), number);
    EXPECT_TRUE(echoIsOn()) << "echo was left off";
}

namespace {

std::string signalName(const ::testing::TestParamInfo<int>& parameter)
{
    return parameter.param == SIGINT ? "SIGINT" : parameter.param == SIGTERM ? "SIGTERM" : "SIGHUP";
}

} // namespace

INSTANTIATE_TEST_SUITE_P(HiddenInput, EchoAfterSignal, ::testing::Values(SIGINT, SIGTERM, SIGHUP),
                         signalName);

TEST_F(TerminalChild, EchoIsRestoredWhenInputEndsAndTypedTextIsNeverShown)
{
    ASSERT_NO_FATAL_FAILURE(start(kSetPismo));
    ASSERT_TRUE(readUntil(kPrompt).contains(kPrompt)) << m_output.toStdString();
    // A line the CLI cannot use (no '='), then the empty line that ends input at a terminal.
    const QByteArray typed = "typed-but-hidden-9f3a\n\n";
    ASSERT_EQ(::write(m_master, typed.constData(), static_cast<size_t>(typed.size())), typed.size());
    const int status = waitForExit();
    ASSERT_NE(status, -1) << "the CLI did not end";
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 2);
    EXPECT_TRUE(m_output.contains("stdin line 1: expected field=value")) << m_output.toStdString();
    EXPECT_FALSE(m_output.contains("9f3a")) << "neither the terminal nor the CLI shows it";
    EXPECT_TRUE(echoIsOn());
}

#else

TEST(HiddenInput, EchoAfterSignal)
{
    GTEST_SKIP() << "pseudo-terminal test on Linux only";
}

#endif
