// SPDX-License-Identifier: Apache-2.0
#include "services/ReReview.h"

#include "model/TextChecks.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace vouch::services {

bool ReReviewState::has(Reason reason) const
{
    return std::any_of(reasons.begin(), reasons.end(),
                       [&](const Item& item) { return item.reason == reason; });
}

bool ReReviewState::isAssessmentDue() const
{
    return has(Reason::ReviewDatePassed) || has(Reason::ActionsOverdue);
}

std::string monthsBefore(const std::string& date, int months)
{
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    if (!model::isValidDate(date) ||
        std::sscanf(date.c_str(), "%d-%u-%u", &year, &month, &day) != 3) {
        return {};
    }
    using namespace std::chrono;
    const year_month start = std::chrono::year(year) / std::chrono::month(month);
    const year_month target = start - std::chrono::months(months);
    const auto last = static_cast<unsigned>((target / std::chrono::last).day());
    const year_month_day result = target / std::chrono::day(std::min(day, last));
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(result.year()),
                  static_cast<unsigned>(result.month()), static_cast<unsigned>(result.day()));
    return text;
}

ReReviewState reReviewStateOf(const store::AssessmentRecord& assessment,
                              const model::Questionnaire& questionnaire, const std::string& today)
{
    ReReviewState state;
    if (!model::isValidDate(today)) {
        return state;
    }
    using Reason = ReReviewState::Reason;
    // Dates are YYYY-MM-DD, which compare as text.
    if (const auto& due = assessment.fields.reviewDue; due && !due->empty() && *due < today) {
        state.reasons.push_back(
            {Reason::ReviewDatePassed, "The review was due on " + *due + " and is overdue.", *due});
    }

    state.sourcesCutoff = monthsBefore(today, 12);
    for (const auto& source : questionnaire.sources) {
        if (model::isValidDate(source.asOf) && source.asOf < state.sourcesCutoff) {
            state.staleSources.push_back({source.id, source.title, source.asOf});
        }
    }
    if (!state.staleSources.empty()) {
        const auto oldest =
            std::min_element(state.staleSources.begin(), state.staleSources.end(),
                             [](const auto& a, const auto& b) { return a.asOf < b.asOf; });
        const auto count = state.staleSources.size();
        state.reasons.push_back(
            {Reason::SourcesOutdated,
             std::to_string(count) + (count == 1 ? " source is" : " sources are") +
                 " more than 12 months old (oldest: " + oldest->title + ", as of " + oldest->asOf +
                 "); check that the vendor facts still hold.",
             oldest->asOf});
    }

    if (const auto& due = assessment.fields.nextActionDue; due && !due->empty() && *due < today) {
        state.reasons.push_back({Reason::ActionsOverdue,
                                 "A remediation action was due on " + *due + " and is not done.",
                                 *due});
    }
    return state;
}

} // namespace vouch::services
