// SPDX-License-Identifier: Apache-2.0
// The CMS (CAdES) half of a PAdES signature, through OpenSSL 3.
#pragma once

#include "model/Result.h"
#include "pdfsign/PdfIdentity.h"
#include "pdfsign/Timestamp.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::pdfsign {

// A detached CMS SignedData over `signedBytes` (the PDF's byte ranges, concatenated):
// SHA-256, signer's certificate and chain included, signed attributes content-type,
// message-digest, signing-time and ESS signing-certificate-v2 (PAdES B-B). DER.
// With `tsa`, the SignerInfo also gets an RFC 3161 timestamp over its signature value as
// the unsigned attribute id-aa-signatureTimeStampToken (PAdES B-T); a TSA that gives no
// usable timestamp fails it (ErrorKind::TimestampAuthority).
[[nodiscard]] Result<std::string> makeCadesSignature(std::string_view signedBytes,
                                                     const PdfSigningIdentity& identity,
                                                     const Timestamper* tsa = nullptr);

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
    // The signature timestamp (unsigned attribute id-aa-signatureTimeStampToken), when
    // the SignerInfo carries one; one that is not valid makes `valid` false.
    std::optional<TimestampCheck> timestamp;
};

// Checks a DER CMS signature (trailing zero padding allowed) over `signedBytes`, then
// the signer's certificate chain (with the certificates the CMS carries) against
// `trustedPem` (PEM certificates; roots or organisation CAs), at the current time, and
// its signature timestamp if it has one (checkTimestampToken, the same trusted roots).
[[nodiscard]] CmsCheck verifyCadesSignature(std::string_view der, std::string_view signedBytes,
                                            const std::vector<std::string>& trustedPem);

} // namespace vouch::pdfsign
