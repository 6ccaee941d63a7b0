// SPDX-License-Identifier: Apache-2.0
#include "model/Answers.h"

#include "model/JsonDocument.h"
#include "model/ObjectReader.h"
#include "model/TextChecks.h"

#include <algorithm>

namespace vouch::model {
namespace {

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

class AnswersReader
{
public:
    AnswersReader(const Questionnaire& questionnaire, const std::string& displayName)
        : m_questionnaire(questionnaire)
        , m_sink(displayName)
    {}

    Loaded<Answers> read(const nlohmann::json& document)
    {
        ObjectReader top(document, "", m_sink, "an answers document");
        if (!top.valid()) {
            return failed<Answers>(m_sink.take());
        }
        if (const auto* answers = top.member("answers", Need::Required)) {
            readAnswers(*answers, top.pointerTo("answers"));
        }
        if (const auto* meta = top.member("meta", Need::Optional)) {
            readMeta(*meta, top.pointerTo("meta"));
        }
        if (const auto* actions = top.array("actions", Need::Optional, true)) {
            readActions(*actions, top.pointerTo("actions"));
        }
        top.rejectUnknownKeys({"answers", "meta", "actions"});
        if (!m_sink.empty()) {
            return failed<Answers>(m_sink.take());
        }
        return {std::move(m_answers), {}};
    }

private:
    void readAnswers(const nlohmann::json& answers, const std::string& pointer)
    {
        if (!answers.is_object()) {
            m_sink.error(pointer, "expected an object from question id to answer, found " +
                                      jsonTypeName(answers));
            return;
        }
        for (const auto& [questionId, value] : answers.items()) {
            const auto place = appendPointer(pointer, questionId);
            const auto* question = m_questionnaire.question(questionId);
            if (question == nullptr) {
                m_sink.error(place, "unknown question " + inQuotes(questionId) +
                                        " in questionnaire " + m_questionnaire.id + " " +
                                        m_questionnaire.version);
                continue;
            }
            if (value.is_null()) {
                continue;
            }
            if (auto answer = readValue(*question, value, place)) {
                m_answers.values.emplace(questionId, std::move(*answer));
            }
        }
    }

    std::optional<AnswerValue> readValue(const Question& question, const nlohmann::json& value,
                                         const std::string& place)
    {
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::YesNoUnknown:
            return readChoice(question, value, place);
        case QuestionType::Multiple:
            return readSelection(question, value, place);
        case QuestionType::Text:
            return readText(question, value, place);
        case QuestionType::Date:
            return readDate(value, place);
        case QuestionType::Matrix:
            return readMatrix(question, value, place);
        }
        return std::nullopt;
    }

    std::optional<AnswerValue> expectString(const nlohmann::json& value, const std::string& place)
    {
        if (!value.is_string()) {
            m_sink.error(place, "expected a string, found " + jsonTypeName(value));
            return std::nullopt;
        }
        return AnswerValue{value.get<std::string>()};
    }

    std::string allowedList(const Question& question)
    {
        const auto values = question.allowedValues();
        std::vector<std::string_view> views(values.begin(), values.end());
        return joinedForMessage(views);
    }

    std::optional<AnswerValue> readChoice(const Question& question, const nlohmann::json& value,
                                          const std::string& place)
    {
        auto answer = expectString(value, place);
        if (!answer) {
            return std::nullopt;
        }
        const auto& text = std::get<std::string>(*answer);
        const auto allowed = question.allowedValues();
        if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
            m_sink.error(place, inQuotes(text) + " is not a value of " + inQuotes(question.id) +
                                    " (expected " + allowedList(question) + ")");
            return std::nullopt;
        }
        return answer;
    }

