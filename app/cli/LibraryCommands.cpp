// SPDX-License-Identifier: Apache-2.0
#include "cli/LibraryCommands.h"

#include "cli/LibraryAccess.h"
#include "services/AssessmentService.h"
#include "services/DecisionInForce.h"
#include "services/LibraryAudit.h"
#include "services/SignatureTrust.h"
#include "store/Migrations.h"

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

json trustToJson(const std::optional<services::TrustState>& state)
{
    return state ? json(services::spelling(*state)) : json(nullptr);
}

json signersToJson(const services::TrustVerdict& verdict)
{
    json list = json::array();
    for (const auto& signer : verdict.signers) {
        list.push_back({{"position", signer.position},
                        {"signer", signer.signerName},
                        {"email", signer.signerEmail},
                        {"signature_role", signer.signatureRole},
                        {"signed_at", signer.signedAt},
                        {"key_id", signer.keyId},
                        {"trust", services::spelling(signer.state)},
                        {"reason", signer.reason.empty() ? json(nullptr) : json(signer.reason)}});
    }
    return list;
}

// The library's trust list, or (after printing why) nothing.
std::optional<services::SignatureTrust> loadTrust(const store::Library& library, Console console)
{
    auto trust = services::SignatureTrust::of(&library);
    if (!trust) {
        fail(trust.error(), console);
        return std::nullopt;
    }
    return std::move(*trust);
}

// The signed revision that decides (also under a newer draft); null when never signed.
json inForceToJson(const services::DecisionInForce& decision)
{
    if (!decision.isSigned()) {
        return nullptr;
    }
    return {{"revision", *decision.signedRevision},
            {"summary", decision.summary()},
            {"roles", decision.roles()},
            {"trust", trustToJson(decision.signatures.overall())},
            {"signatures", signersToJson(decision.signatures)},
            {"draft_revision",
             decision.hasDraftInProgress() ? json(*decision.draftRevision) : json(nullptr)}};
}

// "rev 2 (assessor+approver)", or "-" when nothing is signed.
std::string inForceColumn(const services::DecisionInForce& decision)
{
    if (!decision.isSigned()) {
        return "-";
    }
    std::string roles;
    for (const auto& role : decision.roles()) {
        roles += (roles.empty() ? "" : "+") + role;
    }
    return "rev " + std::to_string(*decision.signedRevision) + " (" + roles + ")";
}

json recordToJson(const store::AssessmentRecord& record,
                  const std::optional<services::TrustState>& trust,
                  const services::DecisionInForce& decision)
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
            {"trust", trustToJson(trust)},
            {"in_force", inForceToJson(decision)},
            {"review_due", optional(record.fields.reviewDue)},
            {"superseded_by", optional(record.supersededBy)},
            {"received_copy_of", optional(record.receivedCopyOf)},
            {"created_at", record.createdAt},
            {"updated_at", record.updatedAt}};
}

