// CSV as RFC 4180 writes it, read one record at a time: quotes, doubled quotes, line breaks in
// fields, CRLF and LF, a byte order mark; broken input says where.
#include "bulk/CsvReader.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

QList<QStringList> readAll(const QByteArray& text, QString* error = nullptr)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> records;
    while (const std::optional<QStringList> record = reader.next())
        records.append(*record);
    if (error)
        *error = reader.error();
    return records;
}

} // namespace

TEST(CsvReader, ReadsWhatRfc4180Writes)
{
    const QList<QStringList> records = readAll("\xEF\xBB\xBF"
                                               "account,/name,json:/tags\r\n"
                                               "A-1,\"Smith, Jones & Co\",\"[\"\"gold\"\"]\"\r\n"
                                               "A-2,\"two\nlines\",\n"
                                               "A-3,Zürich,");
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records.at(0), (QStringList{"account", "/name", "json:/tags"}));
    EXPECT_EQ(records.at(1), (QStringList{"A-1", "Smith, Jones & Co", "[\"gold\"]"}));
    EXPECT_EQ(records.at(2), (QStringList{"A-2", "two\nlines", ""}));
    EXPECT_EQ(records.at(3), (QStringList{"A-3", QStringLiteral("Zürich"), ""}));
}

TEST(CsvReader, BrokenInputSaysWhere)
{
    QString error;
    readAll("a,b\n1,\"open\n2,3\n", &error);
    EXPECT_EQ(error, QStringLiteral("line 2: a quoted field is not closed"));
    readAll("a,b\n1,x\"y\n", &error);
    EXPECT_EQ(error.left(7), QStringLiteral("line 2:"));
    readAll("a,b\n1,\"x\"y\n", &error);
    EXPECT_EQ(error, QStringLiteral("line 2: text after a closing quote"));
    readAll("a,b\n1,\xff\xfe\n", &error);
    EXPECT_EQ(error, QStringLiteral("line 2: the file is not UTF-8"));
}

TEST(CsvReader, AThousandRowsAreReadInPiecesAcrossBufferBoundaries)
{
    QByteArray text = "account,/name\n";
    for (int i = 0; i < 20000; ++i)
        text += "ACC-" + QByteArray::number(i) + ",\"name, " + QByteArray::number(i) + "\"\"\"\n";
    const QList<QStringList> records = readAll(text);
    ASSERT_EQ(records.size(), 20001);
    EXPECT_EQ(records.at(12345), (QStringList{"ACC-12344", "name, 12344\""}));
}
