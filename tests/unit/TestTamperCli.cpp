// SPDX-License-Identifier: Apache-2.0
// A library that shows tampering (issue 13, item 5): every revision and signature row is
// named with its hash by an audit entry, `audit --verify` checks both directions, and a
// signature binds the log's head so that a log rolled back after it shows to whoever
// holds the package. Each attack is made with SQLite behind Vouch's back and checked with
// the real binary.
#include "CliFiles.h"
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

using vouch::test::Run;
using vouch::test::runVouch;

namespace {

// What someone with write access does behind Vouch's back.
void sql(const QString& db, const QByteArray& statement)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open(db.toUtf8().constData(), &handle) != SQLITE_OK) {
        qFatal("cannot open %s", qPrintable(db));
    }
    char* error = nullptr;
    if (sqlite3_exec(handle, statement.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        qFatal("%s", error);
    }
    sqlite3_close(handle);
}

// Removes the triggers that keep Vouch's own writes honest: an attacker drops them first.
constexpr const char* kDropGuards =
    "DROP TRIGGER revisions_immutable; DROP TRIGGER revisions_signed_kept; "
    "DROP TRIGGER signatures_immutable; DROP TRIGGER signatures_kept; "
    "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

} // namespace

class TestTamperCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_key;
    QString m_passphrase;
    // A library per test: Alice trusted (entry 1), a draft (revision 1, entry 2), signed
    // by Alice (revision 2 with signature 1, entry 3), then edited (revision 3, entry 4).
    QString m_db;
    QString m_id;
    QString m_package; // revision 2 as exported after signing

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString mustRun(const QStringList& arguments)
    {
        const auto run = runVouch(arguments);
        if (run.exitCode != 0) {
            qFatal("%s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                   qPrintable(run.err));
        }
        return run.out;
    }

    Run audit() const
    {
        return runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), m_db});
    }

    // audit --verify fails with one line naming `what`.
    void expectCaught(const QString& what) const
    {
        const auto run = audit();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.startsWith(m_db + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(what), qPrintable(run.err));
    }

    QString revision(int number) const
    {
        return QStringLiteral("revision %1 of assessment %2").arg(number).arg(m_id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = file(QStringLiteral("alice.key"));
        m_passphrase = file(QStringLiteral("pass"));
        vouch::test::makeAliceKey(m_key, m_passphrase);
    }

    void init()
    {
        m_db = file(QStringLiteral("library%1.vouchdb").arg(++m_counter));
        mustRun({QStringLiteral("trust"), QStringLiteral("add"), m_key + QStringLiteral(".pub"),
                 QStringLiteral("--db"), m_db});
        m_id = vouch::test::newBaselineDraft(m_db);
        mustRun({QStringLiteral("sign"), QStringLiteral("--key"), m_key, QStringLiteral("--role"),
                 QStringLiteral("assessor"), QStringLiteral("--passphrase-file"), m_passphrase,
                 m_id, QStringLiteral("--db"), m_db});
        m_package = file(QStringLiteral("signed%1.vouch").arg(m_counter));
        mustRun({QStringLiteral("export"), m_id, QStringLiteral("--out"), m_package,
                 QStringLiteral("--db"), m_db});
        mustRun({QStringLiteral("draft"), QStringLiteral("update"), m_id, QStringLiteral("--db"),
                 m_db, QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        const auto intact = audit();
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    }

    void intactLibraryPrintsItsHead()
    {
        // trust, create, sign, the signed PDF sign-off, export, save
        const auto run = audit();
        QCOMPARE(run.exitCode, 0);
        const QRegularExpression line(QStringLiteral(
            "^.*: audit log intact, 6 entries; head: entry 6 sha256 [0-9a-f]{64}\\n$"));
        QVERIFY2(line.match(run.out).hasMatch(), qPrintable(run.out));
    }

    void deletedDraftRevisionIsNamed()
    {
        sql(m_db, "DELETE FROM revisions WHERE number = 3");
        expectCaught(QStringLiteral("audit entry 6 names ") + revision(3) +
                     QStringLiteral(", which is gone (deleted behind Vouch's back)"));
    }

    void deletedSignedRevisionWithItsSignaturesIsNamed()
    {
        sql(m_db, QByteArray(kDropGuards) +
                      "DELETE FROM revisions WHERE number = 3; DELETE FROM signatures; "
                      "DELETE FROM revisions WHERE number = 2; "
                      "UPDATE assessments SET current_revision = 1, status = 'draft';");
        expectCaught(QStringLiteral("audit entry 3 names ") + revision(2) +
                     QStringLiteral(", which is gone"));
    }

    void deletedSignatureIsNamed()
    {
        sql(m_db, QByteArray(kDropGuards) + "DELETE FROM signatures;");
        expectCaught(QStringLiteral("audit entry 3 names signature 1 on ") + revision(2) +
                     QStringLiteral(", which is gone"));
    }

    void editedRevisionPayloadIsNamed()
    {
        sql(m_db, QByteArray(kDropGuards) +
                      "UPDATE revisions SET payload = CAST(replace(CAST(payload AS TEXT), "
                      "'\"answers\"', '\"answers\" ') AS BLOB) WHERE number = 1;");
        expectCaught(revision(1) + QStringLiteral(" does not match the hash audit entry 2 recorded "
                                                  "(changed behind Vouch's back)"));
    }

    void editedRevisionAuthorIsNamed()
    {
        sql(m_db,
            QByteArray(kDropGuards) + "UPDATE revisions SET author = 'mallory' WHERE number = 2;");
        expectCaught(revision(2) + QStringLiteral(" does not match the hash audit entry 3"));
    }

    void insertedRevisionIsNamed()
    {
        sql(m_db, "INSERT INTO revisions SELECT assessment_id, 4, kind, payload, sha256, "
                  "parent_sha256, questionnaire_sha256, 'mallory', created_at FROM revisions "
                  "WHERE number = 3");
        expectCaught(revision(4) +
                     QStringLiteral(" has no audit entry (added behind Vouch's back)"));
    }

    void truncatedLastEntriesAreCaught()
    {
        sql(m_db, QByteArray(kDropGuards) + "DELETE FROM audit_log WHERE seq >= 4;");
        expectCaught(revision(3) + QStringLiteral(" has no audit entry"));
    }

    // A log rolled back together with the rows it named is consistent in itself; the
    // signature's bound head shows it to anyone holding the package.
    void logRolledBackAfterASignatureIsCaughtByThePackage()
    {
        sql(m_db, QByteArray(kDropGuards) +
                      "DELETE FROM audit_log WHERE seq >= 3; DELETE FROM signatures; "
                      "DELETE FROM revisions WHERE number >= 2; "
                      "UPDATE assessments SET current_revision = 1, status = 'draft', "
                      "signer = NULL;");
        const auto verify =
            runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QStringLiteral("signature 1 (Dr. Alice Example, key ")),
                 qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QStringLiteral("audit log ended at entry 2")),
                 qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QStringLiteral("no longer holds the signature")),
                 qPrintable(verify.err));
        const auto import =
            runVouch({QStringLiteral("import"), m_package, QStringLiteral("--db"), m_db});
        QCOMPARE(import.exitCode, 2); // import refuses with 2, like any package it does not take
        QVERIFY2(import.err.contains(QStringLiteral("no longer holds the signature")),
                 qPrintable(import.err));
    }

    void logTruncatedBeforeASignaturesHeadIsCaughtByThePackage()
    {
        sql(m_db, QByteArray(kDropGuards) +
                      "DELETE FROM audit_log WHERE seq >= 2; DELETE FROM signatures; "
                      "DELETE FROM revisions; DELETE FROM assessments;");
        const auto verify =
            runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QStringLiteral("the log no longer has that entry: it was "
                                                    "truncated after the signature")),
                 qPrintable(verify.err));
    }

    void logRewrittenAfterASignaturesHeadIsCaught()
    {
        // Entry 2 rewritten (and every later link re-hashed would be needed too; the
        // bound hash alone already differs).
        sql(m_db, QByteArray(kDropGuards) + "UPDATE audit_log SET sha256 = '" +
                      QByteArray(64, 'a') + "' WHERE seq = 2;");
        const auto verify =
            runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QStringLiteral("that entry now has a different hash")),
                 qPrintable(verify.err));
        expectCaught(QStringLiteral("audit log broken at entry"));
    }

    void untouchedPackageStillVerifiesAgainstItsLibrary()
    {
        const auto verify =
            runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    }
};

QTEST_GUILESS_MAIN(TestTamperCli)
#include "TestTamperCli.moc"
