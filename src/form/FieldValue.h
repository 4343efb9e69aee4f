#pragma once

#include <QJsonValue>

namespace AccountDesk {

// The three states of a field: Unset (not sent), Null (sent as JSON null), or a Value.
struct FieldValue
{
    enum class State
    {
        Unset,
        Null,
        Value
    };

    State state = State::Unset;
    QJsonValue value; // meaningful for State::Value only

    static FieldValue unset() { return {}; }
    static FieldValue null() { return {State::Null, QJsonValue(QJsonValue::Null)}; }
    static FieldValue of(const QJsonValue& value)
    {
        if (value.isUndefined())
            return unset();
        if (value.isNull())
            return null();
        return {State::Value, value};
    }

    bool isUnset() const { return state == State::Unset; }
    bool isNull() const { return state == State::Null; }
    bool hasValue() const { return state == State::Value; }

    bool operator==(const FieldValue& other) const
    {
        return state == other.state && (state != State::Value || value == other.value);
    }
};

} // namespace AccountDesk
