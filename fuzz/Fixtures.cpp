// SPDX-License-Identifier: Apache-2.0
#include "Fixtures.h"

#include "FuzzTargets.h"
#include "model/JsonDocument.h"

#include <filesystem>

namespace vouch::fuzz {
namespace {

Fixtures loadFixtures()
{
    const std::filesystem::path questionnairePath =
        std::filesystem::path(VOUCH_SOURCE_QUESTIONNAIRE_DIR) / "azure-openai.json";
    auto document = model::readJsonFile(questionnairePath);
    require(document.ok(), "fixture questionnaire reads");
    auto questionnaire = model::loadQuestionnaire(*document.value, questionnairePath.string());
    require(questionnaire.ok(), "fixture questionnaire loads");
    auto answers = model::loadAnswersFile(std::filesystem::path(VOUCH_TEST_DATA_DIR) / "scenarios" /
                                              "azure-openai-baseline.json",
                                          *questionnaire.value);
    require(answers.ok(), "fixture answers load");
    return Fixtures{std::move(*document.value), std::move(*questionnaire.value),
                    std::move(*answers.value)};
}

} // namespace

const Fixtures& fixtures()
{
    static const Fixtures loaded = loadFixtures();
    return loaded;
}

} // namespace vouch::fuzz
