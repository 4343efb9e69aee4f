// The client-side stand-in for If-Match: what differs between the snapshot the edits were made
// on and the account as read again, and when that must stop a write.
#include "session/StaleCheck.h"

#include "TestSupport.h"
#include "form/FormModel.h"
#include "session/AccountComparison.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace AccountDesk;
using AccountDesk::TestSupport::bundledProvider;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* kSoftwareOneAccount =
    R"({"id": "ACC-7", "name": "Acme", "revision": 4, "website": "https://acme.example",
        "address": {"city": "Zurich", "country": "CH"}, "audit": {"updated": {"at": "2026-11-01"}}})";

} // namespace

TEST(AccountComparison, ListsLeavesThatDifferAndMembersAddedOrRemoved)
{
    const QList<AccountComparison::Difference> differences =
        AccountComparison::differences(json(R"({"a": 1, "b": {"c": 2, "d": [1, 2]}, "gone": true})"),
                                       json(R"({"a": 1, "b": {"c": 3, "d": [1, 2, 3]}, "new": "x"})"));
    QStringList pointers;
    for (const AccountComparison::Difference& difference : differences)
        pointers << difference.pointer;
    pointers.sort();
    EXPECT_EQ(pointers, (QStringList{QStringLiteral("/b/c"), QStringLiteral("/b/d"), QStringLiteral("/gone"),
                                     QStringLiteral("/new")}));
    EXPECT_TRUE(
        AccountComparison::differences(json(kSoftwareOneAccount), json(kSoftwareOneAccount)).isEmpty());
}

TEST(AccountComparison, NamesWhatABodyDoesNotCarryAtItsTopmostMember)
{
    const QList<AccountComparison::Difference> absent = AccountComparison::absentFrom(
        json(kSoftwareOneAccount), json(R"({"name": "Acme", "website": "https://acme.example",
                                            "address": {"city": "Zurich"}})"));
    QStringList pointers;
    for (const AccountComparison::Difference& member : absent)
        pointers << member.pointer;
    pointers.sort();
    EXPECT_EQ(pointers, (QStringList{QStringLiteral("/address/country"), QStringLiteral("/audit"),
                                     QStringLiteral("/id"), QStringLiteral("/revision")}));
}

TEST(StaleCheck, AReplacementConflictsOnAnyChangeAndNamesTheRevisionFirst)
{
    const Provider& softwareOne = bundledProvider(QStringLiteral("softwareone"));
    FormModel model(softwareOne.form());
    model.load(json(kSoftwareOneAccount));
    ASSERT_TRUE(model.setValue(QStringLiteral("/name"), QStringLiteral("Acme AG")));

    EXPECT_FALSE(StaleCheck::compare(softwareOne, model, model.loaded(), json(kSoftwareOneAccount)))
        << "nothing changed on the server";

    QJsonObject colleague = json(kSoftwareOneAccount);
    colleague.insert(QStringLiteral("revision"), 5);
    colleague.insert(QStringLiteral("website"), QStringLiteral("https://acme.example/new"));
    const std::optional<StaleConflict> conflict =
        StaleCheck::compare(softwareOne, model, model.loaded(), colleague);
    ASSERT_TRUE(conflict);
    EXPECT_TRUE(conflict->versionChanged);
    ASSERT_EQ(conflict->fields.size(), 2);
    EXPECT_EQ(conflict->fields.at(0).pointer, QStringLiteral("/revision"));
    const StaleConflict::Field& website = conflict->fields.at(1);
    EXPECT_EQ(website.pointer, QStringLiteral("/website"));
    EXPECT_EQ(website.loaded.value, QJsonValue(QStringLiteral("https://acme.example")));
    EXPECT_EQ(website.server.value, QJsonValue(QStringLiteral("https://acme.example/new")));
    EXPECT_FALSE(website.edited);

    // A member the form does not even show still counts: a replacement would revert it.
    QJsonObject hidden = json(kSoftwareOneAccount);
    hidden.insert(QStringLiteral("audit"), json(R"({"updated": {"at": "2026-11-23"}})"));
    EXPECT_TRUE(StaleCheck::compare(softwareOne, model, model.loaded(), hidden));
}

TEST(StaleCheck, APartialUpdateConflictsOnlyWhereItWrites)
{
    const Provider& pismo = bundledProvider(QStringLiteral("pismo"));
    FormModel model(pismo.form());
    model.load(json(R"({"account_name": "Old", "division_id": 2})"));
    ASSERT_TRUE(model.setValue(QStringLiteral("/account_name"), QStringLiteral("Mine")));

    EXPECT_FALSE(StaleCheck::compare(pismo, model, model.loaded(),
                                     json(R"({"account_name": "Old", "division_id": 9})")))
        << "a PATCH of the name leaves the division as the server has it";
    const std::optional<StaleConflict> conflict = StaleCheck::compare(
        pismo, model, model.loaded(), json(R"({"account_name": "Theirs", "division_id": 2})"));
    ASSERT_TRUE(conflict);
    ASSERT_EQ(conflict->fields.size(), 1);
    EXPECT_TRUE(conflict->fields.first().edited);
    EXPECT_EQ(conflict->fields.first().yours.value, QJsonValue(QStringLiteral("Mine")));
}

TEST(FormModel, RebaseTakesTheServersValuesAndKeepsTheEdits)
{
    const Provider& softwareOne = bundledProvider(QStringLiteral("softwareone"));
    FormModel model(softwareOne.form());
    model.load(json(kSoftwareOneAccount));
    ASSERT_TRUE(model.setValue(QStringLiteral("/name"), QStringLiteral("Acme AG")));
    ASSERT_TRUE(model.unset(QStringLiteral("/website")));

    QJsonObject colleague = json(kSoftwareOneAccount);
    colleague.insert(QStringLiteral("revision"), 5);
    colleague.insert(QStringLiteral("address"), json(R"({"city": "Basel", "country": "CH"})"));
    colleague.insert(QStringLiteral("name"), QStringLiteral("Acme Holding"));
    model.rebase(colleague);

    EXPECT_EQ(model.loaded(), colleague);
    EXPECT_EQ(model.value(QStringLiteral("/name")).value, QJsonValue(QStringLiteral("Acme AG"))) << "my edit";
    EXPECT_TRUE(model.value(QStringLiteral("/website")).isUnset()) << "my removal";
    EXPECT_EQ(model.value(QStringLiteral("/address/city")).value, QJsonValue(QStringLiteral("Basel")));
    EXPECT_EQ(model.value(QStringLiteral("/revision")).value, QJsonValue(5));
    EXPECT_EQ(model.changedPointers(), (QStringList{QStringLiteral("/name"), QStringLiteral("/website")}));
}
