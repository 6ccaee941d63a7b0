// SPDX-License-Identifier: Apache-2.0
#include "services/SigningService.h"

#include "model/CanonicalJson.h"
#include "model/JsonDocument.h"
#include "model/Sha256.h"
#include "model/TextChecks.h"
#include "model/Uuid.h"
#include "pdfsign/KeyBinding.h"
#include "pdfsign/PdfSigner.h"
#include "pdfsign/PdfVerifier.h"
#include "rules/EvaluationJson.h"
#include "rules/Evaluator.h"
#include "services/AssessmentService.h"
#include "services/AtomicFile.h"
#include "services/LibraryAudit.h"
#include "services/PdfSignOff.h"
#include "services/ReportService.h"
#include "services/SignerIdentities.h"
#include "services/TimestampAuthority.h"
#include "store/Clock.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace vouch::services {
namespace {

// A package file's text, as `vouch export` writes it.
std::string packageText(const signing::Package& package)
{
    return signing::packageToJson(package).dump(2) + '\n';
}

// A signature whose texts are not plain text would make a package that no Vouch reads.
Result<void> checkSignedTexts(const signing::SigningKey& key, const std::string& attestation)
{
    if (auto plain = checkSignerIdentity(key.identity(), "the signing key"); !plain) {
        return plain.error();
    }
    if (auto problem = model::plainTextProblem(attestation)) {
        return Error{"the attestation: " + *problem};
    }
    if (auto problem = model::lengthProblem(attestation, model::kMaxTextLength)) {
        return Error{"the attestation " + *problem};
    }
    return {};
}

std::string firstInvalid(const signing::PackageVerification& verification)
{
    for (std::size_t i = 0; i < verification.signatures.size(); ++i) {
        const auto& check = verification.signatures[i];
        if (check.state == signing::SignatureState::Invalid) {
            return "signature " + std::to_string(i + 1) + " (" + check.signerName +
                   ") is invalid: " + check.reason;
        }
    }
    return {};
}

// Four eyes: the key that signed in one role does not also sign in another (an assessor
// approving their own assessment). One line, naming the key and what it signed.
Result<void> checkSeparateKeys(const signing::Package& package, const signing::SigningKey& key,
                               signing::SignatureRole role, const std::string& what)
{
    const auto& keyId = key.publicKey().keyId;
    const auto wanted = std::string(signing::spelling(role));
    for (const auto& entry : package.signatures) {
        if (entry.keyId == keyId && entry.signatureRole != wanted) {
            return Error{what + ": key " + keyId + " already signed it as " + entry.signatureRole +
                         " (" + entry.signerName + "); the " + wanted +
                         " signs with a key of their own; nothing was signed"};
        }
    }
    return {};
}

// Re-reads the payload against the package's questionnaire and re-evaluates it.
void checkConsistency(const signing::Package& package, PackageReport& report)
{
    // A package read from a file was checked strictly when it was read
    // (readPackage); one made from the library holds what the library
    // accepted when it was saved.
    auto shared = model::sharedQuestionnaireSnapshot(
        package.questionnaire, "the package's questionnaire", model::kStoredJsonLimits);
    if (!shared.ok()) {
        report.problem =
            "its questionnaire snapshot cannot be read: " + joinedError(shared.errors).message;
        return;
    }
    const auto& snapshot = *shared.value;
    auto document =
        model::parseJsonText(package.payload, "the package's payload", model::kStoredJsonLimits);
    if (!document.ok()) {
        report.problem = joinedError(document.errors).message;
        return;
    }
    auto canonical = model::canonicalJson(*document.value);
    if (!canonical.bytes || *canonical.bytes != package.payload) {
        report.problem = "the payload is not in canonical form";
        return;
    }
    auto payload =
        model::payloadFromJson(*document.value, snapshot->questionnaire, "the package's payload");
    if (!payload.ok()) {
        report.problem = joinedError(payload.errors).message;
        return;
    }
    if (payload.value->questionnaire.sha256 != snapshot->sha256) {
        report.problem = "the payload names questionnaire " + payload.value->questionnaire.sha256 +
                         " but the package carries " + snapshot->sha256;
        return;
    }
    // Re-evaluated as of the date the stored evaluation records (none before 1.1.0), so
    // the check does not depend on the day it runs.
    const auto& stored = payload.value->evaluation;
    const auto asOf = stored.contains("as_of") && stored["as_of"].is_string()
                          ? stored["as_of"].get<std::string>()
                          : std::string();
    const auto evaluation = rules::evaluationToJson(
        rules::evaluate(snapshot->questionnaire, payload.value->answers, asOf),
        snapshot->questionnaire);
    if (model::canonicalJson(evaluation).bytes !=
        model::canonicalJson(payload.value->evaluation).bytes) {
        report.problem = "the evaluation in the package does not match its answers (stored: tier " +
                         payload.value->evaluation.value("tier", nlohmann::json()).dump() +
                         ", verdict " +
                         payload.value->evaluation.value("verdict", nlohmann::json()).dump() +
                         "; re-evaluated: tier " + evaluation["tier"].dump() + ", verdict " +
                         evaluation["verdict"].dump() + ")";
        return;
    }
    for (const auto& ref : payload.value->attachments) {
        const bool carried = std::any_of(
            package.attachments.begin(), package.attachments.end(),
            [&](const signing::PackageAttachment& a) { return a.sha256 == ref.sha256; });
        if (!carried) {
            report.problem =
                "evidence \"" + ref.name + "\" (" + ref.sha256 + ") is missing from the package";
            return;
        }
    }
    for (const auto& attachment : package.attachments) {
        const bool referenced = std::any_of(
            payload.value->attachments.begin(), payload.value->attachments.end(),
            [&](const model::AttachmentRef& ref) { return ref.sha256 == attachment.sha256; });
        if (!referenced) {
            report.problem = "the package carries a file (" + attachment.sha256 +
                             ") that the payload does not name";
            return;
        }
    }
    report.consistent = true;
    report.payload = std::move(*payload.value);
    report.questionnaire = snapshot;
}

store::AssessmentFields signedFields(const model::AssessmentPayload& payload,
                                     const std::vector<signing::SignatureEntry>& signatures,
                                     const ReviewIntervals& intervals)
{
    auto fields = AssessmentService::fieldsOf(payload);
    if (!signatures.empty()) {
        fields.signer = signatures.back().signerName;
        if (!fields.reviewDue) {
            fields.reviewDue =
                reviewDueFor(fields.tier, signatures.front().signedAt.substr(0, 10), intervals);
        }
    }
    return fields;
}

store::StoredSignature storedSignature(const signing::SignatureEntry& entry)
{
    return {0, signing::signatureToJson(entry).dump(), entry.signerName, entry.signedAt};
}

// The signature rows and the revision an accepted package becomes in the library.
std::vector<store::StoredSignature> storedSignaturesOf(const signing::Package& package)
{
    std::vector<store::StoredSignature> signatures;
    for (const auto& entry : package.signatures) {
        signatures.push_back(storedSignature(entry));
    }
    return signatures;
}

store::RevisionInput revisionOfPackage(const signing::Package& package, const PackageReport& report,
                                       const std::string& actor)
{
    return {package.payload, report.questionnaire->sha256, actor,
            package.signatures.empty() ? store::RevisionKind::Draft : store::RevisionKind::Signed};
}

// Stores the questionnaire snapshot and the evidence a package carries; returns how many
// evidence files it references by hash only that the library does not have either.
Result<int> storeCarried(const store::Library& library, const signing::Package& package,
                         const PackageReport& report, const std::string& displayName)
{
    const auto& snapshot = *report.questionnaire;
    if (auto stored =
            library.storeQuestionnaire({snapshot.sha256, snapshot.questionnaire.id,
                                        snapshot.questionnaire.version, snapshot.canonical});
        !stored) {
        return stored.error();
    }
    int missingEvidence = 0;
    for (const auto& attachment : package.attachments) {
        if (!attachment.data) {
            // Referenced by hash only (a PDF's embedded package): fine if the library
            // already has the file; otherwise reported, since it cannot be made up.
            auto present = library.blob(attachment.sha256);
            missingEvidence += (present && *present) ? 0 : 1;
            continue;
        }
        if (auto stored = library.storeBlob(*attachment.data); !stored) {
            return Error{displayName + ": " + stored.error().message};
        }
    }
    return missingEvidence;
}

// A genuine trusted sign-off is never blocked by an untrusted one. The revision with
// this payload whose stored signatures the package does not extend (nor they it), when
// every stored signature from the first difference on is not trusted here; nullopt
// otherwise (then the store refuses a real conflict between trusted signatures).
Result<std::optional<int>> untrustedRevisionInTheWay(const store::Library& library,
                                                     const std::string& assessmentId,
                                                     const signing::Package& package)
{
    auto number = library.revisionWithPayload(assessmentId, model::sha256Hex(package.payload));
    if (!number || !*number) {
        return number;
    }
    auto stored = storedSignatures(library, assessmentId, **number);
    if (!stored) {
        return stored.error();
    }
    std::size_t first = 0;
    const auto common = std::min(stored->size(), package.signatures.size());
    while (first < common && storedSignature((*stored)[first]).entry ==
                                 storedSignature(package.signatures[first]).entry) {
        ++first;
    }
    if (first == common) {
        return std::optional<int>(); // one extends the other: the ordinary import
    }
    auto revision = library.revision(assessmentId, **number);
    if (!revision) {
        return revision.error();
    }
    auto trust = SignatureTrust::of(&library);
    if (!trust) {
        return trust.error();
    }
    if (!*revision) {
        return std::optional<int>();
    }
    auto verdict = trust->judgeRevision(library, **revision);
    if (!verdict) {
        return verdict.error();
    }
    for (std::size_t i = first; i < verdict->signers.size(); ++i) {
        if (verdict->signers[i].state == TrustState::Trusted) {
            return std::optional<int>();
        }
    }
    return number;
}

} // namespace

