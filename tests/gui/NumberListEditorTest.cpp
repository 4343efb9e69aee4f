// Lists of integers and numbers are edited as lists and sent as JSON numbers: as strings, such a
// field could never be sent (the schema refuses them).
#include "TestSupport.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "form/StringListFieldEditor.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

class NumberListEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_model = std::make_unique<FormModel>(TestSupport::formFromSchema(R"(
type: object
properties:
  divisionIds: {type: array, items: {type: integer, format: int64}}
  weights: {type: array, items: {type: number, minimum: 0}}
  tags: {type: array, items: {type: string}}
)"));
        FormModel* model = m_model.get();
        m_view = std::make_unique<FormView>(*model, [model] { return model->patchBody(); });
    }

    // Types `texts` into the list of `pointer`, as the operator does: one entry after another.
    void type(const QString& pointer, const QStringList& texts)
    {
        FieldRow* row = m_view->row(pointer);
        ASSERT_TRUE(row);
        ASSERT_TRUE(qobject_cast<StringListFieldEditor*>(row->editor())) << pointer.toStdString();
        auto* list = row->editor()->findChild<QListWidget*>(QStringLiteral("stringListWidget"));
        for (const QString& text : texts) {
            row->editor()->findChild<QAbstractButton*>(QStringLiteral("addToolButton"))->click();
            list->currentItem()->setText(text); // what the item editor commits
        }
    }

    std::unique_ptr<FormModel> m_model;
    std::unique_ptr<FormView> m_view;
};

} // namespace

TEST_F(NumberListEditorTest, IntegersAreSentAsExactNumbers)
{
    type(QStringLiteral("/divisionIds"), {QStringLiteral("7"), QStringLiteral(" 9007199254740993 ")});
    EXPECT_TRUE(m_view->problems().isEmpty());
    const QJsonValue value = m_model->value(QStringLiteral("/divisionIds")).value;
    ASSERT_TRUE(value.isArray());
    EXPECT_EQ(value.toArray().at(0).toInteger(), 7);
    // Beyond 2^53 a double would turn it into ...992: the id must stay exact.
    EXPECT_EQ(value.toArray().at(1).toInteger(), Q_INT64_C(9007199254740993));
    EXPECT_EQ(QJsonDocument(m_model->patchBody()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"divisionIds":[7,9007199254740993]})"));
}

TEST_F(NumberListEditorTest, NumbersAreSentAsNumbersAndStringsStayStrings)
{
    type(QStringLiteral("/weights"), {QStringLiteral("0.5"), QStringLiteral("2")});
    type(QStringLiteral("/tags"), {QStringLiteral("007")});
    EXPECT_TRUE(m_view->problems().isEmpty());
    EXPECT_EQ(QJsonDocument(m_model->patchBody()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"tags":["007"],"weights":[0.5,2]})"));
}

TEST_F(NumberListEditorTest, AnEntryThatIsNoNumberIsAProblemAtTheField)
{
    type(QStringLiteral("/divisionIds"), {QStringLiteral("7"), QStringLiteral("12a")});
    FieldRow* row = m_view->row(QStringLiteral("/divisionIds"));
    EXPECT_EQ(row->inputProblem(),
              QStringLiteral("Entry 2, \"12a\", is not a whole number in the 64-bit range"));
    ASSERT_FALSE(m_view->problems().isEmpty());
    EXPECT_EQ(m_view->problems().first().pointer, QStringLiteral("/divisionIds"));
    type(QStringLiteral("/weights"), {QStringLiteral("1.5e400")});
    EXPECT_EQ(m_view->row(QStringLiteral("/weights"))->inputProblem(),
              QStringLiteral("Entry 1, \"1.5e400\", is not a number"));
}
