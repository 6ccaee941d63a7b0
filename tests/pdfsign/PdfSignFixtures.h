// SPDX-License-Identifier: Apache-2.0
// What the PDF signature tests share: running the stock tools (openssl, pdfsig, qpdf),
// a test CA that issues PKCS#12 identities, and reading pdfsig's verdicts.
#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <string>

namespace vouch::test {

inline const QString kP12Passphrase = QStringLiteral("correct horse battery staple");

struct ToolRun
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

inline ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

inline std::string readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

inline bool writeBytes(const QString& path, const std::string& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(bytes.data(), static_cast<qint64>(bytes.size())) ==
               static_cast<qint64>(bytes.size());
}

// pdfsig's verdicts: one entry per signature.
struct PdfsigResult
{
    QStringList validations; // "Signature is Valid.", ...
    QStringList coverage;    // "Total document signed" / "Not total document signed"
    QString output;
};

inline PdfsigResult pdfsig(const QString& path)
{
    const auto result = runTool(QStringLiteral(VOUCH_PDFSIG), {QStringLiteral("-nocert"), path});
    PdfsigResult parsed;
    parsed.output = result.output;
    static const QRegularExpression validation(QStringLiteral("Signature Validation: (.*)"));
    static const QRegularExpression coverage(
        QStringLiteral("- ((?:Total|Not total) document signed)"));
    for (auto it = validation.globalMatch(result.output); it.hasNext();) {
        parsed.validations << it.next().captured(1).trimmed();
    }
    for (auto it = coverage.globalMatch(result.output); it.hasNext();) {
        parsed.coverage << it.next().captured(1).trimmed();
    }
    return parsed;
}

// A root CA made with the stock openssl command in `folder` (ca.pem, ca.key), which
// issues leaf certificates as NAME.p12 (key, certificate and the CA certificate).
class TestCa
{
public:
    explicit TestCa(QString folder)
        : m_folder(std::move(folder))
    {}

    [[nodiscard]] QString file(const QString& name) const
    {
        return m_folder + QLatin1Char('/') + name;
    }

    bool make()
    {
        return writeBytes(file(QStringLiteral("leaf.ext")),
                          std::string("basicConstraints=CA:FALSE\n"
                                      "keyUsage=critical,digitalSignature,nonRepudiation\n")) &&
               openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), file(QStringLiteral("ca.key")),
                        QStringLiteral("-out"), file(QStringLiteral("ca.pem")),
                        QStringLiteral("-days"), QStringLiteral("60"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Test Organisation Root CA/O=Test Organisation")});
    }

    bool issue(const QString& name, const QString& commonName, bool ecdsa)
    {
        const QStringList key =
            ecdsa
                ? QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")}
                : QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new"),
                                   QStringLiteral("-nodes")} +
                       key +
                       QStringList{QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                                   QStringLiteral("-out"), file(name + QStringLiteral(".csr")),
                                   QStringLiteral("-subj"),
                                   QStringLiteral("/CN=%1/O=Test Organisation").arg(commonName)}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        file(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                        file(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                        file(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                        file(QStringLiteral("leaf.ext")), QStringLiteral("-out"),
                        file(name + QStringLiteral(".pem"))}) &&
               openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"),
                        QStringLiteral("-inkey"), file(name + QStringLiteral(".key")),
                        QStringLiteral("-in"), file(name + QStringLiteral(".pem")),
                        QStringLiteral("-certfile"), file(QStringLiteral("ca.pem")),
                        QStringLiteral("-passout"), QStringLiteral("pass:") + kP12Passphrase,
                        QStringLiteral("-out"), file(name + QStringLiteral(".p12"))});
    }

private:
    bool openssl(const QStringList& arguments) const
    {
        const auto result = runTool(QStringLiteral(VOUCH_OPENSSL), arguments);
        if (result.exitCode != 0) {
            qWarning("openssl failed: %s", qPrintable(result.output));
        }
        return result.exitCode == 0;
    }

    QString m_folder;
};

// A time-stamping authority made with the stock openssl command in `folder`: its root
// (tsaca.pem), its certificate (tsa.pem, extended key usage timeStamping, critical) and
// key, and a config for `openssl ts -reply`, which answers each request in-process (no
// HTTP: tests/tools/tsa_responder.py is the one behind a port).
class TestTsa
{
public:
    explicit TestTsa(QString folder)
        : m_folder(std::move(folder))
    {}

    [[nodiscard]] QString file(const QString& name) const
    {
        return m_folder + QLatin1Char('/') + name;
    }

    bool make()
    {
        const QString config =
            QStringLiteral(
                "[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = %1\n"
                "crypto_device = builtin\nsigner_cert = %2\ncerts = %3\nsigner_key = %4\n"
                "signer_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256\n"
                "accuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_alg = sha256\n")
                .arg(file(QStringLiteral("tsa-serial")), file(QStringLiteral("tsa.pem")),
                     file(QStringLiteral("tsaca.pem")), file(QStringLiteral("tsa.key")));
        return writeBytes(file(QStringLiteral("tsa-serial")), std::string("01\n")) &&
               writeBytes(file(QStringLiteral("tsa.cnf")), config.toStdString()) &&
               writeBytes(file(QStringLiteral("tsa.ext")),
                          std::string("basicConstraints=CA:FALSE\n"
                                      "keyUsage=critical,digitalSignature\n"
                                      "extendedKeyUsage=critical,timeStamping\n")) &&
               openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), file(QStringLiteral("tsaca.key")),
                        QStringLiteral("-out"), file(QStringLiteral("tsaca.pem")),
                        QStringLiteral("-days"), QStringLiteral("60"), QStringLiteral("-subj"),
                        QStringLiteral("/O=Vouch Tests/CN=Vouch Test TSA Root")}) &&
               openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), file(QStringLiteral("tsa.key")),
                        QStringLiteral("-out"), file(QStringLiteral("tsa.csr")),
                        QStringLiteral("-subj"),
                        QStringLiteral("/O=Vouch Tests/CN=Vouch Test TSA")}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        file(QStringLiteral("tsa.csr")), QStringLiteral("-CA"),
                        file(QStringLiteral("tsaca.pem")), QStringLiteral("-CAkey"),
                        file(QStringLiteral("tsaca.key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                        file(QStringLiteral("tsa.ext")), QStringLiteral("-out"),
                        file(QStringLiteral("tsa.pem"))});
    }

    // `openssl ts -reply` to a DER TimeStampReq: the DER TimeStampResp; "" on failure.
    [[nodiscard]] std::string reply(const std::string& query) const
    {
        const QString queryFile = file(QStringLiteral("query.tsq"));
        const QString replyFile = file(QStringLiteral("reply.tsr"));
        QFile::remove(replyFile);
        if (!writeBytes(queryFile, query) ||
            !openssl({QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                      file(QStringLiteral("tsa.cnf")), QStringLiteral("-queryfile"), queryFile,
                      QStringLiteral("-out"), replyFile})) {
            return {};
        }
        return readBytes(replyFile);
    }

private:
    bool openssl(const QStringList& arguments) const
    {
        const auto result = runTool(QStringLiteral(VOUCH_OPENSSL), arguments);
        if (result.exitCode != 0) {
            qWarning("openssl failed: %s", qPrintable(result.output));
        }
        return result.exitCode == 0;
    }

    QString m_folder;
};

} // namespace vouch::test