std::string defaultAttestation(signing::SignatureRole role)
{
    if (role == signing::SignatureRole::Approver) {
        return "I have reviewed this assessment, its findings and the assessor's sign-off, and I "
               "approve the "
               "workload on the conditions and with the controls it states.";
    }
    return "I have reviewed this assessment and its findings. To the best of my knowledge the "
           "answers are "
           "accurate and complete, and the findings and required controls are understood by those "
           "responsible "
           "for them.";
}

int ReviewIntervals::monthsFor(const std::optional<std::string>& tier) const
{
    if (tier == "high") {
        return highMonths;
    }
    if (tier == "low") {
        return lowMonths;
    }
    return mediumMonths;
}

std::string reviewDueFor(const std::optional<std::string>& tier, const std::string& today,
                         const ReviewIntervals& intervals)
{
    const int months = intervals.monthsFor(tier);
    int year = 0;
    int month = 0;
    int day = 0;
    if (!model::isValidDate(today) ||
        std::sscanf(today.c_str(), "%d-%d-%d", &year, &month, &day) != 3) {
        return today;
    }
    const int total = year * 12 + (month - 1) + months;
    year = total / 12;
    month = total % 12 + 1;
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    day = std::min(day, kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0));
    char text[40]; // room for any int, so the compiler sees no truncation
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

