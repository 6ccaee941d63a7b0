// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Questionnaire.h"
#include "store/Records.h"

#include <string>
#include <vector>

namespace vouch::services {

// Why an assessment should be looked at again. Nothing here changes the assessment;
// the window and the command line show the messages.
struct ReReviewState
{
    enum class Reason
    {
        ReviewDatePassed, // the review-due date is before today
        SourcesOutdated,  // vendor facts behind the questionnaire are over 12 months old
        ActionsOverdue    // a remediation action that is not done is past its due date
    };

    struct Item
    {
        Reason reason = Reason::ReviewDatePassed;
        std::string message; // one line, English (the command line's; the window words its own)
        std::string date;    // the due date passed, or the oldest source's as-of date
    };

    struct StaleSource
    {
        std::string id;
        std::string title;
        std::string asOf; // YYYY-MM-DD
    };

    std::vector<Item> reasons;             // in the order of Reason
    std::vector<StaleSource> staleSources; // questionnaire order
    std::string sourcesCutoff;             // sources as of before this date are stale

    [[nodiscard]] bool isNeeded() const { return !reasons.empty(); }
    // The assessment itself is due: its review date or an action's due date passed.
    // Old sources alone are not: they concern the questionnaire's vendor facts, which the
    // officer re-checks when updating the questionnaire, not this assessment's review.
    [[nodiscard]] bool isAssessmentDue() const;
    [[nodiscard]] bool has(Reason reason) const;
};

// The state of `assessment` on `today` (YYYY-MM-DD): its review-due date and the
// earliest due date of its open actions (from the library row), and the as-of dates
// of the sources of `questionnaire` (the snapshot it was answered with), compared with
// today minus 12 calendar months (the 29th of February falls back to the 28th). An
// invalid `today` gives no reasons.
[[nodiscard]] ReReviewState reReviewStateOf(const store::AssessmentRecord& assessment,
                                            const model::Questionnaire& questionnaire,
                                            const std::string& today);

// `date` (YYYY-MM-DD) minus `months` calendar months, the day clamped to the month's
// length; empty when `date` is not a valid date.
[[nodiscard]] std::string monthsBefore(const std::string& date, int months);

} // namespace vouch::services
