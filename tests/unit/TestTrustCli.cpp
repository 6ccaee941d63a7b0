// SPDX-License-Identifier: Apache-2.0
// Trust decides, everywhere (issue 13): verify, import, list, show and history judge
// every signature by the library's trust list, and a key that borrows a trusted signer's
// name or e-mail is called out as a look-alike. Each attack runs the real binary.
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

#include <sqlite3.h>

using nlohmann::json;
using vouch::test::Run;
using vouch::test::runVouch;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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

} // namespace

class TestTrustCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    // The officer's library: Alice (assessor) and Bob (approver) are trusted in it, and it
    // holds an assessment signed by Alice.
    QString m_officerDb;
    QString m_id;
    QString m_editRevision;  // the number of the unsigned edit attackerCopy() made
    QString m_signedPackage; // Alice's genuine sign-off, exported from the officer's library
    QString m_aliceKeyId;
    QString m_fakeAliceKeyId;
    QString m_fakeBobKeyId;
    QString m_eveKeyId;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString fresh(const QString& stem, const QString& suffix)
    {
        return file(stem + QString::number(++m_counter) + suffix);
    }

    // Makes KEY.key and KEY.key.pub; returns the key id.
    QString keygen(const QString& key, const QString& name, const QString& role,
                   const QString& email)
    {
        const auto run =
            runVouch({QStringLiteral("keygen"), QStringLiteral("--name"), name,
                      QStringLiteral("--role"), role, QStringLiteral("--email"), email,
                      QStringLiteral("--out"), file(key + QStringLiteral(".key")),
                      QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))});
        if (run.exitCode != 0) {
            qFatal("keygen failed: %s", qPrintable(run.err));
        }
        const auto line = run.out.section(QStringLiteral("key id:"), 1).trimmed();
        return line.section(QLatin1Char('\n'), 0, 0).trimmed();
    }

    Run sign(const QString& key, const QString& role, const QStringList& target)
    {
        return runVouch(QStringList{QStringLiteral("sign"), QStringLiteral("--key"),
                                    file(key + QStringLiteral(".key")), QStringLiteral("--role"),
                                    role, QStringLiteral("--passphrase-file"),
                                    file(QStringLiteral("pass"))} +
                        target);
    }

    QString mustRun(const QStringList& arguments)
    {
        const auto run = runVouch(arguments);
        if (run.exitCode != 0) {
            qFatal("%s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                   qPrintable(run.err));
        }
        return run.out;
    }

    void trust(const QString& key, const QString& db)
    {
        mustRun({QStringLiteral("trust"), QStringLiteral("add"),
                 file(key + QStringLiteral(".key.pub")), QStringLiteral("--db"), db});
    }

    // Answers with another title: the same assessment, different contents.
    QString changedAnswers()
    {
        auto document = vouch::test::readJson(vouch::test::baselineAnswersArgument().toStdString());
        document["meta"]["title"] = "Changed by someone else";
        const QString path = fresh(QStringLiteral("answers"), QStringLiteral(".json"));
        writeFile(path, QByteArray::fromStdString(document.dump()));
        return path;
    }

    // What a script would compare to see that the library did not change.
    QString snapshot(const QString& db)
    {
        return runVouch({QStringLiteral("history"), m_id, QStringLiteral("--json"),
                         QStringLiteral("--db"), db})
                   .out +
               runVouch(
                   {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db})
                   .out;
    }

    int revisionCount(const QString& db)
    {
        const auto history = runVouch({QStringLiteral("history"), m_id, QStringLiteral("--json"),
                                       QStringLiteral("--db"), db});
        return static_cast<int>(json::parse(history.out.toStdString()).size());
    }

    // An attacker's library that holds the officer's assessment: the place where an edit
    // of it is made and exported.
    QString attackerCopy()
    {
        const QString db = fresh(QStringLiteral("attacker"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        mustRun({QStringLiteral("import"), m_signedPackage, QStringLiteral("--db"), db});
        // "revision N": the unsigned edit, which export leaves out unless asked for.
        m_editRevision =
            mustRun({QStringLiteral("draft"), QStringLiteral("update"), m_id,
                     QStringLiteral("--answers"), changedAnswers(), QStringLiteral("--db"), db})
                .trimmed()
                .section(QLatin1Char(' '), 1);
        return db;
    }

    // The latest signed revision, or `revision` when given.
    QString exportFrom(const QString& db, const QString& revision = {})
    {
        const QString out = fresh(QStringLiteral("export"), QStringLiteral(".vouch"));
        QStringList arguments{QStringLiteral("export"), m_id, QStringLiteral("--out"), out,
                              QStringLiteral("--db"),   db};
        if (!revision.isEmpty()) {
            arguments << QStringLiteral("--revision") << revision;
        }
        mustRun(arguments);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(file(QStringLiteral("pass")), "a long enough passphrase\n");
        m_aliceKeyId =
            keygen(QStringLiteral("alice"), QStringLiteral("Dr. Alice Example"),
                   QStringLiteral("Chief Compliance Officer"), QStringLiteral("alice@example.org"));
        keygen(QStringLiteral("bob"), QStringLiteral("Bob Approver"), QStringLiteral("CISO"),
               QStringLiteral("bob@example.org"));
        // Look-alikes: the same name, role and e-mail, another key.
        m_fakeAliceKeyId =
            keygen(QStringLiteral("fake-alice"), QStringLiteral("Dr. Alice Example"),
                   QStringLiteral("Chief Compliance Officer"), QStringLiteral("alice@example.org"));
        m_fakeBobKeyId = keygen(QStringLiteral("fake-bob"), QStringLiteral("Bob Approver"),
                                QStringLiteral("CISO"), QStringLiteral("bob@example.org"));
        m_eveKeyId = keygen(QStringLiteral("eve"), QStringLiteral("Eve Stranger"),
                            QStringLiteral("Consultant"), QStringLiteral("eve@example.net"));
        QCOMPARE(m_aliceKeyId.size(), 64);
        QVERIFY(m_aliceKeyId != m_fakeAliceKeyId);

        m_officerDb = file(QStringLiteral("officer.vouchdb"));
        trust(QStringLiteral("alice"), m_officerDb);
        trust(QStringLiteral("bob"), m_officerDb);
        const auto draft = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), m_officerDb,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        QCOMPARE(draft.exitCode, 0);
        m_id = draft.out.trimmed();
        const auto signedRun = sign(QStringLiteral("alice"), QStringLiteral("assessor"),
                                    {QStringLiteral("--db"), m_officerDb, m_id});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
        m_signedPackage = exportFrom(m_officerDb);
    }

    // verify: 0 only when every signature is valid and trusted.
    void verifyExitsOneForAnUntrustedSigner()
    {
        // A library that trusts Bob, not Alice.
        const QString empty = fresh(QStringLiteral("bob-only"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("bob"), empty);
        const auto run =
            runVouch({QStringLiteral("verify"), m_signedPackage, QStringLiteral("--db"), empty});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(
                     QStringLiteral("signature 1: valid-untrusted  Dr. Alice Example (assessor)")),
                 qPrintable(run.out));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(m_signedPackage + QStringLiteral(": signature 1 by Dr. Alice "
                                                                   "Example <alice@example.org>")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("key ") + m_aliceKeyId), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not trusted")), qPrintable(run.err));

        // Accepted knowingly: exit 0, and the output still says untrusted.
        const auto allowed =
            runVouch({QStringLiteral("verify"), m_signedPackage,
                      QStringLiteral("--allow-untrusted"), QStringLiteral("--db"), empty});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(allowed.out.contains(QStringLiteral("signature 1: valid-untrusted")));
        QVERIFY2(allowed.err.contains(QStringLiteral("accepted with --allow-untrusted")),
                 qPrintable(allowed.err));

        // Trusted: exit 0, nothing on stderr; --require-trusted (now the default) still works.
        for (const QStringList& extra :
             {QStringList{}, QStringList{QStringLiteral("--require-trusted")}}) {
            const auto trusted = runVouch(QStringList{QStringLiteral("verify"), m_signedPackage,
                                                      QStringLiteral("--db"), m_officerDb} +
                                          extra);
            QCOMPARE(trusted.exitCode, 0);
            QVERIFY(trusted.out.contains(QStringLiteral("signature 1: valid  Dr. Alice Example")));
            QCOMPARE(trusted.err, QString());
        }
        // The two flags contradict each other.
        const auto both = runVouch(
            {QStringLiteral("verify"), m_signedPackage, QStringLiteral("--allow-untrusted"),
             QStringLiteral("--require-trusted"), QStringLiteral("--db"), m_officerDb});
        QCOMPARE(both.exitCode, 2);
    }

    // Issue 13 case 1: a key made with the officer's name, role and e-mail signs changed
    // answers. verify and import call it a look-alike; the library does not change.
    void lookAlikeKeyIsNotTheOfficer()
    {
        const QString attacker = attackerCopy();
        const auto signedRun = sign(QStringLiteral("fake-alice"), QStringLiteral("assessor"),
                                    {QStringLiteral("--db"), attacker, m_id});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
        const QString forged = exportFrom(attacker);

        const auto verified =
            runVouch({QStringLiteral("verify"), forged, QStringLiteral("--db"), m_officerDb});
        QCOMPARE(verified.exitCode, 1);
        const QString lookAlike = QStringLiteral("claims to be Dr. Alice Example "
                                                 "<alice@example.org> but key ") +
                                  m_fakeAliceKeyId +
                                  QStringLiteral(" is not Dr. Alice Example's trusted key");
        QVERIFY2(verified.out.contains(lookAlike), qPrintable(verified.out));
        QVERIFY2(verified.err.contains(lookAlike), qPrintable(verified.err));
        QCOMPARE(verified.err.count(QLatin1Char('\n')), 1);
        // --allow-untrusted accepts strangers, never someone posing as a trusted signer.
        const auto allowed =
            runVouch({QStringLiteral("verify"), forged, QStringLiteral("--allow-untrusted"),
                      QStringLiteral("--db"), m_officerDb});
        QCOMPARE(allowed.exitCode, 1);
        QVERIFY2(allowed.err.contains(lookAlike), qPrintable(allowed.err));

        const auto before = snapshot(m_officerDb);
        const auto imported =
            runVouch({QStringLiteral("import"), forged, QStringLiteral("--db"), m_officerDb});
        QCOMPARE(imported.exitCode, 2);
        QCOMPARE(imported.out, QString());
        QCOMPARE(imported.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(imported.err.startsWith(forged + QStringLiteral(": ")), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(lookAlike), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("not imported")), qPrintable(imported.err));
        QCOMPARE(snapshot(m_officerDb), before);
        QCOMPARE(revisionCount(m_officerDb), 2); // the draft and Alice's signed revision
    }

    // Look-alikes in other scripts and compatibility forms: a Cyrillic "А" or "а" for the
    // Latin letter, a fullwidth "Ｄｒ", are the same name to a reader (UTS #39 skeletons
    // after NFKC).
    void confusableNameOrEmailIsALookAlike_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::newRow("Cyrillic A in the name")
            << QStringLiteral("Dr. \u0410lice Example") << QStringLiteral("mallory@example.net");
        QTest::newRow("Cyrillic a in the e-mail")
            << QStringLiteral("Mallory") << QStringLiteral("\u0430lice@example.org");
        QTest::newRow("fullwidth Dr")
            << QStringLiteral("\uFF24\uFF52. Alice Example") << QStringLiteral("m@example.net");
        QTest::newRow("Greek omicron in Bob")
            << QStringLiteral("B\u03BFb Approver") << QStringLiteral("m@example.net");
    }

    void confusableNameOrEmailIsALookAlike()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        const QString stem = QStringLiteral("confusable%1").arg(++m_counter);
        const auto keyId = keygen(stem, name, QStringLiteral("Assessor"), email);
        const QString attacker = attackerCopy();
        const auto signedRun =
            sign(stem, QStringLiteral("assessor"), {QStringLiteral("--db"), attacker, m_id});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
        const QString forged = exportFrom(attacker);
        const auto verified =
            runVouch({QStringLiteral("verify"), forged, QStringLiteral("--allow-untrusted"),
                      QStringLiteral("--db"), m_officerDb});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(
            verified.err.contains(QStringLiteral("but key ") + keyId + QStringLiteral(" is not ")),
            qPrintable(verified.err));
    }

    // Issue 13 case 2: an untrusted "approver" appended to the genuine assessor-signed
    // package is refused, and the genuine approval still imports afterwards.
    void fakeApproverDoesNotTakeTheApprovalSlot()
    {
        const QString db = fresh(QStringLiteral("receiver"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        trust(QStringLiteral("bob"), db);
        mustRun({QStringLiteral("import"), m_signedPackage, QStringLiteral("--db"), db});

        for (const auto& [key, keyId, words] :
             {std::tuple{QStringLiteral("fake-bob"), m_fakeBobKeyId,
                         QStringLiteral("claims to be Bob Approver <bob@example.org> but key ") +
                             m_fakeBobKeyId + QStringLiteral(" is not Bob Approver's trusted key")},
              std::tuple{QStringLiteral("eve"), m_eveKeyId,
                         QStringLiteral("signature 2 by Eve Stranger <eve@example.net> "
                                        "(approver), key ") +
                             m_eveKeyId + QStringLiteral(", is not trusted")}}) {
            const QString fake = fresh(QStringLiteral("fake-approval"), QStringLiteral(".vouch"));
            QVERIFY(QFile::copy(m_signedPackage, fake));
            const auto signedRun = sign(key, QStringLiteral("approver"), {fake});
            QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
            const auto before = snapshot(db);
            const auto imported =
                runVouch({QStringLiteral("import"), fake, QStringLiteral("--db"), db});
            QCOMPARE(imported.exitCode, 2);
            QVERIFY2(imported.err.contains(words), qPrintable(imported.err));
            QVERIFY2(imported.err.contains(keyId), qPrintable(imported.err));
            QVERIFY(!imported.out.contains(QStringLiteral("added")));
            QCOMPARE(snapshot(db), before);
        }

        const QString genuine = fresh(QStringLiteral("approval"), QStringLiteral(".vouch"));
        QVERIFY(QFile::copy(m_signedPackage, genuine));
        const auto approved = sign(QStringLiteral("bob"), QStringLiteral("approver"), {genuine});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const auto imported =
            runVouch({QStringLiteral("import"), genuine, QStringLiteral("--db"), db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("added 1 signature(s)")),
                 qPrintable(imported.out));
    }

    // A genuine trusted signature is never blocked by an untrusted one: an approver
    // signature by a key this library does not trust, stored on Alice's revision (signed
    // right in the library), does not keep Bob's genuine approval out. It is stored as a
    // new revision on top; the untrusted one stays in the history, marked untrusted. A
    // differing signature that *is* trusted still refuses the import.
    void untrustedStoredSignatureDoesNotBlockTheGenuineOne()
    {
        const QString genuine = fresh(QStringLiteral("approval"), QStringLiteral(".vouch"));
        QVERIFY(QFile::copy(m_signedPackage, genuine));
        QVERIFY(sign(QStringLiteral("bob"), QStringLiteral("approver"), {genuine}).exitCode == 0);
        for (const bool eveTrusted : {false, true}) {
            const QString db = fresh(QStringLiteral("blocked"), QStringLiteral(".vouchdb"));
            trust(QStringLiteral("alice"), db);
            trust(QStringLiteral("bob"), db);
            if (eveTrusted) {
                trust(QStringLiteral("eve"), db);
            }
            mustRun({QStringLiteral("import"), m_signedPackage, QStringLiteral("--db"), db});
            const auto eve = sign(QStringLiteral("eve"), QStringLiteral("approver"),
                                  {QStringLiteral("--db"), db, m_id});
            QVERIFY2(eve.exitCode == 0, qPrintable(eve.err));
            const auto imported =
                runVouch({QStringLiteral("import"), genuine, QStringLiteral("--db"), db});
            if (eveTrusted) {
                QCOMPARE(imported.exitCode, 2);
                QVERIFY2(imported.err.contains(QStringLiteral("has different signatures")),
                         qPrintable(imported.err));
                continue;
            }
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QCOMPARE(imported.out, m_id + QStringLiteral(": imported as revision 2 with 2 "
                                                         "signature(s) (revision 2)\n"));
            QVERIFY2(imported.err.contains(QStringLiteral(
                         "revision 1 holds the same assessment with signatures not trusted here; "
                         "this trusted sign-off was stored on top of it as revision 2")),
                     qPrintable(imported.err));
            const auto history =
                runVouch({QStringLiteral("history"), m_id, QStringLiteral("--db"), db});
            QVERIFY2(history.out.contains(QStringLiteral("1    signed  untrusted")),
                     qPrintable(history.out));
            QVERIFY2(history.out.contains(QStringLiteral("2    signed  trusted")),
                     qPrintable(history.out));
            QCOMPARE(runVouch({QStringLiteral("audit"), QStringLiteral("--verify"),
                               QStringLiteral("--db"), db})
                         .exitCode,
                     0);
        }
    }

    // A package that is not accepted (untrusted, look-alike, unsigned) can be imported
    // knowingly as a received copy: its own id, marked in list and show, never a
    // revision of the officer's assessment, never changed or signed.
    void receivedCopyIsKeptApart()
    {
        const QString attacker = attackerCopy();
        QVERIFY(sign(QStringLiteral("fake-alice"), QStringLiteral("assessor"),
                     {QStringLiteral("--db"), attacker, m_id})
                    .exitCode == 0);
        const QString forged = exportFrom(attacker);
        const QString db = fresh(QStringLiteral("copies"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        mustRun({QStringLiteral("import"), m_signedPackage, QStringLiteral("--db"), db});
        const auto before = runVouch({QStringLiteral("history"), m_id, QStringLiteral("--json"),
                                      QStringLiteral("--db"), db})
                                .out;
        const auto copied =
            runVouch({QStringLiteral("import"), forged, QStringLiteral("--as-received-copy"),
                      QStringLiteral("--db"), db});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(
            copied.out.endsWith(QStringLiteral(": imported as a received copy of assessment ") +
                                m_id + QLatin1Char('\n')),
            qPrintable(copied.out));
        QVERIFY2(copied.err.contains(QStringLiteral("its signatures: look-alike")),
                 qPrintable(copied.err));
        const QString copyId = copied.out.section(QLatin1Char(':'), 0, 0);
        QVERIFY(copyId != m_id);
        // The officer's assessment did not move.
        QCOMPARE(runVouch({QStringLiteral("history"), m_id, QStringLiteral("--json"),
                           QStringLiteral("--db"), db})
                     .out,
                 before);
        const auto list = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY2(list.out.contains(QStringLiteral("received copy of ") + m_id),
                 qPrintable(list.out));
        const auto shown =
            json::parse(runVouch({QStringLiteral("show"), copyId, QStringLiteral("--db"), db})
                            .out.toStdString());
        VOUCH_COMPARE_JSON(shown["assessment"]["received_copy_of"], m_id.toStdString());
        VOUCH_COMPARE_JSON(shown["assessment"]["trust"], "look-alike");
        // Again: nothing new.
        const auto again =
            runVouch({QStringLiteral("import"), forged, QStringLiteral("--as-received-copy"),
                      QStringLiteral("--db"), db});
        QCOMPARE(again.out, copyId +
                                QStringLiteral(": already in the library as a received copy "
                                               "of assessment ") +
                                m_id + QLatin1Char('\n'));
        // Never signed or changed.
        const auto signedCopy = sign(QStringLiteral("alice"), QStringLiteral("approver"),
                                     {QStringLiteral("--db"), db, copyId});
        QVERIFY(signedCopy.exitCode != 0);
        QVERIFY2(signedCopy.err.contains(QStringLiteral("is a received copy and cannot be signed")),
                 qPrintable(signedCopy.err));
        QCOMPARE(runVouch({QStringLiteral("audit"), QStringLiteral("--verify"),
                           QStringLiteral("--db"), db})
                     .exitCode,
                 0);
    }

    // Issue 13 case 3: an unsigned edit of a signed assessment does not land on top of it,
    // and import never says "nothing changed" when it refuses.
    void unsignedEditIsRefused()
    {
        const QString attacker = attackerCopy();
        const QString edit = exportFrom(attacker, m_editRevision);
        const auto before = snapshot(m_officerDb);
        const int revisions = revisionCount(m_officerDb);
        const auto imported =
            runVouch({QStringLiteral("import"), edit, QStringLiteral("--db"), m_officerDb});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY(!imported.out.contains(QStringLiteral("nothing changed")));
        QCOMPARE(imported.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(imported.err.startsWith(edit + QStringLiteral(": the package is unsigned")),
                 qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("not imported")), qPrintable(imported.err));
        QCOMPARE(snapshot(m_officerDb), before);
        QCOMPARE(revisionCount(m_officerDb), revisions);
        const auto list = json::parse(runVouch({QStringLiteral("list"), QStringLiteral("--json"),
                                                QStringLiteral("--db"), m_officerDb})
                                          .out.toStdString());
        VOUCH_COMPARE_JSON(list["assessments"][0]["status"], "signed");
    }

    // A signed package that adds a revision says so, not "nothing changed".
    void importOfANewSignedRevisionSaysSo()
    {
        const QString db = fresh(QStringLiteral("receiver"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        mustRun({QStringLiteral("import"), m_signedPackage, QStringLiteral("--db"), db});
        const QString attacker = attackerCopy();
        QCOMPARE(sign(QStringLiteral("alice"), QStringLiteral("assessor"),
                      {QStringLiteral("--db"), attacker, m_id})
                     .exitCode,
                 0);
        const auto imported =
            runVouch({QStringLiteral("import"), exportFrom(attacker), QStringLiteral("--db"), db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(!imported.out.contains(QStringLiteral("nothing changed")),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("imported as revision 2")),
                 qPrintable(imported.out));
    }

    // list, show and history say how far each signed revision is trusted.
    void listShowHistoryShowTrust()
    {
        const QString db = fresh(QStringLiteral("states"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        const auto draft = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        QCOMPARE(draft.exitCode, 0);
        const QString id = draft.out.trimmed();
        // Signed in this library with the look-alike key.
        QCOMPARE(sign(QStringLiteral("fake-alice"), QStringLiteral("assessor"),
                      {QStringLiteral("--db"), db, id})
                     .exitCode,
                 0);
        const auto list = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("TRUST")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("signed      look-alike")), qPrintable(list.out));
        auto listJson = json::parse(
            runVouch({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db})
                .out.toStdString());
        VOUCH_COMPARE_JSON(listJson["assessments"][0]["trust"], "look-alike");

        const auto show = runVouch({QStringLiteral("show"), id, QStringLiteral("--db"), db});
        QCOMPARE(show.exitCode, 0);
        const auto shown = json::parse(show.out.toStdString());
        VOUCH_COMPARE_JSON(shown["assessment"]["trust"], "look-alike");
        VOUCH_COMPARE_JSON(shown["revision"]["trust"], "look-alike");
        VOUCH_COMPARE_JSON(shown["revision"]["signatures"][0]["trust"], "look-alike");
        VOUCH_COMPARE_JSON(shown["revision"]["signatures"][0]["key_id"],
                           m_fakeAliceKeyId.toStdString());
        VOUCH_COMPARE_JSON(shown["revision"]["signatures"][0]["signer"], "Dr. Alice Example");

        const auto history = runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out.contains(QStringLiteral("signed  look-alike")),
                 qPrintable(history.out));
        QVERIFY2(history.out.contains(QStringLiteral("claims to be Dr. Alice Example")),
                 qPrintable(history.out));
        const auto historyJson =
            json::parse(runVouch({QStringLiteral("history"), id, QStringLiteral("--json"),
                                  QStringLiteral("--db"), db})
                            .out.toStdString());
        VOUCH_COMPARE_JSON(historyJson[0]["trust"], nullptr); // the draft
        VOUCH_COMPARE_JSON(historyJson[1]["trust"], "look-alike");
        VOUCH_COMPARE_JSON(historyJson[1]["signatures"][0]["trust"], "look-alike");

        // Trusting the key changes the verdict everywhere; distrusting a stranger's key
        // makes it plainly untrusted.
        trust(QStringLiteral("fake-alice"), db);
        listJson = json::parse(
            runVouch({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db})
                .out.toStdString());
        VOUCH_COMPARE_JSON(listJson["assessments"][0]["trust"], "trusted");
        mustRun({QStringLiteral("trust"), QStringLiteral("remove"), m_fakeAliceKeyId,
                 QStringLiteral("--db"), db});
        mustRun({QStringLiteral("trust"), QStringLiteral("remove"), m_aliceKeyId,
                 QStringLiteral("--db"), db});
        const auto untrusted =
            runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db});
        QVERIFY2(untrusted.out.contains(QStringLiteral("signed  untrusted")),
                 qPrintable(untrusted.out));
        // Drafts have no trust state.
        VOUCH_COMPARE_JSON(
            json::parse(runVouch({QStringLiteral("show"), id, QStringLiteral("--revision"),
                                  QStringLiteral("1"), QStringLiteral("--db"), db})
                            .out.toStdString())["revision"]["trust"],
            nullptr);
        QVERIFY(readFile(db).size() > 0);
    }

    // Issue 15 item 3: a new draft on top of a sign-off does not make the assessment
    // look never signed; list and show name the signed revision that decides.
    void aDraftOnASignOffListsTheDecisionInForce()
    {
        const QString db = fresh(QStringLiteral("in-force"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        trust(QStringLiteral("bob"), db);
        const QString id =
            mustRun({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
                     QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
                     QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()})
                .trimmed();
        for (const auto& [key, role] : {std::pair{"alice", "assessor"}, {"bob", "approver"}}) {
            QCOMPARE(sign(QString::fromLatin1(key), QString::fromLatin1(role),
                          {QStringLiteral("--db"), db, id})
                         .exitCode,
                     0);
        }
        mustRun({QStringLiteral("draft"), QStringLiteral("update"), id, QStringLiteral("--answers"),
                 changedAnswers(), QStringLiteral("--db"), db});

        const auto list = mustRun({QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY2(list.contains(QStringLiteral("IN FORCE")), qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("draft       trusted     rev 2 (assessor+approver)")),
                 qPrintable(list));
        const auto listed = json::parse(
            mustRun({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db})
                .toStdString())["assessments"][0];
        VOUCH_COMPARE_JSON(listed["status"], "draft");
        VOUCH_COMPARE_JSON(listed["trust"], nullptr); // the current revision is the draft
        VOUCH_COMPARE_JSON(listed["in_force"]["revision"], 2);
        VOUCH_COMPARE_JSON(listed["in_force"]["draft_revision"], 3);
        VOUCH_COMPARE_JSON(listed["in_force"]["trust"], "trusted");
        VOUCH_COMPARE_JSON(listed["in_force"]["roles"], json::array({"assessor", "approver"}));
        VOUCH_COMPARE_JSON(listed["in_force"]["summary"],
                           "Signed rev. 2 (assessor and approver) \u00b7 draft rev. 3 in progress");
        VOUCH_COMPARE_JSON(listed["in_force"]["signatures"][1]["signer"], "Bob Approver");

        const auto shown = json::parse(
            mustRun({QStringLiteral("show"), id, QStringLiteral("--db"), db}).toStdString());
        VOUCH_COMPARE_JSON(shown["assessment"]["in_force"]["revision"], 2);
        VOUCH_COMPARE_JSON(shown["revision"]["number"], 3);

        // Never signed: in_force is null and the column says "-".
        const QString other = fresh(QStringLiteral("never"), QStringLiteral(".vouchdb"));
        mustRun({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), other,
                 QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
                 QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        VOUCH_COMPARE_JSON(json::parse(mustRun({QStringLiteral("list"), QStringLiteral("--json"),
                                                QStringLiteral("--db"), other})
                                           .toStdString())["assessments"][0]["in_force"],
                           nullptr);
    }

    // Issue 13 case 4: a trusted key added or removed with sqlite3, not through Vouch,
    // has no audit entry; audit --verify replays trust and distrust and catches it.
    void trustListChangedBehindVouchsBackIsCaught()
    {
        const QString db = fresh(QStringLiteral("audited"), QStringLiteral(".vouchdb"));
        trust(QStringLiteral("alice"), db);
        trust(QStringLiteral("bob"), db);
        mustRun({QStringLiteral("trust"), QStringLiteral("remove"), m_aliceKeyId,
                 QStringLiteral("--db"), db});
        trust(QStringLiteral("alice"), db);
        const auto intact = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));

        const auto pub = readFile(file(QStringLiteral("fake-alice.key.pub")));
        const auto pem = pub.mid(pub.indexOf("-----BEGIN"));
        sql(db, "INSERT INTO trusted_keys(key_id, public_key, name, email, added_at) VALUES ('" +
                    m_fakeAliceKeyId.toUtf8() + "', '" + pem +
                    "', 'Dr. Alice Example', 'alice@example.org', '2026-11-22T00:00:00Z')");
        const auto inserted = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(inserted.exitCode, 1);
        QCOMPARE(inserted.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(inserted.err.contains(QStringLiteral("key ") + m_fakeAliceKeyId +
                                       QStringLiteral(" (Dr. Alice Example <alice@example.org>) is "
                                                      "in the trust list, but no audit entry "
                                                      "trusted it")),
                 qPrintable(inserted.err));

        sql(db, "DELETE FROM trusted_keys WHERE key_id = '" + m_fakeAliceKeyId.toUtf8() + "'");
        QCOMPARE(runVouch({QStringLiteral("audit"), QStringLiteral("--verify"),
                           QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        sql(db, "DELETE FROM trusted_keys WHERE name = 'Bob Approver'");
        const auto removed = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QCOMPARE(removed.exitCode, 1);
        QVERIFY2(removed.err.contains(QStringLiteral("is trusted by audit entry")),
                 qPrintable(removed.err));
        QVERIFY2(removed.err.contains(QStringLiteral("but is not in the trust list")),
                 qPrintable(removed.err));
    }
};

QTEST_GUILESS_MAIN(TestTrustCli)
#include "TestTrustCli.moc"
