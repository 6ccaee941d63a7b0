// SPDX-License-Identifier: Apache-2.0
#include "cli/LibraryCommands.h"

#include "cli/LibraryAccess.h"
#include "services/AssessmentService.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <ostream>

namespace vouch::cli {
namespace {

using nlohmann::json;

// Cuts text to `width` code points (never inside a UTF-8 sequence) and pads it.
std::string column(const std::string& text, std::size_t width)
{
    std::string result;
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool starts = (byte & 0xC0U) != 0x80U;
        if (starts && points == width) {
            // Replace the last character with an ellipsis to show the cut.
            while (!result.empty() &&
                   (static_cast<unsigned char>(result.back()) & 0xC0U) == 0x80U) {
                result.pop_back();
            }
            if (!result.empty()) {
                result.pop_back();
            }
            return result + "\u2026";
        }
        points += starts ? 1 : 0;
        result += text[i];
    }
    return result + std::string(width - points, ' ');
}

json recordToJson(const store::AssessmentRecord& record)
{
    const auto optional = [](const std::optional<std::string>& value) {
        return value ? json(*value) : json(nullptr);
    };
    return {{"id", record.id},
            {"title", record.fields.title},
            {"workload", record.fields.workload},
            {"organisation", record.fields.organisation},
            {"business_owner", record.fields.businessOwner},
            {"assessor", record.fields.assessor},
            {"status", record.status},
            {"revision", record.currentRevision},
            {"tier", optional(record.fields.tier)},
            {"verdict", optional(record.fields.verdict)},
            {"signer", optional(record.fields.signer)},
            {"review_due", optional(record.fields.reviewDue)},
            {"superseded_by", optional(record.supersededBy)},
            {"created_at", record.createdAt},
            {"updated_at", record.updatedAt}};
}

json revisionToJson(const store::RevisionRecord& revision)
{
    return {{"number", revision.number},
            {"kind", store::spelling(revision.kind)},
            {"sha256", revision.sha256},
            {"parent_sha256", revision.parentSha256 ? json(*revision.parentSha256) : json(nullptr)},
            {"questionnaire_sha256", revision.questionnaireSha256},
            {"author", revision.author},
            {"created_at", revision.createdAt},
            {"intact", revision.isIntact()}};
}

std::optional<store::ListQuery> listQueryFrom(const Arguments& arguments, Console console)
{
    store::ListQuery query;
    query.text = arguments.option("text").value_or("");
    query.tier = arguments.option("tier");
    query.verdict = arguments.option("verdict");
    query.status = arguments.option("status");
    query.signer = arguments.option("signer");
    query.overdueOnly = arguments.flag("overdue");
    query.descending = !arguments.flag("asc");
    if (const auto sort = arguments.option("sort")) {
        const auto column = store::sortColumnFromString(*sort);
        if (!column) {
            console.err << "vouch list: --sort: expected updated, title, workload, organisation, "
                           "tier, verdict, status, signer or review_due\n";
            return std::nullopt;
        }
        query.sort = *column;
    }
    for (const auto& [name, target] :
         {std::pair{"limit", &query.limit}, std::pair{"offset", &query.offset}}) {
        if (const auto text = arguments.option(name)) {
            const auto value = nonNegativeInt(*text);
            if (!value) {
                console.err << "vouch list: --" << name << ": expected a whole number\n";
                return std::nullopt;
            }
            *target = *value;
        }
    }
    return query;
}

void printTable(const store::ListPage& page, std::ostream& out)
{
    out << column("ID", 36) << "  " << column("TITLE", 40) << "  " << column("TIER", 6) << "  "
        << column("VERDICT", 11) << "  " << column("STATUS", 10) << "  " << column("REV", 3)
        << "  UPDATED\n";
    for (const auto& row : page.rows) {
        out << row.id << "  " << column(row.fields.title, 40) << "  "
            << column(row.fields.tier.value_or("-"), 6) << "  "
            << column(row.fields.verdict.value_or("-"), 11) << "  " << column(row.status, 10)
            << "  " << column(std::to_string(row.currentRevision), 3) << "  " << row.updatedAt
            << '\n';
    }
    out << page.rows.size() << " of " << page.total << " assessments\n";
}

} // namespace

