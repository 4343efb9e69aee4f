#pragma once

// The real accountdesk-cli on a pseudo-terminal, as a person at a terminal meets it (Linux only).
#include <QByteArray>
#include <QDeadlineTimer>
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

namespace AccountDesk::TestSupport {

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

} // namespace AccountDesk::TestSupport

#endif
