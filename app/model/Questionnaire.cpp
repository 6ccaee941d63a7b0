// SPDX-License-Identifier: Apache-2.0
#include "model/Questionnaire.h"

#include <algorithm>

namespace vouch::model {

const Option* Question::option(std::string_view value) const
{
    const auto it = std::find_if(options.begin(), options.end(),
                                 [&](const Option& option) { return option.value == value; });
    return it == options.end() ? nullptr : &*it;
}

const MatrixItem* Question::item(std::string_view itemId) const
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const MatrixItem& item) { return item.id == itemId; });
    return it == items.end() ? nullptr : &*it;
}

std::vector<std::string> Question::allowedValues() const
{
    std::vector<std::string> values;
    if (type == QuestionType::YesNoUnknown) {
        for (const auto value : yesNoUnknownValues()) {
            values.emplace_back(value);
        }
    } else if (type == QuestionType::Matrix) {
        for (const auto value : matrixStatusNames()) {
            values.emplace_back(value);
        }
    } else {
        for (const auto& option : options) {
            values.push_back(option.value);
        }
    }
    return values;
}

std::optional<std::size_t> TierDerivation::rank(std::string_view level) const
{
    const auto it = std::find(levels.begin(), levels.end(), level);
    if (it == levels.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(it - levels.begin());
}

const Question* Questionnaire::question(std::string_view questionId) const
{
    const auto it = m_questionIndex.find(std::string(questionId));
    if (it == m_questionIndex.end()) {
        return nullptr;
    }
    return &sections[it->second.first].questions[it->second.second];
}

const Source* Questionnaire::source(std::string_view sourceId) const
{
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const Source& source) { return source.id == sourceId; });
    return it == sources.end() ? nullptr : &*it;
}

const Migration* Questionnaire::migrationFrom(std::string_view olderVersion) const
{
    const auto it =
        std::find_if(migrations.begin(), migrations.end(), [&](const Migration& migration) {
            return migration.fromVersion == olderVersion;
        });
    return it == migrations.end() ? nullptr : &*it;
}

const QuestionMigration* Migration::forOldQuestion(std::string_view oldId) const
{
    const auto it =
        std::find_if(questions.begin(), questions.end(),
                     [&](const QuestionMigration& entry) { return entry.from == oldId; });
    return it == questions.end() ? nullptr : &*it;
}

std::vector<const Question*> Questionnaire::questionsInOrder() const
{
    std::vector<const Question*> ordered;
    ordered.reserve(m_questionIndex.size());
    for (const auto& section : sections) {
        for (const auto& question : section.questions) {
            ordered.push_back(&question);
        }
    }
    return ordered;
}

void Questionnaire::indexLastQuestion()
{
    const std::size_t sectionIndex = sections.size() - 1;
    const std::size_t questionIndex = sections.back().questions.size() - 1;
    m_questionIndex.emplace(sections.back().questions.back().id,
                            std::make_pair(sectionIndex, questionIndex));
}

} // namespace vouch::model