SigningService::SigningService(const store::Library* library, std::string actor)
    : m_library(library)
    , m_actor(std::move(actor))
{}

PackageReport SigningService::verify(const signing::Package& package) const
{
    PackageReport report;
    // A trust list that cannot be read trusts nobody.
    auto loaded = SignatureTrust::of(m_library);
    const auto trust = loaded ? std::move(*loaded) : SignatureTrust();
    report.signatures = signing::verifyPackage(
        package, [&trust](const std::string& keyId) { return trust.isTrusted(keyId); });
    report.trust = trust.judge(package, report.signatures);
    checkConsistency(package, report);
    if (m_library != nullptr) {
        report.libraryProblem = boundHeadProblem(*m_library, package);
    }
    return report;
}

std::string describe(const store::Library::ImportOutcome& outcome)
{
    if (outcome.created) {
        return "imported as a new assessment";
    }
    if (outcome.newRevision) {
        return "imported as revision " + std::to_string(outcome.revision) + " with " +
               std::to_string(outcome.newSignatures) + " signature(s)";
    }
    if (outcome.newSignatures > 0) {
        return "added " + std::to_string(outcome.newSignatures) + " signature(s)";
    }
    return "already in the library; nothing changed";
}

std::optional<std::string> refusalOf(const PackageReport& report, bool allowUntrusted)
{
    if (!report.libraryProblem.empty()) {
        return report.libraryProblem;
    }
    if (const auto* invalid = report.trust.firstProblem(false);
        invalid != nullptr && invalid->state == TrustState::Invalid) {
        return invalid->sentence();
    }
    if (!report.consistent) {
        return report.problem;
    }
    if (!report.trust.isSigned()) {
        return std::string("the package is unsigned");
    }
    if (const auto* problem = report.trust.firstProblem(allowUntrusted)) {
        const int others = report.trust.countWith(TrustState::Untrusted) +
                           report.trust.countWith(TrustState::LookAlike) - 1;
        return problem->sentence() +
               (others > 0 ? " (and " + std::to_string(others) + " more not trusted)" : "");
    }
    return std::nullopt;
}

