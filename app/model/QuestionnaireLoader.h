// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"
#include "model/JsonDocument.h"
#include "model/Questionnaire.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace vouch::model {

inline constexpr std::string_view kQuestionnaireFormat = "vouch-questionnaire/1";

// Reads and fully validates a questionnaire (docs/questionnaire-format.md). On failure
// every problem found is returned, each naming the file and the JSON pointer; a
// questionnaire is never returned half-checked.
[[nodiscard]] Loaded<Questionnaire> loadQuestionnaireFile(const std::filesystem::path& path);
[[nodiscard]] Loaded<Questionnaire> loadQuestionnaire(const nlohmann::json& document,
                                                      const std::string& displayName);

// A questionnaire together with the exact bytes it is stored and hashed as: the RFC 8785
// canonical form of the file's JSON, so that reformatting a file does not make it a
// different questionnaire, while any change of content does.
struct QuestionnaireSnapshot
{
    Questionnaire questionnaire;
    std::string canonical;
    std::string sha256;
};

[[nodiscard]] Loaded<QuestionnaireSnapshot>
loadQuestionnaireSnapshotFile(const std::filesystem::path& path);
// From stored canonical bytes (a library snapshot, a package). A library reads its own
// snapshots with `limits.plainTextStrings` false: they were accepted when stored.
[[nodiscard]] Loaded<QuestionnaireSnapshot>
loadQuestionnaireSnapshot(std::string_view bytes, const std::string& displayName,
                          const JsonLimits& limits = {});

// The same, shared: a process keeps the last few snapshots it loaded, so verifying
// package after package on the same questionnaire (or autosaving a draft) parses and
// checks it once. A snapshot is immutable; the cache keys on the exact bytes and limits.
[[nodiscard]] Loaded<std::shared_ptr<const QuestionnaireSnapshot>>
sharedQuestionnaireSnapshot(std::string_view bytes, const std::string& displayName,
                            const JsonLimits& limits = {});

} // namespace vouch::model
