// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/AssessmentPayload.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vouch::migration {

// An answer whose question was renamed or whose value was mapped by the questionnaire's
// `migrations` block.
struct MappedAnswer
{
    std::string fromQuestion; // the id on the older questionnaire
    std::string question;     // the id on the current one
    nlohmann::json before;    // the answer as files hold it
    nlohmann::json after;
};

// An answer (or one value of a multiple choice, or one matrix item) the current
// questionnaire cannot hold; the old value is kept here, since the new revision lacks it.
struct DroppedAnswer
{
    std::string question; // the id on the older questionnaire
    nlohmann::json value;
    std::string reason;
};

// How tier, verdict and findings moved from the revision migrated from to the new one.
struct EvaluationShift
{
    std::optional<std::string> tierBefore; // nullopt: undetermined
    std::optional<std::string> tierAfter;
    std::string verdictBefore;
    std::string verdictAfter;
    std::vector<std::string> findingsAdded;   // finding ids
    std::vector<std::string> findingsRemoved; // finding ids
};

// What moving an assessment to another questionnaire version did to its answers. Kept in
// the revision the move made (the payload's `migration`, docs/library.md), so a reviewer
// later sees what was carried, changed and lost.
struct MigrationReport
{
    model::QuestionnaireRef from;
    model::QuestionnaireRef to;
    std::vector<std::string> carried; // question ids carried unchanged
    std::vector<MappedAnswer> mapped;
    std::vector<DroppedAnswer> dropped;
    // Visible questions the older questionnaire did not ask and nobody has answered.
    std::vector<std::string> newQuestions;
    std::vector<model::RemediationAction> droppedActions; // their finding no longer exists
    std::vector<model::AttachmentRef> droppedAttachments; // their question or item is gone
    std::optional<EvaluationShift> evaluation;
};

[[nodiscard]] nlohmann::json reportToJson(const MigrationReport& report);
// Reads what reportToJson wrote; nullopt when the object does not have that shape.
[[nodiscard]] std::optional<MigrationReport> reportFromJson(const nlohmann::json& document);

} // namespace vouch::migration
