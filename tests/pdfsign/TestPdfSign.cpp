// SPDX-License-Identifier: Apache-2.0
// PAdES signatures made by app/pdfsign, judged by pdfsig (poppler) and qpdf as any
// reader would, and by Vouch's own verifier, including the attacks it must catch.
#include "PdfSignFixtures.h"
#include "pdfsign/PdfIdentity.h"
#include "pdfsign/PdfSigner.h"
#include "pdfsign/PdfVerifier.h"
#include "pdfsign/Timestamp.h"

#include <QFile>
#include <QGuiApplication>
#include <QObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <podofo/podofo.h>

using namespace vouch::pdfsign;

using vouch::test::kP12Passphrase;
using vouch::test::pdfsig;
using vouch::test::readBytes;
using vouch::test::runTool;
using vouch::test::TestCa;
using vouch::test::TestTsa;
using vouch::test::writeBytes;

namespace {

const QString kPassphrase = kP12Passphrase;

// A small multi-page PDF the way Vouch writes its sign-offs (QPdfWriter).
std::string makePdf(const QString& path, const QStringList& pages)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(QStringLiteral("Sign-off"));
        QPainter painter(&writer);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0) {
                writer.newPage();
            }
            painter.drawText(QPointF(200, 400), pages.at(i));
        }
    }
    return readBytes(path);
}

SignatureAppearance block(const std::string& name, const std::string& role, double x)
{
    SignatureAppearance look;
    look.name = name;
    look.role = role;
    look.time = "2026-12-02 16:00 UTC";
    look.keyId = "0123456789abcdef";
    look.x = x;
    return look;
}

