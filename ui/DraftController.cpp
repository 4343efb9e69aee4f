#include "DraftController.h"

#include "session/AccountSession.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace AccountDesk {

DraftController::DraftController(QWidget* window, DraftStore store)
    : QObject(window)
    , m_window(window)
    , m_store(std::move(store))
{}

void DraftController::attach(AccountSession* session)
{
    m_keeper.reset();
    m_session = session;
    if (!session)
        return;
    m_keeper = std::make_unique<DraftKeeper>(*session, m_store);
    connect(m_keeper.get(), &DraftKeeper::problemChanged, this, [this](const QString& problem) {
        Q_EMIT problemChanged(problem.isEmpty() ? QString()
                                                : tr("Edits are not being saved: %1").arg(problem));
    });
}

QString DraftController::problem() const
{
    return m_keeper ? m_keeper->problem() : QString();
}

bool DraftController::saveNow()
{
    return !m_keeper || m_keeper->saveNow();
}

void DraftController::discard()
{
    if (!m_session)
        return;
    if (m_keeper)
        m_keeper->discard();
    m_session->model().revertAll();
    m_session->setLogo(std::nullopt);
}

bool DraftController::offer()
{
    if (!m_session)
        return false;
    const QList<Draft> drafts = m_store.drafts(m_session->provider().id());
    if (drafts.isEmpty())
        return false;
    const Draft& draft = drafts.first();
    QMessageBox box(QMessageBox::Question, tr("Unsent edits"),
                    tr("There are unsent edits for %1 on %2, saved %3. Restore them?")
                        .arg(draft.target.describe(), m_session->provider().displayName(),
                             QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("restoreDraftMessageBox"));
    box.setInformativeText(draft.hasSnapshot ? tr("The account is read again and compared with the state the "
                                                  "edits were made on before anything can be sent.")
                                             : QString());
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard) {
        m_store.remove(draft);
        return false;
    }
    if (box.clickedButton() != restore || !m_session)
        return false;
    if (m_keeper)
        m_keeper->adopt(draft); // its edits go on in the same file
    m_session->restore(draft);
    return true;
}

} // namespace AccountDesk
