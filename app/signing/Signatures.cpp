// SPDX-License-Identifier: Apache-2.0
#include "signing/Signatures.h"

#include "model/CanonicalJson.h"
#include "model/Sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace vouch::signing {
namespace {

using nlohmann::json;

json statementToJson(const SignatureStatement& statement)
{
    json fields = {{"format", kStatementFormat},
                   {"payload_sha256", statement.payloadSha256},
                   {"attestation", statement.attestation},
                   {"signer",
                    {{"name", statement.signer.name},
                     {"role", statement.signer.role},
                     {"email", statement.signer.email}}},
                   {"key_id", statement.keyId},
                   {"signature_role", statement.signatureRole},
                   {"signed_at", statement.signedAt},
                   {"algorithm", kAlgorithm},
                   {"previous_signatures", statement.previousSignatures}};
    if (statement.libraryHead) {
        fields["format"] = kStatementFormatWithHead;
        fields["library_head"] = {{"log_start", statement.libraryHead->logStart},
                                  {"seq", statement.libraryHead->seq},
                                  {"sha256", statement.libraryHead->sha256}};
    }
    return fields;
}

std::vector<std::string> signatureHashes(const std::vector<SignatureEntry>& entries,
                                         std::size_t count)
{
    std::vector<std::string> hashes;
    for (std::size_t i = 0; i < count && i < entries.size(); ++i) {
        hashes.push_back(model::sha256Hex(entries[i].signature));
    }
    return hashes;
}

// The statement an entry claims to have signed, rebuilt from the package; a valid
// signature must have signed exactly these bytes.
SignatureStatement expectedStatement(const Package& package, std::size_t index,
                                     const std::string& payloadSha256)
{
    const auto& entry = package.signatures[index];
    return {payloadSha256,
            entry.attestation,
            {entry.signerName, entry.signerRole, entry.signerEmail},
            entry.keyId,
            entry.signatureRole,
            entry.signedAt,
            signatureHashes(package.signatures, index),
            boundHead(entry)};
}

SignatureCheck checkSignature(const Package& package, std::size_t index,
                              const std::string& payloadSha256,
                              const std::function<bool(const std::string&)>& isTrusted)
{
    const auto& entry = package.signatures[index];
    SignatureCheck check{SignatureState::Invalid, {},         entry.signerName, entry.signatureRole,
                         entry.signedAt,          entry.keyId};
    if (entry.algorithm != kAlgorithm) {
        check.reason = "unknown signature algorithm \"" + entry.algorithm + "\"";
        return check;
    }
    if (!signatureRoleFromString(entry.signatureRole)) {
        check.reason = "unknown signature role \"" + entry.signatureRole + "\"";
        return check;
    }
    const auto publicKey =
        publicKeyFromPem(entry.publicKeyPem, "signature " + std::to_string(index + 1));
    if (!publicKey) {
        check.reason = "the public key cannot be read";
        return check;
    }
    if (publicKey->keyId != entry.keyId) {
        check.reason = "the key id does not match the public key";
        return check;
    }
    if (!verifySignature(*publicKey, entry.statement, entry.signature)) {
        check.reason = "the signature does not match what it claims to sign";
        return check;
    }
    // The signature is genuine for `statement`; now the statement must be about this
    // package: its payload, its readable fields and exactly the earlier signatures.
    const auto expected = statementBytes(expectedStatement(package, index, payloadSha256));
    if (entry.statement != expected) {
        const auto signedJson = json::parse(entry.statement, nullptr, false);
        if (signedJson.is_object() && signedJson.value("payload_sha256", "") != payloadSha256) {
            check.reason =
                "it was made for a different payload (the assessment was changed after signing)";
        } else if (signedJson.is_object() &&
                   signedJson.value("previous_signatures", json::array()) !=
                       json(signatureHashes(package.signatures, index))) {
            check.reason = "the signatures before it were removed, reordered or replaced";
        } else {
            check.reason = "the package describes the signature differently from what was signed";
        }
        return check;
    }
    check.state = isTrusted(entry.keyId) ? SignatureState::Valid : SignatureState::ValidUntrusted;
    return check;
}

} // namespace

