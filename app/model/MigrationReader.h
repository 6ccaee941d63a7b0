// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"
#include "model/Questionnaire.h"

#include <nlohmann/json.hpp>

#include <string>

namespace vouch::model {

// Reads a questionnaire's `migrations` block (docs/questionnaire-format.md) into
// `questionnaire.migrations`, after its questions are read: every target question must
// exist and every mapped value must be one of its options, each problem reported to
// `sink` with its JSON pointer.
void readMigrations(const nlohmann::json& block, const std::string& pointer,
                    Questionnaire& questionnaire, DiagnosticSink& sink);

} // namespace vouch::model
