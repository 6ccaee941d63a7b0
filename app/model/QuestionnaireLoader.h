// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"
#include "model/Questionnaire.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace vouch::model {

inline constexpr std::string_view kQuestionnaireFormat = "vouch-questionnaire/1";

// Reads and fully validates a questionnaire (docs/questionnaire-format.md). On failure
// every problem found is returned, each naming the file and the JSON pointer; a
// questionnaire is never returned half-checked.
[[nodiscard]] Loaded<Questionnaire> loadQuestionnaireFile(const std::filesystem::path& path);
[[nodiscard]] Loaded<Questionnaire> loadQuestionnaire(const nlohmann::json& document,
                                                      const std::string& displayName);

} // namespace vouch::model