    std::optional<AnswerValue> readSelection(const Question& question, const nlohmann::json& value,
                                             const std::string& place)
    {
        if (!value.is_array()) {
            m_sink.error(place, "expected an array of values, found " + jsonTypeName(value));
            return std::nullopt;
        }
        const std::size_t before = m_sink.count();
        std::vector<std::string> chosen;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto entryPlace = appendPointer(place, i);
            const auto& entry = value[i];
            if (!entry.is_string() ||
                question.option(entry.get_ref<const std::string&>()) == nullptr) {
                m_sink.error(entryPlace, (entry.is_string() ? inQuotes(entry.get<std::string>())
                                                            : jsonTypeName(entry)) +
                                             " is not a value of " + inQuotes(question.id) +
                                             " (expected " + allowedList(question) + ")");
                continue;
            }
            const auto& text = entry.get_ref<const std::string&>();
            if (std::find(chosen.begin(), chosen.end(), text) != chosen.end()) {
                m_sink.error(entryPlace, inQuotes(text) + " is selected twice");
                continue;
            }
            chosen.push_back(text);
        }
        for (const auto& alone : question.exclusive) {
            if (chosen.size() > 1 &&
                std::find(chosen.begin(), chosen.end(), alone) != chosen.end()) {
                m_sink.error(place, inQuotes(alone) + " cannot be combined with other choices");
            }
        }
        if (m_sink.count() != before) {
            return std::nullopt;
        }
        // Keep the questionnaire's order so equal selections compare and hash equally.
        std::vector<std::string> ordered;
        for (const auto& option : question.options) {
            if (std::find(chosen.begin(), chosen.end(), option.value) != chosen.end()) {
                ordered.push_back(option.value);
            }
        }
        return AnswerValue{std::move(ordered)};
    }

    std::optional<AnswerValue> readText(const Question& question, const nlohmann::json& value,
                                        const std::string& place)
    {
        auto answer = expectString(value, place);
        if (!answer) {
            return std::nullopt;
        }
        const auto length = codePointCount(std::get<std::string>(*answer));
        if (length > static_cast<std::size_t>(question.maxLength)) {
            m_sink.error(place, "text is " + std::to_string(length) +
                                    " characters, more than the limit of " +
                                    std::to_string(question.maxLength));
            return std::nullopt;
        }
        return answer;
    }

    std::optional<AnswerValue> readDate(const nlohmann::json& value, const std::string& place)
    {
        auto answer = expectString(value, place);
        if (answer && !isValidDate(std::get<std::string>(*answer))) {
            m_sink.error(place, "expected a date as YYYY-MM-DD, found " +
                                    inQuotes(std::get<std::string>(*answer)));
            return std::nullopt;
        }
        return answer;
    }

    std::optional<AnswerValue> readMatrix(const Question& question, const nlohmann::json& value,
                                          const std::string& place)
    {
        if (!value.is_object()) {
            m_sink.error(place,
                         "expected an object from item id to status, found " + jsonTypeName(value));
            return std::nullopt;
        }
        const std::size_t before = m_sink.count();
        MatrixAnswer matrix;
        for (const auto& [itemId, entry] : value.items()) {
            const auto entryPlace = appendPointer(place, itemId);
            if (question.item(itemId) == nullptr) {
                m_sink.error(entryPlace,
                             "unknown item " + inQuotes(itemId) + " of " + inQuotes(question.id));
                continue;
            }
            ObjectReader reader(entry, entryPlace, m_sink, "a matrix entry");
            if (!reader.valid()) {
                continue;
            }
            MatrixEntry matrixEntry;
            if (const auto* status = reader.member("status", Need::Required)) {
                const auto parsed = status->is_string()
                                        ? matrixStatusFromString(status->get<std::string>())
                                        : std::nullopt;
                if (parsed) {
                    matrixEntry.status = *parsed;
                } else {
                    m_sink.error(reader.pointerTo("status"),
                                 "expected " + joinedForMessage(matrixStatusNames()) + ", found " +
                                     status->dump());
                }
            }
            if (const auto* evidence = reader.member("evidence", Need::Optional)) {
                if (evidence->is_string()) {
                    matrixEntry.evidence = evidence->get<std::string>();
                } else {
                    m_sink.error(reader.pointerTo("evidence"),
                                 "expected a string, found " + jsonTypeName(*evidence));
                }
            }
            reader.rejectUnknownKeys({"status", "evidence"});
            matrix.emplace(itemId, std::move(matrixEntry));
        }
        if (m_sink.count() != before) {
            return std::nullopt;
        }
        return AnswerValue{std::move(matrix)};
    }

    // A finding the questionnaire can raise: a rule, a control check
    // (control-denied.<control>, control-unconfirmed.<control>) or the matrix gaps.
    [[nodiscard]] bool isFindingId(std::string_view finding) const
    {
        if (finding == "responsibility-gap") {
            return true;
        }
        if (std::any_of(m_questionnaire.rules.begin(), m_questionnaire.rules.end(),
                        [&](const Rule& rule) { return rule.id == finding; })) {
            return true;
        }
        for (const std::string_view prefix : {"control-denied.", "control-unconfirmed."}) {
            if (finding.starts_with(prefix)) {
                const auto control = finding.substr(prefix.size());
                return std::any_of(
                    m_questionnaire.controls.begin(), m_questionnaire.controls.end(),
                    [&](const Control& c) { return c.id == control && !c.checks.empty(); });
            }
        }
        return false;
    }

    void readActions(const nlohmann::json& actions, const std::string& pointer)
    {
        for (std::size_t i = 0; i < actions.size(); ++i) {
            ObjectReader reader(actions[i], appendPointer(pointer, i), m_sink,
                                "a remediation action");
            if (!reader.valid()) {
                continue;
            }
            RemediationAction action;
            action.finding = reader.id("finding", Need::Required).value_or("");
            const bool known = isFindingId(action.finding);
            if (!action.finding.empty() && !known) {
                m_sink.error(reader.pointerTo("finding"),
                             "unknown finding " + inQuotes(action.finding));
            }
            action.what = reader.text("what", Need::Required).value_or("");
            action.owner = reader.text("owner", Need::Required).value_or("");
            action.due = reader.text("due", Need::Required).value_or("");
            if (!action.due.empty() && !isValidDate(action.due)) {
                m_sink.error(reader.pointerTo("due"),
                             "expected a date as YYYY-MM-DD, found " + inQuotes(action.due));
            }
            const auto status = reader.text("status", Need::Optional).value_or("open");
            if (status == "open" || status == "in_progress" || status == "done") {
                action.status = status == "open"          ? ActionStatus::Open
                                : status == "in_progress" ? ActionStatus::InProgress
                                                          : ActionStatus::Done;
            } else {
                m_sink.error(reader.pointerTo("status"),
                             "expected open, in_progress or done, found " + inQuotes(status));
            }
            reader.rejectUnknownKeys({"finding", "what", "owner", "due", "status"});
            m_answers.actions.push_back(std::move(action));
        }
    }

    void readMeta(const nlohmann::json& meta, const std::string& pointer)
    {
        static constexpr std::string_view kKeys[]{"title",          "workload", "organisation",
                                                  "business_owner", "assessor", "review_due"};
        if (!meta.is_object()) {
            m_sink.error(pointer, "expected an object of strings, found " + jsonTypeName(meta));
            return;
        }
        for (const auto& [key, value] : meta.items()) {
            const auto place = appendPointer(pointer, key);
            if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
                m_sink.error(place, "unknown key " + inQuotes(key) +
                                        " (expected one of: " + joinedForMessage(kKeys) + ")");
            } else if (!value.is_string()) {
                m_sink.error(place, "expected a string, found " + jsonTypeName(value));
            } else if (key == "review_due" && !value.get_ref<const std::string&>().empty() &&
                       !isValidDate(value.get_ref<const std::string&>())) {
                m_sink.error(place, "expected a date as YYYY-MM-DD, found " + value.dump());
            } else {
                m_answers.meta.emplace(key, value.get<std::string>());
            }
        }
    }

    const Questionnaire& m_questionnaire;
    DiagnosticSink m_sink;
    Answers m_answers;
};

} // namespace