std::optional<LibraryHead> boundHead(const SignatureEntry& entry)
{
    const auto statement = json::parse(entry.statement, nullptr, false);
    if (!statement.is_object()) {
        return std::nullopt;
    }
    const auto format = statement.value("format", json());
    if (!format.is_string() || format.get<std::string>() != kStatementFormatWithHead) {
        return std::nullopt;
    }
    const auto head = statement.value("library_head", json());
    if (!head.is_object() || !head.value("log_start", json()).is_string() ||
        !head.value("seq", json()).is_number_integer() ||
        !head.value("sha256", json()).is_string()) {
        return std::nullopt;
    }
    return LibraryHead{head["log_start"].get<std::string>(), head["seq"].get<std::int64_t>(),
                       head["sha256"].get<std::string>()};
}

std::string statementBytes(const SignatureStatement& statement)
{
    auto canonical = model::canonicalJson(statementToJson(statement));
    // Only strings from checked UTF-8 sources go in; if one is not valid UTF-8 the
    // statement cannot be canonical and must not verify: return bytes that never match.
    return canonical.bytes ? *canonical.bytes : std::string();
}

const char* spelling(SignatureRole role)
{
    return role == SignatureRole::Approver ? "approver" : "assessor";
}

std::optional<SignatureRole> signatureRoleFromString(std::string_view text)
{
    if (text == "assessor") {
        return SignatureRole::Assessor;
    }
    if (text == "approver") {
        return SignatureRole::Approver;
    }
    return std::nullopt;
}

const char* spelling(SignatureState state)
{
    switch (state) {
    case SignatureState::Valid:
        return "valid";
    case SignatureState::ValidUntrusted:
        return "valid-untrusted";
    case SignatureState::Invalid:
        break;
    }
    return "invalid";
}

bool PackageVerification::anyInvalid() const
{
    return std::any_of(signatures.begin(), signatures.end(), [](const SignatureCheck& check) {
        return check.state == SignatureState::Invalid;
    });
}

bool PackageVerification::anyUntrusted() const
{
    return std::any_of(signatures.begin(), signatures.end(), [](const SignatureCheck& check) {
        return check.state == SignatureState::ValidUntrusted;
    });
}

Result<void> addSignature(Package& package, const SigningKey& key, SignatureRole role,
                          const std::string& attestation, const std::string& signedAt,
                          const std::optional<LibraryHead>& head)
{
    if (role == SignatureRole::Approver &&
        std::none_of(
            package.signatures.begin(), package.signatures.end(),
            [](const SignatureEntry& entry) { return entry.signatureRole == "assessor"; })) {
        return Error{
            "an approver signs after an assessor; this assessment has no assessor signature yet"};
    }
    const auto& identity = key.identity();
    SignatureStatement statement{model::sha256Hex(package.payload),
                                 attestation,
                                 identity,
                                 key.publicKey().keyId,
                                 spelling(role),
                                 signedAt,
                                 signatureHashes(package.signatures, package.signatures.size()),
                                 head};
    const auto bytes = statementBytes(statement);
    if (bytes.empty()) {
        return Error{"the attestation or identity is not valid UTF-8 text"};
    }
    auto signature = key.sign(bytes);
    if (!signature) {
        return signature.error();
    }
    package.signatures.push_back({identity.name,
                                  identity.role,
                                  identity.email,
                                  key.publicKey().keyId,
                                  key.publicKey().pem,
                                  signedAt,
                                  spelling(role),
                                  std::string(kAlgorithm),
                                  attestation,
                                  bytes,
                                  std::move(*signature),
                                  {},
                                  {}});
    return {};
}

PackageVerification verifyPackage(const Package& package,
                                  const std::function<bool(const std::string&)>& isTrusted)
{
    PackageVerification verification;
    verification.payloadSha256 = model::sha256Hex(package.payload);
    for (std::size_t i = 0; i < package.signatures.size(); ++i) {
        verification.signatures.push_back(
            checkSignature(package, i, verification.payloadSha256, isTrusted));
    }
    return verification;
}

} // namespace vouch::signing
