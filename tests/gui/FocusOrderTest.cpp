// The window as a keyboard and a screen reader meet it: Tab walks the target bar, the buttons and
// every field of the form in the order they are shown, and comes back round; every stop has a
// name, and a combo box is labelled by its field.
#include "MainWindowFixture.h"
#include "form/FieldEditor.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

class FocusOrderTest : public MainWindowFixture
{
protected:
    // Presses Tab from the provider list until the focus is back on it; every widget reached.
    QList<QWidget*> tabRound()
    {
        auto* start = child<QListWidget>("providerListWidget");
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        start->setFocus(Qt::TabFocusReason);
        QList<QWidget*> reached;
        for (int press = 0; press < 400; ++press) {
            QWidget* focused = QApplication::focusWidget();
            if (!focused)
                break;
            QTest::keyClick(focused, Qt::Key_Tab);
            QWidget* next = QApplication::focusWidget();
            if (next == start || next == nullptr)
                return reached;
            reached.append(next);
        }
        ADD_FAILURE() << "Tab never came back to the provider list";
        return reached;
    }

    // The row a widget belongs to, or null.
    static FieldRow* rowOf(QWidget* widget)
    {
        for (QWidget* parent = widget; parent; parent = parent->parentWidget())
            if (auto* row = qobject_cast<FieldRow*>(parent))
                return row;
        return nullptr;
    }

    static QString spokenName(QWidget* widget)
    {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible)
            return {};
        if (qobject_cast<QComboBox*>(widget)) {
            // On Linux a combo box's name is its current text; its label comes from the relation.
            const auto labels = accessible->relations(QAccessible::Label);
            return labels.isEmpty() ? QString() : labels.first().first->text(QAccessible::Name);
        }
        return accessible->text(QAccessible::Name);
    }
};

} // namespace

TEST_F(FocusOrderTest, TabWalksTheTargetTheButtonsAndEveryFieldInTheOrderShown)
{
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    QTest::keyClicks(child<QLineEdit>("accountLineEdit"), QStringLiteral("ACC-1234-5678"));
    ASSERT_TRUE(child<QPushButton>("loadPushButton")->isEnabled());
    FormView* view = m_window->formView();
    const QList<FieldRow*> rows = view->rows();
    ASSERT_GT(rows.size(), 10);

    const QList<QWidget*> reached = tabRound();
    QStringList names;
    for (QWidget* widget : reached)
        names.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(':') +
                     widget->objectName());
    SCOPED_TRACE(names.join(QStringLiteral(", ")).toStdString());
    auto indexOf = [&reached](const char* name) {
        for (qsizetype i = 0; i < reached.size(); ++i)
            if (reached.at(i)->objectName() == QLatin1String(name))
                return i;
        return qsizetype(-1);
    };
    const qsizetype environment = indexOf("environmentComboBox");
    const qsizetype baseUrl = indexOf("baseUrlLineEdit");
    const qsizetype account = indexOf("accountLineEdit");
    const qsizetype load = indexOf("loadPushButton");
    ASSERT_GE(environment, 0);
    EXPECT_LT(environment, baseUrl);
    EXPECT_LT(baseUrl, account);
    EXPECT_LT(account, load);

    // The form's rows in the order they are shown, each reached, none out of turn.
    QList<FieldRow*> rowsReached;
    qsizetype firstFormStop = -1;
    qsizetype lastFormStop = -1;
    for (qsizetype i = 0; i < reached.size(); ++i) {
        FieldRow* row = rowOf(reached.at(i));
        if (!row)
            continue;
        if (firstFormStop < 0)
            firstFormStop = i;
        lastFormStop = i;
        if (rowsReached.isEmpty() || rowsReached.last() != row)
            rowsReached.append(row);
    }
    QList<FieldRow*> rowsWithInput;
    for (FieldRow* row : rows)
        if (row->editor()->inputWidget()->isEnabled())
            rowsWithInput.append(row);
    EXPECT_EQ(rowsReached, rowsWithInput);
    ASSERT_GE(firstFormStop, 0);
    EXPECT_GT(firstFormStop, load);
    // Nothing outside the form comes between two of its fields.
    for (qsizetype i = firstFormStop; i <= lastFormStop; ++i) {
        QWidget* widget = reached.at(i);
        EXPECT_TRUE(rowOf(widget) || view->isAncestorOf(widget))
            << qPrintable(widget->objectName()) << " at stop " << i << " interrupts the form";
    }

    // What is below the form on screen comes after it.
    EXPECT_GT(indexOf("problemsListWidget"), lastFormStop);

    // Every stop has a name a screen reader can say.
    for (QWidget* widget : reached)
        EXPECT_FALSE(spokenName(widget).trimmed().isEmpty())
            << qPrintable(widget->metaObject()->className()) << " " << qPrintable(widget->objectName());
}

