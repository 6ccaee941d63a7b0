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
    bool contentsConsistent = true;
    std::string xmpMetadata; // embedded as the document's XMP packet
    Paper paper = Paper::A4;
};

} // namespace vouch::report
