#pragma once

#include <QLabel>

class QComboBox;

namespace AccountDesk {

// Names a combo box for screen readers by its label. On Linux, Qt gives a combo box its current
// text as its accessible name and leaves the label to the "labelled by" relation, which it looks for
// only among the combo box's siblings: a QLabel whose buddy the combo box is. A form row's visible
// label sits in the form's layout, not beside the combo box inside its editor, so this adds a
// hidden label next to the combo box that carries the same text. (On Windows and macOS Qt names a
// combo box by its accessible name, which the row sets as well.)
class ComboBoxLabel : public QLabel
{
    Q_OBJECT

public:
    // A hidden label for `comboBox` with `text`, owned by the combo box's parent.
    static ComboBoxLabel* attach(QComboBox* comboBox, const QString& text);

private:
    ComboBoxLabel(QComboBox* comboBox, const QString& text);
};

} // namespace AccountDesk
