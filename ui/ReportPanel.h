#pragma once

#include "form/FieldError.h"
#include "form/FormSchema.h"
#include "session/SessionFailure.h"

#include <QObject>

class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace AccountDesk {

// The window's lower panel: the Problems list (each problem named for people and located by its
// typed location, so activating it can move focus there) and the Answer of the last call.
class ReportPanel : public QObject
{
    Q_OBJECT

public:
    ReportPanel(QTabWidget* tabs, QListWidget* problems, QPlainTextEdit* answer, QObject* parent = nullptr);

    void showProblems(const FieldErrors& problems, const FormSchema* schema);
    void showAnswer(const QString& headline, const QStringList& lines, const QByteArray& body = QByteArray());
    void showFailure(const QString& what, const SessionFailure& failure);
    void clearAnswer();

Q_SIGNALS:
    // The operator activated a problem: move focus to where it is.
    void problemActivated(const QString& pointer, AccountDesk::FieldError::Location location);

private:
    QTabWidget* m_tabs;
    QListWidget* m_problems;
    QPlainTextEdit* m_answer;
};

} // namespace AccountDesk
