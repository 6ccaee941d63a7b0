// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/Questionnaire.h"
#include "rules/Evaluation.h"

namespace vouch::rules {

// Derives tier, findings, required controls, the responsibility matrix and the verdict
// from answers already checked against `questionnaire`. Pure: same inputs, same output.
// The returned Evaluation points into `questionnaire` (required controls), which must
// outlive it.
[[nodiscard]] Evaluation evaluate(const model::Questionnaire& questionnaire,
                                  const model::Answers& answers);

} // namespace vouch::rules
