// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "services/SignatureTrust.h"
#include "store/Library.h"
#include "store/Records.h"

#include <optional>
#include <string>
#include <vector>

namespace vouch::services {

// The decision that holds for an assessment: its latest signed revision with the
// signatures on it, judged against the trust list, and whether a newer draft is being
// worked on. New Revision starts a draft on top of a sign-off; until that draft is
// signed the earlier sign-off still decides, and every view must say so instead of
// showing the assessment as never signed.
struct DecisionInForce
{
    std::optional<int> signedRevision; // nullopt: never signed
    TrustVerdict signatures;           // on signedRevision, in signing order
    std::optional<int> draftRevision;  // the unsigned draft on top (or the only revision)

    [[nodiscard]] bool isSigned() const { return signedRevision.has_value(); }
    [[nodiscard]] bool hasDraftInProgress() const
    {
        return signedRevision && draftRevision && *draftRevision > *signedRevision;
    }
    // Whether a signature of this role ("assessor", "approver") is on the signed revision.
    [[nodiscard]] bool hasRole(const std::string& signatureRole) const;
    // The first signature of that role, or nullptr.
    [[nodiscard]] const SignerTrust* signatureAs(const std::string& signatureRole) const;
    // The signature roles in signing order, each once: {"assessor", "approver"}.
    [[nodiscard]] std::vector<std::string> roles() const;
    // One English line: "Signed rev. 71 (assessor and approver) · draft rev. 72 in
    // progress", "Signed rev. 3 (assessor)", "Draft rev. 2, never signed".
    [[nodiscard]] std::string summary() const;
};

// The decision in force of `record` (a row of the library): one query for the latest
// signed revision, and its signatures verified and judged by `trust`.
[[nodiscard]] Result<DecisionInForce> decisionInForce(const store::Library& library,
                                                      const SignatureTrust& trust,
                                                      const store::AssessmentRecord& record);
// The same for an assessment id.
[[nodiscard]] Result<DecisionInForce> decisionInForce(const store::Library& library,
                                                      const SignatureTrust& trust,
                                                      const std::string& assessmentId);

// "Dr. Alice Example (assessor, trusted) and Bob Approver (approver, not in your trust
// list)": the signatures of a decision, for a sentence.
[[nodiscard]] std::string signersSentence(const TrustVerdict& signatures);

// Why an approver cannot countersign now; None when they can.
enum class CountersignBlock
{
    None,
    AwaitingAssessor, // nothing signed yet, or no assessor signature on it
    AlreadyApproved,  // an approver has signed this revision
    InvalidSignature, // a signature on it does not verify or is a look-alike
};

// Whether the signed revision of `decision` can take an approver's signature. Untrusted
// assessor signatures do not block: the approver sees their trust state and decides. A
// newer draft on top does not block either: the countersignature goes on the signed
// revision, which stays in force, and the draft is left as it is.
[[nodiscard]] CountersignBlock countersignBlock(const DecisionInForce& decision);
// The same for the signatures of a package file (no library, no draft on top).
[[nodiscard]] CountersignBlock countersignBlock(const TrustVerdict& signatures);

} // namespace vouch::services