namespace {

model::Loaded<signing::Package> checkedContents(model::Loaded<signing::Package> package,
                                                const std::string& name)
{
    if (!package.ok()) {
        return package;
    }
    if (auto problems = signing::unreadableContents(*package.value, name); !problems.empty()) {
        return model::failed<signing::Package>(std::move(problems));
    }
    return package;
}

} // namespace

model::Loaded<signing::Package> readPackage(const std::filesystem::path& path)
{
    return checkedContents(signing::readPackageFile(path), path.string());
}

model::Loaded<signing::Package> readPackageBytes(std::string_view bytes, const std::string& name)
{
    return checkedContents(signing::packageFromBytes(bytes, name), name);
}

bool isPdfSignOff(const std::filesystem::path& path)
{
    std::ifstream stream(path, std::ios::binary);
    std::string head(5, '\0');
    stream.read(head.data(), static_cast<std::streamsize>(head.size()));
    return stream && head == "%PDF-";
}

Result<signing::SignatureEntry>
SigningService::signPackageFile(const std::filesystem::path& path, const signing::SigningKey& key,
                                signing::SignatureRole role, const std::string& attestation) const
{
    if (auto plain = checkSignedTexts(key, attestation); !plain) {
        return plain.error();
    }
    if (isPdfSignOff(path)) {
        return Error{path.string() +
                     ": is a PDF sign-off; sign its package instead (import the PDF, sign the "
                     "assessment and export it again); the PDF was not changed"};
    }
    auto package = readPackage(path);
    if (!package.ok()) {
        return joinedError(package.errors);
    }
    const auto report = verify(*package.value);
    if (report.signatures.anyInvalid()) {
        return Error{path.string() + ": " + firstInvalid(report.signatures) +
                     "; not signing over it"};
    }
    if (!report.consistent) {
        return Error{path.string() + ": " + report.problem + "; not signing it"};
    }
    if (auto separate = checkSeparateKeys(*package.value, key, role, path.string()); !separate) {
        return separate.error();
    }
    if (auto added =
            signing::addSignature(*package.value, key, role, attestation, store::utcTimestamp());
        !added) {
        return added.error();
    }
    // In place: the package the user named gets the new signature (QSaveFile).
    if (auto written = writeFileAtomically(path, packageText(*package.value), "the package");
        !written) {
        return written.error();
    }
    return package.value->signatures.back();
}

