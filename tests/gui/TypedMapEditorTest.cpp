// A map (`additionalProperties` with a schema) is edited as key/value rows and its values are sent
// with the map's type: "7" in a map of integers is 7; a value of the wrong type is a problem at its
// member.
#include "TestSupport.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "form/KeyValueFieldEditor.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(TypedMapEditor, ValuesAreSentWithTheMapsTypeAndCheckedPerMember)
{
    FormModel model(TestSupport::formFromSchema(R"(
type: object
properties:
  quotas: {type: object, additionalProperties: {type: integer, minimum: 0}}
  labels: {type: object, additionalProperties: {type: string, maxLength: 5}}
)"));
    FormView view(model, [&model] { return model.patchBody(); });
    auto* quotas = qobject_cast<KeyValueFieldEditor*>(view.row(QStringLiteral("/quotas"))->editor());
    auto* labels = qobject_cast<KeyValueFieldEditor*>(view.row(QStringLiteral("/labels"))->editor());
    ASSERT_TRUE(quotas && labels);

    quotas->addRow(QStringLiteral("seats"), QStringLiteral("7"));
    labels->addRow(QStringLiteral("tier"), QStringLiteral("7"));
    EXPECT_TRUE(view.problems().isEmpty());
    EXPECT_EQ(QJsonDocument(model.patchBody()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"labels":{"tier":"7"},"quotas":{"seats":7}})"));

    quotas->addRow(QStringLiteral("storage"), QStringLiteral("lots"));
    quotas->addRow(QStringLiteral("users"), QStringLiteral("-1"));
    labels->addRow(QStringLiteral("name"), QStringLiteral("far too long"));
    QStringList where;
    for (const FieldError& problem : view.problems())
        where << problem.pointer + QStringLiteral(": ") + problem.message;
    EXPECT_TRUE(where.contains(QStringLiteral("/quotas/storage: must be a whole number")))
        << where.join('\n').toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("/quotas/users: must be ≥ 0")))
        << where.join('\n').toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("/labels/name: takes at most 5 characters (has 12)")))
        << where.join('\n').toStdString();
}
