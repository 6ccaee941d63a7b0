// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "pdfsign/CryptoHandles.h"

#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>

namespace vouch::pdfsign {

// The X.509 side of a signer for PDF signatures: certificate, private key and the
// certificates between it and its root (possibly none). Held in memory only for as
// long as signing takes; it is not yet bound to the signer's Ed25519 package key.
struct PdfSigningIdentity
{
    Certificate certificate;
    PKey key;
    CertificateStack chain;
    bool selfSigned = false;

    // "CN=Ada Lovelace,O=Vouch self-signed,..." (RFC 2253 order).
    [[nodiscard]] std::string subject() const;
    // The first 16 hex digits of the SHA-256 of the certificate's public key (DER).
    [[nodiscard]] std::string keyId() const;
    // Its common name, or the subject when there is none.
    [[nodiscard]] std::string commonName() const;
};

// A certificate's subject (RFC 2253), common name and validity, for messages.
[[nodiscard]] std::string subjectOf(const X509* certificate);
[[nodiscard]] std::string commonNameOf(const X509* certificate);
// "2026-12-02 16:04:05 UTC"
[[nodiscard]] std::string describeTime(const ASN1_TIME* time);

// Reads a PKCS#12 file (RSA or ECDSA key). Errors, each one line: not PKCS#12; wrong
// passphrase; no private key or no certificate in it; a key that does not belong to the
// certificate; a certificate not yet valid or expired at `now` (naming both dates).
[[nodiscard]] Result<PdfSigningIdentity> loadPkcs12(std::string_view bytes,
                                                    std::string_view passphrase,
                                                    const std::string& where,
                                                    std::time_t now = std::time(nullptr));
[[nodiscard]] Result<PdfSigningIdentity> loadPkcs12File(const std::filesystem::path& path,
                                                        std::string_view passphrase);

// A fresh ECDSA P-256 key and a certificate for it that it signs itself, for officers
// whose organisation has no PKI. Its subject says so (O=Vouch self-signed), so a PDF
// reader shows whose it is but cannot trust it without the certificate itself.
[[nodiscard]] Result<PdfSigningIdentity>
makeSelfSignedIdentity(const std::string& name, const std::string& email, int validDays = 3 * 365);

} // namespace vouch::pdfsign
