#include "ProviderForm.h"

#include "form/FormView.h"
#include "session/AccountSession.h"
#include "widgets/LogoPicker.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace AccountDesk {

ProviderForm::ProviderForm(AccountSession& session, QWidget* parent)
    : QWidget(parent)
    , m_formView(new FormView(
          session.model(), [&session] { return session.body(); }, this))
{
    setObjectName(QStringLiteral("providerForm"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formView);
    if (const auto& multipart = session.provider().multipart()) {
        auto* logoBox = new QGroupBox(
            tr("Logo (optional; sent as multipart part \"%1\")").arg(multipart->filePart), this);
        logoBox->setObjectName(QStringLiteral("logoGroupBox"));
        auto* logoLayout = new QVBoxLayout(logoBox);
        m_logoPicker = new LogoPicker(logoBox);
        m_logoPicker->setObjectName(QStringLiteral("logoPicker"));
        m_logoPicker->setRule(session.provider().fileRule());
        logoLayout->addWidget(m_logoPicker);
        layout->addWidget(logoBox);
        connect(m_logoPicker, &LogoPicker::changed, &session,
                [this, &session] { session.setLogo(m_logoPicker->attachment()); });
        connect(&session, &AccountSession::revisionChanged, m_logoPicker, [this, &session] {
            if (!session.logo() && m_logoPicker->attachment())
                m_logoPicker->clear();
        });
    }
    layout->addStretch();
}

} // namespace AccountDesk
