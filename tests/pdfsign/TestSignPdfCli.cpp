// SPDX-License-Identifier: Apache-2.0
// vouch sign-pdf and vouch verify on a PDF-signed sign-off, run as the real binary,
// with pdfsig (poppler) as the outside reader.
#include "CliFiles.h"
#include "PdfSignFixtures.h"
#include "VouchProcess.h"

#include <QObject>
#include <QTemporaryDir>

using vouch::test::pdfsig;
using vouch::test::readBytes;
using vouch::test::runVouch;
using vouch::test::TestCa;
using vouch::test::writeBytes;

class TestSignPdfCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_signOff; // a sign-off PDF exported from a signed assessment

    QString file(const QString& name) const { return m_dir.filePath(name); }

    vouch::test::Run signPdf(const QString& in, const QString& identity, const QString& role,
                             const QString& out)
    {
        return runVouch({QStringLiteral("sign-pdf"), in, QStringLiteral("--identity"),
                         file(identity), QStringLiteral("--role"), role, QStringLiteral("--out"),
                         out, QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))});
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestCa ca(m_dir.path());
        QVERIFY(ca.make());
        QVERIFY(ca.issue(QStringLiteral("assessor"), QStringLiteral("Ada Assessor"), false));
        QVERIFY(ca.issue(QStringLiteral("approver"), QStringLiteral("Bob Approver"), true));
        // The pass file holds the passphrase of Alice's key and of the PKCS#12 files.
        vouch::test::makeAliceKey(file(QStringLiteral("alice.key")), file(QStringLiteral("pass")));
        const QString db = file(QStringLiteral("library.vouchdb"));
        const QString id = vouch::test::newBaselineDraft(db);
        QCOMPARE(runVouch({QStringLiteral("sign"), QStringLiteral("--key"),
                           file(QStringLiteral("alice.key")), QStringLiteral("--role"),
                           QStringLiteral("assessor"), QStringLiteral("--passphrase-file"),
                           file(QStringLiteral("pass")), QStringLiteral("--db"), db, id})
                     .exitCode,
                 0);
        // Drawn from the package file: export-pdf of the library assessment now returns
        // the sign-off `vouch sign` PDF-signed, and this test adds the signatures itself.
        const QString package = file(QStringLiteral("signed.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), id, QStringLiteral("--db"), db,
                           QStringLiteral("--out"), package})
                     .exitCode,
                 0);
        m_signOff = file(QStringLiteral("sign-off.pdf"));
        QCOMPARE(runVouch({QStringLiteral("export-pdf"), package, QStringLiteral("--db"), db,
                           QStringLiteral("--out"), m_signOff})
                     .exitCode,
                 0);
    }

    void assessorAndApproverSignThePdf()
    {
        const QString first = file(QStringLiteral("assessor.pdf"));
        const auto assessor =
            signPdf(m_signOff, QStringLiteral("assessor.p12"), QStringLiteral("assessor"), first);
        QVERIFY2(assessor.exitCode == 0, qPrintable(assessor.err));
        QCOMPARE(assessor.out, first + QStringLiteral("\n"));
        const QString both = file(QStringLiteral("both.pdf"));
        const auto approver =
            signPdf(first, QStringLiteral("approver.p12"), QStringLiteral("approver"), both);
        QVERIFY2(approver.exitCode == 0, qPrintable(approver.err));

        const auto checked = pdfsig(both);
        QCOMPARE(checked.validations, QStringList({QStringLiteral("Signature is Valid."),
                                                   QStringLiteral("Signature is Valid.")}));
        QCOMPARE(checked.coverage.last(), QStringLiteral("Total document signed"));

        // The package is still read (from the sign-off as Vouch wrote it) and checked,
        // and each PDF signature gets its line.
        const auto verified =
            runVouch({QStringLiteral("verify"), both, QStringLiteral("--allow-untrusted")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(
                     QStringLiteral("signature 1: valid-untrusted  Dr. Alice Example (assessor)")),
                 qPrintable(verified.out));
        QVERIFY(verified.out.contains(QStringLiteral("contents: consistent")));
        QVERIFY2(verified.out.contains(QStringLiteral("PDF signature 1: valid  Ada Assessor "
                                                      "(Assessor)")),
                 qPrintable(verified.out));
        QVERIFY(verified.out.contains(QStringLiteral("PDF signature 2: valid  Bob Approver "
                                                     "(Approver)")));
        QVERIFY(verified.out.contains(QStringLiteral("covers the whole file")));
    }

    void changedOrExtendedSignedPdfFailsVerify()
    {
        const QString both = file(QStringLiteral("both.pdf"));
        auto bytes = readBytes(both);
        QVERIFY(!bytes.empty());

        auto extended = bytes + "\n% an unsigned addition\n";
        QVERIFY(writeBytes(file(QStringLiteral("extended.pdf")), extended));
        const auto afterEnd =
            runVouch({QStringLiteral("verify"), file(QStringLiteral("extended.pdf")),
                      QStringLiteral("--allow-untrusted")});
        QCOMPARE(afterEnd.exitCode, 1);
        QVERIFY2(afterEnd.out.contains(QStringLiteral("does not cover the whole file")),
                 qPrintable(afterEnd.out));
        QVERIFY2(afterEnd.err.contains(QStringLiteral("a PDF signature is invalid")),
                 qPrintable(afterEnd.err));

        bytes[bytes.size() - 200] = static_cast<char>(bytes[bytes.size() - 200] ^ 0x01);
        QVERIFY(writeBytes(file(QStringLiteral("flipped.pdf")), bytes));
        const auto flipped =
            runVouch({QStringLiteral("verify"), file(QStringLiteral("flipped.pdf")),
                      QStringLiteral("--allow-untrusted")});
        QCOMPARE(flipped.exitCode, 1);
        QVERIFY2(flipped.out.contains(QStringLiteral("PDF signature 2: INVALID")),
                 qPrintable(flipped.out + flipped.err));
    }

    void wrongPassphraseWritesNothing()
    {
        QVERIFY(
            writeBytes(file(QStringLiteral("wrong")), std::string("not the passphrase at all\n")));
        const QString out = file(QStringLiteral("never.pdf"));
        const auto refused =
            runVouch({QStringLiteral("sign-pdf"), m_signOff, QStringLiteral("--identity"),
                      file(QStringLiteral("assessor.p12")), QStringLiteral("--role"),
                      QStringLiteral("assessor"), QStringLiteral("--out"), out,
                      QStringLiteral("--passphrase-file"), file(QStringLiteral("wrong"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("wrong passphrase")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestSignPdfCli)
#include "TestSignPdfCli.moc"
