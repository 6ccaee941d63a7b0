// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/Diagnostic.h"
#include "model/Questionnaire.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vouch::model {

inline constexpr std::string_view kAssessmentFormat = "vouch-assessment/1";

struct AssessmentMeta
{
    std::string title;
    std::string workload;
    std::string organisation;
    std::string businessOwner;
    std::string assessor;
    std::optional<std::string> reviewDue; // YYYY-MM-DD

    // Reads the `meta` of an answers file (keys title, workload, organisation,
    // business_owner, assessor, review_due).
    [[nodiscard]] static AssessmentMeta fromAnswers(const Answers& answers);
};

// Evidence attached to a question or a matrix item; the file itself is in the
// library's blob store under `sha256`, so a signature over the payload covers it.
struct AttachmentRef
{
    std::string sha256;
    std::string name; // the original file name, shown only; never used as a path
    std::string mediaType;
    std::int64_t size = 0;
    std::string question;
    std::string item; // matrix item, or empty

    bool operator==(const AttachmentRef&) const = default;
};

struct QuestionnaireRef
{
    std::string id;
    std::string version;
    std::string sha256;
};

// What a revision stores and a signature covers: the assessment's identity and meta,
// the questionnaire snapshot it was answered against, the answers, the evidence and
// the evaluation Vouch derived from them.
struct AssessmentPayload
{
    std::string assessmentId;
    AssessmentMeta meta;
    QuestionnaireRef questionnaire;
    Answers answers;
    std::vector<AttachmentRef> attachments;
    nlohmann::json evaluation = nlohmann::json::object();
    // Only in the revision that moved the assessment to another questionnaire version:
    // what the move carried, mapped and dropped (migration::reportToJson).
    std::optional<nlohmann::json> migration;
};

[[nodiscard]] nlohmann::json payloadToJson(const AssessmentPayload& payload);

// Reads a payload and checks it fully, answers against `questionnaire` (which must be
// the snapshot the payload names).
[[nodiscard]] Loaded<AssessmentPayload> payloadFromJson(const nlohmann::json& document,
                                                        const Questionnaire& questionnaire,
                                                        const std::string& displayName);

// The questionnaire reference of a payload, read before the questionnaire is known.
[[nodiscard]] std::optional<QuestionnaireRef> questionnaireRefOf(const nlohmann::json& document);

} // namespace vouch::model
