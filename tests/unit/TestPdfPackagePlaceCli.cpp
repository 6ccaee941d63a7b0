// SPDX-License-Identifier: Apache-2.0
// One package per PDF, where Vouch put it (issue 13, item 6): verify and import read
// the package of a PDF sign-off only from the XMP metadata stream of the document
// catalog, in a PDF that ends where Vouch's writer ended it. More than one package, a
// package anywhere else, content appended after %%EOF, or a damaged or truncated PDF
// is refused with one line (exit 2), and import changes nothing.
#include "CliFiles.h"
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

using vouch::test::bytesOf;
using vouch::test::hashOf;
using vouch::test::runVouch;
using vouch::test::writeBytes;

namespace {} // namespace

class TestPdfPackagePlaceCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_pdf;
    QByteArray m_genuine;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // The XMP packet that carries the package, as Vouch wrote it.
    QByteArray xmpPacket() const
    {
        const auto begin = m_genuine.indexOf("<?xpacket begin");
        const QByteArray endTag = "<?xpacket end=\"w\"?>";
        const auto end = m_genuine.indexOf(endTag, begin) + endTag.size();
        return m_genuine.mid(begin, end - begin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString key = file(QStringLiteral("alice.key"));
        vouch::test::makeAliceKey(key, file(QStringLiteral("pass")));
        m_db = file(QStringLiteral("library.vouchdb"));
        const QString id = vouch::test::newBaselineDraft(m_db);
        QCOMPARE(runVouch({QStringLiteral("sign"), QStringLiteral("--key"), key,
                           QStringLiteral("--role"), QStringLiteral("assessor"),
                           QStringLiteral("--passphrase-file"), file(QStringLiteral("pass")),
                           QStringLiteral("--db"), m_db, id})
                     .exitCode,
                 0);
        QCOMPARE(runVouch({QStringLiteral("trust"), QStringLiteral("add"),
                           key + QStringLiteral(".pub"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 0);
        // Drawn from the package file: export-pdf of the library assessment returns the
        // PDF-signed sign-off, whose incremental updates these cases are not about.
        const QString package = file(QStringLiteral("signed.vouch"));
        QCOMPARE(runVouch({QStringLiteral("export"), id, QStringLiteral("--db"), m_db,
                           QStringLiteral("--out"), package})
                     .exitCode,
                 0);
        m_pdf = file(QStringLiteral("signed.pdf"));
        QCOMPARE(runVouch({QStringLiteral("export-pdf"), package, QStringLiteral("--db"), m_db,
                           QStringLiteral("--out"), m_pdf})
                     .exitCode,
                 0);
        m_genuine = bytesOf(m_pdf);
        QVERIFY(m_genuine.count("<vouch:package>") == 1);
    }

    void theGenuinePdfVerifies()
    {
        const auto run = runVouch({QStringLiteral("verify"), m_pdf, QStringLiteral("--db"), m_db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray other = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                                 "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                                 "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        // Another document with the genuine package appended after its end.
        QTest::newRow("package appended after %%EOF") << other + xmpPacket() + "\n"
                                                      << QStringLiteral("after the end of the PDF");
        QTest::newRow("package appended as an update")
            << other + "3 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n" + xmpPacket() +
                   "\nendstream\nendobj\n%%EOF\n"
            << QStringLiteral("after the end of the PDF");
        // The genuine PDF with a second package appended as an incremental update.
        QTest::newRow("two packages, appended")
            << m_genuine + "9 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n" + xmpPacket() +
                   "\nendstream\nendobj\n%%EOF\n"
            << QStringLiteral("more than one Vouch package");
        QByteArray twoInside = m_genuine;
        twoInside.insert(twoInside.indexOf('\n') + 1, "%" + xmpPacket().replace('\n', ' ') + "\n");
        QTest::newRow("two packages, inside")
            << twoInside << QStringLiteral("more than one Vouch package");
        // The catalog no longer names the stream as its metadata (same length, so every
        // offset stays right): the package is somewhere Vouch does not put it.
        QByteArray moved = m_genuine;
        moved.replace("/Metadata ", "/Metadatx ");
        QTest::newRow("package outside the catalog's metadata")
            << moved << QStringLiteral("not where Vouch puts it");
        QTest::newRow("truncated by 100 bytes")
            << m_genuine.left(m_genuine.size() - 100) << QStringLiteral("damaged or truncated");
        QTest::newRow("truncated to half")
            << m_genuine.left(m_genuine.size() / 2) << QStringLiteral("damaged or truncated");
        QByteArray badXref = m_genuine;
        const auto startxref = badXref.lastIndexOf("startxref\n") + 10;
        badXref.replace(startxref, 1, "1"); // a cross-reference offset that points nowhere
        QTest::newRow("damaged cross-reference")
            << badXref << QStringLiteral("damaged or truncated");
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString pdf = file(QStringLiteral("case.pdf"));
        writeBytes(pdf, bytes);
        const auto verified =
            runVouch({QStringLiteral("verify"), pdf, QStringLiteral("--db"), m_db});
        QVERIFY2(verified.exitCode == 2,
                 qPrintable(QString::number(verified.exitCode) + verified.out + verified.err));
        QVERIFY2(verified.err.startsWith(pdf + QStringLiteral(": ")), qPrintable(verified.err));
        QVERIFY2(verified.err.contains(message), qPrintable(verified.err));
        QCOMPARE(verified.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(!verified.out.contains(QStringLiteral("valid")), qPrintable(verified.out));

        const auto libraryBefore = hashOf(m_db);
        const auto imported =
            runVouch({QStringLiteral("import"), pdf, QStringLiteral("--db"), m_db});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(message), qPrintable(imported.err));
        QCOMPARE(hashOf(m_db), libraryBefore);
        const QString fresh = file(QStringLiteral("fresh.vouchdb"));
        QCOMPARE(runVouch({QStringLiteral("import"), pdf, QStringLiteral("--db"), fresh}).exitCode,
                 2);
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(bytesOf(pdf), bytes);
    }
};

QTEST_GUILESS_MAIN(TestPdfPackagePlaceCli)
#include "TestPdfPackagePlaceCli.moc"
