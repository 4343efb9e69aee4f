// The operator's window with real widgets on the offscreen platform, the real Secret Service and a
// real HTTP server on 127.0.0.1: load → edit → review → send, and what happens around it.
#include "CredentialsDialog.h"
#include "KeychainRequirement.h"
#include "MainWindowFixture.h"
#include "RequestPreviewDialog.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "UnavailableKeychain.h"
#include "form/FieldRow.h"
#include "form/FormView.h"
#include "store/DraftStore.h"
#include "store/KeychainCredentialStore.h"
#include "widgets/LogoPicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

const QByteArray kPng = TestSupport::tinyPng();

class MainWindowTest : public MainWindowFixture
{};

} // namespace

TEST_F(MainWindowTest, LoadEditReviewSendReachesTheServerExactly)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = request.method == "GET"
                            ? R"({"account_id": 123, "account_name": "Old name", "division_id": 2856813})"
                            : R"({"account_id": 123, "account_name": "New name"})";
        return response;
    });
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("123"));
    ASSERT_TRUE(child<QPushButton>("loadPushButton")->isEnabled());
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().path, QByteArray("/accounts/v1/accounts/123"));
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/account_name"))->text(), QStringLiteral("Old name"));
    EXPECT_FALSE(child<QPushButton>("sendPushButton")->isEnabled()) << "nothing changed yet";

    QLineEdit* name = fieldLineEdit(QStringLiteral("/account_name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("New name"));
    ASSERT_TRUE(child<QPushButton>("reviewPushButton")->isEnabled());

    QString previewText;
    int diffRows = 0;
    bool reviewed = false;
    onNextModal<RequestPreviewDialog>(
        [&](RequestPreviewDialog* dialog) {
            previewText = dialog->requestText();
            diffRows = dialog->findChild<QTableWidget*>(QStringLiteral("diffTableWidget"))->rowCount();
            dialog->findChild<QPushButton*>(QStringLiteral("sendPushButton"))->click();
        },
        &reviewed);
    child<QPushButton>("reviewPushButton")->click();
    // Read again before writing (nobody changed it), the update, then the account read afresh.
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 4; }, 20000));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(reviewed);
    EXPECT_EQ(diffRows, 1);
    EXPECT_TRUE(
        previewText.startsWith(QStringLiteral("PATCH %1/accounts/v1/accounts/123\n").arg(server.baseUrl())))
        << previewText.toStdString();
    EXPECT_TRUE(previewText.contains(QStringLiteral("Authorization: Bearer ***")));
    EXPECT_FALSE(previewText.contains(QStringLiteral("pismo-gui-token")));

    EXPECT_EQ(server.requests().at(1).method, QByteArray("GET"));
    EXPECT_EQ(server.requests().at(3).method, QByteArray("GET"));
    const TestHttpServer::Request patch = server.requests().at(2);
    EXPECT_EQ(patch.method, QByteArray("PATCH"));
    EXPECT_EQ(patch.body, QByteArray(R"({"account_name":"New name"})"));
    EXPECT_EQ(patch.header("Authorization"), QByteArray("Bearer pismo-gui-token"));
    // The body previewed is the body sent.
    EXPECT_TRUE(previewText.endsWith(QString::fromUtf8(patch.body) + QLatin1Char('\n')));
    EXPECT_TRUE(
        child<QPlainTextEdit>("answerPlainTextEdit")->toPlainText().contains(QStringLiteral("200 OK")));
    EXPECT_FALSE(m_window->session()->hasUnsentChanges()) << "what was sent is now the loaded state";
}

