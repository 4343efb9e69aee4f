#pragma once

#include "provider/Provider.h"
#include "store/CredentialManager.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;

namespace AccountDesk {

// Stores and deletes one provider profile's credentials in the OS keychain. Secrets are typed
// masked and never shown again: the dialog only ever learns whether a field is stored.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(const Provider& provider, const QString& profile, CredentialManager& manager,
                      QWidget* parent = nullptr);

    QLineEdit* fieldEdit(const QString& field) const { return m_edits.value(field); }
    // What is wrong with what is typed into a field (shown under it); empty when nothing is.
    QString problemText(const QString& field) const;
    QString statusText() const;
    void save();
    void removeStored();

Q_SIGNALS:
    void credentialsChanged();

private:
    void refresh();
    void setBusy(bool busy);
    // Shows under the field why its text cannot be stored; true when it can.
    bool checkField(const QString& field);
    void clearEdits();

    const Provider& m_provider;
    QString m_profile;
    CredentialManager& m_manager;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QLabel*> m_stateLabels;
    QHash<QString, QLabel*> m_problemLabels;
    QLabel* m_statusLabel;
    QPushButton* m_saveButton;
    QPushButton* m_deleteButton;
};

} // namespace AccountDesk
