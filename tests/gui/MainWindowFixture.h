#pragma once

// The operator's window as the GUI tests meet it: real widgets on the offscreen platform, the
// real Secret Service, settings and drafts of this test process only.
#include "KeychainRequirement.h"
#include "MainWindow.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "store/DraftStore.h"
#include "store/KeychainCredentialStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace AccountDesk::TestSupport {

inline void storeSecret(CredentialStore& store, const QString& key, const QString& value)
{
    QEventLoop loop;
    store.write(key, value, [&loop](const CredentialStore::Result&) { loop.quit(); });
    loop.exec();
}

inline void removeSecret(CredentialStore& store, const QString& key)
{
    QEventLoop loop;
    store.remove(key, [&loop](const CredentialStore::Result&) { loop.quit(); });
    loop.exec();
}

// Runs `handle` on the next modal dialog of type T, from inside its exec(). The watch ends with
// the dialog, after 20 s, or when the returned timer is deleted (so it cannot reach another test).
template <typename T> QPointer<QTimer> onNextModal(std::function<void(T*)> handle, bool* seen = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle, seen] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (seen)
                *seen = true;
            handle(dialog);
        }
    });
    timer->start();
    QTimer::singleShot(20000, timer, [timer] {
        timer->stop();
        timer->deleteLater();
    });
    return timer;
}

class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        QSettings().clear();
        QDir(DraftStore::defaultDirectory()).removeRecursively();
        storeSecret(m_store, QStringLiteral("pismo/default/token"), QStringLiteral("pismo-gui-token"));
        storeSecret(m_store, QStringLiteral("softwareone/default/token"), QStringLiteral("swo-gui-token"));
        m_window = std::make_unique<MainWindow>(bundledRegistry(), m_store);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    template <typename T> T* child(const char* name)
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void selectProvider(const QString& displayName)
    {
        auto* list = child<QListWidget>("providerListWidget");
        const QList<QListWidgetItem*> items = list->findItems(displayName, Qt::MatchExactly);
        ASSERT_EQ(items.size(), 1);
        list->setCurrentItem(items.first());
    }

    void connectTo(const TestHttpServer& server, const QString& account)
    {
        auto* environment = child<QComboBox>("environmentComboBox");
        environment->setCurrentIndex(environment->count() - 1); // Custom base URL…
        QLineEdit* baseUrl = child<QLineEdit>("baseUrlLineEdit");
        baseUrl->clear();
        QTest::keyClicks(baseUrl, server.baseUrl());
        if (!account.isEmpty())
            QTest::keyClicks(child<QLineEdit>("accountLineEdit"), account);
    }

    QLineEdit* fieldLineEdit(const QString& pointer)
    {
        FieldRow* row = m_window->formView()->row(pointer);
        return row ? row->findChild<QLineEdit*>() : nullptr;
    }

    bool waitIdle()
    {
        return QTest::qWaitFor(
            [this] { return m_window->session()->activity() == AccountSession::Activity::Idle; }, 20000);
    }

    KeychainCredentialStore m_store;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace AccountDesk::TestSupport
