#include "FormView.h"

#include "EditorFactory.h"
#include "FieldRow.h"
#include "FirstPaint.h"
#include "form/Validator.h"
#include "openapi/JsonPointer.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace AccountDesk {

FormView::FormView(FormModel& model, std::function<QJsonObject()> body, QWidget* parent,
                   const EditorFactory* factory)
    : QWidget(parent)
    , m_model(model)
    , m_body(std::move(body))
    , m_factory(factory ? *factory : EditorFactory::standard())
{
    setObjectName(QStringLiteral("formView"));
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // What the first screen shows is built now; the rest right after the first paint, a chunk at
    // a time, so a form of a thousand fields opens as fast as one of fifty.
    for (const FieldSpec& field : m_model.schema().root().children)
        m_pending.append(&field);
    buildPending(kFirstScreenRows);
    if (!m_pending.isEmpty())
        FirstPaint::then(this, [this] { QTimer::singleShot(1, this, [this] { buildLater(); }); });
    if (m_rows.isEmpty() && m_pending.isEmpty())
        m_layout->addRow(new QLabel(tr("This operation has no body fields."), this));

    connect(&m_model, &FormModel::valueChanged, this, [this](const QString& pointer) {
        // A change may touch the field, its children (a group set to null) or its parent.
        for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
            if (JsonPointer::isWithin(it.key(), pointer) || JsonPointer::isWithin(pointer, it.key()))
                refreshRow(it.value());
        refreshGroups();
        revalidate();
    });
    connect(&m_model, &FormModel::reset, this, [this] {
        m_serverErrors.clear();
        refreshAll();
    });
    refreshAll();
}

void FormView::buildPending(int rows)
{
    const qsizetype target = m_order.size() + rows;
    while (!m_pending.isEmpty() && m_order.size() < target)
        addField(*m_pending.takeFirst(), m_layout, this);
}

void FormView::buildLater()
{
    const qsizetype built = m_order.size();
    buildPending(kChunkRows);
    for (qsizetype index = built; index < m_order.size(); ++index)
        refreshRow(m_rows.value(m_order.at(index)));
    if (!m_pending.isEmpty()) {
        // A timer, not a posted call: input and painting get their turn between chunks.
        QTimer::singleShot(1, this, [this] { buildLater(); });
        return;
    }
    refreshGroups();
    revalidate();
}

void FormView::ensureComplete() const
{
    if (m_pending.isEmpty())
        return;
    auto* self = const_cast<FormView*>(this); // building rows changes no observable state but rows
    while (!self->m_pending.isEmpty())
        self->buildLater();
}

void FormView::addFields(const FieldSpec& group, QFormLayout* layout, QWidget* parent)
{
    for (const FieldSpec& field : group.children)
        addField(field, layout, parent);
}

void FormView::addField(const FieldSpec& field, QFormLayout* layout, QWidget* parent)
{
    if (field.hidden)
        return;
    if (field.isGroup()) {
        auto* box = new QGroupBox(field.label, parent);
        box->setObjectName(field.pointer.mid(1).replace(QLatin1Char('/'), QLatin1Char('_')) +
                           QStringLiteral("GroupBox"));
        box->setToolTip(field.description.isEmpty() ? field.pointer : field.description);
        auto* boxLayout = new QFormLayout(box);
        boxLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_groups.insert(field.pointer, box);
        if (field.nullable) {
            // A nullable group is sent as null as a whole, or as its fields.
            auto* nullCheckBox = new QCheckBox(tr("Send %1 as null").arg(field.label), box);
            nullCheckBox->setObjectName(box->objectName().chopped(8) + QStringLiteral("NullCheckBox"));
            boxLayout->addRow(nullCheckBox);
            appendTabStop(nullCheckBox);
            m_groupNullCheckBoxes.insert(field.pointer, nullCheckBox);
            const QString pointer = field.pointer;
            connect(nullCheckBox, &QCheckBox::clicked, this, [this, pointer](bool checked) {
                if (checked)
                    m_model.setNull(pointer);
                else if (m_model.loadedValue(pointer).isNull())
                    m_model.unset(pointer);
                else
                    m_model.revert(pointer);
                refreshAll();
            });
        }
        addFields(field, boxLayout, box);
        layout->addRow(box);
        return;
    }
    FieldEditor* editor = m_factory.create(field, parent);
    if (!editor)
        return;
    auto* row = new FieldRow(field, editor, parent);
    layout->addRow(row->label(), row);
    for (QWidget* stop : row->tabStops())
        appendTabStop(stop);
    m_rows.insert(field.pointer, row);
    m_order.append(field.pointer);
    const QString pointer = field.pointer;
    connect(row, &FieldRow::valueEdited, this,
            [this, pointer](const FieldValue& value) { apply(pointer, value, true); });
    connect(row, &FieldRow::stateChosen, this,
            [this, pointer](const FieldValue& value) { apply(pointer, value, false); });
    connect(row, &FieldRow::revertRequested, this, [this, pointer] { m_model.revert(pointer); });
}

