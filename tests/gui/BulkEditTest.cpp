// Account → Bulk edit… with real widgets, the real keychain and a real loopback server that keeps
// Pismo accounts: the accounts come from a pasted list or a CSV whose columns are mapped from its
// header; every row is checked before anything is sent; a dry run reads and writes nothing; the
// outcomes export as CSV and JSON Lines, as filtered. Running, pausing, stopping and resuming a run
// are in BulkEditRunTest.cpp.
#include "BulkEditFixture.h"

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

TEST_F(BulkEditTest, APastedListIsDryRunThenSentAndItsOutcomesExported)
{
    BulkEditDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setAccountIds(QStringLiteral("1\n2, 3"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Renamed"));

    dialog->dryRun();
    ASSERT_TRUE(waitForRun(dialog));
    ASSERT_EQ(dialog->results().rowCount(), 3);
    EXPECT_EQ(dialog->results().count(QStringLiteral("planned")), 3);
    EXPECT_EQ(writes(), 0) << "a dry run reads and never writes";
    EXPECT_EQ(m_server.requestCount(), 3);
    const QString diff =
        dialog->results().data(dialog->results().index(0, BulkResultModel::DetailsColumn)).toString();
    EXPECT_TRUE(diff.contains(QStringLiteral("/account_name: \"old "))) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("→ \"Renamed\""))) << diff.toStdString();

    dialog->send();
    ASSERT_TRUE(waitForRun(dialog));
    EXPECT_EQ(dialog->results().count(QStringLiteral("updated")), 3);
    EXPECT_EQ(writes(), 3);
    for (const QString& id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        EXPECT_EQ(nameOf(id), QStringLiteral("Renamed"));

    dialog->outcomes()->showOutcome(QStringLiteral("failed"));
    EXPECT_EQ(dialog->outcomes()->shownRows(), 0);
    dialog->outcomes()->showOutcome(QStringLiteral("updated"));
    EXPECT_EQ(dialog->outcomes()->shownRows(), 3);

    QTemporaryDir directory;
    dialog->exportTo(directory.filePath(QStringLiteral("report.csv")));
    dialog->exportTo(directory.filePath(QStringLiteral("report.jsonl")));
    const QList<QByteArray> csv = readFile(directory.filePath(QStringLiteral("report.csv"))).split('\n');
    ASSERT_GE(csv.size(), 4);
    EXPECT_EQ(csv.at(0), QByteArray("row,account,outcome,status,error,changes\r"));
    EXPECT_TRUE(csv.at(1).startsWith("1,1,updated,200,,")) << csv.at(1).constData();
    const QList<QByteArray> lines =
        readFile(directory.filePath(QStringLiteral("report.jsonl"))).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    for (const QByteArray& line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        EXPECT_EQ(object.value(QStringLiteral("outcome")).toString(), QStringLiteral("updated"));
        EXPECT_EQ(object.value(QStringLiteral("status")).toInt(), 200);
    }
}

// Filtered to "failed", Export writes those only (to send them again), in the order shown; the
// status line says that the others were left out.
TEST_F(BulkEditTest, ExportWritesTheOutcomesTheFilterShows)
{
    {
        std::lock_guard lock(m_mutex);
        m_missing.insert(QStringLiteral("5"));
    }
    BulkEditDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setAccountIds(QStringLiteral("4\n5\n6"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Renamed"));
    dialog->send();
    ASSERT_TRUE(waitForRun(dialog));
    ASSERT_EQ(dialog->results().count(QStringLiteral("updated")), 2);
    ASSERT_EQ(dialog->results().count(QStringLiteral("failed")), 1);

    QTemporaryDir directory;
    dialog->outcomes()->showOutcome(QStringLiteral("failed"));
    dialog->exportTo(directory.filePath(QStringLiteral("failed.csv")));
    const QList<QByteArray> failed =
        readFile(directory.filePath(QStringLiteral("failed.csv"))).trimmed().split('\n');
    ASSERT_EQ(failed.size(), 2) << "the header and the one failed account";
    EXPECT_TRUE(failed.at(1).startsWith("2,5,failed,404,")) << failed.at(1).constData();
    const auto* status = dialog->findChild<QLabel*>(QStringLiteral("bulkStatusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("(3 in all)"))) << status->text().toStdString();

    dialog->outcomes()->showOutcome(QString());
    dialog->exportTo(directory.filePath(QStringLiteral("all.jsonl")));
    EXPECT_EQ(readFile(directory.filePath(QStringLiteral("all.jsonl"))).trimmed().split('\n').size(), 3);
}

TEST_F(BulkEditTest, ColumnsAreMappedFromTheHeaderAndAnInvalidRowStopsEverything)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("accounts.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Account,Account name,notes\r\n7,Seven,whatever\r\nnot-a-number,Eight,x\r\n9,,\r\n");
    file.close();
    BulkEditDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setCsvFile(path);
    EXPECT_EQ(dialog->columnMapping()->mappedHeader(),
              (QStringList{QStringLiteral("account"), QStringLiteral("/account_name"), QString()}));

    dialog->send();
    EXPECT_FALSE(dialog->isRunning());
    const QStringList problems = dialog->problems();
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.first().startsWith(QStringLiteral("row 2: account: ")))
        << problems.first().toStdString();
    EXPECT_EQ(m_server.requestCount(), 0) << "nothing is read or sent while a row is wrong";

    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write("Account,Account name,notes\r\n7,Seven,whatever\r\n9,,\r\n");
    file.close();
    dialog->send();
    ASSERT_TRUE(waitForRun(dialog));
    EXPECT_TRUE(dialog->problems().isEmpty());
    EXPECT_EQ(nameOf(QStringLiteral("7")), QStringLiteral("Seven"));
    EXPECT_EQ(dialog->results().count(QStringLiteral("unchanged")), 1) << "row 9 has no edit: nothing sent";
    EXPECT_EQ(writes(), 1);
}

TEST_F(BulkEditTest, AnEditWithoutAValueIsAProblemNotABlankedField)
{
    BulkEditDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setAccountIds(QStringLiteral("51 52"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"));
    dialog->commonEdits()->addEdit(QStringLiteral("/account_name"), QStringLiteral("Twice"));
    dialog->send();
    EXPECT_FALSE(dialog->isRunning());
    const QString problems = dialog->problems().join(QLatin1Char('\n'));
    EXPECT_TRUE(problems.contains(QStringLiteral("edit 1 (/account_name): has no value")))
        << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("edit 2 (/account_name): sets the same field as edit 1")))
        << problems.toStdString();
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(BulkEditTest, AFileSavedAgainAfterItWasChosenOrCheckedIsNeverSentUnchecked)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("accounts.csv"));
    auto save = [&path](const QByteArray& bytes) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    save("account,/account_name,/external_id\r\n61,Name,ext-1\r\n");
    BulkEditDialog dialog(m_productionPismo, m_productionTarget, m_store, m_window.get());
    dialog.setCsvFile(path);

    // Columns swapped after the mapping was made: positions would send names as external ids.
    save("account,/external_id,/account_name\r\n61,ext-1,Name\r\n");
    EXPECT_FALSE(dialog.check());
    EXPECT_TRUE(dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("columns changed")));

    // Saved again while the production question stands: what was confirmed is not what would run.
    dialog.setCsvFile(path);
    onNextModal<QMessageBox>([&](QMessageBox* box) {
        save("account,/external_id,/account_name\r\n61,ext-1,Name\r\n62,ext-2,Other\r\n");
        box->button(QMessageBox::Yes)->click();
    });
    dialog.send();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_TRUE(
        dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("changed since they were checked")))
        << dialog.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialog.results().rowCount(), 0);
}

