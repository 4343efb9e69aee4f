// The real accountdesk-cli on a pseudo-terminal: `credentials set` turns echo off while it reads,
// and echo is back however it ends, also when SIGINT or SIGTERM ends it mid-input.
#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QtGlobal>

#include <gtest/gtest.h>

#ifdef Q_OS_LINUX

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <string>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <utmp.h>
#include <vector>

namespace {

class TerminalChild : public ::testing::Test
{
protected:
    void TearDown() override
    {
        if (m_pid > 0 && ::waitpid(m_pid, nullptr, WNOHANG) == 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
    }

    // Starts the CLI in a new session whose controlling terminal, and standard streams, are a new
    // pseudo-terminal. This process keeps the terminal's other end and one handle on it, so its
    // settings can be read after the child is gone.
    void start(const std::vector<std::string>& arguments)
    {
        ASSERT_EQ(::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr), 0);
        termios settings{};
        ASSERT_EQ(::tcgetattr(m_slave, &settings), 0);
        ASSERT_TRUE(settings.c_lflag & ECHO) << "a new terminal echoes";
        std::vector<std::string> words{ACCOUNTDESK_CLI_PATH};
        words.insert(words.end(), arguments.begin(), arguments.end());
        std::vector<char*> argv;
        for (std::string& word : words)
            argv.push_back(word.data());
        argv.push_back(nullptr);
        m_pid = ::fork();
        ASSERT_NE(m_pid, -1);
        if (m_pid == 0) {
            ::close(m_master);
            if (::login_tty(m_slave) != 0)
                ::_exit(126);
            ::execv(argv.front(), argv.data());
            ::_exit(127);
        }
    }

    // Reads what the child wrote to the terminal, waiting at most `milliseconds` for more.
    void drain(int milliseconds)
    {
        pollfd ready{m_master, POLLIN, 0};
        while (::poll(&ready, 1, milliseconds) > 0) {
            char buffer[4096];
            const ssize_t count = ::read(m_master, buffer, sizeof buffer);
            if (count <= 0)
                return; // the child is gone and the terminal hung up
            m_output.append(buffer, count);
            milliseconds = 0;
        }
    }

    // Everything the child wrote to the terminal, until `expected` shows up or 30 s pass.
    QByteArray readUntil(const QByteArray& expected)
    {
        QDeadlineTimer deadline(30000);
        while (!m_output.contains(expected) && !deadline.hasExpired())
            drain(100);
        return m_output;
    }

    // The child's wait status, or -1 when it did not end within 30 s.
    int waitForExit()
    {
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            drain(20); // a full terminal would block the child
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                drain(0);
                return status;
            }
        }
        return -1;
    }

    bool echoIsOn() const
    {
        termios settings{};
        EXPECT_EQ(::tcgetattr(m_slave, &settings), 0);
        return (settings.c_lflag & ECHO) != 0;
    }

    pid_t m_pid = -1;
    int m_master = -1;
    int m_slave = -1;
    QByteArray m_output;
};

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
