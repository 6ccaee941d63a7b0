// SPDX-License-Identifier: Apache-2.0
#include "services/RevisionComparison.h"

#include <algorithm>
#include <set>

namespace vouch::services {
namespace {

using nlohmann::json;

// Type-checked reads: a stored evaluation is trusted to be an object, not to have
// every member, and nlohmann would throw on a wrong type.
std::optional<std::string> optionalString(const json& object, const char* key)
{
    if (!object.is_object()) {
        return std::nullopt;
    }
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::vector<RevisionComparison::FindingRef> findingsOf(const json& evaluation)
{
    std::vector<RevisionComparison::FindingRef> findings;
    if (!evaluation.is_object()) {
        return findings;
    }
    const auto list = evaluation.find("findings");
    if (list == evaluation.end() || !list->is_array()) {
        return findings;
    }
    for (const auto& finding : *list) {
        if (auto id = optionalString(finding, "id")) {
            findings.push_back({std::move(*id), optionalString(finding, "title").value_or(""),
                                optionalString(finding, "severity").value_or("")});
        }
    }
    return findings;
}

const RevisionComparison::FindingRef*
findingWithId(const std::vector<RevisionComparison::FindingRef>& findings, const std::string& id)
{
    const auto it = std::find_if(findings.begin(), findings.end(),
                                 [&](const auto& finding) { return finding.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

std::string optionLabel(const model::Question* question, const std::string& value)
{
    if (question == nullptr) {
        return value;
    }
    if (question->type == model::QuestionType::YesNoUnknown) {
        return value == "yes"       ? "Yes"
               : value == "no"      ? "No"
               : value == "unknown" ? "Unknown"
                                    : value;
    }
    const auto* option = question->option(value);
    return option != nullptr ? option->label : value;
}

const model::MatrixAnswer* matrixOf(const model::AnswerValue* value)
{
    return value == nullptr ? nullptr : std::get_if<model::MatrixAnswer>(value);
}

std::string itemTitle(const model::Question* newer, const model::Question* older,
                      const std::string& item)
{
    for (const auto* question : {newer, older}) {
        if (question != nullptr) {
            if (const auto* found = question->item(item)) {
                return found->title;
            }
        }
    }
    return item;
}

void compareMatrix(const std::string& questionId, const std::string& questionText,
                   const model::Question* olderQuestion, const model::Question* newerQuestion,
                   const model::MatrixAnswer* before, const model::MatrixAnswer* after,
                   std::vector<RevisionComparison::AnswerChange>& changes)
{
    // Items in the newer questionnaire's order, then items only the older one has,
    // then (should a payload name one) items neither questionnaire knows.
    std::vector<std::string> items;
    std::set<std::string> seen;
    const auto add = [&](const std::string& item) {
        if (seen.insert(item).second) {
            items.push_back(item);
        }
    };
    for (const auto* question : {newerQuestion, olderQuestion}) {
        if (question != nullptr) {
            for (const auto& item : question->items) {
                add(item.id);
            }
        }
    }
    for (const auto* answer : {after, before}) {
        if (answer != nullptr) {
            for (const auto& [item, entry] : *answer) {
                add(item);
            }
        }
    }
    const auto entryOf = [](const model::MatrixAnswer* answer,
                            const std::string& item) -> const model::MatrixEntry* {
        if (answer == nullptr) {
            return nullptr;
        }
        const auto it = answer->find(item);
        return it == answer->end() ? nullptr : &it->second;
    };
    for (const auto& item : items) {
        const auto* old = entryOf(before, item);
        const auto* now = entryOf(after, item);
        if (old == nullptr && now == nullptr) {
            continue;
        }
        if (old != nullptr && now != nullptr && *old == *now) {
            continue;
        }
        changes.push_back({questionId, questionText, item,
                           itemTitle(newerQuestion, olderQuestion, item), matrixEntryText(old),
                           matrixEntryText(now)});
    }
}

void compareAnswers(const model::Answers& older, const model::Questionnaire& olderQuestionnaire,
                    const model::Answers& newer, const model::Questionnaire& newerQuestionnaire,
                    std::vector<RevisionComparison::AnswerChange>& changes)
{
    std::vector<std::string> order;
    std::set<std::string> seen;
    const auto add = [&](const std::string& id) {
        if (seen.insert(id).second) {
            order.push_back(id);
        }
    };
    for (const auto* question : newerQuestionnaire.questionsInOrder()) {
        add(question->id);
    }
    for (const auto* question : olderQuestionnaire.questionsInOrder()) {
        add(question->id);
    }
    for (const auto* answers : {&newer, &older}) {
        for (const auto& [id, value] : answers->values) {
            add(id);
        }
    }
    for (const auto& id : order) {
        const auto* olderQuestion = olderQuestionnaire.question(id);
        const auto* newerQuestion = newerQuestionnaire.question(id);
        const auto* before = older.find(id);
        const auto* after = newer.find(id);
        if (before == nullptr && after == nullptr) {
            continue;
        }
        const std::string text = newerQuestion != nullptr   ? newerQuestion->text
                                 : olderQuestion != nullptr ? olderQuestion->text
                                                            : id;
        const bool matrix = matrixOf(before) != nullptr || matrixOf(after) != nullptr;
        if (matrix) {
            compareMatrix(id, text, olderQuestion, newerQuestion, matrixOf(before), matrixOf(after),
                          changes);
            continue;
        }
        if (before != nullptr && after != nullptr && *before == *after) {
            continue;
        }
        changes.push_back({id,
                           text,
                           {},
                           {},
                           answerDisplayText(olderQuestion, before),
                           answerDisplayText(newerQuestion, after)});
    }
}

void compareMeta(const model::AssessmentMeta& older, const model::AssessmentMeta& newer,
                 std::vector<RevisionComparison::FieldChange>& changes)
{
    const auto field = [&](const char* key, const std::string& before, const std::string& after) {
        if (before != after) {
            changes.push_back({key, before, after});
        }
    };
    field("title", older.title, newer.title);
    field("workload", older.workload, newer.workload);
    field("organisation", older.organisation, newer.organisation);
    field("business_owner", older.businessOwner, newer.businessOwner);
    field("assessor", older.assessor, newer.assessor);
    field("review_due", older.reviewDue.value_or("Not set"), newer.reviewDue.value_or("Not set"));
}

void compareActions(const std::vector<model::RemediationAction>& older,
                    const std::vector<model::RemediationAction>& newer,
                    std::vector<RevisionComparison::ActionChange>& changes)
{
    std::vector<bool> matched(older.size(), false);
    for (const auto& action : newer) {
        std::optional<std::size_t> partner;
        for (std::size_t i = 0; i < older.size(); ++i) {
            if (!matched[i] && older[i].finding == action.finding && older[i].what == action.what) {
                partner = i;
                break;
            }
        }
        if (!partner) {
            changes.push_back({std::nullopt, action});
            continue;
        }
        matched[*partner] = true;
        if (!(older[*partner] == action)) {
            changes.push_back({older[*partner], action});
        }
    }
    for (std::size_t i = 0; i < older.size(); ++i) {
        if (!matched[i]) {
            changes.push_back({older[i], std::nullopt});
        }
    }
}

std::vector<model::AttachmentRef> missingFrom(const std::vector<model::AttachmentRef>& from,
                                              const std::vector<model::AttachmentRef>& in)
{
    std::vector<model::AttachmentRef> missing;
    for (const auto& ref : from) {
        if (std::find(in.begin(), in.end(), ref) == in.end()) {
            missing.push_back(ref);
        }
    }
    return missing;
}

} // namespace

bool RevisionComparison::isEmpty() const
{
    return meta.empty() && answers.empty() && !tierChanged() && !verdictChanged() &&
           findingsAdded.empty() && findingsRemoved.empty() && attachmentsAdded.empty() &&
           attachmentsRemoved.empty() && actions.empty();
}

std::string matrixEntryText(const model::MatrixEntry* entry)
{
    if (entry == nullptr) {
        return std::string(kNotAnswered);
    }
    std::string text;
    switch (entry->status) {
    case model::MatrixStatus::InPlace:
        text = "In place";
        break;
    case model::MatrixStatus::Planned:
        text = "Planned";
        break;
    case model::MatrixStatus::Gap:
        text = "Gap";
        break;
    case model::MatrixStatus::NotApplicable:
        text = "Not applicable";
        break;
    }
    if (!entry->evidence.empty()) {
        text += " (evidence: " + entry->evidence + ")";
    }
    return text;
}

std::string answerDisplayText(const model::Question* question, const model::AnswerValue* value)
{
    if (value == nullptr) {
        return std::string(kNotAnswered);
    }
    if (const auto* text = std::get_if<std::string>(value)) {
        if (text->empty()) {
            return std::string(kNotAnswered);
        }
        const bool literal = question != nullptr && (question->type == model::QuestionType::Text ||
                                                     question->type == model::QuestionType::Date);
        return literal ? *text : optionLabel(question, *text);
    }
    if (const auto* selection = std::get_if<std::vector<std::string>>(value)) {
        std::string joined;
        for (const auto& option : *selection) {
            joined += (joined.empty() ? "" : ", ") + optionLabel(question, option);
        }
        return joined.empty() ? std::string(kNotAnswered) : joined;
    }
    const auto& matrix = std::get<model::MatrixAnswer>(*value);
    std::string joined;
    for (const auto& [item, entry] : matrix) {
        joined += (joined.empty() ? "" : "; ") + itemTitle(question, nullptr, item) + ": " +
                  matrixEntryText(&entry);
    }
    return joined.empty() ? std::string(kNotAnswered) : joined;
}

RevisionComparison compareRevisions(const model::AssessmentPayload& older,
                                    const model::Questionnaire& olderQuestionnaire,
                                    const model::AssessmentPayload& newer,
                                    const model::Questionnaire& newerQuestionnaire)
{
    RevisionComparison comparison;
    compareMeta(older.meta, newer.meta, comparison.meta);
    compareAnswers(older.answers, olderQuestionnaire, newer.answers, newerQuestionnaire,
                   comparison.answers);
    comparison.tierBefore = optionalString(older.evaluation, "tier");
    comparison.tierAfter = optionalString(newer.evaluation, "tier");
    comparison.verdictBefore = optionalString(older.evaluation, "verdict").value_or("");
    comparison.verdictAfter = optionalString(newer.evaluation, "verdict").value_or("");

    const auto before = findingsOf(older.evaluation);
    const auto after = findingsOf(newer.evaluation);
    for (const auto& finding : after) {
        (findingWithId(before, finding.id) != nullptr ? comparison.findingsKept
                                                      : comparison.findingsAdded)
            .push_back(finding);
    }
    for (const auto& finding : before) {
        if (findingWithId(after, finding.id) == nullptr) {
            comparison.findingsRemoved.push_back(finding);
        }
    }
    comparison.attachmentsAdded = missingFrom(newer.attachments, older.attachments);
    comparison.attachmentsRemoved = missingFrom(older.attachments, newer.attachments);
    compareActions(older.answers.actions, newer.answers.actions, comparison.actions);
    return comparison;
}

RevisionComparison compareRevisions(const OpenedRevision& older, const OpenedRevision& newer)
{
    return compareRevisions(older.payload, older.questionnaire.questionnaire, newer.payload,
                            newer.questionnaire.questionnaire);
}

} // namespace vouch::services
