// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "services/PackageReview.h"
#include "services/Preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vouch;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    [[nodiscard]] QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void missingSettingsGiveTheDefaults()
    {
        const QSettings settings(file(QStringLiteral("none.ini")), QSettings::IniFormat);
        const auto loaded = services::loadPreferences(settings);
        QVERIFY(loaded.problems.empty());
        QVERIFY(loaded.preferences == services::Preferences{});
        QCOMPARE(loaded.preferences.reviewIntervals.highMonths, 6);
        QCOMPARE(loaded.preferences.reviewIntervals.mediumMonths, 12);
        QCOMPARE(loaded.preferences.reviewIntervals.lowMonths, 24);
        QVERIFY(services::libraryPathFrom(loaded.preferences) == services::defaultLibraryPath());
    }

    void savedPreferencesReadBack()
    {
        services::Preferences preferences;
        preferences.libraryPath = file(QStringLiteral("lib.vouchdb")).toStdString();
        preferences.paper = report::Paper::Letter;
        preferences.defaultOrganisation = "St. Example Hospital";
        preferences.reviewIntervals = {3, 9, 18};
        preferences.pdfFolder = m_dir.path().toStdString();
        preferences.openPdfAfterExport = true;
        preferences.language = "de";
        preferences.timestampAuthority = "http://timestamp.example.org/tsa";
        QVERIFY(services::checkPreferences(preferences).empty());
        {
            QSettings settings(file(QStringLiteral("round.ini")), QSettings::IniFormat);
            services::savePreferences(settings, preferences);
        }
        const QSettings settings(file(QStringLiteral("round.ini")), QSettings::IniFormat);
        const auto loaded = services::loadPreferences(settings);
        QVERIFY(loaded.problems.empty());
        QVERIFY(loaded.preferences == preferences);
    }

    void badStoredValuesFallBackWithAMessage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fallback");
        QTest::newRow("months not a number") << "review/highMonths"
                                             << "six"
                                             << "6 months";
        QTest::newRow("months zero") << "review/mediumMonths"
                                     << "0"
                                     << "12 months";
        QTest::newRow("months too many") << "review/lowMonths"
                                         << "600"
                                         << "24 months";
        QTest::newRow("paper") << "export/paper"
                               << "A3"
                               << "a4";
        QTest::newRow("relative library") << "library/path"
                                          << "lib.vouchdb"
                                          << "the default";
        QTest::newRow("relative pdf folder") << "export/pdfFolder"
                                             << "pdfs"
                                             << "the home folder";
        QTest::newRow("open pdf") << "export/openPdfAfterExport"
                                  << "sometimes"
                                  << "false";
        QTest::newRow("language") << "ui/language"
                                  << "klingon"
                                  << "the system language";
        QTest::newRow("https time-stamping authority")
            << "signing/timestampAuthority"
            << "https://timestamp.example.org/"
            << "no time-stamping authority (the time is the signer's clock)";
        QTest::newRow("time-stamping authority not a URL") << "signing/timestampAuthority"
                                                           << "timestamp.example.org"
                                                           << "no time-stamping authority";
    }

    void badStoredValuesFallBackWithAMessage()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, fallback);
        const QString path =
            file(QStringLiteral("bad-%1.ini")
                     .arg(QString(key).replace(QLatin1Char('/'), QLatin1Char('-'))));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(key, value);
            settings.setValue(QStringLiteral("assessment/defaultOrganisation"),
                              QStringLiteral("Kept"));
        }
        const QSettings settings(path, QSettings::IniFormat);
        const auto loaded = services::loadPreferences(settings);
        QCOMPARE(loaded.problems.size(), std::size_t{1});
        const QString problem = QString::fromStdString(loaded.problems.front());
        QVERIFY2(problem.startsWith(path + QStringLiteral(": ") + key), qPrintable(problem));
        QVERIFY2(problem.contains(fallback), qPrintable(problem));
        // The other values are still read.
        QCOMPARE(loaded.preferences.defaultOrganisation, std::string("Kept"));
        auto expected = services::Preferences{};
        expected.defaultOrganisation = "Kept";
        QVERIFY(loaded.preferences == expected);
    }

    void enteredValuesAreChecked()
    {
        services::Preferences preferences;
        preferences.libraryPath = "relative.vouchdb";
        preferences.pdfFolder = file(QStringLiteral("no-such-folder")).toStdString();
        preferences.reviewIntervals.lowMonths = 0;
        const auto problems = services::checkPreferences(preferences);
        QCOMPARE(problems.size(), std::size_t{3});
        QVERIFY(problems[0].starts_with("relative.vouchdb: "));
        QVERIFY(problems[1].find("not a folder") != std::string::npos);
        QVERIFY(problems[2].find("between 1 and 60") != std::string::npos);
        preferences.libraryPath = file(QStringLiteral("missing-folder/lib.vouchdb")).toStdString();
        QVERIFY(services::checkPreferences(preferences)[0].find("folder does not exist") !=
                std::string::npos);
        services::Preferences tsa;
        tsa.timestampAuthority = "https://timestamp.example.org/";
        const auto tls = services::checkPreferences(tsa);
        QCOMPARE(tls.size(), std::size_t{1});
        QVERIFY2(tls[0].find("is https://, which Vouch does not speak") != std::string::npos,
                 tls[0].c_str());
        tsa.timestampAuthority = "ftp://timestamp.example.org/";
        QVERIFY(services::checkPreferences(tsa)[0].find("is not an http:// URL") !=
                std::string::npos);
        tsa.timestampAuthority = "http://timestamp.example.org:8080/tsa";
        QVERIFY(services::checkPreferences(tsa).empty());
    }

    void aTeamLibraryOnPostgresqlIsRememberedWithoutItsPassword()
    {
        // A server location is a library too; a password in it would sit in the settings
        // file in clear, so it is refused (libpq's .pgpass or service file holds it) and
        // the message never repeats it.
        services::Preferences preferences;
        for (const char* location : {"postgresql://vouch@db.example.org/vouch?sslmode=verify-full",
                                     "service=vouch-team"}) {
            preferences.libraryPath = location;
            const auto problems = services::checkPreferences(preferences);
            QVERIFY2(problems.empty(), location);
            {
                QSettings settings(file(QStringLiteral("server.ini")), QSettings::IniFormat);
                services::savePreferences(settings, preferences);
            }
            const QSettings settings(file(QStringLiteral("server.ini")), QSettings::IniFormat);
            const auto loaded = services::loadPreferences(settings);
            QVERIFY(loaded.problems.empty());
            QCOMPARE(loaded.preferences.libraryPath.string(), std::string(location));
        }
        for (const char* location : {"postgresql://vouch:s3cret@db.example.org/vouch",
                                     "service=vouch-team password=s3cret"}) {
            preferences.libraryPath = location;
            const auto problems = services::checkPreferences(preferences);
            QCOMPARE(problems.size(), std::size_t{1});
            QCOMPARE(problems[0], std::string("the PostgreSQL library location contains a "
                                              "password, which would be kept in the settings "
                                              "file; put it in ~/.pgpass or a service file "
                                              "instead"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "TestPreferences.moc"
