// SPDX-License-Identifier: Apache-2.0
// vouch export-pdf without a display, and a PDF that proves itself: verify and
// import read the package embedded in it.
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

using nlohmann::json;
using vouch::test::runVouch;

class TestPdfCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QFile pass(file(QStringLiteral("pass")));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("correct horse battery staple\n");
        pass.close();
        QCOMPARE(runVouch({QStringLiteral("keygen"), QStringLiteral("--name"),
                           QStringLiteral("Dr. Alice Example"), QStringLiteral("--role"),
                           QStringLiteral("Assessor"), QStringLiteral("--email"),
                           QStringLiteral("alice@example.org"), QStringLiteral("--out"),
                           file(QStringLiteral("alice.key")), QStringLiteral("--passphrase-file"),
                           file(QStringLiteral("pass"))})
                     .exitCode,
                 0);
        m_db = file(QStringLiteral("library.vouchdb"));
        const auto draft =
            runVouch({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--questionnaire"),
                      QString::fromStdString(vouch::test::shippedQuestionnairePath()),
                      QStringLiteral("--answers"),
                      QString::fromStdString(vouch::test::baselineAnswersPath())});
        QCOMPARE(draft.exitCode, 0);
        m_id = draft.out.trimmed();
    }

    void draftPdfWithoutADisplay()
    {
        const QString out = file(QStringLiteral("draft.pdf"));
        QProcessEnvironment noDisplay;
        noDisplay.insert(QStringLiteral("XDG_RUNTIME_DIR"), QString()); // Vouch makes its own
        const auto run = runVouch({QStringLiteral("export-pdf"), m_id, QStringLiteral("--db"), m_db,
                                   QStringLiteral("--out"), out},
                                  noDisplay);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // No platform chatter on stderr: only the line saying what was written.
        QCOMPARE(run.err, out + QStringLiteral(": revision 1, an unsigned draft\n"));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // A draft's PDF is not a sign-off.
        const auto verified = runVouch({QStringLiteral("verify"), out});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY(verified.out.contains(QStringLiteral("signatures: none (unsigned)")));
    }

    void signedPdfVerifiesAndImports()
    {
        QCOMPARE(runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                           file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                           QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                           file(QStringLiteral("pass")), QStringLiteral("--db"), m_db, m_id})
                     .exitCode,
                 0);
        const QString out = file(QStringLiteral("signed.pdf"));
        QCOMPARE(runVouch({QStringLiteral("export-pdf"), m_id, QStringLiteral("--db"), m_db,
                           QStringLiteral("--out"), out, QStringLiteral("--paper"),
                           QStringLiteral("letter")})
                     .exitCode,
                 0);
        // Nobody is trusted without a library: exit 1 unless accepted knowingly.
        QCOMPARE(runVouch({QStringLiteral("verify"), out}).exitCode, 1);
        const auto verified =
            runVouch({QStringLiteral("verify"), out, QStringLiteral("--allow-untrusted")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.contains(
            QStringLiteral("signature 1: valid-untrusted  Dr. Alice Example (assessor)")));
        QVERIFY(verified.out.contains(QStringLiteral("contents: consistent")));

        // Signing the PDF in place would replace it with the package's JSON: refused.
        QFile before(out);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = before.readAll();
        const auto refused = runVouch(
            {QStringLiteral("sign"), QStringLiteral("--key"), file(QStringLiteral("alice.key")),
             QStringLiteral("--role"), QStringLiteral("approver"),
             QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(QStringLiteral("is a PDF sign-off; sign its package instead")),
            qPrintable(refused.err));
        QFile after(out);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), pdfBytes);

        const QString other = file(QStringLiteral("restored.vouchdb"));
        QCOMPARE(runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                           file(QStringLiteral("alice.key.pub")), QStringLiteral("--db"), other})
                     .exitCode,
                 0);
        const auto imported =
            runVouch({QStringLiteral("import"), out, QStringLiteral("--db"), other});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.startsWith(m_id + QStringLiteral(": imported as a new assessment")));
        const auto shown =
            json::parse(runVouch({QStringLiteral("show"), m_id, QStringLiteral("--db"), other})
                            .out.toStdString());
        VOUCH_COMPARE_JSON(shown["assessment"]["status"], "signed");
        VOUCH_COMPARE_JSON(shown["payload"]["meta"]["title"], "Internal policy Q&A assistant");

        // The PDF of a package file, too.
        const QString package = file(QStringLiteral("signed.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"), package,
                           QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        QCOMPARE(runVouch({QStringLiteral("export-pdf"), package, QStringLiteral("--out"),
                           file(QStringLiteral("from-package.pdf"))})
                     .exitCode,
                 0);
    }

    void tamperedPdfIsInvalid()
    {
        QFile original(file(QStringLiteral("signed.pdf")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        auto bytes = original.readAll();
        // Replace the embedded package's payload with an edited one.
        const auto open = bytes.lastIndexOf("<vouch:package>") + 15;
        const auto close = bytes.indexOf("</vouch:package>", open);
        auto package =
            json::parse(QByteArray::fromBase64(bytes.mid(open, close - open)).toStdString());
        auto payload = json::parse(
            QByteArray::fromBase64(QByteArray::fromStdString(package["payload"].get<std::string>()))
                .toStdString());
        // As long as the title it replaces, so that the PDF's structure (stream length,
        // cross-reference offsets) stays whole and only the signature can tell.
        payload["meta"]["title"] = "Changed after signing by Eve.";
        const auto edited = QByteArray::fromStdString(payload.dump());
        package["payload"] = edited.toBase64().toStdString();
        package["payload_sha256"] =
            QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex().toStdString();
        const auto replacement = QByteArray::fromStdString(package.dump()).toBase64();
        QCOMPARE(replacement.size(), close - open);
        bytes.replace(open, close - open, replacement);
        QFile tampered(file(QStringLiteral("tampered.pdf")));
        QVERIFY(tampered.open(QIODevice::WriteOnly));
        tampered.write(bytes);
        tampered.close();
        const auto verified = runVouch({QStringLiteral("verify"), tampered.fileName()});
        QCOMPARE(verified.exitCode, 1);
        QVERIFY(verified.out.contains(QStringLiteral("signature 1: invalid")));
    }

    void badRequests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad paper")
            << QStringList{QStringLiteral("export-pdf"), QStringLiteral("x"),
                           QStringLiteral("--out"),      QStringLiteral("y.pdf"),
                           QStringLiteral("--paper"),    QStringLiteral("a3")}
            << QStringLiteral("--paper: expected a4 or letter");
        QTest::newRow("unknown assessment")
            << QStringList{QStringLiteral("export-pdf"),
                           QStringLiteral("00000000-0000-4000-8000-000000000000"),
                           QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("--out"),
                           file(QStringLiteral("z.pdf"))}
            << QStringLiteral("no assessment 00000000-0000-4000-8000-000000000000");
        QTest::newRow("a PDF without a package")
            << QStringList{QStringLiteral("verify"), file(QStringLiteral("plain.pdf"))}
            << QStringLiteral("plain.pdf: a PDF without an embedded Vouch package");
    }
    void badRequests()
    {
        QFile plain(file(QStringLiteral("plain.pdf")));
        if (!plain.exists()) {
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("%PDF-1.4\n%%EOF\n");
            plain.close();
        }
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = runVouch(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPdfCli)
#include "TestPdfCli.moc"
