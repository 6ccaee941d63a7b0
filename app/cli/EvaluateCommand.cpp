// SPDX-License-Identifier: Apache-2.0
#include "cli/EvaluateCommand.h"

#include "cli/Arguments.h"
#include "cli/LibraryAccess.h"
#include "model/Answers.h"
#include "model/QuestionnaireLoader.h"
#include "model/TextChecks.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"
#include "services/Clock.h"

#include <ostream>

namespace vouch::cli {

int runEvaluate(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"questionnaire", "answers", "as-of"}, error);
    if (!parsed) {
        console.err << "vouch evaluate: " << error << '\n';
        return kBadInput;
    }
    const auto questionnairePath = parsed->option("questionnaire");
    const auto answersPath = parsed->option("answers");
    if (!questionnairePath || !answersPath || !parsed->positional().empty()) {
        console.err << "vouch evaluate: usage: vouch evaluate --questionnaire FILE --answers FILE "
                       "[--as-of YYYY-MM-DD]\n";
        return kBadInput;
    }
    // Legal dates and re-verify dates are judged as of this day: today unless asked.
    const auto asOf = parsed->option("as-of").value_or(services::utcDate());
    if (!model::isValidDate(asOf)) {
        console.err << "vouch evaluate: --as-of: expected a date as YYYY-MM-DD, found \"" << asOf
                    << "\"\n";
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
    const auto evaluation = rules::evaluate(*questionnaire.value, *answers.value, asOf);
    console.out << rules::evaluationToJson(evaluation, *questionnaire.value).dump(2) << '\n';
    return kSuccess;
}

} // namespace vouch::cli
