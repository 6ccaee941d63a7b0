// SPDX-License-Identifier: Apache-2.0
// The sign-off PDF that signing a library assessment stores: the assessor's and the
// approver's PAdES signatures made through `vouch sign` with the identities' bound
// certificates, exported byte for byte, read back by pdfsig, qpdf and `vouch verify`.
#include "CliFiles.h"
#include "PdfSignFixtures.h"
#include "VouchProcess.h"
#include "pdfsign/KeyBinding.h"
#include "pdfsign/PdfIdentity.h"

#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using vouch::test::pdfsig;
using vouch::test::readBytes;
using vouch::test::runVouch;

class TestPdfSignOffCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;
    QString m_bobKeyId;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    vouch::test::Run keygen(const QString& name, const QString& key)
    {
        return runVouch({QStringLiteral("keygen"), QStringLiteral("--name"), name,
                         QStringLiteral("--role"), QStringLiteral("Officer"),
                         QStringLiteral("--email"), QStringLiteral("officer@example.org"),
                         QStringLiteral("--out"), file(key), QStringLiteral("--passphrase-file"),
                         file(QStringLiteral("pass"))});
    }

    vouch::test::Run sign(const QString& key, const QString& role, const QString& id)
    {
        return runVouch({QStringLiteral("sign"), QStringLiteral("--key"), file(key),
                         QStringLiteral("--role"), role, QStringLiteral("--passphrase-file"),
                         file(QStringLiteral("pass")), QStringLiteral("--db"), m_db, id});
    }

    vouch::test::Run exportPdf(const QString& id, const QString& out)
    {
        return runVouch({QStringLiteral("export-pdf"), id, QStringLiteral("--db"), m_db,
                         QStringLiteral("--out"), file(out)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        vouch::test::makeAliceKey(file(QStringLiteral("alice.key")), file(QStringLiteral("pass")));
        const auto bob = keygen(QStringLiteral("Bob Approver"), QStringLiteral("bob.key"));
        QVERIFY2(bob.exitCode == 0, qPrintable(bob.err));
        // keygen names the certificate it made beside the key, and says whose it is.
        QVERIFY2(
            bob.out.contains(QStringLiteral("certificate: ") + file(QStringLiteral("bob.key.p12"))),
            qPrintable(bob.out));
        QVERIFY(bob.out.contains(QStringLiteral("(self-signed by Vouch)")));
        QVERIFY(QFile::exists(file(QStringLiteral("bob.key.binding"))));
        m_bobKeyId = QRegularExpression(QStringLiteral("key id:\\s+([0-9a-f]{64})"))
                         .match(bob.out)
                         .captured(1);
        QVERIFY(!m_bobKeyId.isEmpty());

        m_db = file(QStringLiteral("library.vouchdb"));
        m_id = vouch::test::newBaselineDraft(m_db);
        for (const auto& pub : {QStringLiteral("alice.key.pub"), QStringLiteral("bob.key.pub")}) {
            const auto trusted = runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                                           file(pub), QStringLiteral("--db"), m_db});
            QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        }
        const auto assessor = sign(QStringLiteral("alice.key"), QStringLiteral("assessor"), m_id);
        QVERIFY2(assessor.exitCode == 0, qPrintable(assessor.err));
        QVERIFY2(assessor.out.contains(QStringLiteral("PDF sign-off: PDF signature 1 by Dr. Alice "
                                                      "Example (emailAddress=alice@example.org,"
                                                      "O=Vouch self-signed,CN=Dr. Alice Example)")),
                 qPrintable(assessor.out));
        const auto approver = sign(QStringLiteral("bob.key"), QStringLiteral("approver"), m_id);
        QVERIFY2(approver.exitCode == 0, qPrintable(approver.err));
        QVERIFY2(approver.out.contains(QStringLiteral("PDF sign-off: PDF signature 2 by Bob "
                                                      "Approver (")),
                 qPrintable(approver.out));
        for (const auto& out : {QStringLiteral("export1.pdf"), QStringLiteral("export2.pdf")}) {
            const auto exported = exportPdf(m_id, out);
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        }
    }

    void pdfsigReportsBothSignaturesValidTheLastCoveringAll()
    {
        const auto checked = pdfsig(file(QStringLiteral("export1.pdf")));
        QCOMPARE(checked.validations, QStringList({QStringLiteral("Signature is Valid."),
                                                   QStringLiteral("Signature is Valid.")}));
        QCOMPARE(checked.coverage.size(), 2);
        QCOMPARE(checked.coverage.last(), QStringLiteral("Total document signed"));
        QCOMPARE(checked.coverage.first(), QStringLiteral("Not total document signed"));
    }

    void qpdfChecksTheFile()
    {
        const auto checked =
            vouch::test::runTool(QStringLiteral(VOUCH_QPDF),
                                 {QStringLiteral("--check"), file(QStringLiteral("export1.pdf"))});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));
    }

    void exportsAreTheStoredBytes()
    {
        const auto first = readBytes(file(QStringLiteral("export1.pdf")));
        QVERIFY(first.size() > 1000);
        QVERIFY(first == readBytes(file(QStringLiteral("export2.pdf"))));
    }

    void verifyListsBothPdfSignaturesWithTheirIdentities()
    {
        const auto verified =
            runVouch({QStringLiteral("verify"), file(QStringLiteral("export1.pdf")),
                      QStringLiteral("--db"), m_db});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("PDF signature 1: valid  Dr. Alice Example "
                                                      "(Assessor)")),
                 qPrintable(verified.out));
        QVERIFY(verified.out.contains(
            QStringLiteral("PDF signature 1: same signer as package signature 1: Dr. Alice "
                           "Example (assessor), key ")));
        QVERIFY(verified.out.contains(QStringLiteral("PDF signature 2: valid  Bob Approver "
                                                     "(Approver)")));
        QVERIFY2(
            verified.out.contains(QStringLiteral("PDF signature 2: bound to key ") + m_bobKeyId),
            qPrintable(verified.out));
        QVERIFY(verified.out.contains(QStringLiteral("trusted here as Bob Approver")));
    }

    void aDraftStillExportsUnsigned()
    {
        const QString draft = vouch::test::newBaselineDraft(m_db);
        const auto exported = exportPdf(draft, QStringLiteral("draft.pdf"));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const auto checked = pdfsig(file(QStringLiteral("draft.pdf")));
        QVERIFY2(checked.validations.isEmpty(), qPrintable(checked.output));
    }

    void aCertificateNotBoundToTheKeyIsRefusedAtSigning()
    {
        const auto carol = keygen(QStringLiteral("Carol Assessor"), QStringLiteral("carol.key"));
        QVERIFY2(carol.exitCode == 0, qPrintable(carol.err));
        // Carol's certificate file replaced by Bob's (same passphrase): its key never
        // signed Carol's Ed25519 key.
        QVERIFY(QFile::remove(file(QStringLiteral("carol.key.p12"))));
        QVERIFY(QFile::copy(file(QStringLiteral("bob.key.p12")),
                            file(QStringLiteral("carol.key.p12"))));
        const QString draft = vouch::test::newBaselineDraft(m_db);
        const auto refused = sign(QStringLiteral("carol.key"), QStringLiteral("assessor"), draft);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(refused.err.contains(
                     file(QStringLiteral("carol.key.p12")) +
                     QStringLiteral(": its certificate (emailAddress=officer@example.org,O=Vouch "
                                    "self-signed,CN=Bob Approver)")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("is not bound to the signing key")));
        QVERIFY(refused.err.contains(QStringLiteral("nothing was signed")));
        const auto shown = runVouch({QStringLiteral("show"), draft, QStringLiteral("--db"), m_db});
        QVERIFY2(shown.out.contains(QStringLiteral("draft")), qPrintable(shown.out));
    }

    void anExpiredPkcs12IsRefusedNamingBothDates()
    {
        auto expired =
            vouch::pdfsign::makeSelfSignedIdentity("Old Organisation Cert", "old@example.org", -2);
        QVERIFY(expired.ok());
        auto p12 = vouch::pdfsign::toPkcs12(*expired, "correct horse battery staple", "old", 2048);
        QVERIFY(p12.ok());
        QVERIFY(vouch::test::writeBytes(file(QStringLiteral("expired.p12")), *p12));
        const auto refused =
            runVouch({QStringLiteral("identity"), QStringLiteral("attach-certificate"),
                      QStringLiteral("--identity"), file(QStringLiteral("alice.key")),
                      QStringLiteral("--pkcs12"), file(QStringLiteral("expired.p12")),
                      QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")),
                      QStringLiteral("--pkcs12-passphrase-file"), file(QStringLiteral("pass"))});
        QCOMPARE(refused.exitCode, 2);
        static const QRegularExpression dates(QStringLiteral(
            "expired\\.p12: the certificate has expired \\(valid from \\d{4}-\\d\\d-\\d\\d "
            "\\d\\d:\\d\\d:\\d\\d UTC to \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)"));
        QVERIFY2(dates.match(refused.err).hasMatch(), qPrintable(refused.err));
    }

    void anOrganisationPkcs12ReplacesTheSelfSignedOne()
    {
        vouch::test::TestCa ca(m_dir.path());
        QVERIFY(ca.make());
        QVERIFY(ca.issue(QStringLiteral("dave-org"), QStringLiteral("Dave Org"), false));
        const auto dave = keygen(QStringLiteral("Dave Org"), QStringLiteral("dave.key"));
        QVERIFY2(dave.exitCode == 0, qPrintable(dave.err));
        const auto attached =
            runVouch({QStringLiteral("identity"), QStringLiteral("attach-certificate"),
                      QStringLiteral("--identity"), file(QStringLiteral("dave.key")),
                      QStringLiteral("--pkcs12"), file(QStringLiteral("dave-org.p12")),
                      QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")),
                      QStringLiteral("--pkcs12-passphrase-file"), file(QStringLiteral("pass"))});
        QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
        QVERIFY2(attached.out.contains(QStringLiteral(
                     "(issued by O=Test Organisation,CN=Test Organisation Root CA)")),
                 qPrintable(attached.out));
        const QString draft = vouch::test::newBaselineDraft(m_db);
        const auto signedByDave =
            sign(QStringLiteral("dave.key"), QStringLiteral("assessor"), draft);
        QVERIFY2(signedByDave.exitCode == 0, qPrintable(signedByDave.err));
        QVERIFY2(signedByDave.out.contains(QStringLiteral("PDF signature 1 by Dave Org (O=Test "
                                                          "Organisation,CN=Dave Org)")),
                 qPrintable(signedByDave.out));
        const auto exported = exportPdf(draft, QStringLiteral("dave.pdf"));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const auto checked = pdfsig(file(QStringLiteral("dave.pdf")));
        QCOMPARE(checked.validations, QStringList({QStringLiteral("Signature is Valid.")}));
    }
};

QTEST_GUILESS_MAIN(TestPdfSignOffCli)
#include "TestPdfSignOffCli.moc"
