// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "signing/Keys.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vouch::services {

// A hint while a passphrase is typed; the rule Vouch enforces is only the minimum
// length (signing::kMinimumPassphraseLength).
struct PassphraseStrength
{
    int score = 0; // 0 unusable .. 4 strong
    std::string hint;
};

[[nodiscard]] PassphraseStrength assessPassphrase(std::string_view passphrase);

// Where a new identity's key goes by default: <app data>/keys/<name>.key.
[[nodiscard]] std::filesystem::path defaultKeyPath(const std::string& signerName);
[[nodiscard]] std::filesystem::path defaultKeyFolder();

// A private key file the user can sign with, and who it says it belongs to.
struct KnownSigner
{
    std::filesystem::path keyPath;
    signing::SignerIdentity identity;
    std::string keyId; // of the public key file beside it; empty when that is unreadable
};

// The *.key files in `folder`, by signer name. A missing folder lists none.
[[nodiscard]] std::vector<KnownSigner> knownSigners(const std::filesystem::path& folder);

// A signer's name, role and e-mail go into key files and every signature, and signed
// texts are plain text (model::plainTextProblem): refused with the field named, as in
// "Name: contains HTML markup "<b>"; texts are plain text". `where` starts the message
// (a key file, or empty).
[[nodiscard]] Result<void> checkSignerIdentity(const signing::SignerIdentity& identity,
                                               const std::string& where = {});

struct CertificateSummary;

// Refuses an identity that is not plain text, then writes the key files and the
// identity's self-signed certificate for PDF signatures with its binding
// (services/SignerCertificate.h: KEY.p12, KEY.binding), described in `certificate`.
[[nodiscard]] Result<signing::PublicKey>
createSignerIdentity(const std::filesystem::path& keyPath, const signing::SignerIdentity& identity,
                     std::string_view passphrase, CertificateSummary* certificate = nullptr);

} // namespace vouch::services
