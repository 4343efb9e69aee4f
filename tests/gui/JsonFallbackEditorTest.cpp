// A shape without an editor of its own (here a list of lists) is edited as JSON text, and what is
// typed is checked against the schema at the field: not parsed, or the wrong shape, is a problem
// and nothing is sent.
#include "TestSupport.h"
#include "form/EditorFactory.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "form/JsonFieldEditor.h"

#include <QJsonDocument>
#include <QPlainTextEdit>

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(JsonFallbackEditor, WhatIsTypedIsCheckedAgainstTheSchema)
{
    FormModel model(TestSupport::formFromSchema(R"(
type: object
properties:
  matrix:
    type: array
    items: {type: array, maxItems: 2, items: {type: integer, minimum: 0}}
)"));
    FormView view(model, [&model] { return model.patchBody(); });
    FieldRow* row = view.row(QStringLiteral("/matrix"));
    ASSERT_TRUE(row);
    ASSERT_TRUE(qobject_cast<JsonFieldEditor*>(row->editor()));
    EXPECT_EQ(EditorFactory::standard().editorName(row->spec()), QStringLiteral("json"));
    auto* text = row->editor()->findChild<QPlainTextEdit*>(QStringLiteral("jsonPlainTextEdit"));

    text->setPlainText(QStringLiteral("[[1, 2], [3"));
    ASSERT_FALSE(view.problems().isEmpty()) << "not JSON";
    EXPECT_EQ(view.problems().first().pointer, QStringLiteral("/matrix"));

    text->setPlainText(QStringLiteral(R"([[1, 2], [3, "four"], [5, 6, 7], [-1]])"));
    QStringList where;
    for (const FieldError& problem : view.problems())
        where << problem.pointer + QStringLiteral(": ") + problem.message;
    EXPECT_TRUE(where.contains(QStringLiteral("/matrix/1/1: must be a whole number")))
        << where.join('\n').toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("/matrix/2: takes at most 2 entries")))
        << where.join('\n').toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("/matrix/3/0: must be ≥ 0"))) << where.join('\n').toStdString();

    text->setPlainText(QStringLiteral("[[1, 2], [3]]"));
    EXPECT_TRUE(view.problems().isEmpty());
    EXPECT_EQ(QJsonDocument(model.patchBody()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"matrix":[[1,2],[3]]})"));
}