Result<signing::Package> SigningService::packageOf(const std::string& assessmentId,
                                                   std::optional<int> number) const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    const AssessmentService assessments(*m_library, m_actor);
    auto opened = assessments.open(assessmentId, number);
    if (!opened) {
        return opened.error();
    }
    signing::Package package;
    package.payload = opened->revision.payload;
    package.questionnaire = opened->questionnaire.canonical;
    for (const auto& ref : opened->payload.attachments) {
        auto bytes = m_library->blob(ref.sha256);
        if (!bytes) {
            return bytes.error();
        }
        if (!*bytes) {
            return Error{m_library->path().string() + ": evidence \"" + ref.name + "\" (" +
                         ref.sha256 + ") is missing from the library"};
        }
        const bool added = std::any_of(
            package.attachments.begin(), package.attachments.end(),
            [&](const signing::PackageAttachment& a) { return a.sha256 == ref.sha256; });
        if (!added) {
            package.attachments.push_back({ref.sha256, std::move(**bytes)});
        }
    }
    auto stored = storedSignatures(*m_library, assessmentId, opened->revision.number);
    if (!stored) {
        return stored.error();
    }
    package.signatures = std::move(*stored);
    return package;
}

Result<int> SigningService::signAssessment(const std::string& assessmentId,
                                           const signing::SigningKey& key,
                                           signing::SignatureRole role,
                                           const std::string& attestation,
                                           std::optional<int> expectedRevision) const
{
    auto prepared =
        prepareSignature(assessmentId, key, role, attestation, expectedRevision, nullptr);
    if (!prepared) {
        return prepared.error();
    }
    return storeSignature(assessmentId, *prepared);
}

Result<SigningService::SignedRevision>
SigningService::signAssessmentWithPdf(const std::string& assessmentId, const Signer& signer,
                                      signing::SignatureRole role, const std::string& attestation,
                                      std::optional<int> expectedRevision) const
{
    const BoundCertificate* certificate = signer.certificate ? &*signer.certificate : nullptr;
    auto prepared = prepareSignature(assessmentId, signer.key, role, attestation, expectedRevision,
                                     certificate);
    if (!prepared) {
        return prepared.error();
    }
    if (certificate == nullptr) {
        auto revision = storeSignature(assessmentId, *prepared);
        if (!revision) {
            return revision.error();
        }
        return SignedRevision{
            *revision, {}, 0, "the PDF sign-off is not PDF-signed: " + signer.noCertificate, {}};
    }
    // The PDF first, from the package as it will be stored: its timestamp (if a TSA is
    // set) is the one step that depends on another machine, and when it fails nothing
    // may be stored.
    auto pdf = makeSignedPdf(assessmentId, *prepared, signer, role);
    if (!pdf && pdf.error().kind == ErrorKind::TimestampAuthority) {
        return Error{"assessment " + assessmentId + ": " + pdf.error().message +
                         "; nothing was signed",
                     ErrorKind::TimestampAuthority};
    }
    auto revision = storeSignature(assessmentId, *prepared);
    if (!revision) {
        return revision.error();
    }
    const std::string stored = "the signature is stored, but the PDF sign-off was not PDF-signed: ";
    if (!pdf) {
        return SignedRevision{*revision, {}, 0, stored + pdf.error().message, {}};
    }
    if (*revision != prepared->revision) {
        // Someone else signed or saved in between: the PDF names another revision.
        return SignedRevision{*revision,
                              {},
                              0,
                              stored + "the library stored it as revision " +
                                  std::to_string(*revision) + ", not the revision " +
                                  std::to_string(prepared->revision) + " its PDF was drawn for",
                              {}};
    }
    const auto& identity = certificate->identity;
    if (auto kept = m_library->storeSignedPdf(
            assessmentId, *revision, pdf->signatures, pdf->bytes, m_actor,
            "PDF sign-off of revision " + std::to_string(*revision) + " PAdES-signed by " +
                signer.key.identity().name + " as " + signing::spelling(role) + " (PDF signature " +
                std::to_string(pdf->signatures) + ", certificate " + identity.subject() +
                (pdf->timestamp.empty() ? std::string(", no timestamp")
                                        : ", timestamp " + pdf->timestamp) +
                "), sha256 " + pdf->sha256);
        !kept) {
        return SignedRevision{*revision, {}, 0, stored + kept.error().message, {}};
    }
    return SignedRevision{*revision, pdf->sha256, pdf->signatures, {}, pdf->timestamp};
}

