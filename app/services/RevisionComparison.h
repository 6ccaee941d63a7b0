// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/Questionnaire.h"
#include "services/AssessmentService.h"

#include <optional>
#include <string>
#include <vector>

namespace vouch::services {

// What changed between two revisions of an assessment, in words a reviewer reads:
// option labels rather than values, "Not answered" for an absent answer. Every list
// is empty when the two revisions say the same thing.
struct RevisionComparison
{
    // A meta field (title, workload, organisation, business_owner, assessor, review_due).
    struct FieldChange
    {
        std::string key;
        std::string before;
        std::string after;
    };

    // One changed answer; for a responsibility matrix, one changed item.
    struct AnswerChange
    {
        std::string question;     // question id
        std::string questionText; // from the newer questionnaire, else the older one
        std::string item;         // matrix item id; empty for other questions
        std::string itemTitle;    // matrix item title; empty for other questions
        std::string before;       // display text; kNotAnswered when absent
        std::string after;
    };

    struct FindingRef
    {
        std::string id;
        std::string title;
        std::string severity; // blocker, conflict, watch_out, info

        bool operator==(const FindingRef&) const = default;
    };

    // An action of the plan, matched between the revisions by finding and "what".
    struct ActionChange
    {
        std::optional<model::RemediationAction> before; // nullopt: added
        std::optional<model::RemediationAction> after;  // nullopt: removed
    };

    std::vector<FieldChange> meta;
    std::vector<AnswerChange> answers;     // in the newer questionnaire's order, removed ones last
    std::optional<std::string> tierBefore; // nullopt: undetermined
    std::optional<std::string> tierAfter;
    std::string verdictBefore;
    std::string verdictAfter;
    std::vector<FindingRef> findingsAdded;
    std::vector<FindingRef> findingsRemoved;
    std::vector<FindingRef> findingsKept; // as the newer revision states them
    std::vector<model::AttachmentRef> attachmentsAdded;
    std::vector<model::AttachmentRef> attachmentsRemoved;
    std::vector<ActionChange> actions;

    [[nodiscard]] bool tierChanged() const { return tierBefore != tierAfter; }
    [[nodiscard]] bool verdictChanged() const { return verdictBefore != verdictAfter; }
    // Nothing at all differs (kept findings are not a difference).
    [[nodiscard]] bool isEmpty() const;
};

inline constexpr std::string_view kNotAnswered = "Not answered";

// Compares `older` with `newer` (normally two revisions of one assessment, but any two
// payloads work). Each payload is read with its own questionnaire, so a questionnaire
// upgrade shows its added and removed questions as changed answers. Tier, verdict and
// findings come from the evaluations stored in the payloads, i.e. what was signed.
[[nodiscard]] RevisionComparison compareRevisions(const model::AssessmentPayload& older,
                                                  const model::Questionnaire& olderQuestionnaire,
                                                  const model::AssessmentPayload& newer,
                                                  const model::Questionnaire& newerQuestionnaire);
[[nodiscard]] RevisionComparison compareRevisions(const OpenedRevision& older,
                                                  const OpenedRevision& newer);

// An answer as the comparison shows it: option labels (not values) joined by ", ",
// Yes/No/Unknown, text and dates as given. A matrix answer is shown per item
// (matrixEntryText). kNotAnswered for nullptr.
[[nodiscard]] std::string answerDisplayText(const model::Question* question,
                                            const model::AnswerValue* value);
// "In place", "Planned", "Gap" or "Not applicable", with " (evidence: ...)" when given.
[[nodiscard]] std::string matrixEntryText(const model::MatrixEntry* entry);

} // namespace vouch::services
