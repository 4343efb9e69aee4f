#include "CredentialsDialog.h"

#include "auth/Credentials.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace AccountDesk {
namespace {

QString fieldLabel(const QString& field)
{
    static const QHash<QString, QString> labels = {{QStringLiteral("username"), QObject::tr("User name")},
                                                   {QStringLiteral("password"), QObject::tr("Password")},
                                                   {QStringLiteral("token"), QObject::tr("Token")},
                                                   {QStringLiteral("api_key"), QObject::tr("API key")},
                                                   {QStringLiteral("access_key"), QObject::tr("Access key")},
                                                   {QStringLiteral("secret_key"), QObject::tr("Secret key")}};
    return labels.value(field, field);
}

} // namespace

CredentialsDialog::CredentialsDialog(const Provider& provider, const QString& profile,
                                     CredentialManager& manager, QWidget* parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_profile(profile)
    , m_manager(manager)
    , m_statusLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save to keychain"), this))
    , m_deleteButton(new QPushButton(tr("&Delete stored"), this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials: %1 (profile \"%2\")").arg(provider.displayName(), profile));

    QStringList kinds;
    for (const AuthKind kind : provider.authKinds())
        kinds.append(AuthKinds::displayName(kind));
    auto* intro = new QLabel(tr("%1 authenticates with %2. Secrets are kept only in the system keychain; "
                                "once saved they are never shown again.")
                                 .arg(provider.displayName(), kinds.join(tr(" or "))),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    for (const QString& field : provider.credentialFields()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(field + QStringLiteral("LineEdit"));
        edit->setAccessibleName(fieldLabel(field));
        if (field != QStringLiteral("username") && field != QStringLiteral("access_key"))
            edit->setEchoMode(QLineEdit::Password);
        auto* state = new QLabel(this);
        state->setObjectName(field + QStringLiteral("StateLabel"));
        auto* problem = new QLabel(this);
        problem->setObjectName(field + QStringLiteral("ProblemLabel"));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->hide();
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(state);
        auto* column = new QVBoxLayout;
        column->addLayout(row);
        column->addWidget(problem);
        auto* label = new QLabel(fieldLabel(field) + QLatin1Char(':'), this);
        label->setBuddy(edit);
        form->addRow(label, column);
        m_edits.insert(field, edit);
        m_stateLabels.insert(field, state);
        m_problemLabels.insert(field, problem);
        connect(edit, &QLineEdit::textChanged, this, [this, field] { checkField(field); });
    }

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_deleteButton, QDialogButtonBox::DestructiveRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_saveButton, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(), tr("Delete the stored credentials of this profile?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            removeStored();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    refresh();
}

QString CredentialsDialog::statusText() const
{
    return m_statusLabel->text();
}

QString CredentialsDialog::problemText(const QString& field) const
{
    const QLabel* label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool CredentialsDialog::checkField(const QString& field)
{
    const std::optional<QString> problem = Credentials::problemWith(m_edits.value(field)->text());
    QLabel* label = m_problemLabels.value(field);
    // The reason names the kind of character, never the text around it.
    label->setText(problem ? tr("This value %1. Nothing is stored while it does.").arg(*problem) : QString());
    label->setVisible(problem.has_value());
    return !problem;
}

void CredentialsDialog::clearEdits()
{
    // setText() rather than clear(): clear() keeps the removed characters in the undo history, and
    // Ctrl+Z brings them back in a field shown in clear (e.g. Zephr's access key).
    for (QLineEdit* edit : std::as_const(m_edits))
        edit->setText(QString());
}

void CredentialsDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_deleteButton->setEnabled(!busy);
}

void CredentialsDialog::refresh()
{
    setBusy(true);
    QPointer<CredentialsDialog> self(this);
    m_manager.status(m_provider, m_profile, [self](const CredentialManager::Status& status) {
        if (!self)
            return;
        self->setBusy(false);
        if (status.problem) {
            self->m_statusLabel->setText(
                tr("Keychain unavailable: %1. Nothing can be stored, and nothing is ever "
                   "written anywhere else.")
                    .arg(status.problem->message));
            self->m_saveButton->setEnabled(false);
            self->m_deleteButton->setEnabled(false);
            return;
        }
        int stored = 0;
        for (auto it = self->m_stateLabels.constBegin(); it != self->m_stateLabels.constEnd(); ++it) {
            const bool isStored = status.stored.value(it.key());
            stored += isStored ? 1 : 0;
            it.value()->setText(status.unusableFields.contains(it.key()) ? tr("unusable")
                                : isStored                               ? tr("stored")
                                                                         : tr("missing"));
            self->m_edits.value(it.key())->setPlaceholderText(isStored ? tr("stored: leave empty to keep")
                                                                       : QString());
        }
        self->m_deleteButton->setEnabled(stored > 0);
        QString text =
            stored > 0
                ? tr("%1 of %2 field(s) stored in the keychain.").arg(stored).arg(self->m_stateLabels.size())
                : tr("Nothing stored yet.");
        if (status.unusable)
            text += QLatin1Char(' ') + tr("Unusable: %1.").arg(*status.unusable);
        self->m_statusLabel->setText(text);
    });
}

void CredentialsDialog::save()
{
    Credentials values; // overwritten once the keychain has them and the edits are cleared
    bool usable = true;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        usable = checkField(it.key()) && usable;
        if (!it.value()->text().isEmpty())
            values.fields.insert(it.key(), it.value()->text());
    }
    if (!usable) {
        // Refused as a whole, like `credentials set`: no field is written, the valid ones neither.
        m_statusLabel->setText(tr("Nothing was stored: correct the field(s) marked above."));
        return;
    }
    if (values.fields.isEmpty()) {
        m_statusLabel->setText(tr("Type at least one field to save."));
        return;
    }
    setBusy(true);
    QPointer<CredentialsDialog> self(this);
    m_manager.save(m_provider, m_profile, std::move(values), [self](const CredentialStore::Result& result) {
        if (!self)
            return;
        self->clearEdits(); // never kept, never shown again
        if (result.status != CredentialStore::Status::Ok) {
            self->setBusy(false);
            self->m_statusLabel->setText(tr("Not saved: %1").arg(result.message));
            return;
        }
        Q_EMIT self->credentialsChanged();
        self->refresh();
    });
}

void CredentialsDialog::removeStored()
{
    setBusy(true);
    QPointer<CredentialsDialog> self(this);
    m_manager.remove(m_provider, m_profile, [self](const CredentialStore::Result& result) {
        if (!self)
            return;
        if (result.status != CredentialStore::Status::Ok) {
            self->setBusy(false);
            self->m_statusLabel->setText(tr("Not deleted: %1").arg(result.message));
            return;
        }
        Q_EMIT self->credentialsChanged();
        self->refresh();
    });
}

} // namespace AccountDesk