Result<SigningService::SignedPdf> SigningService::makeSignedPdf(const std::string& assessmentId,
                                                                const PreparedSignature& prepared,
                                                                const Signer& signer,
                                                                signing::SignatureRole role) const
{
    const int revision = prepared.revision;
    auto stored = m_library->signedPdf(assessmentId, revision);
    if (!stored) {
        return stored.error();
    }
    std::string pdf;
    if (*stored) {
        pdf = std::move(**stored);
    } else {
        // The first PDF signature of this revision: its sign-off as export-pdf draws it
        // (with the signature being made), drawn once into a private temporary file and
        // kept only in the library.
        const auto temporary =
            std::filesystem::temp_directory_path() / ("vouch-signoff-" + model::newUuid() + ".pdf");
        auto written =
            exportPdf(prepared.package, revision, temporary, m_library, report::Paper::A4);
        std::ifstream stream(temporary, std::ios::binary);
        pdf.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
        stream.close();
        std::error_code ec;
        std::filesystem::remove(temporary, ec);
        if (!written) {
            return written.error();
        }
    }
    const auto before = pdfsign::verifyPdfSignatures(pdf, {});
    if (!before.valid()) {
        return Error{"assessment " + assessmentId + " revision " + std::to_string(revision) +
                     ": the stored PDF sign-off does not verify (" + before.lines().back() +
                     "); not signing over it"};
    }
    const auto& certificate = *signer.certificate;
    pdfsign::SignatureAppearance look;
    look.name = signer.key.identity().name;
    const bool approver = role == signing::SignatureRole::Approver;
    look.role = approver ? "Approver" : "Assessor";
    const auto now = store::utcTimestamp();
    look.time = now.substr(0, 10) + " " + now.substr(11, 8) + " UTC";
    look.keyId = signer.key.publicKey().keyId.substr(0, 16);
    look.x = approver ? 306 : 36;
    look.binding = pdfsign::bindingText(signer.key.publicKey().raw, certificate.binding);
    std::optional<pdfsign::Timestamper> tsa;
    if (!m_timestampUrl.empty()) {
        if (auto problem = timestampUrlProblem(m_timestampUrl)) {
            return Error{*problem, ErrorKind::TimestampAuthority};
        }
        tsa = timestamperFor(m_timestampUrl);
    }
    auto signedPdf = pdfsign::signPdf(pdf, certificate.identity, look, tsa ? &*tsa : nullptr);
    if (!signedPdf) {
        return signedPdf.error();
    }
    const auto after = pdfsign::verifyPdfSignatures(*signedPdf, {});
    if (!after.valid() || !after.lastCoversWholeFile()) {
        return Error{"the signed PDF sign-off does not verify (" + after.lines().back() +
                     "); not stored"};
    }
    SignedPdf made;
    made.sha256 = model::sha256Hex(*signedPdf);
    made.signatures = static_cast<int>(after.signatures.size());
    if (const auto& stamp = after.signatures.back().timestamp; stamp && stamp->valid) {
        made.timestamp = stamp->time + " by " + stamp->authority;
    }
    made.bytes = std::move(*signedPdf);
    return made;
}