TEST_F(FocusOrderTest, AFieldsComboBoxIsLabelledByTheField)
{
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    FieldRow* country = m_window->formView()->row(QStringLiteral("/address/country"));
    ASSERT_TRUE(country);
    auto* combo = qobject_cast<QComboBox*>(country->editor()->inputWidget());
    ASSERT_TRUE(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("DE")));
    // Not "Germany", its current text: the field's label.
    EXPECT_EQ(spokenName(combo), QStringLiteral("Country"));
}

namespace {

// A flat body of `count` fields: text, a choice and a yes/no in turn.
FormSchema wideForm(int count)
{
    QByteArray yaml = "type: object\nproperties:\n";
    for (int field = 0; field < count; ++field) {
        const char* shape = field % 3 == 0   ? "{type: string}"
                            : field % 3 == 1 ? "{type: string, enum: [a, b]}"
                                             : "{type: boolean}";
        yaml += "  field" + QByteArray::number(field) + ": " + shape + "\n";
    }
    return TestSupport::formFromSchema(yaml);
}

} // namespace

TEST(FocusOrder, RowsBuiltAfterTheFirstPaintComeInTheirPlace)
{
    // More rows than the first screen builds: the rest are built after the first paint, when
    // everything else in the window exists already; Tab must still reach them in their place,
    // before what follows the form.
    FormModel model(wideForm(FormView::kFirstScreenRows * 3));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* before = new QLineEdit(&window);
    before->setObjectName(QStringLiteral("before"));
    layout->addWidget(before);
    auto* view = new FormView(
        model, [&model] { return model.patchBody(); }, &window);
    layout->addWidget(view);
    auto* after = new QPushButton(QStringLiteral("After"), &window);
    after->setObjectName(QStringLiteral("after"));
    layout->addWidget(after);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    // The rows after the first screen come from the event loop, a chunk at a time, and are shown by
    // their layout right after (Tab passes over what is not shown).
    ASSERT_TRUE(QTest::qWaitFor([view] {
        const QList<FieldRow*> built = view->findChildren<FieldRow*>();
        return built.size() == FormView::kFirstScreenRows * 3 &&
               std::all_of(built.cbegin(), built.cend(),
                           [](const FieldRow* row) { return row->editor()->inputWidget()->isVisible(); });
    }));

    before->setFocus(Qt::TabFocusReason);
    QList<FieldRow*> rowsReached;
    bool afterReached = false;
    for (int press = 0; press < 1000 && !afterReached; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        ASSERT_TRUE(focused);
        ASSERT_NE(focused, before) << "Tab came back round before reaching the button after the form";
        afterReached = focused == after;
        for (QWidget* parent = focused; parent; parent = parent->parentWidget())
            if (auto* row = qobject_cast<FieldRow*>(parent)) {
                if (rowsReached.isEmpty() || rowsReached.last() != row)
                    rowsReached.append(row);
                break;
            }
    }
    EXPECT_TRUE(afterReached);
    const QList<FieldRow*> rows = view->rows();
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (!rowsReached.contains(rows.at(i)))
            ADD_FAILURE() << "row " << i << " " << qPrintable(rows.at(i)->objectName()) << " never reached";
    ASSERT_EQ(rowsReached.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        ASSERT_EQ(rowsReached.at(i), rows.at(i))
            << "row " << i << " " << qPrintable(rows.at(i)->objectName()) << " reached as "
            << qPrintable(rowsReached.at(i)->objectName());
}
