#include "form/FormModel.h"

#include "TestSupport.h"
#include "provider/ProviderRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

ProviderPtr bundled(const QString& id)
{
    return TestSupport::bundledRegistry().provider(id);
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

TEST(FormModel, FieldsAreUnsetNullOrAValue)
{
    FormModel model(bundled(QStringLiteral("pismo"))->form());
    model.load(json(R"({"account_name": "Cash", "parent_account_id": null})"));
    EXPECT_TRUE(model.value(QStringLiteral("/account_name")).hasValue());
    EXPECT_EQ(model.value(QStringLiteral("/account_name")).value, QJsonValue(QStringLiteral("Cash")));
    EXPECT_TRUE(model.value(QStringLiteral("/parent_account_id")).isNull());
    EXPECT_TRUE(model.value(QStringLiteral("/external_id")).isUnset());
    EXPECT_FALSE(model.hasChanges());
}

TEST(FormModel, KnowsWhatTheOperatorChangedAndCanRevert)
{
    FormModel model(bundled(QStringLiteral("pismo"))->form());
    model.load(json(R"({"account_name": "Cash", "parent_account_id": 5})"));
    QSignalSpy changed(&model, &FormModel::valueChanged);
    ASSERT_TRUE(model.setValue(QStringLiteral("/account_name"), QStringLiteral("Savings")));
    ASSERT_TRUE(model.setNull(QStringLiteral("/parent_account_id")));
    ASSERT_TRUE(model.setValue(QStringLiteral("/external_id"), QStringLiteral("ext-1")));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(model.changedPointers(),
              (QStringList{QStringLiteral("/account_name"), QStringLiteral("/parent_account_id"),
                           QStringLiteral("/external_id")}));
    EXPECT_EQ(model.loadedValue(QStringLiteral("/account_name")).value, QJsonValue(QStringLiteral("Cash")));

    model.revert(QStringLiteral("/account_name"));
    EXPECT_FALSE(model.isChanged(QStringLiteral("/account_name")));
    // Setting a value back to what was loaded is no change either.
    model.setValue(QStringLiteral("/parent_account_id"), 5);
    EXPECT_EQ(model.changedPointers(), QStringList{QStringLiteral("/external_id")});
    model.revertAll();
    EXPECT_FALSE(model.hasChanges());
}

TEST(FormModel, PatchBodyHasOnlyChangesAndNullWhereSetToNull)
{
    FormModel model(bundled(QStringLiteral("pismo"))->form());
    model.load(json(R"({"account_name": "Cash", "division_id": 2856813, "parent_account_id": 5})"));
    model.setValue(QStringLiteral("/account_name"), QStringLiteral("Savings"));
    model.setNull(QStringLiteral("/parent_account_id"));
    model.setValue(QStringLiteral("/custom_fields/field_01"), QStringLiteral("value01"));
    model.unset(QStringLiteral("/division_id")); // a PATCH cannot remove: not sent
    EXPECT_EQ(model.patchBody(), json(R"({"account_name": "Savings", "parent_account_id": null,
                                          "custom_fields": {"field_01": "value01"}})"));
}

TEST(FormModel, PutBodyIsTheLoadedAccountWithEditsMinusServerManagedAndUnknownMembers)
{
    FormModel model(bundled(QStringLiteral("softwareone"))->form());
    model.load(json(R"({"id": "ACC-1", "revision": 3, "audit": {"created": {"at": "2024-01-01T00:00:00Z"}},
                        "$meta": {"omitted": []}, "groups": [], "name": "Acme", "website": "https://acme.example",
                        "address": {"city": "Zurich", "country": "CH"}, "somethingNew": 1})"));
    model.setValue(QStringLiteral("/address/city"), QStringLiteral("Basel"));
    model.setNull(QStringLiteral("/website"));
    EXPECT_EQ(model.putBody(),
              json(R"({"name": "Acme", "website": null, "address": {"city": "Basel", "country": "CH"}})"));
    // Form order: address comes before website in the spec.
    EXPECT_EQ(model.changedPointers(),
              (QStringList{QStringLiteral("/address/city"), QStringLiteral("/website")}));
}

TEST(FormModel, HiddenReadOnlyAndUnknownFieldsCannotBeEdited)
{
    FormModel model(bundled(QStringLiteral("softwareone"))->form());
    EXPECT_FALSE(model.setValue(QStringLiteral("/id"), QStringLiteral("X")));
    EXPECT_FALSE(model.setValue(QStringLiteral("/audit/created/at"), QStringLiteral("X")));
    EXPECT_FALSE(model.setValue(QStringLiteral("/nope"), 1));
    EXPECT_FALSE(model.setValue(QStringLiteral("/address/nope"), 1));
    EXPECT_FALSE(model.setValue(QString(), 1));
    EXPECT_TRUE(model.edited().isEmpty());
    EXPECT_TRUE(model.isEditable(QStringLiteral("/address/country")));
}

TEST(FormModel, NullableGroupsCanBeNullAndFilledAgain)
{
    FormModel model(bundled(QStringLiteral("softwareone"))->form());
    model.load(
        json(R"({"name": "Acme", "externalIds": {"pyraTenantId": "0b0b0b0b-0b0b-0b0b-0b0b-0b0b0b0b0b0b"}})"));
    ASSERT_TRUE(model.setNull(QStringLiteral("/externalIds")));
    EXPECT_TRUE(model.value(QStringLiteral("/externalIds")).isNull());
    EXPECT_TRUE(model.changedPointers().contains(QStringLiteral("/externalIds")));
    EXPECT_EQ(model.putBody().value(QStringLiteral("externalIds")), QJsonValue(QJsonValue::Null));
    ASSERT_TRUE(model.setValue(QStringLiteral("/externalIds/pyraTenantId"),
                               QStringLiteral("1b0b0b0b-0b0b-0b0b-0b0b-0b0b0b0b0b0b")));
    EXPECT_TRUE(model.value(QStringLiteral("/externalIds")).hasValue());
}

TEST(FormModel, ArraysOfScalarsAndOfObjects)
{
    FormModel sequence(bundled(QStringLiteral("sequence"))->form());
    sequence.load(json(R"({"alertEmailAddresses": ["a@example.com"]})"));
    ASSERT_TRUE(sequence.setValue(QStringLiteral("/alertEmailAddresses/-"), QStringLiteral("b@example.com")));
    EXPECT_EQ(sequence.value(QStringLiteral("/alertEmailAddresses")).value.toArray().size(), 2);
    ASSERT_TRUE(sequence.unset(QStringLiteral("/alertEmailAddresses/0")));
    EXPECT_EQ(sequence.value(QStringLiteral("/alertEmailAddresses")).value,
              QJsonValue(QJsonArray{QStringLiteral("b@example.com")}));
    EXPECT_FALSE(
        sequence.setValue(QStringLiteral("/alertEmailAddresses/5"), QStringLiteral("x@example.com")));

    // SoftwareOne's groups are an array of objects (hidden there); the acme test provider's labels
    // are strings. Arrays of objects are edited through the same pointers.
    FormModel softwareone(bundled(QStringLiteral("softwareone"))->form());
    EXPECT_FALSE(softwareone.setValue(QStringLiteral("/groups/-/name"), QStringLiteral("g")));
}

#include "store/DraftStore.h"

#include <QTemporaryDir>

TEST(DraftStore, SavesLoadsListsAndRemovesAtomically)
{
    QTemporaryDir directory;
    const DraftStore store(directory.path());
    Draft draft;
    draft.target.provider = QStringLiteral("pismo");
    draft.target.account = QStringLiteral("12/../34"); // any characters: the file name does not use them
    draft.target.baseUrl = QUrl(QStringLiteral("https://sandbox.pismolabs.io"));
    draft.target.profile = QStringLiteral("ops");
    draft.hasSnapshot = true;
    draft.snapshot = {{QStringLiteral("account_name"), QStringLiteral("Old")}};
    draft.edited = {{QStringLiteral("account_name"), QStringLiteral("New")}};
    draft.savedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    QString error;
    ASSERT_TRUE(store.save(draft, &error)) << error.toStdString();

    const std::optional<Draft> loaded = store.load(draft.target);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->target, draft.target);
    EXPECT_EQ(loaded->edited, draft.edited);
    EXPECT_EQ(loaded->snapshot, draft.snapshot);
    EXPECT_TRUE(loaded->hasSnapshot);
    EXPECT_EQ(loaded->savedAt, draft.savedAt);
    EXPECT_EQ(QDir(directory.path()).entryList(QDir::Files).size(), 1) << "no temporary files left behind";
    EXPECT_EQ(QFileInfo(QDir(directory.path()).entryInfoList(QDir::Files).first()).permissions() &
                  (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());

    // The same account on another server or with another profile is another draft.
    AccountTarget production = draft.target;
    production.baseUrl = QUrl(QStringLiteral("https://api.pismolabs.io"));
    EXPECT_FALSE(store.load(production).has_value());
    AccountTarget otherProfile = draft.target;
    otherProfile.profile = QStringLiteral("default");
    EXPECT_FALSE(store.load(otherProfile).has_value());

    Draft newer = draft;
    newer.id.clear();
    newer.target.account = QStringLiteral("99");
    newer.savedAt = draft.savedAt.addSecs(60);
    ASSERT_TRUE(store.save(newer));
    const QList<Draft> all = store.drafts(QStringLiteral("pismo"));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().target.account, QStringLiteral("99"));
    EXPECT_TRUE(store.drafts(QStringLiteral("quiva")).isEmpty());

    const QString firstId = draft.id;
    ASSERT_TRUE(store.save(draft));
    EXPECT_EQ(draft.id, firstId) << "saved again, a draft keeps its file";
    Draft another = draft;
    another.id.clear();
    another.edited = {{QStringLiteral("account_name"), QStringLiteral("Other")}};
    ASSERT_TRUE(store.save(another));
    EXPECT_NE(another.id, draft.id) << "a second draft of the same target has a file of its own";
    EXPECT_TRUE(store.remove(another));
    EXPECT_TRUE(store.remove(draft));
    EXPECT_FALSE(store.load(draft.target).has_value());

    QFile damaged(QDir(directory.path()).filePath(QStringLiteral("pismo--damaged.json")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{not json");
    damaged.close();
    EXPECT_EQ(store.drafts(QStringLiteral("pismo")).size(), 1) << "a damaged draft is skipped";
}
