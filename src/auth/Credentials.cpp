#include "Credentials.h"

#include <utility>

namespace AccountDesk {
namespace {

QString describeControlCharacter(char16_t character)
{
    const QString code =
        QStringLiteral("U+%1").arg(static_cast<uint>(character), 4, 16, QLatin1Char('0')).toUpper();
    switch (character) {
    case u'\r':
        return Credentials::tr("a carriage return, ") + code;
    case u'\n':
        return Credentials::tr("a line feed, ") + code;
    case u'\t':
        return Credentials::tr("a tab, ") + code;
    case u'\0':
        return Credentials::tr("a NUL, ") + code;
    case u'\x1b':
        return Credentials::tr("an escape, ") + code;
    case u'\x7f':
        return Credentials::tr("a delete, ") + code;
    default:
        return code;
    }
}

} // namespace

Credentials& Credentials::operator=(const Credentials& other)
{
    if (this != &other) {
        wipe();
        fields = other.fields;
    }
    return *this;
}

Credentials& Credentials::operator=(Credentials&& other) noexcept
{
    if (this != &other) {
        wipe();
        fields = std::move(other.fields);
    }
    return *this;
}

Credentials::~Credentials()
{
    wipe();
}

bool Credentials::hasAll(const QStringList& names) const
{
    for (const QString& name : names)
        if (!has(name))
            return false;
    return !names.isEmpty();
}

void Credentials::wipe()
{
    // A table shared with another Credentials is still in use there: iterating it mutably would
    // only detach a copy whose values are shared, so leave it to the last owner.
    if (fields.isDetached())
        for (auto it = fields.begin(); it != fields.end(); ++it)
            overwrite(it.value());
    fields.clear();
}

std::optional<QString> Credentials::problemWith(const QString& value)
{
    for (const QChar character : value) {
        const char16_t code = character.unicode();
        if (code < 0x20 || code == 0x7f)
            return tr("contains a control character (%1), which cannot be sent in a header")
                .arg(describeControlCharacter(code));
    }
    return std::nullopt;
}

bool Credentials::overwrite(QString& value)
{
    // isDetached() is false for shared buffers and for literals in read-only memory alike.
    if (value.isEmpty() || !value.isDetached())
        return false;
    // data() does not reallocate an unshared buffer; volatile keeps the stores from being dropped
    // as dead writes.
    volatile char16_t* characters = reinterpret_cast<char16_t*>(value.data());
    for (qsizetype i = 0; i < value.size(); ++i)
        characters[i] = u'\0';
    return true;
}

} // namespace AccountDesk
