#include "EnumListFieldEditor.h"

#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QVBoxLayout>

namespace AccountDesk {
namespace {

constexpr int kValueRole = Qt::UserRole + 1;

QString display(const QJsonValue& option)
{
    return option.isString() ? option.toString() : QString::fromUtf8(JsonText::compact(option));
}

} // namespace

bool EnumListFieldEditor::canEdit(const FieldSpec& spec)
{
    return spec.type == FieldSpec::Type::Array && spec.item && !spec.item->enumValues.isEmpty();
}

EnumListFieldEditor::EnumListFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_listWidget(new QListWidget(this))
{
    m_listWidget->setObjectName(QStringLiteral("enumListWidget"));
    const qsizetype shown = qMin<qsizetype>(spec.item->enumValues.size(), 6);
    m_listWidget->setMaximumHeight(m_listWidget->fontMetrics().lineSpacing() * int(shown + 1) + 12);
    for (const QJsonValue& option : spec.item->enumValues)
        if (!option.isNull())
            addOption(option, true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listWidget);
    connect(m_listWidget, &QListWidget::itemChanged, this, &EnumListFieldEditor::notifyEdited);
}

void EnumListFieldEditor::addOption(const QJsonValue& option, bool known)
{
    auto* item = new QListWidgetItem(known ? display(option) : tr("%1 (not allowed)").arg(display(option)));
    item->setData(kValueRole, option.toVariant());
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(Qt::Unchecked);
    m_listWidget->addItem(item);
}

void EnumListFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] {
        // Values the server had that the spec does not allow are removed with a new value.
        for (int row = m_listWidget->count() - 1; row >= 0; --row)
            if (!spec().item->enumValues.contains(
                    QJsonValue::fromVariant(m_listWidget->item(row)->data(kValueRole))))
                delete m_listWidget->takeItem(row);
        const QJsonArray chosen = value.toArray();
        for (const QJsonValue& entry : chosen)
            if (!spec().item->enumValues.contains(entry))
                addOption(entry, false);
        for (int row = 0; row < m_listWidget->count(); ++row) {
            QListWidgetItem* item = m_listWidget->item(row);
            const QJsonValue option = QJsonValue::fromVariant(item->data(kValueRole));
            item->setCheckState(chosen.contains(option) ? Qt::Checked : Qt::Unchecked);
        }
    });
}

QJsonValue EnumListFieldEditor::value() const
{
    QJsonArray array;
    for (int row = 0; row < m_listWidget->count(); ++row) {
        const QListWidgetItem* item = m_listWidget->item(row);
        if (item->checkState() == Qt::Checked)
            array.append(QJsonValue::fromVariant(item->data(kValueRole)));
    }
    return array;
}

QWidget* EnumListFieldEditor::inputWidget()
{
    return m_listWidget;
}

} // namespace AccountDesk
