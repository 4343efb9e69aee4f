#include "FieldEditor.h"

namespace AccountDesk {

FieldEditor::FieldEditor(const FieldSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
{}

} // namespace AccountDesk
