// SPDX-License-Identifier: Apache-2.0
#include "cli/LintCommand.h"

#include "cli/Arguments.h"
#include "model/QuestionnaireLoader.h"

#include <filesystem>
#include <ostream>

namespace vouch::cli {

int runLint(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {}, error);
    if (!parsed || parsed->positional().size() != 1) {
        console.err << "vouch questionnaire lint: "
                    << (parsed ? "expected exactly one FILE" : error) << '\n';
        return kBadInput;
    }
    const std::filesystem::path path = parsed->positional().front();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        console.err << path.string() << ": no such file\n";
        return kBadInput;
    }
    const auto loaded = model::loadQuestionnaireFile(path);
    if (!loaded.ok()) {
        for (const auto& diagnostic : loaded.errors) {
            console.err << diagnostic.toString() << '\n';
        }
        console.err << path.string() << ": " << loaded.errors.size()
                    << (loaded.errors.size() == 1 ? " error\n" : " errors\n");
        return kCheckFailed;
    }
    const auto& q = *loaded.value;
    console.out << path.string() << ": ok: " << q.id << ' ' << q.version << ", "
                << q.sections.size() << " sections, " << q.questionCount() << " questions, "
                << q.rules.size() << " rules, " << q.controls.size() << " controls, "
                << q.sources.size() << " sources\n";
    return kSuccess;
}

} // namespace vouch::cli
