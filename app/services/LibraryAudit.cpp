// SPDX-License-Identifier: Apache-2.0
#include "services/LibraryAudit.h"

#include "services/SignatureTrust.h"
#include "store/AuditedRows.h"

namespace vouch::services {
namespace {

std::string signerOf(const signing::SignatureEntry& entry, std::size_t index)
{
    return "signature " + std::to_string(index + 1) + " (" + entry.signerName + ", key " +
           entry.keyId + ")";
}

// The stored signatures' bound heads, revision by revision.
Result<std::string> storedHeadsProblem(const store::Library& library)
{
    auto revisions = library.signedRevisions();
    if (!revisions) {
        return revisions.error();
    }
    for (const auto& [assessmentId, number] : *revisions) {
        auto stored = storedSignatures(library, assessmentId, number);
        if (!stored) {
            return stored.error();
        }
        signing::Package package;
        package.signatures = std::move(*stored);
        if (auto problem = boundHeadProblem(library, package); !problem.empty()) {
            return "assessment " + assessmentId + " revision " + std::to_string(number) + ": " +
                   problem;
        }
    }
    return std::string();
}

Result<std::string> firstProblem(const store::Library& library)
{
    auto rows = store::auditedRowsProblem(library.database());
    if (!rows) {
        return rows.error();
    }
    if (*rows) {
        return **rows;
    }
    auto trust = trustListProblems(library);
    if (!trust) {
        return trust.error();
    }
    if (!trust->empty()) {
        return trust->front() + (trust->size() > 1
                                     ? " (and " + std::to_string(trust->size() - 1) + " more)"
                                     : std::string());
    }
    return storedHeadsProblem(library);
}

} // namespace

Result<LibraryAudit> auditLibrary(const store::Library& library)
{
    LibraryAudit audit;
    const auto log = library.auditLog();
    auto chain = log.verify();
    if (!chain) {
        return chain.error();
    }
    audit.entries = chain->entries;
    if (chain->brokenAt) {
        audit.problem =
            "audit log broken at entry " + std::to_string(*chain->brokenAt) + ": " + chain->problem;
        return audit;
    }
    auto head = log.head();
    if (!head) {
        return head.error();
    }
    audit.head = std::move(*head);
    auto problem = firstProblem(library);
    if (!problem) {
        return problem.error();
    }
    audit.problem = std::move(*problem);
    return audit;
}

Result<std::optional<signing::LibraryHead>> libraryHead(const store::Library& library)
{
    auto head = library.auditLog().head();
    if (!head) {
        return head.error();
    }
    if (!*head) {
        return std::optional<signing::LibraryHead>();
    }
    return std::optional<signing::LibraryHead>(
        signing::LibraryHead{(*head)->firstSha256, (*head)->seq, (*head)->sha256});
}

std::string boundHeadProblem(const store::Library& library, const signing::Package& package)
{
    const auto log = library.auditLog();
    auto first = log.hashAt(1);
    if (!first) {
        return "its audit log cannot be read (" + first.error().message + ")";
    }
    for (std::size_t i = 0; i < package.signatures.size(); ++i) {
        const auto& entry = package.signatures[i];
        const auto head = signing::boundHead(entry);
        if (!head || !*first || head->logStart != **first) {
            continue; // an older statement, or made in another library
        }
        auto bound = log.hashAt(head->seq);
        if (!bound) {
            return "its audit log cannot be read (" + bound.error().message + ")";
        }
        const auto where = signerOf(entry, i) + " was made when " + library.path().string() +
                           "'s audit log ended at entry " + std::to_string(head->seq) +
                           " (sha256 " + head->sha256 + ")";
        if (!*bound) {
            return where + "; the log no longer has that entry: it was truncated after the "
                           "signature";
        }
        if (**bound != head->sha256) {
            return where + "; that entry now has a different hash: the log was rewritten after "
                           "the signature";
        }
        // Every signature made here is stored here (signed revisions are never deleted);
        // missing, the log and its rows were rolled back to before it.
        auto held = library.holdsSignature(signing::signatureToJson(entry).dump());
        if (!held) {
            return "it cannot be read (" + held.error().message + ")";
        }
        if (!*held) {
            return where + ", but the library no longer holds the signature: its log and rows "
                           "were rolled back after it";
        }
    }
    return {};
}

} // namespace vouch::services
