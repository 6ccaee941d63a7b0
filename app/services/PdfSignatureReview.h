// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "pdfsign/PdfIdentity.h"
#include "pdfsign/PdfSigner.h"
#include "pdfsign/PdfVerifier.h"
#include "services/OutputTarget.h"
#include "signing/Package.h"
#include "store/Records.h"

#include <filesystem>
#include <optional>
#include <string>

namespace vouch::services {

// The PDF signatures of a sign-off (app/pdfsign), and the sign-off as Vouch wrote it.
struct PdfSignatureReview
{
    pdfsign::PdfSignaturesReport report;
    // The bytes before the first signature's incremental update: the sign-off as Vouch
    // wrote it, where its package is read from. Empty when that revision cannot be
    // found, or when the first signature's gap starts inside it (then the package
    // would not be inside the signed bytes); `problem` says which.
    std::string original;
    std::string problem;
};

// nullopt for a file that is not a PDF or has no PDF signature: it is judged exactly as
// before PDF signatures existed. No certificate is trusted yet (the trust list holds
// Ed25519 keys only), so every chain is reported as not trusted here.
[[nodiscard]] std::optional<PdfSignatureReview>
reviewPdfSignatures(const std::filesystem::path& path);

// Who signed each PDF signature, through the Vouch key binding its signature dictionary
// carries: the package signature with the bound key (its stored certificate must be the
// PDF signer's), else the trust list's entry for it (a later signature, the approver's,
// is not in the package embedded before the first PDF signature). `problems` (one line
// each) make the file not accepted: a certificate that differs from the one the package
// signature carries, or a bound key that signed in another role.
struct PdfSignerBindings
{
    std::vector<std::string> lines;
    std::vector<std::string> problems;
};
[[nodiscard]] PdfSignerBindings bindPdfSigners(const pdfsign::PdfSignaturesReport& report,
                                               const signing::Package& package,
                                               const std::vector<store::TrustedKey>& trusted);

// Signs a PDF file with a PKCS#12 identity as `role` ("Assessor", "Approver"), the
// block on the last page (assessor left, approver right), and writes `out` under the
// output policy. The file must not carry an invalid PDF signature already. With
// `timestampUrl`, the signature gets an RFC 3161 timestamp from that TSA (nothing is
// written when it gives none). Returns the check of the new file.
[[nodiscard]] Result<pdfsign::PdfSignaturesReport>
signPdfFile(const std::filesystem::path& in, const std::filesystem::path& pkcs12,
            std::string_view passphrase, const std::string& role, const std::filesystem::path& out,
            ExistingOutput existing, const std::string& timestampUrl = {});

} // namespace vouch::services
