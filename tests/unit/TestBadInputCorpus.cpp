// SPDX-License-Identifier: Apache-2.0
// Runs the real vouch binary on every file of tests/data/bad (see its README.md) with the
// verbs that read that kind of file, and holds each run to the bad-input contract: exit
// 2 (lint: 1, it lists every problem), one line on stderr naming the file and what is
// wrong, no crash or sanitizer report, and nothing written or changed. Files are found by
// walking the folder, so a new hostile file is tested by dropping it in.
#include "TestSupport.h"
#include "VouchProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

const QString kAssessmentId = QStringLiteral("0b9d5c3e-8f4a-4c2e-9a57-3f1e2d6c7b80");

QString corpusDir()
{
    return QStringLiteral(VOUCH_TEST_DATA_DIR "/bad");
}

// A file's bytes and modification time, to prove nobody wrote it.
struct FileState
{
    QByteArray sha256;
    QDateTime modified;
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return {QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
            QFileInfo(path).lastModified()};
}

// Every file under a folder with its state: a new file (a journal, a PDF, a library) or
// a changed one shows as a difference.
QMap<QString, FileState> folderState(const QString& folder)
{
    QMap<QString, FileState> state;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        state.insert(QDir(folder).relativeFilePath(path), stateOf(path));
    }
    return state;
}

// One run of vouch on one corpus file.
struct Job
{
    QString corpusFile;   // as found in the corpus, for messages
    QString fileArgument; // the path given to vouch (the corpus file or its copy)
    QStringList arguments;
    int expectedExit = 2;
    bool listsAllProblems = false;          // lint: one line per problem, then a count
    std::shared_ptr<QTemporaryDir> scratch; // --db and --out point in here
    QMap<QString, FileState> scratchBefore;
    FileState fileBefore;
    std::unique_ptr<QProcess> process;
};

} // namespace

class TestBadInputCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_seedDir;
    QString m_seedLibrary;
    std::vector<Job> m_jobs;

    std::shared_ptr<QTemporaryDir> scratch(bool withLibrary) const
    {
        auto dir = std::make_shared<QTemporaryDir>();
        if (withLibrary &&
            !QFile::copy(m_seedLibrary, dir->filePath(QStringLiteral("library.vouchdb")))) {
            qFatal("cannot copy the seed library");
        }
        return dir;
    }

    void add(const QString& corpusFile, const QString& fileArgument, QStringList arguments,
             std::shared_ptr<QTemporaryDir> dir, int expectedExit = 2, bool listsAll = false)
    {
        Job job;
        job.corpusFile = corpusFile;
        job.fileArgument = fileArgument;
        job.arguments = std::move(arguments);
        job.expectedExit = expectedExit;
        job.listsAllProblems = listsAll;
        job.scratch = std::move(dir);
        m_jobs.push_back(std::move(job));
    }

    // The verbs that read each kind of file.
    void planRuns(const QString& group, const QString& file)
    {
        const auto good = vouch::test::shippedQuestionnaireArgument();
        const auto goodAnswers = vouch::test::baselineAnswersArgument();
        const auto db = [](const std::shared_ptr<QTemporaryDir>& dir) {
            return dir->filePath(QStringLiteral("library.vouchdb"));
        };
        if (group == QLatin1String("questionnaires")) {
            add(file, file, {QStringLiteral("questionnaire"), QStringLiteral("lint"), file},
                scratch(false), 1, true);
            add(file, file,
                {QStringLiteral("evaluate"), QStringLiteral("--questionnaire"), file,
                 QStringLiteral("--answers"), goodAnswers},
                scratch(false));
        } else if (group == QLatin1String("answers")) {
            add(file, file,
                {QStringLiteral("evaluate"), QStringLiteral("--questionnaire"), good,
                 QStringLiteral("--answers"), file},
                scratch(false));
            // No library yet: a refused draft must not create one.
            const auto fresh = scratch(false);
            add(file, file,
                {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--questionnaire"),
                 good, QStringLiteral("--answers"), file, QStringLiteral("--title"),
                 QStringLiteral("Corpus run"), QStringLiteral("--db"), db(fresh)},
                fresh);
        } else if (group == QLatin1String("packages")) {
            for (const auto& verb : {QStringLiteral("verify"), QStringLiteral("import"),
                                     QStringLiteral("export-pdf")}) {
                // An existing library (the trust list, the import target) must stay as it was.
                const auto dir = scratch(true);
                QStringList arguments{verb, file, QStringLiteral("--db"), db(dir)};
                if (verb == QLatin1String("export-pdf")) {
                    arguments << QStringLiteral("--out") << dir->filePath(QStringLiteral("x.pdf"));
                }
                add(file, file, arguments, dir);
            }
        } else if (group == QLatin1String("library")) {
            const QList<QStringList> verbs{{QStringLiteral("list")},
                                           {QStringLiteral("audit"), QStringLiteral("--verify")},
                                           {QStringLiteral("show"), kAssessmentId}};
            for (const auto& verb : verbs) {
                // A copy, so that SQLite's side files would appear beside it in the scratch
                // folder, never in the source tree.
                const auto dir = scratch(false);
                const auto copy = dir->filePath(QFileInfo(file).fileName());
                if (!QFile::copy(file, copy)) {
                    qFatal("cannot copy %s", qPrintable(file));
                }
                add(file, copy, verb + QStringList{QStringLiteral("--db"), copy}, dir);
            }
        } else if (group == QLatin1String("keys")) {
            const auto fresh = scratch(false);
            add(file, file,
                {QStringLiteral("trust"), QStringLiteral("add"), file, QStringLiteral("--db"),
                 db(fresh)},
                fresh);
        } else {
            QFAIL(qPrintable(QStringLiteral("%1: no verbs for the folder %2").arg(file, group)));
        }
    }

    static void start(Job& job)
    {
        job.scratchBefore = folderState(job.scratch->path());
        job.fileBefore = stateOf(job.fileArgument);
        job.process = std::make_unique<QProcess>();
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("VOUCH_ACTOR"), QStringLiteral("test-officer"));
        job.process->setProcessEnvironment(environment);
        job.process->start(QStringLiteral(VOUCH_BINARY), job.arguments);
    }

    // Every broken promise of one run, as readable lines; empty when it kept them all.
    static QStringList problemsOf(Job& job)
    {
        QStringList problems;
        auto& process = *job.process;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {QStringLiteral("did not finish")};
        }
        const auto err = QString::fromUtf8(process.readAllStandardError());
        process.readAllStandardOutput();
        if (process.exitStatus() != QProcess::NormalExit) {
            problems << QStringLiteral("crashed");
        } else if (process.exitCode() != job.expectedExit) {
            problems << QStringLiteral("exit code %1, expected %2")
                            .arg(process.exitCode())
                            .arg(job.expectedExit);
        }
        for (const auto& marker :
             {QStringLiteral("ERROR: AddressSanitizer"), QStringLiteral("runtime error:"),
              QStringLiteral("LeakSanitizer")}) {
            if (err.contains(marker)) {
                problems << QStringLiteral("sanitizer report: ") + marker;
            }
        }
        const auto lines = err.endsWith(QLatin1Char('\n')) ? err.chopped(1).split(QLatin1Char('\n'))
                                                           : err.split(QLatin1Char('\n'));
        if (!job.listsAllProblems && lines.size() != 1) {
            problems << QStringLiteral("stderr has %1 lines, expected one").arg(lines.size());
        }
        const auto prefix = job.fileArgument + QStringLiteral(": ");
        // lint ends with the count of problems ("F: 3 errors").
        const auto listed = job.listsAllProblems ? lines.mid(0, lines.size() - 1) : lines;
        if (job.listsAllProblems &&
            !lines.last().contains(QRegularExpression(QStringLiteral(": \\d+ errors?$")))) {
            problems << QStringLiteral("lint does not end with the number of errors");
        }
        for (const auto& line : listed) {
            // The file, then where and what: more than a bare word.
            if (!line.startsWith(prefix) || line.size() < prefix.size() + 12) {
                problems << QStringLiteral("stderr line does not name the file and the problem");
                break;
            }
        }
        if (stateOf(job.fileArgument) != job.fileBefore) {
            problems << QStringLiteral("the input file was changed");
        }
        if (folderState(job.scratch->path()) != job.scratchBefore) {
            problems << QStringLiteral("files were written or changed beside the library or at "
                                       "--out: ") +
                            QDir(job.scratch->path()).entryList(QDir::Files).join(QLatin1Char(' '));
        }
        if (!problems.isEmpty()) {
            problems.prepend(QStringLiteral("stderr: ") + err.trimmed());
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_seedDir.isValid());
        m_seedLibrary = m_seedDir.filePath(QStringLiteral("library.vouchdb"));
        const auto seeded = vouch::test::runVouch(
            {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--questionnaire"),
             vouch::test::shippedQuestionnaireArgument(), QStringLiteral("--answers"),
             vouch::test::baselineAnswersArgument(), QStringLiteral("--title"),
             QStringLiteral("Seed"), QStringLiteral("--db"), m_seedLibrary});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        QVERIFY2(!QFile::exists(m_seedLibrary + QStringLiteral("-wal")),
                 "the seed library has a WAL");
    }

    void everyFileIsRefusedCleanly()
    {
        const auto corpusBefore = folderState(corpusDir());
        QDirIterator it(corpusDir(), QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            files << it.next();
        }
        files.sort();
        int planned = 0;
        for (const auto& file : files) {
            const auto group = QDir(corpusDir()).relativeFilePath(QFileInfo(file).path());
            if (group == QLatin1String(".")) {
                continue; // README.md
            }
            planRuns(group, file);
            ++planned;
        }
        QVERIFY2(planned >= 40, qPrintable(QStringLiteral("only %1 corpus files").arg(planned)));

        // A few runs at a time: the verbs are independent, and under the sanitizers one
        // after the other would take minutes.
        constexpr std::size_t kParallel = 4;
        const auto runs = m_jobs.size();
        QStringList failures;
        for (std::size_t first = 0; first < m_jobs.size(); first += kParallel) {
            const auto end = std::min(m_jobs.size(), first + kParallel);
            for (auto i = first; i < end; ++i) {
                start(m_jobs[i]);
            }
            for (auto i = first; i < end; ++i) {
                const auto problems = problemsOf(m_jobs[i]);
                if (!problems.isEmpty()) {
                    failures << QStringLiteral("vouch %1\n    %2")
                                    .arg(m_jobs[i].arguments.join(QLatin1Char(' ')),
                                         problems.join(QStringLiteral("\n    ")));
                }
            }
            for (auto i = first; i < end; ++i) {
                m_jobs[i].process.reset();
                m_jobs[i].scratch.reset();
            }
        }
        QVERIFY2(folderState(corpusDir()) == corpusBefore, "the corpus folder changed");
        for (const auto& failure : failures) {
            qWarning().noquote() << failure;
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 runs broke the bad-input contract (above)")
                                .arg(failures.size())
                                .arg(runs)));
    }
};

QTEST_GUILESS_MAIN(TestBadInputCorpus)
#include "TestBadInputCorpus.moc"