TEST_F(MainWindowTest, APatchCanBeReviewedAndSentWithoutLoading)
{
    // The credentials are read from the keychain only when the review needs them.
    removeSecret(m_store, QStringLiteral("quiva/default/token")); // a token would be preferred
    storeSecret(m_store, QStringLiteral("quiva/default/api_key"), QStringLiteral("quiva-gui-key"));
    TestHttpServer server;
    selectProvider(QStringLiteral("quiva.ai"));
    connectTo(server, QString());
    QTest::keyClicks(m_window->formView()->row(QStringLiteral("/country"))->findChild<QLineEdit*>(),
                     QStringLiteral("Germany"));
    ASSERT_TRUE(child<QPushButton>("reviewPushButton")->isEnabled());
    bool reviewed = false;
    onNextModal<RequestPreviewDialog>(
        [](RequestPreviewDialog* dialog) {
            dialog->findChild<QPushButton*>(QStringLiteral("sendPushButton"))->click();
        },
        &reviewed);
    child<QPushButton>("reviewPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 1; }, 20000));
    EXPECT_TRUE(reviewed);
    const TestHttpServer::Request patch = server.requests().first();
    EXPECT_EQ(patch.method, QByteArray("PATCH"));
    EXPECT_EQ(patch.path, QByteArray("/accounts"));
    EXPECT_EQ(patch.header("X-Api-Key"), QByteArray("quiva-gui-key"));
    EXPECT_EQ(patch.body, QByteArray(R"({"country":"DE"})"));
}

TEST_F(MainWindowTest, AFailedSendKeepsEveryEditAndShowsFieldErrors)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.method == "GET") {
            response.body = R"({"id": "ACC-1", "name": "Acme", "address": {"city": "Zurich"}})";
        } else {
            response.status = 400;
            response.body =
                R"({"title": "Validation failed", "errors": [{"message": "Unknown city.", "properties": ["Address.City"]}]})";
        }
        return response;
    });
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    connectTo(server, QStringLiteral("ACC-1"));
    EXPECT_FALSE(child<QPushButton>("sendPushButton")->isEnabled()) << "a PUT needs the account loaded first";
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
    QLineEdit* city = fieldLineEdit(QStringLiteral("/address/city"));
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Atlantis"));
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 3; }, 20000));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(server.requests().at(2).method, QByteArray("PUT"));
    EXPECT_EQ(m_window->session()->model().value(QStringLiteral("/address/city")).value,
              QJsonValue(QStringLiteral("Atlantis")));
    EXPECT_EQ(city->text(), QStringLiteral("Atlantis"));
    FieldRow* row = m_window->formView()->row(QStringLiteral("/address/city"));
    EXPECT_TRUE(row->problems().contains(QStringLiteral("server: Unknown city.")))
        << row->problems().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(child<QPlainTextEdit>("answerPlainTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("Validation failed")));
    EXPECT_TRUE(m_window->session()->hasUnsentChanges());
}

TEST_F(MainWindowTest, ALogoMakesTheUpdateMultipart)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("logo.png"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kPng);
    file.close();
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.body = request.method == "GET" ? R"({"id": "ACC-1", "name": "Acme"})" : "{}";
        return response;
    });
    selectProvider(QStringLiteral("SoftwareOne Marketplace"));
    connectTo(server, QStringLiteral("ACC-1"));
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->isLoaded(); }, 20000));
    ASSERT_TRUE(m_window->logoPicker());
    ASSERT_TRUE(m_window->logoPicker()->loadFile(path));
    ASSERT_TRUE(child<QPushButton>("sendPushButton")->isEnabled()) << "a logo alone is a change";
    child<QPushButton>("sendPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() >= 3; }, 20000));
    EXPECT_EQ(server.requests().at(1).method, QByteArray("GET")) << "read again just before the write";
    const TestHttpServer::Request put = server.requests().at(2);
    EXPECT_TRUE(put.header("Content-Type").startsWith("multipart/form-data; boundary="));
    EXPECT_TRUE(put.body.contains(kPng));
    EXPECT_TRUE(
        put.body.contains("name=\"account\"\r\nContent-Type: application/json\r\n\r\n{\"name\":\"Acme\"}"));
}

TEST_F(MainWindowTest, SwitchingProviderWithUnsentEditsAsksFirst)
{
    selectProvider(QStringLiteral("Pismo"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("Draft"));
    bool asked = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); }, &asked);
    selectProvider(QStringLiteral("quiva.ai"));
    EXPECT_TRUE(asked);
    EXPECT_EQ(child<QLabel>("providerNameLabel")->text(), QStringLiteral("Pismo"));
    EXPECT_EQ(m_window->session()->model().value(QStringLiteral("/account_name")).value,
              QJsonValue(QStringLiteral("Draft")));

    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    selectProvider(QStringLiteral("quiva.ai"));
    EXPECT_EQ(child<QLabel>("providerNameLabel")->text(), QStringLiteral("quiva.ai"));
}

