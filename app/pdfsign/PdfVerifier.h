// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pdfsign/Cms.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::pdfsign {

// One PDF signature, in the order of the revisions they sign (1 = the first).
struct PdfSignatureCheck
{
    int number = 0;
    std::string fieldName;
    std::string signer;      // certificate subject
    std::string signerName;  // certificate common name
    std::string reason;      // /Reason: Vouch writes the role
    std::string signingTime; // the signed CMS signing-time (the signer's clock)
    // Its RFC 3161 signature timestamp, when it has one (PAdES B-T); an invalid one makes
    // the signature invalid.
    std::optional<TimestampCheck> timestamp;
    std::array<std::uint64_t, 4> byteRange{};
    std::uint64_t revisionEnd = 0; // the signed revision is the file's first revisionEnd bytes
    bool coversWholeFile = false;
    bool valid = false;                // ranges sane, CMS valid, nothing disallowed changed after
    std::vector<std::string> problems; // why not valid, one line each
    ChainState chain = ChainState::Untrusted;
    std::string chainDetail;
    std::string signerCertificateDer;
    // The Vouch key binding in its signature dictionary (/VouchBinding), when there is
    // one: the raw Ed25519 key its certificate's key signed. A binding that does not
    // verify under the signer's certificate makes the signature invalid.
    std::string boundKeyRaw;
    std::string boundKeyId; // hex SHA-256 of boundKeyRaw, as package key ids are
};

struct PdfSignaturesReport
{
    std::vector<PdfSignatureCheck> signatures;
    // Problems of the file as a whole: the last signature does not cover it, ...
    std::vector<std::string> problems;

    [[nodiscard]] bool hasSignatures() const { return !signatures.empty(); }
    [[nodiscard]] bool lastCoversWholeFile() const
    {
        return !signatures.empty() && signatures.back().coversWholeFile;
    }
    // No invalid signature and no file problem (trust of the chains aside).
    [[nodiscard]] bool valid() const;
    // One line per signature ("PDF signature 1: valid  Ada (Assessor) ..."), then one per
    // problem.
    [[nodiscard]] std::vector<std::string> lines() const;
};

[[nodiscard]] const char* spelling(ChainState state);

// Finds every PDF signature (each /ByteRange in the file) and checks it: byte ranges
// (start at 0, the gap is exactly the /Contents hex string, inside the file); the CMS
// over them; the signer's chain against `trustedPem`; that each incremental update
// after it only adds what signing adds (PdfRevisionDiff); and whether the last one
// covers the whole file. Never throws.
[[nodiscard]] PdfSignaturesReport verifyPdfSignatures(std::string_view pdf,
                                                      const std::vector<std::string>& trustedPem);

} // namespace vouch::pdfsign
