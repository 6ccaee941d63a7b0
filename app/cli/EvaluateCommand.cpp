// SPDX-License-Identifier: Apache-2.0
#include "cli/EvaluateCommand.h"

#include "cli/Arguments.h"
#include "cli/LibraryAccess.h"
#include "model/Answers.h"
#include "model/QuestionnaireLoader.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"

#include <ostream>

namespace vouch::cli {

int runEvaluate(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"questionnaire", "answers"}, error);
    if (!parsed) {
        console.err << "vouch evaluate: " << error << '\n';
        return kBadInput;
    }
    const auto questionnairePath = parsed->option("questionnaire");
    const auto answersPath = parsed->option("answers");
    if (!questionnairePath || !answersPath || !parsed->positional().empty()) {
        console.err
            << "vouch evaluate: usage: vouch evaluate --questionnaire FILE --answers FILE\n";
        return kBadInput;
    }
    const auto questionnaire = model::loadQuestionnaireFile(*questionnairePath);
    if (!questionnaire.ok()) {
        return fail(questionnaire.errors, console);
    }
    const auto answers = model::loadAnswersFile(*answersPath, *questionnaire.value);
    if (!answers.ok()) {
        return fail(answers.errors, console);
    }
    const auto evaluation = rules::evaluate(*questionnaire.value, *answers.value);
    console.out << rules::evaluationToJson(evaluation, *questionnaire.value).dump(2) << '\n';
    return kSuccess;
}

} // namespace vouch::cli
