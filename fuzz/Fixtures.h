// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/QuestionnaireLoader.h"

#include <nlohmann/json.hpp>

namespace vouch::fuzz {

// The shipped Azure OpenAI questionnaire and the clean baseline answers of the scenario
// tests, loaded once: the fixed context that answers and conditions are fuzzed in.
struct Fixtures
{
    nlohmann::json questionnaireDocument;
    model::Questionnaire questionnaire;
    model::Answers baselineAnswers;
};

// Aborts when the fixture files are missing or invalid: that is a broken build, not a
// finding.
[[nodiscard]] const Fixtures& fixtures();

} // namespace vouch::fuzz
