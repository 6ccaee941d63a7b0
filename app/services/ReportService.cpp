// SPDX-License-Identifier: Apache-2.0
#include "services/ReportService.h"

#include "model/ObjectReader.h"
#include "model/Sha256.h"
#include "model/TextChecks.h"
#include "report/PdfReport.h"
#include "services/AssessmentService.h"
#include "services/DecisionInForce.h"
#include "services/SigningService.h"
#include "signing/PdfEmbedding.h"
#include "store/Clock.h"

#include <limits>

namespace vouch::services {

namespace {

// For an unsigned draft of a library assessment with an earlier signed revision: which
// revision decides and who signed it. A library that cannot be read names nothing.
std::optional<report::SignedInForce> signedInForce(const store::Library* library,
                                                   const model::AssessmentPayload& payload,
                                                   std::optional<int> revision)
{
    if (library == nullptr) {
        return std::nullopt;
    }
    auto record = library->assessment(payload.assessmentId);
    auto trust = SignatureTrust::of(library);
    if (!record || !*record || !trust) {
        return std::nullopt;
    }
    auto decision = decisionInForce(*library, *trust, **record);
    if (!decision || !decision->signedRevision ||
        (revision && *decision->signedRevision >= *revision)) {
        return std::nullopt;
    }
    return report::SignedInForce{*decision->signedRevision, signersSentence(decision->signatures)};
}

} // namespace

Result<void> exportPdf(const signing::Package& package, std::optional<int> revision,
                       const std::filesystem::path& out, const store::Library* library,
                       report::Paper paper, ExistingOutput existing)
{
    // Before anything is drawn: the policy of every output (services/OutputTarget.h).
    if (auto allowed = checkOutputTarget(out, existing); !allowed) {
        return allowed;
    }
    const SigningService signingService(library, {});
    const auto verified = signingService.verify(package);
    if (verified.signatures.anyInvalid()) {
        return Error{out.string() + ": not written: the package has an invalid signature"};
    }
    if (!verified.consistent || !verified.payload || !verified.questionnaire) {
        return Error{out.string() + ": not written: " + verified.problem};
    }
    // What Vouch accepts is bounded (model/TextChecks.h); a package from elsewhere may
    // not be, and laying out megabytes of text takes minutes. The total decides, so an
    // older revision with one long title still prints.
    {
        std::size_t total = 0;
        const auto typed = model::payloadToJson(*verified.payload);
        for (const char* member : {"meta", "answers", "actions", "attachments"}) {
            if (typed.contains(member)) {
                static_cast<void>(model::firstOverlongText(
                    typed[member], "", std::numeric_limits<std::size_t>::max(), total));
            }
        }
        for (const auto& entry : package.signatures) {
            total += entry.attestation.size() + entry.signerName.size() + entry.signerRole.size() +
                     entry.signerEmail.size();
        }
        if (total > 2 * model::kMaxTotalTextLength) {
            return Error{out.string() + ": not written: the assessment's texts are " +
                         std::to_string(total) + " characters long together; a PDF sign-off " +
                         "holds at most " + std::to_string(2 * model::kMaxTotalTextLength)};
        }
    }
    report::ReportInput input;
    input.questionnaire = &verified.questionnaire->questionnaire;
    input.payload = *verified.payload;
    input.payloadSha256 = model::sha256Hex(package.payload);
    input.revision = revision;
    input.exportedAt = store::utcTimestamp();
    input.assessmentDate = package.signatures.empty()
                               ? store::utcDate()
                               : package.signatures.front().signedAt.substr(0, 10);
    for (std::size_t i = 0; i < package.signatures.size(); ++i) {
        const auto& entry = package.signatures[i];
        input.signatures.push_back({entry.signerName, entry.signerRole, entry.signerEmail,
                                    entry.signatureRole, entry.signedAt, entry.keyId,
                                    signing::spelling(verified.signatures.signatures[i].state),
                                    entry.attestation});
    }
    if (package.signatures.empty()) {
        input.signedInForce = signedInForce(library, *verified.payload, revision);
    }
    input.paper = paper;
    const auto embedded = signing::packageToJson(signing::withoutEvidenceBytes(package)).dump();
    input.xmpMetadata = signing::xmpPacketWithPackage(embedded, input.payload.meta.title);
    return report::writePdfReport(input, out);
}

Result<ExportedRevision> exportAssessmentPdf(const store::Library& library,
                                             const std::string& assessmentId,
                                             const std::filesystem::path& out, report::Paper paper,
                                             const std::string& actor, ExistingOutput existing,
                                             std::optional<int> revision)
{
    auto exported = revisionToExport(library, assessmentId, revision);
    if (!exported) {
        return exported.error();
    }
    // A signed revision whose sign-off was PAdES-signed is exported as those bytes, never
    // drawn again (a new drawing would not carry the PDF signatures).
    std::string detail = "PDF of revision " + std::to_string(exported->number);
    std::optional<std::string> stored;
    if (exported->signatures > 0) {
        auto found = library.signedPdf(assessmentId, exported->number);
        if (!found) {
            return found.error();
        }
        stored = std::move(*found);
    }
    if (stored) {
        if (auto written = writeOutputFile(out, *stored, "the PDF sign-off", existing); !written) {
            return written.error();
        }
        detail += " (the stored PDF-signed sign-off, sha256 " + model::sha256Hex(*stored) + ")";
    } else {
        const SigningService signingService(&library, actor);
        auto package = signingService.packageOf(assessmentId, exported->number);
        if (!package) {
            return package.error();
        }
        if (auto written = exportPdf(*package, exported->number, out, &library, paper, existing);
            !written) {
            return written.error();
        }
    }
    if (library.isReadOnly()) {
        return exported; // a library on read-only media can be read and exported, not audited
    }
    if (auto audited = library.recordAudit(store::AuditAction::Export, actor, assessmentId,
                                           detail + " to " + out.string());
        !audited) {
        return audited.error();
    }
    return exported;
}

} // namespace vouch::services
