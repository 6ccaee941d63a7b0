// SPDX-License-Identifier: Apache-2.0
// The CMS (CAdES) half of a PAdES signature, through OpenSSL 3.
#pragma once

#include "model/Result.h"
#include "pdfsign/PdfIdentity.h"

#include <string>
#include <string_view>
#include <vector>

namespace vouch::pdfsign {

// A detached CMS SignedData over `signedBytes` (the PDF's byte ranges, concatenated):
// SHA-256, signer's certificate and chain included, signed attributes content-type,
// message-digest, signing-time and ESS signing-certificate-v2 (PAdES B-B). DER.
[[nodiscard]] Result<std::string> makeCadesSignature(std::string_view signedBytes,
                                                     const PdfSigningIdentity& identity);

enum class ChainState
{
    Trusted,
    Untrusted, // does not chain to a trusted certificate
    Expired,   // chains, but a certificate has expired (or is not yet valid)
    Invalid,   // any other chain failure (bad signature on a certificate, ...)
};

struct CmsCheck
{
    bool valid = false;     // the signature verifies over the data
    std::string problem;    // why not, when !valid
    std::string signer;     // subject of the signer's certificate
    std::string signerName; // its common name
    std::string signerCertificateDer;
    std::string signingTime; // the signed signing-time attribute, "" if none
    bool hasSigningCertificateV2 = false;
    ChainState chain = ChainState::Untrusted;
    std::string chainDetail; // OpenSSL's reason when not Trusted
};

// Checks a DER CMS signature (trailing zero padding allowed) over `signedBytes`, then
// the signer's certificate chain (with the certificates the CMS carries) against
// `trustedPem` (PEM certificates; roots or organisation CAs), at the current time.
[[nodiscard]] CmsCheck verifyCadesSignature(std::string_view der, std::string_view signedBytes,
                                            const std::vector<std::string>& trustedPem);

} // namespace vouch::pdfsign
