// SPDX-License-Identifier: Apache-2.0
// Files and fixtures shared by the command-line tests that check "nothing was changed":
// bytes and hashes before and after, a signer key and a draft made with the real binary.
#pragma once

#include "TestSupport.h"
#include "VouchProcess.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace vouch::test {

inline QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(bytes);
}

inline QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex();
}

// Dr. Alice Example's key at `key`, protected by the passphrase in `passphraseFile`
// (written here).
inline void makeAliceKey(const QString& key, const QString& passphraseFile)
{
    writeBytes(passphraseFile, "correct horse battery staple\n");
    const auto run = runVouch({QStringLiteral("keygen"), QStringLiteral("--name"),
                               QStringLiteral("Dr. Alice Example"), QStringLiteral("--role"),
                               QStringLiteral("Assessor"), QStringLiteral("--email"),
                               QStringLiteral("alice@example.org"), QStringLiteral("--out"), key,
                               QStringLiteral("--passphrase-file"), passphraseFile});
    if (run.exitCode != 0) {
        qFatal("keygen failed: %s", qPrintable(run.err));
    }
}

// A draft of the baseline answers in library `db`; its id.
inline QString newBaselineDraft(const QString& db)
{
    const auto run =
        runVouch({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--db"), db,
                  QStringLiteral("--questionnaire"), shippedQuestionnaireArgument(),
                  QStringLiteral("--answers"), baselineAnswersArgument()});
    if (run.exitCode != 0) {
        qFatal("draft new failed: %s", qPrintable(run.err));
    }
    return run.out.trimmed();
}

} // namespace vouch::test
