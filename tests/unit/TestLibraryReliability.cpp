// SPDX-License-Identifier: Apache-2.0
// The library under abuse: a writer killed with SIGKILL at random instants, and two
// processes writing at once. Nothing a save reported may be lost or damaged.
#include "TestSupport.h"
#include "model/Sha256.h"
#include "model/Uuid.h"
#include "store/Library.h"

#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <map>

using namespace vouch;
using namespace vouch::store;

namespace {

const StoredQuestionnaire kQuestionnaire{model::sha256Hex("q"), "test-q", "1.0.0", "q"};

std::map<int, std::string> savedRevisions(const QByteArray& output)
{
    std::map<int, std::string> saved;
    for (const auto& line : output.split('\n')) {
        const auto parts = line.split(' ');
        // A line cut short by the kill is not a completed report.
        if (parts.size() == 3 && parts[0] == "saved" && parts[2].size() == 64) {
            saved[parts[1].toInt()] = parts[2].toStdString();
        }
    }
    return saved;
}

} // namespace

class TestLibraryReliability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::pair<std::string, std::string> newLibraryWithAssessment(const QString& name)
    {
        const auto path = m_dir.filePath(name).toStdString();
        auto library = Library::open(path, OpenIntent::CreateIfMissing);
        if (!library || !library->storeQuestionnaire(kQuestionnaire)) {
            qFatal("cannot create the library");
        }
        const auto id = model::newUuid();
        AssessmentFields fields;
        fields.title = "Crash test";
        if (!library->createAssessment(
                id, fields, {"first", kQuestionnaire.sha256, "test", RevisionKind::Draft})) {
            qFatal("cannot create the assessment");
        }
        return {path, id};
    }

    // Everything a reader may rely on after any crash. `fromRevision` limits the
    // (costly) hash checks to the newest revisions; the final check covers all.
    static void checkConsistent(const Library& library, const std::string& id, int fromRevision = 1)
    {
        auto integrity = library.database().prepare("PRAGMA integrity_check");
        QVERIFY(integrity && integrity->step());
        QCOMPARE(integrity->text(0), std::string("ok"));
        const auto record = *library.assessment(id);
        const auto count = *library.database().queryInteger(
            "SELECT count(*) FROM revisions WHERE assessment_id = '" + id + "'");
        QCOMPARE(static_cast<std::int64_t>(record->currentRevision), count);
        std::optional<std::string> previousSha;
        for (int number = std::max(1, fromRevision); number <= record->currentRevision; ++number) {
            const auto revision = library.revision(id, number)->value();
            QVERIFY2(revision.isIntact(), "a revision does not match its hash");
            if (previousSha) {
                QCOMPARE(revision.parentSha256.value_or(""), *previousSha);
            }
            previousSha = revision.sha256;
        }
        const auto audit = *library.auditLog().verify();
        QVERIFY(!audit.brokenAt);
        QCOMPARE(audit.entries, count);
    }

private Q_SLOTS:
    void killedWriterLosesNothingItReported()
    {
        const int kills = qEnvironmentVariableIntValue("VOUCH_CRASH_KILLS") > 0
                              ? qEnvironmentVariableIntValue("VOUCH_CRASH_KILLS")
                              : 100;
        const auto seed = static_cast<quint32>(QRandomGenerator::global()->generate());
        qInfo("crash test: %d kills, seed %u", kills, seed);
        QRandomGenerator random(seed);
        const auto [path, id] = newLibraryWithAssessment(QStringLiteral("crash.vouchdb"));
        std::map<int, std::string> reported;
        int killedMidSave = 0;
        for (int kill = 0; kill < kills; ++kill) {
            QProcess writer;
            writer.start(
                QStringLiteral(VOUCH_LIBRARY_WRITER),
                {QString::fromStdString(path), QString::fromStdString(id), QStringLiteral("-1")});
            QVERIFY(writer.waitForStarted());
            // Kill at a random moment once saves are under way: waiting for the first
            // reported save keeps a loaded machine (slow process start) from killing the
            // writer before it ever writes.
            writer.waitForReadyRead(10000);
            QThread::msleep(static_cast<unsigned long>(random.bounded(0, 40)));
            writer.kill(); // SIGKILL: no destructors, no rollback, no flush
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const auto saved = savedRevisions(writer.readAllStandardOutput());
            reported.insert(saved.begin(), saved.end());
            killedMidSave += saved.empty() ? 0 : 1;

            auto library = Library::open(path, OpenIntent::MustExist);
            QVERIFY2(library, library ? "" : library.error().message.c_str());
            for (const auto& [number, sha256] : saved) {
                const auto revision = library->revision(id, number);
                QVERIFY2(revision && *revision, "a save that returned is missing");
                QCOMPARE((*revision)->sha256, sha256);
            }
            checkConsistent(*library, id, saved.empty() ? 1 : saved.begin()->first - 1);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        auto library = Library::open(path, OpenIntent::MustExist);
        for (const auto& [number, sha256] : reported) {
            QCOMPARE(library->revision(id, number)->value().sha256, sha256);
        }
        checkConsistent(*library, id);
        qInfo("crash test: %zu saves reported and found intact; %d kills after at least one save",
              reported.size(), killedMidSave);
        QVERIFY(killedMidSave > kills / 2); // the kills did land while saving
    }

    void twoProcessesWriteAtOnce()
    {
        const auto [path, id] = newLibraryWithAssessment(QStringLiteral("shared.vouchdb"));
        QProcess first;
        QProcess second;
        const QStringList arguments{QString::fromStdString(path), QString::fromStdString(id),
                                    QStringLiteral("40")};
        first.start(QStringLiteral(VOUCH_LIBRARY_WRITER), arguments);
        second.start(QStringLiteral(VOUCH_LIBRARY_WRITER), arguments);
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        const auto a = savedRevisions(first.readAllStandardOutput());
        const auto b = savedRevisions(second.readAllStandardOutput());
        QCOMPARE(a.size() + b.size(), std::size_t{80});
        auto library = Library::open(path, OpenIntent::MustExist);
        QCOMPARE(library->history(id)->size(), std::size_t{81});
        for (const auto* saves : {&a, &b}) {
            for (const auto& [number, sha256] : *saves) {
                QCOMPARE(library->revision(id, number)->value().sha256, sha256);
            }
        }
        checkConsistent(*library, id);
    }
};

QTEST_GUILESS_MAIN(TestLibraryReliability)
#include "TestLibraryReliability.moc"
