// SPDX-License-Identifier: Apache-2.0
#include "migration/AnswerMigration.h"

#include "rules/ConditionEvaluator.h"

#include <algorithm>
#include <set>

namespace vouch::migration {
namespace {

using nlohmann::json;

// The answer checked by the same reader that reads saved revisions, so whatever is
// carried over is sure to load on `current`: option values, exclusive choices, lengths.
// Returns the first problem, or nothing when the answer fits.
std::optional<std::string> problemWith(const model::Questionnaire& current,
                                       const std::string& question, const json& value)
{
    const json document = {{"answers", {{question, value}}}};
    const auto parsed = model::parseAnswers(document, current, "migration");
    if (parsed.ok()) {
        return std::nullopt;
    }
    return parsed.errors.front().message;
}

class Migrator
{
public:
    Migrator(const model::Questionnaire& older, const model::Questionnaire& current)
        : m_older(older)
        , m_current(current)
        , m_migration(current.migrationFrom(older.version))
    {
        m_result.report.from = {older.id, older.version, {}};
        m_result.report.to = {current.id, current.version, {}};
    }

    MigratedAnswers run(const model::Answers& answers,
                        const std::vector<model::AttachmentRef>& attachments)
    {
        m_result.answers.meta = answers.meta;
        // In the older questionnaire's order, so the report reads like its wizard.
        for (const auto* question : m_older.questionsInOrder()) {
            if (const auto* value = answers.find(question->id)) {
                carry(question->id, *value);
            }
        }
        for (const auto& [question, value] : answers.values) {
            if (m_older.question(question) == nullptr) {
                carry(question, value); // not expected: answers are checked against `older`
            }
        }
        carryActions(answers.actions);
        carryAttachments(attachments);
        listNewQuestions();
        return std::move(m_result);
    }

private:
    [[nodiscard]] std::string targetOf(const std::string& oldId) const
    {
        const auto* entry = m_migration ? m_migration->forOldQuestion(oldId) : nullptr;
        return entry != nullptr ? entry->to : oldId;
    }

    void drop(const std::string& question, json value, std::string reason)
    {
        m_result.report.dropped.push_back({question, std::move(value), std::move(reason)});
    }

    void carry(const std::string& oldId, const model::AnswerValue& value)
    {
        const auto before = model::answerToJson(value);
        const auto* entry = m_migration ? m_migration->forOldQuestion(oldId) : nullptr;
        const auto target = targetOf(oldId);
        const auto* question = m_current.question(target);
        if (question == nullptr) {
            drop(oldId, before, "the question is no longer asked");
            return;
        }
        if (m_result.answers.values.contains(target)) {
            drop(oldId, before, "another answer was carried to " + target);
            return;
        }
        auto after = mappedValue(oldId, before, entry, *question);
        if (after.is_null()) {
            return; // every value dropped, each reported
        }
        if (auto problem = problemWith(m_current, target, after)) {
            drop(oldId, before, *problem);
            return;
        }
        auto parsed = model::parseAnswers({{"answers", {{target, after}}}}, m_current, "migration");
        m_result.answers.values[target] = parsed.value->values.at(target);
        if (target == oldId && after == before) {
            m_result.report.carried.push_back(oldId);
        } else {
            m_result.report.mapped.push_back({oldId, target, before, after});
        }
    }

    // The value as `current` spells it: options mapped, options no longer offered dropped
    // one by one (a multiple choice keeps the rest), matrix items no longer listed dropped.
    json mappedValue(const std::string& oldId, const json& before,
                     const model::QuestionMigration* entry, const model::Question& question)
    {
        const auto map = [&](const std::string& value) {
            if (entry != nullptr) {
                if (const auto it = entry->values.find(value); it != entry->values.end()) {
                    return it->second;
                }
            }
            return value;
        };
        const auto allowed = question.allowedValues();
        const auto offered = [&](const std::string& value) {
            return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
        };
        if (before.is_array() && question.type == model::QuestionType::Multiple) {
            std::set<std::string> chosen;
            for (const auto& value : before) {
                const auto mapped = map(value.get<std::string>());
                if (offered(mapped)) {
                    chosen.insert(mapped);
                } else {
                    drop(oldId, value, "\"" + mapped + "\" is no longer an option");
                }
            }
            json after = json::array();
            for (const auto& value : allowed) { // the questionnaire's option order
                if (chosen.contains(value)) {
                    after.push_back(value);
                }
            }
            return after.empty() ? json(nullptr) : after;
        }
        if (before.is_string() && (question.type == model::QuestionType::Single ||
                                   question.type == model::QuestionType::YesNoUnknown)) {
            const auto mapped = map(before.get<std::string>());
            if (!offered(mapped)) {
                drop(oldId, before, "\"" + mapped + "\" is no longer an option");
                return nullptr;
            }
            return mapped;
        }
        if (before.is_object() && question.type == model::QuestionType::Matrix) {
            json after = json::object();
            for (const auto& [item, status] : before.items()) {
                if (question.item(item) != nullptr) {
                    after[item] = status;
                } else {
                    drop(oldId, {{item, status}}, "the item \"" + item + "\" is no longer listed");
                }
            }
            return after.empty() ? json(nullptr) : after;
        }
        return before; // text and dates as they were; a changed type is caught by the check
    }

    void carryActions(const std::vector<model::RemediationAction>& actions)
    {
        for (const auto& action : actions) {
            const json document = {{"answers", json::object()},
                                   {"actions",
                                    {{{"finding", action.finding},
                                      {"what", action.what},
                                      {"owner", action.owner},
                                      {"due", action.due},
                                      {"status", std::string(model::spelling(action.status))}}}}};
            if (model::parseAnswers(document, m_current, "migration").ok()) {
                m_result.answers.actions.push_back(action);
            } else {
                m_result.report.droppedActions.push_back(action);
            }
        }
    }

    void carryAttachments(const std::vector<model::AttachmentRef>& attachments)
    {
        for (auto ref : attachments) {
            ref.question = targetOf(ref.question);
            const auto* question = m_current.question(ref.question);
            if (question == nullptr || (!ref.item.empty() && question->item(ref.item) == nullptr)) {
                m_result.report.droppedAttachments.push_back(ref);
            } else {
                m_result.attachments.push_back(std::move(ref));
            }
        }
    }

    void listNewQuestions()
    {
        std::set<std::string> carriedTo;
        for (const auto* question : m_older.questionsInOrder()) {
            carriedTo.insert(targetOf(question->id));
        }
        const rules::VisibleAnswers visible(m_current, m_result.answers);
        for (const auto* question : m_current.questionsInOrder()) {
            if (!carriedTo.contains(question->id) && visible.isVisible(question->id) &&
                !visible.isAnswered(question->id)) {
                m_result.report.newQuestions.push_back(question->id);
            }
        }
    }

    const model::Questionnaire& m_older;
    const model::Questionnaire& m_current;
    const model::Migration* m_migration;
    MigratedAnswers m_result;
};

} // namespace

MigratedAnswers migrateAnswers(const model::Questionnaire& older,
                               const model::Questionnaire& current, const model::Answers& answers,
                               const std::vector<model::AttachmentRef>& attachments)
{
    return Migrator(older, current).run(answers, attachments);
}

} // namespace vouch::migration
