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
enum class PassphraseAdvice
{
    TooShort,   // below the minimum length: unusable
    Repetitive, // too many repeated characters
    Fair,       // a longer one, or one mixing words, digits and symbols, is stronger
    Good,       // longer is better still
    Strong,
};

struct PassphraseStrength
{
    int score = 0; // 0 unusable .. 4 strong
    PassphraseAdvice advice = PassphraseAdvice::TooShort;
};

[[nodiscard]] PassphraseStrength assessPassphrase(std::string_view passphrase);

// Where a new identity's key goes by default: <app data>/keys/<name>.key, the name in
// lower case with its letters and digits kept (any script: "Jürgen" stays "jürgen") and
// every run of other characters one hyphen.
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

// Who the window names as the author of what it saves: $VOUCH_ACTOR when set; else the
// signer identity in use, when `keyFolder` holds one person's identity, with the
// account it acts from ("Dana Officer (dana)"); else the account (currentActor()).
// With several people's identities on one machine the window cannot tell who is at the
// keyboard, so it does not guess.
[[nodiscard]] std::string authorOnThisMachine(const std::filesystem::path& keyFolder);

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
