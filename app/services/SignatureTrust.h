// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "signing/Package.h"
#include "signing/Signatures.h"
#include "store/Library.h"
#include "store/Records.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::services {

// How far one signature can be relied on here. The one place that decides it: verify,
// import, list, show, history and the window all ask this.
enum class TrustState
{
    Trusted,   // valid, and its key is in the library's trust list
    Untrusted, // valid, but the key is not trusted here
    LookAlike, // valid, untrusted, and it uses the name or e-mail of a trusted signer
    Invalid,   // the signature does not verify
};
// "trusted", "untrusted", "look-alike", "invalid".
[[nodiscard]] const char* spelling(TrustState state);

struct SignerTrust
{
    std::size_t position = 0; // 1-based, in signing order
    TrustState state = TrustState::Invalid;
    std::string signerName;
    std::string signerEmail;
    std::string signatureRole;
    std::string signedAt;
    std::string keyId;
    // Invalid: why. LookAlike: "claims to be NAME <E-MAIL> but key K is not NAME's
    // trusted key (TRUSTED KEY)". Empty otherwise.
    std::string reason;

    // One line about this signature, naming signer and key: "signature 2 by Eve
    // <eve@x> (approver), key K, is not trusted", "signature 1 claims to be ...".
    [[nodiscard]] std::string sentence() const;
};

// The signatures of one package or revision, judged.
struct TrustVerdict
{
    std::vector<SignerTrust> signers;

    [[nodiscard]] bool isSigned() const { return !signers.empty(); }
    // The worst state (invalid, look-alike, untrusted, trusted); nullopt when unsigned.
    [[nodiscard]] std::optional<TrustState> overall() const;
    // The first signature that is not acceptable: invalid or a look-alike always,
    // untrusted unless `allowUntrusted`. Invalid ones come first, then look-alikes.
    [[nodiscard]] const SignerTrust* firstProblem(bool allowUntrusted) const;
    [[nodiscard]] int countWith(TrustState state) const;
    // Four eyes, known before any passphrase: the signature that `keyId` made in a role
    // other than `role` (an assessor about to approve their own work), or null.
    [[nodiscard]] const SignerTrust* signedInAnotherRole(const std::string& keyId,
                                                         std::string_view role) const;
};

// A library's trust list, read once, and the judgement of signatures against it.
class SignatureTrust
{
public:
    SignatureTrust() = default; // trusts nobody
    explicit SignatureTrust(std::vector<store::TrustedKey> keys);
    // The trust list of `library`; null trusts nobody.
    [[nodiscard]] static Result<SignatureTrust> of(const store::Library* library);

    [[nodiscard]] bool isTrusted(const std::string& keyId) const;
    [[nodiscard]] const std::vector<store::TrustedKey>& keys() const { return m_keys; }

    // `check` is signing::verifyPackage's verdict on `entry`.
    [[nodiscard]] SignerTrust judge(std::size_t position, const signing::SignatureEntry& entry,
                                    const signing::SignatureCheck& check) const;
    [[nodiscard]] TrustVerdict judge(const signing::Package& package,
                                     const signing::PackageVerification& verification) const;
    // Verifies the signatures stored with a library revision (against its payload) and
    // judges them. A draft has none.
    [[nodiscard]] Result<TrustVerdict> judgeRevision(const store::Library& library,
                                                     const store::RevisionRecord& revision) const;
    // The same for an assessment's current revision.
    [[nodiscard]] Result<TrustVerdict> judgeCurrent(const store::Library& library,
                                                    const std::string& assessmentId,
                                                    int currentRevision) const;

    // The overall state of an assessment's current revision, for a list: nullopt for a
    // draft; a signature that cannot even be read counts as invalid.
    [[nodiscard]] std::optional<TrustState> stateOf(const store::Library& library,
                                                    const store::AssessmentRecord& record) const;

private:
    std::vector<store::TrustedKey> m_keys;
};

// Replays the audit log's trust and distrust entries and compares the result with the
// trust list: a key in the list that no entry trusted (a row inserted with sqlite3), a
// key an entry trusted that is gone without a distrust entry, and a key whose id is not
// the SHA-256 of its public key. One line per problem, each naming the key; empty when
// they agree. `audit --verify` reports them.
[[nodiscard]] Result<std::vector<std::string>> trustListProblems(const store::Library& library);

// The signatures stored for one revision, read back from their JSON entries.
[[nodiscard]] Result<std::vector<signing::SignatureEntry>>
storedSignatures(const store::Library& library, const std::string& assessmentId, int revision);

} // namespace vouch::services
