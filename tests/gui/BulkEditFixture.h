#pragma once

// The fixture of the Bulk edit window's tests: the main window on Pismo, connected to a real
// loopback server that keeps the accounts it is sent (a read per GET, a merge and a count per PATCH;
// ids in m_missing answer 404; m_delayMs holds every answer back).
#include "BulkColumnMapping.h"
#include "BulkCommonEdits.h"
#include "BulkEditController.h"
#include "BulkEditDialog.h"
#include "BulkOutcomesView.h"
#include "MainWindowFixture.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>

#include <mutex>

namespace AccountDesk::TestSupport {

class BulkEditTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        selectProvider(QStringLiteral("Pismo"));
        connectTo(m_server, QString());
    }

    // A bulk edit made directly for Pismo at a production server (any host but the sandbox's).
    const ProviderPtr m_productionPismo = bundledRegistry().provider(QStringLiteral("pismo"));
    const AccountTarget m_productionTarget{QStringLiteral("pismo"),
                                           QUrl(QStringLiteral("https://accounts.example.com")),
                                           {},
                                           QStringLiteral("default")};

    BulkEditDialog* openDialog()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("bulkEditAction"));
        EXPECT_NE(action, nullptr);
        action->trigger();
        auto* controller = m_window->findChild<BulkEditController*>();
        return controller ? controller->dialog() : nullptr;
    }

    bool waitForRun(BulkEditDialog* dialog)
    {
        return QTest::qWaitFor([dialog] { return !dialog->isRunning(); }, 30000);
    }

    TestHttpServer::Response answer(const TestHttpServer::Request& request)
    {
        const QString id = QString::fromLatin1(request.path.mid(request.path.lastIndexOf('/') + 1));
        std::lock_guard lock(m_mutex);
        if (m_missing.contains(id)) {
            TestHttpServer::Response missing;
            missing.status = 404;
            missing.body = R"({"message":"account not found"})";
            return missing;
        }
        QJsonObject& account = m_accounts[id];
        if (account.isEmpty())
            account = {{QStringLiteral("account_id"), id.toLongLong()},
                       {QStringLiteral("account_name"), QStringLiteral("old %1").arg(id)}};
        if (request.method == "PATCH") {
            ++m_writes;
            ++m_writesById[id];
            const QJsonObject edits = QJsonDocument::fromJson(request.body).object();
            for (auto it = edits.begin(); it != edits.end(); ++it)
                account.insert(it.key(), it.value());
        }
        TestHttpServer::Response response;
        response.delayMs = m_delayMs;
        response.body = QJsonDocument(account).toJson(QJsonDocument::Compact);
        return response;
    }

    int writes() const
    {
        std::lock_guard lock(m_mutex);
        return m_writes;
    }

    int writesTo(const QString& id) const
    {
        std::lock_guard lock(m_mutex);
        return m_writesById.value(id);
    }

    QString nameOf(const QString& id) const
    {
        std::lock_guard lock(m_mutex);
        return m_accounts.value(id).value(QStringLiteral("account_name")).toString();
    }

    mutable std::mutex m_mutex;
    QHash<QString, QJsonObject> m_accounts;
    int m_writes = 0;
    QHash<QString, int> m_writesById;
    QSet<QString> m_missing; // answered 404
    std::atomic<int> m_delayMs = 0;
    TestHttpServer m_server{[this](const TestHttpServer::Request& request, int) { return answer(request); }};
};

} // namespace AccountDesk::TestSupport
