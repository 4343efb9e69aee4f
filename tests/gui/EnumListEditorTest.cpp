// An array of enum values is a list of check boxes: the checked values are sent, typed and in the
// spec's order; a value the server has outside the set is shown, kept, and refused by validation.
#include "TestSupport.h"
#include "form/EnumListFieldEditor.h"
#include "form/FieldRow.h"
#include "form/FormView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

class EnumListEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_model = std::make_unique<FormModel>(TestSupport::formFromSchema(R"(
type: object
properties:
  channels: {type: array, uniqueItems: true, items: {type: string, enum: [email, sms, push]}}
  levels: {type: array, items: {type: integer, enum: [1, 2, 3]}}
)"));
        FormModel* model = m_model.get();
        m_view = std::make_unique<FormView>(*model, [model] { return model->putBody(); });
    }

    QListWidget* list(const QString& pointer)
    {
        FieldRow* row = m_view->row(pointer);
        EXPECT_TRUE(row && qobject_cast<EnumListFieldEditor*>(row->editor())) << pointer.toStdString();
        return row ? row->editor()->findChild<QListWidget*>(QStringLiteral("enumListWidget")) : nullptr;
    }

    std::unique_ptr<FormModel> m_model;
    std::unique_ptr<FormView> m_view;
};

} // namespace

TEST_F(EnumListEditorTest, CheckedValuesAreSentInTheSpecsOrderAndTyped)
{
    QListWidget* channels = list(QStringLiteral("/channels"));
    ASSERT_TRUE(channels);
    ASSERT_EQ(channels->count(), 3);
    channels->item(2)->setCheckState(Qt::Checked); // push
    channels->item(0)->setCheckState(Qt::Checked); // email
    QListWidget* levels = list(QStringLiteral("/levels"));
    levels->item(1)->setCheckState(Qt::Checked);
    EXPECT_TRUE(m_view->problems().isEmpty());
    EXPECT_EQ(QJsonDocument(m_model->putBody()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"channels":["email","push"],"levels":[2]})"));
}

TEST_F(EnumListEditorTest, AValueOutsideTheSetIsShownKeptAndRefused)
{
    m_model->load(
        QJsonObject{{QStringLiteral("channels"), QJsonArray{QStringLiteral("sms"), QStringLiteral("fax")}}});
    QListWidget* channels = list(QStringLiteral("/channels"));
    ASSERT_EQ(channels->count(), 4);
    EXPECT_EQ(channels->item(1)->checkState(), Qt::Checked);
    EXPECT_EQ(channels->item(3)->text(), QStringLiteral("fax (not allowed)"));
    EXPECT_EQ(channels->item(3)->checkState(), Qt::Checked);
    // Nothing was dropped unseen; sending it as it is would be refused, at the field.
    EXPECT_EQ(m_model->putBody().value(QStringLiteral("channels")).toArray().size(), 2);
    m_view->revalidate();
    ASSERT_FALSE(m_view->problems().isEmpty());
    EXPECT_EQ(m_view->problems().first().pointer.left(9), QStringLiteral("/channels"));
    // Unchecking it is the way out.
    channels->item(3)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(m_view->problems().isEmpty());
    EXPECT_EQ(QJsonDocument(m_model->putBody()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"channels":["sms"]})"));
}
