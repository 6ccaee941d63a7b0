// SPDX-License-Identifier: Apache-2.0
// Outputs never destroy (issue 13, item 7): `export`, `export-pdf` and `keygen` refuse
// an existing --out unless --force, never write over a library, its -wal/-shm or a
// private key (even with --force), never follow a symbolic link, name a folder in one
// line, and write through a temporary file renamed into place.
#include "CliFiles.h"
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using vouch::test::bytesOf;
using vouch::test::hashOf;
using vouch::test::runVouch;
using vouch::test::writeBytes;

namespace {

int lineCount(const QString& text)
{
    return static_cast<int>(text.trimmed().count(QLatin1Char('\n'))) + 1;
}

} // namespace

class TestOutputSafetyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;
    QString m_key;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Runs `arguments`, expects exit 2 with one line naming `named` and containing
    // `message`, and that `unchanged` kept its bytes.
    void expectRefused(const QStringList& arguments, const QString& named, const QString& message,
                       const QString& unchanged)
    {
        const auto before = hashOf(unchanged);
        const auto run = runVouch(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + run.out + run.err));
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(lineCount(run.err), 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // no success line
        QCOMPARE(hashOf(unchanged), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = file(QStringLiteral("alice.key"));
        vouch::test::makeAliceKey(m_key, file(QStringLiteral("pass")));
        m_db = file(QStringLiteral("library.vouchdb"));
        m_id = vouch::test::newBaselineDraft(m_db);
    }

    // `vouch export ID --out LIB --db LIB` replaced the library with JSON.
    void exportOverTheLibraryIsRefusedEvenWithForce()
    {
        for (const bool force : {false, true}) {
            QStringList arguments{QStringLiteral("export"), m_id, QStringLiteral("--out"), m_db,
                                  QStringLiteral("--db"),   m_db};
            if (force) {
                arguments << QStringLiteral("--force");
            }
            expectRefused(arguments, m_db, QStringLiteral("never writes over"), m_db);
        }
        QCOMPARE(runVouch({QStringLiteral("list"), QStringLiteral("--db"), m_db}).exitCode, 0);
    }

    // export-pdf pointed at the library exited 2 after destroying it.
    void exportPdfOverTheLibraryIsRefusedEvenWithForce()
    {
        expectRefused({QStringLiteral("export-pdf"), m_id, QStringLiteral("--out"), m_db,
                       QStringLiteral("--db"), m_db, QStringLiteral("--force")},
                      m_db, QStringLiteral("never writes over"), m_db);
        QCOMPARE(runVouch({QStringLiteral("list"), QStringLiteral("--db"), m_db}).exitCode, 0);
    }

    // The library's -wal and -shm files (there or not) are the library's too.
    void exportOverTheLibrarysWalOrShmIsRefused()
    {
        for (const auto* suffix : {"-wal", "-shm", "-journal"}) {
            const QString target = m_db + QLatin1String(suffix);
            const auto run =
                runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"), target,
                          QStringLiteral("--db"), m_db, QStringLiteral("--force")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(target + QStringLiteral(": ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("never writes over")), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(target));
        }
    }

    // Export silently overwrote a private key.
    void exportOverAPrivateKeyIsRefusedEvenWithForce()
    {
        for (const bool force : {false, true}) {
            QStringList arguments{QStringLiteral("export"), m_id, QStringLiteral("--out"), m_key,
                                  QStringLiteral("--db"),   m_db};
            if (force) {
                arguments << QStringLiteral("--force");
            }
            expectRefused(arguments, m_key, QStringLiteral("private key"), m_key);
        }
        expectRefused({QStringLiteral("export-pdf"), m_id, QStringLiteral("--out"), m_key,
                       QStringLiteral("--db"), m_db, QStringLiteral("--force")},
                      m_key, QStringLiteral("private key"), m_key);
        // A key made by another tool (unencrypted PKCS#8) counts as well.
        const QString foreign = file(QStringLiteral("foreign.pem"));
        writeBytes(foreign, "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n"
                            "-----END PRIVATE KEY-----\n");
        expectRefused({QStringLiteral("export"), m_id, QStringLiteral("--out"), foreign,
                       QStringLiteral("--db"), m_db, QStringLiteral("--force")},
                      foreign, QStringLiteral("private key"), foreign);
    }

    void anExistingFileNeedsForce()
    {
        const QString target = file(QStringLiteral("notes.txt"));
        writeBytes(target, "my notes\n");
        expectRefused({QStringLiteral("export"), m_id, QStringLiteral("--out"), target,
                       QStringLiteral("--db"), m_db},
                      target, QStringLiteral("already exists; not overwritten (add --force"),
                      target);
        expectRefused({QStringLiteral("export-pdf"), m_id, QStringLiteral("--out"), target,
                       QStringLiteral("--db"), m_db},
                      target, QStringLiteral("already exists; not overwritten (add --force"),
                      target);
        const auto forced =
            runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"), target,
                      QStringLiteral("--db"), m_db, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QVERIFY(bytesOf(target).startsWith("{"));
        const auto forcedPdf =
            runVouch({QStringLiteral("export-pdf"), m_id, QStringLiteral("--out"), target,
                      QStringLiteral("--db"), m_db, QStringLiteral("--force")});
        QVERIFY2(forcedPdf.exitCode == 0, qPrintable(forcedPdf.err));
        QVERIFY(bytesOf(target).startsWith("%PDF-"));
    }

    // export-pdf followed a symbolic link at --out and overwrote its target.
    void aSymbolicLinkIsNeverFollowed()
    {
        const QString target = file(QStringLiteral("precious.txt"));
        writeBytes(target, "precious\n");
        const QString link = file(QStringLiteral("link.pdf"));
        QVERIFY(QFile::link(target, link));
        for (const auto& verb : {QStringLiteral("export-pdf"), QStringLiteral("export")}) {
            expectRefused({verb, m_id, QStringLiteral("--out"), link, QStringLiteral("--db"), m_db,
                           QStringLiteral("--force")},
                          link, QStringLiteral("symbolic link"), target);
            QVERIFY(QFileInfo(link).isSymLink());
        }
        // A dangling link is not followed either (it would create its target).
        const QString dangling = file(QStringLiteral("dangling.vouch"));
        QVERIFY(QFile::link(file(QStringLiteral("nowhere/created.vouch")), dangling));
        const auto run = runVouch({QStringLiteral("export"), m_id, QStringLiteral("--out"),
                                   dangling, QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("symbolic link")), qPrintable(run.err));
    }

    void aFolderGetsOneLine()
    {
        const QString folder = file(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        for (const auto& verb : {QStringLiteral("export-pdf"), QStringLiteral("export")}) {
            const auto run = runVouch({verb, m_id, QStringLiteral("--out"), folder,
                                       QStringLiteral("--db"), m_db, QStringLiteral("--force")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(folder + QStringLiteral(": is a folder")),
                     qPrintable(run.err));
            QCOMPARE(lineCount(run.err), 1);
            QVERIFY(QDir(folder).isEmpty());
        }
        const auto keygen = runVouch(
            {QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Bob"),
             QStringLiteral("--role"), QStringLiteral("Approver"), QStringLiteral("--email"),
             QStringLiteral("bob@example.org"), QStringLiteral("--out"), folder,
             QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))});
        QCOMPARE(keygen.exitCode, 2);
        QVERIFY2(keygen.err.startsWith(folder + QStringLiteral(": is a folder")),
                 qPrintable(keygen.err));
    }

    // keygen never replaces a file (there is no --force for keys) nor follows a link.
    void keygenNeverReplacesOrFollows()
    {
        const QString target = file(QStringLiteral("precious-key.txt"));
        writeBytes(target, "precious\n");
        const QString link = file(QStringLiteral("link.key"));
        QVERIFY(QFile::link(target, link));
        for (const auto& out : {target, link, m_key}) {
            const auto before = hashOf(out);
            const auto run = runVouch(
                {QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Bob"),
                 QStringLiteral("--role"), QStringLiteral("Approver"), QStringLiteral("--email"),
                 QStringLiteral("bob@example.org"), QStringLiteral("--out"), out,
                 QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(out + QStringLiteral(": ")), qPrintable(run.err));
            QCOMPARE(hashOf(out), before);
        }
        QVERIFY(QFileInfo(link).isSymLink());
        // A new key is written whole, mode 0600, with nothing left beside it.
        const QString folder = file(QStringLiteral("keys"));
        QVERIFY(QDir().mkpath(folder));
        const QString fresh = folder + QStringLiteral("/bob.key");
        const auto made = runVouch(
            {QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Bob"),
             QStringLiteral("--role"), QStringLiteral("Approver"), QStringLiteral("--email"),
             QStringLiteral("bob@example.org"), QStringLiteral("--out"), fresh,
             QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        // Beside the key: its self-signed certificate for PDF signatures and the binding.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 (QStringList{QStringLiteral("bob.key"), QStringLiteral("bob.key.binding"),
                              QStringLiteral("bob.key.p12"), QStringLiteral("bob.key.pub")}));
        for (const auto& secret : {fresh, fresh + QStringLiteral(".p12")}) {
            QCOMPARE(QFileInfo(secret).permissions() & (QFile::ReadGroup | QFile::ReadOther |
                                                        QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
        }
    }

    // An interrupted export-pdf left a broken file: now --out holds the old bytes or
    // the whole new PDF, whenever the process is killed.
    void anInterruptedExportNeverLeavesAPartFile()
    {
        const QString target = file(QStringLiteral("interrupted.pdf"));
        const QByteArray old = "the previous file\n";
        for (int delay : {40, 80, 120, 160, 200, 260, 320, 400}) {
            writeBytes(target, old);
            QProcess process;
            auto environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("DISPLAY"));
            environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(VOUCH_BINARY),
                          {QStringLiteral("export-pdf"), m_id, QStringLiteral("--out"), target,
                           QStringLiteral("--db"), m_db, QStringLiteral("--force")});
            QVERIFY(process.waitForStarted());
            QThread::msleep(static_cast<unsigned long>(delay));
            process.kill();
            process.waitForFinished();
            const auto bytes = bytesOf(target);
            QVERIFY2(
                bytes == old || (bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF")),
                qPrintable(QStringLiteral("after %1 ms: %2 bytes").arg(delay).arg(bytes.size())));
        }
        // Leftover temporary files of killed runs are not --out and are never read.
        QCOMPARE(runVouch({QStringLiteral("list"), QStringLiteral("--db"), m_db}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutputSafetyCli)
#include "TestOutputSafetyCli.moc"