void FormView::apply(const QString& pointer, const FieldValue& value, bool fromEditor)
{
    // A server error goes with the next edit of its field; one about a member without a row on the
    // form goes with the next edit of anything, so it never blocks sending for good.
    m_serverErrors.removeIf([this, &pointer](const FieldError& error) {
        return JsonPointer::isWithin(error.pointer, pointer) || !rowFor(error.pointer);
    });
    if (fromEditor)
        m_typingIn = pointer;
    if (value.isNull())
        m_model.setNull(pointer);
    else if (value.isUnset())
        m_model.unset(pointer);
    else
        m_model.setValue(pointer, value.value);
    refreshRow(m_rows.value(pointer)); // the state marks; the editor keeps what is being typed
    m_typingIn.clear();
    revalidate();
}

void FormView::appendTabStop(QWidget* widget)
{
    if (m_lastTabStop)
        QWidget::setTabOrder(m_lastTabStop, widget);
    m_lastTabStop = widget;
}

FieldRow* FormView::row(const QString& pointer) const
{
    ensureComplete();
    return m_rows.value(pointer);
}

QList<FieldRow*> FormView::rows() const
{
    ensureComplete();
    QList<FieldRow*> result;
    for (const QString& pointer : m_order)
        result.append(m_rows.value(pointer));
    return result;
}

void FormView::refreshRow(FieldRow* row)
{
    if (!row)
        return;
    const QString& pointer = row->spec().pointer;
    row->showValue(m_model.value(pointer), m_model.isChanged(pointer), pointer != m_typingIn);
}

void FormView::refreshAll()
{
    for (FieldRow* row : std::as_const(m_rows))
        refreshRow(row);
    refreshGroups();
    revalidate();
}

void FormView::refreshGroups()
{
    for (auto it = m_groupNullCheckBoxes.constBegin(); it != m_groupNullCheckBoxes.constEnd(); ++it) {
        const bool isNull = m_model.value(it.key()).isNull();
        it.value()->setChecked(isNull);
        for (FieldRow* row : std::as_const(m_rows))
            if (JsonPointer::isWithin(row->spec().pointer, it.key()) && row->spec().pointer != it.key())
                row->setEnabled(!isNull);
    }
}

FieldRow* FormView::rowFor(const QString& pointer) const
{
    for (QString candidate = pointer; !candidate.isEmpty(); candidate = JsonPointer::parent(candidate))
        if (FieldRow* row = m_rows.value(candidate))
            return row;
    return nullptr;
}

void FormView::setServerErrors(const FieldErrors& errors)
{
    ensureComplete();
    m_serverErrors = errors;
    revalidate();
}

void FormView::revalidate()
{
    FieldErrors problems;
    // The editors' own complaints first: text that is not a value at all is not in the model yet.
    for (const QString& pointer : m_order)
        if (const QString problem = m_rows.value(pointer)->inputProblem(); !problem.isEmpty())
            problems.append({pointer, problem});
    for (const FieldError& error : Validator(m_model.schema()).validateBody(m_body()))
        problems.append(error);
    for (const FieldError& error : m_serverErrors)
        problems.append({error.pointer, tr("server: %1").arg(error.message)});

    QHash<FieldRow*, QStringList> byRow;
    for (const FieldError& error : problems) {
        FieldRow* row = rowFor(error.pointer);
        if (!row)
            continue;
        const QString suffix = error.pointer.mid(row->spec().pointer.size());
        byRow[row].append(suffix.isEmpty() ? error.message
                                           : suffix.mid(1) + QStringLiteral(": ") + error.message);
    }
    for (FieldRow* row : std::as_const(m_rows))
        row->setProblems(byRow.value(row));
    m_problems = problems;
    Q_EMIT problemsChanged(m_problems);
}

void FormView::focusField(const QString& pointer)
{
    ensureComplete();
    if (FieldRow* row = rowFor(pointer))
        row->editor()->inputWidget()->setFocus(Qt::OtherFocusReason);
}

} // namespace AccountDesk
