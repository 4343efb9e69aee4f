// File → Import OpenAPI… with real widgets: a document someone else wrote is read, its operations
// offered, the form previewed from exactly what the import loads, production servers asked (never
// guessed), and the provider appears beside the bundled ones; it can be removed again, a bundled
// one never. A broken document says where and why.
#include "ImportProviderDialog.h"
#include "MainWindowFixture.h"
#include "cli/CommandLineTool.h"

#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

const QString kAcmeSpec = dataPath(QStringLiteral("providers/acme-crm/acme-crm.openapi.yaml"));

template <typename T> T* part(QWidget* dialog, const char* name)
{
    T* widget = dialog->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

ProviderRegistry bundledAndImported()
{
    ProviderRegistry registry;
    registry.loadDirectory(ProviderRegistry::bundledDirectory());
    registry.loadDirectory(ProviderImporter::defaultDirectory());
    return registry;
}

// Reads the Acme document in `dialog` and waits until the preview allows the import.
void readAcme(ImportProviderDialog* dialog)
{
    dialog->setDocumentPath(kAcmeSpec);
    dialog->readDocument();
    QTRY_VERIFY_WITH_TIMEOUT(part<QPushButton>(dialog, "importPushButton")->isEnabled(), 5000);
}

} // namespace

TEST(ImportProviderDialog, OffersTheOperationsAndPreviewsTheFormBeforeWritingAnything)
{
    QTemporaryDir directory;
    const ProviderRegistry registry = bundledAndImported();
    ImportProviderDialog dialog(registry, ProviderImporter(directory.path()));
    dialog.show();
    readAcme(&dialog);
    auto* update = part<QComboBox>(&dialog, "updateComboBox");
    ASSERT_EQ(update->count(), 1);
    EXPECT_EQ(update->currentData().toString(), QStringLiteral("patchCustomer"));
    EXPECT_EQ(part<QComboBox>(&dialog, "readComboBox")->currentData().toString(),
              QStringLiteral("getCustomer"));
    EXPECT_EQ(part<QLineEdit>(&dialog, "idLineEdit")->text(), QStringLiteral("acme-crm"));
    auto* servers = part<QListWidget>(&dialog, "serverListWidget");
    ASSERT_EQ(servers->count(), 2);
    EXPECT_EQ(servers->item(0)->checkState(), Qt::Unchecked) << "production is asked, not guessed";
    auto* preview = part<QScrollArea>(&dialog, "previewScrollArea");
    ASSERT_NE(preview->widget(), nullptr);
    EXPECT_NE(preview->widget()->findChild<QWidget*>(QStringLiteral("displayNameFieldRow")), nullptr);
    EXPECT_TRUE(QDir(directory.path()).entryList(QDir::Files).isEmpty()) << "a preview writes nothing";

    // A bundled id is refused at its field, and Import waits until the choices load.
    auto* id = part<QLineEdit>(&dialog, "idLineEdit");
    id->setText(QStringLiteral("pismo"));
    Q_EMIT id->textEdited(id->text());
    QTRY_VERIFY(dialog.problemsText().contains(QStringLiteral("Id: \"pismo\" is a bundled provider")));
    EXPECT_FALSE(part<QPushButton>(&dialog, "importPushButton")->isEnabled());
    id->setText(QStringLiteral("acme-imported"));
    Q_EMIT id->textEdited(id->text());
    servers->item(0)->setCheckState(Qt::Checked);
    QTRY_VERIFY(part<QPushButton>(&dialog, "importPushButton")->isEnabled());

    part<QPushButton>(&dialog, "importPushButton")->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.importedId(), QStringLiteral("acme-imported"));
    QFile hints(QDir(directory.path()).filePath(QStringLiteral("acme-imported.provider.json")));
    ASSERT_TRUE(hints.open(QIODevice::ReadOnly));
    const QByteArray written = hints.readAll();
    EXPECT_TRUE(written.contains("\"productionServers\": [\n        \"PRODUCTION\"")) << written.constData();
    EXPECT_TRUE(written.contains("acme-crm.openapi.yaml")) << "its origin is named";
}

