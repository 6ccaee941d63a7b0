// SPDX-License-Identifier: Apache-2.0
// The team library on PostgreSQL (issue 17 step 2), through the real binary against a
// real server: the CTest fixture pg_server (tests/tools/pg-fixture.sh) runs one in a
// temporary folder for the whole run. Each test gets a database of its own. What an
// administrator does behind Vouch's back is done with psql as the superuser.
#include "CliFiles.h"
#include "PostgresServer.h"
#include "TestSupport.h"
#include "VouchProcess.h"
#include "services/PackageReview.h"
#include "store/ChangeListener.h"
#include "store/Database.h"
#include "store/Library.h"
#include "store/LibraryQuery.h"
#include "store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <poll.h>
#include <utility>

using vouch::test::Run;
using vouch::test::runVouch;

namespace {

// Masks what differs between two libraries made the same way: the location, ids, times
// and the hashes and signatures that cover them.
QString masked(QString text, const QString& location)
{
    text.replace(location, QStringLiteral("LIBRARY"));
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    static const QRegularExpression time(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    static const QRegularExpression hex(QStringLiteral("\\b[0-9a-f]{64}\\b"));
    static const QRegularExpression base64(QStringLiteral("\"[A-Za-z0-9+/=]{80,}\""));
    text.replace(uuid, QStringLiteral("ID"));
    text.replace(time, QStringLiteral("TIME"));
    text.replace(hex, QStringLiteral("HASH"));
    text.replace(base64, QStringLiteral("\"BASE64\""));
    return text;
}

// Whether the listener's socket becomes readable within `ms`.
bool waitReadable(const vouch::store::ChangeListener& listener, int ms)
{
    pollfd watched{listener.socket(), POLLIN, 0};
    return ::poll(&watched, 1, ms) > 0;
}

// Whether the listener hears a change within `ms` (the socket may carry other traffic).
bool heardWithin(const vouch::store::ChangeListener& listener, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (!waitReadable(listener, static_cast<int>(ms - clock.elapsed()))) {
            return false;
        }
        auto heard = listener.drainNotifications();
        if (!heard) {
            qFatal("%s", heard.error().message.c_str());
        }
        if (*heard) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestPostgresCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    vouch::test::PostgresServer m_pg;
    int m_counter = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Run psql(const QString& database, const QString& statement, bool bare = false) const
    {
        return m_pg.psql(database, statement, bare);
    }

    QString locationOf(const QString& database) const { return m_pg.locationOf(database); }
    QString serverOf(const QString& database) const { return m_pg.serverOf(database); }
    QString freshDatabase() { return m_pg.freshDatabase(QStringLiteral("vouch_test")); }

    // A new database with a Vouch library in it; its location.
    QString freshLibrary(QString* database = nullptr)
    {
        const QString name = freshDatabase();
        const auto init = runVouch({QStringLiteral("library"), QStringLiteral("init"),
                                    QStringLiteral("--db"), locationOf(name)});
        if (init.exitCode != 0) {
            qFatal("library init failed: %s", qPrintable(init.err));
        }
        if (database != nullptr) {
            *database = name;
        }
        return locationOf(name);
    }

    // The baseline answers under another title: a save that changes something (a save
    // that changes nothing adds no revision).
    QString answersTitled(const QString& title)
    {
        auto document = vouch::test::readJson(vouch::test::baselineAnswersArgument().toStdString());
        document["meta"]["title"] = title.toStdString();
        const QString path = file(QStringLiteral("answers-%1.json").arg(++m_counter));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            qFatal("cannot write answers");
        }
        out.write(QByteArray::fromStdString(document.dump()));
        return path;
    }

    Run update(const QString& db, const QString& id, const QString& base, const QString& title)
    {
        return runVouch({QStringLiteral("draft"), QStringLiteral("update"), id,
                         QStringLiteral("--db"), db, QStringLiteral("--answers"),
                         answersTitled(title), QStringLiteral("--base"), base});
    }

    Run signAsAlice(const QString& db, const QString& id) const
    {
        return runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                         file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                         QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                         file(QStringLiteral("alice.pass")), QStringLiteral("--db"), db, id});
    }

    // What the server holds of the schema's rules: the triggers and Vouch's functions.
    QString triggersAndFunctions(const QString& database) const
    {
        return psql(database,
                    QStringLiteral("SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE "
                                   "NOT tgisinternal ORDER BY 1; SELECT proname, prosrc FROM "
                                   "pg_proc WHERE pronamespace = 'public'::regnamespace ORDER "
                                   "BY 1"),
                    true)
            .out;
    }

    QString schemaVersion(const QString& database) const
    {
        return psql(database, QStringLiteral("SELECT 'version ' || version FROM vouch_schema"),
                    true)
            .out.trimmed();
    }

    // A signed assessment with a draft on top and a draft never signed; draft delete of
    // each (and again: refused), then what a user sees of what is left, masked.
    QStringList draftDeleteTrip(const QString& db, const QString& display)
    {
        const QString kept = vouch::test::newBaselineDraft(db);
        const QString gone = vouch::test::newBaselineDraft(db);
        if (signAsAlice(db, kept).exitCode != 0 ||
            update(db, kept, QStringLiteral("2"), QStringLiteral("On top")).exitCode != 0 ||
            update(db, gone, QStringLiteral("1"), QStringLiteral("Second")).exitCode != 0) {
            qFatal("cannot make the drafts to delete");
        }
        const auto remove = [&](const QString& id) {
            return runVouch({QStringLiteral("draft"), QStringLiteral("delete"), id,
                             QStringLiteral("--db"), db});
        };
        QStringList seen;
        for (const auto& run :
             {remove(kept), remove(gone), remove(kept), remove(gone),
              runVouch({QStringLiteral("list"), QStringLiteral("--db"), db}),
              runVouch(
                  {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("show"), kept, QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("history"), kept, QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("history"), gone, QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"),
                        db})}) {
            seen << QString::number(run.exitCode) << masked(run.out, display)
                 << masked(run.err, display);
        }
        return seen;
    }

    // draft new, sign, export, then every read verb: what a user sees, masked.
    QStringList roundTrip(const QString& db, const QString& display, const QString& folder)
    {
        QStringList seen;
        QDir().mkpath(folder);
        const QString id = vouch::test::newBaselineDraft(db);
        const auto signedRun =
            runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                      file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                      QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                      file(QStringLiteral("alice.pass")), QStringLiteral("--db"), db, id});
        const QString package = folder + QStringLiteral("/assessment.vouch");
        const auto exported = runVouch({QStringLiteral("export"), id, QStringLiteral("--out"),
                                        package, QStringLiteral("--db"), db});
        for (const auto& run :
             {signedRun, exported, runVouch({QStringLiteral("list"), QStringLiteral("--db"), db}),
              runVouch(
                  {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("show"), id, QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("verify"), package, QStringLiteral("--allow-untrusted"),
                        QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"),
                        db})}) {
            seen << QString::number(run.exitCode)
                 << masked(masked(run.out, display), folder)
                        .replace(display, QStringLiteral("LIBRARY"))
                 << masked(masked(run.err, display), folder);
        }
        return seen;
    }

    // A draft of the baseline answers in `db`, signed by Alice and exported to
    // FOLDER/assessment.vouch; the package's path.
    QString signedPackage(const QString& db, const QString& folder)
    {
        QDir().mkpath(folder);
        const QString id = vouch::test::newBaselineDraft(db);
        const QString package = folder + QStringLiteral("/assessment.vouch");
        if (signAsAlice(db, id).exitCode != 0 ||
            runVouch({QStringLiteral("export"), id, QStringLiteral("--out"), package,
                      QStringLiteral("--db"), db})
                    .exitCode != 0) {
            qFatal("cannot make a signed package");
        }
        return package;
    }

    // trust add of Alice's public key, then verify of a package she signed, judged by
    // the library's trust list: what a user sees, masked.
    QStringList trustTrip(const QString& db, const QString& display, const QString& folder)
    {
        const auto trusted =
            runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                      file(QStringLiteral("alice.key.pub")), QStringLiteral("--db"), db});
        const QString package = signedPackage(db, folder);
        QStringList seen;
        for (const auto& run :
             {trusted,
              runVouch(
                  {QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--db"), db}),
              runVouch({QStringLiteral("verify"), package, QStringLiteral("--db"), db})}) {
            seen << QString::number(run.exitCode) << masked(masked(run.out, display), folder)
                 << masked(masked(run.err, display), folder);
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QString why; vouch::test::PostgresServer::skipped(&why)) {
            QSKIP(qPrintable(why));
        }
        QVERIFY2(m_pg.load(), "the pg_server fixture did not start a server (see its output)");
        vouch::test::makeAliceKey(file(QStringLiteral("alice.key")),
                                  file(QStringLiteral("alice.pass")));
    }

    void initMakesTheSchemaOnceAndRefusesANewerOne()
    {
        const QString name = freshDatabase();
        const QString db = locationOf(name);
        const auto before = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(before.exitCode, 2);
        QCOMPARE(before.err, serverOf(name) + QStringLiteral(": no Vouch library in this database "
                                                             "(create it with: vouch library init "
                                                             "--db LOCATION)\n"));

        const auto init = runVouch(
            {QStringLiteral("library"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(init.out, serverOf(name) + QStringLiteral(": library created (schema 10)\n"));
        const auto again = runVouch(
            {QStringLiteral("library"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out,
                 serverOf(name) + QStringLiteral(": library already there (schema 10)\n"));
        QCOMPARE(psql(name, QStringLiteral("SELECT version FROM vouch_schema")).exitCode, 0);

        QCOMPARE(psql(name, QStringLiteral("UPDATE vouch_schema SET version = 99")).exitCode, 0);
        const auto newer = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(newer.exitCode, 2);
        QCOMPARE(newer.err, serverOf(name) + QStringLiteral(": made by a newer Vouch (library "
                                                            "schema 99, this Vouch knows up to "
                                                            "10); update Vouch to open it. Nothing "
                                                            "was changed.\n"));
    }

    void draftSignExportGiveTheSameOutputAsOnSqlite()
    {
        QString name;
        const QString pg = freshLibrary(&name);
        const QString sqlite = file(QStringLiteral("roundtrip.vouchdb"));
        const auto onSqlite = roundTrip(sqlite, sqlite, file(QStringLiteral("sqlite-out")));
        const auto onPg = roundTrip(pg, serverOf(name), file(QStringLiteral("pg-out")));
        QCOMPARE(onPg.size(), onSqlite.size());
        for (int i = 0; i < onPg.size(); ++i) {
            QCOMPARE(onPg.at(i), onSqlite.at(i));
        }
        QVERIFY(onPg.join(QString()).contains(QStringLiteral("signed by Dr. Alice Example")));
        QVERIFY(
            onPg.join(QString()).contains(QStringLiteral("LIBRARY: audit log intact, 4 entries")));
    }

    // The library window keeps an edited row selected by asking the library where it
    // stands in the shown order; on the server (NULLs placed as on SQLite) that is where
    // a page has it, in every order.
    void aRowsPositionInTheListIsWhereAPageHasIt()
    {
        const QString db = freshLibrary();
        for (const char* title : {"Charlie", "Alpha", "Bravo"}) {
            const QString id = vouch::test::newBaselineDraft(db);
            QCOMPARE(update(db, id, QStringLiteral("1"), QString::fromLatin1(title)).exitCode, 0);
        }
        auto library =
            vouch::store::Library::open(db.toStdString(), vouch::store::OpenIntent::ReadOnly);
        QVERIFY2(library, library ? "" : library.error().message.c_str());
        for (const auto column : vouch::store::allSortColumns()) {
            for (const bool descending : {false, true}) {
                vouch::store::ListQuery query;
                query.sort = column;
                query.descending = descending;
                const auto rows = library->list(query)->rows;
                QCOMPARE(rows.size(), std::size_t{3});
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    QCOMPARE(library->positionInList(query, rows[i].id)->value_or(-1),
                             static_cast<std::int64_t>(i));
                }
            }
        }
        QVERIFY(!*library->positionInList({}, "no-such-id"));
    }

    void aStaleBaseIsAConflictAsOnSqlite()
    {
        QString name;
        const QString db = freshLibrary(&name);
        const QString id = vouch::test::newBaselineDraft(db);
        QCOMPARE(update(db, id, QStringLiteral("1"), QStringLiteral("First")).exitCode, 0);
        const auto historyBefore =
            runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}).out;
        const auto stale = update(db, id, QStringLiteral("1"), QStringLiteral("Second"));
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(
            stale.err.startsWith(serverOf(name) + QStringLiteral(": assessment ") + id +
                                 QStringLiteral(" changed since revision 1 (revision 2 saved by ")),
            qPrintable(stale.err));
        QVERIFY(stale.err.endsWith(
            QStringLiteral("); this save was refused so nothing is overwritten\n")));
        QCOMPARE(stale.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}).out,
                 historyBefore);
    }

    // Both clients are let into their save together: a session holds a SHARE lock on
    // revisions (reads pass, inserts wait) until both are waiting on the server, so the
    // second reads the head while the first has not committed yet. Serialised writers
    // make it a conflict (exit 1), not a duplicate-key failure half-way (exit 2).
    void twoClientsOnTheSameBaseOneWinsOneConflicts()
    {
        QString name;
        const QString db = freshLibrary(&name);
        const QString id = vouch::test::newBaselineDraft(db);
        for (int round = 1; round <= 3; ++round) {
            const QString base = QString::number(round);
            QProcess first;
            QProcess second;
            const auto arguments = [&](const QString& who) {
                return QStringList{QStringLiteral("draft"),
                                   QStringLiteral("update"),
                                   id,
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--answers"),
                                   answersTitled(who + QStringLiteral(" round ") + base),
                                   QStringLiteral("--base"),
                                   base};
            };
            const auto assessor = arguments(QStringLiteral("Assessor"));
            const auto approver = arguments(QStringLiteral("Approver"));
            auto environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("VOUCH_ACTOR"), QStringLiteral("test-officer"));
            first.setProcessEnvironment(environment);
            second.setProcessEnvironment(environment);
            QProcess holder;
            holder.start(m_pg.bindir() + QStringLiteral("/psql"),
                         {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_pg.port(),
                          QStringLiteral("-U"), m_pg.user(), QStringLiteral("-d"), name});
            QVERIFY(holder.waitForStarted());
            holder.write("BEGIN; LOCK TABLE revisions IN SHARE MODE;\n");
            QTRY_COMPARE_WITH_TIMEOUT(
                psql(name, QStringLiteral("SELECT count(*) FROM pg_locks WHERE relation = "
                                          "'revisions'::regclass AND mode = 'ShareLock' AND "
                                          "granted"))
                    .out.contains(QStringLiteral(" 1\n")),
                true, 20000);
            first.start(QStringLiteral(VOUCH_BINARY), assessor);
            second.start(QStringLiteral(VOUCH_BINARY), approver);
            QTRY_COMPARE_WITH_TIMEOUT(
                psql(name, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                          "application_name = 'vouch' AND wait_event_type = "
                                          "'Lock'"))
                    .out.contains(QStringLiteral(" 2\n")),
                true, 30000);
            holder.write("COMMIT;\n\\q\n");
            holder.closeWriteChannel();
            QVERIFY(holder.waitForFinished(20000));
            QVERIFY(first.waitForFinished(60000));
            QVERIFY(second.waitForFinished(60000));
            QList<int> codes{first.exitCode(), second.exitCode()};
            std::sort(codes.begin(), codes.end());
            QCOMPARE(codes, (QList<int>{0, 1}));
            const auto loser =
                QString::fromUtf8(first.exitCode() == 1 ? first.readAllStandardError()
                                                        : second.readAllStandardError());
            QVERIFY2(loser.contains(QStringLiteral(" changed since revision ") + base +
                                    QStringLiteral(" (revision ") + QString::number(round + 1)),
                     qPrintable(loser));
        }
        const auto history = runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db});
        QCOMPARE(history.out.count(QStringLiteral("draft ")), 4); // 1 + one winner per round
        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        QVERIFY(audit.out.contains(QStringLiteral("audit log intact, 4 entries")));
    }

    // As on SQLite: revisions are never changed, and a signed one never removed; draft
    // revisions may go (draft delete, below). Refused by the server itself, whoever asks.
    void theServerRefusesToChangeHistory()
    {
        QString name;
        const QString db = freshLibrary(&name);
        const QString id = vouch::test::newBaselineDraft(db);
        QCOMPARE(signAsAlice(db, id).exitCode, 0);
        QCOMPARE(update(db, id, QStringLiteral("2"), QStringLiteral("On top")).exitCode, 0);
        const auto historyBefore =
            runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}).out;
        const QList<std::pair<QString, QString>> refusals{
            {QStringLiteral("UPDATE revisions SET author = 'mallory'"),
             QStringLiteral("revisions are immutable")},
            {QStringLiteral("DELETE FROM revisions WHERE kind = 'signed'"),
             QStringLiteral("signed revisions cannot be deleted")},
            {QStringLiteral("DELETE FROM revisions"),
             QStringLiteral("signed revisions cannot be deleted")},
            {QStringLiteral("TRUNCATE revisions CASCADE"),
             QStringLiteral("revisions is insert-only: TRUNCATE refused")},
            {QStringLiteral("UPDATE audit_log SET actor = 'mallory'"),
             QStringLiteral("audit_log is insert-only: UPDATE refused")},
            {QStringLiteral("DELETE FROM audit_log"),
             QStringLiteral("audit_log is insert-only: DELETE refused")},
            {QStringLiteral("TRUNCATE audit_log CASCADE"),
             QStringLiteral("audit_log is insert-only: TRUNCATE refused")}};
        for (const auto& [statement, message] : refusals) {
            const auto refused = psql(name, statement);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("ERROR:  ") + message),
                     qPrintable(statement + QStringLiteral(": ") + refused.err));
        }
        QCOMPARE(runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db}).out,
                 historyBefore);
        // A draft revision may go, as on SQLite; behind Vouch's back, audit --verify names it.
        QCOMPARE(psql(name, QStringLiteral("DELETE FROM revisions WHERE number = 3")).exitCode, 0);
        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(audit.exitCode, 1);
        QVERIFY2(audit.err.endsWith(QStringLiteral("names revision 3 of assessment ") + id +
                                    QStringLiteral(", which is gone (deleted behind Vouch's "
                                                   "back)\n")),
                 qPrintable(audit.err));
    }

    // Discarding drafts: the same output and the same library afterwards as on SQLite,
    // and an audit log that verifies.
    void draftDeleteGivesTheSameOutputAsOnSqlite()
    {
        QString name;
        const QString pg = freshLibrary(&name);
        const QString sqlite = file(QStringLiteral("draft-delete.vouchdb"));
        const auto onSqlite = draftDeleteTrip(sqlite, sqlite);
        const auto onPg = draftDeleteTrip(pg, serverOf(name));
        QCOMPARE(onPg.size(), onSqlite.size());
        for (int i = 0; i < onPg.size(); ++i) {
            QCOMPARE(onPg.at(i), onSqlite.at(i));
        }
        QCOMPARE(onPg.mid(0, 6), (QStringList{QStringLiteral("0"), QString(), QString(),
                                              QStringLiteral("0"), QString(), QString()}));
        QCOMPARE(onPg.last(3), (QStringList{QStringLiteral("0"),
                                            QStringLiteral("LIBRARY: audit log intact, 8 entries; "
                                                           "head: entry 8 sha256 HASH\n"),
                                            QString()}));
        QCOMPARE(psql(name,
                      QStringLiteral("SELECT number || ' ' || kind FROM revisions ORDER BY number"),
                      true)
                     .out,
                 QStringLiteral("1 draft\n2 signed\n")); // the gone one has none left
    }

    // A library made by the first PostgreSQL schema (version 8, the text as shipped) holding
    // a draft: read-only openers and a role that does not own the tables are refused in one
    // line and change nothing; two writers opening it at once upgrade it once (the second
    // finds it done under the writers' lock); then it equals a new library, and draft delete
    // works on the draft saved before the upgrade.
    void anOldLibraryIsUpgradedOnceWhenAWriterOpensIt()
    {
        const QString name = freshDatabase();
        const QString db = locationOf(name);
        {
            auto database = vouch::store::Database::connect(db.toStdString());
            QVERIFY2(database, database ? "" : database.error().message.c_str());
            const auto created =
                vouch::store::postgresSchema(*database, vouch::store::PostgresAccess::Create, 8);
            QVERIFY2(created, created ? "" : created.error().message.c_str());
        }
        QCOMPARE(schemaVersion(name), QStringLiteral("version 8"));
        // A draft saved at schema 8 (Vouch 8 did that; this one would upgrade first).
        QCOMPARE(psql(name, QStringLiteral("UPDATE vouch_schema SET version = 10")).exitCode, 0);
        const QString id = vouch::test::newBaselineDraft(db);
        QCOMPARE(psql(name, QStringLiteral("UPDATE vouch_schema SET version = 8")).exitCode, 0);
        const QString oldRules = triggersAndFunctions(name);
        QVERIFY(oldRules.contains(QStringLiteral("revisions_insert_only")));

        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(audit.exitCode, 2);
        QCOMPARE(audit.err, serverOf(name) + QStringLiteral(": needs an upgrade from schema 8 "
                                                            "to 10 but was opened read-only; "
                                                            "nothing was changed (a verb that "
                                                            "writes, as the tables' owner, "
                                                            "upgrades it: vouch library init "
                                                            "--db LOCATION)\n"));
        QCOMPARE(psql(name, QStringLiteral("CREATE ROLE officer LOGIN; GRANT SELECT, INSERT ON "
                                           "ALL TABLES IN SCHEMA public TO officer"))
                     .exitCode,
                 0);
        const auto officer = runVouch(
            {QStringLiteral("list"), QStringLiteral("--db"),
             QStringLiteral("postgresql://officer@127.0.0.1:%1/%2").arg(m_pg.port(), name)});
        QCOMPARE(officer.exitCode, 2);
        QCOMPARE(officer.err, serverOf(name) + QStringLiteral(": needs an upgrade from schema 8 "
                                                              "to 10, but role officer does not "
                                                              "own the library's tables "
                                                              "(vouch_admin does); nothing was "
                                                              "changed (the tables' owner "
                                                              "upgrades it: vouch library init "
                                                              "--db LOCATION)\n"));
        const auto readOnly =
            runVouch({QStringLiteral("list"), QStringLiteral("--db"),
                      db + QStringLiteral("?options=-c%20default_transaction_read_only%3Don")});
        QCOMPARE(readOnly.exitCode, 2);
        QCOMPARE(readOnly.err, serverOf(name) + QStringLiteral(": needs an upgrade from schema 8 "
                                                               "to 10, but the connection is "
                                                               "read-only; nothing was changed "
                                                               "(the tables' owner upgrades it: "
                                                               "vouch library init --db "
                                                               "LOCATION)\n"));
        QCOMPARE(schemaVersion(name), QStringLiteral("version 8"));
        QCOMPARE(triggersAndFunctions(name), oldRules);

        // Both writers are let in together: a session holds the writers' advisory lock until
        // both wait for it, after each has read version 8.
        QProcess holder;
        holder.start(m_pg.bindir() + QStringLiteral("/psql"),
                     {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_pg.port(),
                      QStringLiteral("-U"), m_pg.user(), QStringLiteral("-d"), name});
        QVERIFY(holder.waitForStarted());
        holder.write("SELECT pg_advisory_lock(1448039747);\n"); // "VOUC", Database.cpp
        QTRY_COMPARE_WITH_TIMEOUT(
            psql(name, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = "
                                      "'advisory' AND granted"))
                .out.contains(QStringLiteral(" 1\n")),
            true, 20000);
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(VOUCH_BINARY),
                    {QStringLiteral("draft"), QStringLiteral("update"), id, QStringLiteral("--db"),
                     db, QStringLiteral("--answers"), answersTitled(QStringLiteral("First")),
                     QStringLiteral("--base"), QStringLiteral("1")});
        second.start(
            QStringLiteral(VOUCH_BINARY),
            {QStringLiteral("library"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QTRY_COMPARE_WITH_TIMEOUT(
            psql(name, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                      "application_name = 'vouch' AND wait_event_type = 'Lock'"))
                .out.contains(QStringLiteral(" 2\n")),
            true, 30000);
        holder.write("SELECT pg_advisory_unlock(1448039747);\n\\q\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(20000));
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(second.readAllStandardOutput()),
                 serverOf(name) + QStringLiteral(": library already there (schema 10)\n"));
        QCOMPARE(schemaVersion(name), QStringLiteral("version 10"));

        const QString fresh = freshDatabase();
        QCOMPARE(runVouch({QStringLiteral("library"), QStringLiteral("init"),
                           QStringLiteral("--db"), locationOf(fresh)})
                     .exitCode,
                 0);
        QCOMPARE(triggersAndFunctions(name), triggersAndFunctions(fresh));
        QVERIFY(!triggersAndFunctions(name).contains(QStringLiteral("revisions_insert_only")));

        const auto removed = runVouch(
            {QStringLiteral("draft"), QStringLiteral("delete"), id, QStringLiteral("--db"), db});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(removed.out + removed.err, QString());
        const auto verified = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QStringLiteral("audit log intact, 3 entries")));
        QCOMPARE(psql(name, QStringLiteral("SELECT count(*) FROM assessments"), true).out,
                 QStringLiteral("0\n"));
    }

    void anAdministratorsEditIsNamedByAuditVerify()
    {
        QString name;
        const QString db = freshLibrary(&name);
        const QString id = vouch::test::newBaselineDraft(db);
        QCOMPARE(update(db, id, QStringLiteral("1"), QStringLiteral("Edited")).exitCode, 0);
        QCOMPARE(runVouch({QStringLiteral("audit"), QStringLiteral("--verify"),
                           QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        // A superuser switches the triggers off for the session, then edits.
        const auto edited =
            psql(name, QStringLiteral("SET session_replication_role = replica; "
                                      "UPDATE revisions SET author = 'mallory' WHERE number = 2"));
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        const auto revision = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(revision.exitCode, 1);
        QCOMPARE(revision.err, serverOf(name) + QStringLiteral(": revision 2 of assessment ") + id +
                                   QStringLiteral(" does not match the hash audit entry 2 recorded "
                                                  "(changed behind Vouch's back)\n"));

        QString other;
        const QString db2 = freshLibrary(&other);
        vouch::test::newBaselineDraft(db2);
        const auto entry =
            psql(other, QStringLiteral("SET session_replication_role = replica; "
                                       "UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"));
        QVERIFY2(entry.exitCode == 0, qPrintable(entry.err));
        const auto log = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db2});
        QCOMPARE(log.exitCode, 1);
        QCOMPARE(log.err, serverOf(other) + QStringLiteral(": audit log broken at entry 1: its "
                                                           "contents do not match its hash\n"));
    }

    // verify --db on a server library judges by that library's trust list: a signer
    // trusted there is trusted (exit 0), with the output verify gives on SQLite.
    void verifyTrustsWhomTheServerLibraryTrustsAsOnSqlite()
    {
        QString name;
        const QString pg = freshLibrary(&name);
        const QString sqlite = file(QStringLiteral("trust.vouchdb"));
        const auto onSqlite = trustTrip(sqlite, sqlite, file(QStringLiteral("sqlite-trust")));
        const auto onPg = trustTrip(pg, serverOf(name), file(QStringLiteral("pg-trust")));
        QCOMPARE(onPg.size(), onSqlite.size());
        for (int i = 0; i < onPg.size(); ++i) {
            QCOMPARE(onPg.at(i), onSqlite.at(i));
        }
        const auto verified = onPg.mid(onPg.size() - 3);
        QCOMPARE(verified.at(0), QStringLiteral("0"));
        QVERIFY2(verified.at(1).contains(QStringLiteral("signature 1: valid  Dr. Alice Example")),
                 qPrintable(verified.at(1)));
        QCOMPARE(verified.at(2), QString());
    }

    // Judging a package by a server library that cannot be reached is an error naming
    // the server (exit 2), never "nobody is trusted".
    void verifyWithTheServerDownIsOneLineNamingIt()
    {
        const QString package =
            signedPackage(file(QStringLiteral("down.vouchdb")), file(QStringLiteral("down")));
        const QString down = QStringLiteral("postgresql://vouch:s3cret@127.0.0.1:1/vouch");
        for (const auto& run :
             {runVouch({QStringLiteral("verify"), package, QStringLiteral("--db"), down}),
              runVouch({QStringLiteral("verify"), package, QStringLiteral("--allow-untrusted"),
                        QStringLiteral("--db"), down}),
              runVouch({QStringLiteral("export-pdf"), package, QStringLiteral("--out"),
                        file(QStringLiteral("down/assessment.pdf")), QStringLiteral("--db"),
                        down})}) {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(QStringLiteral("127.0.0.1:1/vouch: cannot connect to the "
                                                       "PostgreSQL server (")),
                     qPrintable(run.err));
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY(!run.err.contains(QStringLiteral("s3cret")));
            QCOMPARE(run.out, QString());
        }
        QVERIFY(!QFile::exists(file(QStringLiteral("down/assessment.pdf"))));
    }

    // The window's Open Package, with no library open, judges by the library at its
    // location: on a server, that library's trust list; a server that cannot be reached is
    // an error naming it, not "nobody is trusted".
    void openingAPackageFileReadsTheServersTrustList()
    {
        const QString db = freshLibrary();
        QCOMPARE(runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                           file(QStringLiteral("alice.key.pub")), QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        const auto package = signedPackage(db, file(QStringLiteral("open-package"))).toStdString();
        const auto opened =
            vouch::services::openPackageFile(package, std::filesystem::path(db.toStdString()));
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        QCOMPARE(opened->report.trust.signers.size(), std::size_t{1});
        QVERIFY(opened->report.trust.signers.front().state == vouch::services::TrustState::Trusted);

        const auto down = vouch::services::openPackageFile(
            package, std::filesystem::path("postgresql://vouch:s3cret@127.0.0.1:1/vouch"));
        QVERIFY(!down);
        QVERIFY2(down.error().message.starts_with(
                     "127.0.0.1:1/vouch: cannot connect to the PostgreSQL server ("),
                 down.error().message.c_str());
        QVERIFY(down.error().message.find("s3cret") == std::string::npos);
    }

    void aServerThatIsDownIsOneLineNamingIt()
    {
        // Port 1 on the loopback: nothing listens there. The password in the location is
        // never shown.
        const auto run = runVouch({QStringLiteral("list"), QStringLiteral("--db"),
                                   QStringLiteral("postgresql://vouch:s3cret@127.0.0.1:1/vouch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("127.0.0.1:1/vouch: cannot connect to the "
                                                   "PostgreSQL server (")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!run.err.contains(QStringLiteral("s3cret")));
        QVERIFY(run.out.isEmpty());

        // A role the server does not know: refused by the server, named the same way.
        const auto unknown = runVouch(
            {QStringLiteral("list"), QStringLiteral("--db"),
             QStringLiteral("postgresql://nobody@127.0.0.1:%1/postgres").arg(m_pg.port())});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(
            unknown.err.startsWith(serverOf(QStringLiteral("postgres")) +
                                   QStringLiteral(": cannot connect to the PostgreSQL server (")),
            qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QStringLiteral("role \"nobody\" does not exist")));
        QCOMPARE(unknown.err.count(QLatin1Char('\n')), 1);
    }

    // Another connection's committed change is heard on the library's channel: a save by
    // the vouch binary, a signature, and a row an administrator inserts with psql (the
    // triggers of schema 10 notify, not Vouch's writer). A change rolled back is not heard.
    void aCommittedChangeIsHeardAndARolledBackOneIsNot()
    {
        QString name;
        const QString db = freshLibrary(&name);
        auto listener = vouch::store::ChangeListener::listen(db.toStdString());
        QVERIFY2(listener, listener ? "" : listener.error().message.c_str());
        QCOMPARE(QString::fromStdString(listener->server()), serverOf(name));
        QVERIFY(!heardWithin(*listener, 300));

        {
            auto other = vouch::store::Database::connect(db.toStdString());
            QVERIFY2(other, other ? "" : other.error().message.c_str());
            auto transaction = vouch::store::Transaction::begin(*other);
            QVERIFY(transaction);
            QVERIFY(other->exec("INSERT INTO trusted_keys VALUES ('k', 'pem', 'Mallory', "
                                "'m@example.org', 'now')"));
            // Goes out of scope uncommitted: rolled back.
        }
        QCOMPARE(psql(name, QStringLiteral("BEGIN; UPDATE assessments SET title = 'x'; "
                                           "DELETE FROM trusted_keys; ROLLBACK"))
                     .exitCode,
                 0);
        QVERIFY2(!heardWithin(*listener, 1000), "a rolled-back change was heard");

        const QString id = vouch::test::newBaselineDraft(db);
        QVERIFY2(heardWithin(*listener, 2000), "a committed save was not heard");
        QVERIFY(!heardWithin(*listener, 300)); // drained: each change is heard once
        QCOMPARE(signAsAlice(db, id).exitCode, 0);
        QVERIFY2(heardWithin(*listener, 2000), "a committed signature was not heard");
        QCOMPARE(psql(name, QStringLiteral("UPDATE assessments SET title = 'Renamed by the "
                                           "administrator'"))
                     .exitCode,
                 0);
        QVERIFY2(heardWithin(*listener, 2000), "an administrator's change was not heard");

        // The server ends the listening session: the next read says so, naming the server.
        QCOMPARE(psql(name, QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                           "pg_stat_activity WHERE query = 'LISTEN "
                                           "vouch_library' AND datname = current_database()"))
                     .exitCode,
                 0);
        // (The server's farewell message may come in one read, the end of the connection in
        // the next.)
        auto lost = listener->drainNotifications();
        for (int reads = 0; lost && reads < 10; ++reads) {
            QVERIFY(waitReadable(*listener, 5000));
            lost = listener->drainNotifications();
        }
        QVERIFY(!lost);
        QVERIFY2(QString::fromStdString(lost.error().message)
                     .startsWith(serverOf(name) + QStringLiteral(": the connection to the "
                                                                 "PostgreSQL server was lost (")),
                 lost.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "TestPostgresCli.moc"
