// SPDX-License-Identifier: Apache-2.0
#include "LibraryFixture.h"
#include "TestSupport.h"
#include "services/BulkTransfer.h"
#include "services/SigningService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace vouch;

class TestBulkTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::filesystem::path m_library;
    std::vector<std::string> m_ids;

    static bool always(int /*done*/, int /*total*/) { return true; }

private Q_SLOTS:
    void initTestCase()
    {
        auto library = test::newLibrary(m_dir, m_counter);
        m_library = library.path();
        const auto questionnaire =
            model::loadQuestionnaireSnapshotFile(test::shippedQuestionnairePath());
        auto document = test::readJson(test::baselineAnswersPath());
        for (const char* title : {"Triage bot", "Coding assistant", "Triage bot"}) {
            document["meta"]["title"] = title;
            m_ids.push_back(test::createDraft(library, *questionnaire.value, document));
        }
    }

    void exportsEveryAssessmentWithoutOverwriting()
    {
        const QString folder = m_dir.filePath(QStringLiteral("packages"));
        QVERIFY(QDir().mkpath(folder));
        std::vector<std::pair<int, int>> calls;
        const auto summary = services::exportAssessments(
            m_library, m_ids, folder.toStdString(), services::ExportFormat::Package,
            report::Paper::A4, "alice", [&](int done, int total) {
                calls.emplace_back(done, total);
                return true;
            });
        QCOMPARE(summary.succeeded(), 3);
        QVERIFY(!summary.cancelled);
        QCOMPARE(calls.size(), std::size_t{4}); // before each, and done
        QCOMPARE(calls.back(), std::make_pair(3, 3));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        QVERIFY(files.contains(QStringLiteral("Triage bot - %1.vouch")
                                   .arg(QString::fromStdString(m_ids[0].substr(0, 8)))));
        // Again into the same folder: new names, the first files untouched.
        const auto again = services::exportAssessments(m_library, {m_ids[0]}, folder.toStdString(),
                                                       services::ExportFormat::Package,
                                                       report::Paper::A4, "alice", always);
        QCOMPARE(again.succeeded(), 1);
        QVERIFY(QString::fromStdString(again.outcomes.front().detail)
                    .endsWith(QStringLiteral(" (2).vouch")));
    }

    void pdfsAreWrittenOnAWorkerThread()
    {
        const QString folder = m_dir.filePath(QStringLiteral("pdfs"));
        QVERIFY(QDir().mkpath(folder));
        // The window runs bulk work off the GUI thread; so does this test.
        auto future = QtConcurrent::run([&] {
            return services::exportAssessments(m_library, m_ids, folder.toStdString(),
                                               services::ExportFormat::Pdf, report::Paper::Letter,
                                               "alice", always);
        });
        const auto summary = future.result();
        QCOMPARE(summary.succeeded(), 3);
        for (const auto& outcome : summary.outcomes) {
            QFile pdf(QString::fromStdString(outcome.detail));
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
        }
    }

    void failuresAreListedAndTheRestGoesOn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder));
        const auto summary = services::exportAssessments(
            m_library, {m_ids[0], "00000000-0000-4000-8000-000000000000", m_ids[1]},
            folder.toStdString(), services::ExportFormat::Package, report::Paper::A4, "alice",
            always);
        QCOMPARE(summary.succeeded(), 2);
        QCOMPARE(summary.failed(), 1);
        QVERIFY(!summary.outcomes[1].ok);
        QVERIFY2(summary.outcomes[1].detail.find("00000000-0000-4000-8000-000000000000") !=
                     std::string::npos,
                 summary.outcomes[1].detail.c_str());
    }

    void cancellingStopsBetweenItems()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(folder));
        const auto summary = services::exportAssessments(
            m_library, m_ids, folder.toStdString(), services::ExportFormat::Package,
            report::Paper::A4, "alice", [](int done, int) { return done < 1; });
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.outcomes.size(), std::size_t{1});
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
    }

    void importsManyAndSaysWhichFailedAndWhy()
    {
        const QString folder = m_dir.filePath(QStringLiteral("to-import"));
        QVERIFY(QDir().mkpath(folder));
        // Only signed packages by trusted signers are imported: sign two, leave one a draft.
        const auto key =
            test::makeSigningKey(m_dir.filePath(QStringLiteral("alice.key")).toStdString(),
                                 {"Dr. Alice Example", "Assessor", "alice@example.org"});
        {
            auto source = store::Library::open(m_library, store::OpenIntent::MustExist);
            QVERIFY(source);
            const services::SigningService signing(&*source, "alice");
            for (const auto& id : {m_ids[0], m_ids[1]}) {
                QVERIFY(signing.signAssessment(id, key, signing::SignatureRole::Assessor, "ok"));
            }
        }
        const auto exported = services::exportAssessments(
            m_library, {m_ids[0], m_ids[1]}, folder.toStdString(), services::ExportFormat::Package,
            report::Paper::A4, "alice", always);
        QCOMPARE(exported.succeeded(), 2);
        const QString junk = m_dir.filePath(QStringLiteral("junk.vouch"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"not\": \"a package\"}");
        file.close();
        std::vector<std::filesystem::path> files{exported.outcomes[0].detail, junk.toStdString(),
                                                 exported.outcomes[1].detail};
        const auto draft = services::exportAssessments(m_library, {m_ids[2]}, folder.toStdString(),
                                                       services::ExportFormat::Package,
                                                       report::Paper::A4, "alice", always);
        QCOMPARE(draft.succeeded(), 1);
        files.emplace_back(draft.outcomes[0].detail);
        auto receiver = test::newLibrary(m_dir, m_counter);
        test::trustKey(receiver, key);
        const auto summary = services::importPackages(receiver.path(), files, "bob", always);
        QCOMPARE(summary.succeeded(), 2);
        QVERIFY(!summary.outcomes[3].ok);
        QVERIFY2(summary.outcomes[3].detail.find(": the package is unsigned; not imported") !=
                     std::string::npos,
                 summary.outcomes[3].detail.c_str());
        // Refused for its signatures alone: it could be kept as a received copy; an
        // unreadable file could not.
        QVERIFY(summary.outcomes[3].receivableAsCopy);
        QCOMPARE(summary.outcomes[3].file, files[3]);
        QCOMPARE(summary.outcomes[1].item, std::string("junk.vouch"));
        QVERIFY(!summary.outcomes[1].ok);
        QVERIFY(!summary.outcomes[1].receivableAsCopy);
        QVERIFY(!summary.outcomes[0].receivableAsCopy);
        QVERIFY(summary.outcomes[1].detail.starts_with(junk.toStdString()));
        QCOMPARE(summary.outcomes[0].detail, std::string("imported as a new assessment"));
        QCOMPARE(receiver.list({})->total, 2);
        const auto again = services::importPackages(receiver.path(), {files[0]}, "bob", always);
        QCOMPARE(again.outcomes[0].detail, std::string("already in the library; nothing changed"));
    }
};

QTEST_MAIN(TestBulkTransfer)
#include "TestBulkTransfer.moc"
