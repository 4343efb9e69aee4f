// The CLI's edits: `update`'s arguments parsed by CliArguments, each --set/--set-json/--null
// converted by EditConverter against a bundled provider's form model, validated and applied as
// AccountCommands::update does, then both request bodies built.
//
// Input: "<provider id>\n<argument>\n<argument>...", e.g. "pismo\n--set\n/account_name=Cash".
#include "FuzzSupport.h"
#include "cli/CliArguments.h"
#include "cli/EditConverter.h"
#include "form/FormModel.h"
#include "form/Validator.h"
#include "openapi/JsonPointer.h"

using namespace AccountDesk;

namespace {

const QStringList kAllowed = {
    QStringLiteral("--account"),  QStringLiteral("--server"),  QStringLiteral("--base-url"),
    QStringLiteral("--profile"),  QStringLiteral("--timeout"), QStringLiteral("--set"),
    QStringLiteral("--set-json"), QStringLiteral("--null"),    QStringLiteral("--logo"),
    QStringLiteral("--no-fetch"), QStringLiteral("--dry-run"), QStringLiteral("--yes")};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray rest = Fuzz::bytes(data, size);
    const Provider& provider = Fuzz::providerFor(Fuzz::takeLine(rest));
    QStringList arguments;
    while (!rest.isEmpty())
        arguments.append(QString::fromUtf8(Fuzz::takeLine(rest)));

    const std::variant<CliArguments, FieldErrors> parsed = CliArguments::parse(arguments, kAllowed);
    if (const FieldErrors* errors = std::get_if<FieldErrors>(&parsed)) {
        ACCOUNTDESK_FUZZ_CHECK(!errors->isEmpty());
        return 0;
    }
    const CliArguments& options = std::get<CliArguments>(parsed);

    FormModel model(provider.form());
    const Validator validator(provider.form());
    for (const CliArguments::Edit& edit : options.edits) {
        ACCOUNTDESK_FUZZ_CHECK(edit.pointer.startsWith(QLatin1Char('/')));
        const std::variant<QJsonValue, FieldError> converted = EditConverter::convert(model, edit);
        if (const FieldError* error = std::get_if<FieldError>(&converted)) {
            ACCOUNTDESK_FUZZ_CHECK(!error->message.isEmpty());
            continue;
        }
        const QJsonValue value = std::get<QJsonValue>(converted);
        // Only what the form may edit gets a value, and --null is always null.
        ACCOUNTDESK_FUZZ_CHECK(model.isEditable(edit.pointer));
        ACCOUNTDESK_FUZZ_CHECK(!value.isUndefined());
        if (edit.kind == CliArguments::Edit::Kind::Null)
            ACCOUNTDESK_FUZZ_CHECK(value.isNull());
        (void)validator.validateValue(edit.pointer, value);
        // What was set reads back (an array's "-" appends, so it names no element to read).
        const bool appends =
            JsonPointer::split(edit.pointer).value_or(QStringList()).contains(QStringLiteral("-"));
        if (model.setValue(edit.pointer, value) && !appends)
            ACCOUNTDESK_FUZZ_CHECK(model.value(edit.pointer) == FieldValue::of(value));
    }
    (void)model.changedPointers();
    (void)validator.validateBody(model.patchBody());
    (void)validator.validateBody(model.putBody());
    return 0;
}
