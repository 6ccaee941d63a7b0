// SPDX-License-Identifier: Apache-2.0
// Replays every saved fuzz input (tests/data/fuzz/<target>/: the crashes the fuzzers
// found, each fixed, and the seeds that reach deepest) through the same target
// functions the libFuzzer executables run. A target aborts when a property breaks, and
// the sanitizers of the asan preset see what the fuzzers saw.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <string>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static QDir inputsOf(std::string_view target)
    {
        return QDir(QStringLiteral(VOUCH_TEST_DATA_DIR "/fuzz/") +
                    QString::fromUtf8(target.data(), static_cast<qsizetype>(target.size())));
    }

private Q_SLOTS:
    void everyTargetHasInputs()
    {
        for (const auto& target : vouch::fuzz::allTargets()) {
            const auto files = inputsOf(target.name).entryList(QDir::Files);
            QVERIFY2(!files.isEmpty(), target.name.data());
        }
    }

    void replays_data()
    {
        QTest::addColumn<int>("targetIndex");
        QTest::addColumn<QString>("path");
        const auto targets = vouch::fuzz::allTargets();
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const QDir folder = inputsOf(targets[i].name);
            for (const auto& file : folder.entryList(QDir::Files, QDir::Name)) {
                const auto row = QString::fromUtf8(targets[i].name.data(),
                                                   static_cast<qsizetype>(targets[i].name.size())) +
                                 QLatin1Char('/') + file;
                QTest::newRow(qPrintable(row))
                    << static_cast<int>(i) << folder.absoluteFilePath(file);
            }
        }
    }

    void replays()
    {
        QFETCH(int, targetIndex);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const auto& target = vouch::fuzz::allTargets()[static_cast<std::size_t>(targetIndex)];
        target.run(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
