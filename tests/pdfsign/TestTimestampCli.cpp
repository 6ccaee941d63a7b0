// SPDX-License-Identifier: Apache-2.0
// RFC 3161 timestamps on PDF signatures (PAdES B-T), with a time-stamping authority the
// test runs on 127.0.0.1: tests/tools/tsa_responder.py answers each request with the
// stock `openssl ts -reply`, signing with a TSA certificate this test makes with the
// openssl command. Checked with pdfsig, `openssl ts -verify` on the token taken out of
// the PDF, and `vouch verify`; a TSA that is down, refuses, answers garbage or too late
// signs nothing and leaves the library as it was.
#include "CliFiles.h"
#include "PdfSignFixtures.h"
#include "VouchProcess.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

using vouch::test::pdfsig;
using vouch::test::readBytes;
using vouch::test::runTool;
using vouch::test::runVouch;

namespace {

// A PDF signature's /Contents: where its hex string is in the file, and the CMS in it.
struct SignatureContents
{
    qsizetype hexStart = 0; // after '<'
    qsizetype hexLength = 0;
    QByteArray der; // with the zero padding
};

QList<SignatureContents> signatureContentsOf(const QByteArray& pdf)
{
    QList<SignatureContents> found;
    static const QRegularExpression range(
        QStringLiteral("/ByteRange\\s*\\[\\s*0\\s+(\\d+)\\s+(\\d+)\\s+\\d+\\s*\\]"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const qsizetype first = match.captured(1).toLongLong();
        const qsizetype second = match.captured(2).toLongLong();
        SignatureContents contents{first + 1, second - first - 2, {}};
        contents.der = QByteArray::fromHex(pdf.mid(contents.hexStart, contents.hexLength));
        if (std::none_of(found.begin(), found.end(), [&](const SignatureContents& c) {
                return c.hexStart == contents.hexStart;
            })) {
            found.append(contents);
        }
    }
    return found;
}

struct CmsFree
{
    void operator()(CMS_ContentInfo* cms) const { CMS_ContentInfo_free(cms); }
};
using CmsHandle = std::unique_ptr<CMS_ContentInfo, CmsFree>;

CmsHandle cmsOf(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return CmsHandle(d2i_CMS_ContentInfo(nullptr, &cursor, der.size()));
}

CMS_SignerInfo* signerOf(CMS_ContentInfo* cms)
{
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms);
    return infos != nullptr && sk_CMS_SignerInfo_num(infos) == 1 ? sk_CMS_SignerInfo_value(infos, 0)
                                                                 : nullptr;
}

// The DER of the signature timestamp token of the CMS's one signer; empty when none.
QByteArray timestampTokenOf(CMS_ContentInfo* cms)
{
    CMS_SignerInfo* signer = signerOf(cms);
    const int index =
        signer == nullptr
            ? -1
            : CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signer, index), 0);
    if (value == nullptr || value->type != V_ASN1_SEQUENCE) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value->value.sequence)),
                      ASN1_STRING_length(value->value.sequence));
}

QByteArray signatureValueOf(CMS_ContentInfo* cms)
{
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signerOf(cms));
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                      ASN1_STRING_length(value));
}

// The CMS with its timestamp token replaced by `token`, re-encoded.
QByteArray withToken(CMS_ContentInfo* cms, const QByteArray& token)
{
    CMS_SignerInfo* signer = signerOf(cms);
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    X509_ATTRIBUTE_free(CMS_unsigned_delete_attr(signer, index));
    CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                  token.constData(), static_cast<int>(token.size()));
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &out);
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

} // namespace

class TestTimestampCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id; // signed by Alice and Bob, both with the TSA
    QString m_tsaUrl;
    QProcess m_tsa; // the answering TSA, for the whole test

    QString file(const QString& name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList& arguments) const
    {
        const auto result = runTool(QStringLiteral(VOUCH_OPENSSL), arguments);
        if (result.exitCode != 0) {
            qWarning("openssl failed: %s", qPrintable(result.output));
        }
        return result.exitCode == 0;
    }

    // Starts tests/tools/tsa_responder.py in `mode`; its URL, or "" if it did not start.
    QString startTsa(QProcess& process, const QString& mode)
    {
        process.setProgram(QStringLiteral(VOUCH_PYTHON));
        process.setArguments({QStringLiteral(VOUCH_TSA_RESPONDER), QStringLiteral("--openssl"),
                              QStringLiteral(VOUCH_OPENSSL), QStringLiteral("--cert"),
                              file(QStringLiteral("tsa.pem")), QStringLiteral("--key"),
                              file(QStringLiteral("tsa.key")), QStringLiteral("--chain"),
                              file(QStringLiteral("tsaca.pem")), QStringLiteral("--mode"), mode,
                              QStringLiteral("--lifetime"), QStringLiteral("600")});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000)) {
            return {};
        }
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000)) {
                qWarning("tsa_responder: %s", process.readAllStandardError().constData());
                return {};
            }
        }
        const int port = QString::fromLatin1(process.readLine()).trimmed().toInt();
        return port > 0 ? QStringLiteral("http://127.0.0.1:%1/tsa").arg(port) : QString();
    }

    static void stopTsa(QProcess& process)
    {
        process.kill();
        process.waitForFinished(10000);
    }

    vouch::test::Run sign(const QString& key, const QString& role, const QString& id,
                          const QString& tsa)
    {
        QStringList arguments{QStringLiteral("sign"),
                              QStringLiteral("--key"),
                              file(key),
                              QStringLiteral("--role"),
                              role,
                              QStringLiteral("--passphrase-file"),
                              file(QStringLiteral("pass")),
                              QStringLiteral("--db"),
                              m_db,
                              id};
        if (!tsa.isEmpty()) {
            arguments << QStringLiteral("--tsa") << tsa;
        }
        return runVouch(arguments, noProxy());
    }

    // The TSA is on 127.0.0.1: no proxy from the machine's environment in between.
    static QProcessEnvironment noProxy()
    {
        QProcessEnvironment environment;
        for (const char* name : {"no_proxy", "NO_PROXY"}) {
            environment.insert(QString::fromLatin1(name), QStringLiteral("127.0.0.1,localhost"));
        }
        return environment;
    }

    vouch::test::Run verify(const QString& pdf)
    {
        return runVouch({QStringLiteral("verify"), pdf, QStringLiteral("--db"), m_db});
    }

    // What `vouch list` and `vouch history` say about the library, to compare.
    QString libraryState(const QString& id)
    {
        const auto list = runVouch({QStringLiteral("list"), QStringLiteral("--db"), m_db});
        const auto history =
            runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), m_db});
        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), m_db});
        return list.out + QStringLiteral("\n--\n") + history.out + QStringLiteral("\n--\n") +
               audit.out;
    }

    // Signing a new draft with a TSA that fails: exit 2, one line naming the TSA and what
    // happened, and nothing signed or stored.
    // `took`: how long `vouch sign` took, in milliseconds.
    void checkFailingTsa(const QString& url, const QString& what, qint64& took)
    {
        const QString draft = vouch::test::newBaselineDraft(m_db);
        const QString before = libraryState(draft);
        QElapsedTimer timer;
        timer.start();
        const auto failed =
            sign(QStringLiteral("alice.key"), QStringLiteral("assessor"), draft, url);
        took = timer.elapsed();
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.out.isEmpty(), qPrintable(failed.out));
        QCOMPARE(failed.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(failed.err.contains(QStringLiteral("time-stamping authority ") + url +
                                     QStringLiteral(": ")),
                 qPrintable(failed.err));
        QVERIFY2(failed.err.contains(what), qPrintable(failed.err));
        QVERIFY2(failed.err.trimmed().endsWith(QStringLiteral("; nothing was signed")),
                 qPrintable(failed.err));
        QCOMPARE(libraryState(draft), before);
        const auto shown = runVouch({QStringLiteral("show"), draft, QStringLiteral("--db"), m_db});
        QVERIFY2(shown.out.contains(QStringLiteral("draft")), qPrintable(shown.out));
        const auto exported =
            runVouch({QStringLiteral("export-pdf"), draft, QStringLiteral("--db"), m_db,
                      QStringLiteral("--out"), file(draft + QStringLiteral(".pdf"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(pdfsig(file(draft + QStringLiteral(".pdf"))).validations.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The TSA's own root and its certificate, extended key usage timeStamping
        // (critical), as RFC 3161 requires.
        QVERIFY(vouch::test::writeBytes(file(QStringLiteral("tsa.ext")),
                                        std::string("basicConstraints=CA:FALSE\n"
                                                    "keyUsage=critical,digitalSignature\n"
                                                    "extendedKeyUsage=critical,timeStamping\n")));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), file(QStringLiteral("tsaca.key")),
                         QStringLiteral("-out"), file(QStringLiteral("tsaca.pem")),
                         QStringLiteral("-days"), QStringLiteral("60"), QStringLiteral("-subj"),
                         QStringLiteral("/O=Vouch Tests/CN=Vouch Test TSA Root")}));
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), file(QStringLiteral("tsa.key")),
                     QStringLiteral("-out"), file(QStringLiteral("tsa.csr")),
                     QStringLiteral("-subj"), QStringLiteral("/O=Vouch Tests/CN=Vouch Test TSA")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         file(QStringLiteral("tsa.csr")), QStringLiteral("-CA"),
                         file(QStringLiteral("tsaca.pem")), QStringLiteral("-CAkey"),
                         file(QStringLiteral("tsaca.key")), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                         file(QStringLiteral("tsa.ext")), QStringLiteral("-out"),
                         file(QStringLiteral("tsa.pem"))}));
        m_tsaUrl = startTsa(m_tsa, QStringLiteral("ok"));
        QVERIFY2(!m_tsaUrl.isEmpty(), "the test TSA did not start");

        vouch::test::makeAliceKey(file(QStringLiteral("alice.key")), file(QStringLiteral("pass")));
        const auto bob = runVouch(
            {QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Bob Approver"),
             QStringLiteral("--role"), QStringLiteral("Officer"), QStringLiteral("--email"),
             QStringLiteral("bob@example.org"), QStringLiteral("--out"),
             file(QStringLiteral("bob.key")), QStringLiteral("--passphrase-file"),
             file(QStringLiteral("pass"))});
        QVERIFY2(bob.exitCode == 0, qPrintable(bob.err));
        m_db = file(QStringLiteral("library.vouchdb"));
        m_id = vouch::test::newBaselineDraft(m_db);
        for (const auto& pub : {QStringLiteral("alice.key.pub"), QStringLiteral("bob.key.pub")}) {
            const auto trusted = runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                                           file(pub), QStringLiteral("--db"), m_db});
            QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        }
        const auto assessor =
            sign(QStringLiteral("alice.key"), QStringLiteral("assessor"), m_id, m_tsaUrl);
        QVERIFY2(assessor.exitCode == 0, qPrintable(assessor.err));
        QVERIFY2(assessor.err.isEmpty(), qPrintable(assessor.err));
        m_assessorOut = assessor.out;
        const auto approver =
            sign(QStringLiteral("bob.key"), QStringLiteral("approver"), m_id, m_tsaUrl);
        QVERIFY2(approver.exitCode == 0, qPrintable(approver.err));
        m_approverOut = approver.out;
        const auto exported =
            runVouch({QStringLiteral("export-pdf"), m_id, QStringLiteral("--db"), m_db,
                      QStringLiteral("--out"), file(QStringLiteral("stamped.pdf"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }

    void cleanupTestCase() { stopTsa(m_tsa); }

    void signSaysWhoTimestampedIt()
    {
        static const QRegularExpression line(
            QStringLiteral("^timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC by "
                           "CN=Vouch Test TSA,O=Vouch Tests \\(RFC 3161, (.*)\\)$"),
            QRegularExpression::MultilineOption);
        for (const auto& out : {m_assessorOut, m_approverOut}) {
            const auto match = line.match(out);
            QVERIFY2(match.hasMatch(), qPrintable(out));
            QCOMPARE(match.captured(1), m_tsaUrl);
            QVERIFY(!out.contains(QStringLiteral("signer's clock")));
        }
    }

    void pdfsigSaysEverySignatureIsValid()
    {
        const auto checked = pdfsig(file(QStringLiteral("stamped.pdf")));
        QCOMPARE(checked.validations, QStringList({QStringLiteral("Signature is Valid."),
                                                   QStringLiteral("Signature is Valid.")}));
        QCOMPARE(checked.coverage.last(), QStringLiteral("Total document signed"));
        // pdfsig 22.12 (Debian 12) reads the signing time from the signed attributes and
        // shows no RFC 3161 timestamp: its line is the signer's clock, as Vouch says.
        QCOMPARE(checked.output.count(QStringLiteral("- Signing Time: ")), 2);
        QVERIFY(checked.output.contains(QStringLiteral("- Signature Type: ETSI.CAdES.detached")));
    }

    void qpdfChecksTheFile()
    {
        const auto checked =
            runTool(QStringLiteral(VOUCH_QPDF),
                    {QStringLiteral("--check"), file(QStringLiteral("stamped.pdf"))});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));
    }

    void opensslVerifiesEachTokenOverItsSignatureValue()
    {
        const QByteArray pdf = vouch::test::bytesOf(file(QStringLiteral("stamped.pdf")));
        const auto signatures = signatureContentsOf(pdf);
        QCOMPARE(signatures.size(), 2);
        for (int i = 0; i < signatures.size(); ++i) {
            const auto cms = cmsOf(signatures[i].der);
            QVERIFY(cms);
            const QByteArray token = timestampTokenOf(cms.get());
            QVERIFY2(!token.isEmpty(), "no id-aa-signatureTimeStampToken in the SignerInfo");
            const QString tokenFile = file(QStringLiteral("token%1.der").arg(i + 1));
            vouch::test::writeBytes(tokenFile, token);
            const QByteArray digest =
                QCryptographicHash::hash(signatureValueOf(cms.get()), QCryptographicHash::Sha256)
                    .toHex();
            const auto verified =
                runTool(QStringLiteral(VOUCH_OPENSSL),
                        {QStringLiteral("ts"), QStringLiteral("-verify"),
                         QStringLiteral("-token_in"), QStringLiteral("-in"), tokenFile,
                         QStringLiteral("-digest"), QString::fromLatin1(digest),
                         QStringLiteral("-CAfile"), file(QStringLiteral("tsaca.pem"))});
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
            QVERIFY2(verified.output.contains(QStringLiteral("Verification: OK")),
                     qPrintable(verified.output));
            // The same token does not stamp another value.
            const auto other =
                runTool(QStringLiteral(VOUCH_OPENSSL),
                        {QStringLiteral("ts"), QStringLiteral("-verify"),
                         QStringLiteral("-token_in"), QStringLiteral("-in"), tokenFile,
                         QStringLiteral("-digest"), QString(64, QLatin1Char('a')),
                         QStringLiteral("-CAfile"), file(QStringLiteral("tsaca.pem"))});
            QVERIFY2(other.exitCode != 0, qPrintable(other.output));
        }
    }

    void verifyReportsEachTimestamp()
    {
        const auto verified = verify(file(QStringLiteral("stamped.pdf")));
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        static const QRegularExpression stamp(
            QStringLiteral(
                "^PDF signature (\\d): valid .*  timestamp \\d{4}-\\d\\d-\\d\\d "
                "\\d\\d:\\d\\d:\\d\\d UTC "
                "by CN=Vouch Test TSA,O=Vouch Tests \\(RFC 3161; not checked against a trusted "
                "root\\)"),
            QRegularExpression::MultilineOption);
        QStringList numbers;
        for (auto it = stamp.globalMatch(verified.out); it.hasNext();) {
            numbers << it.next().captured(1);
        }
        QCOMPARE(numbers, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    }

    void aTokenOverAnotherSignatureIsInvalid()
    {
        // The two genuine tokens swapped: each is still the TSA's, but stamps the other
        // signature's value. The CMS signatures themselves are untouched.
        QByteArray pdf = vouch::test::bytesOf(file(QStringLiteral("stamped.pdf")));
        const auto signatures = signatureContentsOf(pdf);
        QCOMPARE(signatures.size(), 2);
        const auto first = cmsOf(signatures[0].der);
        const auto second = cmsOf(signatures[1].der);
        const QByteArray firstToken = timestampTokenOf(first.get());
        const QByteArray secondToken = timestampTokenOf(second.get());
        const QList<QByteArray> swapped{withToken(first.get(), secondToken),
                                        withToken(second.get(), firstToken)};
        for (int i = 0; i < 2; ++i) {
            QByteArray hex = swapped[i].toHex();
            QVERIFY(hex.size() <= signatures[i].hexLength);
            hex.append(QByteArray(signatures[i].hexLength - hex.size(), '0'));
            pdf.replace(signatures[i].hexStart, signatures[i].hexLength, hex);
        }
        vouch::test::writeBytes(file(QStringLiteral("swapped.pdf")), pdf);
        const auto verified = verify(file(QStringLiteral("swapped.pdf")));
        QCOMPARE(verified.exitCode, 1);
        for (const char* number : {"1", "2"}) {
            QVERIFY2(verified.out.contains(
                         QStringLiteral("PDF signature %1: INVALID").arg(QLatin1String(number))),
                     qPrintable(verified.out));
        }
        QVERIFY2(verified.out.contains(QStringLiteral("-- its timestamp is not over its signature "
                                                      "value (")),
                 qPrintable(verified.out));
    }

    void withoutATsaTheTimeIsTheSignersClock()
    {
        const QString draft = vouch::test::newBaselineDraft(m_db);
        const auto signedOffline =
            sign(QStringLiteral("alice.key"), QStringLiteral("assessor"), draft, {});
        QVERIFY2(signedOffline.exitCode == 0, qPrintable(signedOffline.err));
        QVERIFY2(signedOffline.out.contains(QStringLiteral(
                     "\ntime: the signer's clock (no time-stamping authority; --tsa URL adds an "
                     "RFC 3161 timestamp)\n")),
                 qPrintable(signedOffline.out));
        const QString pdf = file(QStringLiteral("offline.pdf"));
        QCOMPARE(runVouch({QStringLiteral("export-pdf"), draft, QStringLiteral("--db"), m_db,
                           QStringLiteral("--out"), pdf})
                     .exitCode,
                 0);
        const auto verified = verify(pdf);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("no timestamp (the time is the signer's "
                                                      "clock)")),
                 qPrintable(verified.out));
        QVERIFY(timestampTokenOf(cmsOf(signatureContentsOf(vouch::test::bytesOf(pdf))[0].der).get())
                    .isEmpty());
    }

    void aTsaThatIsDownSignsNothing()
    {
        QProcess gone;
        const QString url = startTsa(gone, QStringLiteral("ok"));
        QVERIFY(!url.isEmpty());
        stopTsa(gone); // its port is closed now
        qint64 took = 0;
        checkFailingTsa(
            url, QStringLiteral(": cannot connect (Connection refused); nothing was signed"), took);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Said at once, not after the 10 s the exchange may take.
        QVERIFY2(took < 8000, qPrintable(QString::number(took)));
    }

    void aTsaThatRefusesSignsNothing()
    {
        QProcess refusing;
        const QString url = startTsa(refusing, QStringLiteral("reject"));
        QVERIFY(!url.isEmpty());
        qint64 took = 0;
        checkFailingTsa(url, QStringLiteral("refused the request (rejection: badAlg"), took);
        stopTsa(refusing);
    }

    void aTsaThatAnswersGarbageSignsNothing()
    {
        QProcess garbage;
        const QString url = startTsa(garbage, QStringLiteral("garbage"));
        QVERIFY(!url.isEmpty());
        qint64 took = 0;
        checkFailingTsa(url, QStringLiteral("answered something that is not a time-stamp response"),
                        took);
        stopTsa(garbage);
    }

    void aTsaThatDoesNotAnswerInTimeSignsNothing()
    {
        QProcess slow;
        const QString url = startTsa(slow, QStringLiteral("slow"));
        QVERIFY(!url.isEmpty());
        qint64 took = 0;
        checkFailingTsa(url, QStringLiteral("did not answer within 10 s"), took);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(took >= 10000 && took < 40000, qPrintable(QString::number(took)));
        stopTsa(slow);
    }

    void aUrlThatIsNotHttpIsRefusedBeforeAnything()
    {
        const QString draft = vouch::test::newBaselineDraft(m_db);
        const QString before = libraryState(draft);
        for (const auto& url : {QStringLiteral("https://timestamp.example.org/"),
                                QStringLiteral("timestamp.example.org")}) {
            const auto refused =
                sign(QStringLiteral("alice.key"), QStringLiteral("assessor"), draft, url);
            QCOMPARE(refused.exitCode, 2);
            QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(refused.err.startsWith(QStringLiteral("vouch sign: --tsa: the time-stamping "
                                                           "authority \"") +
                                            url),
                     qPrintable(refused.err));
        }
        QCOMPARE(libraryState(draft), before);
    }

    void signPdfTimestampsToo()
    {
        vouch::test::TestCa ca(m_dir.path());
        QVERIFY(ca.make());
        QVERIFY(ca.issue(QStringLiteral("carol"), QStringLiteral("Carol Officer"), true));
        const QString in = file(QStringLiteral("offline.pdf"));
        const QString out = file(QStringLiteral("carol.pdf"));
        const auto signedPdf =
            runVouch({QStringLiteral("sign-pdf"), in, QStringLiteral("--identity"),
                      file(QStringLiteral("carol.p12")), QStringLiteral("--role"),
                      QStringLiteral("approver"), QStringLiteral("--out"), out,
                      QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")),
                      QStringLiteral("--tsa"), m_tsaUrl},
                     noProxy());
        QVERIFY2(signedPdf.exitCode == 0, qPrintable(signedPdf.err));
        QVERIFY2(signedPdf.err.contains(QStringLiteral("PDF signature 2: valid  Carol Officer")),
                 qPrintable(signedPdf.err));
        QVERIFY2(signedPdf.err.contains(QStringLiteral("timestamp ")) &&
                     signedPdf.err.contains(QStringLiteral("by CN=Vouch Test TSA,O=Vouch Tests")),
                 qPrintable(signedPdf.err));
        const auto checked = pdfsig(out);
        QCOMPARE(checked.validations, QStringList({QStringLiteral("Signature is Valid."),
                                                   QStringLiteral("Signature is Valid.")}));
    }

private:
    QString m_assessorOut;
    QString m_approverOut;
};

QTEST_GUILESS_MAIN(TestTimestampCli)
#include "TestTimestampCli.moc"
