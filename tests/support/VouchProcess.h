// SPDX-License-Identifier: Apache-2.0
// Runs the vouch binary as a user would, for the command-line tests.
#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vouch::test {

struct Run
{
    int exitCode = -1; // -2: crashed
    QString out;
    QString err;
};

// Verbs must not need a display, so DISPLAY and QT_QPA_PLATFORM are removed; `extra`
// adds or replaces environment variables.
inline Run runVouch(const QStringList& arguments, const QProcessEnvironment& extra = {})
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("VOUCH_ACTOR"), QStringLiteral("test-officer"));
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VOUCH_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        qFatal("vouch did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Fixture paths as the command line takes them.
inline QString shippedQuestionnaireArgument()
{
    return QString::fromStdString(shippedQuestionnairePath());
}

inline QString baselineAnswersArgument()
{
    return QString::fromStdString(baselineAnswersPath());
}

} // namespace vouch::test
