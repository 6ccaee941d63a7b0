// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"
#include "model/Vocabulary.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vouch::rules {

// One answer that contributed to a result: the question (and matrix item) and the
// value it had. This is how the window and the PDF explain "why".
struct AnswerCitation
{
    std::string question;
    std::string item; // matrix questions only
    nlohmann::json value;
};

struct Finding
{
    std::string id;
    model::Severity severity = model::Severity::Info;
    std::string title;
    std::string rationale;
    std::string recommendation;
    std::vector<std::string> sources;
    std::vector<AnswerCitation> because;
    // The date the duty behind the finding applies from (empty: no date), and whether it
    // is in force at the evaluation date; one not yet in force is at most a watch-out.
    std::string appliesFrom;
    bool inForce = true;
};

struct TierRaiseApplied
{
    std::string id;
    std::string reason;
    int by = 1;
    std::vector<std::string> sources;
    std::vector<AnswerCitation> because;
};

struct TierResult
{
    std::optional<std::string> level; // nullopt: the tier question is unanswered
    std::optional<AnswerCitation> base;
    std::string baseLevel;
    std::vector<TierRaiseApplied> raises;
};

struct ResponsibilityRow
{
    std::string question;
    std::string item;
    std::string title;
    model::Owner owner = model::Owner::Shared;
    std::optional<model::MatrixStatus> status; // nullopt: not yet assessed
    std::string evidence;
    std::vector<std::string> sources;
};

// What the answers say about one required control (see model::ControlCheck).
enum class ControlState
{
    NotChecked,  // no check, or no check answered
    Satisfied,   // a check is satisfied and none denies or leaves it open
    Denied,      // a check's answer denies it: finding control-denied.<id>
    Unconfirmed, // a check's answer is unknown: finding control-unconfirmed.<id>
};

[[nodiscard]] std::string_view spelling(ControlState state);

struct ControlStatus
{
    ControlState state = ControlState::NotChecked;
    bool mandatory = false; // the control is mandatory at the assessment's tier
};

struct Evaluation
{
    // YYYY-MM-DD the evaluation is computed as of (legal dates, re-verify dates); empty for
    // an evaluation made without a date, in which every duty counts as in force.
    std::string asOf;
    TierResult tier;
    model::Verdict verdict = model::Verdict::Incomplete;
    std::vector<Finding> findings; // most severe first, then questionnaire order
    std::vector<const model::Control*> requiredControls;
    std::vector<ControlStatus> controlStatus; // one per requiredControls entry, same order
    std::vector<ResponsibilityRow> responsibility;
    std::vector<std::string> unanswered;     // required, visible, not answered
    std::vector<std::string> ignoredAnswers; // answered but hidden by visible_if
    // Sources whose re-verify date is before `asOf`: facts the officer must check again.
    std::vector<const model::Source*> sourcesToReverify;

    [[nodiscard]] bool hasFinding(std::string_view id) const;
    // The finding with this id, or null.
    [[nodiscard]] const Finding* finding(std::string_view id) const;
};

// The id of the finding Vouch derives from matrix items marked as a gap.
inline constexpr std::string_view kResponsibilityGapFinding = "responsibility-gap";
// Prefixes of the findings Vouch derives from control checks; the control id follows.
inline constexpr std::string_view kControlDeniedPrefix = "control-denied.";
inline constexpr std::string_view kControlUnconfirmedPrefix = "control-unconfirmed.";

} // namespace vouch::rules
