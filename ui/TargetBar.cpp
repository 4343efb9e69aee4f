#include "TargetBar.h"

#include "form/Validator.h"
#include "http/RequestBuilder.h"
#include "widgets/ProblemPalette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace AccountDesk {
namespace {

constexpr int kUrlRole = Qt::UserRole; // where QComboBox::addItem puts its data
constexpr int kProductionRole = Qt::UserRole + 2;
constexpr int kEditableRole = Qt::UserRole + 3;

QLabel* buddyLabel(const QString& text, QWidget* buddy, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setBuddy(buddy);
    return label;
}

} // namespace

TargetBar::TargetBar(QWidget* parent)
    : QWidget(parent)
    , m_environmentComboBox(new QComboBox(this))
    , m_profileComboBox(new QComboBox(this))
    , m_credentialsButton(new QPushButton(tr("Cre&dentials…"), this))
    , m_baseUrlLineEdit(new QLineEdit(this))
    , m_accountLineEdit(new QLineEdit(this))
    , m_accountProblemLabel(new QLabel(this))
{
    m_environmentComboBox->setObjectName(QStringLiteral("environmentComboBox"));
    m_environmentComboBox->setAccessibleName(tr("Environment"));
    m_environmentComboBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    m_profileComboBox->setAccessibleName(tr("Credential profile"));
    m_profileComboBox->setEditable(true);
    m_profileComboBox->addItem(QStringLiteral("default"));
    m_profileComboBox->lineEdit()->setAccessibleName(tr("Credential profile"));
    m_credentialsButton->setObjectName(QStringLiteral("credentialsPushButton"));
    m_baseUrlLineEdit->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_baseUrlLineEdit->setAccessibleName(tr("Base URL"));
    m_accountLineEdit->setObjectName(QStringLiteral("accountLineEdit"));
    m_accountLineEdit->setAccessibleName(tr("Account ID"));
    m_accountProblemLabel->setObjectName(QStringLiteral("accountProblemLabel"));
    m_accountProblemLabel->setTextFormat(Qt::PlainText);
    m_accountProblemLabel->setWordWrap(true);
    ProblemPalette::markText(m_accountProblemLabel, true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Environment:"), m_environmentComboBox, "environmentLabel", this), 0, 0);
    layout->addWidget(m_environmentComboBox, 0, 1);
    layout->addWidget(buddyLabel(tr("P&rofile:"), m_profileComboBox, "profileLabel", this), 0, 2);
    layout->addWidget(m_profileComboBox, 0, 3);
    layout->addWidget(m_credentialsButton, 0, 4);
    layout->addWidget(buddyLabel(tr("&Base URL:"), m_baseUrlLineEdit, "baseUrlLabel", this), 1, 0);
    layout->addWidget(m_baseUrlLineEdit, 1, 1, 1, 4);
    layout->addWidget(buddyLabel(tr("&Account ID:"), m_accountLineEdit, "accountLabel", this), 2, 0);
    layout->addWidget(m_accountLineEdit, 2, 1, 1, 2);
    layout->addWidget(m_accountProblemLabel, 2, 3, 1, 2);

    auto typing = [this] {
        if (!m_filling)
            Q_EMIT targetEdited(target(), false);
    };
    auto committed = [this] {
        if (!m_filling)
            Q_EMIT targetEdited(target(), true);
    };
    connect(m_environmentComboBox, &QComboBox::currentIndexChanged, this, &TargetBar::environmentChosen);
    connect(m_baseUrlLineEdit, &QLineEdit::textEdited, this, typing);
    connect(m_baseUrlLineEdit, &QLineEdit::editingFinished, this, committed);
    connect(m_accountLineEdit, &QLineEdit::textEdited, this, [this, typing] {
        showAccountProblem();
        typing();
    });
    connect(m_accountLineEdit, &QLineEdit::editingFinished, this, committed);
    connect(m_profileComboBox, &QComboBox::currentTextChanged, this, [this, typing](const QString& text) {
        const QString profile = text.trimmed();
        if (profile.isEmpty() || profile.contains(QLatin1Char('/')))
            return; // not a profile name; the last valid one stays
        m_profile = profile;
        typing();
    });
    connect(m_profileComboBox->lineEdit(), &QLineEdit::editingFinished, this, committed);
    connect(m_profileComboBox, &QComboBox::activated, this, committed);
}

QString TargetBar::remembered(const QString& key) const
{
    return QSettings().value(QStringLiteral("providers/%1/%2").arg(m_provider->id(), key)).toString();
}

void TargetBar::remember(const QString& key, const QString& value) const
{
    if (m_provider)
        QSettings().setValue(QStringLiteral("providers/%1/%2").arg(m_provider->id(), key), value);
}

void TargetBar::setProvider(const Provider* provider)
{
    m_filling = true;
    m_provider = provider;
    m_environmentComboBox->clear();
    m_accountLineEdit->clear();
    m_accountProblemLabel->clear();
    if (!provider) {
        m_filling = false;
        return;
    }
    int defaultIndex = 0;
    for (const Server& server : provider->servers()) {
        const bool production = provider->isProductionServer(server);
        QString text = server.description.isEmpty() ? server.url
                                                    : server.description + QStringLiteral(" — ") + server.url;
        if (production)
            text = QStringLiteral("⚠ ") + text + tr(" (production)");
        m_environmentComboBox->addItem(text, server.url);
        const int index = m_environmentComboBox->count() - 1;
        m_environmentComboBox->setItemData(index, production, kProductionRole);
        m_environmentComboBox->setItemData(index, !server.variables.isEmpty(), kEditableRole);
        if (&server == provider->defaultServer())
            defaultIndex = index;
    }
    m_environmentComboBox->addItem(tr("Custom base URL…"), QString());
    m_environmentComboBox->setItemData(m_environmentComboBox->count() - 1, true, kEditableRole);
    // Remembered by URL, so that a spec that gains a server does not shift the choice.
    const QString environment = remembered(QStringLiteral("environmentUrl"));
    const int saved = m_environmentComboBox->findData(environment, kUrlRole);
    m_environmentComboBox->setCurrentIndex(environment.isNull() || saved < 0 ? defaultIndex : saved);
    const QString profile = remembered(QStringLiteral("profile"));
    m_profile = profile.isEmpty() || profile.contains(QLatin1Char('/')) ? QStringLiteral("default") : profile;
    m_profileComboBox->setCurrentText(m_profile);
    m_accountLineEdit->setEnabled(!provider->pathParameters().isEmpty());
    m_filling = false;
    environmentChosen();
}

void TargetBar::environmentChosen()
{
    if (!m_provider)
        return;
    const bool filling = m_filling;
    m_filling = true;
    const int index = m_environmentComboBox->currentIndex();
    const QString url = m_environmentComboBox->itemData(index, kUrlRole).toString();
    const bool editable = m_environmentComboBox->itemData(index, kEditableRole).toBool();
    m_baseUrlLineEdit->setReadOnly(!editable);
    if (editable) {
        // Templated ("https://{tenant}.api.zephr.com") or custom: the operator types the URL.
        m_baseUrlLineEdit->setPlaceholderText(url.isEmpty()
                                                  ? tr("https://… (http:// only to this computer)")
                                                  : QString(url)
                                                        .replace(QLatin1Char('{'), QLatin1Char('<'))
                                                        .replace(QLatin1Char('}'), QLatin1Char('>')));
        m_baseUrlLineEdit->setText(remembered(QStringLiteral("baseUrl")));
    } else {
        m_baseUrlLineEdit->setText(url);
    }
    m_filling = filling;
    if (!m_filling)
        Q_EMIT targetEdited(target(), true);
}

void TargetBar::rememberTarget(const AccountTarget& target) const
{
    if (!m_provider || target.provider != m_provider->id())
        return;
    const Server* server = m_provider->serverAt(target.baseUrl);
    remember(QStringLiteral("environmentUrl"), server ? server->url : QString());
    // Only a URL that validates is remembered: one typed with a password in it never is.
    if ((!server || !server->variables.isEmpty()) && !RequestBuilder::checkBaseUrl(target.baseUrl))
        remember(QStringLiteral("baseUrl"), target.baseUrl.toString());
    remember(QStringLiteral("profile"), target.profile);
}

void TargetBar::showAccountProblem()
{
    QString problem;
    const QString text = m_accountLineEdit->text().trimmed();
    if (m_provider && !text.isEmpty())
        for (const Parameter& parameter : m_provider->pathParameters())
            if (const std::optional<FieldError> error = Validator::validatePathParameter(parameter, text))
                problem = error->message;
    m_accountProblemLabel->setText(problem);
    m_accountLineEdit->setAccessibleDescription(problem);
}

AccountTarget TargetBar::target() const
{
    AccountTarget target;
    if (m_provider)
        target.provider = m_provider->id();
    target.baseUrl = QUrl(m_baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    if (m_provider && !m_provider->pathParameters().isEmpty())
        target.account = m_accountLineEdit->text().trimmed();
    target.profile = m_profile;
    return target;
}

int TargetBar::environmentIndexFor(const QUrl& url) const
{
    if (!m_provider)
        return -1;
    if (const Server* server = m_provider->serverAt(url))
        return m_environmentComboBox->findData(server->url, kUrlRole);
    return m_environmentComboBox->count() - 1; // custom
}

void TargetBar::showTarget(const AccountTarget& target)
{
    m_filling = true;
    if (!target.baseUrl.isEmpty())
        if (const int index = environmentIndexFor(target.baseUrl); index >= 0) {
            m_environmentComboBox->setCurrentIndex(index);
            const bool editable = m_environmentComboBox->itemData(index, kEditableRole).toBool();
            m_baseUrlLineEdit->setReadOnly(!editable);
        }
    m_baseUrlLineEdit->setText(target.baseUrl.toString());
    m_accountLineEdit->setText(target.account);
    m_profile = target.profile;
    m_profileComboBox->setCurrentText(target.profile);
    showAccountProblem();
    m_filling = false;
}

bool TargetBar::isProductionSelected() const
{
    return m_provider && m_provider->isProduction(target().baseUrl);
}

void TargetBar::focusPart(FieldError::Location location)
{
    QLineEdit* edit = location == FieldError::Location::PathParameter ? m_accountLineEdit : m_baseUrlLineEdit;
    edit->setFocus(Qt::OtherFocusReason);
}

void TargetBar::setBusy(bool busy)
{
    m_environmentComboBox->setEnabled(!busy);
    m_profileComboBox->setEnabled(!busy);
    m_baseUrlLineEdit->setEnabled(!busy);
    m_accountLineEdit->setEnabled(!busy && m_provider && !m_provider->pathParameters().isEmpty());
}

} // namespace AccountDesk