// A signed revision carries its signatures, each judged; a draft has trust null.
json revisionToJson(const store::RevisionRecord& revision, const services::TrustVerdict& verdict)
{
    json result = {
        {"number", revision.number},
        {"kind", store::spelling(revision.kind)},
        {"sha256", revision.sha256},
        {"parent_sha256", revision.parentSha256 ? json(*revision.parentSha256) : json(nullptr)},
        {"questionnaire_sha256", revision.questionnaireSha256},
        {"author", revision.author},
        {"created_at", revision.createdAt},
        {"intact", revision.isIntact()}};
    result["trust"] = trustToJson(verdict.overall());
    if (revision.kind == store::RevisionKind::Signed) {
        result["signatures"] = signersToJson(verdict);
    }
    return result;
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

// TRUST and IN FORCE describe the signed revision that decides, also under a newer
// draft: a draft made by New Revision does not make the assessment look never signed.
void printTable(const store::ListPage& page,
                const std::vector<std::optional<services::TrustState>>& states,
                const std::vector<services::DecisionInForce>& decisions, std::ostream& out)
{
    out << column("ID", 36) << "  " << column("TITLE", 40) << "  " << column("TIER", 6) << "  "
        << column("VERDICT", 11) << "  " << column("STATUS", 10) << "  " << column("TRUST", 10)
        << "  " << column("IN FORCE", 25) << "  " << column("REV", 3) << "  UPDATED\n";
    for (std::size_t i = 0; i < page.rows.size(); ++i) {
        const auto& row = page.rows[i];
        const auto trust = decisions[i].isSigned() ? decisions[i].signatures.overall() : states[i];
        out << row.id << "  " << column(row.fields.title, 40) << "  "
            << column(row.fields.tier.value_or("-"), 6) << "  "
            << column(row.fields.verdict.value_or("-"), 11) << "  " << column(row.status, 10)
            << "  " << column(trust ? services::spelling(*trust) : "-", 10) << "  "
            << column(inForceColumn(decisions[i]), 25) << "  "
            << column(std::to_string(row.currentRevision), 3) << "  " << row.updatedAt
            << (row.receivedCopyOf ? "  received copy of " + *row.receivedCopyOf : std::string())
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
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    auto page = workspace->list(*query);
    if (!page) {
        return fail(page.error(), console);
    }
    const auto trust = loadTrust(workspace->library(), console);
    if (!trust) {
        return kBadInput;
    }
    std::vector<std::optional<services::TrustState>> states;
    std::vector<services::DecisionInForce> decisions;
    for (const auto& row : page->rows) {
        // A signed row's current revision is its decision in force: judged once. A
        // signature that cannot be read leaves the row listed, its trust invalid.
        auto decision = services::decisionInForce(workspace->library(), *trust, row);
        std::optional<services::TrustState> state;
        if (row.status != "draft") {
            state = decision ? decision->signatures.overall() : services::TrustState::Invalid;
        }
        states.push_back(state);
        decisions.push_back(decision ? std::move(*decision) : services::DecisionInForce{});
    }
    if (parsed->flag("json")) {
        json rows = json::array();
        for (std::size_t i = 0; i < page->rows.size(); ++i) {
            rows.push_back(recordToJson(page->rows[i], states[i], decisions[i]));
        }
        console.out << json{{"total", page->total}, {"assessments", rows}}.dump(2) << '\n';
    } else {
        printTable(*page, states, decisions, console.out);
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
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto service = workspace->assessments();
    auto opened = service.open(parsed->positional().front(), number);
    if (!opened) {
        return fail(opened.error(), console);
    }
    const auto trust = loadTrust(workspace->library(), console);
    if (!trust) {
        return kBadInput;
    }
    auto verdict = trust->judgeRevision(workspace->library(), opened->revision);
    if (!verdict) {
        return fail(verdict.error(), console);
    }
    auto decision = services::decisionInForce(workspace->library(), *trust, opened->assessment);
    if (!decision) {
        return fail(decision.error(), console);
    }
    const json output = {
        {"assessment",
         recordToJson(opened->assessment, trust->stateOf(workspace->library(), opened->assessment),
                      *decision)},
        {"revision", revisionToJson(opened->revision, *verdict)},
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
    auto workspace = openWorkspace(*parsed, services::OpenIntent::MustExist, console);
    if (!workspace) {
        return kBadInput;
    }
    const auto& id = parsed->positional().front();
    auto revisions = workspace->history(id);
    if (!revisions) {
        return fail(revisions.error(), console);
    }
    if (revisions->empty()) {
        console.err << workspace->library().path().string() << ": no assessment " << id << '\n';
        return kBadInput;
    }
    const auto trust = loadTrust(workspace->library(), console);
    if (!trust) {
        return kBadInput;
    }
    std::vector<services::TrustVerdict> verdicts;
    for (const auto& revision : *revisions) {
        auto verdict = trust->judgeRevision(workspace->library(), revision);
        if (!verdict) {
            return fail(verdict.error(), console);
        }
        verdicts.push_back(std::move(*verdict));
    }
    if (parsed->flag("json")) {
        json list = json::array();
        for (std::size_t i = 0; i < revisions->size(); ++i) {
            list.push_back(revisionToJson((*revisions)[i], verdicts[i]));
        }
        console.out << list.dump(2) << '\n';
        return kSuccess;
    }
    console.out << "REV  KIND    TRUST       CREATED                   AUTHOR            SHA-256\n";
    for (std::size_t i = 0; i < revisions->size(); ++i) {
        const auto& revision = (*revisions)[i];
        const auto state = verdicts[i].overall();
        console.out << std::left << std::setw(3) << revision.number << "  "
                    << column(store::spelling(revision.kind), 6) << "  "
                    << column(state ? services::spelling(*state) : "-", 10) << "  "
                    << revision.createdAt << "  " << column(revision.author, 16) << "  "
                    << revision.sha256
                    << (revision.isIntact() ? "" : "  (DAMAGED: does not match its contents)")
                    << '\n';
        for (const auto& signer : verdicts[i].signers) {
            console.out << "       " << services::spelling(signer.state) << ": "
                        << signer.sentence() << '\n';
        }
    }
    return kSuccess;
}

int runLibrary(std::span<const std::string> args, Console console)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"db"}, error);
    if (!parsed || parsed->positional().size() != 1 || parsed->positional().front() != "init") {
        console.err << "vouch library: "
                    << (parsed
                            ? "usage: vouch library init [--db PATH|postgresql://...|service=NAME]"
                            : error)
                    << '\n';
        return kBadInput;
    }
    services::Workspace workspace;
    auto created = workspace.init(libraryPath(*parsed));
    if (!created) {
        return fail(created.error(), console);
    }
    console.out << workspace.library().path().string()
                << (*created ? ": library created (schema " : ": library already there (schema ")
                << store::latestSchemaVersion(workspace.library().dialect()) << ")\n";
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
    auto workspace = openWorkspace(*parsed, services::OpenIntent::ReadOnly, console);
    if (!workspace) {
        return kBadInput;
    }
    auto audit = services::auditLibrary(workspace->library());
    if (!audit) {
        return fail(audit.error(), console);
    }
    if (!audit->problem.empty()) {
        console.err << workspace->library().path().string() << ": " << audit->problem << '\n';
        return kCheckFailed;
    }
    console.out << workspace->library().path().string() << ": audit log intact, " << audit->entries
                << " entries";
    if (audit->head) {
        // Recorded elsewhere (a ticket, an e-mail), the head lets anyone later tell a
        // truncated or rewritten log from this one.
        console.out << "; head: entry " << audit->head->seq << " sha256 " << audit->head->sha256;
    }
    console.out << '\n';
    return kSuccess;
}

} // namespace vouch::cli
