// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Diagnostic.h"
#include "model/Result.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vouch::signing {

inline constexpr std::string_view kPackageFormat = "vouch-package/1";
inline constexpr std::string_view kStatementFormat = "vouch-signature-statement/1";
// Version 2 adds `library_head`: the audit-log head of the library the signature was made
// in. Version 1 statements keep verifying; new library signatures are version 2.
inline constexpr std::string_view kStatementFormatWithHead = "vouch-signature-statement/2";
inline constexpr std::string_view kAlgorithm = "Ed25519";

// One signature in a package. `statement` holds the exact bytes that were signed (the
// RFC 8785 canonical JSON of what the signer attested to, see SignatureStatement);
// the other fields repeat what the statement says, for people reading the package,
// and must agree with it.
struct SignatureEntry
{
    std::string signerName;
    std::string signerRole;
    std::string signerEmail;
    std::string keyId;
    std::string publicKeyPem;
    std::string signedAt;      // UTC, ISO 8601
    std::string signatureRole; // assessor, approver
    std::string algorithm;
    std::string attestation;
    std::string statement; // the signed bytes
    std::string signature; // 64 bytes
    // The signer's X.509 certificate (DER) for PDF signatures, and the binding: its key's
    // signature of the Ed25519 key (pdfsign/KeyBinding.h). Both empty for a signer
    // without a certificate. Outside the statement: the binding authenticates itself.
    std::string x509Certificate;
    std::string x509Binding;
};

// An evidence file: its bytes, or only its hash when the package travels where the
// files do not (the copy embedded in a PDF).
struct PackageAttachment
{
    std::string sha256;
    std::optional<std::string> data;
};

// A .vouch file: everything needed to check and reopen an assessment anywhere. The
// payload and questionnaire are kept as their exact canonical bytes, so "not one byte
// changed" can be checked byte for byte.
struct Package
{
    std::string payload;       // canonical assessment payload
    std::string questionnaire; // canonical questionnaire snapshot
    std::vector<PackageAttachment> attachments;
    std::vector<SignatureEntry> signatures;
};

[[nodiscard]] nlohmann::json packageToJson(const Package& package);
[[nodiscard]] nlohmann::json signatureToJson(const SignatureEntry& entry);
[[nodiscard]] model::Loaded<SignatureEntry> signatureFromJson(const nlohmann::json& value,
                                                              const std::string& displayName);

// Reads and checks the structure (format, types, base64, hashes that the package
// states about itself). Signatures are not verified here; see Verifier.
[[nodiscard]] model::Loaded<Package> packageFromJson(const nlohmann::json& document,
                                                     const std::string& displayName);
[[nodiscard]] model::Loaded<Package> readPackageFile(const std::filesystem::path& path);
// The same from bytes already read: a JSON package, or a PDF sign-off that embeds one.
[[nodiscard]] model::Loaded<Package> packageFromBytes(std::string_view bytes,
                                                      const std::string& displayName);

// What a package carries, read as strictly as a file: the questionnaire snapshot loads,
// the payload is JSON (no duplicate keys, plain text) and a valid assessment of that
// questionnaire, and evidence carried has the size the payload declares. A package that
// fails this cannot be shown, judged or imported: it is unreadable like broken JSON, not
// merely inconsistent. Verification (services::SigningService) checks what a readable
// package can still get wrong: canonical form, the questionnaire's hash, the evaluation,
// evidence missing or extra. Empty when readable.
[[nodiscard]] std::vector<model::Diagnostic> unreadableContents(const Package& package,
                                                                const std::string& displayName);

// The same package with evidence referenced by hash only.
[[nodiscard]] Package withoutEvidenceBytes(Package package);

// Packages may carry up to 50 MiB evidence files, base64-encoded.
inline constexpr std::size_t kMaxPackageBytes = 512U * 1024U * 1024U;

} // namespace vouch::signing