Result<SigningService::PreparedSignature>
SigningService::prepareSignature(const std::string& assessmentId, const signing::SigningKey& key,
                                 signing::SignatureRole role, const std::string& attestation,
                                 std::optional<int> expectedRevision,
                                 const BoundCertificate* certificate) const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    if (auto plain = checkSignedTexts(key, attestation); !plain) {
        return plain.error();
    }
    auto record = m_library->assessment(assessmentId);
    if (!record) {
        return record.error();
    }
    // An approver countersigns a sign-off, never a draft: under a newer draft (New
    // Revision) that is the latest signed revision, which stays in force until the draft
    // is signed.
    std::optional<int> target;
    if (*record && role == signing::SignatureRole::Approver && (*record)->status == "draft") {
        auto latest = m_library->latestSignedRevision(assessmentId);
        if (!latest) {
            return latest.error();
        }
        target = *latest;
    }
    if (expectedRevision && *record) {
        const int signing = target.value_or((*record)->currentRevision);
        if (signing != *expectedRevision) {
            return Error{m_library->path().string() + ": assessment " + assessmentId +
                             " would be signed at revision " + std::to_string(signing) +
                             " now, not the revision " + std::to_string(*expectedRevision) +
                             " you were shown; nothing was signed",
                         ErrorKind::Conflict};
        }
    }
    auto package = packageOf(assessmentId, target);
    if (!package) {
        return package.error();
    }
    const auto report = verify(*package);
    if (report.signatures.anyInvalid()) {
        return Error{"assessment " + assessmentId + ": " + firstInvalid(report.signatures) +
                     "; not signing over it"};
    }
    if (!report.consistent) {
        return Error{"assessment " + assessmentId + ": " + report.problem + "; not signing it"};
    }
    if (auto separate = checkSeparateKeys(
            *package, key, role,
            "assessment " + assessmentId +
                (target ? " revision " + std::to_string(*target) : std::string()));
        !separate) {
        return separate.error();
    }
    const bool wasDraft = package->signatures.empty();
    // The log's head goes into the statement: whoever holds the package can later tell
    // whether this library's log still holds it (statement format version 2).
    auto head = libraryHead(*m_library);
    if (!head) {
        return head.error();
    }
    if (auto added =
            signing::addSignature(*package, key, role, attestation, store::utcTimestamp(), *head);
        !added) {
        return added.error();
    }
    if (certificate != nullptr) {
        package->signatures.back().x509Certificate =
            pdfsign::certificateDer(certificate->identity.certificate.get());
        package->signatures.back().x509Binding = certificate->binding;
    }
    PreparedSignature prepared;
    prepared.fields = signedFields(*report.payload, package->signatures, m_intervals);
    if (wasDraft) {
        prepared.frozen = store::RevisionInput{package->payload, report.questionnaire->sha256,
                                               m_actor, store::RevisionKind::Signed};
    }
    prepared.target = target;
    // As store::Library::sign numbers it: the revision signed, or a draft frozen as the
    // next one.
    const int current = *record ? (*record)->currentRevision : 0;
    prepared.revision = target.value_or(current) + (wasDraft ? 1 : 0);
    prepared.package = std::move(*package);
    return prepared;
}

Result<int> SigningService::storeSignature(const std::string& assessmentId,
                                           const PreparedSignature& prepared) const
{
    return m_library->sign(assessmentId, prepared.fields, prepared.frozen,
                           storedSignature(prepared.package.signatures.back()), m_actor,
                           prepared.target);
}

Result<ExportedRevision> SigningService::exportPackage(const std::string& assessmentId,
                                                       const std::filesystem::path& path,
                                                       ExistingOutput existing,
                                                       std::optional<int> revision) const
{
    if (auto allowed = checkOutputTarget(path, existing); !allowed) {
        return allowed.error();
    }
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    auto exported = revisionToExport(*m_library, assessmentId, revision);
    if (!exported) {
        return exported.error();
    }
    auto package = packageOf(assessmentId, exported->number);
    if (!package) {
        return package.error();
    }
    if (auto written = writeFileAtomically(path, packageText(*package), "the package"); !written) {
        return written.error();
    }
    if (m_library->isReadOnly()) {
        return exported; // a library on read-only media can be read and exported, not audited
    }
    if (auto audited = m_library->recordAudit(
            store::AuditAction::Export, m_actor, assessmentId,
            "revision " + std::to_string(exported->number) + ", payload sha256 " +
                model::sha256Hex(package->payload) + " to " + path.string());
        !audited) {
        return audited.error();
    }
    return exported;
}