int runList(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(
        args, {"db", "text", "tier", "verdict", "status", "signer", "sort", "limit", "offset"},
        error, {"json", "overdue", "asc"});
    if (!parsed || !parsed->positional().empty()) {
        console.err << "vouch list: " << (parsed ? "takes no positional arguments" : error) << '\n';
        return kBadInput;
    }
    const auto query = listQueryFrom(*parsed, console);
    if (!query) {
        return kBadInput;
    }
    auto library = openLibrary(*parsed, store::OpenIntent::MustExist, console);
    if (!library) {
        return kBadInput;
    }
    auto page = library->list(*query);
    if (!page) {
        return fail(page.error(), console);
    }
    if (parsed->flag("json")) {
        json rows = json::array();
        for (const auto& row : page->rows) {
            rows.push_back(recordToJson(row));
        }
        console.out << json{{"total", page->total}, {"assessments", rows}}.dump(2) << '\n';
    } else {
        printTable(*page, console.out);
    }
    return kSuccess;
}

int runShow(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db", "revision"}, error);
    if (!parsed || parsed->positional().size() != 1) {
        console.err << "vouch show: "
                    << (parsed ? "usage: vouch show ID [--revision N] [--db PATH]" : error) << '\n';
        return kBadInput;
    }
    std::optional<int> number;
    if (const auto text = parsed->option("revision")) {
        number = nonNegativeInt(*text);
        if (!number || *number < 1) {
            console.err << "vouch show: --revision: expected a revision number from 1\n";
            return kBadInput;
        }
    }
    auto library = openLibrary(*parsed, store::OpenIntent::MustExist, console);
    if (!library) {
        return kBadInput;
    }
    const services::AssessmentService service(*library, services::currentActor());
    auto opened = service.open(parsed->positional().front(), number);
    if (!opened) {
        return fail(opened.error(), console);
    }
    const json output = {{"assessment", recordToJson(opened->assessment)},
                         {"revision", revisionToJson(opened->revision)},
                         {"payload", model::payloadToJson(opened->payload)}};
    console.out << output.dump(2) << '\n';
    return kSuccess;
}

int runHistory(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db"}, error, {"json"});
    if (!parsed || parsed->positional().size() != 1) {
        console.err << "vouch history: "
                    << (parsed ? "usage: vouch history ID [--json] [--db PATH]" : error) << '\n';
        return kBadInput;
    }
    auto library = openLibrary(*parsed, store::OpenIntent::MustExist, console);
    if (!library) {
        return kBadInput;
    }
    const auto& id = parsed->positional().front();
    auto revisions = library->history(id);
    if (!revisions) {
        return fail(revisions.error(), console);
    }
    if (revisions->empty()) {
        console.err << library->path().string() << ": no assessment " << id << '\n';
        return kBadInput;
    }
    if (parsed->flag("json")) {
        json list = json::array();
        for (const auto& revision : *revisions) {
            list.push_back(revisionToJson(revision));
        }
        console.out << list.dump(2) << '\n';
        return kSuccess;
    }
    console.out << "REV  KIND    CREATED                   AUTHOR            SHA-256\n";
    for (const auto& revision : *revisions) {
        console.out << std::left << std::setw(3) << revision.number << "  "
                    << column(store::spelling(revision.kind), 6) << "  " << revision.createdAt
                    << "  " << column(revision.author, 16) << "  " << revision.sha256
                    << (revision.isIntact() ? "" : "  (DAMAGED: does not match its contents)")
                    << '\n';
    }
    return kSuccess;
}

int runAudit(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db"}, error, {"verify"});
    if (!parsed || !parsed->flag("verify") || !parsed->positional().empty()) {
        console.err << "vouch audit: "
                    << (parsed ? "usage: vouch audit --verify [--db PATH]" : error) << '\n';
        return kBadInput;
    }
    auto library = openLibrary(*parsed, store::OpenIntent::ReadOnly, console);
    if (!library) {
        return kBadInput;
    }
    auto verification = library->auditLog().verify();
    if (!verification) {
        return fail(verification.error(), console);
    }
    if (verification->brokenAt) {
        console.err << library->path().string() << ": audit log broken at entry "
                    << *verification->brokenAt << ": " << verification->problem << '\n';
        return kCheckFailed;
    }
    console.out << library->path().string() << ": audit log intact, " << verification->entries
                << " entries\n";
    return kSuccess;
}

} // namespace vouch::cli
