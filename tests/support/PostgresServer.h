// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL server of the CTest fixture pg_server (tests/tools/pg-fixture.sh), for the
// tests that need a real one: where it is, psql as its superuser, a new database per test.
#pragma once

#include "VouchProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace vouch::test {

class PostgresServer
{
public:
    // True when the tests are to skip (say `why`): VOUCH_TEST_PG_DIR is unset or the fixture
    // found no server binaries.
    [[nodiscard]] static bool skipped(QString* why)
    {
        const QString dir = qEnvironmentVariable("VOUCH_TEST_PG_DIR");
        if (dir.isEmpty() || QFile::exists(dir + QStringLiteral("/skip"))) {
            *why = QStringLiteral("no PostgreSQL server binaries (initdb, pg_ctl): the "
                                  "PostgreSQL tests were not run");
            return true;
        }
        return false;
    }

    // Reads DIR/server.env of the fixture; false when it is not there (the fixture failed).
    [[nodiscard]] bool load()
    {
        QFile file(qEnvironmentVariable("VOUCH_TEST_PG_DIR") + QStringLiteral("/server.env"));
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        for (const auto& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const auto equals = line.indexOf(QLatin1Char('='));
            if (equals > 0) {
                m_settings.insert(line.left(equals), line.mid(equals + 1));
            }
        }
        return !port().isEmpty();
    }

    [[nodiscard]] QString port() const { return m_settings.value(QStringLiteral("port")); }
    [[nodiscard]] QString user() const { return m_settings.value(QStringLiteral("user")); }
    [[nodiscard]] QString bindir() const { return m_settings.value(QStringLiteral("bindir")); }

    // `bare`: rows only, unaligned (-A -t), for comparing values.
    [[nodiscard]] Run psql(const QString& database, const QString& statement,
                           bool bare = false) const
    {
        QProcess process;
        process.start(bindir() + QStringLiteral("/psql"),
                      {bare ? QStringLiteral("-At") : QStringLiteral("-X"), QStringLiteral("-X"),
                       QStringLiteral("-q"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("-p"), port(),
                       QStringLiteral("-U"), user(), QStringLiteral("-d"), database,
                       QStringLiteral("-c"), statement});
        if (!process.waitForFinished(60000)) {
            qFatal("psql did not finish");
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    [[nodiscard]] QString locationOf(const QString& database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user(), port(), database);
    }

    // How Vouch names the server in messages.
    [[nodiscard]] QString serverOf(const QString& database) const
    {
        return QStringLiteral("127.0.0.1:%1/%2").arg(port(), database);
    }

    // A new empty database named PREFIX_PID_N (a test run again on the same server gets
    // new ones); its name.
    [[nodiscard]] QString freshDatabase(const QString& prefix)
    {
        const QString name = QStringLiteral("%1_%2_%3")
                                 .arg(prefix)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++m_counter);
        const auto created =
            psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name);
        if (created.exitCode != 0) {
            qFatal("CREATE DATABASE failed: %s", qPrintable(created.err));
        }
        return name;
    }

    // A new database with a Vouch library in it (vouch library init); its name.
    [[nodiscard]] QString freshLibrary(const QString& prefix)
    {
        const QString name = freshDatabase(prefix);
        const auto init = runVouch({QStringLiteral("library"), QStringLiteral("init"),
                                    QStringLiteral("--db"), locationOf(name)});
        if (init.exitCode != 0) {
            qFatal("library init failed: %s", qPrintable(init.err));
        }
        return name;
    }

private:
    QMap<QString, QString> m_settings;
    int m_counter = 0;
};

} // namespace vouch::test
