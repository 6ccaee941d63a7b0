// SPDX-License-Identifier: Apache-2.0
#include "services/DecisionOverview.h"

#include "model/Vocabulary.h"

#include <algorithm>

namespace vouch::services {
namespace {

std::optional<std::string> textOf(const nlohmann::json& object, const char* key)
{
    if (object.is_object() && object.contains(key) && object[key].is_string()) {
        return object[key].get<std::string>();
    }
    return std::nullopt;
}

} // namespace

DecisionOverview decisionOverview(const model::AssessmentPayload& payload,
                                  const model::Questionnaire& questionnaire,
                                  const TrustVerdict& signatures, const ReviewIntervals& intervals)
{
    DecisionOverview overview;
    overview.title = payload.meta.title;
    const auto& evaluation = payload.evaluation;
    overview.tier = textOf(evaluation, "tier");
    overview.tierLevels = questionnaire.tier.levels.size();
    if (overview.tier) {
        overview.tierRank = questionnaire.tier.rank(*overview.tier);
    }
    overview.verdict = textOf(evaluation, "verdict");
    overview.signatures = signatures;
    if (evaluation.is_object() && evaluation.contains("findings") &&
        evaluation["findings"].is_array()) {
        for (const auto& finding : evaluation["findings"]) {
            const auto severity = textOf(finding, "severity");
            if (severity && model::severityFromString(*severity) == model::Severity::Blocker) {
                overview.blocking.push_back(
                    {textOf(finding, "id").value_or(""), textOf(finding, "title").value_or("")});
            }
        }
    }
    for (const auto& action : payload.answers.actions) {
        if (action.status != model::ActionStatus::Done) {
            overview.openActions.push_back(action);
        }
    }
    std::stable_sort(overview.openActions.begin(), overview.openActions.end(),
                     [](const model::RemediationAction& a, const model::RemediationAction& b) {
                         // Undated last: an empty date sorts after every YYYY-MM-DD.
                         return (a.due.empty() ? std::string("~") : a.due) <
                                (b.due.empty() ? std::string("~") : b.due);
                     });
    if (payload.meta.reviewDue) {
        overview.reviewDue = payload.meta.reviewDue;
    } else if (signatures.isSigned()) {
        overview.reviewDue = reviewDueFor(
            overview.tier, signatures.signers.front().signedAt.substr(0, 10), intervals);
    }
    return overview;
}

} // namespace vouch::services
