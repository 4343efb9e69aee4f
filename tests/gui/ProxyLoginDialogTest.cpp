// The window's answer to a proxy that asks for credentials: a dialog that says whether the last
// answer was refused, offers the user name already known, hides the password, and gives nothing
// when the operator cancels.
#include "ProxyLoginDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace AccountDesk;

namespace {

// Runs `act` on the proxy login dialog once it is open (the asker blocks in its own event loop).
void whenTheDialogOpens(std::function<void(QDialog&)> act)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QStringLiteral("proxyLoginDialog"))
            return;
        poll->stop();
        poll->deleteLater();
        act(*dialog);
    });
    poll->start();
}

QString message(QDialog& dialog)
{
    QString text;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        text += label->text();
    return text;
}

} // namespace

TEST(ProxyLoginDialogTest, TheOperatorsAnswerIsGivenWithTheKnownUserOffered)
{
    QString shown;
    QLineEdit::EchoMode echo = QLineEdit::Normal;
    whenTheDialogOpens([&](QDialog& dialog) {
        shown = message(dialog);
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("proxyUserLineEdit"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("proxyPasswordLineEdit"));
        EXPECT_EQ(user->text(), QStringLiteral("ops"));
        echo = password->echoMode();
        QTest::keyClicks(password, QStringLiteral("s3cret"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    const auto login =
        ProxyLoginDialog::asker()(QStringLiteral("proxy.corp:3128"), QStringLiteral("ops"), false);
    ASSERT_TRUE(login.has_value());
    EXPECT_EQ(login->user, QStringLiteral("ops"));
    EXPECT_EQ(login->password, QStringLiteral("s3cret"));
    EXPECT_EQ(echo, QLineEdit::Password);
    EXPECT_TRUE(shown.contains(QStringLiteral("proxy.corp:3128 asks"))) << shown.toStdString();
}

TEST(ProxyLoginDialogTest, ARefusalIsSaidAndCancelGivesNothing)
{
    QString shown;
    whenTheDialogOpens([&](QDialog& dialog) {
        shown = message(dialog);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    const auto login =
        ProxyLoginDialog::asker()(QStringLiteral("proxy.corp:3128"), QStringLiteral("ops"), true);
    EXPECT_FALSE(login.has_value());
    EXPECT_TRUE(shown.contains(QStringLiteral("did not accept"))) << shown.toStdString();
}
