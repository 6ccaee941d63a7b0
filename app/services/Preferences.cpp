// SPDX-License-Identifier: Apache-2.0
#include "services/Preferences.h"

#include "services/PackageReview.h"
#include "services/TimestampAuthority.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace vouch::services {
namespace {

// Keys, one place: the dialog and the window read the same names.
const QString kLibrary = QStringLiteral("library/path");
const QString kPaper = QStringLiteral("export/paper");
const QString kOrganisation = QStringLiteral("assessment/defaultOrganisation");
const QString kHigh = QStringLiteral("review/highMonths");
const QString kMedium = QStringLiteral("review/mediumMonths");
const QString kLow = QStringLiteral("review/lowMonths");
const QString kPdfFolder = QStringLiteral("export/pdfFolder");
const QString kOpenPdf = QStringLiteral("export/openPdfAfterExport");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTimestampAuthority = QStringLiteral("signing/timestampAuthority");

const char* const kLanguages[] = {"system", "en", "de"};

class Reader
{
public:
    explicit Reader(const QSettings& settings)
        : m_settings(settings)
    {}

    void problem(const QString& key, const QString& value, const std::string& fallback)
    {
        m_problems.push_back(m_settings.fileName().toStdString() + ": " + key.toStdString() +
                             ": \"" + value.toStdString() + "\" is not usable; using " + fallback);
    }

    [[nodiscard]] QString text(const QString& key) const
    {
        return m_settings.value(key).toString().trimmed();
    }

    int months(const QString& key, int fallback)
    {
        if (!m_settings.contains(key)) {
            return fallback;
        }
        bool ok = false;
        const int value = text(key).toInt(&ok);
        if (!ok || value < kMinReviewMonths || value > kMaxReviewMonths) {
            problem(key, text(key), std::to_string(fallback) + " months");
            return fallback;
        }
        return value;
    }

    std::vector<std::string> m_problems;

private:
    const QSettings& m_settings;
};

std::string folderProblem(const std::filesystem::path& folder, const char* what)
{
    if (folder.empty()) {
        return {};
    }
    const QFileInfo info(QString::fromStdString(folder.string()));
    if (!info.isAbsolute()) {
        return folder.string() + ": " + what + " must be an absolute path";
    }
    return {};
}

} // namespace

LoadedPreferences loadPreferences(const QSettings& settings)
{
    Reader read(settings);
    Preferences preferences;
    const Preferences defaults;

    if (const QString library = read.text(kLibrary); !library.isEmpty()) {
        const auto location = library.toStdString();
        const bool server =
            store::isPostgresLocation(location) && !store::postgresLocationHasPassword(location);
        if (server || QFileInfo(library).isAbsolute()) {
            preferences.libraryPath = location;
        } else {
            read.problem(kLibrary, library, "the default library");
        }
    }
    if (const QString paper = read.text(kPaper); !paper.isEmpty()) {
        if (paper == QStringLiteral("letter")) {
            preferences.paper = report::Paper::Letter;
        } else if (paper != QStringLiteral("a4")) {
            read.problem(kPaper, paper, "a4");
        }
    }
    preferences.defaultOrganisation = read.text(kOrganisation).left(500).toStdString();
    preferences.reviewIntervals.highMonths =
        read.months(kHigh, defaults.reviewIntervals.highMonths);
    preferences.reviewIntervals.mediumMonths =
        read.months(kMedium, defaults.reviewIntervals.mediumMonths);
    preferences.reviewIntervals.lowMonths = read.months(kLow, defaults.reviewIntervals.lowMonths);
    if (const QString folder = read.text(kPdfFolder); !folder.isEmpty()) {
        if (QFileInfo(folder).isAbsolute()) {
            preferences.pdfFolder = folder.toStdString();
        } else {
            read.problem(kPdfFolder, folder, "the home folder");
        }
    }
    if (settings.contains(kOpenPdf)) {
        const QString open = read.text(kOpenPdf);
        if (open == QStringLiteral("true") || open == QStringLiteral("false")) {
            preferences.openPdfAfterExport = open == QStringLiteral("true");
        } else {
            read.problem(kOpenPdf, open, "false");
        }
    }
    if (const QString language = read.text(kLanguage); !language.isEmpty()) {
        const auto known =
            std::find_if(std::begin(kLanguages), std::end(kLanguages),
                         [&](const char* code) { return language == QLatin1String(code); });
        if (known != std::end(kLanguages)) {
            preferences.language = language.toStdString();
        } else {
            read.problem(kLanguage, language, "the system language");
        }
    }
    if (const QString tsa = read.text(kTimestampAuthority); !tsa.isEmpty()) {
        if (!timestampUrlProblem(tsa.toStdString())) {
            preferences.timestampAuthority = tsa.toStdString();
        } else {
            read.problem(kTimestampAuthority, tsa,
                         "no time-stamping authority (the time is the signer's clock)");
        }
    }
    return {preferences, std::move(read.m_problems)};
}

