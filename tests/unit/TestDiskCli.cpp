// SPDX-License-Identifier: Apache-2.0
// Full disk and read-only media (issue 13, item 10). A save that hits a full disk says
// "disk is full" naming the file, never "damaged"; the check Vouch makes before SQLite
// opens a library counts the pages still in its -wal file, so a library whose
// checkpoint was cut short by a full disk opens once space is back; a library on
// read-only media can be read, and saves to it are refused with a clear line.
//
// The full-disk and read-only cases need a small tmpfs, so they run as root only (and
// are skipped otherwise); the cut-short checkpoint is built byte for byte and runs
// everywhere.
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

#include <sqlite3.h>

#include <unistd.h>

using vouch::test::bytesOf;
using vouch::test::runVouch;
using vouch::test::writeBytes;

namespace {

bool exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (code != SQLITE_OK) {
        qWarning("%s: %s", sql, message != nullptr ? message : "?");
    }
    sqlite3_free(message);
    return code == SQLITE_OK;
}

qint64 integer(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    qint64 value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return value;
}

int run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A small tmpfs at `folder`, when this test may mount one (root); unmounted on exit.
class Tmpfs
{
public:
    Tmpfs(const QString& folder, const QString& size)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = ::geteuid() == 0 &&
                    run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder}) == 0;
    }
    ~Tmpfs()
    {
        if (m_mounted) {
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
        }
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    bool remountReadOnly() const
    {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_folder}) == 0;
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

class TestDiskCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString newDraft(const QString& db)
    {
        const auto draft = runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
             QStringLiteral("--questionnaire"), vouch::test::shippedQuestionnaireArgument(),
             QStringLiteral("--answers"), vouch::test::baselineAnswersArgument()});
        if (draft.exitCode != 0) {
            qFatal("draft new failed: %s", qPrintable(draft.err));
        }
        return draft.out.trimmed();
    }

