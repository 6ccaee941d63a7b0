// SPDX-License-Identifier: Apache-2.0
#include "services/PackageReview.h"

#include "services/AssessmentService.h"
#include "services/SigningService.h"

#include <QStandardPaths>

#include <algorithm>
#include <optional>
#include <system_error>

namespace vouch::services {

namespace {

// A draft on top of a signed revision: the signed one decides until the draft is signed.
VerificationBanner draftOverSignedBanner(const DecisionInForce& decision)
{
    using Level = VerificationBanner::Level;
    const auto problem = decision.signatures.firstProblem(true);
    const auto revision = std::to_string(*decision.signedRevision);
    std::string detail = "Revision " + revision + " was signed by " +
                         signersSentence(decision.signatures) +
                         " and stays in force until draft "
                         "revision " +
                         std::to_string(decision.draftRevision.value_or(0)) +
                         " is signed. The changes shown here are not signed.";
    if (problem != nullptr) {
        return {Level::Bad, decision.summary(),
                detail + " Do not rely on revision " + revision + ": " + problem->sentence() + "."};
    }
    return {Level::Neutral, decision.summary(), detail};
}

} // namespace

VerificationBanner bannerFor(const PackageReport& report, const DecisionInForce* decision)
{
    using Level = VerificationBanner::Level;
    const auto& signatures = report.signatures;
    if (signatures.anyInvalid()) {
        const auto invalid =
            std::find_if(signatures.signatures.begin(), signatures.signatures.end(),
                         [](const signing::SignatureCheck& check) {
                             return check.state == signing::SignatureState::Invalid;
                         });
        return {Level::Bad, "Invalid signature: do not rely on this sign-off",
                invalid->signerName + "'s signature: " + invalid->reason + "."};
    }
    if (!report.consistent) {
        return {Level::Bad, "Inconsistent contents: do not rely on this assessment",
                report.problem + "."};
    }
    if (!signatures.isSigned() && decision != nullptr && decision->hasDraftInProgress()) {
        return draftOverSignedBanner(*decision);
    }
    if (!signatures.isSigned()) {
        return {Level::Neutral, "Unsigned draft", "Nobody has signed this assessment yet."};
    }
    std::string signers;
    for (const auto& check : signatures.signatures) {
        signers +=
            (signers.empty() ? "" : "; ") + check.signerName + " (" + check.signatureRole + ")";
    }
    if (const auto* problem = report.trust.firstProblem(false);
        problem != nullptr && problem->state == TrustState::LookAlike) {
        return {Level::Bad, "Look-alike signer: do not rely on this sign-off",
                "Signature " + std::to_string(problem->position) + " " + problem->reason +
                    ". Someone may be posing as a signer you trust."};
    }
    if (signatures.anyUntrusted()) {
        return {Level::Caution, "Signatures valid, but not every signer is in your trust list",
                "Signed by " + signers +
                    ". Check the key ids with the signers before relying on it."};
    }
    return {Level::Good, "Signed and verified", "Signed by " + signers + "; every key is trusted."};
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
