// Error answers are read in time linear in their size: the body comes from the server (up to
// CallOptions::maxResponseBytes), and the window waits for the parse.
#include "TestSupport.h"
#include "ThreadCpuTimer.h"
#include "http/ApiErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(ApiErrorParserBounds, ALongListOfGeneralMessagesIsReadInLinearTime)
{
    // 100,000 messages without a field (2.5 MB): each used to copy the whole detail so far.
    QJsonArray errors;
    for (int i = 0; i < 100000; ++i)
        errors.append(QJsonObject{{QStringLiteral("message"), QStringLiteral("problem %1").arg(i)}});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid")},
                                                      {QStringLiteral("errors"), errors}})
                                .toJson(QJsonDocument::Compact);
    TestSupport::ThreadCpuTimer timer;
    timer.start();
    const ApiError error = ApiErrorParser().parse(400, "application/json", body);
    const qint64 elapsed = timer.elapsed();
    EXPECT_TRUE(error.fieldErrors.isEmpty());
    // Last first, as always: "Invalid; problem 99999; ...; problem 0".
    EXPECT_TRUE(error.detail.startsWith(QStringLiteral("Invalid; problem 99999; problem 99998; ")));
    EXPECT_TRUE(error.detail.endsWith(QStringLiteral("; problem 1; problem 0")));
    EXPECT_LT(elapsed, 2000 * TestSupport::kTimeBudgetFactor);
}

TEST(ApiErrorParserBounds, GeneralMessagesAmongFieldErrorsKeepTheirOrder)
{
    const ApiError error =
        ApiErrorParser(&TestSupport::bundledProvider(QStringLiteral("pismo")).form())
            .parse(400, "application/json",
                   R"({"errors": [{"message": "a"}, {"message": "name", "field": "account_name"},
                                                     {"message": "b"}, {"message": "id", "field": "external_id"}]})");
    ASSERT_EQ(error.fieldErrors.size(), 2);
    EXPECT_EQ(error.fieldErrors.at(0), (FieldError{QStringLiteral("/account_name"), QStringLiteral("name")}));
    EXPECT_EQ(error.fieldErrors.at(1), (FieldError{QStringLiteral("/external_id"), QStringLiteral("id")}));
    EXPECT_EQ(error.detail, QStringLiteral("b; a"));
}

TEST(ApiErrorParserBounds, AFieldPathLongerThanAnyFormsIsAGeneralMessage)
{
    // /custom_fields is a free-form object of Pismo's form: any path below it could be a field, and
    // following 100,000 levels of one (200 KB) used to take minutes.
    QString dotted = QStringLiteral("custom_fields");
    QString pointer = QStringLiteral("/custom_fields");
    for (int i = 0; i < 100000; ++i) {
        dotted += QStringLiteral(".a");
        pointer += QStringLiteral("/a");
    }
    const ApiErrorParser parser(&TestSupport::bundledProvider(QStringLiteral("pismo")).form());
    TestSupport::ThreadCpuTimer timer;
    timer.start();
    const ApiError error = parser.parse(
        400, "application/json",
        QJsonDocument(
            QJsonObject{{QStringLiteral("errors"),
                         QJsonObject{{dotted, QStringLiteral("too deep")},
                                     {pointer, QStringLiteral("also too deep")},
                                     {QStringLiteral("custom_fields.a.b"), QStringLiteral("fine")}}}})
            .toJson());
    const qint64 elapsed = timer.elapsed();
    ASSERT_EQ(error.fieldErrors.size(), 1);
    EXPECT_EQ(error.fieldErrors.first(),
              (FieldError{QStringLiteral("/custom_fields/a/b"), QStringLiteral("fine")}));
    EXPECT_TRUE(error.detail.contains(QStringLiteral("too deep"))) << error.detail.left(300).toStdString();
    EXPECT_TRUE(error.detail.contains(QStringLiteral("also too deep")))
        << error.detail.left(300).toStdString();
    EXPECT_LT(error.detail.size(), 1000);
    EXPECT_LT(elapsed, 2000 * TestSupport::kTimeBudgetFactor);
}
