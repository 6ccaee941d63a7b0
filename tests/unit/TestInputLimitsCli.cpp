// SPDX-License-Identifier: Apache-2.0
// Bounded inputs (issue 13, item 11). Every text has a length limit, checked where
// drafts, signer identities and attestations are accepted, with one line naming the
// field; the largest accepted assessment exports a PDF in seconds. A key made outside
// Vouch signs only if it meets keygen's policy (PBES2 with at least 600,000 PBKDF2
// iterations or scrypt, a passphrase of at least 10 characters); otherwise the refusal
// says how to re-encrypt it.
#include "CliFiles.h"
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using nlohmann::json;
using vouch::test::bytesOf;
using vouch::test::hashOf;
using vouch::test::runVouch;
using vouch::test::writeBytes;

namespace {

// The openssl command line, as someone making a key outside Vouch would use it.
int openssl(const QStringList& arguments, QString* err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    process.waitForFinished();
    if (err != nullptr) {
        *err = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestInputLimitsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;
    QString m_key;
    int m_counter = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString answersWith(const std::function<void(json&)>& change)
    {
        auto document = vouch::test::readJson(vouch::test::baselineAnswersArgument().toStdString());
        change(document);
        const QString path = file(QStringLiteral("answers%1.json").arg(++m_counter));
        writeBytes(path, QByteArray::fromStdString(document.dump()));
        return path;
    }

    QString newDraft(const QString& answers)
    {
        const auto run = runVouch({QStringLiteral("draft"), QStringLiteral("new"),
                                   QStringLiteral("--db"), m_db, QStringLiteral("--questionnaire"),
                                   vouch::test::shippedQuestionnaireArgument(),
                                   QStringLiteral("--answers"), answers});
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }

    void expectRefusedDraft(const QString& answers, const QString& field, const QString& limit)
    {
        const auto before = hashOf(m_db);
        for (const bool update : {false, true}) {
            const auto run =
                update
                    ? runVouch({QStringLiteral("draft"), QStringLiteral("update"), m_id,
                                QStringLiteral("--answers"), answers, QStringLiteral("--db"), m_db})
                    : runVouch({QStringLiteral("draft"), QStringLiteral("new"),
                                QStringLiteral("--db"), m_db, QStringLiteral("--questionnaire"),
                                vouch::test::shippedQuestionnaireArgument(),
                                QStringLiteral("--answers"), answers});
            QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + run.err));
            QVERIFY2(run.err.contains(field), qPrintable(run.err.left(300)));
            QVERIFY2(run.err.contains(limit), qPrintable(run.err.left(300)));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY2(run.err.size() < 1000, "the message quotes the whole text");
            QCOMPARE(hashOf(m_db), before);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = file(QStringLiteral("alice.key"));
        vouch::test::makeAliceKey(m_key, file(QStringLiteral("pass")));
        m_db = file(QStringLiteral("library.vouchdb"));
        m_id = newDraft(vouch::test::baselineAnswersArgument());
        QVERIFY(!m_id.isEmpty());
    }

    // A 10 MB title was accepted, and export-pdf then ran for minutes.
    void aTenMegabyteTitleIsRefused()
    {
        expectRefusedDraft(
            answersWith([](json& d) { d["meta"]["title"] = std::string(10 * 1024 * 1024, 'T'); }),
            QStringLiteral("/meta/title"), QStringLiteral("at most 200"));
    }

    void oneLineFieldsHave200Characters()
    {
        // 200 characters (not bytes: "é" is two bytes) are fine; 201 are not.
        QString fine;
        for (int i = 0; i < 200; ++i) {
            fine += QChar(0x00E9);
        }
        const auto draft =
            runVouch({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--questionnaire"),
                      vouch::test::shippedQuestionnaireArgument(), QStringLiteral("--answers"),
                      vouch::test::baselineAnswersArgument(), QStringLiteral("--title"), fine});
        QVERIFY2(draft.exitCode == 0, qPrintable(draft.err));
        const auto before = hashOf(m_db);
        const auto refused = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), m_db,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument(),
             QStringLiteral("--organisation"), fine + QLatin1Char('x')});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("/meta/organisation")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("201 characters")), qPrintable(refused.err));
        QCOMPARE(hashOf(m_db), before);

        expectRefusedDraft(answersWith([](json& d) {
                               d["actions"] = json::array({{{"finding", "responsibility-gap"},
                                                            {"what", "Fix it"},
                                                            {"owner", std::string(201, 'o')},
                                                            {"due", "2027-01-01"}}});
                           }),
                           QStringLiteral("/actions/0/owner"), QStringLiteral("at most 200"));
    }

    void freeTextHas10000Characters()
    {
        expectRefusedDraft(
            answersWith([](json& d) {
                d["answers"]["responsibility.matrix"]["customer.identity-access"]["evidence"] =
                    std::string(10001, 'e');
            }),
            QStringLiteral("/answers/responsibility.matrix/customer.identity-access/evidence"),
            QStringLiteral("at most 10000"));
    }

    void allTextsTogetherHave100000Characters()
    {
        expectRefusedDraft(answersWith([](json& d) {
                               auto& matrix = d["answers"]["responsibility.matrix"];
                               for (auto& [item, entry] : matrix.items()) {
                                   entry["evidence"] = std::string(9000, 'e');
                               }
                           }),
                           QStringLiteral("the assessment's texts"),
                           QStringLiteral("at most 100000"));
    }

    // The largest assessment Vouch accepts exports a PDF (how fast: bench/run --only
    // limits, a ratio to the baseline assessment's PDF).
    void theWorstAcceptedInputExportsAPdf()
    {
        const auto answers = answersWith([](json& d) {
            d["meta"]["title"] = std::string(200, 'W');
            d["meta"]["workload"] = std::string(200, 'w');
            d["meta"]["organisation"] = std::string(200, 'o');
            auto& matrix = d["answers"]["responsibility.matrix"];
            // The baseline's other answers (option values, the intended use) count too.
            int left = 100000 - 600 - 4 * 200 - 100;
            for (auto& [item, entry] : matrix.items()) {
                const int size = std::min(left, 10000);
                // Words of every length, so line breaking has work to do.
                std::string text;
                while (static_cast<int>(text.size()) < size) {
                    text += std::string(1 + text.size() % 37, 'a') + ' ';
                }
                text.resize(static_cast<std::size_t>(size));
                entry["evidence"] = text;
                left -= size;
            }
            d["actions"] = json::array({{{"finding", "responsibility-gap"},
                                         {"what", std::string(200, 'a')},
                                         {"owner", std::string(200, 'b')},
                                         {"due", "2027-01-01"}}});
        });
        const QString id = newDraft(answers);
        QVERIFY(!id.isEmpty());
        const QString pdf = file(QStringLiteral("worst.pdf"));
        const auto exported = runVouch({QStringLiteral("export-pdf"), id, QStringLiteral("--out"),
                                        pdf, QStringLiteral("--db"), m_db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(bytesOf(pdf).trimmed().endsWith("%%EOF"));
    }

    // A package from elsewhere is not bounded by Vouch's input checks; its PDF is: a
    // 10 MB title took minutes and 570 MB to lay out.
    void aPackageFromElsewhereWithHugeTextsGetsNoPdf()
    {
        const QString package = file(QStringLiteral("huge.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"), package,
                           QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        auto document = json::parse(bytesOf(package).toStdString());
        auto payload =
            json::parse(QByteArray::fromBase64(
                            QByteArray::fromStdString(document["payload"].get<std::string>()))
                            .toStdString());
        payload["meta"]["title"] = std::string(10 * 1024 * 1024, 'T');
        const auto bytes = QByteArray::fromStdString(payload.dump());
        document["payload"] = bytes.toBase64().toStdString();
        document["payload_sha256"] =
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        writeBytes(package, QByteArray::fromStdString(document.dump()));

        const QString pdf = file(QStringLiteral("huge.pdf"));
        const auto run =
            runVouch({QStringLiteral("export-pdf"), package, QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(pdf + QStringLiteral(": not written: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("characters long together")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void signerIdentityAndAttestationAreBounded()
    {
        const auto keygen = runVouch(
            {QStringLiteral("keygen"), QStringLiteral("--name"), QString(201, QLatin1Char('N')),
             QStringLiteral("--role"), QStringLiteral("Approver"), QStringLiteral("--email"),
             QStringLiteral("bob@example.org"), QStringLiteral("--out"),
             file(QStringLiteral("bob.key")), QStringLiteral("--passphrase-file"),
             file(QStringLiteral("pass"))});
        QCOMPARE(keygen.exitCode, 2);
        QVERIFY2(keygen.err.contains(QStringLiteral("name")), qPrintable(keygen.err));
        QVERIFY2(keygen.err.contains(QStringLiteral("at most 200")), qPrintable(keygen.err));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("bob.key"))));

        const auto before = hashOf(m_db);
        const auto signedRun = runVouch(
            {QStringLiteral("sign"), QStringLiteral("--key"), m_key, QStringLiteral("--role"),
             QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
             file(QStringLiteral("pass")), QStringLiteral("--attestation"),
             QString(10001, QLatin1Char('a')), QStringLiteral("--db"), m_db, m_id});
        QCOMPARE(signedRun.exitCode, 2);
        QVERIFY2(signedRun.err.contains(QStringLiteral("attestation")), qPrintable(signedRun.err));
        QVERIFY2(signedRun.err.contains(QStringLiteral("at most 10000")),
                 qPrintable(signedRun.err));
        QCOMPARE(hashOf(m_db), before);
    }

    // A key re-encrypted outside Vouch with weak settings signed without complaint.
    void aWeakKeyFromElsewhereIsRefusedWithTheFix_data()
    {
        QTest::addColumn<QStringList>("encryption");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("why");
        QTest::newRow("1 PBKDF2 iteration")
            << QStringList{QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                           QStringLiteral("-iter"), QStringLiteral("1")}
            << QStringLiteral("correct horse battery staple")
            << QStringLiteral("1 PBKDF2 iteration");
        QTest::newRow("a 3-character passphrase")
            << QStringList{QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                           QStringLiteral("-iter"), QStringLiteral("600000")}
            << QStringLiteral("abc") << QStringLiteral("passphrase of 3 characters");
        QTest::newRow("both") << QStringList{QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                                             QStringLiteral("-iter"), QStringLiteral("1")}
                              << QStringLiteral("abc") << QStringLiteral("1 PBKDF2 iteration");
        QTest::newRow("PKCS#5 v1.5 (not PBES2)")
            << QStringList{QStringLiteral("-v1"), QStringLiteral("PBE-SHA1-3DES")}
            << QStringLiteral("correct horse battery staple") << QStringLiteral("not PBES2");
    }
    void aWeakKeyFromElsewhereIsRefusedWithTheFix()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            QSKIP("needs the openssl command");
        }
        QFETCH(QStringList, encryption);
        QFETCH(QString, passphrase);
        QFETCH(QString, why);
        const QString weak = file(QStringLiteral("weak%1.key").arg(++m_counter));
        const QString plain = file(QStringLiteral("plain.pem"));
        QString err;
        QCOMPARE(
            openssl({QStringLiteral("pkcs8"), QStringLiteral("-in"), m_key,
                     QStringLiteral("-passin"), QStringLiteral("pass:correct horse battery staple"),
                     QStringLiteral("-out"), plain},
                    &err),
            0);
        QCOMPARE(openssl(QStringList{QStringLiteral("pkcs8"), QStringLiteral("-topk8"),
                                     QStringLiteral("-in"), plain} +
                             encryption +
                             QStringList{QStringLiteral("-passout"),
                                         QStringLiteral("pass:") + passphrase,
                                         QStringLiteral("-out"), weak + QStringLiteral(".pem")},
                         &err),
                 0);
        QFile::remove(plain);
        // The identity lines Vouch keeps above the key, then the weakly encrypted key.
        const auto original = bytesOf(m_key);
        writeBytes(weak, original.left(original.indexOf("-----BEGIN")) +
                             bytesOf(weak + QStringLiteral(".pem")));
        QFile::remove(weak + QStringLiteral(".pem"));
        const QString passFile = file(QStringLiteral("weak-pass"));
        writeBytes(passFile, passphrase.toUtf8() + '\n');

        const auto before = hashOf(m_db);
        const auto run = runVouch({QStringLiteral("sign"), QStringLiteral("--key"), weak,
                                   QStringLiteral("--role"), QStringLiteral("assessor"),
                                   QStringLiteral("--passphrase-file"), passFile,
                                   QStringLiteral("--db"), m_db, m_id});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(weak + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(why), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("openssl pkcs8 -topk8")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("600000")), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(hashOf(m_db), before);
    }

    // scrypt, and PBES2 at keygen's settings, are fine.
    void aStrongKeyFromElsewhereSigns()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            QSKIP("needs the openssl command");
        }
        const QString plain = file(QStringLiteral("plain2.pem"));
        QCOMPARE(
            openssl({QStringLiteral("pkcs8"), QStringLiteral("-in"), m_key,
                     QStringLiteral("-passin"), QStringLiteral("pass:correct horse battery staple"),
                     QStringLiteral("-out"), plain}),
            0);
        const QString strong = file(QStringLiteral("scrypt.key"));
        QCOMPARE(openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
                          plain, QStringLiteral("-scrypt"), QStringLiteral("-passout"),
                          QStringLiteral("pass:another long passphrase"), QStringLiteral("-out"),
                          strong + QStringLiteral(".pem")}),
                 0);
        QFile::remove(plain);
        const auto original = bytesOf(m_key);
        writeBytes(strong, original.left(original.indexOf("-----BEGIN")) +
                               bytesOf(strong + QStringLiteral(".pem")));
        const QString passFile = file(QStringLiteral("scrypt-pass"));
        writeBytes(passFile, "another long passphrase\n");
        const auto run = runVouch({QStringLiteral("sign"), QStringLiteral("--key"), strong,
                                   QStringLiteral("--role"), QStringLiteral("assessor"),
                                   QStringLiteral("--passphrase-file"), passFile,
                                   QStringLiteral("--db"), m_db, m_id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestInputLimitsCli)
#include "TestInputLimitsCli.moc"
