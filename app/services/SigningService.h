// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/QuestionnaireLoader.h"
#include "model/Result.h"
#include "services/ExportedRevision.h"
#include "services/OutputTarget.h"
#include "services/SignatureTrust.h"
#include "services/SignerCertificate.h"
#include "signing/Keys.h"
#include "signing/Package.h"
#include "signing/Signatures.h"
#include "store/Library.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vouch::services {

// The attestation a signer makes, unless they give their own words.
[[nodiscard]] std::string defaultAttestation(signing::SignatureRole role);

// A package file (or a PDF sign-off) read for use: signing::readPackageFile, then what
// it carries (signing::unreadableContents), so that every verb and window refuses the
// same packages as unreadable.
[[nodiscard]] model::Loaded<signing::Package> readPackage(const std::filesystem::path& path);
// The same for bytes already read (the sign-off inside a PDF-signed file).
[[nodiscard]] model::Loaded<signing::Package> readPackageBytes(std::string_view bytes,
                                                               const std::string& name);

// How long a signed assessment stays current before it is due for review, per tier.
struct ReviewIntervals
{
    int highMonths = 6;
    int mediumMonths = 12;
    int lowMonths = 24;

    bool operator==(const ReviewIntervals&) const = default;

    // Months for a tier; an unknown or undetermined tier gets the medium interval.
    [[nodiscard]] int monthsFor(const std::optional<std::string>& tier) const;
};

// What `vouch verify` and the window report about a package.
struct PackageReport
{
    signing::PackageVerification signatures;
    // Every signature judged against the library's trust list (SignatureTrust).
    TrustVerdict trust;
    // The payload re-read against the package's own questionnaire snapshot and
    // re-evaluated; `problem` says why it is inconsistent (empty when consistent).
    bool consistent = false;
    std::string problem;
    std::optional<model::AssessmentPayload> payload;
    std::shared_ptr<const model::QuestionnaireSnapshot> questionnaire;
    // A signature made in the library it is checked against bound an audit-log entry the
    // log no longer holds (truncated or rewritten since); empty otherwise.
    std::string libraryProblem;
};

// Why a package is not accepted as a sign-off, in one line naming the signature, signer
// and key; nullopt when it is: signed, every signature valid and trusted (untrusted ones
// too with `allowUntrusted`, never a look-alike), and the contents consistent.
[[nodiscard]] std::optional<std::string> refusalOf(const PackageReport& report,
                                                   bool allowUntrusted);

// What an import did, for people: "imported as a new assessment", "imported as revision
// 3 with 1 signature(s)", "added 1 signature(s)", "already in the library; nothing
// changed" (only when nothing did).
[[nodiscard]] std::string describe(const store::Library::ImportOutcome& outcome);

// Signing, packages and verification: export, import, sign (a package file or a
// library assessment), verify.
class SigningService
{
public:
    // `library` may be null for work on package files alone (then no key is trusted).
    SigningService(const store::Library* library, std::string actor);

    [[nodiscard]] PackageReport verify(const signing::Package& package) const;

    // Signs a package file in place (written atomically). Refuses to sign over a
    // package whose existing signatures or contents do not verify.
    [[nodiscard]] Result<signing::SignatureEntry>
    signPackageFile(const std::filesystem::path& path, const signing::SigningKey& key,
                    signing::SignatureRole role, const std::string& attestation) const;

    // Signs a library assessment's current revision; a draft becomes a signed revision.
    // With `expectedRevision` (the revision the signer was shown) a current revision that
    // is another one by now is refused as a conflict: nobody signs what they did not see.
    [[nodiscard]] Result<int>
    signAssessment(const std::string& assessmentId, const signing::SigningKey& key,
                   signing::SignatureRole role, const std::string& attestation,
                   std::optional<int> expectedRevision = std::nullopt) const;

    // What signing with a certificate did besides the package signature: the PDF sign-off
    // of the signed revision, PAdES-signed and stored with it (store::Library::
    // storeSignedPdf), or why not (`pdfNote`, e.g. the identity has no certificate).
    struct SignedRevision
    {
        int revision = 0;
        std::string pdfSha256; // empty: no PDF stored by this signature
        int pdfSignatures = 0;
        std::string pdfNote;
        // The PDF signature's RFC 3161 timestamp, "2026-12-03 08:48:03 UTC by CN=TSA,O=..."
        // (the TSA's certificate subject); empty without a time-stamping authority, when
        // the time is the signer's clock.
        std::string timestamp;
    };
    // signAssessment and the PDF sign-off: the assessor's signature renders the signed
    // revision's sign-off (services/ReportService.h) and PAdES-signs it with the signer's
    // bound certificate; a later signature (the approver's) adds its PAdES signature as an
    // incremental update to the stored PDF, so the earlier one stays valid. The package
    // signature entry carries the certificate and binding. Rendering needs a
    // QGuiApplication.
    // The signed PDF is made first, from the package as it will be stored, and with a
    // time-stamping authority set it gets its RFC 3161 timestamp then: a TSA that is down,
    // refuses or answers garbage fails the whole signature before anything is stored
    // (ErrorKind::TimestampAuthority, "...; nothing was signed"). Any other PDF failure
    // leaves the package signature stored and says so in `pdfNote`.
    [[nodiscard]] Result<SignedRevision>
    signAssessmentWithPdf(const std::string& assessmentId, const Signer& signer,
                          signing::SignatureRole role, const std::string& attestation,
                          std::optional<int> expectedRevision = std::nullopt) const;

