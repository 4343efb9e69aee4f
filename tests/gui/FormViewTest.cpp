// Editing on the generated form: three states, validation as the operator types, server errors.
#include "form/FormView.h"

#include "TestSupport.h"
#include "form/FieldRow.h"
#include "form/NumberFieldEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

class FormViewTest : public ::testing::Test
{
protected:
    void build(const QString& provider, bool replaceWhole = false)
    {
        m_model = std::make_unique<FormModel>(TestSupport::bundledProvider(provider).form());
        FormModel* model = m_model.get();
        m_view = std::make_unique<FormView>(
            *model, [model, replaceWhole] { return replaceWhole ? model->putBody() : model->patchBody(); });
        m_view->show();
    }

    QLineEdit* lineEdit(const QString& pointer) { return m_view->row(pointer)->findChild<QLineEdit*>(); }

    QLabel* problemLabel(const QString& pointer)
    {
        return m_view->row(pointer)->findChild<QLabel*>(QStringLiteral("problemLabel"));
    }

    void trigger(const QString& pointer, const char* action)
    {
        QToolButton* button =
            m_view->row(pointer)->findChild<QToolButton*>(QStringLiteral("stateToolButton"));
        ASSERT_TRUE(button);
        QAction* found = button->menu()->findChild<QAction*>(QString::fromLatin1(action));
        ASSERT_TRUE(found) << action;
        ASSERT_TRUE(found->isEnabled()) << action;
        found->trigger();
    }

    std::unique_ptr<FormModel> m_model;
    std::unique_ptr<FormView> m_view;
};

} // namespace

TEST_F(FormViewTest, TypingSetsTheValueAndAnEmptyFieldIsNotSent)
{
    build(QStringLiteral("pismo"));
    QLineEdit* name = lineEdit(QStringLiteral("/account_name"));
    EXPECT_EQ(name->placeholderText(), QStringLiteral("not sent"));
    QTest::keyClicks(name, QStringLiteral("Cash"));
    EXPECT_EQ(m_model->value(QStringLiteral("/account_name")).value, QJsonValue(QStringLiteral("Cash")));
    EXPECT_EQ(m_model->patchBody(), (QJsonObject{{QStringLiteral("account_name"), QStringLiteral("Cash")}}));
    EXPECT_TRUE(m_view->row(QStringLiteral("/account_name"))->label()->font().bold())
        << "changed fields stand out";
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    EXPECT_TRUE(m_model->value(QStringLiteral("/account_name")).isUnset());
    EXPECT_TRUE(m_model->patchBody().isEmpty());
}

TEST_F(FormViewTest, ValidationRunsAsTheOperatorTypes)
{
    build(QStringLiteral("pismo"));
    QLineEdit* name = lineEdit(QStringLiteral("/account_name"));
    QTest::keyClicks(name, QString(60, QLatin1Char('a')));
    EXPECT_TRUE(m_view->problems().isEmpty());
    QLabel* counter =
        m_view->row(QStringLiteral("/account_name"))->findChild<QLabel*>(QStringLiteral("counterLabel"));
    ASSERT_TRUE(counter);
    EXPECT_TRUE(counter->isVisible()) << "a counter near the limit";
    EXPECT_EQ(counter->text(), QStringLiteral("60/60"));
    QTest::keyClicks(name, QStringLiteral("b"));
    ASSERT_EQ(m_view->problems().size(), 1);
    EXPECT_EQ(m_view->problems().first().pointer, QStringLiteral("/account_name"));
    EXPECT_TRUE(problemLabel(QStringLiteral("/account_name"))->isVisible());
    EXPECT_EQ(problemLabel(QStringLiteral("/account_name"))->text(),
              QStringLiteral("takes at most 60 characters (has 61)"));
    EXPECT_EQ(name->accessibleDescription(), QStringLiteral("takes at most 60 characters (has 61)"));
    QTest::keyClick(name, Qt::Key_Backspace);
    EXPECT_TRUE(m_view->problems().isEmpty());
    EXPECT_FALSE(problemLabel(QStringLiteral("/account_name"))->isVisible());
}

TEST_F(FormViewTest, IntegersAreExactAndBadInputIsAProblem)
{
    build(QStringLiteral("pismo"));
    QLineEdit* division = lineEdit(QStringLiteral("/division_id"));
    QTest::keyClicks(division, QStringLiteral("9007199254740993"));
    EXPECT_EQ(m_model->value(QStringLiteral("/division_id")).value.toInteger(), Q_INT64_C(9007199254740993));
    division->clear();
    QTest::keyClicks(division, QStringLiteral("12a")); // letters never get in
    EXPECT_EQ(division->text(), QStringLiteral("12"));
    division->clear();
    QTest::keyClicks(division, QStringLiteral("-"));
    ASSERT_FALSE(m_view->problems().isEmpty());
    EXPECT_EQ(m_view->problems().first().pointer, QStringLiteral("/division_id"));
    QTest::keyClicks(division, QStringLiteral("99999999999999999999"));
    EXPECT_FALSE(m_view->problems().isEmpty()) << "beyond int64";
}

