// SPDX-License-Identifier: Apache-2.0
// The link between a signer's two keys: the X.509 key of their PDF signatures signs the
// raw Ed25519 public key of their package signatures. Whoever holds the certificate can
// check that the PDF signer and the package signer are one identity.
#pragma once

#include "model/Result.h"
#include "pdfsign/PdfIdentity.h"

#include <string>
#include <string_view>

namespace vouch::pdfsign {

// The bytes the X.509 key signs: "Vouch key binding 1\n" followed by the 32 raw bytes
// of the Ed25519 public key.
[[nodiscard]] std::string bindingMessage(std::string_view ed25519Raw);

// The X.509 key's signature (SHA-256; ECDSA DER or RSA PKCS#1 v1.5) of bindingMessage.
[[nodiscard]] Result<std::string> signBinding(const PdfSigningIdentity& identity,
                                              std::string_view ed25519Raw);

// True when `signature` is the binding of `ed25519Raw` by the key of `certificate`.
[[nodiscard]] bool checkBinding(const X509* certificate, std::string_view ed25519Raw,
                                std::string_view signature);

// The text of /VouchBinding: "ed25519=HEX;binding=HEX" (raw key, binding signature).
[[nodiscard]] std::string bindingText(std::string_view ed25519Raw, std::string_view signature);
// Its two parts; false when `text` is not of that form.
[[nodiscard]] bool parseBindingText(std::string_view text, std::string& ed25519Raw,
                                    std::string& signature);

// DER of a certificate, and back (nullptr when `der` is not one certificate).
[[nodiscard]] std::string certificateDer(const X509* certificate);
[[nodiscard]] Certificate certificateFromDer(std::string_view der);

// A PKCS#12 file holding the identity, its private key encrypted with `passphrase`
// (AES-256-CBC, PBKDF2 with `iterations`), its certificate and chain in clear.
[[nodiscard]] Result<std::string> toPkcs12(const PdfSigningIdentity& identity,
                                           std::string_view passphrase,
                                           const std::string& friendlyName, int iterations);

} // namespace vouch::pdfsign
