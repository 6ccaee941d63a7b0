// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/Questionnaire.h"
#include "rules/Evaluation.h"

namespace vouch::rules {

// Derives tier, findings, required controls, the responsibility matrix and the verdict
// from answers already checked against `questionnaire`, as of the date `asOf`
// (YYYY-MM-DD): a rule whose duty applies only from a later date gives a watch-out that
// names the date, and sources past their re-verify date are listed. Without a date every
// duty counts as in force and no source is listed, as before dates existed. Pure: same
// inputs, same output. The returned Evaluation points into `questionnaire` (required
// controls, sources), which must outlive it.
[[nodiscard]] Evaluation evaluate(const model::Questionnaire& questionnaire,
                                  const model::Answers& answers, std::string_view asOf = {});

} // namespace vouch::rules
