// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/AssessmentPayload.h"
#include "model/Questionnaire.h"

#include <optional>
#include <string>
#include <vector>

namespace vouch::report {

// One signature as the sign-off block shows it, with its state at export time.
struct SignatureLine
{
    std::string name;
    std::string role;
    std::string email;
    std::string signatureRole;
    std::string signedAt;
    std::string keyId;
    std::string state; // valid, valid-untrusted, invalid
    std::string attestation;
};

enum class Paper
{
    A4,
    Letter
};

// A draft exported while an earlier revision of the assessment is signed: the signed
// revision still decides, and the PDF of the draft must say so.
struct SignedInForce
{
    int revision = 0;
    std::string signers; // "Dr. Alice Example (assessor, trusted) and Bob (approver, ...)"
};

// Everything the PDF shows, already verified and evaluated by the services layer.
struct ReportInput
{
    const model::Questionnaire* questionnaire = nullptr;
    model::AssessmentPayload payload;
    std::string payloadSha256;
    std::optional<int> revision; // unknown for a package that did not come from a library
    std::string assessmentDate;  // YYYY-MM-DD: the first signature's date, or the export date
    std::string exportedAt;      // UTC timestamp
    std::vector<SignatureLine> signatures;
    std::optional<SignedInForce> signedInForce; // only for an unsigned draft
    bool contentsConsistent = true;
    std::string xmpMetadata; // embedded as the document's XMP packet
    Paper paper = Paper::A4;
};

} // namespace vouch::report
