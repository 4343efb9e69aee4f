#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace AccountDesk {

// File → Preferences…: the window's language (as the system, English or German), which applies
// when Account Desk starts again (the dialog says so), light or dark (at once), and the proxy (as the system
// says, none, or a given one), which applies to the next request.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_languageCombo;
    QComboBox* m_appearanceCombo;
    QComboBox* m_proxyCombo;
    QLineEdit* m_proxyEdit;
    QLabel* m_proxyProblem;
};

} // namespace AccountDesk
