#include "PreferencesDialog.h"

#include "Appearance.h"
#include "UiLanguage.h"
#include "net/ProxyAuthenticator.h"
#include "net/ProxyChoice.h"
#include "widgets/ComboBoxLabel.h"
#include "widgets/ProblemPalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace AccountDesk {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
    , m_appearanceCombo(new QComboBox(this))
    , m_proxyCombo(new QComboBox(this))
    , m_proxyEdit(new QLineEdit(this))
    , m_proxyProblem(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(
        tr("As the system (%1)").arg(UiLanguage::nativeName(UiLanguage::systemLanguage())), QString());
    for (const QString& code : UiLanguage::available())
        m_languageCombo->addItem(UiLanguage::nativeName(code), code);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(UiLanguage::chosen())));
    m_languageCombo->setAccessibleName(tr("Language"));
    ComboBoxLabel::attach(m_languageCombo, tr("Language"));

    m_proxyCombo->setObjectName(QStringLiteral("proxyComboBox"));
    m_proxyCombo->addItem(tr("As the system says"), int(ProxyChoice::Mode::System));
    m_proxyCombo->addItem(tr("No proxy"), int(ProxyChoice::Mode::None));
    m_proxyCombo->addItem(tr("This proxy:"), int(ProxyChoice::Mode::Manual));
    m_proxyCombo->setAccessibleName(tr("Proxy"));
    ComboBoxLabel::attach(m_proxyCombo, tr("Proxy"));
    m_proxyEdit->setObjectName(QStringLiteral("proxyLineEdit"));
    m_proxyEdit->setPlaceholderText(QStringLiteral("http://proxy.example.com:3128"));
    m_proxyEdit->setAccessibleName(tr("Proxy URL"));
    const ProxyChoice proxy = ProxyChoice::fromSettings();
    m_proxyCombo->setCurrentIndex(m_proxyCombo->findData(int(proxy.mode)));
    if (proxy.mode == ProxyChoice::Mode::Manual)
        m_proxyEdit->setText(proxy.toString());
    m_proxyEdit->setEnabled(proxy.mode == ProxyChoice::Mode::Manual);
    connect(m_proxyCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxyEdit->setEnabled(m_proxyCombo->currentData().toInt() == int(ProxyChoice::Mode::Manual));
    });
    m_proxyProblem->setObjectName(QStringLiteral("proxyProblemLabel"));
    m_proxyProblem->setWordWrap(true);
    ProblemPalette::markText(m_proxyProblem, true);
    m_proxyProblem->setVisible(false);

    m_appearanceCombo->setObjectName(QStringLiteral("appearanceComboBox"));
    for (const Appearance::Mode mode :
         {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark})
        m_appearanceCombo->addItem(Appearance::displayName(mode), int(mode));
    m_appearanceCombo->setCurrentIndex(m_appearanceCombo->findData(int(Appearance::chosen())));
    m_appearanceCombo->setAccessibleName(tr("Appearance"));
    ComboBoxLabel::attach(m_appearanceCombo, tr("Appearance"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);
    auto* note = new QLabel(tr("The language of the window, its numbers and its country names. The "
                               "command-line tool always writes English."),
                            this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("&Appearance:"), m_appearanceCombo);
    form->addRow(tr("&Proxy:"), m_proxyCombo);
    form->addRow(QString(), m_proxyEdit);
    form->addRow(QString(), m_proxyProblem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const auto mode = ProxyChoice::Mode(m_proxyCombo->currentData().toInt());
    const auto parsed = mode == ProxyChoice::Mode::Manual ? ProxyChoice::parse(m_proxyEdit->text())
                        : mode == ProxyChoice::Mode::None ? ProxyChoice::parse(QStringLiteral("none"))
                                                          : ProxyChoice::parse(QStringLiteral("system"));
    if (const QString* problem = std::get_if<QString>(&parsed);
        problem || (mode == ProxyChoice::Mode::Manual && m_proxyEdit->text().trimmed().isEmpty())) {
        m_proxyProblem->setText(problem ? *problem : tr("give the proxy's URL"));
        m_proxyProblem->setVisible(true);
        m_proxyEdit->setFocus();
        return;
    }
    Appearance::choose(Appearance::Mode(m_appearanceCombo->currentData().toInt()));
    Appearance::apply();
    const ProxyChoice& proxy = std::get<ProxyChoice>(parsed);
    proxy.save();
    proxy.apply(); // from the next request on
    ProxyAuthenticator::forget();

    const QString before = UiLanguage::effective();
    UiLanguage::choose(m_languageCombo->currentData().toString());
    if (UiLanguage::effective() != before)
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language is used when Account Desk starts again."));
    QDialog::accept();
}

} // namespace AccountDesk
