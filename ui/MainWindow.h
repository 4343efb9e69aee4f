#pragma once

#include "provider/ProviderRegistry.h"

#include <QMainWindow>

#include <memory>

namespace AccountDesk {

namespace Ui {
class MainWindow;
}

class FieldTreeModel;

// The operator's window: the providers on the left; the selected provider's update operation and
// the fields of its body on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ProviderRegistry& registry, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProviderPtr currentProvider() const;

private:
    void showProvider(const ProviderPtr& provider);
    void showAbout();
    void reportRegistryProblems();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ProviderRegistry& m_registry;
    FieldTreeModel* m_fieldModel = nullptr;
};

} // namespace AccountDesk