    // The package of an assessment's current revision (or revision `number`).
    [[nodiscard]] Result<signing::Package>
    packageOf(const std::string& assessmentId, std::optional<int> number = std::nullopt) const;
    // Writes the package of revision `revision` (default: the latest signed one, see
    // services/ExportedRevision.h) under the output policy (services/OutputTarget.h).
    [[nodiscard]] Result<ExportedRevision>
    exportPackage(const std::string& assessmentId, const std::filesystem::path& path,
                  ExistingOutput existing = ExistingOutput::Refuse,
                  std::optional<int> revision = std::nullopt) const;

    struct Imported
    {
        std::string assessmentId;
        store::Library::ImportOutcome outcome;
        int missingEvidence = 0; // files referenced by hash that neither package nor library has
        // The same payload was stored with signatures that are not trusted here and that
        // the package does not extend: this revision was stored on top of it instead.
        std::optional<int> besideUntrusted;
    };
    // Verifies, then stores questionnaire, evidence, revision and signatures. A package
    // that refusalOf (without allowUntrusted) refuses is not stored: an invalid,
    // untrusted or look-alike signature, no signature, or inconsistent contents.
    [[nodiscard]] Result<Imported> importPackage(const signing::Package& package,
                                                 const std::string& displayName) const;

    // Stores a package whose signatures are untrusted, invalid or missing, knowingly, as
    // a separate received copy (store::Library::importReceivedCopy): its own assessment
    // id, marked, never the current revision of the assessment it copies. Its contents
    // must still be consistent (else it cannot be shown). `outcome.created` is false when
    // the same copy was received before; `assessmentId` is the copy's id.
    struct ReceivedCopy
    {
        std::string copyId;
        std::string originalId;
        bool created = false;
        TrustVerdict trust; // how its signatures stand here
        int missingEvidence = 0;
    };
    [[nodiscard]] Result<ReceivedCopy> importReceivedCopy(const signing::Package& package,
                                                          const std::string& displayName) const;

    [[nodiscard]] Result<signing::PublicKey>
    trust(const std::filesystem::path& publicKeyFile) const;
    // Takes a key off the trust list, with an audit entry naming the actor; false when
    // it was not on it.
    [[nodiscard]] Result<bool> distrust(const std::string& keyId) const;
    // The trust list, in the order the library keeps it.
    [[nodiscard]] Result<std::vector<store::TrustedKey>> trustedKeys() const;

    // The intervals that set the review-due date of what is signed from now on.
    void setReviewIntervals(const ReviewIntervals& intervals) { m_intervals = intervals; }
    // The RFC 3161 time-stamping authority PDF signatures ask for a timestamp (an http://
    // URL, services/TimestampAuthority.h); empty for none: the time is the signer's clock.
    void setTimestampAuthority(std::string url) { m_timestampUrl = std::move(url); }
    [[nodiscard]] const std::string& timestampAuthority() const { return m_timestampUrl; }

private:
    // A package signature made but not yet stored: the package with it, the revision it
    // will be stored as, and what storing it takes.
    struct PreparedSignature
    {
        signing::Package package;
        store::AssessmentFields fields;
        std::optional<store::RevisionInput> frozen;
        std::optional<int> target;
        int revision = 0;
    };
    // A PAdES-signed sign-off made but not yet stored.
    struct SignedPdf
    {
        std::string bytes;
        std::string sha256;
        int signatures = 0;
        std::string timestamp; // as SignedRevision::timestamp
    };
    [[nodiscard]] Result<PreparedSignature>
    prepareSignature(const std::string& assessmentId, const signing::SigningKey& key,
                     signing::SignatureRole role, const std::string& attestation,
                     std::optional<int> expectedRevision,
                     const BoundCertificate* certificate) const;
    [[nodiscard]] Result<int> storeSignature(const std::string& assessmentId,
                                             const PreparedSignature& prepared) const;
    [[nodiscard]] Result<SignedPdf> makeSignedPdf(const std::string& assessmentId,
                                                  const PreparedSignature& prepared,
                                                  const Signer& signer,
                                                  signing::SignatureRole role) const;

    const store::Library* m_library;
    std::string m_actor;
    ReviewIntervals m_intervals;
    std::string m_timestampUrl;
};

// The review-due date for a tier signed `today` (YYYY-MM-DD), calendar months later with
// the day clamped to the month's length.
[[nodiscard]] std::string reviewDueFor(const std::optional<std::string>& tier,
                                       const std::string& today,
                                       const ReviewIntervals& intervals = {});

} // namespace vouch::services
