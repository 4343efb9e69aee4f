// The local record of updates sent: JSON Lines per month, appended under a lock, read back oldest
// first, a torn line skipped.
#include "store/HistoryLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace AccountDesk;

namespace {

HistoryEntry entry(const QString& time, const QString& provider, const QString& account,
                   std::optional<int> status)
{
    HistoryEntry made;
    made.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    made.source = QStringLiteral("cli");
    made.provider = provider;
    made.server = QStringLiteral("https://sandbox.pismolabs.io");
    made.account = account;
    made.profile = QStringLiteral("default");
    made.method = QStringLiteral("PATCH");
    made.url = QStringLiteral("https://sandbox.pismolabs.io/accounts/v1/accounts/") + account;
    made.status = status;
    made.durationMs = 84;
    made.requestId = QStringLiteral("rid-") + account;
    made.changes = {{QStringLiteral("/account_name"), QStringLiteral("Old"), QStringLiteral("New")}};
    if (!status)
        made.error = QStringLiteral("Network failure: connection refused");
    return made;
}

} // namespace

TEST(HistoryEntry, IsOneLineOfJsonInTheDocumentedOrder)
{
    const QByteArray line =
        entry(QStringLiteral("2026-11-23T19:04:05.123Z"), QStringLiteral("pismo"), QStringLiteral("123"), 200)
            .toJsonLine();
    EXPECT_EQ(
        line,
        QByteArray(R"({"time": "2026-11-23T19:04:05.123Z", "source": "cli", "provider": "pismo", )"
                   R"("server": "https://sandbox.pismolabs.io", "account": "123", "profile": "default", )"
                   R"("method": "PATCH", "url": "https://sandbox.pismolabs.io/accounts/v1/accounts/123", )"
                   R"("status": 200, "durationMs": 84, "requestId": "rid-123", )"
                   R"("changes": [{"after":"New","before":"Old","pointer":"/account_name"}], "error": null})"
                   "\n"));
    const std::optional<HistoryEntry> back = HistoryEntry::fromJson(line);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->status, 200);
    EXPECT_EQ(back->changes.first().after, QJsonValue(QStringLiteral("New")));
    EXPECT_FALSE(HistoryEntry::fromJson(R"({"time": "2026-11-23T19:04:05.123Z", "sou)"));
}

TEST(HistoryLog, AppendsPerMonthReadsOldestFirstAndFilters)
{
    QTemporaryDir directory;
    const HistoryLog log(directory.path());
    ASSERT_TRUE(log.append(entry(QStringLiteral("2026-11-02T10:00:00.000Z"), QStringLiteral("pismo"),
                                 QStringLiteral("1"), 200)));
    ASSERT_TRUE(log.append(
        entry(QStringLiteral("2026-10-30T10:00:00.000Z"), QStringLiteral("quiva"), QString(), 400)));
    ASSERT_TRUE(log.append(entry(QStringLiteral("2026-11-20T10:00:00.000Z"), QStringLiteral("pismo"),
                                 QStringLiteral("2"), std::nullopt)));
    EXPECT_EQ(QDir(directory.path()).entryList({QStringLiteral("*.jsonl")}, QDir::Files),
              (QStringList{QStringLiteral("2026-10.jsonl"), QStringLiteral("2026-11.jsonl")}));
    EXPECT_EQ(QFileInfo(QDir(directory.path()).filePath(QStringLiteral("2026-11.jsonl"))).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    const QList<HistoryEntry> all = log.read();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).provider, QStringLiteral("quiva")) << "oldest first";
    EXPECT_EQ(all.at(2).error, QStringLiteral("Network failure: connection refused"));
    EXPECT_FALSE(all.at(2).status);
    using Filter = HistoryLog::Filter;
    auto filtered = [](auto&& set) {
        Filter filter;
        set(filter);
        return filter;
    };
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.provider = QStringLiteral("pismo"); })).size(), 2);
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.account = QStringLiteral("2"); })).size(), 1);
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.since = QDate(2026, 11, 2); })).size(), 2);
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.since = QDate(2026, 11, 3); })).size(), 1);
    // The window's filters: part of an account id, an end date, the outcome.
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.until = QDate(2026, 11, 2); })).size(), 2);
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.until = QDate(2026, 11, 1); })).size(), 1);
    EXPECT_EQ(log.read(filtered([](Filter& f) {
                     f.since = QDate(2026, 11, 2);
                     f.until = QDate(2026, 11, 2);
                 }))
                  .size(),
              1);
    const QList<HistoryEntry> succeeded =
        log.read(filtered([](Filter& f) { f.outcome = Filter::Outcome::Succeeded; }));
    ASSERT_EQ(succeeded.size(), 1);
    EXPECT_EQ(*succeeded.first().status, 200);
    // A 400 answer and no answer at all are both failures.
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.outcome = Filter::Outcome::Failed; })).size(), 2);
}

TEST(HistoryLog, TheAccountSearchFindsPartsOfIdsInAnyCase)
{
    QTemporaryDir directory;
    const HistoryLog log(directory.path());
    for (const char* account : {"ACC-1234-5678", "acc-9999-0000", "USR-1234"})
        ASSERT_TRUE(log.append(entry(QStringLiteral("2026-11-02T10:00:00.000Z"),
                                     QStringLiteral("softwareone"), QString::fromLatin1(account), 200)));
    using Filter = HistoryLog::Filter;
    auto filtered = [](auto&& set) {
        Filter filter;
        set(filter);
        return filter;
    };
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.accountPart = QStringLiteral("acc-"); })).size(), 2);
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.accountPart = QStringLiteral("1234"); })).size(), 2);
    EXPECT_EQ(log.read(filtered([](Filter& f) { f.account = QStringLiteral("USR"); })).size(), 0)
        << "--account is exact";
}

TEST(HistoryLog, ATornLastLineIsSkippedAndTheNextEntryStillLands)
{
    QTemporaryDir directory;
    const HistoryLog log(directory.path());
    ASSERT_TRUE(log.append(entry(QStringLiteral("2026-11-02T10:00:00.000Z"), QStringLiteral("pismo"),
                                 QStringLiteral("1"), 200)));
    QFile file(QDir(directory.path()).filePath(QStringLiteral("2026-11.jsonl")));
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write(R"({"time": "2026-11-02T10:00:01.000Z", "source": "gui", "prov)"); // a crash mid-line
    file.close();
    ASSERT_TRUE(log.append(entry(QStringLiteral("2026-11-03T10:00:00.000Z"), QStringLiteral("pismo"),
                                 QStringLiteral("3"), 200)));
    const QList<HistoryEntry> all = log.read();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.last().account, QStringLiteral("3"));
}

TEST(HistoryLog, WritersAtOnceLoseNothing)
{
    QTemporaryDir directory;
    std::vector<std::thread> writers;
    for (int writer = 0; writer < 4; ++writer)
        writers.emplace_back([&directory, writer] {
            const HistoryLog log(directory.path()); // each its own, as separate processes are
            for (int index = 0; index < 50; ++index)
                log.append(entry(QStringLiteral("2026-11-02T10:00:00.000Z"), QStringLiteral("pismo"),
                                 QStringLiteral("%1-%2").arg(writer).arg(index), 200));
        });
    for (std::thread& writer : writers)
        writer.join();
    const QList<HistoryEntry> all = HistoryLog(directory.path()).read();
    EXPECT_EQ(all.size(), 200);
    QSet<QString> accounts;
    for (const HistoryEntry& written : all)
        accounts.insert(written.account);
    EXPECT_EQ(accounts.size(), 200);
}
