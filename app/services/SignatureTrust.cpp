// SPDX-License-Identifier: Apache-2.0
#include "services/SignatureTrust.h"

#include "model/JsonDocument.h"
#include "services/AssessmentService.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <map>
#include <unicode/uspoof.h>

namespace vouch::services {
namespace {

// UTS #39 confusable skeletons (ICU's spoof checker, its confusables.txt data): two
// texts a reader cannot tell apart have the same skeleton, e.g. a Cyrillic "а" and a
// Latin "a". One checker for the process; ICU allows concurrent use of a checker once
// it is configured.
const USpoofChecker* spoofChecker()
{
    static const USpoofChecker* const checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker* opened = uspoof_open(&status);
        return U_SUCCESS(status) ? opened : nullptr;
    }();
    return checker;
}

std::string skeleton(const std::string& text)
{
    const auto* checker = spoofChecker();
    if (checker == nullptr) {
        return text; // no ICU data: compare the folded text itself
    }
    UErrorCode status = U_ZERO_ERROR;
    const auto length = static_cast<std::int32_t>(text.size());
    std::string result(text.size() * 4 + 16, '\0');
    const auto written = uspoof_getSkeletonUTF8(checker, 0, text.data(), length, result.data(),
                                                static_cast<std::int32_t>(result.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        result.assign(static_cast<std::size_t>(written), '\0');
        uspoof_getSkeletonUTF8(checker, 0, text.data(), length, result.data(), written, &status);
    }
    if (U_FAILURE(status)) {
        return text;
    }
    result.resize(static_cast<std::size_t>(written));
    return result;
}

// Names and e-mail addresses compared as a reader would: case, runs of spaces,
// compatibility forms (NFKC: a fullwidth "Ａ" is an "A") and confusable letters from
// other scripts do not make another person.
std::string folded(const std::string& text)
{
    const auto normal = QString::fromStdString(text)
                            .normalized(QString::NormalizationForm_KC)
                            .toCaseFolded()
                            .simplified();
    return skeleton(normal.toStdString());
}

bool sameName(const std::string& a, const std::string& b)
{
    const auto left = folded(a);
    return !left.empty() && left == folded(b);
}

// The trusted key's stand-in name when its file had none (SigningService::trust).
bool hasName(const store::TrustedKey& key)
{
    return !key.name.empty() && !key.name.starts_with("(no name");
}

bool claimsToBe(const signing::SignatureEntry& entry, const store::TrustedKey& key)
{
    return (hasName(key) && sameName(entry.signerName, key.name)) ||
           sameName(entry.signerEmail, key.email);
}

int severity(TrustState state)
{
    switch (state) {
    case TrustState::Invalid:
        return 3;
    case TrustState::LookAlike:
        return 2;
    case TrustState::Untrusted:
        return 1;
    case TrustState::Trusted:
        break;
    }
    return 0;
}

} // namespace

const char* spelling(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return "trusted";
    case TrustState::Untrusted:
        return "untrusted";
    case TrustState::LookAlike:
        return "look-alike";
    case TrustState::Invalid:
        break;
    }
    return "invalid";
}

std::string SignerTrust::sentence() const
{
    const auto number = "signature " + std::to_string(position);
    const auto who = signerName + (signerEmail.empty() ? "" : " <" + signerEmail + ">") + " (" +
                     signatureRole + "), key " + keyId;
    switch (state) {
    case TrustState::Trusted:
        return number + " by " + who + ", is valid and trusted";
    case TrustState::Untrusted:
        return number + " by " + who + ", is not trusted";
    case TrustState::LookAlike:
        return number + " (" + signatureRole + ") " + reason;
    case TrustState::Invalid:
        break;
    }
    return number + " by " + who + ", is invalid: " + reason;
}

std::optional<TrustState> TrustVerdict::overall() const
{
    std::optional<TrustState> worst;
    for (const auto& signer : signers) {
        if (!worst || severity(signer.state) > severity(*worst)) {
            worst = signer.state;
        }
    }
    return worst;
}

