#include "ReportPanel.h"

#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace AccountDesk {
namespace {

constexpr int kPointerRole = Qt::UserRole;
constexpr int kLocationRole = Qt::UserRole + 1;

} // namespace

ReportPanel::ReportPanel(QTabWidget* tabs, QListWidget* problems, QPlainTextEdit* answer, QObject* parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_problems(problems)
    , m_answer(answer)
{
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT problemActivated(item->data(kPointerRole).toString(),
                                FieldError::Location(item->data(kLocationRole).toInt()));
    });
}

void ReportPanel::showProblems(const FieldErrors& problems, const FormSchema* schema)
{
    m_problems->clear();
    for (const FieldError& problem : problems) {
        QString where;
        switch (problem.location) {
        case FieldError::Location::PathParameter:
            where = tr("Account ID");
            break;
        case FieldError::Location::BaseUrl:
            where = tr("Base URL");
            break;
        case FieldError::Location::Body:
            where = schema ? schema->label(problem.pointer) : problem.pointer;
            break;
        case FieldError::Location::Other:
            break;
        }
        auto* item = new QListWidgetItem(
            where.isEmpty() ? problem.message : QStringLiteral("%1: %2").arg(where, problem.message),
            m_problems);
        item->setData(kPointerRole, problem.pointer);
        item->setData(kLocationRole, int(problem.location));
        item->setToolTip(problem.pointer);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_problems->parentWidget()),
                       problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(problems.size()));
}

void ReportPanel::showAnswer(const QString& headline, const QStringList& lines, const QByteArray& body)
{
    QString text = headline + QLatin1Char('\n');
    for (const QString& line : lines)
        text += line + QLatin1Char('\n');
    if (!body.isEmpty()) {
        // Answers are bounded by the network layer; a body that is not JSON is shown as text.
        const QJsonDocument document = QJsonDocument::fromJson(body);
        text += QLatin1Char('\n') + (document.isNull()
                                         ? QString::fromUtf8(body)
                                         : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    }
    m_answer->setPlainText(text);
    m_tabs->setCurrentWidget(m_answer->parentWidget());
}

void ReportPanel::showFailure(const QString& what, const SessionFailure& failure)
{
    QStringList lines;
    for (const FieldError& problem : failure.problems)
        lines << problem.toString();
    if (failure.error.status)
        lines << failure.error.describe();
    if (failure.kind == SessionFailure::Kind::Credentials)
        lines << tr("Store them under Credentials… (Ctrl+K): they are kept in the system keychain only.");
    showAnswer(QStringLiteral("%1: %2").arg(what, failure.message), lines);
}

void ReportPanel::clearAnswer()
{
    m_answer->clear();
}

} // namespace AccountDesk
