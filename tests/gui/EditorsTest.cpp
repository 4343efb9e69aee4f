// The form of each bundled provider, generated from its schema, gets the right editor per field.
#include "TestSupport.h"
#include "form/BooleanFieldEditor.h"
#include "form/CountryFieldEditor.h"
#include "form/EditorFactory.h"
#include "form/EnumFieldEditor.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "form/KeyValueFieldEditor.h"
#include "form/MultilineFieldEditor.h"
#include "form/NumberFieldEditor.h"
#include "form/StringListFieldEditor.h"
#include "form/TextFieldEditor.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

struct Generated
{
    std::unique_ptr<FormModel> model;
    std::unique_ptr<FormView> view;
};

Generated generate(const QString& provider)
{
    Generated generated;
    generated.model = std::make_unique<FormModel>(TestSupport::bundledProvider(provider).form());
    FormModel* model = generated.model.get();
    generated.view = std::make_unique<FormView>(*model, [model] { return model->patchBody(); });
    return generated;
}

template <typename Editor> bool editorIs(const FormView& view, const QString& pointer)
{
    const FieldRow* row = view.row(pointer);
    return row && qobject_cast<Editor*>(row->editor()) != nullptr;
}

} // namespace

TEST(Editors, Pismo)
{
    const Generated form = generate(QStringLiteral("pismo"));
    EXPECT_TRUE(editorIs<KeyValueFieldEditor>(*form.view, QStringLiteral("/custom_fields")));
    EXPECT_TRUE(editorIs<NumberFieldEditor>(*form.view, QStringLiteral("/division_id")));
    EXPECT_TRUE(editorIs<TextFieldEditor>(*form.view, QStringLiteral("/account_name")));
    EXPECT_TRUE(editorIs<NumberFieldEditor>(*form.view, QStringLiteral("/parent_account_id")));
    EXPECT_TRUE(editorIs<TextFieldEditor>(*form.view, QStringLiteral("/external_id")));
    EXPECT_TRUE(editorIs<BooleanFieldEditor>(*form.view, QStringLiteral("/centralizer")));
    EXPECT_EQ(form.view->rows().size(), 6);
    // int64 does not fit a spin box: a validated line edit.
    EXPECT_TRUE(form.view->findChild<QWidget*>(QStringLiteral("integerLineEdit")));
}

TEST(Editors, Quiva)
{
    const Generated form = generate(QStringLiteral("quiva"));
    EXPECT_TRUE(editorIs<CountryFieldEditor>(*form.view, QStringLiteral("/country")));
    EXPECT_TRUE(editorIs<MultilineFieldEditor>(*form.view, QStringLiteral("/address")));
    EXPECT_TRUE(editorIs<KeyValueFieldEditor>(*form.view, QStringLiteral("/onboarding_progress")));
    EXPECT_TRUE(editorIs<BooleanFieldEditor>(*form.view, QStringLiteral("/cloud")));
    EXPECT_TRUE(editorIs<BooleanFieldEditor>(*form.view, QStringLiteral("/hub")));
    EXPECT_TRUE(editorIs<TextFieldEditor>(*form.view, QStringLiteral("/website")));
    EXPECT_EQ(form.view->rows().size(), 10);
}

TEST(Editors, Sequence)
{
    const Generated form = generate(QStringLiteral("sequence"));
    EXPECT_TRUE(editorIs<StringListFieldEditor>(*form.view, QStringLiteral("/alertEmailAddresses")));
    EXPECT_EQ(form.view->rows().size(), 1);
    EXPECT_TRUE(
        form.view->row(QStringLiteral("/alertEmailAddresses"))->label()->text().contains(QLatin1Char('*')))
        << "required fields are marked";
}

TEST(Editors, SoftwareOne)
{
    const Generated form = generate(QStringLiteral("softwareone"));
    EXPECT_TRUE(editorIs<TextFieldEditor>(*form.view, QStringLiteral("/name")));
    EXPECT_TRUE(editorIs<EnumFieldEditor>(*form.view, QStringLiteral("/type")));
    EXPECT_TRUE(editorIs<EnumFieldEditor>(*form.view, QStringLiteral("/status")));
    EXPECT_TRUE(editorIs<TextFieldEditor>(*form.view, QStringLiteral("/technicalSupportEmail")));
    EXPECT_TRUE(editorIs<CountryFieldEditor>(*form.view, QStringLiteral("/address/country")));
    EXPECT_TRUE(editorIs<MultilineFieldEditor>(*form.view, QStringLiteral("/description")));
    EXPECT_TRUE(editorIs<BooleanFieldEditor>(*form.view, QStringLiteral("/eligibility/client")));
    EXPECT_EQ(
        EditorFactory::standard().editorName(*TestSupport::bundledProvider(QStringLiteral("softwareone"))
                                                  .form()
                                                  .field(QStringLiteral("/externalIds/pyraTenantId"))),
        QStringLiteral("uuid"));
    // Nested objects are titled groups; nullable ones can be sent as null as a whole.
    EXPECT_TRUE(form.view->findChild<QGroupBox*>(QStringLiteral("addressGroupBox")));
    EXPECT_TRUE(form.view->findChild<QCheckBox*>(QStringLiteral("externalIdsNullCheckBox")));
    EXPECT_FALSE(form.view->findChild<QCheckBox*>(QStringLiteral("addressNullCheckBox")))
        << "address is not nullable";
    // Server-managed fields get no editor.
    for (const QString& hidden : {QStringLiteral("/id"), QStringLiteral("/audit"),
                                  QStringLiteral("/revision"), QStringLiteral("/groups")})
        EXPECT_FALSE(form.view->row(hidden)) << hidden.toStdString();
}

TEST(Editors, Zephr)
{
    const Generated form = generate(QStringLiteral("zephr"));
    EXPECT_TRUE(editorIs<MultilineFieldEditor>(*form.view, QStringLiteral("/on_premises_ips")));
    EXPECT_TRUE(editorIs<TextFieldEditor>(*form.view, QStringLiteral("/premises_tags")));
    EXPECT_TRUE(editorIs<EnumFieldEditor>(*form.view, QStringLiteral("/session_limit_behaviour")));
    EXPECT_TRUE(editorIs<NumberFieldEditor>(*form.view, QStringLiteral("/number_of_seats")));
    EXPECT_TRUE(editorIs<BooleanFieldEditor>(*form.view, QStringLiteral("/allow_oversubscription")));
    EXPECT_EQ(form.view->rows().size(), 11);
}

TEST(Editors, EveryInputHasAnAccessibleNameAndALabel)
{
    for (const QString& provider : TestSupport::bundledRegistry().ids()) {
        const Generated form = generate(provider);
        for (FieldRow* row : form.view->rows()) {
            EXPECT_FALSE(row->editor()->inputWidget()->accessibleName().isEmpty())
                << row->spec().pointer.toStdString();
            EXPECT_EQ(row->label()->buddy(), row->editor()->inputWidget())
                << row->spec().pointer.toStdString();
        }
    }
}
