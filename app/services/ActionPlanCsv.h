// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Answers.h"
#include "model/AssessmentPayload.h"
#include "model/Result.h"
#include "services/OutputTarget.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace vouch::services {

// The action plan as CSV for a spreadsheet or a ticket system, one row per action:
//   finding,finding_title,severity,what,owner,due,status,overdue
// - RFC 4180: CRLF after every row (the header too), fields with a comma, a double
//   quote, CR or LF in double quotes, inner quotes doubled.
// - UTF-8 without a byte-order mark: RFC 4180 and most tools (Python's csv, pandas,
//   LibreOffice, Google Sheets) read it as is; a BOM would become part of the first
//   header name for them. (Excel may need "Data > From Text/CSV" for non-ASCII text.)
// - finding_title and severity come from `evaluation` (the evaluation JSON of the
//   payload); they are empty for an action whose finding the evaluation no longer has.
// - overdue: "yes" when the action is not done and its due date is before `today`
//   (YYYY-MM-DD), otherwise "no".
// - Formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, TAB
//   or CR gets a leading apostrophe, so a spreadsheet shows it as text instead of
//   running it as a formula. User text like "-5 days" therefore reads "'-5 days".
[[nodiscard]] std::string actionPlanCsv(const model::Answers& answers,
                                        const nlohmann::json& evaluation, const std::string& today);
[[nodiscard]] std::string actionPlanCsv(const model::AssessmentPayload& payload,
                                        const std::string& today);

// Writes actionPlanCsv atomically: a temporary file in the same folder, renamed over
// `path` only once complete, so a crash or a full disk never leaves half a plan (or
// destroys the previous file). The error is one line naming the file. The output policy
// (services/OutputTarget.h) applies: never a link, a folder, a library or a key; an
// existing file is replaced by default because the window asks first.
[[nodiscard]] Result<void> writeActionPlanCsv(const std::filesystem::path& path,
                                              const model::AssessmentPayload& payload,
                                              const std::string& today,
                                              ExistingOutput existing = ExistingOutput::Replace);

// One CSV field, RFC 4180-quoted where needed, with the formula guard above.
[[nodiscard]] std::string csvField(std::string_view text);

} // namespace vouch::services
