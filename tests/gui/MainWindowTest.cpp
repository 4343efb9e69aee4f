// The main window with real widgets on the offscreen platform, driven by object name.
#include "MainWindow.h"

#include "FieldTreeModel.h"
#include "TestSupport.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_registry.loadDirectory(ProviderRegistry::bundledDirectory());
        m_window = std::make_unique<MainWindow>(m_registry);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    template <typename T> T* child(const char* name)
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void selectProvider(const QString& displayName)
    {
        auto* list = child<QListWidget>("providerListWidget");
        const QList<QListWidgetItem*> items = list->findItems(displayName, Qt::MatchExactly);
        ASSERT_EQ(items.size(), 1) << displayName.toStdString();
        list->setCurrentItem(items.first());
    }

    QStringList topLevelFieldNames()
    {
        QStringList names;
        const QAbstractItemModel* model = child<QTreeView>("fieldsTreeView")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, FieldTreeModel::NameColumn).data().toString());
        return names;
    }

    ProviderRegistry m_registry;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, ListsTheFiveBundledProviders)
{
    auto* list = child<QListWidget>("providerListWidget");
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names.append(list->item(row)->text());
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Pismo"), QStringLiteral("quiva.ai"), QStringLiteral("Sequence"),
                           QStringLiteral("SoftwareOne Marketplace"), QStringLiteral("Zuora Zephr")}));
    EXPECT_EQ(list->currentRow(), 0);
    EXPECT_EQ(child<QLabel>("providerNameLabel")->text(), QStringLiteral("Pismo"));
}

TEST_F(MainWindowTest, ShowsTheSelectedProvidersOperationAndFields)
{
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    EXPECT_TRUE(child<QLabel>("operationLabel")
                    ->text()
                    .startsWith(QStringLiteral("PUT /public/v1/accounts/accounts/{id}")));
    EXPECT_EQ(child<QLabel>("authLabel")->text(), QStringLiteral("Bearer token"));
    const QStringList names = topLevelFieldNames();
    EXPECT_EQ(names.first(), QStringLiteral("Name"));
    EXPECT_TRUE(names.contains(QStringLiteral("Address")));
    EXPECT_FALSE(names.contains(QStringLiteral("Audit"))) << "server-managed fields are hidden";
    EXPECT_FALSE(names.contains(QStringLiteral("Revision")));

    selectProvider(QStringLiteral("Sequence"));
    EXPECT_TRUE(child<QLabel>("serversLabel")
                    ->text()
                    .contains(QStringLiteral("SANDBOX: https://sandbox.sequencehq.com/api (default)")));
    EXPECT_EQ(topLevelFieldNames(), QStringList{QStringLiteral("Alert e-mail addresses")});
}

TEST_F(MainWindowTest, NestedFieldsAppearUnderTheirGroup)
{
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    const QAbstractItemModel* model = child<QTreeView>("fieldsTreeView")->model();
    QModelIndex address;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == QStringLiteral("Address"))
            address = model->index(row, 0);
    ASSERT_TRUE(address.isValid());
    QStringList children;
    for (int row = 0; row < model->rowCount(address); ++row)
        children.append(model->index(row, 0, address).data(FieldTreeModel::PointerRole).toString());
    EXPECT_TRUE(children.contains(QStringLiteral("/address/country")));
    const QModelIndex country = model->index(int(children.indexOf(QStringLiteral("/address/country"))),
                                             FieldTreeModel::HintColumn, address);
    EXPECT_EQ(country.data().toString(), QStringLiteral("country"));
}

TEST_F(MainWindowTest, KeyboardMovesThroughTheProviderList)
{
    auto* list = child<QListWidget>("providerListWidget");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(child<QLabel>("providerNameLabel")->text(), QStringLiteral("quiva.ai"));
    QTest::keyClick(list, Qt::Key_End);
    EXPECT_EQ(child<QLabel>("providerNameLabel")->text(), QStringLiteral("Zuora Zephr"));
    EXPECT_TRUE(child<QLabel>("operationLabel")->text().startsWith(QStringLiteral("PUT /v3/accounts/{id}")));
}

TEST_F(MainWindowTest, EveryInputHasAnAccessibleName)
{
    int inputs = 0;
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (qobject_cast<QListWidget*>(widget) || qobject_cast<QTreeView*>(widget)) {
            ++inputs;
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
    EXPECT_GE(inputs, 2);
}
