// SPDX-License-Identifier: Apache-2.0
#include "migration/MigrationReport.h"

namespace vouch::migration {
namespace {

using nlohmann::json;

json refToJson(const model::QuestionnaireRef& ref)
{
    return {{"id", ref.id}, {"version", ref.version}, {"sha256", ref.sha256}};
}

model::QuestionnaireRef refFromJson(const json& value)
{
    return {value.at("id").get<std::string>(), value.at("version").get<std::string>(),
            value.at("sha256").get<std::string>()};
}

json optionalText(const std::optional<std::string>& text)
{
    return text ? json(*text) : json(nullptr);
}

std::optional<std::string> optionalTextFrom(const json& value)
{
    return value.is_string() ? std::optional(value.get<std::string>()) : std::nullopt;
}

json shiftToJson(const EvaluationShift& shift)
{
    return {{"tier_before", optionalText(shift.tierBefore)},
            {"tier_after", optionalText(shift.tierAfter)},
            {"verdict_before", shift.verdictBefore},
            {"verdict_after", shift.verdictAfter},
            {"findings_added", shift.findingsAdded},
            {"findings_removed", shift.findingsRemoved}};
}

EvaluationShift shiftFromJson(const json& value)
{
    return {optionalTextFrom(value.at("tier_before")),
            optionalTextFrom(value.at("tier_after")),
            value.at("verdict_before").get<std::string>(),
            value.at("verdict_after").get<std::string>(),
            value.at("findings_added").get<std::vector<std::string>>(),
            value.at("findings_removed").get<std::vector<std::string>>()};
}

} // namespace

json reportToJson(const MigrationReport& report)
{
    json mapped = json::array();
    for (const auto& entry : report.mapped) {
        mapped.push_back({{"from_question", entry.fromQuestion},
                          {"question", entry.question},
                          {"before", entry.before},
                          {"after", entry.after}});
    }
    json dropped = json::array();
    for (const auto& entry : report.dropped) {
        dropped.push_back(
            {{"question", entry.question}, {"value", entry.value}, {"reason", entry.reason}});
    }
    json actions = json::array();
    for (const auto& action : report.droppedActions) {
        actions.push_back({{"finding", action.finding},
                           {"what", action.what},
                           {"owner", action.owner},
                           {"due", action.due},
                           {"status", std::string(model::spelling(action.status))}});
    }
    json attachments = json::array();
    for (const auto& ref : report.droppedAttachments) {
        attachments.push_back({{"question", ref.question},
                               {"item", ref.item},
                               {"name", ref.name},
                               {"sha256", ref.sha256}});
    }
    json document = {{"from", refToJson(report.from)},
                     {"to", refToJson(report.to)},
                     {"carried", report.carried},
                     {"mapped", std::move(mapped)},
                     {"dropped", std::move(dropped)},
                     {"new_questions", report.newQuestions},
                     {"dropped_actions", std::move(actions)},
                     {"dropped_attachments", std::move(attachments)}};
    if (report.evaluation) {
        document["evaluation"] = shiftToJson(*report.evaluation);
    }
    return document;
}

std::optional<MigrationReport> reportFromJson(const json& document)
{
    // The payload reader already checked that this is an object of plain text; a shape
    // other than reportToJson's is a report this version cannot show.
    try {
        MigrationReport report;
        report.from = refFromJson(document.at("from"));
        report.to = refFromJson(document.at("to"));
        report.carried = document.at("carried").get<std::vector<std::string>>();
        for (const auto& entry : document.at("mapped")) {
            report.mapped.push_back({entry.at("from_question").get<std::string>(),
                                     entry.at("question").get<std::string>(), entry.at("before"),
                                     entry.at("after")});
        }
        for (const auto& entry : document.at("dropped")) {
            report.dropped.push_back({entry.at("question").get<std::string>(), entry.at("value"),
                                      entry.at("reason").get<std::string>()});
        }
        report.newQuestions = document.at("new_questions").get<std::vector<std::string>>();
        for (const auto& entry : document.at("dropped_actions")) {
            model::RemediationAction action;
            action.finding = entry.at("finding").get<std::string>();
            action.what = entry.at("what").get<std::string>();
            action.owner = entry.at("owner").get<std::string>();
            action.due = entry.at("due").get<std::string>();
            report.droppedActions.push_back(std::move(action));
        }
        for (const auto& entry : document.at("dropped_attachments")) {
            model::AttachmentRef ref;
            ref.question = entry.at("question").get<std::string>();
            ref.item = entry.at("item").get<std::string>();
            ref.name = entry.at("name").get<std::string>();
            ref.sha256 = entry.at("sha256").get<std::string>();
            report.droppedAttachments.push_back(std::move(ref));
        }
        if (document.contains("evaluation")) {
            report.evaluation = shiftFromJson(document.at("evaluation"));
        }
        return report;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

} // namespace vouch::migration