TEST_F(MainWindowTest, ProductionIsMarkedAndAsksBeforeSending)
{
    selectProvider(QStringLiteral("quiva.ai"));
    auto* environment = child<QComboBox>("environmentComboBox");
    EXPECT_TRUE(environment->currentText().contains(QStringLiteral("production")));
    EXPECT_TRUE(child<QLabel>("bannerLabel")->isVisible());
    EXPECT_FALSE(child<QLineEdit>("accountLineEdit")->isEnabled()) << "quiva edits the caller's own account";
    QTest::keyClicks(m_window->formView()->row(QStringLiteral("/country"))->findChild<QLineEdit*>(),
                     QStringLiteral("DE"));
    ASSERT_TRUE(child<QPushButton>("sendPushButton")->isEnabled());
    bool warned = false;
    onNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); }, &warned);
    child<QPushButton>("sendPushButton")->click();
    EXPECT_TRUE(warned);
    EXPECT_EQ(m_window->session()->activity(), AccountSession::Activity::Idle) << "nothing was sent";
}

TEST_F(MainWindowTest, InvalidAccountIdsAndUrlsBlockSending)
{
    selectProvider(QStringLiteral("Pismo"));
    QTest::keyClicks(child<QLineEdit>("accountLineEdit"), QStringLiteral("0"));
    EXPECT_EQ(child<QLabel>("accountProblemLabel")->text(), QStringLiteral("must be ≥ 1"));
    EXPECT_FALSE(child<QListWidget>("problemsListWidget")
                     ->findItems(QStringLiteral("Account ID: must be ≥ 1"), Qt::MatchExactly)
                     .isEmpty());
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("x"));
    EXPECT_FALSE(child<QPushButton>("sendPushButton")->isEnabled());
    auto* environment = child<QComboBox>("environmentComboBox");
    environment->setCurrentIndex(environment->count() - 1);
    QTest::keyClicks(child<QLineEdit>("baseUrlLineEdit"), QStringLiteral("http://203.0.113.9"));
    bool listed = false;
    auto* problems = child<QListWidget>("problemsListWidget");
    for (int row = 0; row < problems->count(); ++row)
        listed = listed || problems->item(row)->text().contains(QStringLiteral("loopback"));
    EXPECT_TRUE(listed);
}

TEST_F(MainWindowTest, EveryActionHasAShortcutAndEveryInputAName)
{
    EXPECT_EQ(child<QAction>("loadAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    EXPECT_EQ(child<QAction>("reviewAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
    EXPECT_EQ(child<QAction>("sendAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Return")));
    EXPECT_EQ(child<QAction>("credentialsAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    for (const char* name : {"providerListWidget", "environmentComboBox", "profileComboBox",
                             "baseUrlLineEdit", "accountLineEdit"})
        EXPECT_FALSE(child<QWidget>(name)->accessibleName().isEmpty()) << name;

    TestHttpServer server;
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("7"));
    // Shortcuts belong to the active window (under xcb without a window manager, ask for it).
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() == 1; }, 20000)) << "Ctrl+L loads";
}

