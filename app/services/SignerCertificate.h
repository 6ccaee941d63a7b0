// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "pdfsign/PdfIdentity.h"
#include "signing/Keys.h"

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vouch::services {

// An identity's X.509 side, for PDF signatures, lives beside its Ed25519 key file KEY:
//   KEY.p12      PKCS#12: the certificate (and chain) in clear, its private key encrypted
//                with the identity's passphrase (AES-256-CBC, PBKDF2-HMAC-SHA256);
//   KEY.binding  the certificate key's signature of the Ed25519 public key
//                (pdfsign/KeyBinding.h), so the two keys are one identity.
[[nodiscard]] std::filesystem::path certificatePathFor(const std::filesystem::path& keyPath);
[[nodiscard]] std::filesystem::path bindingPathFor(const std::filesystem::path& keyPath);

// A certificate bound to the Ed25519 key it was loaded with.
struct BoundCertificate
{
    pdfsign::PdfSigningIdentity identity;
    std::string binding; // the binding signature (raw bytes)
};

// What a certificate is, for people: "CN=Ada,O=Vouch self-signed (self-signed by Vouch,
// ECDSA P-256), valid 2026-12-03 ... to 2029-12-02 ...".
struct CertificateSummary
{
    std::string path;
    std::string subject;
    std::string issuer;
    std::string validity;
    bool selfSigned = false;

    [[nodiscard]] std::string describe() const;
};

// Makes the self-signed ECDSA P-256 certificate of a new identity ("self-signed by
// Vouch") and writes KEY.p12 and KEY.binding. Refuses to replace existing files.
[[nodiscard]] Result<CertificateSummary>
makeSelfSignedCertificate(const std::filesystem::path& keyPath, const signing::SignerIdentity& who,
                          const signing::PublicKey& publicKey, std::string_view passphrase);

// Replaces an identity's certificate with an organisation's PKCS#12 (RSA or ECDSA): the
// identity's own passphrase must open its key (it re-encrypts the new KEY.p12 and proves
// the identity is the caller's); the PKCS#12 must be valid at `now` (refused naming both
// dates). Writes KEY.p12 and KEY.binding, each atomically.
[[nodiscard]] Result<CertificateSummary> attachCertificate(const std::filesystem::path& keyPath,
                                                           std::string_view passphrase,
                                                           const std::filesystem::path& pkcs12,
                                                           std::string_view pkcs12Passphrase,
                                                           std::time_t now = std::time(nullptr));

// Loads KEY.p12 with the identity's passphrase and checks KEY.binding against the
// Ed25519 key: nullopt when the identity has no KEY.p12 (made before certificates). A
// certificate that is not bound to this key (a KEY.p12 swapped for another one's) is
// refused in one line naming the files.
[[nodiscard]] Result<std::optional<BoundCertificate>>
loadBoundCertificate(const std::filesystem::path& keyPath, std::string_view passphrase,
                     const signing::PublicKey& publicKey);

// Everything a signer signs with: the package key and, when the identity has one, its
// bound certificate for the PDF signature.
struct Signer
{
    signing::SigningKey key;
    std::optional<BoundCertificate> certificate;
    // Why there is no certificate (for the signing message); empty when there is one.
    std::string noCertificate;
};

// Decrypts KEY and loads its certificate. An identity made before certificates gets
// its self-signed one now (written beside the key, as keygen would have); if that
// cannot be written the signer has none and `noCertificate` says why.
[[nodiscard]] Result<Signer> loadSigner(const std::filesystem::path& keyPath,
                                        std::string_view passphrase);

} // namespace vouch::services
