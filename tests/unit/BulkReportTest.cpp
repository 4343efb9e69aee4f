// What a bulk run reports per row: CSV records that CsvReader reads back unchanged (commas, quotes,
// line breaks, non-ASCII), JSON lines as the CLI prints them, and the window's table text of a
// row's changes.
#include "bulk/BulkReport.h"

#include "bulk/BulkResultModel.h"
#include "bulk/CsvReader.h"
#include "bulk/CsvWriter.h"

#include <QBuffer>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

BulkRun::Result updated()
{
    BulkRun::Result result;
    result.row = 2;
    result.account = QStringLiteral("ACC-2");
    result.outcome = QStringLiteral("updated");
    result.status = 200;
    result.changes = QJsonArray{QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/name")},
                                            {QStringLiteral("before"), QStringLiteral("Old")},
                                            {QStringLiteral("after"), QStringLiteral("New, \"quoted\"")}},
                                QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/parent")},
                                            {QStringLiteral("before"), 7},
                                            {QStringLiteral("after"), QJsonValue::Null}}};
    return result;
}

QList<QStringList> readBack(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> records;
    while (const std::optional<QStringList> record = reader.next())
        records.append(*record);
    EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    return records;
}

} // namespace

TEST(CsvWriter, WritesWhatCsvReaderReadsBackUnchanged)
{
    const QStringList awkward{QStringLiteral("plain"),
                              QStringLiteral("a,b"),
                              QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"),
                              QStringLiteral("=SUM(A1)"),
                              QStringLiteral("Zürich"),
                              QString()};
    const QByteArray bytes = CsvWriter::record(awkward) + CsvWriter::record({QStringLiteral("x")});
    EXPECT_TRUE(bytes.startsWith("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",=SUM(A1),Zürich,\r\n"))
        << bytes.constData();
    const QList<QStringList> records = readBack(bytes);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(0), awkward);
}

TEST(BulkReport, CsvHasOneRecordPerRowWithItsChangesAsJson)
{
    BulkRun::Result failed;
    failed.row = 3;
    failed.account = QStringLiteral("ACC-3");
    failed.outcome = QStringLiteral("failed");
    failed.status = 422;
    failed.error = QStringLiteral("/name: must be unique, really");
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    QString problem;
    ASSERT_TRUE(BulkReport::write(device, BulkReport::Format::Csv, {updated(), failed}, true, problem));
    const QList<QStringList> records = readBack(device.data());
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(0),
              (QStringList{QStringLiteral("row"), QStringLiteral("account"), QStringLiteral("outcome"),
                           QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("changes")}));
    EXPECT_EQ(records.at(1).mid(0, 5),
              (QStringList{QStringLiteral("2"), QStringLiteral("ACC-2"), QStringLiteral("updated"),
                           QStringLiteral("200"), QString()}));
    EXPECT_EQ(QJsonDocument::fromJson(records.at(1).at(5).toUtf8()).array(), updated().changes);
    EXPECT_EQ(records.at(2),
              (QStringList{QStringLiteral("3"), QStringLiteral("ACC-3"), QStringLiteral("failed"),
                           QStringLiteral("422"), failed.error, QString()}));
}

TEST(BulkReport, JsonLinesNameTheAccountOnlyWhereThereIsOne)
{
    const QJsonObject withAccount = QJsonDocument::fromJson(BulkReport::jsonLine(updated(), true)).object();
    EXPECT_EQ(withAccount.value(QStringLiteral("account")).toString(), QStringLiteral("ACC-2"));
    EXPECT_EQ(withAccount.value(QStringLiteral("changes")).toArray(), updated().changes);
    EXPECT_TRUE(BulkReport::jsonLine(updated(), true).endsWith("}\n"));
    const QJsonObject own = QJsonDocument::fromJson(BulkReport::jsonLine(updated(), false)).object();
    EXPECT_FALSE(own.contains(QStringLiteral("account"))) << "quiva edits the caller's own account";
    EXPECT_EQ(BulkReport::formatFor(QStringLiteral("out.CSV")), BulkReport::Format::Csv);
    EXPECT_EQ(BulkReport::formatFor(QStringLiteral("out.jsonl")), BulkReport::Format::JsonLines);
}

TEST(BulkResultModel, ShowsEachChangeFromBeforeToAfterAndFiltersByOutcomeKey)
{
    BulkResultModel model;
    model.add(updated());
    EXPECT_EQ(model.data(model.index(0, BulkResultModel::DetailsColumn)).toString(),
              QStringLiteral("/name: \"Old\" → \"New, \"quoted\"\"; /parent: 7 → null"));
    EXPECT_EQ(model.data(model.index(0, BulkResultModel::OutcomeColumn), Qt::UserRole).toString(),
              QStringLiteral("updated"));
    EXPECT_EQ(model.count(QStringLiteral("updated")), 1);
    EXPECT_EQ(model.count(QStringLiteral("failed")), 0);
}
