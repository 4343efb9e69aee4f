#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace AccountDesk {

// The Retry-After header value of a 429 or 503 (RFC 9110 section 10.2.3), parsed strictly: it
// decides whether a request that changes an account is sent again, so anything doubtful means
// "do not retry".
class RetryAfter
{
public:
    // Seconds to wait, or nullopt when the value is not valid. Valid are delta-seconds (ASCII digits
    // only: no sign, no spaces, no fraction; too many to fit an int is invalid, never wrapped) and an
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT", the weekday matching the date). A date in the
    // past means 0; a future one is rounded up to whole seconds, at most INT_MAX. The caller's
    // header parser has already removed the optional whitespace around the value.
    static std::optional<int> parse(const QByteArray& value, const QDateTime& now);

private:
    static std::optional<int> parseDeltaSeconds(const QByteArray& value);
    static std::optional<QDateTime> parseImfFixdate(const QByteArray& value);
};

} // namespace AccountDesk
