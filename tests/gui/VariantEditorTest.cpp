// A oneOf with a discriminator: the operator picks the kind, the value is reshaped to it (shared
// members kept, the tag set, required members shown), edits are checked against that kind, and
// a loaded value shows its own kind.
#include "TestSupport.h"
#include "form/EditorFactory.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "form/VariantFieldEditor.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const QByteArray kSchema = R"(
type: object
properties:
  payment:
    oneOf:
      - $ref: '#/components/schemas/Card'
      - $ref: '#/components/schemas/BankAccount'
    discriminator: {propertyName: kind}
components:
  schemas:
    Card:
      type: object
      required: [kind, last4]
      properties:
        kind: {type: string, enum: [card]}
        last4: {type: string, pattern: '^[0-9]{4}$'}
        holder: {type: string}
    BankAccount:
      type: object
      required: [kind, iban]
      properties:
        kind: {type: string, enum: [bank]}
        iban: {type: string, minLength: 15}
        holder: {type: string}
)";

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST(VariantEditor, TheOperatorPicksTheKindAndEditsThatKind)
{
    FormModel model(TestSupport::formFromSchema(kSchema));
    FormView view(model, [&model] { return model.patchBody(); });
    FieldRow* row = view.row(QStringLiteral("/payment"));
    ASSERT_TRUE(row);
    EXPECT_EQ(EditorFactory::standard().editorName(row->spec()), QStringLiteral("variant"));
    auto* editor = qobject_cast<VariantFieldEditor*>(row->editor());
    ASSERT_TRUE(editor);
    QComboBox* kind = editor->kindComboBox();
    ASSERT_EQ(kind->count(), 3);
    EXPECT_EQ(kind->itemText(1), QStringLiteral("card"));
    EXPECT_EQ(kind->accessibleName(), QStringLiteral("Kind of Payment"));
    auto* text = editor->findChild<QPlainTextEdit*>(QStringLiteral("jsonPlainTextEdit"));

    // Picking "card" shows what a card needs; it cannot be sent until it is filled in.
    kind->setCurrentIndex(1);
    Q_EMIT kind->activated(1);
    EXPECT_EQ(parse(text->toPlainText()), (QJsonObject{{"kind", "card"}, {"last4", ""}}));
    ASSERT_FALSE(view.problems().isEmpty());
    EXPECT_EQ(view.problems().first().pointer, QStringLiteral("/payment/last4"));

    text->setPlainText(QStringLiteral(R"({"kind": "card", "last4": "4242", "holder": "Ada"})"));
    EXPECT_TRUE(view.problems().isEmpty());

    // Switching to a bank account keeps the holder, sets the tag and asks for the IBAN.
    Q_EMIT kind->activated(2);
    EXPECT_EQ(parse(text->toPlainText()), (QJsonObject{{"kind", "bank"}, {"holder", "Ada"}, {"iban", ""}}));
    EXPECT_EQ(kind->currentIndex(), 2);
    EXPECT_EQ(model.patchBody().value(QStringLiteral("payment")).toObject().value(QStringLiteral("kind")),
              QJsonValue(QStringLiteral("bank")));
    ASSERT_FALSE(view.problems().isEmpty());
    EXPECT_EQ(view.problems().first().pointer, QStringLiteral("/payment/iban"));

    // Typing another kind's tag follows it in the list.
    text->setPlainText(QStringLiteral(R"({"kind": "card", "last4": "1234"})"));
    EXPECT_EQ(kind->currentIndex(), 1);

    // Text that is not JSON yet is never replaced by a change of kind.
    text->setPlainText(QStringLiteral(R"({"kind": "card", "last4": )"));
    Q_EMIT kind->activated(2);
    EXPECT_EQ(text->toPlainText(), QStringLiteral(R"({"kind": "card", "last4": )"));
}

TEST(VariantEditor, ALoadedValueShowsItsKind)
{
    FormModel model(TestSupport::formFromSchema(kSchema));
    model.load(QJsonObject{{"payment", QJsonObject{{"kind", "bank"}, {"iban", "DE02120300000000202051"}}}});
    FormView view(model, [&model] { return model.patchBody(); });
    auto* editor = qobject_cast<VariantFieldEditor*>(view.row(QStringLiteral("/payment"))->editor());
    ASSERT_TRUE(editor);
    EXPECT_EQ(editor->kindComboBox()->currentIndex(), 2);
    EXPECT_TRUE(view.problems().isEmpty());
}
