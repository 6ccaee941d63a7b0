// SPDX-License-Identifier: Apache-2.0
#include "services/PackageReview.h"

#include "services/AssessmentService.h"
#include "services/SigningService.h"
#include "store/Database.h"

#include <QStandardPaths>

#include <algorithm>
#include <optional>
#include <system_error>

namespace vouch::services {

namespace {

using Kind = VerificationBanner::Kind;
using Level = VerificationBanner::Level;

// A draft on top of a signed revision: the signed one decides until the draft is signed.
VerificationBanner draftOverSignedBanner(const DecisionInForce& decision)
{
    const auto problem = decision.signatures.firstProblem(true);
    const auto revision = std::to_string(*decision.signedRevision);
    std::string detail = "Revision " + revision + " was signed by " +
                         signersSentence(decision.signatures) +
                         " and stays in force until draft "
                         "revision " +
                         std::to_string(decision.draftRevision.value_or(0)) +
                         " is signed. The changes shown here are not signed.";
    VerificationBanner banner{Kind::DraftOverSigned,       Level::Neutral,
                              decision.summary(),          detail,
                              decision.signatures.signers, {},
                              *decision.signedRevision,    decision.draftRevision.value_or(0)};
    if (problem != nullptr) {
        banner.level = Level::Bad;
        banner.reason = problem->sentence();
        banner.detail += " Do not rely on revision " + revision + ": " + banner.reason + ".";
    }
    return banner;
}

} // namespace

VerificationBanner bannerFor(const PackageReport& report, const DecisionInForce* decision)
{
    const auto& signatures = report.signatures;
    if (signatures.anyInvalid()) {
        const auto invalid =
            std::find_if(signatures.signatures.begin(), signatures.signatures.end(),
                         [](const signing::SignatureCheck& check) {
                             return check.state == signing::SignatureState::Invalid;
                         });
        SignerTrust signer;
        signer.position = static_cast<std::size_t>(invalid - signatures.signatures.begin()) + 1;
        signer.signerName = invalid->signerName;
        signer.signatureRole = invalid->signatureRole;
        signer.reason = invalid->reason;
        return {.kind = Kind::InvalidSignature,
                .level = Level::Bad,
                .headline = "Invalid signature: do not rely on this sign-off",
                .detail = invalid->signerName + "'s signature: " + invalid->reason + ".",
                .signers = {signer},
                .reason = invalid->reason};
    }
    if (!report.consistent) {
        return {.kind = Kind::Inconsistent,
                .level = Level::Bad,
                .headline = "Inconsistent contents: do not rely on this assessment",
                .detail = report.problem + ".",
                .reason = report.problem};
    }
    if (!signatures.isSigned() && decision != nullptr && decision->hasDraftInProgress()) {
        return draftOverSignedBanner(*decision);
    }
    if (!signatures.isSigned()) {
        return {.kind = Kind::Unsigned,
                .level = Level::Neutral,
                .headline = "Unsigned draft",
                .detail = "Nobody has signed this assessment yet."};
    }
    std::string signers;
    for (const auto& check : signatures.signatures) {
        signers +=
            (signers.empty() ? "" : "; ") + check.signerName + " (" + check.signatureRole + ")";
    }
    if (const auto* problem = report.trust.firstProblem(false);
        problem != nullptr && problem->state == TrustState::LookAlike) {
        return {.kind = Kind::LookAlike,
                .level = Level::Bad,
                .headline = "Look-alike signer: do not rely on this sign-off",
                .detail = "Signature " + std::to_string(problem->position) + " " + problem->reason +
                          ". Someone may be posing as a signer you trust.",
                .signers = {*problem},
                .reason = problem->reason};
    }
    if (signatures.anyUntrusted()) {
        return {.kind = Kind::Untrusted,
                .level = Level::Caution,
                .headline = "Signatures valid, but not every signer is in your trust list",
                .detail = "Signed by " + signers +
                          ". Check the key ids with the signers before relying on it.",
                .signers = report.trust.signers};
    }
    return {.kind = Kind::Verified,
            .level = Level::Good,
            .headline = "Signed and verified",
            .detail = "Signed by " + signers + "; every key is trusted.",
            .signers = report.trust.signers};
}

Result<OpenedPackage> openPackageFile(const std::filesystem::path& path,
                                      const store::Library* library)
{
    auto package = readPackage(path);
    if (!package.ok()) {
        return joinedError(package.errors);
    }
    const SigningService service(library, {});
    auto report = service.verify(*package.value);
    return OpenedPackage{std::move(*package.value), std::move(report)};
}

Result<OpenedPackage> openPackageFile(const std::filesystem::path& path,
                                      const std::filesystem::path& libraryPath)
{
    std::optional<store::Library> library;
    if (store::isPostgresLocation(libraryPath.string())) {
        // A server library is always asked: one that cannot be reached (or holds no
        // library) is an error, not "nobody is trusted".
        auto opened = store::Library::open(libraryPath, store::OpenIntent::ReadOnly);
        if (!opened) {
            return opened.error();
        }
        return openPackageFile(path, &*opened);
    }
    std::error_code ec;
    if (std::filesystem::exists(libraryPath, ec)) {
        if (auto opened = store::Library::open(libraryPath, store::OpenIntent::ReadOnly)) {
            library = std::move(*opened);
        }
    }
    return openPackageFile(path, library ? &*library : nullptr);
}

std::filesystem::path defaultLibraryPath()
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(folder.toStdString()) / "library.vouchdb";
}

} // namespace vouch::services