const SignerTrust* TrustVerdict::firstProblem(bool allowUntrusted) const
{
    for (const auto state : {TrustState::Invalid, TrustState::LookAlike, TrustState::Untrusted}) {
        if (state == TrustState::Untrusted && allowUntrusted) {
            break;
        }
        const auto found =
            std::find_if(signers.begin(), signers.end(),
                         [state](const SignerTrust& signer) { return signer.state == state; });
        if (found != signers.end()) {
            return &*found;
        }
    }
    return nullptr;
}

const SignerTrust* TrustVerdict::signedInAnotherRole(const std::string& keyId,
                                                     std::string_view role) const
{
    if (keyId.empty()) {
        return nullptr;
    }
    const auto found = std::find_if(signers.begin(), signers.end(), [&](const auto& signer) {
        return signer.keyId == keyId && signer.signatureRole != role;
    });
    return found == signers.end() ? nullptr : &*found;
}

int TrustVerdict::countWith(TrustState state) const
{
    return static_cast<int>(
        std::count_if(signers.begin(), signers.end(),
                      [state](const SignerTrust& signer) { return signer.state == state; }));
}

SignatureTrust::SignatureTrust(std::vector<store::TrustedKey> keys)
    : m_keys(std::move(keys))
{}

Result<SignatureTrust> SignatureTrust::of(const store::Library* library)
{
    if (library == nullptr) {
        return SignatureTrust();
    }
    auto keys = library->trustedKeys();
    if (!keys) {
        return keys.error();
    }
    return SignatureTrust(std::move(*keys));
}

bool SignatureTrust::isTrusted(const std::string& keyId) const
{
    return std::any_of(m_keys.begin(), m_keys.end(),
                       [&](const store::TrustedKey& key) { return key.keyId == keyId; });
}

SignerTrust SignatureTrust::judge(std::size_t position, const signing::SignatureEntry& entry,
                                  const signing::SignatureCheck& check) const
{
    SignerTrust result{position,
                       TrustState::Invalid,
                       entry.signerName,
                       entry.signerEmail,
                       entry.signatureRole,
                       entry.signedAt,
                       entry.keyId,
                       {}};
    if (check.state == signing::SignatureState::Invalid) {
        result.reason = check.reason;
        return result;
    }
    const auto own = std::find_if(m_keys.begin(), m_keys.end(), [&](const store::TrustedKey& key) {
        return key.keyId == entry.keyId;
    });
    // A trusted key is trusted as the signer it was trusted as; one that signs in the
    // name of another trusted signer is not that signer.
    const bool ownIdentity = own != m_keys.end() && claimsToBe(entry, *own);
    const auto claimed =
        ownIdentity ? m_keys.end()
                    : std::find_if(m_keys.begin(), m_keys.end(), [&](const store::TrustedKey& key) {
                          return key.keyId != entry.keyId && claimsToBe(entry, key);
                      });
    if (claimed != m_keys.end()) {
        const auto trustedName = hasName(*claimed) ? claimed->name : claimed->email;
        result.state = TrustState::LookAlike;
        result.reason = "claims to be " + entry.signerName +
                        (entry.signerEmail.empty() ? "" : " <" + entry.signerEmail + ">") +
                        " but key " + entry.keyId + " is not " + trustedName + "'s trusted key (" +
                        claimed->keyId + ")";
        return result;
    }
    result.state = own != m_keys.end() ? TrustState::Trusted : TrustState::Untrusted;
    return result;
}

TrustVerdict SignatureTrust::judge(const signing::Package& package,
                                   const signing::PackageVerification& verification) const
{
    TrustVerdict verdict;
    for (std::size_t i = 0; i < package.signatures.size() && i < verification.signatures.size();
         ++i) {
        verdict.signers.push_back(judge(i + 1, package.signatures[i], verification.signatures[i]));
    }
    return verdict;
}

