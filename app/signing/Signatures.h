// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "signing/Keys.h"
#include "signing/Package.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vouch::signing {

// The audit-log head of the library a signature was made in: which log (the hash of
// its first entry) and its newest entry then. Whoever holds the package can check that
// the log still holds that entry, so truncating or rewriting the log after the
// signature shows.
struct LibraryHead
{
    std::string logStart; // SHA-256 of audit entry 1
    std::int64_t seq = 0;
    std::string sha256;

    bool operator==(const LibraryHead&) const = default;
};

// What a signer attests to. Its RFC 8785 canonical bytes are what Ed25519 signs:
// the payload by its SHA-256, the attestation text, the signer, the role and time, and
// (so that an approver's signature covers them) the SHA-256 of every earlier signature.
struct SignatureStatement
{
    std::string payloadSha256;
    std::string attestation;
    SignerIdentity signer;
    std::string keyId;
    std::string signatureRole;
    std::string signedAt;
    std::vector<std::string> previousSignatures;
    std::optional<LibraryHead> libraryHead; // present: statement format version 2
};

// The library head a signature's statement binds; nullopt for a version 1 statement (or
// one that cannot be read, which then does not verify).
[[nodiscard]] std::optional<LibraryHead> boundHead(const SignatureEntry& entry);

[[nodiscard]] std::string statementBytes(const SignatureStatement& statement);

enum class SignatureRole
{
    Assessor,
    Approver
};
[[nodiscard]] const char* spelling(SignatureRole role);
[[nodiscard]] std::optional<SignatureRole> signatureRoleFromString(std::string_view text);

// Signs the package's payload and every signature already on it; appends the result.
[[nodiscard]] Result<void> addSignature(Package& package, const SigningKey& key, SignatureRole role,
                                        const std::string& attestation, const std::string& signedAt,
                                        const std::optional<LibraryHead>& head = std::nullopt);

enum class SignatureState
{
    Valid,
    ValidUntrusted,
    Invalid
};
[[nodiscard]] const char* spelling(SignatureState state);

struct SignatureCheck
{
    SignatureState state = SignatureState::Invalid;
    std::string reason; // why it is invalid; empty otherwise
    std::string signerName;
    std::string signatureRole;
    std::string signedAt;
    std::string keyId;
};

struct PackageVerification
{
    std::string payloadSha256;
    std::vector<SignatureCheck> signatures;

    [[nodiscard]] bool isSigned() const { return !signatures.empty(); }
    [[nodiscard]] bool anyInvalid() const;
    [[nodiscard]] bool anyUntrusted() const;
};

// Checks every signature: the Ed25519 signature over its statement, that the statement
// names this payload and exactly the earlier signatures, that the package's readable
// fields say what the statement says, and whether the key is trusted.
[[nodiscard]] PackageVerification
verifyPackage(const Package& package, const std::function<bool(const std::string&)>& isTrusted);

} // namespace vouch::signing