TEST_F(MainWindowTest, UnsentEditsSurviveAClosedWindowAsADraft)
{
    selectProvider(QStringLiteral("Pismo"));
    QTest::keyClicks(child<QLineEdit>("accountLineEdit"), QStringLiteral("77"));
    QTest::keyClicks(fieldLineEdit(QStringLiteral("/account_name")), QStringLiteral("Half-typed"));
    m_window->saveDraftNow(); // what the half-second timer does
    const std::optional<Draft> saved = DraftStore().load(m_window->session()->target());
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->target.account, QStringLiteral("77"));
    EXPECT_EQ(saved->edited.value(QStringLiteral("account_name")), QJsonValue(QStringLiteral("Half-typed")));

    // The window goes away without asking (as in a crash); a new one offers the draft.
    m_window.reset();
    bool offered = false;
    onNextModal<QMessageBox>(
        [](QMessageBox* box) {
            for (QAbstractButton* button : box->buttons())
                if (button->text() == QStringLiteral("&Restore"))
                    button->click();
        },
        &offered);
    m_window = std::make_unique<MainWindow>(bundledRegistry(), m_store);
    m_window->selectProviderById(QStringLiteral("pismo"));
    m_window->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return offered; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->session()->hasUnsentChanges(); }, 5000));
    EXPECT_EQ(child<QLineEdit>("accountLineEdit")->text(), QStringLiteral("77"));
    EXPECT_EQ(fieldLineEdit(QStringLiteral("/account_name"))->text(), QStringLiteral("Half-typed"));
    EXPECT_EQ(m_window->session()->accountId(), QStringLiteral("77"));
}

TEST_F(MainWindowTest, ALoadInProgressShowsProgressAndCanBeCancelled)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response slow;
        slow.delayMs = 3000;
        return slow;
    });
    selectProvider(QStringLiteral("Pismo"));
    connectTo(server, QStringLiteral("5"));
    child<QPushButton>("loadPushButton")->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return m_window->session()->activity() == AccountSession::Activity::Loading; }, 10000));
    EXPECT_TRUE(child<QProgressBar>("activityProgressBar")->isVisible());
    EXPECT_TRUE(child<QPushButton>("cancelPushButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("loadPushButton")->isEnabled());
    child<QPushButton>("cancelPushButton")->click();
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(child<QProgressBar>("activityProgressBar")->isVisible());
    EXPECT_TRUE(
        child<QPlainTextEdit>("answerPlainTextEdit")->toPlainText().contains(QStringLiteral("Cancelled")));
    EXPECT_FALSE(m_window->session()->isLoaded());
}

TEST_F(MainWindowTest, CredentialsAreStoredMaskedAndNeverShownAgain)
{
    selectProvider(QStringLiteral("Sequence"));
    bool handled = false;
    onNextModal<CredentialsDialog>(
        [](CredentialsDialog* dialog) {
            QLineEdit* user = dialog->fieldEdit(QStringLiteral("username"));
            QLineEdit* password = dialog->fieldEdit(QStringLiteral("password"));
            EXPECT_EQ(password->echoMode(), QLineEdit::Password);
            QTest::keyClicks(user, QStringLiteral("gui-user"));
            QTest::keyClicks(password, QStringLiteral("gui-secret"));
            dialog->save();
            EXPECT_TRUE(QTest::qWaitFor(
                [dialog] { return dialog->statusText().contains(QStringLiteral("2 of 2")); }, 10000))
                << dialog->statusText().toStdString();
            EXPECT_TRUE(password->text().isEmpty()) << "a saved secret is not kept in the dialog";
            EXPECT_TRUE(password->placeholderText().contains(QStringLiteral("stored")));
            dialog->removeStored();
            EXPECT_TRUE(QTest::qWaitFor(
                [dialog] { return dialog->statusText().contains(QStringLiteral("Nothing stored")); }, 10000));
            dialog->accept();
        },
        &handled);
    m_window->openCredentials();
    EXPECT_TRUE(handled);
    QEventLoop loop;
    std::optional<CredentialStore::Result> result;
    m_store.read(QStringLiteral("sequence/default/password"), [&](const CredentialStore::Result& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    EXPECT_EQ(result->status, CredentialStore::Status::NotFound);
}

TEST(MainWindowWithoutKeychain, SaysSoInABanner)
{
    QSettings().clear();
    QDir(DraftStore::defaultDirectory()).removeRecursively();
    UnavailableKeychain store(QStringLiteral("no keychain is available: test"));
    MainWindow window(bundledRegistry(), store);
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerLabel"));
    ASSERT_TRUE(QTest::qWaitFor([banner] { return banner->isVisible(); }, 5000));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("No keychain is available")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("never keeps them anywhere else")));
}
