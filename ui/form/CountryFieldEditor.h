#pragma once

#include "FieldEditor.h"

namespace AccountDesk {

class CountryPicker;

// A field hinted `country`: the country picker, restricted to the spec's enum where it has one.
class CountryFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit CountryFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QString inputProblem() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

    CountryPicker* picker() const { return m_picker; }

private:
    CountryPicker* m_picker;
};

} // namespace AccountDesk
