// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/Result.h"
#include "signing/OpenSslHandles.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace vouch::signing {

// Who a key belongs to, as written into the key files and every signature.
struct SignerIdentity
{
    std::string name;
    std::string role;
    std::string email;
};

// An Ed25519 public key: the raw 32 bytes, and its id (hex SHA-256 of them).
struct PublicKey
{
    std::string raw;
    std::string keyId;
    std::string pem; // SubjectPublicKeyInfo, as `openssl pkey -pubin` reads it
};

// A decrypted private key, held only in memory for as long as a signature takes.
class SigningKey
{
public:
    SigningKey(PKeyHandle key, SignerIdentity identity, PublicKey publicKey)
        : m_key(std::move(key))
        , m_identity(std::move(identity))
        , m_public(std::move(publicKey))
    {}

    [[nodiscard]] const SignerIdentity& identity() const { return m_identity; }
    [[nodiscard]] const PublicKey& publicKey() const { return m_public; }
    // The 64-byte Ed25519 signature of `message`.
    [[nodiscard]] Result<std::string> sign(std::string_view message) const;

private:
    PKeyHandle m_key;
    SignerIdentity m_identity;
    PublicKey m_public;
};

// PBKDF2-HMAC-SHA256 iterations for the encrypted private key (OWASP 2023: 600,000).
inline constexpr int kKeyDerivationIterations = 600000;
inline constexpr std::size_t kMinimumPassphraseLength = 10;

// Makes an Ed25519 key pair and writes `privatePath` (encrypted PKCS#8 PEM, AES-256-CBC,
// PBKDF2-HMAC-SHA256, mode 0600) and `privatePath` + ".pub" (public key PEM). Both
// files start with the identity as "Name: ..." lines, which PEM readers (openssl pkey)
// skip. Existing files are never overwritten. Returns the public key.
[[nodiscard]] Result<PublicKey> generateKeyFiles(const std::filesystem::path& privatePath,
                                                 const SignerIdentity& identity,
                                                 std::string_view passphrase);

// Decrypts a private key file; a wrong passphrase is an error, not a crash.
[[nodiscard]] Result<SigningKey> loadSigningKey(const std::filesystem::path& privatePath,
                                                std::string_view passphrase);

// Reads a public key PEM (a .pub file, or PEM text from a package).
[[nodiscard]] Result<PublicKey> publicKeyFromPem(std::string_view pem, const std::string& where);
[[nodiscard]] Result<PublicKey> loadPublicKey(const std::filesystem::path& path);
// The identity lines of a key file, if any.
[[nodiscard]] Result<SignerIdentity> loadIdentity(const std::filesystem::path& path);

// True if `signature` is a valid Ed25519 signature of `message` under `publicKey`.
[[nodiscard]] bool verifySignature(const PublicKey& publicKey, std::string_view message,
                                   std::string_view signature);

[[nodiscard]] std::filesystem::path publicKeyPathFor(const std::filesystem::path& privatePath);

} // namespace vouch::signing