TEST_F(BulkEditTest, NoProviderIsImportedOrRemovedUnderAnOpenBulkEdit)
{
    ASSERT_NE(openDialog(), nullptr);
    QString said;
    onNextModal<QMessageBox>([&said](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    m_window->findChild<QAction*>(QStringLiteral("importAction"))->trigger();
    EXPECT_TRUE(said.contains(QStringLiteral("A bulk edit is open"))) << said.toStdString();
}

// The window moved to another provider while a bulk edit stayed open: Bulk edit brings the open one
// back (never replaced by accident) and says which one it is and how to start another.
TEST_F(BulkEditTest, BulkEditForAnotherProviderSaysWhichOneIsOpen)
{
    BulkEditDialog* first = openDialog();
    ASSERT_NE(first, nullptr);
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    QString said;
    onNextModal<QMessageBox>([&said](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    EXPECT_EQ(openDialog(), first);
    EXPECT_TRUE(said.contains(QStringLiteral("The bulk edit open is for Pismo"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("to start one for SoftwareOne Marketplace")))
        << said.toStdString();

    selectProvider(QStringLiteral("Pismo"));
    connectTo(m_server, QString()); // back to the very server the open one was made for
    said.clear();
    const QPointer<QTimer> watching = onNextModal<QMessageBox>([&said](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    EXPECT_EQ(openDialog(), first);
    EXPECT_TRUE(said.isEmpty()) << "the same target again: nothing to say; said " << said.toStdString();
    delete watching.data();
}

// The open bulk edit goes away while its notice is up (a run told to close when done finished
// meanwhile): Bulk edit opens a new one for what the window shows, never the one that is gone.
TEST_F(BulkEditTest, ABulkEditGoneUnderItsNoticeIsReplaced)
{
    BulkEditDialog* first = openDialog();
    ASSERT_NE(first, nullptr);
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    onNextModal<QMessageBox>([first](QMessageBox* box) {
        delete first;
        box->accept();
    });
    BulkEditDialog* next = openDialog();
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next->provider()->displayName(), QStringLiteral("SoftwareOne Marketplace"));
    EXPECT_TRUE(next->isVisible());
}
