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
    if (!m_session || m_asking)
        return false; // a question is open: its answer decides (focus moving to it is no answer)
    if (target == m_session->target())
        return true;
    if (m_session->hasUnsentChanges() && !committed)
        return false; // with edits, only a finished field changes the target: "12" never passes "1"
    if (m_session->switchingLosesEdits(target)) {
        const AccountTarget& current = m_session->target();
        // Name what changes: the account, or else the server or profile of the same account.
        const bool sameAccount = current.accountName() == target.accountName();
        const QString from = sameAccount ? current.describe() : current.accountName();
        const QString to = sameAccount ? target.describe() : target.accountName();
        m_asking = true;
        const Answer answer =
            ask(tr("Discard the edits of %1 and switch to %2?").arg(from, to), false,
                tr("&Discard edits and switch"), tr("&Keep editing %1").arg(current.accountName()));
        m_asking = false;
        if (!m_session)
            return false;
        if (answer != Answer::Discard) {
            m_bar.showTarget(m_session->target());
            Q_EMIT message(tr("Still editing %1.").arg(m_session->target().accountName()));
            return false;
        }
    }
    m_session->setTarget(target);
    return true;
}

FieldErrors EditGuard::readinessProblems() const
{
    if (!m_session)
        return {};
    const AccountTarget shown = m_bar.target();
    if (shown == m_session->target())
        return m_session->readinessProblems();
    // Typed but not applied yet (edits wait for a finished field): what the bar shows counts.
    FieldErrors problems = shown.problems(m_session->provider());
    problems.append(
        {QString(), tr("Press Enter to apply the changed connection."), FieldError::Location::Other});
    return problems;
}

bool EditGuard::commitTarget()
{
    return m_session && applyTarget(m_bar.target(), true) && m_bar.target() == m_session->target();
}

bool EditGuard::release(const QString& question)
{
    if (!m_session)
        return true;
    const AccountSession::Activity activity = m_session->activity();
    if (activity == AccountSession::Activity::Checking || activity == AccountSession::Activity::Sending) {
        // Going away now would abort a write that may reach the server, and its answer unseen.
        QMessageBox::information(
            m_window, tr("An update is being sent"),
            tr("An update of %1 is being sent. Wait for its answer, or cancel it (Esc) and "
               "load the account to see whether it was applied.")
                .arg(m_session->target().accountName()));
        return false;
    }
    if (!m_session->hasUnsentChanges())
        return true;
    switch (ask(question.arg(m_session->target().accountName()), true)) {
    case Answer::Cancel:
        return false;
    case Answer::Discard:
        m_drafts.discard();
        return true;
    case Answer::Keep:
        if (m_drafts.saveNow())
            return true;
        QMessageBox::warning(
            m_window, tr("The draft could not be saved"),
            tr("%1 Nothing was closed: send the edits, or discard them.").arg(m_drafts.problem()));
        return false;
    }
    return false;
}

bool EditGuard::confirmDiscard(const QString& question)
{
    return m_session && (!m_session->hasUnsentChanges() || ask(question, false) == Answer::Discard);
}

} // namespace AccountDesk
