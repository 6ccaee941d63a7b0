// SPDX-License-Identifier: Apache-2.0
// keygen, sign, verify, export, import and trust as processes, and the interop
// recipe of docs/signing.md checked with the stock openssl command.
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

using nlohmann::json;
using vouch::test::runVouch;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(bytes);
}

struct Openssl
{
    int exitCode = -1;
    QByteArray output;
};

Openssl openssl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000)) {
        qFatal("openssl did not finish");
    }
    return {process.exitCode(), process.readAll()};
}

} // namespace

class TestSigningCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;
    QString m_package;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        writeFile(file(QStringLiteral("alice.pass")), "correct horse battery staple\n");
        writeFile(file(QStringLiteral("bob.pass")), "another long passphrase\n");
        for (const auto& [name, role, email] :
             {std::tuple{"Dr. Alice Example", "Assessor", "alice"},
              std::tuple{"Bob Approver", "CISO", "bob"}}) {
            const QString who = QString::fromUtf8(email);
            const auto run = runVouch(
                {QStringLiteral("keygen"), QStringLiteral("--name"), QString::fromUtf8(name),
                 QStringLiteral("--role"), QString::fromUtf8(role), QStringLiteral("--email"),
                 who + QStringLiteral("@example.org"), QStringLiteral("--out"),
                 file(who + QStringLiteral(".key")), QStringLiteral("--passphrase-file"),
                 file(who + QStringLiteral(".pass"))});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.out.contains(QStringLiteral("key id:")));
        }
        m_db = file(QStringLiteral("library.vouchdb"));
        const auto draft = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), m_db,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        QCOMPARE(draft.exitCode, 0);
        m_id = draft.out.trimmed();
        const auto signedRun =
            runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                      file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                      QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                      file(QStringLiteral("alice.pass")), QStringLiteral("--db"), m_db, m_id});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
        m_package = file(QStringLiteral("assessment.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"), m_package,
                           QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
    }

    void opensslReadsTheKeyFiles()
    {
        const auto privateKey =
            openssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                     file(QStringLiteral("alice.key")), QStringLiteral("-passin"),
                     QStringLiteral("file:") + file(QStringLiteral("alice.pass")),
                     QStringLiteral("-noout"), QStringLiteral("-text")});
        QCOMPARE(privateKey.exitCode, 0);
        QVERIFY(privateKey.output.contains("ED25519 Private-Key"));
        const auto wrong = openssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                                    file(QStringLiteral("alice.key")), QStringLiteral("-passin"),
                                    QStringLiteral("pass:wrong"), QStringLiteral("-noout")});
        QVERIFY(wrong.exitCode != 0); // really encrypted
        const auto publicKey =
            openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                     file(QStringLiteral("alice.key.pub")), QStringLiteral("-noout"),
                     QStringLiteral("-text")});
        QCOMPARE(publicKey.exitCode, 0);
        QVERIFY(publicKey.output.contains("ED25519 Public-Key"));
        // asn1parse reads only bare PEM: give it the block without the identity lines.
        const auto text = readFile(file(QStringLiteral("alice.key")));
        writeFile(file(QStringLiteral("alice.pem")), text.mid(text.indexOf("-----BEGIN")));
        const auto structure = openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"),
                                        file(QStringLiteral("alice.pem"))});
        QVERIFY(structure.output.contains("PBKDF2"));
        QVERIFY(structure.output.contains("hmacWithSHA256"));
        QVERIFY(structure.output.contains("aes-256-cbc"));
        QVERIFY(structure.output.contains(":0927C0")); // 600,000 iterations
    }

    // docs/signing.md: statement, public key and signature out of the package, checked
    // by openssl alone; and the statement names the payload's SHA-256.
    void opensslVerifiesTheSignature()
    {
        const auto package = json::parse(readFile(m_package).toStdString());
        const auto& signature = package["signatures"][0];
        writeFile(file(QStringLiteral("statement.json")),
                  QByteArray::fromBase64(
                      QByteArray::fromStdString(signature["statement"].get<std::string>())));
        writeFile(file(QStringLiteral("signer.pub")),
                  QByteArray::fromStdString(signature["public_key"].get<std::string>()));
        writeFile(file(QStringLiteral("signature.bin")),
                  QByteArray::fromBase64(
                      QByteArray::fromStdString(signature["signature"].get<std::string>())));
        const auto verified = openssl(
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
             QStringLiteral("-inkey"), file(QStringLiteral("signer.pub")), QStringLiteral("-rawin"),
             QStringLiteral("-in"), file(QStringLiteral("statement.json")),
             QStringLiteral("-sigfile"), file(QStringLiteral("signature.bin"))});
        QVERIFY2(verified.exitCode == 0, verified.output.constData());
        QVERIFY(verified.output.contains("Signature Verified Successfully"));

        const auto payload = QByteArray::fromBase64(
            QByteArray::fromStdString(package["payload"].get<std::string>()));
        writeFile(file(QStringLiteral("payload.json")), payload);
        const auto digest = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                     QStringLiteral("-r"), file(QStringLiteral("payload.json"))});
        const auto statement =
            json::parse(readFile(file(QStringLiteral("statement.json"))).toStdString());
        QCOMPARE(digest.output.left(64).toStdString(),
                 statement["payload_sha256"].get<std::string>());

        // One changed byte in the statement and openssl says no.
        auto tampered = readFile(file(QStringLiteral("statement.json")));
        tampered.replace("Dr. Alice Example", "Dr. Alice Exampel");
        writeFile(file(QStringLiteral("tampered.json")), tampered);
        const auto refused = openssl(
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
             QStringLiteral("-inkey"), file(QStringLiteral("signer.pub")), QStringLiteral("-rawin"),
             QStringLiteral("-in"), file(QStringLiteral("tampered.json")),
             QStringLiteral("-sigfile"), file(QStringLiteral("signature.bin"))});
        QVERIFY(refused.exitCode != 0);
    }

    void verifyStatesAndExitCodes()
    {
        // Valid but untrusted: exit 1 (issue 13), unless accepted with --allow-untrusted.
        const auto untrusted =
            runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY(untrusted.out.contains(
            QStringLiteral("signature 1: valid-untrusted  Dr. Alice Example (assessor)")));
        QVERIFY(untrusted.out.contains(QStringLiteral("contents: consistent")));
        QCOMPARE(runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db,
                           QStringLiteral("--require-trusted")})
                     .exitCode,
                 1);

        QCOMPARE(runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                           file(QStringLiteral("alice.key.pub")), QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        const auto list = runVouch(
            {QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QVERIFY(list.out.contains(QStringLiteral("Dr. Alice Example <alice@example.org>")));
        const auto trusted = runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"),
                                       m_db, QStringLiteral("--require-trusted")});
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY(trusted.out.contains(QStringLiteral("signature 1: valid  Dr. Alice Example")));

        const QString keyId = list.out.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(runVouch({QStringLiteral("trust"), QStringLiteral("remove"), keyId,
                           QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        QCOMPARE(runVouch({QStringLiteral("verify"), m_package, QStringLiteral("--db"), m_db,
                           QStringLiteral("--require-trusted")})
                     .exitCode,
                 1);
    }

    void approverSignsThePackageInPlace()
    {
        const QString copy = file(QStringLiteral("approved.vouch"));
        QVERIFY(QFile::copy(m_package, copy));
        const auto run = runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                                   file(QStringLiteral("bob.key")), QStringLiteral("--role"),
                                   QStringLiteral("approver"), QStringLiteral("--passphrase-file"),
                                   file(QStringLiteral("bob.pass")), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto verified =
            runVouch({QStringLiteral("verify"), copy, QStringLiteral("--allow-untrusted")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.contains(
            QStringLiteral("signature 2: valid-untrusted  Bob Approver (approver)")));
    }

    // Four eyes: the assessor's key does not also approve, in a package file or the
    // library; one line on stderr, nothing written.
    void theAssessorsKeyDoesNotApprove()
    {
        const QString copy = file(QStringLiteral("self-approved.vouch"));
        QVERIFY(QFile::copy(m_package, copy));
        const auto before = readFile(copy);
        for (const auto& target : {copy, m_id}) {
            const auto run = runVouch(
                {QStringLiteral("sign"), QStringLiteral("--key"), file(QStringLiteral("alice.key")),
                 QStringLiteral("--role"), QStringLiteral("approver"),
                 QStringLiteral("--passphrase-file"), file(QStringLiteral("alice.pass")),
                 QStringLiteral("--db"), m_db, target});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral(
                         "already signed it as assessor (Dr. Alice Example); the approver signs "
                         "with a key of their own; nothing was signed")),
                     qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(readFile(copy), before);
        const auto shown =
            runVouch({QStringLiteral("verify"), copy, QStringLiteral("--allow-untrusted")});
        QVERIFY(!shown.out.contains(QStringLiteral("signature 2")));
        const QString again = file(QStringLiteral("self-approved-library.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"), again,
                           QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        QVERIFY(!runVouch({QStringLiteral("verify"), again, QStringLiteral("--allow-untrusted")})
                     .out.contains(QStringLiteral("signature 2")));
    }

    void tamperedPackageIsInvalidAndNotImported()
    {
        auto package = json::parse(readFile(m_package).toStdString());
        auto payload = json::parse(
            QByteArray::fromBase64(QByteArray::fromStdString(package["payload"].get<std::string>()))
                .toStdString());
        payload["meta"]["title"] = "Renamed after signing";
        const auto bytes = QByteArray::fromStdString(payload.dump());
        package["payload"] = bytes.toBase64().toStdString();
        package["payload_sha256"] =
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
        const QString tampered = file(QStringLiteral("tampered.vouch"));
        writeFile(tampered, QByteArray::fromStdString(package.dump()));
        const auto run = runVouch({QStringLiteral("verify"), tampered});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("signature 1: invalid")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("it was made for a different payload")));
        const auto imported = runVouch({QStringLiteral("import"), tampered, QStringLiteral("--db"),
                                        file(QStringLiteral("other.vouchdb"))});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY(imported.err.contains(QStringLiteral("is invalid")));
    }

    void importTwiceDoesNotDuplicate()
    {
        const QString other = file(QStringLiteral("import.vouchdb"));
        QCOMPARE(runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                           file(QStringLiteral("alice.key.pub")), QStringLiteral("--db"), other})
                     .exitCode,
                 0);
        const auto first =
            runVouch({QStringLiteral("import"), m_package, QStringLiteral("--db"), other});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(QStringLiteral("imported as a new assessment")));
        const auto second =
            runVouch({QStringLiteral("import"), m_package, QStringLiteral("--db"), other});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains(QStringLiteral("already in the library; nothing changed")));
        const auto list = json::parse(runVouch({QStringLiteral("list"), QStringLiteral("--json"),
                                                QStringLiteral("--db"), other})
                                          .out.toStdString());
        VOUCH_COMPARE_JSON(list["total"], 1);
        VOUCH_COMPARE_JSON(list["assessments"][0]["status"], "signed");
        VOUCH_COMPARE_JSON(list["assessments"][0]["signer"], "Dr. Alice Example");
    }

    // Issue 15: once New Revision starts a draft on top of a sign-off, export must not
    // hand out the unsigned draft unasked, and must say which revision it wrote.
    void exportWritesTheLatestSignedRevisionUnlessTold()
    {
        const QString db = file(QStringLiteral("revisions.vouchdb"));
        const QString id =
            runVouch({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
                      QStringLiteral("--questionnaire"),
                      vouch::test::shippedQuestionnaireArgument(), QStringLiteral("--answers"),
                      vouch::test::baselineAnswersArgument()})
                .out.trimmed();
        QCOMPARE(runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                           file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                           QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                           file(QStringLiteral("alice.pass")), QStringLiteral("--db"), db, id})
                     .exitCode,
                 0);
        auto answers = vouch::test::readJson(vouch::test::baselineAnswersPath());
        answers["answers"]["network.access"] = "all_networks";
        const QString edited = file(QStringLiteral("edited.json"));
        writeFile(edited, QByteArray::fromStdString(answers.dump()));
        QCOMPARE(runVouch({QStringLiteral("draft"), QStringLiteral("update"), id,
                           QStringLiteral("--answers"), edited, QStringLiteral("--db"), db})
                     .out,
                 QStringLiteral("revision 3\n")); // signing froze the draft as revision 2

        const auto exportTo = [&](const QString& verb, const QString& out,
                                  const QStringList& extra) {
            return runVouch(
                QStringList{verb, id, QStringLiteral("--out"), out, QStringLiteral("--db"), db} +
                extra);
        };
        const auto signedOnly = [&](const QString& package) {
            return runVouch({QStringLiteral("verify"), package, QStringLiteral("--allow-untrusted"),
                             QStringLiteral("--db"), db})
                       .exitCode == 0;
        };
        const QString byDefault = file(QStringLiteral("latest-signed.vouch"));
        const auto plain = exportTo(QStringLiteral("export"), byDefault, {});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out, byDefault + QStringLiteral("\n"));
        QCOMPARE(plain.err,
                 byDefault + QStringLiteral(": revision 2, signed (1 signature); the "
                                            "newer draft revision 3 is not in it "
                                            "(choose revision 3 to export the draft)\n"));
        QVERIFY(signedOnly(byDefault));

        const QString draft = file(QStringLiteral("revision3.vouch"));
        const auto chosen = exportTo(QStringLiteral("export"), draft,
                                     {QStringLiteral("--revision"), QStringLiteral("3")});
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(chosen.err, draft + QStringLiteral(": revision 3, an unsigned draft\n"));
        QVERIFY(!signedOnly(draft));

        const QString pdf = file(QStringLiteral("latest-signed.pdf"));
        const auto pdfRun = exportTo(QStringLiteral("export-pdf"), pdf, {});
        QCOMPARE(pdfRun.exitCode, 0);
        QVERIFY2(pdfRun.err.startsWith(pdf + QStringLiteral(": revision 2, signed (1 signature)")),
                 qPrintable(pdfRun.err));

        const QString none = file(QStringLiteral("revision9.vouch"));
        const auto missing = exportTo(QStringLiteral("export"), none,
                                      {QStringLiteral("--revision"), QStringLiteral("9")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err, db + QStringLiteral(": assessment ") + id +
                                  QStringLiteral(" has no revision 9 (its latest is 3)\n"));
        QVERIFY(!QFile::exists(none));
        const auto word = exportTo(QStringLiteral("export-pdf"), none,
                                   {QStringLiteral("--revision"), QStringLiteral("latest")});
        QCOMPARE(word.exitCode, 2);
        QCOMPARE(word.err, QStringLiteral("vouch export-pdf: --revision expects a revision number "
                                          "(1, 2, ...), not \"latest\"\n"));
        QVERIFY(!QFile::exists(none));
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        // `vouch sign --key KEY --role ROLE [--passphrase-file PASS] PACKAGE`
        const auto sign = [this](const char* key, const char* role, const char* passphraseFile) {
            QStringList arguments{QStringLiteral("sign"), QStringLiteral("--key"),
                                  file(QString::fromLatin1(key)), QStringLiteral("--role"),
                                  QString::fromLatin1(role)};
            if (passphraseFile != nullptr) {
                arguments << QStringLiteral("--passphrase-file")
                          << file(QString::fromLatin1(passphraseFile));
            }
            return arguments << m_package;
        };
        QTest::newRow("wrong passphrase")
            << sign("alice.key", "assessor", "bob.pass") << 2
            << QStringLiteral("alice.key: wrong passphrase, or the key file is damaged");
        QTest::newRow("missing key") << sign("nobody.key", "assessor", "bob.pass") << 2
                                     << QStringLiteral("nobody.key: cannot read");
        QTest::newRow("bad role") << sign("alice.key", "witness", nullptr) << 2
                                  << QStringLiteral("--role: expected assessor or approver");
        writeFile(file(QStringLiteral("empty.pass")), "\n");
        QTest::newRow("empty passphrase file")
            << sign("alice.key", "assessor", "empty.pass") << 2
            << QStringLiteral("empty.pass: the passphrase file is empty");
        writeFile(file(QStringLiteral("huge.pass")), QByteArray(5000, 'x'));
        QTest::newRow("passphrase file that is not one")
            << sign("alice.key", "assessor", "huge.pass") << 2
            << QStringLiteral("huge.pass: the first line is longer than 4096 bytes; not a "
                              "passphrase file");
        QTest::newRow("no terminal for the passphrase")
            << sign("alice.key", "assessor", nullptr) << 2
            << QStringLiteral("no terminal to ask for the passphrase; use --passphrase-file FILE");
        QTest::newRow("verify a missing file")
            << QStringList{QStringLiteral("verify"), file(QStringLiteral("none.vouch"))} << 2
            << QStringLiteral("none.vouch: cannot read file");
        QTest::newRow("verify a questionnaire")
            << QStringList{QStringLiteral("verify"), vouch::test::shippedQuestionnaireArgument()}
            << 2
            << QStringLiteral(
                   "azure-openai.json: /format: unsupported format \"vouch-questionnaire/1\"");
    }
    void badInputs()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto before = readFile(m_package);
        QProcessEnvironment environment;
        const auto run = runVouch(arguments, environment);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(readFile(m_package), before); // nothing changed
    }

    void unsignedPackageIsNotASignOff()
    {
        const QString db = file(QStringLiteral("drafts.vouchdb"));
        const auto draft = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        const QString draftPackage = file(QStringLiteral("draft.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), draft.out.trimmed(), QStringLiteral("--out"),
                           draftPackage, QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        const auto run = runVouch({QStringLiteral("verify"), draftPackage});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("signatures: none (unsigned)")));
    }
};

QTEST_GUILESS_MAIN(TestSigningCli)
#include "TestSigningCli.moc"