Result<SigningService::Imported> SigningService::importPackage(const signing::Package& package,
                                                               const std::string& displayName) const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    const auto report = verify(package);
    // Only what verifies as a sign-off by trusted signers enters the library: an
    // untrusted signature must not take a revision or a signature slot that a genuine
    // one needs later, and an unsigned edit must not land on a signed assessment.
    if (auto refusal = refusalOf(report, false)) {
        const auto* problem = report.trust.firstProblem(false);
        std::string advice;
        if (!report.trust.isSigned() && report.consistent) {
            advice = " (only signed packages are imported)";
        } else if (problem != nullptr && problem->state == TrustState::Untrusted &&
                   report.consistent) {
            advice = " (check the key id with the signer before you trust their public key)";
        }
        return Error{displayName + ": " + *refusal + "; not imported" + advice};
    }
    auto missingEvidence = storeCarried(*m_library, package, report, displayName);
    if (!missingEvidence) {
        return missingEvidence.error();
    }
    const auto signatures = storedSignaturesOf(package);
    const auto revision = revisionOfPackage(package, report, m_actor);
    auto inTheWay = untrustedRevisionInTheWay(*m_library, report.payload->assessmentId, package);
    if (!inTheWay) {
        return inTheWay.error();
    }
    auto outcome =
        m_library->importRevision(report.payload->assessmentId,
                                  signedFields(*report.payload, package.signatures, m_intervals),
                                  revision, signatures, m_actor, inTheWay->has_value());
    if (!outcome) {
        return outcome.error();
    }
    return Imported{report.payload->assessmentId, *outcome, *missingEvidence, *inTheWay};
}

Result<SigningService::ReceivedCopy>
SigningService::importReceivedCopy(const signing::Package& package,
                                   const std::string& displayName) const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    const auto report = verify(package);
    if (!report.consistent) {
        return Error{displayName + ": " + report.problem +
                     "; not imported, not even as a received copy"};
    }
    auto missingEvidence = storeCarried(*m_library, package, report, displayName);
    if (!missingEvidence) {
        return missingEvidence.error();
    }
    const auto signatures = storedSignaturesOf(package);
    const auto revision = revisionOfPackage(package, report, m_actor);
    auto copy = m_library->importReceivedCopy(
        model::newUuid(), report.payload->assessmentId,
        signedFields(*report.payload, package.signatures, m_intervals), revision, signatures,
        m_actor);
    if (!copy) {
        return copy.error();
    }
    return ReceivedCopy{copy->copyId, report.payload->assessmentId, copy->created, report.trust,
                        *missingEvidence};
}

Result<signing::PublicKey> SigningService::trust(const std::filesystem::path& publicKeyFile) const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    auto key = signing::loadPublicKey(publicKeyFile);
    if (!key) {
        return key.error();
    }
    auto identity = signing::loadIdentity(publicKeyFile);
    if (identity) {
        if (auto plain = checkSignerIdentity(*identity, publicKeyFile.string()); !plain) {
            return plain.error();
        }
    }
    const auto name = identity && !identity->name.empty()
                          ? identity->name
                          : std::string("(no name in the key file)");
    const auto email = identity ? identity->email : std::string();
    if (auto trusted = m_library->trustKey({key->keyId, key->pem, name, email, {}}, m_actor);
        !trusted) {
        return trusted.error();
    }
    return key;
}

Result<bool> SigningService::distrust(const std::string& keyId) const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    return m_library->distrustKey(keyId, m_actor);
}

Result<std::vector<store::TrustedKey>> SigningService::trustedKeys() const
{
    if (m_library == nullptr) {
        return Error{"no library"};
    }
    return m_library->trustedKeys();
}

} // namespace vouch::services