TEST(ImportProviderDialog, ABrokenDocumentSaysWhereAndWhy)
{
    const ProviderRegistry registry = bundledAndImported();
    ImportProviderDialog dialog(registry, ProviderImporter());
    dialog.show();
    part<QPlainTextEdit>(&dialog, "documentPlainTextEdit")
        ->setPlainText(QStringLiteral("openapi: 3.0.3\ninfo: {title: X, version: '1'}\npaths:\n  /a: 5\n"));
    dialog.readDocument();
    EXPECT_TRUE(dialog.problemsText().contains(QStringLiteral("/paths/~1a")))
        << dialog.problemsText().toStdString();
    EXPECT_EQ(part<QComboBox>(&dialog, "updateComboBox")->count(), 0);
    EXPECT_FALSE(part<QPushButton>(&dialog, "importPushButton")->isEnabled());

    // A document without anything to update says so instead of offering nothing.
    part<QPlainTextEdit>(&dialog, "documentPlainTextEdit")
        ->setPlainText(QStringLiteral("openapi: 3.0.3\ninfo: {title: X, version: '1'}\npaths:\n  /a:\n"
                                      "    get: {responses: {'200': {description: ok}}}\n"));
    dialog.readDocument();
    EXPECT_TRUE(dialog.problemsText().contains(QStringLiteral("no PUT, PATCH or POST operation")))
        << dialog.problemsText().toStdString();
}

class ImportFromWindow : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(bundledAndImported(), m_store);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QAction* action(const char* name) { return child<QAction>(name); }
};

TEST_F(ImportFromWindow, AnImportedProviderAppearsIsOpenedAndCanBeRemovedAgain)
{
    bool seen = false;
    onNextModal<ImportProviderDialog>(
        [](ImportProviderDialog* dialog) {
            readAcme(dialog);
            part<QPushButton>(dialog, "importPushButton")->click();
        },
        &seen);
    action("importAction")->trigger();
    ASSERT_TRUE(seen);
    auto* list = child<QListWidget>("providerListWidget");
    ASSERT_EQ(list->findItems(QStringLiteral("Acme CRM"), Qt::MatchExactly).size(), 1);
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->provider().id(), QStringLiteral("acme-crm")) << "the new one is opened";
    EXPECT_EQ(list->currentItem()->text(), QStringLiteral("Acme CRM"));
    ASSERT_NE(m_window->formView()->row(QStringLiteral("/displayName")), nullptr);

    // The command-line tool sees what the window imported (its registry is read afresh, as at start).
    QString listing;
    QString problems;
    QTextStream out(&listing);
    QTextStream err(&problems);
    const ProviderRegistry fresh = ProviderRegistry::loadDefault();
    EXPECT_EQ(CommandLineTool(fresh, out, err).run({QStringLiteral("providers")}), ExitCode::Success);
    out.flush();
    EXPECT_TRUE(listing.contains(QStringLiteral("acme-crm\tAcme CRM\tPATCH /customers/{customerId}")))
        << listing.toStdString();

    // While it is open with unsent edits it cannot be replaced: its form would go on under the old
    // definition (its production servers included).
    ASSERT_TRUE(m_window->session()->model().setValue(QStringLiteral("/displayName"), QJsonValue("Edited")));
    seen = false;
    QString refusal;
    onNextModal<ImportProviderDialog>(
        [&refusal](ImportProviderDialog* dialog) {
            dialog->setDocumentPath(kAcmeSpec);
            dialog->readDocument();
            part<QCheckBox>(dialog, "replaceCheckBox")->setChecked(true);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->problemsText().contains(QStringLiteral("unsent edits")), 5000);
            refusal = dialog->problemsText();
            EXPECT_FALSE(part<QPushButton>(dialog, "importPushButton")->isEnabled());
            dialog->reject();
        },
        &seen);
    action("importAction")->trigger();
    ASSERT_TRUE(seen);
    EXPECT_TRUE(refusal.contains(QStringLiteral("acme-crm"))) << refusal.toStdString();

    seen = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); }, &seen);
    action("removeProviderAction")->trigger();
    ASSERT_TRUE(seen);
    EXPECT_TRUE(list->findItems(QStringLiteral("Acme CRM"), Qt::MatchExactly).isEmpty());
    EXPECT_FALSE(QFile::exists(
        QDir(ProviderImporter::defaultDirectory()).filePath(QStringLiteral("acme-crm.provider.json"))));
    ASSERT_NE(m_window->session(), nullptr) << "another provider is opened";

    // A bundled provider cannot be removed: the window says so and keeps it.
    const QString bundled = m_window->session()->provider().id();
    seen = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->accept(); }, &seen);
    action("removeProviderAction")->trigger();
    ASSERT_TRUE(seen);
    EXPECT_EQ(m_window->session()->provider().id(), bundled);
}