TEST_F(FormViewTest, NullableFieldsGoToNullAndBack)
{
    build(QStringLiteral("pismo"));
    m_model->load({{QStringLiteral("parent_account_id"), 5}});
    FieldRow* row = m_view->row(QStringLiteral("/parent_account_id"));
    EXPECT_EQ(lineEdit(QStringLiteral("/parent_account_id"))->text(), QStringLiteral("5"));
    trigger(QStringLiteral("/parent_account_id"), "setNullAction");
    EXPECT_TRUE(m_model->value(QStringLiteral("/parent_account_id")).isNull());
    EXPECT_TRUE(row->findChild<QLabel*>(QStringLiteral("nullBadgeLabel"))->isVisible());
    EXPECT_FALSE(row->editor()->isEnabled());
    EXPECT_EQ(m_model->patchBody(),
              (QJsonObject{{QStringLiteral("parent_account_id"), QJsonValue(QJsonValue::Null)}}));
    trigger(QStringLiteral("/parent_account_id"), "revertAction");
    EXPECT_EQ(m_model->value(QStringLiteral("/parent_account_id")).value, QJsonValue(5));
    EXPECT_FALSE(row->findChild<QLabel*>(QStringLiteral("nullBadgeLabel"))->isVisible());
    trigger(QStringLiteral("/parent_account_id"), "unsetAction");
    EXPECT_TRUE(m_model->value(QStringLiteral("/parent_account_id")).isUnset());
    EXPECT_EQ(lineEdit(QStringLiteral("/parent_account_id"))->placeholderText(), QStringLiteral("not sent"));

    // A field that is not nullable offers no null.
    QToolButton* nameState = m_view->row(QStringLiteral("/account_name"))
                                 ->findChild<QToolButton*>(QStringLiteral("stateToolButton"));
    EXPECT_FALSE(nameState->menu()->findChild<QAction*>(QStringLiteral("setNullAction"))->isVisible());
}

TEST_F(FormViewTest, ANullableGroupCanBeSentAsNull)
{
    build(QStringLiteral("softwareone"), true);
    m_model->load({{QStringLiteral("name"), QStringLiteral("Acme")},
                   {QStringLiteral("externalIds"),
                    QJsonObject{{QStringLiteral("pyraTenantId"),
                                 QStringLiteral("0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b")}}}});
    QCheckBox* null = m_view->findChild<QCheckBox*>(QStringLiteral("externalIdsNullCheckBox"));
    ASSERT_TRUE(null);
    null->click();
    EXPECT_TRUE(m_model->value(QStringLiteral("/externalIds")).isNull());
    EXPECT_FALSE(m_view->row(QStringLiteral("/externalIds/pyraTenantId"))->isEnabled());
    EXPECT_EQ(m_model->putBody().value(QStringLiteral("externalIds")), QJsonValue(QJsonValue::Null));
    null->click();
    EXPECT_EQ(m_model->value(QStringLiteral("/externalIds/pyraTenantId")).value,
              QJsonValue(QStringLiteral("0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b")));
}

TEST_F(FormViewTest, RequiredFieldsAndServerErrorsShowAtTheirField)
{
    build(QStringLiteral("softwareone"), true);
    m_model->load({{QStringLiteral("website"), QStringLiteral("https://acme.example")}});
    ASSERT_FALSE(m_view->problems().isEmpty());
    EXPECT_EQ(problemLabel(QStringLiteral("/name"))->text(), QStringLiteral("is required"));
    QTest::keyClicks(lineEdit(QStringLiteral("/name")), QStringLiteral("Acme"));
    EXPECT_TRUE(m_view->problems().isEmpty());
    m_view->setServerErrors({{QStringLiteral("/address/city"), QStringLiteral("Unknown city.")}});
    EXPECT_EQ(problemLabel(QStringLiteral("/address/city"))->text(), QStringLiteral("server: Unknown city."));
    QTest::keyClicks(lineEdit(QStringLiteral("/address/city")), QStringLiteral("Basel"));
    EXPECT_FALSE(problemLabel(QStringLiteral("/address/city"))->isVisible())
        << "editing the field clears the server's complaint";
}

#include "form/KeyValueFieldEditor.h"

TEST_F(FormViewTest, FreeFormObjectsCountTheirBytes)
{
    build(QStringLiteral("pismo"));
    auto* editor =
        qobject_cast<KeyValueFieldEditor*>(m_view->row(QStringLiteral("/custom_fields"))->editor());
    ASSERT_TRUE(editor);
    QLabel* bytes = editor->findChild<QLabel*>(QStringLiteral("bytesLabel"));
    EXPECT_EQ(bytes->text(), QStringLiteral("empty; at most 1014 bytes as JSON"));
    editor->addRow(QStringLiteral("field_01"), QStringLiteral("value01"));
    EXPECT_EQ(m_model->value(QStringLiteral("/custom_fields")).value,
              QJsonValue(QJsonObject{{QStringLiteral("field_01"), QStringLiteral("value01")}}));
    EXPECT_EQ(bytes->text(), QStringLiteral("22 of 1014 bytes"));
    editor->addRow(QStringLiteral("big"), QString(1000, QLatin1Char('x')));
    ASSERT_FALSE(m_view->problems().isEmpty());
    EXPECT_EQ(m_view->problems().first().pointer, QStringLiteral("/custom_fields"));
    EXPECT_TRUE(m_view->problems().first().message.contains(QStringLiteral("the limit is 1014 bytes")));

    // The JSON view edits the same object, and keeps text that does not parse yet.
    editor->setJsonView(true);
    auto* json = editor->findChild<QPlainTextEdit*>(QStringLiteral("jsonPlainTextEdit"));
    json->setPlainText(QStringLiteral("{\"n\": 5"));
    EXPECT_FALSE(editor->inputProblem().isEmpty());
    editor->setJsonView(false);
    EXPECT_TRUE(editor->isJsonView()) << "broken JSON is not thrown away";
    json->setPlainText(QStringLiteral("{\"n\": 5}"));
    EXPECT_EQ(m_model->value(QStringLiteral("/custom_fields")).value,
              QJsonValue(QJsonObject{{QStringLiteral("n"), 5}}));
}
