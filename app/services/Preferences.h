// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportInput.h"
#include "services/SigningService.h"

#include <filesystem>
#include <string>
#include <vector>

class QSettings;

namespace vouch::services {

// What an officer can set once for every assessment (the Settings dialog), as the
// engine needs it. Stored in QSettings; read with every value checked.
struct Preferences
{
    std::filesystem::path libraryPath; // empty: the default in the app-data folder
    report::Paper paper = report::Paper::A4;
    std::string defaultOrganisation;
    ReviewIntervals reviewIntervals;
    std::filesystem::path pdfFolder; // empty: the home folder
    bool openPdfAfterExport = false;
    std::string language = "system"; // system, or a language code ("en", "de")
    // The RFC 3161 time-stamping authority of PDF signatures (an http:// URL); empty for
    // none: signing works offline and the time is the signer's clock.
    std::string timestampAuthority;

    bool operator==(const Preferences&) const = default;
};

inline constexpr int kMinReviewMonths = 1;
inline constexpr int kMaxReviewMonths = 60;

struct LoadedPreferences
{
    Preferences preferences;
    // One line per stored value that was not usable and fell back to its default,
    // naming the settings file and the key.
    std::vector<std::string> problems;
};

[[nodiscard]] LoadedPreferences loadPreferences(const QSettings& settings);
void savePreferences(QSettings& settings, const Preferences& preferences);

// Checks values a user entered; empty when all are usable, else one line per problem.
[[nodiscard]] std::vector<std::string> checkPreferences(const Preferences& preferences);

// The library the window opens: the preference, or the default.
[[nodiscard]] std::filesystem::path libraryPathFrom(const Preferences& preferences);

} // namespace vouch::services
