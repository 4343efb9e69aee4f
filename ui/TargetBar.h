#pragma once

#include "form/FieldError.h"
#include "provider/Provider.h"
#include "session/AccountTarget.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace AccountDesk {

// Where an edit goes: environment (a spec server or a custom base URL), credential profile, base
// URL and account id. It only proposes a target; the window decides whether to switch (asking
// first when edits would be lost) and shows the session's target back when the operator keeps
// the current one. Remembers per provider the environment by its URL and the last valid custom
// URL, never a value that does not validate.
class TargetBar : public QWidget
{
    Q_OBJECT

public:
    explicit TargetBar(QWidget* parent = nullptr);

    // Fills the environments of `provider` and restores the remembered one, without signals.
    void setProvider(const Provider* provider);
    // Shows `target` (a restored draft's, or the session's after "keep editing").
    void showTarget(const AccountTarget& target);
    // The target the fields describe now.
    AccountTarget target() const;
    bool isProductionSelected() const;
    // Remembers `target` (the one the session took) for the next start: the environment by its
    // URL, a custom or tenant URL only when it validates, the profile.
    void rememberTarget(const AccountTarget& target) const;
    void setBusy(bool busy);
    // Moves focus to the field a problem is about (base URL or account id).
    void focusPart(FieldError::Location location);
    QPushButton* credentialsButton() const { return m_credentialsButton; }

Q_SIGNALS:
    // The operator changed a part of the target. `committed` is false while typing and true once
    // a choice is made (an environment picked, Enter, leaving the field).
    void targetEdited(const AccountDesk::AccountTarget& target, bool committed);

private:
    void environmentChosen();
    void showAccountProblem();
    void remember(const QString& key, const QString& value) const;
    QString remembered(const QString& key) const;
    int environmentIndexFor(const QUrl& url) const;

    const Provider* m_provider = nullptr;
    QComboBox* m_environmentComboBox;
    QComboBox* m_profileComboBox;
    QPushButton* m_credentialsButton;
    QLineEdit* m_baseUrlLineEdit;
    QLineEdit* m_accountLineEdit;
    QLabel* m_accountProblemLabel;
    QString m_profile = QStringLiteral("default"); // the last valid profile name
    bool m_filling = false;
};

} // namespace AccountDesk
