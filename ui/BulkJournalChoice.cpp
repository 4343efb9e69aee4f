#include "BulkJournalChoice.h"

#include <QCryptographicHash>
#include <QMessageBox>
#include <QPushButton>

namespace AccountDesk {

QByteArray BulkJournalChoice::identity(const QString& provider, const AccountTarget& target,
                                       const BulkSourcePicker::Opened& source,
                                       const QList<CliArguments::Edit>& edits)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Separators that cannot occur in what they separate keep "a" + "bc" apart from "ab" + "c".
    for (const QString& part :
         {provider, target.baseUrl.adjusted(QUrl::StripTrailingSlash).toString(), target.profile,
          QString::fromLatin1(source.sha256), source.header.join(QChar(0x1f))})
        hash.addData((part + QChar(0x1e)).toUtf8());
    for (const qsizetype column : source.ignored)
        hash.addData(QByteArray::number(column) + ',');
    for (const CliArguments::Edit& edit : edits)
        hash.addData(
            QStringLiteral("%1\x1f%2\x1f%3\x1e").arg(int(edit.kind)).arg(edit.pointer, edit.text).toUtf8());
    return hash.result().toHex();
}

std::optional<BulkJournal> BulkJournalChoice::open(const QByteArray& identity, QWidget* parent)
{
    const QString path = BulkJournal::defaultPath(identity);
    QString problem;
    std::optional<BulkJournal> journal = BulkJournal::open(path, identity, problem);
    const qsizetype done = journal ? journal->count(BulkJournal::State::Done) : 0;
    const qsizetype underWay = journal ? journal->count(BulkJournal::State::Started) : 0;
    if (done > 0 || underWay > 0) {
        QMessageBox question(
            QMessageBox::Question, tr("Resume the last run?"),
            tr("The last run of these accounts with these edits did not finish: %1 accounts were "
               "done and %2 were under way when it stopped. Resume skips the accounts done and "
               "reads the ones that were under way again before writing; Start over does every "
               "account again.")
                .arg(done)
                .arg(underWay),
            QMessageBox::Cancel, parent);
        QPushButton* resume = question.addButton(tr("&Resume"), QMessageBox::AcceptRole);
        QPushButton* over = question.addButton(tr("Start &over"), QMessageBox::DestructiveRole);
        question.setDefaultButton(QMessageBox::Cancel); // a deliberate choice either way
        question.exec();
        if (question.clickedButton() == over) {
            journal->discard();
            journal = BulkJournal::open(path, identity, problem);
        } else if (question.clickedButton() != resume) {
            return std::nullopt;
        }
    }
    if (!journal)
        QMessageBox::warning(parent, tr("Bulk edit"),
                             tr("This bulk edit cannot start: %1. Nothing was sent.").arg(problem));
    return journal;
}

} // namespace AccountDesk