Result<std::vector<signing::SignatureEntry>>
storedSignatures(const store::Library& library, const std::string& assessmentId, int revision)
{
    auto stored = library.signatures(assessmentId, revision);
    if (!stored) {
        return stored.error();
    }
    std::vector<signing::SignatureEntry> entries;
    for (const auto& signature : *stored) {
        const auto where = library.path().string() + " (signature " +
                           std::to_string(signature.position) + " of assessment " + assessmentId +
                           " revision " + std::to_string(revision) + ")";
        auto document = model::parseJsonText(signature.entry, where, model::kStoredJsonLimits);
        if (!document.ok()) {
            return joinedError(document.errors);
        }
        auto entry = signing::signatureFromJson(*document.value, where);
        if (!entry.ok()) {
            return joinedError(entry.errors);
        }
        entries.push_back(std::move(*entry.value));
    }
    return entries;
}

Result<TrustVerdict> SignatureTrust::judgeRevision(const store::Library& library,
                                                   const store::RevisionRecord& revision) const
{
    if (revision.kind != store::RevisionKind::Signed) {
        return TrustVerdict{};
    }
    auto stored = storedSignatures(library, revision.assessmentId, revision.number);
    if (!stored) {
        return stored.error();
    }
    signing::Package package;
    package.payload = revision.payload;
    package.signatures = std::move(*stored);
    const auto verification = signing::verifyPackage(
        package, [this](const std::string& keyId) { return isTrusted(keyId); });
    return judge(package, verification);
}

Result<TrustVerdict> SignatureTrust::judgeCurrent(const store::Library& library,
                                                  const std::string& assessmentId,
                                                  int currentRevision) const
{
    auto revision = library.revision(assessmentId, currentRevision);
    if (!revision) {
        return revision.error();
    }
    if (!*revision) {
        return TrustVerdict{};
    }
    return judgeRevision(library, **revision);
}

Result<std::vector<std::string>> trustListProblems(const store::Library& library)
{
    // key id -> the sequence number of the entry that trusted it, for keys trusted now.
    std::map<std::string, std::int64_t> replayed;
    const auto log = library.auditLog();
    constexpr int kBatch = 1000;
    for (std::int64_t after = 0;;) {
        auto entries = log.entries(after, kBatch);
        if (!entries) {
            return entries.error();
        }
        for (const auto& entry : *entries) {
            after = entry.seq;
            const bool trust = entry.action == store::spelling(store::AuditAction::Trust);
            if (!trust && entry.action != store::spelling(store::AuditAction::Distrust)) {
                continue;
            }
            // "key KEYID (name <e-mail>)" or "key KEYID" (Library::trustKey, distrustKey)
            const auto rest = std::string_view(entry.detail)
                                  .substr(std::min<std::size_t>(4, entry.detail.size()));
            const auto keyId = std::string(rest.substr(0, rest.find(' ')));
            if (trust) {
                replayed[keyId] = entry.seq;
            } else {
                replayed.erase(keyId);
            }
        }
        if (entries->size() < static_cast<std::size_t>(kBatch)) {
            break;
        }
    }
    auto keys = library.trustedKeys();
    if (!keys) {
        return keys.error();
    }
    std::vector<std::string> problems;
    for (const auto& key : *keys) {
        const auto who = "key " + key.keyId + " (" + key.name +
                         (key.email.empty() ? "" : " <" + key.email + ">") + ")";
        if (replayed.erase(key.keyId) == 0) {
            problems.push_back(who +
                               " is in the trust list, but no audit entry trusted it (the trust "
                               "list was changed behind Vouch's back)");
            continue;
        }
        auto publicKey = signing::publicKeyFromPem(key.publicKeyPem, who);
        if (!publicKey || publicKey->keyId != key.keyId) {
            problems.push_back(who + " in the trust list does not match its public key");
        }
    }
    for (const auto& [keyId, seq] : replayed) {
        problems.push_back("key " + keyId + " is trusted by audit entry " + std::to_string(seq) +
                           " but is not in the trust list (removed behind Vouch's back)");
    }
    return problems;
}

std::optional<TrustState> SignatureTrust::stateOf(const store::Library& library,
                                                  const store::AssessmentRecord& record) const
{
    if (record.status == "draft") {
        return std::nullopt;
    }
    auto verdict = judgeCurrent(library, record.id, record.currentRevision);
    if (!verdict) {
        return TrustState::Invalid;
    }
    return verdict->overall();
}

} // namespace vouch::services
