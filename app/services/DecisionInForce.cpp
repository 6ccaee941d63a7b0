// SPDX-License-Identifier: Apache-2.0
#include "services/DecisionInForce.h"

#include <algorithm>

namespace vouch::services {
namespace {

const char* trustWords(TrustState state)
{
    switch (state) {
    case TrustState::Trusted:
        return "trusted";
    case TrustState::Untrusted:
        return "not in your trust list";
    case TrustState::LookAlike:
        return "look-alike signer";
    case TrustState::Invalid:
        break;
    }
    return "invalid signature";
}

} // namespace

std::string signersSentence(const TrustVerdict& signatures)
{
    std::string text;
    const auto& signers = signatures.signers;
    for (std::size_t i = 0; i < signers.size(); ++i) {
        text += (i == 0                    ? ""
                 : i + 1 == signers.size() ? " and "
                                           : ", ") +
                signers[i].signerName + " (" + signers[i].signatureRole + ", " +
                trustWords(signers[i].state) + ")";
    }
    return text;
}

bool DecisionInForce::hasRole(const std::string& signatureRole) const
{
    return signatureAs(signatureRole) != nullptr;
}

const SignerTrust* DecisionInForce::signatureAs(const std::string& signatureRole) const
{
    const auto& signers = signatures.signers;
    const auto found = std::find_if(signers.begin(), signers.end(), [&](const SignerTrust& s) {
        return s.signatureRole == signatureRole;
    });
    return found != signers.end() ? &*found : nullptr;
}

std::vector<std::string> DecisionInForce::roles() const
{
    std::vector<std::string> result;
    for (const auto& signer : signatures.signers) {
        if (std::find(result.begin(), result.end(), signer.signatureRole) == result.end()) {
            result.push_back(signer.signatureRole);
        }
    }
    return result;
}

std::string DecisionInForce::summary() const
{
    if (!signedRevision) {
        return draftRevision ? "Draft rev. " + std::to_string(*draftRevision) + ", never signed"
                             : std::string("Never signed");
    }
    std::string roleText;
    const auto names = roles();
    for (std::size_t i = 0; i < names.size(); ++i) {
        roleText += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    }
    std::string text = "Signed rev. " + std::to_string(*signedRevision) + " (" + roleText + ")";
    if (hasDraftInProgress()) {
        text += " \u00b7 draft rev. " + std::to_string(*draftRevision) + " in progress";
    }
    return text;
}

Result<DecisionInForce> decisionInForce(const store::Library& library, const SignatureTrust& trust,
                                        const store::AssessmentRecord& record)
{
    DecisionInForce decision;
    if (record.status == "draft") {
        decision.draftRevision = record.currentRevision;
    }
    auto latest = library.latestSignedRevision(record.id);
    if (!latest) {
        return latest.error();
    }
    if (!*latest) {
        return decision;
    }
    decision.signedRevision = **latest;
    auto revision = library.revision(record.id, **latest);
    if (!revision) {
        return revision.error();
    }
    if (!*revision) {
        return Error{library.path().string() + ": assessment " + record.id +
                     " lost its signed revision " + std::to_string(**latest)};
    }
    auto judged = trust.judgeRevision(library, **revision);
    if (!judged) {
        return judged.error();
    }
    decision.signatures = std::move(*judged);
    return decision;
}

Result<DecisionInForce> decisionInForce(const store::Library& library, const SignatureTrust& trust,
                                        const std::string& assessmentId)
{
    auto record = library.assessment(assessmentId);
    if (!record) {
        return record.error();
    }
    if (!*record) {
        return Error{library.path().string() + ": no assessment " + assessmentId};
    }
    return decisionInForce(library, trust, **record);
}

CountersignBlock countersignBlock(const TrustVerdict& signatures)
{
    const auto has = [&](const std::string& role) {
        return std::any_of(signatures.signers.begin(), signatures.signers.end(),
                           [&](const SignerTrust& s) { return s.signatureRole == role; });
    };
    if (signatures.countWith(TrustState::Invalid) > 0 ||
        signatures.countWith(TrustState::LookAlike) > 0) {
        return CountersignBlock::InvalidSignature;
    }
    if (has("approver")) {
        return CountersignBlock::AlreadyApproved;
    }
    if (!has("assessor")) {
        return CountersignBlock::AwaitingAssessor;
    }
    return CountersignBlock::None;
}

CountersignBlock countersignBlock(const DecisionInForce& decision)
{
    return countersignBlock(decision.signatures);
}

} // namespace vouch::services
