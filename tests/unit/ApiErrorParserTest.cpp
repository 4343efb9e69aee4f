#include "http/ApiErrorParser.h"

#include "TestSupport.h"
#include "provider/ProviderRegistry.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const FormSchema& softwareOneForm()
{
    return TestSupport::bundledProvider(QStringLiteral("softwareone")).form();
}

} // namespace

TEST(ApiErrorParser, ProblemDetailsWithSoftwareOneFieldErrors)
{
    const ApiError error = ApiErrorParser(&softwareOneForm()).parse(400, "application/problem+json", R"({
        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.",
        "status": 400, "detail": "See errors", "traceId": "00-abc",
        "errors": [{"message": "Name is required.", "properties": ["Name"]},
                   {"message": "Invalid e-mail.", "properties": ["technicalSupportEmail", "Address.City"]},
                   {"message": "Account is locked."}]})");
    EXPECT_EQ(error.status, 400);
    EXPECT_EQ(error.title, QStringLiteral("One or more validation errors occurred."));
    EXPECT_EQ(error.detail, QStringLiteral("See errors; Account is locked."));
    ASSERT_EQ(error.fieldErrors.size(), 3);
    EXPECT_EQ(error.fieldErrors.at(0),
              (FieldError{QStringLiteral("/name"), QStringLiteral("Name is required.")}));
    EXPECT_EQ(error.fieldErrors.at(1).pointer, QStringLiteral("/technicalSupportEmail"));
    EXPECT_EQ(error.fieldErrors.at(2).pointer, QStringLiteral("/address/city"));
}

TEST(ApiErrorParser, AspNetErrorsObject)
{
    const ApiError error =
        ApiErrorParser(&softwareOneForm())
            .parse(400, "application/problem+json",
                   R"({"title": "Bad", "errors": {"Address.Country": ["Unknown country.", "Too long."]}})");
    ASSERT_EQ(error.fieldErrors.size(), 1);
    EXPECT_EQ(error.fieldErrors.first(), (FieldError{QStringLiteral("/address/country"),
                                                     QStringLiteral("Unknown country.; Too long.")}));
}

TEST(ApiErrorParser, QuivaSequenceAndPismoShapes)
{
    const ApiError quiva = ApiErrorParser().parse(401, "application/json", R"({"error": "Invalid API key"})");
    EXPECT_EQ(quiva.message, QStringLiteral("Invalid API key"));
    const ApiError sequence = ApiErrorParser().parse(
        400, "application/json",
        R"({"error": {"type": "validation_error", "message": "alertEmailAddresses is required"}})");
    EXPECT_EQ(sequence.type, QStringLiteral("validation_error"));
    EXPECT_EQ(sequence.message, QStringLiteral("alertEmailAddresses is required"));
    const ApiError pismo = ApiErrorParser().parse(
        404, "application/json", R"({"code": "WAC0001", "message": "Account not found with id: 123"})");
    EXPECT_EQ(pismo.code, QStringLiteral("WAC0001"));
    EXPECT_EQ(pismo.message, QStringLiteral("Account not found with id: 123"));
    EXPECT_TRUE(pismo.describe().contains(QStringLiteral("message: Account not found with id: 123")));
}

TEST(ApiErrorParser, AnythingElseIsKeptAsText)
{
    const ApiError html = ApiErrorParser().parse(502, "text/html", "<html><body>Bad gateway</body></html>");
    EXPECT_TRUE(html.message.isEmpty());
    EXPECT_EQ(html.describe(), (QStringList{QStringLiteral("HTTP 502"),
                                            QStringLiteral("<html><body>Bad gateway</body></html>")}));
    const ApiError unknownField =
        ApiErrorParser(&softwareOneForm())
            .parse(400, "", R"({"errors": [{"message": "m", "properties": ["nonexistent"]}]})");
    EXPECT_EQ(unknownField.fieldErrors.first().pointer, QStringLiteral("nonexistent"));
}