std::string_view spelling(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return "open";
    case ActionStatus::InProgress:
        return "in_progress";
    case ActionStatus::Done:
        break;
    }
    return "done";
}

const AnswerValue* Answers::find(std::string_view questionId) const
{
    const auto it = values.find(std::string(questionId));
    return it == values.end() ? nullptr : &it->second;
}

bool isAnswered(const Question& question, const AnswerValue& value)
{
    if (const auto* text = std::get_if<std::string>(&value)) {
        return !isBlank(*text);
    }
    if (const auto* selection = std::get_if<std::vector<std::string>>(&value)) {
        return !selection->empty();
    }
    const auto& matrix = std::get<MatrixAnswer>(value);
    return std::all_of(question.items.begin(), question.items.end(),
                       [&](const MatrixItem& item) { return matrix.contains(item.id); });
}

nlohmann::json answerToJson(const AnswerValue& value)
{
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* selection = std::get_if<std::vector<std::string>>(&value)) {
        return *selection;
    }
    auto object = nlohmann::json::object();
    for (const auto& [itemId, entry] : std::get<MatrixAnswer>(value)) {
        object[itemId] = {{"status", std::string(spelling(entry.status))},
                          {"evidence", entry.evidence}};
    }
    return object;
}

Loaded<Answers> parseAnswers(const nlohmann::json& document, const Questionnaire& questionnaire,
                             const std::string& displayName)
{
    return AnswersReader(questionnaire, displayName).read(document);
}

Loaded<Answers> loadAnswersFile(const std::filesystem::path& path,
                                const Questionnaire& questionnaire)
{
    auto document = readJsonFile(path);
    if (!document.ok()) {
        return failed<Answers>(std::move(document.errors));
    }
    return parseAnswers(*document.value, questionnaire, path.string());
}

} // namespace vouch::model
