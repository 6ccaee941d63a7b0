// SPDX-License-Identifier: Apache-2.0
#include "FuzzTargets.h"
#include "model/CanonicalJson.h"
#include "model/JsonDocument.h"
#include "model/QuestionnaireLoader.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"

namespace vouch::fuzz {

// A questionnaire the loader accepts must also load from its canonical snapshot (that
// is how the library and packages store it) and evaluate without answers.
void fuzzQuestionnaire(std::string_view bytes)
{
    auto document = model::parseJsonText(bytes, "fuzz.json");
    if (!document.ok()) {
        return;
    }
    auto loaded = model::loadQuestionnaire(*document.value, "fuzz.json");
    require(loaded.ok() == loaded.errors.empty(), "a questionnaire or errors, never both");
    if (!loaded.ok()) {
        return;
    }
    const auto canonical = model::canonicalJson(*document.value);
    require(canonical.bytes.has_value(), "an accepted questionnaire has a canonical form");
    auto snapshot = model::loadQuestionnaireSnapshot(*canonical.bytes, "fuzz.json (snapshot)");
    require(snapshot.ok(), "an accepted questionnaire loads from its snapshot");
    require(snapshot.value->questionnaire.id == loaded.value->id, "snapshot keeps the id");
    require(snapshot.value->questionnaire.sections.size() == loaded.value->sections.size(),
            "snapshot keeps the sections");

    const auto evaluation = rules::evaluate(*loaded.value, model::Answers{});
    static_cast<void>(rules::evaluationToJson(evaluation, *loaded.value).dump());
}

} // namespace vouch::fuzz
