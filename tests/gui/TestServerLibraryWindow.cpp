// SPDX-License-Identifier: Apache-2.0
// The library window on a PostgreSQL library (issue 17): a real server from the CTest
// fixture pg_server, a second client changing the library (the vouch binary as a child
// process, or a connection of the test's own), and the window's list following it within
// about two seconds, the user's selected row and scroll position kept.
#include "CliFiles.h"
#include "GuiTestSupport.h"
#include "LibraryFixture.h"
#include "PostgresServer.h"
#include "TestSupport.h"
#include "model/QuestionnaireLoader.h"
#include "ui/MainWindow.h"
#include "ui/UserPrompts.h"
#include "ui/library/LibraryChangeWatcher.h"
#include "ui/library/LibraryModel.h"
#include "ui/library/LibraryView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace vouch;

class TestServerLibraryWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PostgresServer m_pg;
    std::optional<model::QuestionnaireSnapshot> m_questionnaire;
    nlohmann::json m_baseline;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // A second client of the library at `db`, on a connection of its own.
    static store::Library secondClient(const QString& db)
    {
        auto library = store::Library::open(db.toStdString(), store::OpenIntent::MustExist);
        if (!library) {
            qFatal("%s", library.error().message.c_str());
        }
        return std::move(*library);
    }

    std::string draftTitled(const store::Library& library, const QString& title) const
    {
        auto document = m_baseline;
        document["meta"]["title"] = title.toStdString();
        return test::createDraft(library, *m_questionnaire, document);
    }

    // A server library holding `count` drafts titled "Assessment NNN"; its location.
    QString libraryWithDrafts(int count)
    {
        const QString db = m_pg.locationOf(m_pg.freshLibrary(QStringLiteral("vouch_window")));
        const auto library = secondClient(db);
        for (int i = 0; i < count; ++i) {
            draftTitled(library, QStringLiteral("Assessment %1").arg(i, 3, 10, QLatin1Char('0')));
        }
        return db;
    }

    static QString statusOf(const ui::LibraryModel& model, const QString& id)
    {
        const auto* record = model.record(model.rowOf(id));
        return record != nullptr ? QString::fromStdString(record->status) : QString();
    }

    // The window, shown, listening, and done with the read of the list that follows the
    // LISTEN (for what was committed before it): what it shows next is what it heard.
    static void showListening(ui::MainWindow& window)
    {
        QVERIFY(window.changeWatcher() != nullptr);
        QSignalSpy caughtUp(window.changeWatcher(), &ui::LibraryChangeWatcher::changed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.changeWatcher()->isListening(), 10000);
        QTRY_COMPARE(caughtUp.count(), 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QString why; test::PostgresServer::skipped(&why)) {
            QSKIP(qPrintable(why));
        }
        QVERIFY2(m_pg.load(), "the pg_server fixture did not start a server (see its output)");
        ui::prompts::recordMessagesOnly(true);
        m_baseline = test::readJson(test::baselineAnswersPath());
        m_questionnaire = std::move(
            *model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath()).value);
        test::makeAliceKey(file(QStringLiteral("alice.key")), file(QStringLiteral("alice.pass")));
    }

    // Another officer saves a new assessment and signs one with the vouch binary while the
    // window is open: the list shows both within two seconds, the selected assessment stays
    // selected and the table stays scrolled where the user left it (not moved back to the
    // selected row, as a reload after the user's own save does).
    void theListFollowsAnotherOfficersSaveAndSignature()
    {
        const QString db = libraryWithDrafts(60);
        auto workspace = test::workspaceAt(db.toStdString());
        QVERIFY2(workspace.hasLibrary(),
                 workspace.openError() ? workspace.openError()->message.c_str() : "");
        ui::MainWindow window(workspace);
        showListening(window);
        auto* model = window.libraryView()->model();
        auto* table = window.libraryView()->table();
        QCOMPARE(model->rowCount(), 60);

        // The user picks a row near the top, then scrolls to the bottom, away from it.
        table->setCurrentIndex(model->index(2, 0));
        const QString selected = window.libraryView()->currentId();
        QVERIFY(!selected.isEmpty());
        const auto* toSign = model->record(3);
        QVERIFY(toSign != nullptr);
        const QString signedId = QString::fromStdString(toSign->id);
        table->scrollToBottom();
        const int scrolledTo = table->verticalScrollBar()->value();
        QVERIFY(scrolledTo > 0);
        QVERIFY(table->rowAt(0) > 3); // the selected row is out of sight

        QElapsedTimer clock;
        const QString added = test::newBaselineDraft(db);
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 61, 2000);
        qInfo("another officer's save was listed %lld ms after it was committed",
              static_cast<long long>(clock.elapsed()));
        QVERIFY(model->rowOf(added) >= 0);
        QCOMPARE(window.libraryView()->currentId(), selected);
        QCOMPARE(table->verticalScrollBar()->value(), scrolledTo);

        const auto signedRun = test::runVouch(
            {QStringLiteral("sign"), QStringLiteral("--key"), file(QStringLiteral("alice.key")),
             QStringLiteral("--role"), QStringLiteral("assessor"),
             QStringLiteral("--passphrase-file"), file(QStringLiteral("alice.pass")),
             QStringLiteral("--db"), db, signedId});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
        clock.restart();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, signedId), QStringLiteral("signed"), 2000);
        qInfo("another officer's signature was listed %lld ms after it was committed",
              static_cast<long long>(clock.elapsed()));
        QCOMPARE(window.libraryView()->currentId(), selected);
        QCOMPARE(table->verticalScrollBar()->value(), scrolledTo);
        // The actions follow the selected row, which is still the draft the user picked.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionContinueDraft"))->isEnabled());
    }

    // 40 saves by another client, one every 20 ms while the window runs: the list follows
    // them in a handful of reads of the library, not 40, and ends up showing every one.
    void aBurstOfSavesIsReadInAFewRefreshes()
    {
        const QString db = libraryWithDrafts(1);
        auto workspace = test::workspaceAt(db.toStdString());
        ui::MainWindow window(workspace);
        showListening(window);
        auto* model = window.libraryView()->model();
        QCOMPARE(model->rowCount(), 1);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        const auto other = secondClient(db);
        constexpr int kSaves = 40;
        int saved = 0;
        QTimer saver;
        saver.setInterval(20);
        connect(&saver, &QTimer::timeout, this, [&] {
            draftTitled(other, QStringLiteral("Burst %1").arg(++saved));
            if (saved == kSaves) {
                saver.stop();
            }
        });
        saver.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1 + kSaves, 10000);
        qInfo("%d saves were followed by %lld reads of the list", kSaves,
              static_cast<long long>(resets.count()));
        QVERIFY2(resets.count() <= 10, qPrintable(QString::number(resets.count())));
    }

    // While a dialog asks the user something (an action may hold a row of the list across
    // its question) the list is not read again; it is when the dialog closes.
    void noRefreshWhileADialogAsks()
    {
        const QString db = libraryWithDrafts(1);
        auto workspace = test::workspaceAt(db.toStdString());
        ui::MainWindow window(workspace);
        showListening(window);
        auto* model = window.libraryView()->model();
        QDialog question(&window);
        question.setModal(true);
        question.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &question);

        const QString added = test::newBaselineDraft(db);
        QTest::qWait(1000);
        QCOMPARE(model->rowCount(), 1);
        question.accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 2000);
        QVERIFY(model->rowOf(added) >= 0);
    }

    // The server ends the window's listening session: the status bar says so, naming the
    // server, the window keeps working, and it listens again by itself and catches up.
    void aLostListeningConnectionIsSaidAndRestored()
    {
        const QString name = m_pg.freshLibrary(QStringLiteral("vouch_window"));
        const QString db = m_pg.locationOf(name);
        auto workspace = test::workspaceAt(db.toStdString());
        ui::MainWindow window(workspace);
        showListening(window);
        auto* model = window.libraryView()->model();

        QCOMPARE(m_pg.psql(name, QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                "pg_stat_activity WHERE query = 'LISTEN "
                                                "vouch_library' AND datname = current_database()"))
                     .exitCode,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.changeWatcher()->isListening(), 5000);
        QVERIFY2(window.statusText().startsWith(
                     QStringLiteral("Other officers' changes are not shown as they happen: ") +
                     m_pg.serverOf(name) +
                     QStringLiteral(": the connection to the PostgreSQL server was lost (")),
                 qPrintable(window.statusText()));
        // Meanwhile the window reads and writes as before.
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionNewAssessment"))->isEnabled());
        const QString missed = test::newBaselineDraft(db);

        QTRY_VERIFY_WITH_TIMEOUT(window.changeWatcher()->isListening(),
                                 ui::LibraryChangeWatcher::kFirstRetryMs + 5000);
        QCOMPARE(window.statusText(), QStringLiteral("Reconnected: other officers' changes are "
                                                     "shown as they happen again."));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000); // what it missed
        QVERIFY(model->rowOf(missed) >= 0);
        const QString next = test::newBaselineDraft(db);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 2000);
        QVERIFY(model->rowOf(next) >= 0);
    }

    // The window opened on a server that is down: one message naming the server (never the
    // password in the location), and the window still opens packages for review.
    void aServerThatIsDownIsOneClearMessage()
    {
        // Port 1 on the loopback: nothing listens there.
        auto workspace = test::workspaceAt("postgresql://vouch:s3cret@127.0.0.1:1/vouch");
        QVERIFY(!workspace.hasLibrary());
        ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* error = window.findChild<QLabel*>(QStringLiteral("libraryError"));
        QVERIFY(error != nullptr);
        const QString text = error->text();
        QVERIFY2(text.contains(QStringLiteral("<p>127.0.0.1:1/vouch: cannot connect to the "
                                              "PostgreSQL server (")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("s3cret")), qPrintable(text));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("s3cret")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Vouch — PostgreSQL"));
        QVERIFY(window.changeWatcher() == nullptr);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionNewAssessment"))->isEnabled());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionOpenPackage"))->isEnabled());
    }

    // A SQLite library has no other clients: no listener, no second connection.
    void aSqliteLibraryIsNotWatched()
    {
        auto workspace = test::workspaceAt(file(QStringLiteral("own.vouchdb")).toStdString());
        ui::MainWindow window(workspace);
        QVERIFY(window.changeWatcher() == nullptr);
    }
};

QTEST_MAIN(TestServerLibraryWindow)
#include "TestServerLibraryWindow.moc"
