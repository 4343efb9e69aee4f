#include "StringListFieldEditor.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace AccountDesk {

StringListFieldEditor::StringListFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_listWidget(new QListWidget(this))
{
    m_listWidget->setObjectName(QStringLiteral("stringListWidget"));
    m_listWidget->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_listWidget->setMaximumHeight(m_listWidget->fontMetrics().lineSpacing() * 5 + 12);

    auto makeButton = [this](const QString& name, const QString& text, const QString& tip,
                             const QKeySequence& key) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip + (key.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        button->setAccessibleName(tip);
        return button;
    };
    QToolButton* add =
        makeButton(QStringLiteral("addToolButton"), QStringLiteral("+"), tr("Add an entry"), QKeySequence());
    QToolButton* remove = makeButton(QStringLiteral("removeToolButton"), QStringLiteral("−"),
                                     tr("Remove the selected entry"), QKeySequence(Qt::Key_Delete));
    QToolButton* up =
        makeButton(QStringLiteral("upToolButton"), QStringLiteral("↑"), tr("Move up"), QKeySequence());
    QToolButton* down =
        makeButton(QStringLiteral("downToolButton"), QStringLiteral("↓"), tr("Move down"), QKeySequence());

    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listWidget, 1);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, [this] { addEntry(); });
    connect(remove, &QToolButton::clicked, this, &StringListFieldEditor::removeCurrent);
    connect(up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_listWidget, &QListWidget::itemChanged, this, &StringListFieldEditor::notifyEdited);
}

void StringListFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] {
        m_listWidget->clear();
        for (const QJsonValue& entry : value.toArray()) {
            auto* item = new QListWidgetItem(entry.toVariant().toString(), m_listWidget);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    });
}

QJsonValue StringListFieldEditor::value() const
{
    QJsonArray array;
    for (int row = 0; row < m_listWidget->count(); ++row)
        array.append(entryValue(m_listWidget->item(row)->text()));
    return array;
}

QJsonValue StringListFieldEditor::entryValue(const QString& text) const
{
    const FieldSpec::Type type = spec().item ? spec().item->type : FieldSpec::Type::String;
    if (type != FieldSpec::Type::Integer && type != FieldSpec::Type::Number)
        return text;
    // Numbers are sent as numbers; whole numbers as 64-bit integers, exact beyond 2^53 (ids).
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 integer = trimmed.toLongLong(&ok);
    if (ok)
        return QJsonValue(integer);
    const double number = trimmed.toDouble(&ok);
    if (type == FieldSpec::Type::Number && ok && std::isfinite(number))
        return number;
    return text; // not a number: inputProblem() says so, and the validator refuses the type
}

QString StringListFieldEditor::inputProblem() const
{
    const FieldSpec::Type type = spec().item ? spec().item->type : FieldSpec::Type::String;
    if (type != FieldSpec::Type::Integer && type != FieldSpec::Type::Number)
        return QString();
    for (int row = 0; row < m_listWidget->count(); ++row) {
        const QString text = m_listWidget->item(row)->text();
        if (entryValue(text).isString())
            return type == FieldSpec::Type::Integer
                       ? tr("Entry %1, \"%2\", is not a whole number in the 64-bit range")
                             .arg(row + 1)
                             .arg(text)
                       : tr("Entry %1, \"%2\", is not a number").arg(row + 1).arg(text);
    }
    return QString();
}

QWidget* StringListFieldEditor::inputWidget()
{
    return m_listWidget;
}

void StringListFieldEditor::addEntry(const QString& text)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    silently([&] { m_listWidget->addItem(item); });
    m_listWidget->setCurrentItem(item);
    if (text.isEmpty())
        m_listWidget->editItem(item);
    notifyEdited();
}

void StringListFieldEditor::removeCurrent()
{
    const int row = m_listWidget->currentRow();
    if (row < 0)
        return;
    silently([&] { delete m_listWidget->takeItem(row); });
    notifyEdited();
}

void StringListFieldEditor::moveCurrent(int offset)
{
    const int row = m_listWidget->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_listWidget->count())
        return;
    silently([&] {
        QListWidgetItem* item = m_listWidget->takeItem(row);
        m_listWidget->insertItem(target, item);
        m_listWidget->setCurrentRow(target);
    });
    notifyEdited();
}

} // namespace AccountDesk