void savePreferences(QSettings& settings, const Preferences& preferences)
{
    settings.setValue(kLibrary, QString::fromStdString(preferences.libraryPath.string()));
    settings.setValue(kPaper, preferences.paper == report::Paper::Letter ? QStringLiteral("letter")
                                                                         : QStringLiteral("a4"));
    settings.setValue(kOrganisation, QString::fromStdString(preferences.defaultOrganisation));
    settings.setValue(kHigh, preferences.reviewIntervals.highMonths);
    settings.setValue(kMedium, preferences.reviewIntervals.mediumMonths);
    settings.setValue(kLow, preferences.reviewIntervals.lowMonths);
    settings.setValue(kPdfFolder, QString::fromStdString(preferences.pdfFolder.string()));
    settings.setValue(kOpenPdf, preferences.openPdfAfterExport);
    settings.setValue(kLanguage, QString::fromStdString(preferences.language));
    settings.setValue(kTimestampAuthority, QString::fromStdString(preferences.timestampAuthority));
    settings.sync();
}

std::vector<std::string> checkPreferences(const Preferences& preferences)
{
    std::vector<std::string> problems;
    if (store::isPostgresLocation(preferences.libraryPath.string())) {
        // A team library on a server: no folder to check; never a password in settings.
        if (store::postgresLocationHasPassword(preferences.libraryPath.string())) {
            problems.emplace_back("the PostgreSQL library location contains a password, which "
                                  "would be kept in the settings file; put it in ~/.pgpass or a "
                                  "service file instead");
        }
    } else if (auto problem = folderProblem(preferences.libraryPath, "the library file");
               !problem.empty()) {
        problems.push_back(problem);
    } else if (!preferences.libraryPath.empty() &&
               !QFileInfo(QString::fromStdString(preferences.libraryPath.parent_path().string()))
                    .isDir()) {
        problems.push_back(preferences.libraryPath.string() + ": its folder does not exist");
    }
    if (auto problem = folderProblem(preferences.pdfFolder, "the PDF folder"); !problem.empty()) {
        problems.push_back(problem);
    } else if (!preferences.pdfFolder.empty() &&
               !QFileInfo(QString::fromStdString(preferences.pdfFolder.string())).isDir()) {
        problems.push_back(preferences.pdfFolder.string() + ": not a folder");
    }
    const auto& intervals = preferences.reviewIntervals;
    for (const int months : {intervals.highMonths, intervals.mediumMonths, intervals.lowMonths}) {
        if (months < kMinReviewMonths || months > kMaxReviewMonths) {
            problems.push_back("review intervals must be between " +
                               std::to_string(kMinReviewMonths) + " and " +
                               std::to_string(kMaxReviewMonths) + " months");
            break;
        }
    }
    if (!preferences.timestampAuthority.empty()) {
        if (auto problem = timestampUrlProblem(preferences.timestampAuthority)) {
            problems.push_back(*problem);
        }
    }
    return problems;
}

std::filesystem::path libraryPathFrom(const Preferences& preferences)
{
    return preferences.libraryPath.empty() ? defaultLibraryPath() : preferences.libraryPath;
}

} // namespace vouch::services
