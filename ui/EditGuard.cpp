#include "EditGuard.h"

#include "DraftController.h"
#include "TargetBar.h"
#include "session/AccountSession.h"

#include <QMessageBox>
#include <QPushButton>

namespace AccountDesk {

EditGuard::EditGuard(QWidget* window, TargetBar& bar, DraftController& drafts)
    : QObject(window)
    , m_window(window)
    , m_bar(bar)
    , m_drafts(drafts)
{
    connect(&bar, &TargetBar::targetEdited, this, &EditGuard::applyTarget);
}

void EditGuard::setSession(AccountSession* session)
{
    m_session = session;
}

EditGuard::Answer EditGuard::ask(const QString& question, bool offerDraft, const QString& discardText,
                                 const QString& keepText)
{
    QMessageBox box(QMessageBox::Question, tr("Unsent edits"), question,
                    QMessageBox::Discard | QMessageBox::Cancel |
                        (offerDraft ? QMessageBox::Save : QMessageBox::NoButton),
                    m_window);
    box.setObjectName(QStringLiteral("unsentEditsMessageBox"));
    if (offerDraft)
        box.button(QMessageBox::Save)->setText(tr("Keep as &draft"));
    if (!discardText.isEmpty())
        box.button(QMessageBox::Discard)->setText(discardText);
    if (!keepText.isEmpty())
        box.button(QMessageBox::Cancel)->setText(keepText);
    box.setDefaultButton(QMessageBox::Cancel);
    const int answer = box.exec();
    return answer == QMessageBox::Discard ? Answer::Discard
           : answer == QMessageBox::Save  ? Answer::Keep
                                          : Answer::Cancel;
}

bool EditGuard::applyTarget(const AccountTarget& target, bool committed)
{
    if (!m_session)
        return false;
    if (target == m_session->target())
        return true;
    if (m_session->switchingLosesEdits(target)) {
        if (!committed)
            return false; // asked once the operator has finished typing
        const QString current = m_session->target().accountName();
        if (ask(tr("Discard the edits of %1 and switch to %2?").arg(current, target.accountName()), false,
                tr("&Discard edits and switch"), tr("&Keep editing %1").arg(current)) != Answer::Discard) {
            m_bar.showTarget(m_session->target());
            Q_EMIT message(tr("Still editing %1.").arg(current));
            return false;
        }
    }
    m_session->setTarget(target);
    return true;
}

bool EditGuard::commitTarget()
{
    return m_session && applyTarget(m_bar.target(), true) && m_bar.target() == m_session->target();
}

bool EditGuard::release(const QString& question)
{
    if (!m_session || !m_session->hasUnsentChanges())
        return true;
    switch (ask(question.arg(m_session->target().accountName()), true)) {
    case Answer::Cancel:
        return false;
    case Answer::Discard:
        m_drafts.discard();
        return true;
    case Answer::Keep:
        m_drafts.saveNow();
        return true;
    }
    return false;
}

bool EditGuard::confirmDiscard(const QString& question)
{
    return m_session && (!m_session->hasUnsentChanges() || ask(question, false) == Answer::Discard);
}

} // namespace AccountDesk
