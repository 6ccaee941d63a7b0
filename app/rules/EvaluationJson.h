// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"
#include "rules/Evaluation.h"

#include <nlohmann/json.hpp>

namespace vouch::rules {

// The evaluation as printed by `vouch evaluate` (docs/evaluation-json.md). Sources are
// resolved to title, URL and as-of date so the output stands on its own.
[[nodiscard]] nlohmann::json evaluationToJson(const Evaluation& evaluation,
                                              const model::Questionnaire& questionnaire);

} // namespace vouch::rules