private Q_SLOTS:
    // After a full disk cut a checkpoint short, the main file's header counts pages that
    // are only in the -wal file: the library is intact, and every verb refused it as
    // "damaged (truncated ...)". Built here as SQLite leaves it: the -wal of a large
    // save, and the main file as the checkpoint left it (header and first pages written,
    // the rest missing).
    void aCheckpointCutShortByAFullDiskIsNotDamage()
    {
        const QString source = file(QStringLiteral("source.vouchdb"));
        const QString id = newDraft(source);
        const QString copy = file(QStringLiteral("cut-short.vouchdb"));
        qint64 before = 0;
        qint64 after = 0;
        qint64 pageSize = 0;
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(source.toUtf8().constData(), &db), SQLITE_OK);
            QVERIFY(exec(db, "PRAGMA wal_autocheckpoint = 0"));
            QVERIFY(exec(db, "PRAGMA wal_checkpoint(TRUNCATE)"));
            before = integer(db, "PRAGMA page_count");
            pageSize = integer(db, "PRAGMA page_size");
            // Evidence nobody references yet: 400 KiB of new pages at the end of the file.
            QVERIFY(exec(db, "INSERT INTO blobs(sha256, size, content) VALUES ("
                             "'0000000000000000000000000000000000000000000000000000000000000000', "
                             "409600, randomblob(409600))"));
            after = integer(db, "PRAGMA page_count");
            QVERIFY(after > before + 10);
            // The save is in the -wal only; keep a copy of it as the full disk left it.
            QVERIFY(QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
            QVERIFY(exec(db, "PRAGMA wal_checkpoint(FULL)"));
            // The checkpoint wrote page 1 (whose header now counts `after` pages) and the
            // pages up to the disk's end; the rest never reached the main file.
            writeBytes(copy, bytesOf(source).left(static_cast<int>((before + 2) * pageSize)));
            sqlite3_close(db);
        }
        QVERIFY(QFileInfo(copy).size() < after * pageSize);

        for (const auto& verb : {QStringLiteral("list"), QStringLiteral("history")}) {
            QStringList arguments{verb, QStringLiteral("--db"), copy};
            if (verb == QStringLiteral("history")) {
                arguments << id;
            }
            const auto listed = runVouch(arguments);
            QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
            QVERIFY(listed.out.contains(id.left(8)) || listed.out.contains(QStringLiteral("REV")));
        }
        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), copy});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(integer(db, "PRAGMA quick_check = 1") == -1, false);
            QCOMPARE(integer(db, "SELECT size FROM blobs WHERE sha256 LIKE '0000%'"), 409600);
            sqlite3_close(db);
        }
    }

    // The same file without the -wal that holds its missing pages is damaged, and said so.
    void aTruncatedLibraryWithoutItsWalIsStillDamaged()
    {
        const QString source = file(QStringLiteral("source2.vouchdb"));
        newDraft(source);
        const QString copy = file(QStringLiteral("truncated.vouchdb"));
        const auto bytes = bytesOf(source);
        writeBytes(copy, bytes.left(bytes.size() - 4096));
        writeBytes(copy + QStringLiteral("-wal"), QByteArray(32, '\0')); // no frames
        const auto listed = runVouch({QStringLiteral("list"), QStringLiteral("--db"), copy});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY2(listed.err.contains(QStringLiteral("damaged (truncated")), qPrintable(listed.err));
    }

    void aFullDiskSaysSoAndLosesNothing()
    {
        const QString folder = file(QStringLiteral("small-disk"));
        const Tmpfs disk(folder, QStringLiteral("3m"));
        if (!disk.mounted()) {
            QSKIP("needs root to mount a small tmpfs");
        }
        const QString db = folder + QStringLiteral("/library.vouchdb");
        const QString id = newDraft(db);
        // Fill the disk, leaving room for a few saves.
        {
            QFile filler(folder + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
            filler.resize(std::max<qint64>(0, filler.size() - 512 * 1024));
        }
        int saved = 0;
        QString refusal;
        for (int i = 0; i < 40 && refusal.isEmpty(); ++i) {
            const QString evidence = file(QStringLiteral("evidence%1.bin").arg(i));
            QByteArray content(96 * 1024, static_cast<char>('a' + i % 26));
            content.prepend(QByteArray::number(i));
            writeBytes(evidence, content);
            const auto attached =
                runVouch({QStringLiteral("draft"), QStringLiteral("attach"), id, evidence,
                          QStringLiteral("--question"), QStringLiteral("contract.baa"),
                          QStringLiteral("--db"), db});
            if (attached.exitCode == 0) {
                ++saved;
            } else {
                QCOMPARE(attached.exitCode, 2);
                refusal = attached.err;
            }
        }
        QVERIFY2(!refusal.isEmpty(), "the disk never filled up");
        qInfo("after %d saves: %s", saved, qPrintable(refusal.trimmed()));
        QVERIFY2(refusal.startsWith(db + QStringLiteral(": ")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral(": the disk is full; nothing was saved")),
                 qPrintable(refusal));
        QVERIFY2(saved > 0, "no save succeeded before the disk was full");
        QVERIFY2(!refusal.contains(QStringLiteral("damaged")), qPrintable(refusal));
        // Reading still works on the full disk, and says nothing of damage.
        const auto whileFull =
            runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db});
        QVERIFY2(!whileFull.err.contains(QStringLiteral("damaged")), qPrintable(whileFull.err));

        QVERIFY(QFile::remove(folder + QStringLiteral("/filler")));
        const auto history = runVouch(
            {QStringLiteral("history"), id, QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        // Every save that was reported is there: the first revision and one per attach.
        QCOMPARE(static_cast<int>(nlohmann::json::parse(history.out.toStdString()).size()),
                 1 + saved);
        const auto audit = runVouch(
            {QStringLiteral("audit"), QStringLiteral("--verify"), QStringLiteral("--db"), db});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
        const auto again =
            runVouch({QStringLiteral("draft"), QStringLiteral("attach"), id,
                      file(QStringLiteral("evidence0.bin")), QStringLiteral("--question"),
                      QStringLiteral("contract.baa"), QStringLiteral("--db"), db});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void aLibraryOnReadOnlyMediaCanBeRead()
    {
        const QString folder = file(QStringLiteral("read-only-disk"));
        const Tmpfs disk(folder, QStringLiteral("8m"));
        if (!disk.mounted()) {
            QSKIP("needs root to mount a tmpfs");
        }
        const QString db = folder + QStringLiteral("/library.vouchdb");
        const QString id = newDraft(db);
        QVERIFY(disk.remountReadOnly());
        const auto hash = QCryptographicHash::hash(bytesOf(db), QCryptographicHash::Sha256);

        const auto listed = runVouch({QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(id));
        const auto shown = runVouch({QStringLiteral("show"), id, QStringLiteral("--db"), db});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const auto history = runVouch({QStringLiteral("history"), id, QStringLiteral("--db"), db});
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        const QString package = file(QStringLiteral("from-read-only.vouch"));
        const auto exported = runVouch({QStringLiteral("export"), id, QStringLiteral("--out"),
                                        package, QStringLiteral("--db"), db});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo::exists(package));

        auto changed = vouch::test::readJson(vouch::test::baselineAnswersPath());
        changed["meta"]["title"] = "Changed on read-only media";
        const QString answers = file(QStringLiteral("changed.json"));
        writeBytes(answers, QByteArray::fromStdString(changed.dump()));
        const auto updated =
            runVouch({QStringLiteral("draft"), QStringLiteral("update"), id,
                      QStringLiteral("--answers"), answers, QStringLiteral("--db"), db});
        QCOMPARE(updated.exitCode, 2);
        QVERIFY2(updated.err.contains(db), qPrintable(updated.err));
        QVERIFY2(updated.err.contains(QStringLiteral("read-only")), qPrintable(updated.err));
        QCOMPARE(QCryptographicHash::hash(bytesOf(db), QCryptographicHash::Sha256), hash);
    }
};

QTEST_GUILESS_MAIN(TestDiskCli)
#include "TestDiskCli.moc"