bool anyLineContains(const std::vector<std::string>& lines, const std::string& text)
{
    for (const auto& line : lines) {
        if (line.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestPdfSign : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_unsigned;
    std::string m_caPem;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    PdfSigningIdentity load(const QString& name)
    {
        auto identity = loadPkcs12File(file(name + QStringLiteral(".p12")).toStdString(),
                                       kPassphrase.toStdString());
        if (!identity) {
            qWarning("%s", identity.error().message.c_str());
            return {};
        }
        return std::move(*identity);
    }

    // The assessor's RSA signature, then the approver's ECDSA one on top.
    std::string signedTwice()
    {
        const auto assessor = load(QStringLiteral("assessor"));
        const auto approver = load(QStringLiteral("approver"));
        auto first = signPdf(m_unsigned, assessor, block("Ada Assessor", "Assessor", 36));
        if (!first) {
            qWarning("%s", first.error().message.c_str());
            return {};
        }
        auto second = signPdf(*first, approver, block("Bob Approver", "Approver", 300));
        if (!second) {
            qWarning("%s", second.error().message.c_str());
            return {};
        }
        return std::move(*second);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("VOUCH_KEEP_TEST_FILES")) { // to look at the PDFs
            m_dir.setAutoRemove(false);
            qInfo("files kept in %s", qPrintable(m_dir.path()));
        }
        m_unsigned =
            makePdf(file(QStringLiteral("report.pdf")),
                    {QStringLiteral("Page one: findings"), QStringLiteral("Page two: actions"),
                     QStringLiteral("Sign-off: Risk tier HIGH, verdict NOT READY")});
        QVERIFY(!m_unsigned.empty());
        TestCa ca(m_dir.path());
        QVERIFY(ca.make());
        m_caPem = readBytes(file(QStringLiteral("ca.pem")));
        QVERIFY(ca.issue(QStringLiteral("assessor"), QStringLiteral("Ada Assessor"), false));
        QVERIFY(ca.issue(QStringLiteral("approver"), QStringLiteral("Bob Approver"), true));
    }

    void pkcs12Errors()
    {
        const auto p12 = file(QStringLiteral("assessor.p12")).toStdString();
        auto wrong = loadPkcs12File(p12, "not the passphrase");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.find("wrong passphrase") != std::string::npos,
                 wrong.error().message.c_str());
        auto notP12 = loadPkcs12(m_unsigned, "x", "report.pdf");
        QVERIFY(!notP12);
        QVERIFY2(notP12.error().message.find("not a PKCS#12") != std::string::npos,
                 notP12.error().message.c_str());
        const auto bytes = readBytes(file(QStringLiteral("assessor.p12")));
        auto ok = loadPkcs12(bytes, kPassphrase.toStdString(), "assessor.p12");
        QVERIFY2(ok.ok(), ok.ok() ? "" : ok.error().message.c_str());
        QCOMPARE(ok->commonName(), std::string("Ada Assessor"));
        QCOMPARE(sk_X509_num(ok->chain.get()), 1);
        QVERIFY(!ok->selfSigned);
    }

    void expiredAndNotYetValidRefusedWithDates()
    {
        const auto bytes = readBytes(file(QStringLiteral("assessor.p12")));
        const std::time_t now = std::time(nullptr);
        auto expired =
            loadPkcs12(bytes, kPassphrase.toStdString(), "assessor.p12", now + 40L * 86400);
        QVERIFY(!expired);
        const auto& message = expired.error().message;
        QVERIFY2(message.find("has expired") != std::string::npos, message.c_str());
        QVERIFY2(std::count(message.begin(), message.end(), ':') >= 4, message.c_str());
        QVERIFY2(message.find("valid from ") != std::string::npos &&
                     message.find(" to ") != std::string::npos,
                 message.c_str());
        auto early = loadPkcs12(bytes, kPassphrase.toStdString(), "assessor.p12", now - 86400);
        QVERIFY(!early);
        QVERIFY2(early.error().message.find("not yet valid") != std::string::npos,
                 early.error().message.c_str());
    }

    void assessorAndApproverAcceptedByPdfsigQpdfAndVouch()
    {
        const auto signedPdf = signedTwice();
        QVERIFY(!signedPdf.empty());
        QVERIFY(signedPdf.compare(0, m_unsigned.size(), m_unsigned) == 0); // appended only
        const auto path = file(QStringLiteral("signed.pdf"));
        QVERIFY(writeBytes(path, signedPdf));

        const auto checked = pdfsig(path);
        QCOMPARE(checked.validations, QStringList({QStringLiteral("Signature is Valid."),
                                                   QStringLiteral("Signature is Valid.")}));
        QCOMPARE(checked.coverage.size(), 2);
        QCOMPARE(checked.coverage.last(), QStringLiteral("Total document signed"));
        QVERIFY2(checked.output.contains(QStringLiteral("ETSI.CAdES.detached")),
                 qPrintable(checked.output));
        const auto qpdf = runTool(QStringLiteral(VOUCH_QPDF), {QStringLiteral("--check"), path});
        QVERIFY2(qpdf.exitCode == 0, qPrintable(qpdf.output));

        const auto report = verifyPdfSignatures(signedPdf, {m_caPem});
        for (const auto& line : report.lines()) {
            qInfo("%s", line.c_str());
        }
        QVERIFY(report.valid());
        QCOMPARE(report.signatures.size(), std::size_t{2});
        QCOMPARE(report.signatures[0].signerName, std::string("Ada Assessor"));
        QCOMPARE(report.signatures[0].reason, std::string("Assessor"));
        QCOMPARE(report.signatures[1].signerName, std::string("Bob Approver"));
        QCOMPARE(report.signatures[1].reason, std::string("Approver"));
        QVERIFY(!report.signatures[0].coversWholeFile);
        QVERIFY(report.lastCoversWholeFile());
        QVERIFY(report.signatures[0].chain == ChainState::Trusted);
        QVERIFY(report.signatures[1].chain == ChainState::Trusted);
        QVERIFY(!report.signatures[0].signingTime.empty());

        // Without the organisation's root, the same file is valid but not trusted.
        const auto untrusted = verifyPdfSignatures(signedPdf, {});
        QVERIFY(untrusted.valid());
        QVERIFY(untrusted.signatures[0].chain == ChainState::Untrusted);
        QVERIFY(anyLineContains(untrusted.lines(), "not trusted"));
    }

    void selfSignedIdentity()
    {
        auto identity = makeSelfSignedIdentity("Carol Officer", "carol@example.org");
        QVERIFY(identity.ok());
        QVERIFY(identity->selfSigned);
        QVERIFY2(identity->subject().find("O=Vouch self-signed") != std::string::npos,
                 identity->subject().c_str());
        auto signedPdf = signPdf(m_unsigned, *identity, block("Carol Officer", "Assessor", 36));
        QVERIFY2(signedPdf.ok(), signedPdf.ok() ? "" : signedPdf.error().message.c_str());
        const auto path = file(QStringLiteral("self-signed.pdf"));
        QVERIFY(writeBytes(path, *signedPdf));
        const auto checked = pdfsig(path);
        QCOMPARE(checked.validations, QStringList{QStringLiteral("Signature is Valid.")});
        QCOMPARE(checked.coverage, QStringList{QStringLiteral("Total document signed")});
        const auto report = verifyPdfSignatures(*signedPdf, {});
        QVERIFY(report.valid());
        QVERIFY(report.signatures[0].chain == ChainState::Untrusted);
    }

    void oneByteChangedInsideASignedRange()
    {
        auto signedPdf = signedTwice();
        const auto at = signedPdf.find("Page two");
        QVERIFY(at != std::string::npos || signedPdf.size() > 400);
        const std::size_t target = at != std::string::npos ? at : 300;
        signedPdf[target] = static_cast<char>(signedPdf[target] ^ 0x01);
        const auto report = verifyPdfSignatures(signedPdf, {m_caPem});
        QVERIFY(!report.valid());
        QVERIFY(!report.signatures[0].valid);
        QVERIFY(!report.signatures[1].valid);
        QVERIFY2(anyLineContains(report.signatures[0].problems, "does not match the signed bytes"),
                 report.lines().front().c_str());
    }

    void incrementalUpdateAppendingAPage()
    {
        const auto signedPdf = signedTwice();
        std::string attacked;
        try {
            PoDoFo::PdfMemDocument document;
            document.LoadFromBuffer(signedPdf.data(), static_cast<long>(signedPdf.size()), true);
            document.CreatePage(PoDoFo::PdfPage::CreateStandardPageSize(PoDoFo::ePdfPageSize_A4));
            PoDoFo::PdfRefCountedBuffer buffer;
            PoDoFo::PdfOutputDevice device(&buffer);
            document.WriteUpdate(&device, true);
            attacked.assign(buffer.GetBuffer(), device.GetLength());
        } catch (const PoDoFo::PdfError&) {
            QFAIL("PoDoFo could not append a page");
        }
        const auto report = verifyPdfSignatures(attacked, {m_caPem});
        for (const auto& line : report.lines()) {
            qInfo("%s", line.c_str());
        }
        QVERIFY(!report.valid());
        QVERIFY(report.signatures[0].valid);
        QVERIFY(!report.signatures[1].valid);
        QVERIFY(anyLineContains(report.signatures[1].problems, "page tree"));
        QVERIFY(!report.lastCoversWholeFile());
        QVERIFY(anyLineContains(report.problems, "does not cover the whole file"));
    }

    void qpdfOverlayRewrite()
    {
        const auto path = file(QStringLiteral("to-overlay.pdf"));
        QVERIFY(writeBytes(path, signedTwice()));
        makePdf(file(QStringLiteral("stamp.pdf")),
                {QStringLiteral("Risk tier: LOW / Verdict: READY")});
        const auto overlaid = file(QStringLiteral("overlaid.pdf"));
        const auto qpdf = runTool(QStringLiteral(VOUCH_QPDF), {path, QStringLiteral("--overlay"),
                                                               file(QStringLiteral("stamp.pdf")),
                                                               QStringLiteral("--"), overlaid});
        QVERIFY2(qpdf.exitCode == 0 || qpdf.exitCode == 3, qPrintable(qpdf.output));
        const auto report = verifyPdfSignatures(readBytes(overlaid), {m_caPem});
        for (const auto& line : report.lines()) {
            qInfo("%s", line.c_str());
        }
        QVERIFY(!report.valid());
        QVERIFY(!report.signatures.empty());
        for (const auto& check : report.signatures) {
            QVERIFY(!check.valid);
        }
    }

    void signatureRemovedByAnUpdate()
    {
        const auto signedPdf = signedTwice();
        std::string attacked;
        try {
            using namespace PoDoFo;
            PdfMemDocument document;
            document.LoadFromBuffer(signedPdf.data(), static_cast<long>(signedPdf.size()), true);
            PdfPage* page = document.GetPage(document.GetPageCount() - 1);
            PdfObject* annots = page->GetObject()->GetDictionary().GetKey("Annots");
            if (annots->IsReference()) {
                annots = document.GetObjects().GetObject(annots->GetReference());
            }
            annots->GetArray().erase(annots->GetArray().end() - 1);
            PdfObject* fields =
                document.GetAcroForm(false)->GetObject()->GetDictionary().GetKey("Fields");
            if (fields->IsReference()) {
                fields = document.GetObjects().GetObject(fields->GetReference());
            }
            fields->GetArray().erase(fields->GetArray().end() - 1);
            PdfRefCountedBuffer buffer;
            PdfOutputDevice device(&buffer);
            document.WriteUpdate(&device, true);
            attacked.assign(buffer.GetBuffer(), device.GetLength());
        } catch (const PoDoFo::PdfError&) {
            QFAIL("PoDoFo could not remove the signature");
        }
        const auto report = verifyPdfSignatures(attacked, {m_caPem});
        for (const auto& line : report.lines()) {
            qInfo("%s", line.c_str());
        }
        QVERIFY(!report.valid());
        QVERIFY(!report.lastCoversWholeFile());
        QVERIFY(anyLineContains(report.signatures.back().problems, "removed"));

        // Cut back to the assessor's revision, the file is what the assessor signed:
        // one signature, whole. Only the package (not in this slice) can say that an
        // approval is missing.
        const auto truncated =
            signedPdf.substr(0, verifyPdfSignatures(signedPdf, {}).signatures.front().revisionEnd);
        const auto cut = verifyPdfSignatures(truncated, {m_caPem});
        QCOMPARE(cut.signatures.size(), std::size_t{1});
        QVERIFY(cut.valid());
    }

    void aTimestampChainsToTheTsaRootOnlyWhenThatRootIsTrusted()
    {
        TestTsa tsa(m_dir.path());
        QVERIFY(tsa.make());
        int asked = 0;
        const Timestamper timestamper{"test-tsa",
                                      [&](std::string_view request) -> vouch::Result<std::string> {
                                          ++asked;
                                          return tsa.reply(std::string(request));
                                      }};
        auto stamped = signPdf(m_unsigned, load(QStringLiteral("assessor")),
                               block("Ada Assessor", "Assessor", 36), &timestamper);
        QVERIFY2(stamped.ok(), stamped.ok() ? "" : stamped.error().message.c_str());
        QCOMPARE(asked, 1);
        QVERIFY(writeBytes(file(QStringLiteral("stamped-unit.pdf")), *stamped));
        QCOMPARE(pdfsig(file(QStringLiteral("stamped-unit.pdf"))).validations,
                 QStringList({QStringLiteral("Signature is Valid.")}));

        const auto untrusted = verifyPdfSignatures(*stamped, {});
        QVERIFY(untrusted.valid());
        QVERIFY(untrusted.signatures[0].timestamp.has_value());
        QVERIFY(untrusted.signatures[0].timestamp->valid);
        QVERIFY(!untrusted.signatures[0].timestamp->trusted);
        QCOMPARE(untrusted.signatures[0].timestamp->authority,
                 std::string("CN=Vouch Test TSA,O=Vouch Tests"));
        QVERIFY(anyLineContains(untrusted.lines(),
                                "by CN=Vouch Test TSA,O=Vouch Tests (RFC 3161; not checked "
                                "against a trusted root)"));
        // The organisation's root of the signer's certificate is not the TSA's root.
        const auto otherRoot = verifyPdfSignatures(*stamped, {m_caPem});
        QVERIFY(otherRoot.signatures[0].timestamp->valid);
        QVERIFY(!otherRoot.signatures[0].timestamp->trusted);
        const auto trusted =
            verifyPdfSignatures(*stamped, {readBytes(tsa.file(QStringLiteral("tsaca.pem")))});
        QVERIFY(trusted.signatures[0].timestamp->trusted);
        QVERIFY(anyLineContains(trusted.lines(), "(RFC 3161; TSA certificate trusted)"));
    }

    void aTsaAnswerThatIsNoUsableTokenFailsTheSignature()
    {
        TestTsa tsa(m_dir.path());
        QVERIFY(tsa.make());
        const auto identity = load(QStringLiteral("assessor"));
        const auto look = block("Ada Assessor", "Assessor", 36);
        const auto failsWith = [&](const TimestampExchange& exchange, const std::string& what) {
            const Timestamper timestamper{"http://tsa.test/", exchange};
            auto signedPdf = signPdf(m_unsigned, identity, look, &timestamper);
            if (signedPdf.ok()) {
                qWarning("signed although the TSA answered no usable token");
                return false;
            }
            const auto& message = signedPdf.error().message;
            if (signedPdf.error().kind != vouch::ErrorKind::TimestampAuthority ||
                message.rfind("time-stamping authority http://tsa.test/: ", 0) != 0 ||
                message.find(what) == std::string::npos) {
                qWarning("%s", message.c_str());
                return false;
            }
            return true;
        };
        QVERIFY(failsWith(
            [](std::string_view) -> vouch::Result<std::string> {
                return vouch::Error{"cannot connect"};
            },
            "cannot connect"));
        QVERIFY(failsWith(
            [](std::string_view) -> vouch::Result<std::string> { return std::string("garbage"); },
            "answered something that is not a time-stamp response (7 bytes)"));
        // A genuine token from this TSA, but for another request (another imprint and
        // nonce): the first request's answer, given to the second.
        std::string stale;
        QVERIFY(failsWith(
            [&](std::string_view request) -> vouch::Result<std::string> {
                if (stale.empty()) {
                    stale = tsa.reply(std::string(request));
                    return vouch::Error{"first try"};
                }
                return stale;
            },
            "first try"));
        QVERIFY(failsWith([&](std::string_view) -> vouch::Result<std::string> { return stale; },
                          "its token does not answer this request"));
    }
};

QTEST_MAIN(TestPdfSign)
#include "TestPdfSign.moc"
