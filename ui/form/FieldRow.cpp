#include "FieldRow.h"

#include "FieldEditor.h"
#include "TabChain.h"
#include "widgets/ComboBoxLabel.h"
#include "widgets/ProblemPalette.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace AccountDesk {

FieldRow::FieldRow(const FieldSpec& spec, FieldEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_label(new QLabel(this))
    , m_nullBadge(new QLabel(tr("null"), this))
    , m_problemLabel(new QLabel(this))
    , m_stateButton(new QToolButton(this))
{
    const QString objectBase = spec.pointer.mid(1).replace(QLatin1Char('/'), QLatin1Char('_'));
    setObjectName(objectBase + QStringLiteral("FieldRow"));
    m_editor->setParent(this);
    m_editor->setObjectName(objectBase + QStringLiteral("Editor"));

    m_label->setText((spec.required ? spec.label + QStringLiteral(" *") : spec.label) + QLatin1Char(':'));
    m_label->setBuddy(m_editor->inputWidget());
    m_label->setToolTip(spec.pointer);
    m_editor->inputWidget()->setAccessibleName(spec.label);
    if (auto* combo = qobject_cast<QComboBox*>(m_editor->inputWidget())) {
        ComboBoxLabel::attach(combo, spec.label);
        // An editable combo box's text field is a separate accessible object: it needs the name too.
        if (combo->lineEdit())
            combo->lineEdit()->setAccessibleName(spec.label);
    }
    if (!spec.description.isEmpty())
        m_editor->inputWidget()->setToolTip(spec.description);

    m_nullBadge->setObjectName(QStringLiteral("nullBadgeLabel"));
    m_nullBadge->setAccessibleName(tr("%1 is null").arg(spec.label));
    m_nullBadge->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 6px; padding: 0 6px;"
                       " background: palette(alternate-base); font-style: italic; }"));
    m_nullBadge->setVisible(false);

    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    ProblemPalette::markText(m_problemLabel, true);
    m_problemLabel->setVisible(false);

    m_stateButton->setObjectName(QStringLiteral("stateToolButton"));
    m_stateButton->setText(QStringLiteral("⋯"));
    m_stateButton->setPopupMode(QToolButton::InstantPopup);
    m_stateButton->setAccessibleName(tr("State of %1").arg(spec.label));
    m_stateButton->setToolTip(tr("Set to null, leave out, or revert"));
    m_stateButton->setMenu(new QMenu(m_stateButton));

    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_editor, 1);
    line->addWidget(m_nullBadge);
    line->addWidget(m_stateButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_problemLabel);

    connect(m_editor, &FieldEditor::edited, this, [this] {
        const QJsonValue value = m_editor->value();
        Q_EMIT valueEdited(value.isUndefined() ? FieldValue::unset() : FieldValue::of(value));
    });
    updateMenu();
}

const FieldSpec& FieldRow::spec() const
{
    return m_editor->spec();
}

void FieldRow::showValue(const FieldValue& value, bool changed, bool updateEditor)
{
    m_value = value;
    m_changed = changed;
    if (!updateEditor) {
        // Keep the text as typed.
    } else if (value.hasValue()) {
        // Re-showing what the editor already holds would move the cursor while the operator types.
        if (m_editor->value() != value.value)
            m_editor->setValue(value.value);
    } else {
        m_editor->setValue(QJsonValue(QJsonValue::Undefined)); // shows nothing
        m_editor->setPlaceholder(value.isNull() ? tr("null") : tr("not sent"));
    }
    m_editor->setEnabled(!value.isNull());
    m_nullBadge->setVisible(value.isNull());
    QFont font = m_label->font();
    font.setBold(changed);
    m_label->setFont(font);
    m_label->setToolTip(changed ? tr("%1 (changed)").arg(spec().pointer) : spec().pointer);
    updateMenu();
}

void FieldRow::setProblems(const QStringList& problems)
{
    m_problems = problems;
    const QString text = problems.join(QLatin1Char('\n'));
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!problems.isEmpty());
    m_editor->inputWidget()->setAccessibleDescription(text);
    m_editor->inputWidget()->setProperty("invalid", !problems.isEmpty());
}

QString FieldRow::inputProblem() const
{
    return m_editor->inputProblem();
}

void FieldRow::updateMenu()
{
    QMenu* menu = m_stateButton->menu();
    menu->clear();
    QAction* setNull =
        menu->addAction(tr("Set to &null"), this, [this] { Q_EMIT stateChosen(FieldValue::null()); });
    setNull->setObjectName(QStringLiteral("setNullAction"));
    setNull->setEnabled(spec().nullable && !m_value.isNull());
    setNull->setVisible(spec().nullable);
    QAction* unset =
        menu->addAction(tr("&Don't send"), this, [this] { Q_EMIT stateChosen(FieldValue::unset()); });
    unset->setObjectName(QStringLiteral("unsetAction"));
    unset->setEnabled(!m_value.isUnset());
    QAction* edit = menu->addAction(tr("&Edit a value"), this, [this] {
        m_editor->setEnabled(true);
        m_nullBadge->setVisible(false);
        m_editor->inputWidget()->setFocus();
    });
    edit->setObjectName(QStringLiteral("editValueAction"));
    edit->setVisible(m_value.isNull());
    QAction* revert = menu->addAction(tr("&Revert to the loaded value"), this, &FieldRow::revertRequested);
    revert->setObjectName(QStringLiteral("revertAction"));
    revert->setEnabled(m_changed);
}

QList<QWidget*> FieldRow::tabStops() const
{
    QList<QWidget*> stops;
    if (m_editor->focusPolicy() & Qt::TabFocus)
        stops.append(m_editor);
    stops += TabChain::stopsWithin(m_editor);
    stops.append(m_stateButton);
    return stops;
}

} // namespace AccountDesk
