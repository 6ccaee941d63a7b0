// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "migration/MigrationReport.h"
#include "model/Answers.h"
#include "model/AssessmentPayload.h"
#include "model/Questionnaire.h"

#include <vector>

namespace vouch::migration {

// The answers, action plan and evidence of an assessment moved to another version of
// its questionnaire, and the report of what that did.
struct MigratedAnswers
{
    model::Answers answers; // meta kept as it was
    std::vector<model::AttachmentRef> attachments;
    MigrationReport report; // without `evaluation`: that needs the stored evaluations
};

// Moves answers given on `older` to `current`: each answer is carried by its id, or
// renamed and re-valued as `current`'s migration from `older`'s version says; an answer
// `current` cannot hold (its question is gone, its value is no longer an option, it no
// longer fits the question) is dropped and kept, with its old value, in the report. So
// is an action whose finding `current` no longer raises and evidence whose question is
// gone. Pure: nothing is read or stored.
[[nodiscard]] MigratedAnswers migrateAnswers(const model::Questionnaire& older,
                                             const model::Questionnaire& current,
                                             const model::Answers& answers,
                                             const std::vector<model::AttachmentRef>& attachments);

} // namespace vouch::migration
