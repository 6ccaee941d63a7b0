// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/Questionnaire.h"
#include "services/SignatureTrust.h"
#include "services/SigningService.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vouch::services {

// What the first page of review mode shows, before any detail: the decision. Built from
// the revision that decides (the signed one in force, under a draft too) and its judged
// signatures; the window only lays it out.
struct DecisionOverview
{
    std::string title;
    // The tier as a level of the questionnaire's own scale (tier.levels, lowest first):
    // its rank there and the number of levels, so labels and colours follow the
    // questionnaire instead of a fixed list. nullopt when not determined.
    std::optional<std::string> tier;
    std::optional<std::size_t> tierRank;
    std::size_t tierLevels = 0;
    std::optional<std::string> verdict; // ready, conditional, incomplete, blocked
    TrustVerdict signatures;            // in signing order
    struct Finding
    {
        std::string id; // the rule's id
        std::string title;
    };
    std::vector<Finding> blocking; // findings of severity blocker, in evaluation order
    // Actions of the plan not done yet, earliest due date first (undated last).
    std::vector<model::RemediationAction> openActions;
    // When it is due for review: the date the assessment names, else the interval for its
    // tier from the first signature (as signing sets it); nullopt while unsigned.
    std::optional<std::string> reviewDue;
};

[[nodiscard]] DecisionOverview decisionOverview(const model::AssessmentPayload& payload,
                                                const model::Questionnaire& questionnaire,
                                                const TrustVerdict& signatures,
                                                const ReviewIntervals& intervals = {});

} // namespace vouch::services
