// SPDX-License-Identifier: Apache-2.0
// What a verification found, in words: no PoDoFo here, so the program can word a
// report without loading the PDF signature module (PdfSignModule.h).
#include "pdfsign/PdfVerifier.h"

#include <algorithm>

namespace vouch::pdfsign {

const char* spelling(ChainState state)
{
    switch (state) {
    case ChainState::Trusted:
        return "certificate trusted";
    case ChainState::Untrusted:
        return "certificate not trusted here (no trusted root for it)";
    case ChainState::Expired:
        return "certificate expired or not yet valid";
    case ChainState::Invalid:
        return "certificate chain invalid";
    }
    return "certificate chain invalid";
}

bool PdfSignaturesReport::valid() const
{
    return problems.empty() && std::all_of(signatures.begin(), signatures.end(),
                                           [](const auto& check) { return check.valid; });
}

std::vector<std::string> PdfSignaturesReport::lines() const
{
    std::vector<std::string> out;
    for (const auto& check : signatures) {
        std::string line = "PDF signature " + std::to_string(check.number) + ": " +
                           (check.valid ? "valid" : "INVALID") + "  " +
                           (check.signerName.empty() ? "(unknown signer)" : check.signerName);
        if (!check.reason.empty()) {
            line += " (" + check.reason + ")";
        }
        if (!check.signingTime.empty()) {
            line += "  signed " + check.signingTime;
        }
        if (check.timestamp && check.timestamp->valid) {
            line += "  timestamp " + check.timestamp->time + " by " + check.timestamp->authority +
                    (check.timestamp->trusted ? " (RFC 3161; TSA certificate trusted)"
                                              : " (RFC 3161; not checked against a trusted root)");
        } else if (!check.timestamp && !check.signer.empty()) {
            line += "  no timestamp (the time is the signer's clock)";
        }
        line += check.coversWholeFile
                    ? "  covers the whole file"
                    : "  covers the first " + std::to_string(check.revisionEnd) + " bytes";
        if (!check.signer.empty()) { // no chain to judge when the CMS could not be read
            line += std::string("  ") + spelling(check.chain);
            if (check.chain != ChainState::Trusted && !check.chainDetail.empty()) {
                line += " (" + check.chainDetail + ")";
            }
        }
        if (!check.boundKeyId.empty()) {
            line += "  bound to signing key " + check.boundKeyId;
        }
        for (const auto& problem : check.problems) {
            line += "  -- " + problem;
        }
        out.push_back(line);
    }
    for (const auto& problem : problems) {
        out.push_back("PDF signatures: " + problem);
    }
    return out;
}

} // namespace vouch::pdfsign
