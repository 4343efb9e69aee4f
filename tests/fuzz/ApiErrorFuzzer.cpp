// The HTTP error parser: ApiErrorParser::parse over a fuzzed status, content type and body, with no
// form and with a bundled provider's form (whose field names the parser maps to pointers).
//
// Input: "<status>\n<content type>\n<provider id>\n<body>" (every part may be mutated).
#include "FuzzSupport.h"
#include "http/ApiErrorParser.h"

using namespace AccountDesk;

namespace {

void check(const ApiError& error, int status)
{
    ACCOUNTDESK_FUZZ_CHECK(error.status == status);
    // Messages without a field end up in the detail; every field error names its field.
    for (const FieldError& fieldError : error.fieldErrors)
        ACCOUNTDESK_FUZZ_CHECK(!fieldError.pointer.isEmpty());
    (void)error.describe();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray rest = Fuzz::bytes(data, size);
    const int status = Fuzz::takeLine(rest).toInt();
    const QByteArray contentType = Fuzz::takeLine(rest);
    const Provider& provider = Fuzz::providerFor(Fuzz::takeLine(rest));

    check(ApiErrorParser().parse(status, contentType, rest), status);
    const ApiErrorParser withForm(&provider.form());
    check(withForm.parse(status, contentType, rest), status);
    const QString pointer = withForm.pointerFor(QString::fromUtf8(rest.left(1024)));
    ACCOUNTDESK_FUZZ_CHECK(pointer.isEmpty() || pointer.startsWith(QLatin1Char('/')));
    return 0;
}
