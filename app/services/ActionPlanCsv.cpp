// SPDX-License-Identifier: Apache-2.0
#include "services/ActionPlanCsv.h"

#include "services/AtomicFile.h"

#include <array>

namespace vouch::services {
namespace {

using nlohmann::json;

constexpr std::string_view kRowEnd = "\r\n";

struct FindingText
{
    std::string title;
    std::string severity;
};

// Type-checked: nlohmann would throw on a member of the wrong type.
std::string stringMember(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

FindingText findingText(const json& evaluation, const std::string& id)
{
    if (!evaluation.is_object()) {
        return {};
    }
    const auto findings = evaluation.find("findings");
    if (findings == evaluation.end() || !findings->is_array()) {
        return {};
    }
    for (const auto& finding : *findings) {
        if (finding.is_object() && stringMember(finding, "id") == id) {
            return {stringMember(finding, "title"), stringMember(finding, "severity")};
        }
    }
    return {};
}

void appendRow(std::string& csv, const std::array<std::string_view, 8>& cells)
{
    bool first = true;
    for (const auto cell : cells) {
        csv += first ? "" : ",";
        csv += csvField(cell);
        first = false;
    }
    csv += kRowEnd;
}

} // namespace

std::string csvField(std::string_view text)
{
    std::string cell;
    // OWASP CSV injection: spreadsheets run a cell starting with one of these as a
    // formula (TAB and CR can hide the trigger). A leading apostrophe makes it text.
    if (!text.empty() &&
        std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        cell += '\'';
    }
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string actionPlanCsv(const model::Answers& answers, const json& evaluation,
                          const std::string& today)
{
    std::string csv;
    appendRow(
        csv, {"finding", "finding_title", "severity", "what", "owner", "due", "status", "overdue"});
    for (const auto& action : answers.actions) {
        const auto finding = findingText(evaluation, action.finding);
        // YYYY-MM-DD compares as text.
        const bool overdue =
            action.status != model::ActionStatus::Done && !action.due.empty() && action.due < today;
        appendRow(csv, {action.finding, finding.title, finding.severity, action.what, action.owner,
                        action.due, model::spelling(action.status), overdue ? "yes" : "no"});
    }
    return csv;
}

std::string actionPlanCsv(const model::AssessmentPayload& payload, const std::string& today)
{
    return actionPlanCsv(payload.answers, payload.evaluation, today);
}

Result<void> writeActionPlanCsv(const std::filesystem::path& path,
                                const model::AssessmentPayload& payload, const std::string& today,
                                ExistingOutput existing)
{
    return writeOutputFile(path, actionPlanCsv(payload, today), "the action plan", existing);
}

} // namespace vouch::services
