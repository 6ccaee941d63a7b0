// SPDX-License-Identifier: Apache-2.0
#include "cli/DraftCommand.h"

#include "cli/LibraryAccess.h"
#include "model/JsonDocument.h"
#include "model/TextChecks.h"
#include "services/AssessmentService.h"

#include <ostream>

namespace vouch::cli {
namespace {

const std::set<std::string> kMetaOptions{"title",          "workload", "organisation",
                                         "business-owner", "assessor", "review-due"};

// `--base N`: nullopt after printing the error when N is not a revision number; else the
// revision the save must build on, if given.
std::optional<std::optional<int>> baseRevision(const Arguments& parsed, const char* verb,
                                               const Console& console)
{
    const auto& given = parsed.option("base");
    if (!given) {
        return std::optional<int>();
    }
    auto base = nonNegativeInt(*given);
    if (!base) {
        console.err << "vouch draft " << verb << ": --base expects a revision number, not \""
                    << *given << "\"\n";
        return std::nullopt;
    }
    return base;
}

std::set<std::string> withMeta(std::set<std::string> options)
{
    options.insert(kMetaOptions.begin(), kMetaOptions.end());
    return options;
}

// Command-line meta overrides what the answers file says.
void applyMetaOptions(const Arguments& arguments, model::AssessmentMeta& meta)
{
    const auto set = [&](const char* name, std::string& field) {
        if (auto value = arguments.option(name)) {
            field = *value;
        }
    };
    set("title", meta.title);
    set("workload", meta.workload);
    set("organisation", meta.organisation);
    set("business-owner", meta.businessOwner);
    set("assessor", meta.assessor);
    if (auto due = arguments.option("review-due")) {
        meta.reviewDue = *due;
    }
}

int draftNew(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, withMeta({"db", "questionnaire", "answers"}), error);
    if (!parsed || !parsed->option("questionnaire") || !parsed->option("answers") ||
        !parsed->positional().empty()) {
        console.err << "vouch draft new: "
                    << (parsed ? "usage: vouch draft new --questionnaire FILE --answers FILE "
                                 "[--title T --workload W --organisation O] [--db PATH]"
                               : error)
                    << '\n';
        return kBadInput;
    }
    const auto questionnaire =
        model::loadQuestionnaireSnapshotFile(*parsed->option("questionnaire"));
    if (!questionnaire.ok()) {
        return fail(questionnaire.errors, console);
    }
    const auto answers =
        model::loadAnswersFile(*parsed->option("answers"), questionnaire.value->questionnaire);
    if (!answers.ok()) {
        return fail(answers.errors, console);
    }
    auto meta = model::AssessmentMeta::fromAnswers(*answers.value);
    applyMetaOptions(*parsed, meta);
    if (meta.reviewDue && !model::isValidDate(*meta.reviewDue)) {
        console.err << "vouch draft new: --review-due: expected a date as YYYY-MM-DD\n";
        return kBadInput;
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::CreateIfMissing, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->assessments();
    auto id = service.createDraft(*questionnaire.value, *answers.value, meta);
    if (!id) {
        return fail(id.error(), console);
    }
    console.out << *id << '\n';
    return kSuccess;
}

int draftUpdate(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db", "answers", "base"}, error);
    if (!parsed || !parsed->option("answers") || parsed->positional().size() != 1) {
        console.err << "vouch draft update: "
                    << (parsed
                            ? "usage: vouch draft update ID --answers FILE [--base N] [--db PATH]"
                            : error)
                    << '\n';
        return kBadInput;
    }
    const auto baseOption = baseRevision(*parsed, "update", console);
    if (!baseOption) {
        return kBadInput;
    }
    const std::optional<int> base = *baseOption;
    const auto answersPath = *parsed->option("answers");
    const auto document = model::readJsonFile(answersPath);
    if (!document.ok()) {
        return fail(document.errors, console);
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->assessments();
    auto number = service.updateDraftFromDocument(parsed->positional().front(), *document.value,
                                                  answersPath, base);
    if (!number) {
        if (number.error().kind == ErrorKind::Conflict) {
            console.err << number.error().message << '\n';
            return kCheckFailed;
        }
        return fail(number.error(), console);
    }
    console.out << "revision " << *number << '\n';
    return kSuccess;
}

int draftDelete(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db"}, error);
    if (!parsed || parsed->positional().size() != 1) {
        console.err << "vouch draft delete: "
                    << (parsed ? "usage: vouch draft delete ID [--db PATH]" : error) << '\n';
        return kBadInput;
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->assessments();
    if (auto deleted = service.deleteDraft(parsed->positional().front()); !deleted) {
        return fail(deleted.error(), console);
    }
    return kSuccess;
}

int draftAttach(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db", "question", "item"}, error);
    if (!parsed || !parsed->option("question") || parsed->positional().size() != 2) {
        console.err
            << "vouch draft attach: "
            << (parsed ? "usage: vouch draft attach ID FILE --question Q [--item I] [--db PATH]"
                       : error)
            << '\n';
        return kBadInput;
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->assessments();
    auto attached =
        service.attachEvidence(parsed->positional()[0], parsed->positional()[1],
                               *parsed->option("question"), parsed->option("item").value_or(""));
    if (!attached) {
        return fail(attached.error(), console);
    }
    const auto* ref = &attached->ref;
    console.out << ref->sha256 << "  " << ref->mediaType << "  " << ref->size << " bytes\n";
    return kSuccess;
}

std::string describe(const model::QuestionnaireRef& ref)
{
    return ref.id + " " + ref.version;
}

std::string joined(const std::vector<std::string>& ids)
{
    std::string text;
    for (const auto& id : ids) {
        text += (text.empty() ? "" : ", ") + id;
    }
    return text;
}

std::string moved(const std::string& before, const std::string& after)
{
    return before == after ? after + " (unchanged)" : before + " -> " + after;
}

// The report as lines a person reads; the same facts are kept in the revision.
void printMigrationReport(const migration::MigrationReport& report, std::ostream& out)
{
    out << "questionnaire " << describe(report.from) << " -> " << describe(report.to) << '\n';
    out << "carried: " << report.carried.size() << " answer(s) unchanged\n";
    for (const auto& entry : report.mapped) {
        out << "mapped: " << entry.fromQuestion
            << (entry.fromQuestion == entry.question ? "" : " -> " + entry.question) << ": "
            << entry.before.dump() << " -> " << entry.after.dump() << '\n';
    }
    for (const auto& entry : report.dropped) {
        out << "dropped: " << entry.question << ": " << entry.value.dump() << " (" << entry.reason
            << ")\n";
    }
    for (const auto& action : report.droppedActions) {
        out << "dropped action for " << action.finding << ": " << action.what << '\n';
    }
    for (const auto& ref : report.droppedAttachments) {
        out << "dropped evidence on " << ref.question << ": " << ref.name << '\n';
    }
    out << "new questions to answer: "
        << (report.newQuestions.empty() ? std::string("none") : joined(report.newQuestions))
        << '\n';
    if (const auto& shift = report.evaluation) {
        out << "tier: "
            << moved(shift->tierBefore.value_or("undetermined"),
                     shift->tierAfter.value_or("undetermined"))
            << '\n';
        out << "verdict: " << moved(shift->verdictBefore, shift->verdictAfter) << '\n';
        out << "findings added: "
            << (shift->findingsAdded.empty() ? "none" : joined(shift->findingsAdded)) << '\n';
        out << "findings removed: "
            << (shift->findingsRemoved.empty() ? "none" : joined(shift->findingsRemoved)) << '\n';
    }
}

int draftMigrate(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db", "questionnaire", "base"}, error);
    if (!parsed || !parsed->option("questionnaire") || parsed->positional().size() != 1) {
        console.err << "vouch draft migrate: "
                    << (parsed ? "usage: vouch draft migrate ID --questionnaire FILE [--base N] "
                                 "[--db PATH]"
                               : error)
                    << '\n';
        return kBadInput;
    }
    const auto baseOption = baseRevision(*parsed, "migrate", console);
    if (!baseOption) {
        return kBadInput;
    }
    const std::optional<int> base = *baseOption;
    const auto questionnaire =
        model::loadQuestionnaireSnapshotFile(*parsed->option("questionnaire"));
    if (!questionnaire.ok()) {
        return fail(questionnaire.errors, console);
    }
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->assessments();
    const auto& id = parsed->positional().front();
    auto plan = service.planMigration(id, *questionnaire.value);
    if (!plan) {
        return fail(plan.error(), console);
    }
    if (base && *base != plan->baseRevision) {
        console.err << "vouch draft migrate: assessment " << id << " is at revision "
                    << plan->baseRevision << ", not " << *base
                    << " (someone saved since); nothing changed\n";
        return kCheckFailed;
    }
    if (plan->alreadyCurrent) {
        const auto& ref = plan->payload.questionnaire;
        console.out << "already on questionnaire " << ref.id << " " << ref.version
                    << "; nothing changed\n";
        return kSuccess;
    }
    auto number = service.saveMigration(*plan);
    if (!number) {
        if (number.error().kind == ErrorKind::Conflict) {
            console.err << number.error().message << '\n';
            return kCheckFailed;
        }
        return fail(number.error(), console);
    }
    printMigrationReport(plan->report, console.out);
    console.out << "revision " << *number << '\n';
    return kSuccess;
}

} // namespace

int runDraft(std::span<const std::string> args, Console console)
{
    const std::string verb = args.empty() ? std::string() : args.front();
    const auto rest = args.empty() ? args : args.subspan(1);
    if (verb == "new") {
        return draftNew(rest, console);
    }
    if (verb == "update") {
        return draftUpdate(rest, console);
    }
    if (verb == "delete") {
        return draftDelete(rest, console);
    }
    if (verb == "attach") {
        return draftAttach(rest, console);
    }
    if (verb == "migrate") {
        return draftMigrate(rest, console);
    }
    console.err << "vouch draft: expected new, update, migrate, attach or delete\n";
    return kBadInput;
}

} // namespace vouch::cli
