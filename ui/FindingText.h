// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/FindingExplanation.h"

#include <QString>

namespace vouch::ui {

// The whole finding as rich text for the review page and the wizard's side panel: why,
// what to do, the answers that raised it and its sources with publisher and as-of date.
// Nothing is shortened; every questionnaire and user text is escaped. The wording of
// the engine's words (yes/no/unknown, matrix statuses) is translated here.
[[nodiscard]] QString findingHtml(const services::FindingExplanation& finding);

} // namespace vouch::ui
